"""The main window: two reading panes, menus, status bar, and the current link."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QDockWidget, QFileDialog, QLabel, QMainWindow, QMessageBox, QProgressBar,
                               QSplitter, QVBoxLayout, QWidget)

from .. import __version__
from ..core.document import Document
from ..core.pairs import DOCUMENT_SUFFIXES, pair_in_folder
from ..core.decoding import LoadError
from ..core.pipeline import AlignedPair
from . import workers
from .colors import CURRENT_LINK, CURRENT_SENTENCE, HOVER_LINK, HOVER_SENTENCE
from ..core import corrections
from ..core.editing import realigner, with_alignment
from .alignment_editor import CHOSEN, AlignmentEditor
from .find_bar import BilingualSearch, FindBar
from .gutter import Gutter
from .learner import LearnerState
from .pair_memory import PairMemory
from .reading_pane import ReadingPane
from .settings import Preferences
from .theme import THEMES, apply_theme
from .sync_scroll import ScrollSynchronizer

SIDES = ("left", "right")


class MainWindow(QMainWindow):
    """Two documents side by side, linked paragraph by paragraph."""

    def __init__(self, preferences: Preferences | None = None, store=None) -> None:
        super().__init__()
        self.preferences = preferences or Preferences()
        self.memory = PairMemory(store, self)
        self.pair: AlignedPair | None = None
        self.current_link: int | None = None
        self.hover_link: int | None = None
        # A sentence link is addressed as (paragraph link k, index j in link.sentences).
        self.current_sentence: tuple[int, int] | None = None
        self._sentence_links: dict[str, dict[int, tuple[int, int]]] = {"left": {}, "right": {}}
        self._job: workers.PairJob | None = None
        self.mode = "reading"
        self.swapped = False  # True while the pair is shown with its sides exchanged
        self.learner = LearnerState(side=self.preferences.learner_side(), share=self.preferences.learner_share())
        self._paths: tuple[str, str] | None = None

        self.setWindowTitle("Bilingual Reader")
        self.panes = {side: ReadingPane(side) for side in SIDES}
        self.gutter = Gutter(self.panes["left"], self.panes["right"])
        self.splitter = QSplitter(Qt.Horizontal)
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
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.message)
        box.addWidget(self.splitter, 1)
        self.find_bar = FindBar(self)
        box.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.bilingual_search = BilingualSearch(self)
        self.bilingual_search.link_activated.connect(self.go_to_link)
        self.search_dock = self._dock("search_dock", self.tr("Search Both Languages"), self.bilingual_search)

        self.sync = ScrollSynchronizer(self.panes["left"], self.panes["right"], self)
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
        self.statusBar().addWidget(self.link_label, 1)
        self.statusBar().addPermanentWidget(self.progress)
        self.sync.position_changed.connect(self._on_position_changed)
        self.gutter.link_clicked.connect(self.select_link)
        self.gutter.link_hovered.connect(lambda link: self._set_hover_link(link))
        self.memory.problem.connect(self.show_error)
        self._create_actions()
        self._create_menus()
        self._restore_preferences()
        if self.memory.status_message():
            self.show_error(self.memory.status_message())

    def _dock(self, name: str, title: str, widget: QWidget) -> QDockWidget:
        """A hidden dock on the right holding a panel."""
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        self.addDockWidget(Qt.RightDockWidgetArea, dock)
        dock.hide()
        return dock

    # -- actions and menus -----------------------------------------------------------------------
    def _action(self, text: str, slot, shortcuts=(), checkable: bool = False) -> QAction:
        """An action with its shortcuts, added to the window so shortcuts work everywhere."""
        action = QAction(text, self)
        # Platform keys (QKeySequence.Undo …) may already hold the explicit ones; a key given
        # twice makes Qt call the shortcut ambiguous and do nothing.
        keys: list[QKeySequence] = []
        for shortcut in shortcuts:
            for key in QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey) \
                    else [QKeySequence(shortcut)]:
                if not key.isEmpty() and key not in keys:
                    keys.append(key)
        action.setShortcuts(keys)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _create_actions(self) -> None:
        """Every command of the window, created once."""
        self.open_pair_action = self._action("&Open Pair…", self.choose_pair, [QKeySequence.Open])
        self.open_folder_action = self._action("Open &Folder…", self.choose_folder, ["Ctrl+Shift+O"])
        self.quit_action = self._action("&Quit", self.close, [QKeySequence.Quit, "Ctrl+Q"])
        self.sync_action = self._action("&Synchronized Scrolling", self._on_sync_toggled, ["Ctrl+L"], True)
        self.swap_action = self._action("S&wap Panes", self.swap_panes, ["Ctrl+Shift+X"])
        self.stack_action = self._action("S&tack Panes Vertically", self._on_stack_toggled, ["Ctrl+Shift+V"], True)
        self.font_action = self._action("&Font…", self.choose_font)
        self.theme_actions = {}
        theme_group = QActionGroup(self)
        for theme, text in zip(THEMES, ("Follow the &System", "&Light", "&Dark")):
            action = self._action(text, lambda _=False, t=theme: self.set_theme(t), checkable=True)
            theme_group.addAction(action)
            self.theme_actions[theme] = action
        self.zoom_in_action = self._action("Zoom &In", lambda: self.zoom_by(1), [QKeySequence.ZoomIn, "Ctrl+="])
        self.zoom_out_action = self._action("Zoom &Out", lambda: self.zoom_by(-1), [QKeySequence.ZoomOut])
        self.zoom_reset_action = self._action("&Reset Zoom", self.reset_zoom, ["Ctrl+0"])
        self.next_action = self._action("&Next Paragraph", lambda: self.step(1), ["Down", "J"])
        self.previous_action = self._action("&Previous Paragraph", lambda: self.step(-1), ["Up", "K"])
        self.next_sentence_action = self._action("Next &Sentence", lambda: self.step_sentence(1), ["Right", "L"])
        self.previous_sentence_action = self._action("Previous S&entence", lambda: self.step_sentence(-1),
                                                     ["Left", "H"])
        self.about_action = self._action("&About Bilingual Reader", self.show_about)
        self.link_chosen_action = self._action("&Link Chosen Paragraphs", self.editor.link_chosen, ["Ctrl+Shift+L"])
        self.unlink_action = self._action("&Unlink", lambda: self._edit_current(self.editor.unlink), ["Ctrl+U"])
        self.merge_action = self._action("&Merge with Next", lambda: self._edit_current(self.editor.merge_with_next),
                                         ["Ctrl+M"])
        self.split_action = self._action("&Split Link", lambda: self._edit_current(self.editor.split), ["Ctrl+Shift+M"])
        self.confirm_action = self._action("&Confirm Link", lambda: self._edit_current(self.editor.confirm),
                                           ["Ctrl+Return"])
        self.next_doubtful_action = self._action("Next &Doubtful Link", self.go_to_next_doubtful, ["Ctrl+D"])
        self.undo_action = self._action("&Undo", self.editor.undo, [QKeySequence.Undo, "Ctrl+Z"])
        self.redo_action = self._action("&Redo", self.editor.redo, [QKeySequence.Redo, "Ctrl+Shift+Z"])
        self.find_action = self._action("&Find…", self.find_bar.open_bar, [QKeySequence.Find])
        self.find_next_action = self._action("Find &Next", lambda: self.find_bar.go(1), [QKeySequence.FindNext, "F3"])
        self.find_previous_action = self._action("Find Pre&vious", lambda: self.find_bar.go(-1),
                                                 [QKeySequence.FindPrevious, "Shift+F3"])
        self.search_both_action = self.search_dock.toggleViewAction()
        self.search_both_action.setText("Search &Both Languages")
        self.search_both_action.setShortcut(QKeySequence("Ctrl+Shift+F"))
        self.addAction(self.search_both_action)
        self.mode_actions = {}
        self.mode_group = QActionGroup(self)
        for number, (mode, text) in enumerate((("reading", "&Reading View"), ("learner", "&Learner View"),
                                               ("coverage", "&Coverage View")), start=1):
            action = self._action(text, lambda _=False, m=mode: self.set_mode(m), [f"Ctrl+{number}"], True)
            self.mode_group.addAction(action)
            self.mode_actions[mode] = action
        self.mode_actions["reading"].setChecked(True)
        self.reveal_action = self._action("Reveal &Paragraph", self.reveal_current, ["Space"])
        self.reveal_all_action = self._action("Reveal &All", self.reveal_all, ["Shift+Space"])
        self.hide_all_action = self._action("&Hide All Again", self.hide_all)
        self.share_actions = {}
        share_group = QActionGroup(self)
        for percent in (0, 25, 50, 75):
            action = self._action(f"Reveal {percent} % Automatically", lambda _=False, p=percent: self.set_learner_share(p / 100),
                                  checkable=True)
            share_group.addAction(action)
            self.share_actions[percent] = action
        self.share_actions.get(round(self.learner.share * 100), self.share_actions[0]).setChecked(True)
        self.hide_left_action = self._action("Hide the &Left Side Instead", self._on_hide_left_toggled, checkable=True)
        self.hide_left_action.setChecked(self.learner.side == "left")
        self._update_mode_actions()

    def _create_menus(self) -> None:
        """File, View, Go and Help menus."""
        menu = self.menuBar().addMenu("&File")
        menu.addAction(self.open_pair_action)
        menu.addAction(self.open_folder_action)
        self.recent_menu = menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        menu = self.menuBar().addMenu("&Edit")
        for action in (self.undo_action, self.redo_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.find_action, self.find_next_action, self.find_previous_action, self.search_both_action):
            menu.addAction(action)
        menu = self.menuBar().addMenu("&View")
        menu.addAction(self.sync_action)
        menu.addAction(self.swap_action)
        menu.addAction(self.stack_action)
        menu.addAction(self.font_action)
        themes = menu.addMenu("T&heme")
        for action in self.theme_actions.values():
            themes.addAction(action)
        menu.addSeparator()
        for action in self.mode_actions.values():
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            menu.addAction(action)
        menu = self.menuBar().addMenu("&Alignment")
        for action in (self.link_chosen_action, self.unlink_action, self.merge_action, self.split_action,
                       self.confirm_action, self.next_doubtful_action):
            menu.addAction(action)
        menu = self.menuBar().addMenu("&Learner")
        for action in (self.reveal_action, self.reveal_all_action, self.hide_all_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in self.share_actions.values():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.hide_left_action)
        menu = self.menuBar().addMenu("&Go")
        menu.addAction(self.next_action)
        menu.addAction(self.previous_action)
        menu.addAction(self.next_sentence_action)
        menu.addAction(self.previous_sentence_action)
        menu = self.menuBar().addMenu("&Help")
        menu.addAction(self.about_action)

    def _fill_recent_menu(self) -> None:
        """List recent pairs; choosing one opens it."""
        self.recent_menu.clear()
        pairs = self.preferences.recent_pairs()
        if not pairs:
            self.recent_menu.addAction("No recent pairs").setEnabled(False)
        for left, right in pairs:
            action = self.recent_menu.addAction(f"{Path(left).name}  ↔  {Path(right).name}")
            action.setToolTip(f"{left}\n{right}")
            action.triggered.connect(lambda _=False, l=left, r=right: self.open_pair(l, r))

    def _restore_preferences(self) -> None:
        """Window size, zoom and synchronized scrolling as the user left them."""
        geometry = self.preferences.geometry()
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 820)
        self.sync_action.setChecked(self.preferences.sync_scrolling())
        self.sync.set_enabled(self.sync_action.isChecked())
        self._set_zoom(self.preferences.zoom())
        self.set_theme(self.preferences.theme())
        self.set_stacked(self.preferences.stacked())
        for pane in self.panes.values():
            pane.set_font_family(self.preferences.font_family())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window and stop background work."""
        self.preferences.set_geometry(self.saveGeometry())
        self.memory.flush()
        if self._job is not None:
            self._job.cancel()
        super().closeEvent(event)

    # -- opening -------------------------------------------------------------------------------
    @Slot()
    def choose_pair(self) -> None:
        """Ask for two files and open them."""
        pattern = " ".join(f"*{s}" for s in DOCUMENT_SUFFIXES)
        files, _ = QFileDialog.getOpenFileNames(self, "Open a pair: choose two files", "",
                                                f"Documents ({pattern});;All files (*)")
        if not files:
            return
        if len(files) != 2:
            self.show_error(f"Choose exactly two files (you chose {len(files)}).")
            return
        self.open_pair(*sorted(files))

    @Slot()
    def choose_folder(self) -> None:
        """Ask for a folder holding a pair and open it."""
        folder = QFileDialog.getExistingDirectory(self, "Open a folder holding a pair")
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

    def open_pair(self, left_path: str, right_path: str) -> workers.PairJob:
        """Start opening a pair in the background; text shows as soon as it is loaded."""
        if self._job is not None:
            self._job.cancel()
        self.message.hide()
        job = workers.PairJob(left_path, right_path)
        job.loaded.connect(self._on_job_loaded)
        job.aligned.connect(self._on_job_aligned)
        job.failed.connect(self.show_error)
        job.progress.connect(self._on_job_progress)
        self._job = job
        self._paths = (left_path, right_path)
        self.progress.setValue(0)
        self.progress.show()
        workers.start(job)
        return job

    def _is_current_job(self) -> bool:
        """True when a signal comes from the job the window still waits for."""
        return self.sender() is self._job

    @Slot(object, object)
    def _on_job_loaded(self, left: Document, right: Document) -> None:
        """Show the text at once, before languages and links are known."""
        if not self._is_current_job():
            return
        self.pair = None
        self.current_link = self.hover_link = None
        self.sync.set_alignment(None)
        self.panes["left"].set_document(left)
        self.panes["right"].set_document(right)
        self.setWindowTitle(f"{left.title} ↔ {right.title} — Bilingual Reader")
        self.link_label.setText("Aligning…")

    @Slot(object)
    def _on_job_aligned(self, pair: AlignedPair) -> None:
        """Languages and links are known: link the panes."""
        if not self._is_current_job():
            return
        self._job = None
        self.progress.hide()
        self.show_pair(pair, keep_text=True)
        if self._paths:
            self.preferences.add_recent_pair(*self._paths)

    @Slot(str, float)
    def _on_job_progress(self, stage: str, fraction: float) -> None:
        """Show how far the work is."""
        if self._is_current_job():
            self.progress.setValue(round(fraction * 100))
            self.progress.setFormat(stage)

    def show_pair(self, pair: AlignedPair, keep_text: bool = False, remember: bool = True) -> None:
        """Show an aligned pair (synchronously; the worker path calls this when it is done).

        remember=False shows the same pair again (swapped): it is not registered anew, and its
        corrections are already in its alignment.
        """
        self.pair = pair
        self.current_link = self.hover_link = None
        for side, doc, lang in (("left", pair.left, pair.left_language), ("right", pair.right, pair.right_language)):
            pane = self.panes[side]
            if keep_text and pane.document is doc:
                pane.set_language(lang)
            else:
                pane.set_document(doc, lang)
            for block, notice in enumerate(doc.notices):
                self.statusBar().showMessage(notice, 8000)
        self.setWindowTitle(f"{pair.left.title} ↔ {pair.right.title} — Bilingual Reader")
        if remember:
            self.swapped = False
            self.memory.open_pair(pair)
            pair = self.pair = self._with_saved_corrections(pair)
        self.editor.reset(pair.alignment)
        self._show_alignment()
        self.learner.reset()
        self._apply_learner_masks()
        if not remember:
            return
        saved = self.memory.saved_position()
        if saved is not None:
            # After the first layout pass, so that the scroll range is known.
            QTimer.singleShot(0, lambda: self.sync.restore_position(*saved))
        self.memory.index_links(pair)

    def _with_saved_corrections(self, pair: AlignedPair) -> AlignedPair:
        """The pair with the reader's earlier corrections put back, where they still fit the text."""
        saved = self.memory.saved_corrections(pair)
        if not saved or not saved.links:
            return pair
        reapplied = corrections.apply_confirmed(pair.alignment, saved.links, len(pair.left.blocks),
                                                len(pair.right.blocks), realign=realigner(pair))
        dropped = len(saved.dropped) + len(reapplied.dropped)
        kept = len(saved.links) - len(reapplied.dropped)
        note = f"{kept} of your corrections were applied"
        if dropped:
            note += f"; {dropped} no longer fit the text and were set aside"
        self.statusBar().showMessage(note, 10000)
        return with_alignment(pair, reapplied.alignment)

    def _show_alignment(self) -> None:
        """Tie the panes, the gutter and the sentence index to the pair's current alignment."""
        self.sync.set_alignment(self.pair.alignment)
        self.gutter.set_alignment(self.pair.alignment)
        self._index_sentence_links()
        self._update_link_label()

    def _on_editor_alignment_changed(self, alignment, description: str) -> None:
        """A correction (or undo/redo) changed the links: show them and save them."""
        position = self.sync.position()
        self.pair = with_alignment(self.pair, alignment)
        self._show_alignment()
        if self.current_link is not None:
            self.select_link(min(self.current_link, len(alignment) - 1))
        self._apply_learner_masks()
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
            self.statusBar().showMessage("Choose a link first (click a paragraph).", 5000)
            return
        operation(self.current_link)

    @Slot()
    def go_to_next_doubtful(self) -> None:
        """Jump to the next link with a low score that the reader has not confirmed."""
        k = self.editor.next_doubtful(self.current_link)
        if k is None:
            self.statusBar().showMessage("No doubtful links left.", 5000)
            return
        self.go_to_link(k)

    def _index_sentence_links(self) -> None:
        """Which sentence link each sentence of either side belongs to."""
        self.current_sentence = None
        maps: dict[str, dict[int, tuple[int, int]]] = {"left": {}, "right": {}}
        for k, link in enumerate(self.pair.alignment):
            for j, sentence_link in enumerate(link.sentences):
                for sid in sentence_link.left:
                    maps["left"][sid] = (k, j)
                for sid in sentence_link.right:
                    maps["right"][sid] = (k, j)
        self._sentence_links = maps

    def _on_position_changed(self, link: int, fraction: float) -> None:
        """Remember where the user is reading."""
        if self.pair is not None:
            self.memory.remember_position(link, fraction, len(self.pair.alignment))

    @Slot(str)
    def show_error(self, message: str) -> None:
        """Tell the user what went wrong, in the window (never a traceback)."""
        if self.sender() is self._job:
            self._job = None
            self.progress.hide()
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
        self._paint_sentence("hover_sentence", self._sentence_links[side].get(sentence), HOVER_SENTENCE)

    def _on_sentence_clicked(self, side: str, sentence: int) -> None:
        """Make the clicked sentence's link current."""
        address = self._sentence_links[side].get(sentence)
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
            self.link_label.setText(f"{total} links · Down/J and Up/K step through them")
            return
        link = self.pair.alignment[self.current_link]
        kind = link.kind.replace("-", "–")
        text = f"Paragraph {self.current_link + 1} of {total} · {kind} · score {link.score:.2f}"
        if self.current_sentence is not None and self.current_sentence[0] == self.current_link:
            j = self.current_sentence[1]
            text += f" · sentence {j + 1} of {len(link.sentences)} · {link.sentences[j].kind.replace('-', '–')}"
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
        """Bring a link to the sync point of both panes."""
        link = self.pair.alignment[index]
        driver = "left" if link.left else "right"
        units = link.left if driver == "left" else link.right
        y = self.panes[driver].block_top(units[0])
        self.sync.scroll_to_sync_y(driver, y)
        if self.sync.is_enabled():
            self.sync.follow(driver)
        else:
            other = "right" if driver == "left" else "left"
            other_units = link.right if other == "right" else link.left
            if other_units:
                self.sync.scroll_to_sync_y(other, self.panes[other].block_top(other_units[0]))

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
        self.swapped = not self.swapped
        self.show_pair(self.pair.swapped(), remember=False)
        if current is not None:
            self.select_link(current)
            self.scroll_to_link(current)

    def set_theme(self, theme: str) -> None:
        """Light, dark, or following the system; remembered."""
        self.dark = apply_theme(theme)
        self.gutter.set_dark(self.dark)
        self.theme_actions[theme].setChecked(True)
        self.preferences.set_theme(theme)

    @Slot(bool)
    def _on_stack_toggled(self, stacked: bool) -> None:
        """Put the panes one above the other, or side by side."""
        self.set_stacked(stacked)
        self.preferences.set_stacked(stacked)

    def set_stacked(self, stacked: bool) -> None:
        """Lay the panes out one above the other (True) or side by side (False)."""
        self.stack_action.setChecked(stacked)
        self.splitter.setOrientation(Qt.Vertical if stacked else Qt.Horizontal)
        # Bands join paragraphs side by side; one above the other they would only get in the way.
        self.gutter.setVisible(not stacked)

    @Slot()
    def choose_font(self) -> None:
        """Pick the reading font."""
        from PySide6.QtWidgets import QFontDialog

        ok, font = QFontDialog.getFont(self.panes["left"].view.document().defaultFont(), self, "Reading font")
        if ok:
            for pane in self.panes.values():
                pane.set_font_family(font.family())
            self.preferences.set_font_family(font.family())

    def zoom_by(self, steps: int) -> None:
        """Zoom both panes in or out, keeping the current place."""
        self._set_zoom(self.panes["left"].zoom() + steps)

    @Slot()
    def reset_zoom(self) -> None:
        """Back to the default text size."""
        self._set_zoom(0)

    def _set_zoom(self, steps: int) -> None:
        """Apply a zoom step to both panes and remember it; the reading place stays put."""
        position = self.sync.position() if self.pair else None
        for pane in self.panes.values():
            pane.set_zoom(steps)
        self.preferences.set_zoom(self.panes["left"].zoom())
        if position is not None:
            self.sync.invalidate()
            self.sync.restore_position(*position)

    # -- views: reading, learner, coverage ----------------------------------------------------------
    def set_mode(self, mode: str) -> None:
        """Switch between the reading, learner and coverage views."""
        self.mode = mode
        self.mode_actions[mode].setChecked(True)
        self.learner.enabled = mode == "learner"
        self._apply_learner_masks()
        self._update_mode_actions()

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

    @Slot()
    def show_about(self) -> None:
        """A short description of the program."""
        QMessageBox.about(self, "About Bilingual Reader",
                          f"<h3>Bilingual Reader {__version__}</h3>"
                          "<p>Read two language versions of a text side by side, each paragraph "
                          "linked to its counterpart. Works offline; your files stay yours.</p>")
