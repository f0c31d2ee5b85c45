"""The library panel: every pair in the user's library folders, with languages, titles and progress."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QModelIndex, QRect, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (QApplication, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ..core.language import UNKNOWN
from ..core.languages import language_name
from ..core.library import FoundPair
from ..core.store import Store, StoreError, StoreStatus
from ..core.textsearch import fold
from . import library_scan
from .library_scan import LibraryListing, LibraryScanJob

# What a row of the tree stands for (stored in KIND_ROLE).
FOLDER, PAIR, BITEXT, UNPAIRED_HEADING, UNPAIRED = "folder", "pair", "bitext", "unpaired-heading", "unpaired"
KIND_ROLE = Qt.UserRole
PATHS_ROLE = Qt.UserRole + 1       # (left, right) for a pair, (path,) for a file, (folder,) for a folder
PROGRESS_ROLE = Qt.UserRole + 2    # 0..1, or None when unknown
PAIR_ID_ROLE = Qt.UserRole + 3
DETAIL_ROLE = Qt.UserRole + 4      # the second line: a pair's languages, a folder's contents
TITLE_COLUMN, PROGRESS_COLUMN = range(2)


class ProgressDelegate(QStyledItemDelegate):
    """Draws reading progress as its percentage over a thin bar."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """The percentage as text, and under it a bar as long as the share read."""
        super().paint(painter, option, index)
        value = index.data(PROGRESS_ROLE)
        if value is None:
            return
        rect = option.rect.adjusted(6, 0, -6, 0)
        bar = QRectF(rect.left(), rect.bottom() - 5, rect.width(), 3)
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(Qt.NoPen)
        painter.setBrush(palette.color(QPalette.Mid))
        painter.drawRoundedRect(bar, 1.5, 1.5)
        painter.setBrush(palette.color(QPalette.Highlight))
        painter.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * min(1.0, value), bar.height()), 1.5, 1.5)
        painter.restore()


_PADDING = 3  # pixels above and below a two-line row, so pairs read as separate entries


class TwoLineDelegate(QStyledItemDelegate):
    """A row's text with, under it in smaller grey type, its detail (a pair's languages)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """Two lines high when the row has a detail."""
        size = super().sizeHint(option, index)
        if index.data(DETAIL_ROLE):
            size.setHeight(size.height() + self._detail_metrics(option).height() + 2 * _PADDING + 2)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """The text on the first line, the detail elided on the second."""
        detail = index.data(DETAIL_ROLE)
        if not detail:
            super().paint(painter, option, index)
            return
        item_option = QStyleOptionViewItem(option)
        self.initStyleOption(item_option, index)
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        text = item_option.text
        item_option.text = ""
        style.drawControl(QStyle.CE_ItemViewItem, item_option, painter, widget)
        text_rect = style.subElementRect(QStyle.SE_ItemViewItemText, item_option, widget)
        text_rect = text_rect.adjusted(3, _PADDING, -3, -_PADDING)
        group = QPalette.Active if option.state & QStyle.State_Active else QPalette.Inactive
        foreground = index.data(Qt.ForegroundRole)  # a greyed row's brush
        if option.state & QStyle.State_Selected:
            main_color = option.palette.color(group, QPalette.HighlightedText)
        elif isinstance(foreground, QBrush):
            main_color = foreground.color()
        else:
            main_color = option.palette.color(group, QPalette.Text)
        detail_color = QColor(main_color)
        detail_color.setAlphaF(0.65)
        metrics = QFontMetrics(item_option.font)
        detail_font = self._detail_font(item_option.font)
        detail_metrics = QFontMetrics(detail_font)
        painter.save()
        painter.setFont(item_option.font)
        painter.setPen(main_color)
        painter.drawText(QRect(text_rect.left(), text_rect.top(), text_rect.width(), metrics.height()),
                         Qt.AlignLeft | Qt.AlignVCenter, metrics.elidedText(text, Qt.ElideRight, text_rect.width()))
        painter.setFont(detail_font)
        painter.setPen(detail_color)
        painter.drawText(QRect(text_rect.left(), text_rect.top() + metrics.height() + 1, text_rect.width(),
                               detail_metrics.height()), Qt.AlignLeft | Qt.AlignVCenter,
                         detail_metrics.elidedText(detail, Qt.ElideRight, text_rect.width()))
        painter.restore()

    @staticmethod
    def _detail_font(font: QFont) -> QFont:
        """The row's font, a little smaller and never bold."""
        detail = QFont(font)
        detail.setBold(False)
        detail.setItalic(False)
        detail.setPointSizeF(max(6.0, font.pointSizeF() * 0.88))
        return detail

    def _detail_metrics(self, option: QStyleOptionViewItem) -> QFontMetrics:
        """Metrics of the detail line's font."""
        return QFontMetrics(self._detail_font(option.font))


