"""The main window: two reading panes, menus, status bar, and the current link."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QSplitter, QToolButton, QVBoxLayout, QWidget

from .. import __version__
from ..core.collector import release_start
from ..core.document import Document, separators_only
from ..core.pairs import pair_in_folder
from ..core.decoding import LoadError
from . import workers
from .actions import WindowActions, make_menu_bar
from .colors import CURRENT_LINK, CURRENT_SENTENCE, DIFFERENCE, HOVER_LINK, HOVER_SENTENCE, UNMATCHED
from .alignment_editor import CHOSEN, AlignmentEditor
from .gutter import Gutter
from .pair_memory import PairMemory
from .reading_pane import ReadingPane
from .settings import Preferences
from .i18n import fmt, install_language, resolve_language
from .lazy_qt import Qt
from .theme import THEMES, apply_theme, system_is_dark
from .sync_scroll import ScrollSynchronizer

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QDockWidget

    from ..core.pipeline import AlignedPair
    from ..core.reopen import Reopened
    from .learner import LearnerState
    from .library_panel import LibraryPanel
    from .search_panel import SearchPanel

SIDES = ("left", "right")
_SMALL_FILE_BYTES = 256 * 1024  # texts up to this size are loaded on the spot, not in the worker
_FIRST_PAINT_WAIT_MS = 500  # aligning starts after the first paint, or after this long without one
MODES = ("reading", "learner", "coverage")
# Parts of the window made by _finish_window (so are the commands, every "<name>_action").
_MADE_AFTER_FIRST_PAINT = frozenset({
    "find_bar", "bilingual_search", "search_dock", "coverage_panel", "coverage_dock", "library_tabs", "library_dock",
    "watcher", "commands", "recent_menu", "bookmarks_menu", "theme_actions", "mode_actions", "share_actions",
    "learner"})
SHARES = (0, 25, 50, 75)


class MainWindow(QMainWindow):
    """Two documents side by side, linked paragraph by paragraph."""

    def __init__(self, preferences: Preferences | None = None, store=None) -> None:
        """A window; ``store`` is the library database, or a function that opens it when first needed."""
        super().__init__()
        self.preferences = preferences or Preferences()
        self.memory = PairMemory(store, self)
        self.memory.busy = workers.pair_job_running
        self.pair: AlignedPair | None = None
        self.current_link: int | None = None
        self.hover_link: int | None = None
        # A sentence link is addressed as (paragraph link k, index j in link.sentences).
        self.current_sentence: tuple[int, int] | None = None
        self._job: workers.PairJob | None = None
        self._painted = False  # until the first paint, aligning waits (see _start_job)
        self._waiting_jobs: list[workers.PairJob] = []
        self.mode = "reading"
        self.swapped = False  # True while the pair is shown with its sides exchanged
        self._exports: set[workers.ExportJob] = set()  # exports being written (see start_export)
        self.learner: LearnerState  # made after the first paint (see _finish_window), which has nothing hidden yet
        self._paths: tuple[str, str] | None = None

        self._finished = False  # see _finish_window
        self.setWindowTitle(self.tr("Bilingual Reader"))
        self.panes = {side: ReadingPane(side) for side in SIDES}
        self.gutter = Gutter(self.panes["left"], self.panes["right"])
        self.splitter = QSplitter()  # side by side (Qt.Horizontal) is its default
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.panes["left"])
        self.splitter.addWidget(self.gutter)
        self.splitter.addWidget(self.panes["right"])
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setStretchFactor(2, 1)
        self.editor = AlignmentEditor(self)
        self.editor.alignment_changed.connect(self._on_editor_alignment_changed)
        self.editor.chosen_changed.connect(self._on_editor_chosen_changed)
        self.editor.refused.connect(lambda message: self.statusBar().showMessage(message, 8000))
        self.message = QLabel()
        self.message.setObjectName("message_banner")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("background:#fde8e8;color:#7a1010;padding:6px;")
        self.message.hide()
        central = QWidget()
        self._central_box = QVBoxLayout(central)
        self._central_box.setContentsMargins(0, 0, 0, 0)
        self._central_box.setSpacing(0)
        self._central_box.addWidget(self.message)
        self._central_box.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._library: tuple[LibraryPanel, SearchPanel] | None = None
        self._pending_link: int | None = None  # a link to show once the pair being opened is aligned
        self._showing: Document | None = None  # the right text waiting to be filled in
        self._reload_timer = QTimer(self, singleShot=True, interval=300)
        self._reload_timer.timeout.connect(self.reload_pair)
        self.setAcceptDrops(True)

        self.sync = ScrollSynchronizer(self.panes["left"], self.panes["right"], self)
        self.sync.place_left_for_relayout.connect(self._on_place_left_for_relayout)
        for side, pane in self.panes.items():
            pane.view.block_hovered.connect(lambda block, side=side: self._on_block_hovered(side, block))
            pane.view.block_clicked.connect(lambda block, side=side: self._on_block_clicked(side, block))
            pane.view.step_requested.connect(self.step)
            pane.view.block_ctrl_clicked.connect(lambda block, side=side: self.editor.toggle_chosen(side, block))
            pane.view.sentence_step_requested.connect(self.step_sentence)
            pane.view.sentence_hovered.connect(lambda sid, side=side: self._on_sentence_hovered(side, sid))
            pane.view.sentence_clicked.connect(lambda sid, side=side: self._on_sentence_clicked(side, sid))
        self.link_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.cancel_button = QToolButton(text="✕")
        self.cancel_button.setObjectName("cancel_button")
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.clicked.connect(self.cancel_opening)
        self.cancel_button.hide()
        self.statusBar().addWidget(self.link_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.cancel_button)
        self.sync.position_changed.connect(self._on_position_changed)
        self.gutter.link_clicked.connect(self.select_link)
        self.gutter.link_hovered.connect(lambda link: self._set_hover_link(link))
        self.memory.problem.connect(self.show_error)
        self._restore_preferences()
        if self.memory.status_message():
            self.show_error(self.memory.status_message())

    def __getattr__(self, name: str):
        """Finish the window when one of the parts made after the first paint is asked for before it."""
        if (name in _MADE_AFTER_FIRST_PAINT or name.endswith("_action")) and not self.__dict__.get("_finished", True):
            self._finish_window()
            return getattr(self, name)
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def _finish_window(self) -> None:
        """Make what the first frame does not show: the commands and menus, the find bar, the docks, the file watcher,
        the learner view's state.

        Importing and making them took a third of the start-up; they are made right after the
        first paint, or earlier when something asks for one of them (see __getattr__).
        """
        if self._finished:
            return
        self._finished = True
        if self._start_theme is not None:  # first: the fewer widgets, the cheaper a new palette
            self._apply_theme(self._start_theme)
            self._start_theme = None
        for pane in self.panes.values():
            pane.settle_direction()
        from PySide6.QtCore import QFileSystemWatcher
        from PySide6.QtWidgets import QTabWidget

        from .coverage_panel import CoveragePanel
        from .find_bar import BilingualSearch, FindBar
        from .learner import LearnerState

        self.learner = LearnerState(side=self.preferences.learner_side(), share=self.preferences.learner_share())
        self.find_bar = FindBar(self)
        self._central_box.addWidget(self.find_bar)
        self.bilingual_search = BilingualSearch(self)
        self.bilingual_search.link_activated.connect(self.go_to_link)
        self.search_dock = self._dock("search_dock", self.bilingual_search)
        self.coverage_panel = CoveragePanel()
        self.coverage_panel.block_activated.connect(self.go_to_block)
        self.coverage_panel.marks_ready.connect(self._on_coverage_marks_ready)
        # Below the texts, not beside them: a narrower pane makes Qt break every line again up to
        # the place shown (on a 1.2 MB book, opening the view blocked the window for 1.1 s and
        # leaving it for 0.7 s; below the texts, 0.25 and 0.04 s). Its entries are sentences,
        # which a wide panel shows whole.
        self.coverage_dock = self._dock("coverage_dock", self.coverage_panel, Qt.BottomDockWidgetArea)
        # The library's panels are made when first shown: most readers never open them.
        self.library_tabs = QTabWidget()
        self.library_dock = self._dock("library_dock", self.library_tabs, Qt.LeftDockWidgetArea)
        self.library_dock.visibilityChanged.connect(self._on_library_dock_visibility_changed)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._on_watcher_file_changed)
        self._create_actions()
        self._finish_preferences()

    def _after_first_paint(self) -> None:
        """Start the work that waited for the text to be on screen, then finish the window."""
        self._start_waiting_jobs()
        self._finish_window()

    def _library_panels(self) -> tuple[LibraryPanel, SearchPanel]:
        """The library panel and the library search, made on first use."""
        if self._library is None:
            from .library_panel import LibraryPanel
            from .search_panel import SearchPanel

            panel = LibraryPanel(self.memory.store)
            panel.pair_activated.connect(self.open_pair)
            panel.bitext_activated.connect(self.open_bitext)
            search = SearchPanel()
            search.set_store(self.memory.store)
            search.result_activated.connect(self.open_search_result)
            self.library_tabs.addTab(panel, self.tr("Pairs"))
            self.library_tabs.addTab(search, self.tr("Search"))
            self._library = (panel, search)
        return self._library

    def _on_library_dock_visibility_changed(self, visible: bool) -> None:
        """Show the library with reading progress as it is now."""
        if visible:
            self.memory.flush()
            self.library_panel.update_progress()

    @property
    def library_panel(self) -> LibraryPanel:
        """The list of the library's pairs."""
        return self._library_panels()[0]

    @property
    def library_search(self) -> SearchPanel:
        """The search across the library."""
        return self._library_panels()[1]

    def _dock(self, name: str, widget: QWidget, area=None) -> QDockWidget:
        """A hidden dock holding a panel, on the right unless ``area`` is given (titled in retranslate_ui)."""
        from PySide6.QtWidgets import QDockWidget

        dock = QDockWidget(self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(Qt.RightDockWidgetArea if area is None else area, dock)
        dock.hide()
        return dock

    # -- actions and menus -----------------------------------------------------------------------
    def _handlers(self) -> dict:
        """What each command does (see actions.specs for their names and keys)."""
        handlers = {
            "open_pair": self.choose_pair, "open_folder": self.choose_folder, "export": self.choose_export,
            "quit": self.close, "undo": self.editor.undo, "redo": self.editor.redo,
            "find": self.find_bar.open_bar, "find_next": lambda: self.find_bar.go(1),
            "find_previous": lambda: self.find_bar.go(-1), "sync": self._on_sync_toggled, "line_up": self.sync.line_up,
            "swap": self.swap_panes, "stack": self._on_stack_toggled, "font": self.choose_font,
            "zoom_in": lambda: self.zoom_by(1), "zoom_out": lambda: self.zoom_by(-1), "zoom_reset": self.reset_zoom,
            "next": lambda: self.step(1), "previous": lambda: self.step(-1),
            "next_sentence": lambda: self.step_sentence(1), "previous_sentence": lambda: self.step_sentence(-1),
            "next_doubtful": self.go_to_next_doubtful,
            "bookmark": self.choose_bookmark_note, "link_chosen": self.editor.link_chosen,
            "unlink": lambda: self._edit_current(self.editor.unlink),
            "merge": lambda: self._edit_current(self.editor.merge_with_next),
            "split": lambda: self._edit_current(self.editor.split),
            "confirm": lambda: self._edit_current(self.editor.confirm),
            "reveal": self.reveal_current, "reveal_all": self.reveal_all, "hide_all": self.hide_all,
            "hide_left": self._on_hide_left_toggled, "about": self.show_about,
        }
        for theme in THEMES:
            handlers[f"theme_{theme}"] = lambda _=False, t=theme: self.set_theme(t)
        for mode in MODES:
            handlers[f"mode_{mode}"] = lambda _=False, m=mode: self.set_mode(m)
        for language in ("system", "en", "nl"):
            handlers[f"language_{language}"] = lambda _=False, l=language: self.set_interface_language(l)
        for percent in SHARES:
            handlers[f"share_{percent}"] = lambda _=False, p=percent: self.set_learner_share(p / 100)
        return handlers

    def _create_actions(self) -> None:
        """Every command of the window, created once, and the menus that hold them."""
        from PySide6.QtGui import QKeySequence

        search_toggle = self.search_dock.toggleViewAction()
        search_toggle.setShortcut(QKeySequence("Ctrl+Shift+F"))
        library_toggle = self.library_dock.toggleViewAction()
        library_toggle.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.commands = WindowActions(self, self._handlers(), {"search_both": search_toggle, "library": library_toggle,
                                                               "coverage": self.coverage_dock.toggleViewAction()})
        self.commands.build_menus(self._menus)
        self.recent_menu = self.commands.menus["recent"]
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.bookmarks_menu = self.commands.menus["bookmarks"]
        self.bookmarks_menu.aboutToShow.connect(self._fill_bookmarks_menu)
        self.theme_actions = {t: self.commands.actions[f"theme_{t}"] for t in THEMES}
        self.mode_actions = {m: self.commands.actions[f"mode_{m}"] for m in MODES}
        self.share_actions = {p: self.commands.actions[f"share_{p}"] for p in SHARES}
        self.mode_actions["reading"].setChecked(True)
        self.share_actions.get(round(self.learner.share * 100), self.share_actions[0]).setChecked(True)
        self.hide_left_action.setChecked(self.learner.side == "left")
        self._update_mode_actions()

    @Slot()
    def choose_bookmark_note(self) -> None:
        """Ask for a note and bookmark the current paragraph."""
        if self.current_link is None:
            self.statusBar().showMessage(self.tr("Choose a link first (click a paragraph)."), 5000)
            return
        from PySide6.QtWidgets import QInputDialog

        note, ok = QInputDialog.getText(self, self.tr("Bookmark"), self.tr("A note for this paragraph (may be empty):"))
        if ok:
            self.add_bookmark(note)

    def add_bookmark(self, note: str = "") -> bool:
        """Bookmark the current paragraph link with a note, kept in the library."""
        if self.current_link is None or not self.memory.add_bookmark(self.current_link, note):
            return False
        self.statusBar().showMessage(self.tr("Bookmarked."), 4000)
        return True

    def _fill_bookmarks_menu(self) -> None:
        """List the open pair's bookmarks; choosing one goes there."""
        self.bookmarks_menu.clear()
        marks = self.memory.bookmarks()
        if not marks:
            self.bookmarks_menu.addAction(self.tr("No bookmarks in this text")).setEnabled(False)
        for mark in marks:
            text = fmt(self.tr("Paragraph %1"), mark.link + 1) + (f" — {mark.note}" if mark.note else "")
            action = self.bookmarks_menu.addAction(text)
            action.triggered.connect(lambda _=False, k=mark.link: self.go_to_link(k))

    def _fill_recent_menu(self) -> None:
        """List recent pairs; choosing one opens it."""
        self.recent_menu.clear()
        pairs = self.preferences.recent_pairs()
        if not pairs:
            self.recent_menu.addAction(self.tr("No recent pairs")).setEnabled(False)
        for left, right in pairs:
            action = self.recent_menu.addAction(f"{Path(left).name}  ↔  {Path(right).name}")
            action.setToolTip(f"{left}\n{right}")
            action.triggered.connect(lambda _=False, l=left, r=right: self.open_pair(l, r))

    def _restore_preferences(self) -> None:
        """Window size, zoom, synchronized scrolling, layout, font, and what the first frame shows of theme and language."""
        geometry = self.preferences.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        self.sync.set_enabled(self.preferences.sync_scrolling())
        self._set_zoom(self.preferences.zoom())
        self.dark = False
        theme = self.preferences.theme()
        # A dark palette must be there before the first paint; the light one differs from the
        # default palette in two barely visible shades, and making Qt's style object for it costs
        # 10 ms, so it follows right after (see _finish_window).
        self._start_theme: str | None = theme
        if theme == "dark" or (theme == "system" and system_is_dark()):
            self._apply_theme(theme)
            self._start_theme = None
        language = self.preferences.interface_language()
        # English is the source language: only its plural forms wait until after the first paint.
        if resolve_language(language) != "en":
            install_language(language)
        self._menus = make_menu_bar(self)  # titled and empty: the first frame has its menu bar
        self._lay_out_panes(self.preferences.stacked())
        for pane in self.panes.values():
            pane.set_font_family(self.preferences.font_family())

    def _finish_preferences(self) -> None:
        """Check the commands that show the restored settings, and set the interface language."""
        self.sync_action.setChecked(self.sync.is_enabled())
        self.stack_action.setChecked(self.splitter.orientation() == Qt.Vertical)
        self.theme_actions[self.preferences.theme()].setChecked(True)
        self.set_interface_language(self.preferences.interface_language())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window and stop background work."""
        self.preferences.set_geometry(self.saveGeometry())
        self.memory.flush()
        if self._library is not None:
            self.library_panel.cancel_scan()
        if self._job is not None:
            self._job.cancel()
        self._waiting_jobs.clear()  # never started: nothing to stop
        super().closeEvent(event)

    # -- opening -------------------------------------------------------------------------------
    @Slot()
    def choose_pair(self) -> None:
        """Ask for two files and open them."""
        from PySide6.QtWidgets import QFileDialog

        from ..core.loading import document_suffixes

        pattern = " ".join(f"*{s}" for s in sorted(document_suffixes()))
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Open a pair: choose two files"), "",
                                                fmt(self.tr("Documents (%1);;All files (*)"), pattern))
        if not files:
            return
        if len(files) != 2:
            self.show_error(fmt(self.tr("Choose exactly two files (you chose %1)."), len(files)))
            return
        self.open_pair(*sorted(files))

    @Slot()
    def choose_folder(self) -> None:
        """Ask for a folder holding a pair and open it."""
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder holding a pair"))
        if folder:
            self.open_folder(folder)

    def open_folder(self, folder: str) -> None:
        """Open the two documents in a folder."""
        try:
            left, right = pair_in_folder(Path(folder))
        except LoadError as exc:
            self.show_error(str(exc))
            return
        self.open_pair(str(left), str(right))

    def open_bitext(self, path: str) -> workers.PairJob:
        """Open an aligned bitext (TMX, TSV): its alignment is taken as given."""
        return self.open_pair(path, None)

    def open_pair(self, left_path: str, right_path: str | None, documents=None) -> workers.PairJob:
        """Start opening a pair in the background; text shows as soon as it is loaded.

        right_path None opens left_path as an aligned bitext; ``documents`` are the two already
        loaded (the command line checks them before the window opens).
        """
        if self._job is not None:
            self._job.cancel()
        self.message.hide()
        documents = documents or self._load_small(left_path, right_path)
        job = workers.PairJob(left_path, right_path, lambda: self.memory.store, documents)
        job.loaded.connect(self._on_job_loaded)
        job.aligned.connect(self._on_job_aligned)
        job.failed.connect(self.show_error)
        job.progress.connect(self._on_job_progress)
        job.cancelled.connect(self._on_job_cancelled)
        self._job = job
        self._paths = (left_path, right_path)
        self._set_busy(True)
        if documents is not None:
            self._show_documents(*documents)
        self._start_job(job, shown=documents is not None)
        return job

    def _start_job(self, job: workers.PairJob, shown: bool) -> None:
        """Run a job now, or, when its text is already in the panes, once the window has first painted.

        The worker's imports and alignment compete with the UI thread for the interpreter lock;
        started after the first paint they no longer delay the text reaching the screen.
        """
        if not shown or self._painted or not self.isVisible():
            workers.start(job)
            return
        if not self._waiting_jobs:
            # A window that never paints (minimised at start) must not leave its text unaligned.
            QTimer.singleShot(_FIRST_PAINT_WAIT_MS, self, self._start_waiting_jobs)
        self._waiting_jobs.append(job)

    def _start_waiting_jobs(self) -> None:
        """Start the jobs that waited for the first paint."""
        # The collector, held off while start-up made the window, runs again: after the first
        # paint, or when a window that never painted starts its jobs anyway.
        release_start()
        jobs, self._waiting_jobs = self._waiting_jobs, []
        for job in jobs:
            workers.start(job)

    def paintEvent(self, event) -> None:
        """Paint; after the first paint, start the work that waited for it."""
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # Posted: it runs once the whole window, panes included, has been painted.
            QTimer.singleShot(0, self, self._after_first_paint)  # not after the window is gone

    @staticmethod
    def _load_small(left_path: str, right_path: str | None) -> tuple[Document, Document] | None:
        """Two short texts loaded at once (an article is on screen before a thread could start), else None."""
        from ..core.loading import load_document

        paths = [Path(p) for p in (left_path, right_path) if p]
        try:
            if len(paths) != 2 or any(p.stat().st_size > _SMALL_FILE_BYTES for p in paths):
                return None
            return load_document(paths[0]), load_document(paths[1])
        except (OSError, LoadError):
            return None  # the worker tries again and reports the problem

    def _set_busy(self, busy: bool) -> None:
        """Show or hide the progress bar and its cancel button."""
        self.progress.setValue(0)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)

    @Slot()
    def cancel_opening(self) -> None:
        """Stop the pair being opened: the text stays, without links."""
        if self._job is not None:
            self._job.cancel()

    @Slot()
    def _on_job_cancelled(self) -> None:
        """The background work stopped at the reader's request."""
        if not self._is_current_job():
            return
        self._job = None
        self._set_busy(False)
        self.link_label.setText(self.tr("Aligning was cancelled; the texts are shown without links."))

    def _is_current_job(self) -> bool:
        """True when a signal comes from the job the window still waits for."""
        return self.sender() is self._job

    @Slot(object, object, object, object)
    def _on_job_loaded(self, left: Document, right: Document, left_plan=None, right_plan=None) -> None:
        """Show the text at once, before languages and links are known."""
        if not self._is_current_job():
            return
        self._show_documents(left, right, left_plan, right_plan)

    @staticmethod
    def _nothing_linked(pair: AlignedPair) -> bool:
        """True when both texts have paragraphs and no link joins any of them."""
        return bool(pair.left.blocks and pair.right.blocks) and all(link.is_null for link in pair.alignment)

    def _show_document_later(self, side: str, document: Document, plan) -> None:
        """Fill a pane, unless the pane already shows that document or another pair took its place."""
        pane = self.panes[side]
        if pane.document is not document and self._showing is document:
            pane.set_document(document, plan=plan)

    def _show_documents(self, left: Document, right: Document, left_plan=None, right_plan=None) -> None:
        """Show two texts before their languages and links are known."""
        self.pair = None
        self.current_link = self.hover_link = None
        self.sync.set_alignment(None)
        self.panes["left"].set_document(left, plan=left_plan)
        self._showing = right
        # The other pane in the next turn of the event loop: a book's two texts at once would
        # keep the window busy for twice as long.
        QTimer.singleShot(0, lambda: self._show_document_later("right", right, right_plan))
        self.setWindowTitle(f"{left.title} ↔ {right.title} — {self.tr('Bilingual Reader')}")
        self.link_label.setText(self.tr("Aligning…"))

    @Slot(object)
    def _on_job_aligned(self, reopened: Reopened) -> None:
        """Languages and links are known (and the reader's corrections put back): link the panes."""
        if not self._is_current_job():
            return
        self._job = None
        self._set_busy(False)
        self.swapped = False
        self.memory.adopt(reopened)
        self.show_pair(reopened.pair, keep_text=True)
        if reopened.corrections_kept or reopened.corrections_dropped:
            note = fmt(self.tr("%1 of your corrections were applied"), reopened.corrections_kept)
            if reopened.corrections_dropped:
                note += "; " + fmt(self.tr("%1 no longer fit the text and were set aside"),
                                   reopened.corrections_dropped)
            self.statusBar().showMessage(note, 10000)
        elif self._nothing_linked(reopened.pair):
            self.statusBar().showMessage(self.tr("No paragraph of one text matches one of the other: "
                                                 "these texts do not look like translations of each other."), 15000)
        if reopened.position is not None:
            # After the first layout pass, so that the scroll range is known; far into a book,
            # once the text is laid out that far (the window is not held meanwhile).
            QTimer.singleShot(0, lambda: self._return_to(*reopened.position))
        if self._paths and self._paths[1] is not None:
            self.preferences.add_recent_pair(*self._paths)
        self._watch(self._paths)
        if self._pending_link is not None:
            self.go_to_link(self._pending_link)
            self._pending_link = None

    def _return_to(self, link: int, fraction: float) -> None:
        """Put the reader back where they left the pair; say so while the text is laid out that far
        (unless the status bar tells something else, such as corrections put back)."""
        if self.sync.restore_when_laid_out(link, fraction) or self.statusBar().currentMessage():
            return
        note = self.tr("Going back to where you left off…")
        self.statusBar().showMessage(note)

        def returned() -> None:
            if self.statusBar().currentMessage() == note:
                self.statusBar().clearMessage()
        self.sync.awaited_place_done.connect(returned, Qt.SingleShotConnection)

    @Slot(str, float)
    def _on_job_progress(self, stage: str, fraction: float) -> None:
        """Show how far the work is."""
        if self._is_current_job():
            self.progress.setValue(round(fraction * 100))
            self.progress.setFormat(stage)

    def show_pair(self, pair: AlignedPair, keep_text: bool = False) -> None:
        """Show an aligned pair (the worker path calls this when it is done; snapshots call it directly)."""
        self.pair = pair
        self.current_link = self.hover_link = None
        for side, doc, lang in (("left", pair.left, pair.left_language), ("right", pair.right, pair.right_language)):
            pane = self.panes[side]
            if keep_text and pane.document is doc:
                pane.set_language(lang)
            else:
                pane.set_document(doc, lang)
            for notice in doc.notices:
                self.statusBar().showMessage(notice, 8000)
        self.setWindowTitle(f"{pair.left.title} ↔ {pair.right.title} — {self.tr('Bilingual Reader')}")
        self.editor.reset(pair.alignment)
        self._show_alignment()
        self.learner.reset()
        self._apply_learner_masks()
        self._refresh_coverage()

    def _show_alignment(self) -> None:
        """Tie the panes, the gutter and the sentence index to the pair's current alignment."""
        self.sync.set_alignment(self.pair.alignment)
        self.gutter.set_alignment(self.pair.alignment)
        self.current_sentence = None
        self._update_link_label()

    def _on_editor_alignment_changed(self, alignment, description: str) -> None:
        """A correction (or undo/redo) changed the links: show them and save them."""
        from ..core.editing import with_alignment  # the aligner loads only when the reader corrects

        position = self.sync.position()
        self.pair = with_alignment(self.pair, alignment)
        self._show_alignment()
        if self.current_link is not None:
            self.select_link(min(self.current_link, len(alignment) - 1))
        self._apply_learner_masks()
        self._refresh_coverage()
        if position is not None:
            self.sync.restore_position(min(position[0], len(alignment) - 1), position[1])
        # Corrections are stored as the pair was opened, whichever side is shown on the left now.
        stored = self.pair.swapped() if self.swapped else self.pair
        self.memory.save_corrections(stored, stored.alignment)
        self.statusBar().showMessage(description, 4000)

    def _on_editor_chosen_changed(self) -> None:
        """Tint the paragraphs chosen for linking."""
        for side, pane in self.panes.items():
            pane.highlight("chosen", self.editor.chosen[side], CHOSEN)

    def _edit_current(self, operation) -> None:
        """Run a correction on the current link."""
        if self.current_link is None:
            self.statusBar().showMessage(self.tr("Choose a link first (click a paragraph)."), 5000)
            return
        operation(self.current_link)

    @Slot()
    def go_to_next_doubtful(self) -> None:
        """Jump to the next link with a low score that the reader has not confirmed."""
        pair = self.pair
        # a stray dash line alone has nothing to check
        k = self.editor.next_doubtful(self.current_link,
                                      lambda link: pair is not None and separators_only(link, pair.left, pair.right))
        if k is None:
            self.statusBar().showMessage(self.tr("No doubtful links left."), 5000)
            return
        self.go_to_link(k)

    def _sentence_address(self, side: str, sentence: int | None) -> tuple[int, int] | None:
        """(paragraph link, index in its sentence links) of a sentence of one side."""
        if sentence is None or self.pair is None:
            return None
        doc = self.pair.left if side == "left" else self.pair.right
        k = self.pair.alignment.link_of(side, doc.sentences[sentence].block)
        if k is None:
            return None
        for j, sentence_link in enumerate(self.pair.alignment[k].sentences):
            if sentence in (sentence_link.left if side == "left" else sentence_link.right):
                return k, j
        return None

    def _on_position_changed(self, link: int, fraction: float) -> None:
        """Remember where the user is reading."""
        if self.pair is not None:
            self.memory.remember_position(link, fraction, len(self.pair.alignment))

    @Slot(str)
    def show_error(self, message: str) -> None:
        """Tell the user what went wrong, in the window (never a traceback)."""
        if self.sender() is self._job:
            self._job = None
            self._set_busy(False)
        self.message.setText(message)
        self.message.show()
        self.statusBar().showMessage(message, 10000)

    # -- links ---------------------------------------------------------------------------------
    def _link_of(self, side: str, block: int | None) -> int | None:
        """The link that holds a block of one side."""
        if block is None or self.pair is None:
            return None
        return self.pair.alignment.link_of(side, block)

    def _on_block_hovered(self, side: str, block: int | None) -> None:
        """Tint the hovered paragraph and its counterpart."""
        self._set_hover_link(self._link_of(side, block))

    def _set_hover_link(self, link: int | None) -> None:
        """Tint the link under the mouse on both sides and in the gutter."""
        if link == self.hover_link:
            return
        self.hover_link = link
        self._paint_link("hover", link, HOVER_LINK)
        self.gutter.set_hover(link)

    def _on_block_clicked(self, side: str, block: int) -> None:
        """Make the clicked paragraph's link current and bring its counterpart into view."""
        link = self._link_of(side, block)
        if link is None:
            return
        if side == self.learner.side and self.learner.is_hidden(link):
            self.reveal_link(link)
        self.select_link(link)
        other = "right" if side == "left" else "left"
        units = self.pair.alignment[link].right if other == "right" else self.pair.alignment[link].left
        self.sync._moving = True
        try:
            self.panes[other].ensure_visible(units)
        finally:
            self.sync._moving = False

    def _on_sentence_hovered(self, side: str, sentence: int | None) -> None:
        """Tint the hovered sentence and its counterpart sentence."""
        self._paint_sentence("hover_sentence", self._sentence_address(side, sentence), HOVER_SENTENCE)

    def _on_sentence_clicked(self, side: str, sentence: int) -> None:
        """Make the clicked sentence's link current."""
        address = self._sentence_address(side, sentence)
        if address is not None:
            self.select_sentence(address)

    def _paint_sentence(self, role: str, address: tuple[int, int] | None, color) -> None:
        """Tint one sentence link's sentences on both sides."""
        left = right = ()
        if address is not None and self.pair is not None:
            sentence_link = self.pair.alignment[address[0]].sentences[address[1]]
            left, right = sentence_link.left, sentence_link.right
        self.panes["left"].highlight(role, left, color, unit="sentence")
        self.panes["right"].highlight(role, right, color, unit="sentence")

    def select_sentence(self, address: tuple[int, int] | None) -> None:
        """Make a sentence link current (and its paragraph link with it)."""
        self.current_sentence = address
        if address is not None and address[0] != self.current_link:
            self.select_link(address[0], keep_sentence=True)
        self._paint_sentence("current_sentence", address, CURRENT_SENTENCE)
        self._update_link_label()

    def _sentence_addresses(self) -> list[tuple[int, int]]:
        """Every sentence link in reading order."""
        return [(k, j) for k, link in enumerate(self.pair.alignment) for j in range(len(link.sentences))]

    @Slot(int)
    def step_sentence(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) sentence link; the panes follow when it is off screen."""
        if self.pair is None:
            return
        addresses = self._sentence_addresses()
        if not addresses:
            return
        if self.current_sentence in addresses:
            index = min(max(addresses.index(self.current_sentence) + delta, 0), len(addresses) - 1)
        elif self.current_link is not None:
            index = next((i for i, a in enumerate(addresses) if a[0] >= self.current_link), len(addresses) - 1)
        else:
            index = 0 if delta > 0 else len(addresses) - 1
        address = addresses[index]
        moved_paragraph = address[0] != self.current_link
        self.select_sentence(address)
        if moved_paragraph:
            self.scroll_to_link(address[0])

    def _paint_link(self, role: str, link: int | None, color) -> None:
        """Tint one link's blocks on both sides for a role."""
        links = self.pair.alignment if self.pair else None
        left = links[link].left if links is not None and link is not None else ()
        right = links[link].right if links is not None and link is not None else ()
        self.panes["left"].highlight(role, left, color)
        self.panes["right"].highlight(role, right, color)

    def select_link(self, link: int | None, keep_sentence: bool = False) -> None:
        """Make a link current: tinted on both sides and named in the status bar."""
        self.current_link = link
        self._paint_link("current", link, CURRENT_LINK)
        self.gutter.set_current(link)
        if not keep_sentence and self.current_sentence is not None:
            self.current_sentence = None
            self._paint_sentence("current_sentence", None, CURRENT_SENTENCE)
        self._update_link_label()

    def _update_link_label(self) -> None:
        """'Paragraph 4 of 11 · 1–1' for the current link."""
        if self.pair is None:
            self.link_label.setText("")
            return
        total = len(self.pair.alignment)
        if self.current_link is None:
            self.link_label.setText(fmt(self.tr("%1 links · Down/J and Up/K step through them"), total))
            return
        link = self.pair.alignment[self.current_link]
        kind = link.kind.replace("-", "–")
        text = fmt(self.tr("Paragraph %1 of %2 · %3 · score %4"), self.current_link + 1, total, kind,
                   f"{link.score:.2f}")
        if link.confirmed:
            text += " · " + self.tr("confirmed")
        if self.current_sentence is not None and self.current_sentence[0] == self.current_link:
            j = self.current_sentence[1]
            text += " · " + fmt(self.tr("sentence %1 of %2 · %3"), j + 1, len(link.sentences),
                                link.sentences[j].kind.replace("-", "–"))
        self.link_label.setText(text)

    @Slot(int)
    def step(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) link; both panes follow."""
        if self.pair is None or not len(self.pair.alignment):
            return
        if self.current_link is None:
            target = 0 if delta > 0 else len(self.pair.alignment) - 1
        else:
            target = min(max(self.current_link + delta, 0), len(self.pair.alignment) - 1)
        self.select_link(target)
        self.scroll_to_link(target)

    @Slot(int)
    def go_to_link(self, index: int) -> None:
        """Make a link current and bring it to the sync point of both panes."""
        if self.pair is not None and 0 <= index < len(self.pair.alignment):
            self.select_link(index)
            self.scroll_to_link(index)

    def scroll_to_link(self, index: int) -> None:
        """Bring a link to the sync point of both panes (once their layout reaches it, far into a
        book still being laid out: at once, that laid out all the text above it, 0.1-0.3 s a pane)."""
        if self.sync.is_enabled() and not self.sync.is_laid_out_to(index):
            self.sync.go_when_laid_out(index, 0.0)
            return
        link = self.pair.alignment[index]
        driver = "left" if link.left else "right"
        units = link.left if driver == "left" else link.right
        y = self.panes[driver].block_top(units[0])
        self.sync.scroll_to_sync_y(driver, y, not_short=True)
        if self.sync.is_enabled():
            self.sync.follow(driver)
        else:
            other = "right" if driver == "left" else "left"
            other_units = link.right if other == "right" else link.left
            if other_units:
                self.sync.scroll_to_sync_y(other, self.panes[other].block_top(other_units[0]), not_short=True)

    # -- view ----------------------------------------------------------------------------------
    @Slot(bool)
    def _on_sync_toggled(self, enabled: bool) -> None:
        """Lock or unlock the panes."""
        self.sync.set_enabled(enabled)
        self.preferences.set_sync_scrolling(enabled)

    @Slot()
    def swap_panes(self) -> None:
        """Exchange the left and right documents."""
        if self.pair is None:
            return
        current = self.current_link

        def swap() -> None:
            self.swapped = not self.swapped
            # the texts change panes as they are filled (one still being filled is filled again)
            self.show_pair(self.pair.swapped(), keep_text=self.panes["left"].exchange_texts(self.panes["right"]))
            if current is not None:
                self.select_link(current)
        self._keep_place_through(swap)

    def set_theme(self, theme: str) -> None:
        """Light, dark, or following the system; remembered."""
        self.theme_actions[theme].setChecked(True)  # first: this may finish the window, which applies the start theme
        self._apply_theme(theme)
        self.preferences.set_theme(theme)

    def _apply_theme(self, theme: str) -> None:
        """Give the application and the gutter the theme's colours."""
        self.dark = apply_theme(theme)
        self.gutter.set_dark(self.dark)

    @Slot(bool)
    def _on_stack_toggled(self, stacked: bool) -> None:
        """Put the panes one above the other, or side by side."""
        self.set_stacked(stacked)
        self.preferences.set_stacked(stacked)

    def set_stacked(self, stacked: bool) -> None:
        """Lay the panes out one above the other (True) or side by side (False)."""
        self.stack_action.setChecked(stacked)
        self._lay_out_panes(stacked)

    def _lay_out_panes(self, stacked: bool) -> None:
        """Orient the splitter; the gutter only stands between panes side by side."""
        # By name through Qt's property system: Qt.Vertical would build Qt's namespace before the
        # first frame (see lazy_qt).
        self.splitter.setProperty("orientation", "Vertical" if stacked else "Horizontal")
        # Bands join paragraphs side by side; one above the other they would only get in the way.
        self.gutter.setVisible(not stacked)

    @Slot()
    def choose_font(self) -> None:
        """Pick the reading font."""
        from PySide6.QtWidgets import QFontDialog

        ok, font = QFontDialog.getFont(self.panes["left"].view.document().defaultFont(), self, self.tr("Reading font"))
        if ok:
            self.set_font_family(font.family())

    def set_font_family(self, family: str) -> None:
        """Read both panes in a font family ('' for the default), keeping the place; remembered."""
        self._keep_place_through(lambda: [pane.set_font_family(family) for pane in self.panes.values()])
        self.preferences.set_font_family(family)

    def zoom_by(self, steps: int) -> None:
        """Zoom both panes in or out, keeping the current place."""
        self._set_zoom(self.panes["left"].zoom() + steps)

    @Slot()
    def reset_zoom(self) -> None:
        """Back to the default text size."""
        self._set_zoom(0)

    def _set_zoom(self, steps: int) -> None:
        """Apply a zoom step to both panes and remember it; the reading place stays put."""
        self._keep_place_through(lambda: [pane.set_zoom(steps) for pane in self.panes.values()])
        zoom = self.panes["left"].zoom()
        # Only a change is written: each write has Qt sync the settings file to disk (two fdatasyncs),
        # and at start-up, with the saved zoom, it did so before the first paint.
        if zoom != self.preferences.zoom():
            self.preferences.set_zoom(zoom)

    def _keep_place_through(self, change: Callable[[], object]) -> None:
        """Make a change that lays the texts out anew (zoom, font, swap) and put the reader's place back.

        Far into a book the place waits for the panes' layout to reach it, in steps that leave
        the window free (at once, a zoom at a book's middle held it for 0.3 s and a swap for
        0.6 s); meanwhile the panes keep showing what they showed.
        """
        position = self.sync.position() if self.pair else None
        # a picture of the panes as they are stands in while the place waits (taken now, before the change)
        hold = position is not None and any(pane.is_long() for pane in self.panes.values())
        if hold:
            self._hold_pictures(True)
        with self.sync.held():
            change()
        self.sync.invalidate()
        if position is not None and not self.sync.restore_when_laid_out(*position):
            self._release_pictures_with_place()
        elif hold:
            self._hold_pictures(False)

    def _on_place_left_for_relayout(self) -> None:
        """A pane went to its text's start while its text is laid out at a new width: pictures of
        the panes stand in until the place is back."""
        self._hold_pictures(True)
        self._release_pictures_with_place()

    def _release_pictures_with_place(self) -> None:
        """Show the texts again once the place waiting for the layout is back (or given up)."""
        self.sync.awaited_place_done.connect(lambda: self._hold_pictures(False), Qt.SingleShotConnection)

    def _hold_pictures(self, hold: bool) -> None:
        """Show pictures of the panes and the gutter as they are now (True), or the texts again:
        no glimpse of a text on its way back to the reader's place."""
        for widget in [*self.panes.values(), self.gutter]:
            widget.hold_picture(hold)

    # -- views: reading, learner, coverage ----------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        """Switch between the reading, learner and coverage views."""
        self.mode = mode
        self.mode_actions[mode].setChecked(True)
        self.learner.enabled = mode == "learner"
        self._apply_learner_masks()
        self._update_mode_actions()
        self.coverage_dock.setVisible(mode == "coverage")
        self._refresh_coverage()

    def _update_mode_actions(self) -> None:
        """Learner commands work only in the learner view (elsewhere Space scrolls as usual)."""
        for action in (self.reveal_action, self.reveal_all_action, self.hide_all_action):
            action.setEnabled(self.mode == "learner")

    def _apply_learner_masks(self) -> None:
        """Hide what the learner has not revealed yet."""
        hidden = self.learner.hidden_blocks(self.pair.alignment if self.pair else None)
        for side, pane in self.panes.items():
            pane.set_masked(hidden if side == self.learner.side else ())

    def reveal_link(self, link: int) -> None:
        """Show one link's hidden side."""
        self.learner.revealed.add(link)
        self._apply_learner_masks()

    @Slot()
    def reveal_current(self) -> None:
        """Show the current link's hidden side (Space)."""
        if self.current_link is None:
            self.step(1)
        if self.current_link is not None:
            self.reveal_link(self.current_link)

    @Slot()
    def reveal_all(self) -> None:
        """Show the whole hidden side."""
        self.learner.all_revealed = True
        self._apply_learner_masks()

    @Slot()
    def hide_all(self) -> None:
        """Hide every link's counterpart again."""
        self.learner.reset()
        self._apply_learner_masks()

    def set_learner_share(self, share: float) -> None:
        """Reveal a share of the links without asking (0 to 1), and remember it."""
        self.learner.share = share
        self.preferences.set_learner_share(share)
        self._apply_learner_masks()

    @Slot(bool)
    def _on_hide_left_toggled(self, hide_left: bool) -> None:
        """Choose which side the learner view hides."""
        self.learner.side = "left" if hide_left else "right"
        self.preferences.set_learner_side(self.learner.side)
        self._apply_learner_masks()

    def _refresh_coverage(self) -> None:
        """In the coverage view: tint paragraphs without counterpart and list what differs."""
        active = self.mode == "coverage" and self.pair is not None
        if active:  # the module's patterns take 30-50 ms to compile: not at every pair shown
            from ..core.coverage import unmatched
        for side, pane in self.panes.items():
            missing = unmatched(self.pair.alignment, side, getattr(self.pair, side)) if active else []
            pane.highlight("unmatched", missing, UNMATCHED)
            pane.highlight_spans("differences", [], DIFFERENCE)
        self.coverage_panel.set_pair(self.pair if active else None)

    def _on_coverage_marks_ready(self, marks) -> None:
        """Tint the numbers, dates and names that one side has and the other lacks."""
        if self.mode != "coverage":
            return
        for side, pane in self.panes.items():
            spans = [pane.text_span(m.block, m.start, m.end) for m in marks if m.side == side]
            pane.highlight_spans("differences", [span for span in spans if span], DIFFERENCE)

    @Slot(str, int)
    def go_to_block(self, side: str, block: int) -> None:
        """Make the link of a block current and bring it into view."""
        link = self._link_of(side, block)
        if link is not None:
            self.go_to_link(link)

    # -- library, export, drag and drop, files changing on disk ------------------------------------
    @Slot(int, int)
    def open_search_result(self, pair_id: int, link: int) -> None:
        """Open a pair found by the library search at the link that matched."""
        found = self.memory.store.pair(pair_id) if self.memory.store else None
        if found is None:
            self.show_error(self.tr("That pair is no longer in the library."))
            return
        if self.memory.pair_id == pair_id and self.pair is not None:
            self.go_to_link(link)
            return
        self._pending_link = link
        self.open_pair(found.left_path, found.right_path or None)

    @Slot()
    def choose_export(self) -> None:
        """Save the aligned pair (with the reader's corrections) as TMX, TSV, HTML or beads."""
        if self.pair is None:
            return
        from PySide6.QtWidgets import QFileDialog

        filters = {"tmx": self.tr("Translation memory (*.tmx)"), "tsv": self.tr("Tab-separated columns (*.tsv)"),
                   "html": self.tr("Bilingual web page (*.html)"), "beads": self.tr("Beads (*.beads)")}
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the aligned pair"),
                                                   str(Path(self.pair.left.path or "pair").with_suffix(".tmx")),
                                                   ";;".join(filters.values()))
        if path:
            fmt = next((f for f, text in filters.items() if text == chosen), Path(path).suffix.lstrip(".") or "tmx")
            self.start_export(path, fmt)

    def start_export(self, path: str, fmt: str) -> workers.ExportJob:
        """Write the pair as shown (corrections included) to a file in a format, off the UI thread;
        the status bar says when it is written (an error box, if it cannot be)."""
        job = workers.ExportJob(path, fmt, self.pair)
        job.done.connect(self._on_export_done)
        self._exports.add(job)  # kept until it reports
        workers.start(job)
        return job

    def export_to(self, path: str, fmt: str) -> bool:
        """Write the pair as shown to a file in a format, now (for small pairs and scripts); True when written."""
        error = workers.write_export(path, fmt, self.pair)
        self._on_export_done(path, error)
        return not error

    @Slot(str, str)
    def _on_export_done(self, path: str, error: str) -> None:
        """Say that an export is written, or why it could not be."""
        self._exports.discard(self.sender())
        if error:
            self.show_error(self.tr("Could not write %1: %2").replace("%1", path).replace("%2", error))
        else:
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 6000)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept files and folders dragged onto the window."""
        if event.mimeData().hasUrls() and all(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open what was dropped: two files, a folder, or an aligned bitext."""
        self.open_paths([url.toLocalFile() for url in event.mimeData().urls()])
        event.acceptProposedAction()

    def open_paths(self, paths: list[str]) -> None:
        """Open two files, a pair folder, a bitext, or add a bigger folder to the library."""
        from ..core.formats.exports import BITEXT_SUFFIXES

        if len(paths) == 1 and Path(paths[0]).is_dir():
            try:
                pair_in_folder(Path(paths[0]))
            except LoadError:
                self.library_panel.add_folder(paths[0])
                self.library_dock.show()
                return
            self.open_folder(paths[0])
        elif len(paths) == 1 and Path(paths[0]).suffix.lower() in BITEXT_SUFFIXES:
            self.open_bitext(paths[0])
        elif len(paths) == 2:
            self.open_pair(*sorted(paths))
        else:
            self.show_error(self.tr("Drop two files, a folder, or an aligned bitext (TMX, TSV)."))

    def _watch(self, paths) -> None:
        """Watch the open files, so the panes reload when they change on disk."""
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        existing = [p for p in paths or () if p and Path(p).is_file()]
        if existing:
            self.watcher.addPaths(existing)

    def _on_watcher_file_changed(self, path: str) -> None:
        """A file changed on disk; editors often save twice, so wait a moment and reload once."""
        self._reload_timer.start()

    @Slot()
    def reload_pair(self) -> None:
        """Open the current files again, keeping the reader's place and corrections where the text allows."""
        if not self._paths or not all(Path(p).is_file() for p in self._paths if p):
            return
        self.memory.flush()
        self.statusBar().showMessage(self.tr("The text changed on disk and was reloaded."), 6000)
        self.open_pair(*self._paths)

    # -- interface language -------------------------------------------------------------------------
    def set_interface_language(self, choice: str) -> None:
        """Show the interface in English, Dutch, or the system's language; remembered."""
        install_language(choice)
        self.commands.actions[f"language_{choice}"].setChecked(True)
        self.preferences.set_interface_language(choice)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Set every fixed text of the window in the current interface language."""
        self.commands.retranslate()
        self.cancel_button.setToolTip(self.tr("Stop aligning (the texts stay open)"))
        self.search_dock.setWindowTitle(self.tr("Search Both Languages"))
        self.coverage_dock.setWindowTitle(self.tr("Coverage"))
        self.library_dock.setWindowTitle(self.tr("Library"))
        if self._library is not None:
            self.library_tabs.setTabText(0, self.tr("Pairs"))
            self.library_tabs.setTabText(1, self.tr("Search"))
            self.library_panel.retranslate_ui()
            self.library_search.retranslate_ui()
        self.find_bar.retranslate_ui()
        self.bilingual_search.retranslate_ui()
        self._update_link_label()
        for pane in self.panes.values():
            pane.retranslate_ui()

    @Slot()
    def show_about(self) -> None:
        """A short description of the program."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Bilingual Reader"),
                          f"<h3>Bilingual Reader {__version__}</h3><p>"
                          + self.tr("Read two language versions of a text side by side, each paragraph "
                                    "linked to its counterpart. Works offline; your files stay yours.") + "</p>")
