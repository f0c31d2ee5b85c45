"""Find in either pane (Ctrl+F), with the counterparts of the matches shown, and a search in both languages."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QToolButton, QVBoxLayout, QWidget)

from ..core.textsearch import LinkTexts, beside, find_all, matching_links, searchable
from .i18n import fmt

MATCH = QColor(255, 235, 59, 170)
CURRENT_MATCH = QColor(255, 140, 0, 200)
MATCH_COUNTERPART = QColor(255, 235, 59, 60)
_MAX_RESULTS = 300  # links listed by a search in both languages: more is no list a reader scans
_MAX_SHOWN = 2000  # tinting more matches than this slows painting and tells the reader nothing more


class FindBar(QWidget):
    """A bar under the panes: a term, which pane to search, previous/next, and a match count."""

    closed = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.matches: list[tuple[str, int, int]] = []  # (side, start, end) in reading order
        self.current = -1
        self.term = QLineEdit()
        self.term.setObjectName("find_term")
        self.term.setClearButtonEnabled(True)
        self.scope = QComboBox()
        for sides in (("left", "right"), ("left",), ("right",)):
            self.scope.addItem("", sides)
        self.count = QLabel()
        self.label = QLabel()
        self.previous = QToolButton(text="▲")
        self.following = QToolButton(text="▼")
        self.close_button = QToolButton(text="✕")
        previous, following, close = self.previous, self.following, self.close_button
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        for widget in (self.label, self.term, self.scope, previous, following, self.count):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(close)
        self.retranslate_ui()
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.search)
        self.term.textChanged.connect(self._debounce.start)
        self.term.returnPressed.connect(lambda: self.go(1))
        self.scope.currentIndexChanged.connect(self.search)
        previous.clicked.connect(lambda: self.go(-1))
        following.clicked.connect(lambda: self.go(1))
        close.clicked.connect(self.close_bar)
        QShortcut(QKeySequence(Qt.Key_Escape), self, self.close_bar, context=Qt.WidgetWithChildrenShortcut)
        self.hide()

    def retranslate_ui(self) -> None:
        """Texts in the interface language."""
        self.label.setText(self.tr("Find:"))
        self.term.setPlaceholderText(self.tr("Find in the text…"))
        for index, text in enumerate((self.tr("Both panes"), self.tr("Left pane"), self.tr("Right pane"))):
            self.scope.setItemText(index, text)
        self.previous.setToolTip(self.tr("Previous match (Shift+F3)"))
        self.following.setToolTip(self.tr("Next match (F3, Enter)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self._update_count()

    def open_bar(self) -> None:
        """Show the bar with the term selected for typing."""
        for pane in self.window.panes.values():
            pane.prepare_search()
        self.show()
        self.term.setFocus()
        self.term.selectAll()

    def close_bar(self) -> None:
        """Hide the bar and its tints."""
        self.hide()
        self._paint([])
        self.closed.emit()

    def search(self) -> None:
        """Find every match of the term in the chosen panes."""
        self._debounce.stop()
        term = self.term.text()
        self.matches = []
        for side in self.scope.currentData():
            pane = self.window.panes[side]
            if pane.document is not None:
                self.matches += [(side, start, end) for start, end in find_all(pane.folded_text(), term)]
        self.current = -1
        self._paint(self.matches)
        self._update_count()

    def go(self, delta: int) -> None:
        """Move to the next (+1) or previous (-1) match: it and its link become current."""
        if self._debounce.isActive() or not self.matches:
            self.search()
        if not self.matches:
            return
        self.current = (self.current + delta) % len(self.matches)
        side, start, end = self.matches[self.current]
        pane = self.window.panes[side]
        pane.highlight_spans("find_current", [(start, end)], CURRENT_MATCH)
        other = self.window.panes["right" if side == "left" else "left"]
        other.highlight_spans("find_current", [], CURRENT_MATCH)
        pane.scroll_to_position(start)
        block = pane.block_of_position(start)
        link = self.window._link_of(side, block)
        if link is not None:
            self.window.select_link(link)
        self._update_count()

    def _paint(self, matches: list[tuple[str, int, int]]) -> None:
        """Tint the matches, and the counterpart paragraphs of the paragraphs that hold them."""
        for side, pane in self.window.panes.items():
            spans = [(start, end) for s, start, end in matches if s == side][:_MAX_SHOWN]
            pane.highlight_spans("find", spans, MATCH)
            if not matches:
                pane.highlight_spans("find_current", [], CURRENT_MATCH)
        counterparts: dict[str, set[int]] = {"left": set(), "right": set()}
        alignment = self.window.pair.alignment if self.window.pair else None
        if alignment is not None:
            for side, start, _ in matches[:_MAX_SHOWN]:
                link = alignment.link_of(side, self.window.panes[side].block_of_position(start))
                if link is not None:
                    other = "right" if side == "left" else "left"
                    counterparts[other].update(getattr(alignment[link], other))
        for side, pane in self.window.panes.items():
            pane.highlight("find_counterpart", counterparts[side], MATCH_COUNTERPART)

    def _update_count(self) -> None:
        """'3 of 12 matches', or 'No matches'."""
        if not self.term.text().strip():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("No matches"))
        elif self.current < 0:
            self.count.setText(self.tr("%n match(es)", "", len(self.matches)))
        else:
            self.count.setText(fmt(self.tr("%1 of %2"), self.current + 1, len(self.matches)))


def _searchable_links(pair) -> LinkTexts:
    """The pair's link texts as the library's search indexes them, folded for searching."""
    from ..core.reopen import link_texts  # in the search's thread: the store's modules come with it

    return searchable(link_texts(pair))


class BilingualSearch(QWidget):
    """Two terms, one per language: lists the link pairs where each side holds its term."""

    link_activated = Signal(int)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.left_term = QLineEdit()
        self.right_term = QLineEdit()
        self.left_term.setObjectName("bilingual_left_term")
        self.right_term.setObjectName("bilingual_right_term")
        self.results = QListWidget()
        # two lines per result, cut at the list's edge, each item told its size: wrapped items
        # have their text laid out to be measured (300 of them held the window 80-100 ms)
        self.results.setWordWrap(False)
        self.results.setTextElideMode(Qt.ElideRight)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.results.setAlternatingRowColors(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.left_term)
        box.addWidget(self.right_term)
        box.addWidget(self.results, 1)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.search)
        self._texts: tuple | None = None  # (pair, alignment, their LinkTexts or the making of them)
        for term in (self.left_term, self.right_term):
            term.textChanged.connect(self._prepare)  # made while the debounce waits
            term.textChanged.connect(self._debounce.start)
        self.results.itemActivated.connect(self._on_results_activated)
        self.results.itemClicked.connect(self._on_results_activated)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """Texts in the interface language."""
        self.left_term.setPlaceholderText(self.tr("Word in the left text"))
        self.right_term.setPlaceholderText(self.tr("Word in the right text"))

    def _prepare(self) -> None:
        """Start making the shown pair's link texts, folded for searching, beside the window
        (a book's took 200-500 ms of the window's time at each search), unless they are made."""
        pair = self.window.pair
        if pair is None or (self._texts is not None and self._texts[0] is pair
                            and self._texts[1] is pair.alignment):
            return
        self._texts = (pair, pair.alignment, beside(_searchable_links, pair))

    def search(self) -> None:
        """List the link pairs that hold both terms (the first _MAX_RESULTS of them)."""
        self._debounce.stop()
        self.results.clear()
        if self.window.pair is None or not (self.left_term.text().strip() or self.right_term.text().strip()):
            return
        self._prepare()
        texts = self._texts[2].result()  # made by now, unless the search came at once
        found = matching_links(texts, self.left_term.text(), self.right_term.text())
        two_lines = QSize(self.results.viewport().width(), 2 * self.results.fontMetrics().lineSpacing() + 6)
        for k in found[:_MAX_RESULTS]:
            item = QListWidgetItem(f"{k + 1}.  {texts.left[k][:90]}\n      {texts.right[k][:90]}")
            item.setData(Qt.UserRole, k)
            item.setSizeHint(two_lines)
            self.results.addItem(item)
        if len(found) > _MAX_RESULTS:
            self.results.addItem(self.tr("… and %1 more: type more words to narrow the search.")
                                 .replace("%1", str(len(found) - _MAX_RESULTS)))
        if not found:
            self.results.addItem(self.tr("No link holds both words."))

    def _on_results_activated(self, item: QListWidgetItem) -> None:
        """Go to the chosen link pair."""
        k = item.data(Qt.UserRole)
        if k is not None:
            self.link_activated.emit(int(k))