class LibraryPanel(QWidget):
    """The pairs in the library folders; a double-click or Enter opens one."""

    pair_activated = Signal(str, str)     # left path, right path
    bitext_activated = Signal(str)        # an aligned bitext (.tmx, .tsv)
    scan_finished = Signal()

    def __init__(self, store: Store | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self._job: LibraryScanJob | None = None
        self._rescan_pending = False
        self._listing: LibraryListing | None = None
        self._scan_error = ""
        self._folder_error = ""

        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.rescan_button = QPushButton()
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("library_status")
        self.status_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("library_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.error_label.setStyleSheet("background:#fde8e8;color:#7a1010;padding:6px;")
        self.error_label.hide()
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(True)
        # Pairs take two lines (titles, then languages); headings and files one.
        self.tree.setUniformRowHeights(False)
        self.tree.setItemDelegateForColumn(TITLE_COLUMN, TwoLineDelegate(self.tree))
        self.tree.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressDelegate(self.tree))
        # Titles and languages in one column leave room for both in a narrow dock.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.Stretch)
        header.setSectionResizeMode(PROGRESS_COLUMN, QHeaderView.Fixed)
        header.resizeSection(PROGRESS_COLUMN, 56)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        for button in (self.add_button, self.remove_button, self.rescan_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addLayout(buttons)
        box.addWidget(self.filter_edit)
        box.addWidget(self.error_label)
        box.addWidget(self.tree, 1)
        box.addWidget(self.status_label)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.rescan_button.clicked.connect(self._on_rescan_button_clicked)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.tree.itemActivated.connect(self._on_tree_item_activated)
        self.tree.itemSelectionChanged.connect(self._on_tree_selection_changed)
        self.retranslate_ui()
        self.set_store(store)

    def retranslate_ui(self) -> None:
        """Every fixed text of the panel (called again when the interface language changes)."""
        self.add_button.setText(self.tr("Add folder…"))
        self.add_button.setToolTip(self.tr("Add a folder whose texts and their translations are listed here"))
        self.remove_button.setText(self.tr("Remove folder"))
        self.remove_button.setToolTip(self.tr("Stop listing the selected folder (its files are not touched)"))
        self.rescan_button.setText(self.tr("Rescan"))
        self.rescan_button.setToolTip(self.tr("Look through the library folders again"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, language or file name"))
        self.tree.setHeaderLabels([self.tr("Text and languages"), self.tr("Read")])
        if self._listing is not None:
            self._show_listing(self._listing)
        self._update_status()

    # -- public API ------------------------------------------------------------------------------
    def set_store(self, store: Store | None) -> None:
        """Use ``store`` for the library folders and pairs, and scan its folders."""
        self.store = store
        self._listing = None
        self.tree.clear()
        self._update_buttons()
        self.refresh()

    def refresh(self) -> None:
        """Scan the library folders again in the background; the list stays usable meanwhile."""
        if self._job is not None:
            # A scan is running with the old folder list: its result is dropped and a new one follows.
            self._rescan_pending = True
            return
        folders = self.folders()
        self._scan_error = ""
        if not folders:
            self._listing = None
            self.tree.clear()
            self._update_status()
            return
        job = LibraryScanJob(self.store, folders)
        job.finished.connect(self._on_job_finished)
        job.failed.connect(self._on_job_failed)
        job.cancelled.connect(self._on_job_cancelled)
        job.progress.connect(self._on_job_progress)
        self._job = job
        self._update_status()
        self._update_buttons()
        library_scan.start(job)

    def is_scanning(self) -> bool:
        """True while a scan runs in the background."""
        return self._job is not None

    def folders(self) -> list[str]:
        """The library folders, as the store keeps them."""
        if self.store is None:
            return []
        try:
            return self.store.folders()
        except Exception as error:  # a store closed or broken under us is told, not raised
            self._folder_error = self.tr("The library folders cannot be read: {error}").format(error=error)
            return []

    def add_folder(self, folder: str) -> None:
        """Add a folder to the library and scan it."""
        if self.store is None:
            return
        folder = os.path.abspath(folder)
        try:
            self.store.add_folder(folder)
        except StoreError as error:
            self._folder_error = self.tr("The folder was not added: {reason}").format(reason=error.user_message)
            self._update_status()
            return
        self._folder_error = ""
        self.refresh()

    def remove_folder(self, folder: str) -> None:
        """Stop listing a folder (its pairs keep their reading positions in the store)."""
        if self.store is None:
            return
        try:
            self.store.remove_folder(folder)
        except StoreError as error:
            self._folder_error = self.tr("The folder was not removed: {reason}").format(reason=error.user_message)
            self._update_status()
            return
        self._folder_error = ""
        top = self._folder_item(folder)
        if top is not None:
            self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(top))
        if self._listing is not None:
            self._listing.folders = tuple(f for f in self._listing.folders if f != folder)
        self._update_status()
        self._update_buttons()

    def selected_folder(self) -> str | None:
        """The library folder of the selected row, if a row is selected."""
        items = self.tree.selectedItems()
        if not items:
            return None
        item = items[0]
        while item.parent() is not None:
            item = item.parent()
        return item.data(TITLE_COLUMN, PATHS_ROLE)[0]

    def update_progress(self) -> None:
        """Read the reading positions again (after the reader saved one), without rescanning."""
        for item in self._items(PAIR):
            self._set_progress(item, item.data(TITLE_COLUMN, PAIR_ID_ROLE))

    def cancel_scan(self) -> None:
        """Stop a running scan before it reads another document (call it when the program closes)."""
        self._rescan_pending = False
        if self._job is not None:
            self._job.cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop a running scan."""
        self.cancel_scan()
        super().closeEvent(event)

    # -- handlers --------------------------------------------------------------------------------
    @Slot()
    def _on_add_button_clicked(self) -> None:
        """Ask for a folder and add it."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a folder to the library"))
        if folder:
            self.add_folder(folder)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        """Remove the selected row's folder."""
        folder = self.selected_folder()
        if folder is not None:
            self.remove_folder(folder)

    @Slot()
    def _on_rescan_button_clicked(self) -> None:
        """Scan again, e.g. after files were added outside the program."""
        self._folder_error = ""
        self.refresh()

    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        """Show only the rows that match every word typed."""
        self._apply_filter(text)

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_activated(self, item: QTreeWidgetItem, column: int) -> None:
        """Open a pair or a bitext; other rows have nothing to open."""
        kind, paths = item.data(TITLE_COLUMN, KIND_ROLE), item.data(TITLE_COLUMN, PATHS_ROLE)
        if kind == PAIR:
            self.pair_activated.emit(*paths)
        elif kind == BITEXT:
            self.bitext_activated.emit(paths[0])

    @Slot()
    def _on_tree_selection_changed(self) -> None:
        """Remove folder applies to the selected row's folder."""
        self._update_buttons()

    def _end_job(self) -> bool:
        """The running scan reported: True when its result stands, False when it is stale (a new scan starts)."""
        if self.sender() is not self._job:
            return False
        self._job = None
        if self._rescan_pending:
            self._rescan_pending = False
            self.refresh()
            return False
        return True

    @Slot(object)
    def _on_job_finished(self, listing: LibraryListing) -> None:
        """Show what the scan found (unless the folders changed while it ran)."""
        if not self._end_job():
            return
        self._listing = listing
        self._show_listing(listing)
        self._update_status()
        self._update_buttons()
        self.scan_finished.emit()

    @Slot(str)
    def _on_job_failed(self, message: str) -> None:
        """Tell what went wrong; the previous list stays."""
        # A failed scan of an older folder list or store is followed by a new one that may well succeed.
        if not self._end_job():
            return
        self._scan_error = self.tr("The library could not be scanned: {reason}").format(reason=message)
        self._update_status()
        self._update_buttons()
        self.scan_finished.emit()

    @Slot()
    def _on_job_cancelled(self) -> None:
        """A scan stopped because the panel closed."""
        if self.sender() is self._job:
            self._job = None
            self._update_status()
            self._update_buttons()

    @Slot(int, int)
    def _on_job_progress(self, done: int, total: int) -> None:
        """'Reading titles… 3 of 12' while a long scan runs."""
        if self.sender() is self._job and total:
            self.status_label.setText(self.tr("Reading titles… {done} of {total}").format(done=done, total=total))

    # -- the tree --------------------------------------------------------------------------------
    def _show_listing(self, listing: LibraryListing) -> None:
        """Rebuild the tree from a scan, keeping what was collapsed and selected."""
        collapsed = {self._key(item) for item in self._all_items() if item.childCount() and not item.isExpanded()}
        selected = {self._key(item) for item in self.tree.selectedItems()}
        self.tree.clear()
        current = set(self.folders())
        # A folder removed while the scan ran is not shown again.
        folders = [f for f in listing.folders if f in current]
        tops = {folder: self._add_folder_item(folder, folder in listing.unreadable) for folder in folders}

        def top_of(path: Path) -> QTreeWidgetItem | None:
            # The innermost library folder holding the file (folders may be nested).
            holders = [f for f in tops if _is_inside(path, f)]
            return tops[max(holders, key=len)] if holders else None

        unpaired_headings: dict[str, QTreeWidgetItem] = {}
        for found, pair_id in zip(listing.scan.pairs, listing.pair_ids):
            top = top_of(found.left)
            if top is not None:
                self._add_pair_item(top, found, pair_id, listing)
        for path in listing.scan.bitexts:
            top = top_of(path)
            if top is not None:
                self._add_file_item(top, BITEXT, path, self.tr("Aligned bitext ({kind})").format(
                    kind=path.suffix.lstrip(".").upper()))
        for path in listing.scan.unpaired:
            top = top_of(path)
            if top is None:
                continue
            folder = top.data(TITLE_COLUMN, PATHS_ROLE)[0]
            if folder not in unpaired_headings:
                unpaired_headings[folder] = self._add_unpaired_heading(top)
            self._add_file_item(unpaired_headings[folder], UNPAIRED, path, "")
        for folder, top in tops.items():
            self._describe_folder(top, unpaired_headings.get(folder))
        for item in self._all_items():
            key = self._key(item)
            item.setExpanded(key not in collapsed)
            item.setSelected(key in selected)
        self._apply_filter(self.filter_edit.text())

    def _add_folder_item(self, folder: str, unreadable: bool) -> QTreeWidgetItem:
        """A top-level row for a library folder."""
        item = QTreeWidgetItem(self.tree)
        item.setText(TITLE_COLUMN, Path(folder).name or folder)
        item.setToolTip(TITLE_COLUMN, folder)
        item.setData(TITLE_COLUMN, KIND_ROLE, FOLDER)
        item.setData(TITLE_COLUMN, PATHS_ROLE, (folder,))
        item.setFirstColumnSpanned(False)
        font = QFont(item.font(TITLE_COLUMN))
        font.setBold(True)
        item.setFont(TITLE_COLUMN, font)
        if unreadable:
            item.setData(TITLE_COLUMN, DETAIL_ROLE, self.tr("Cannot be read"))
            self._grey(item)
        return item

    def _describe_folder(self, top: QTreeWidgetItem, unpaired: QTreeWidgetItem | None) -> None:
        """'3 pairs · 1 unpaired' beside a folder."""
        if top.data(TITLE_COLUMN, DETAIL_ROLE):
            return  # unreadable: said already
        pairs = sum(1 for i in range(top.childCount()) if top.child(i).data(TITLE_COLUMN, KIND_ROLE) == PAIR)
        bitexts = sum(1 for i in range(top.childCount()) if top.child(i).data(TITLE_COLUMN, KIND_ROLE) == BITEXT)
        alone = unpaired.childCount() if unpaired is not None else 0
        parts = self._counts(pairs, bitexts, alone)
        top.setData(TITLE_COLUMN, DETAIL_ROLE, " · ".join(parts) if parts else self.tr("No documents found"))

    def _counts(self, pairs: int, bitexts: int, unpaired: int) -> list[str]:
        """['3 pairs', '1 bitext', '2 unpaired files'], leaving out what there is none of."""
        # Singular and plural are separate strings so a translation can word each properly.
        parts = []
        if pairs:
            parts.append(self.tr("1 pair") if pairs == 1 else self.tr("{n} pairs").format(n=pairs))
        if bitexts:
            parts.append(self.tr("1 bitext") if bitexts == 1 else self.tr("{n} bitexts").format(n=bitexts))
        if unpaired:
            parts.append(self.tr("1 unpaired file") if unpaired == 1
                         else self.tr("{n} unpaired files").format(n=unpaired))
        return parts

    def _add_pair_item(self, top: QTreeWidgetItem, found: FoundPair, pair_id: int | None,
                       listing: LibraryListing) -> None:
        """A row for a pair: titles, both languages, progress."""
        left_title = listing.titles.get(found.left) or found.name
        right_title = listing.titles.get(found.right) or found.name
        title = left_title if left_title == right_title else f"{left_title} ↔ {right_title}"
        left_language = self._language(listing.languages.get(found.left, found.left_language))
        right_language = self._language(listing.languages.get(found.right, found.right_language))
        item = QTreeWidgetItem(top)
        item.setText(TITLE_COLUMN, title)
        languages = f"{left_language} ↔ {right_language}"
        item.setData(TITLE_COLUMN, DETAIL_ROLE, languages)
        item.setData(TITLE_COLUMN, Qt.AccessibleTextRole, f"{title}, {languages}")
        item.setData(TITLE_COLUMN, KIND_ROLE, PAIR)
        item.setData(TITLE_COLUMN, PATHS_ROLE, (str(found.left), str(found.right)))
        item.setData(TITLE_COLUMN, PAIR_ID_ROLE, pair_id)
        item.setToolTip(TITLE_COLUMN, f"{left_title} — {left_language}\n{found.left}\n\n"
                                      f"{right_title} — {right_language}\n{found.right}")
        self._set_progress(item, pair_id)

    def _add_file_item(self, parent: QTreeWidgetItem, kind: str, path: Path, note: str) -> None:
        """A row for a single file: a bitext, or a document with no counterpart (greyed)."""
        item = QTreeWidgetItem(parent)
        folder = parent if parent.parent() is None else parent.parent()
        root = folder.data(TITLE_COLUMN, PATHS_ROLE)[0]
        item.setText(TITLE_COLUMN, os.path.relpath(path, root) if _is_inside(path, root) else path.name)
        if note:
            item.setData(TITLE_COLUMN, DETAIL_ROLE, note)
        item.setToolTip(TITLE_COLUMN, str(path))
        item.setData(TITLE_COLUMN, KIND_ROLE, kind)
        item.setData(TITLE_COLUMN, PATHS_ROLE, (str(path),))
        if kind == UNPAIRED:
            self._grey(item)

    def _add_unpaired_heading(self, top: QTreeWidgetItem) -> QTreeWidgetItem:
        """The heading under which a folder's unpaired files are listed."""
        item = QTreeWidgetItem(top)
        item.setText(TITLE_COLUMN, self.tr("Unpaired files"))
        item.setToolTip(TITLE_COLUMN, self.tr("Documents with no translation found beside them. Name twins "
                                              "story.nl.txt and story.en.txt, or put them in nl/ and en/."))
        item.setData(TITLE_COLUMN, KIND_ROLE, UNPAIRED_HEADING)
        item.setData(TITLE_COLUMN, PATHS_ROLE, ())
        font = QFont(item.font(TITLE_COLUMN))
        font.setItalic(True)
        item.setFont(TITLE_COLUMN, font)
        self._grey(item)
        return item

    def _set_progress(self, item: QTreeWidgetItem, pair_id: int | None) -> None:
        """Show how much of a pair has been read."""
        position = None
        if pair_id is not None and self.store is not None:
            try:
                position = self.store.position(pair_id)
            except Exception:  # a progress that cannot be read is shown as unknown, not raised
                position = None
        progress = position.progress if position is not None else None
        item.setData(PROGRESS_COLUMN, PROGRESS_ROLE, progress)
        if position is None:
            item.setText(PROGRESS_COLUMN, "")
            item.setToolTip(PROGRESS_COLUMN, self.tr("Not opened yet"))
        elif progress is None:
            item.setText(PROGRESS_COLUMN, self.tr("Started"))
            item.setToolTip(PROGRESS_COLUMN, self.tr("Opened; how far is not known yet"))
        else:
            percent = round(progress * 100)
            item.setText(PROGRESS_COLUMN, self.tr("{percent} %").format(percent=percent))
            item.setToolTip(PROGRESS_COLUMN, self.tr("{percent} % read").format(percent=percent))

    def _language(self, code: str) -> str:
        """A language in words; 'Unknown language' goes through tr() like every other text."""
        return self.tr("Unknown language") if not code or code == UNKNOWN else language_name(code)

    def _grey(self, item: QTreeWidgetItem) -> None:
        """Draw a row in the palette's disabled text colour."""
        color = self.palette().color(QPalette.Disabled, QPalette.Text)
        for column in range(self.tree.columnCount()):
            item.setForeground(column, color)

    def _apply_filter(self, text: str) -> None:
        """Hide rows that do not contain every word of ``text`` (accents and case ignored)."""
        words = fold(text).split()
        for top_index in range(self.tree.topLevelItemCount()):
            self._filter_item(self.tree.topLevelItem(top_index), words, False)

    def _filter_item(self, item: QTreeWidgetItem, words: list[str], parent_matches: bool) -> bool:
        """Show an item if it, an ancestor or a descendant matches; return whether it is shown."""
        parts = [item.text(TITLE_COLUMN)]
        if item.data(TITLE_COLUMN, KIND_ROLE) in (PAIR, BITEXT, UNPAIRED):
            # Files match by languages and file names too; a folder's counts ('3 pairs') are no match.
            parts.append(item.data(TITLE_COLUMN, DETAIL_ROLE) or "")
            parts.extend(os.path.basename(p) for p in item.data(TITLE_COLUMN, PATHS_ROLE) or ())
        haystack = fold(" ".join(parts))
        # A matching folder or heading shows all it holds.
        matches = parent_matches or all(word in haystack for word in words)
        shown_child = False
        for index in range(item.childCount()):
            shown_child |= self._filter_item(item.child(index), words, matches)
        shown = matches or shown_child
        item.setHidden(not shown)
        return shown

    def _folder_item(self, folder: str) -> QTreeWidgetItem | None:
        """The top-level row of a library folder."""
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item.data(TITLE_COLUMN, PATHS_ROLE)[0] == folder:
                return item
        return None

    def _all_items(self) -> list[QTreeWidgetItem]:
        """Every row, depth first."""
        items, stack = [], [self.tree.topLevelItem(i) for i in reversed(range(self.tree.topLevelItemCount()))]
        while stack:
            item = stack.pop()
            items.append(item)
            stack.extend(item.child(i) for i in reversed(range(item.childCount())))
        return items

    def _items(self, kind: str) -> list[QTreeWidgetItem]:
        """The rows of one kind."""
        return [item for item in self._all_items() if item.data(TITLE_COLUMN, KIND_ROLE) == kind]

    @staticmethod
    def _key(item: QTreeWidgetItem) -> tuple:
        """What identifies a row across rescans."""
        parent = item.parent()
        parent_paths = parent.data(TITLE_COLUMN, PATHS_ROLE) if parent is not None else ()
        return (item.data(TITLE_COLUMN, KIND_ROLE), tuple(item.data(TITLE_COLUMN, PATHS_ROLE) or ()),
                tuple(parent_paths or ()))

    # -- status ----------------------------------------------------------------------------------
    def _update_status(self) -> None:
        """The line under the list and the error banner above it."""
        if self.store is None:
            self.status_label.setText(self.tr("No library database is open."))
        elif self._job is not None:
            self.status_label.setText(self.tr("Scanning the library folders…"))
        elif not self.folders():
            self.status_label.setText(self.tr(
                "Add a folder that holds your texts and their translations. Twins such as story.nl.txt and "
                "story.en.txt, or nl/story.txt and en/story.txt, are paired, as is a folder of two documents."))
        elif self._listing is not None:
            scan = self._listing.scan
            self.status_label.setText(", ".join(self._counts(len(scan.pairs), len(scan.bitexts),
                                                             len(scan.unpaired))) or self.tr("No documents found"))
        else:
            self.status_label.setText("")
        errors = []
        if self.store is not None and self.store.status is not StoreStatus.OK and self.store.message:
            errors.append(self.store.message)
        if self._folder_error:
            errors.append(self._folder_error)
        if self._scan_error:
            errors.append(self._scan_error)
        if self._listing is not None and self._job is None:
            if self._listing.store_problem:
                errors.append(self.tr("The scan could not be saved: {reason}").format(
                    reason=self._listing.store_problem))
            errors.extend(self._listing.scan.problems)
        self.error_label.setText("\n".join(errors))
        self.error_label.setVisible(bool(errors))

    def _update_buttons(self) -> None:
        """Enable what can be done now."""
        has_store = self.store is not None
        self.add_button.setEnabled(has_store)
        self.rescan_button.setEnabled(has_store and self._job is None)
        self.remove_button.setEnabled(has_store and self.selected_folder() is not None)


def _is_inside(path: Path | str, folder: str) -> bool:
    """True when ``path`` is inside ``folder`` (by absolute path, without resolving links)."""
    path, folder = os.path.abspath(path), os.path.abspath(folder)
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)
