"""Search the whole library in both languages; each result is a link pair, opened where it matched."""

from __future__ import annotations

import html
import sqlite3
from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRectF, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAbstractTextDocumentLayout, QColor, QKeyEvent, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (QApplication, QLabel, QLineEdit, QListView, QListWidget, QListWidgetItem, QStyle,
                               QStyledItemDelegate, QStyleOptionViewItem, QVBoxLayout, QWidget)

from ..core.languages import is_right_to_left
from ..core.store import Pair, SearchHit, Store, StoreError, StoreStatus

HIT_ROLE = Qt.UserRole           # (pair id, link index)
HTML_ROLE = Qt.UserRole + 1      # the result as rich text: titles, left snippet, right snippet
DEBOUNCE_MS = 250                # typing pauses longer than this start a search
RESULT_LIMIT = 200
# Private-use characters mark the matches in the store's snippets: unlike brackets, they never
# occur in a text, so marking cannot be confused with the text's own characters.
_MARKS = ("\ue000", "\ue001")
_TITLES_COLOR = "#808080"
_MATCH_STYLE = "background-color:rgba(255,214,102,150);font-weight:600"


def snippet_html(snippet: str, right_to_left: bool = False) -> str:
    """A store snippet as escaped HTML with its marked matches highlighted."""
    escaped = html.escape(snippet.replace("\n", " "))
    escaped = escaped.replace(_MARKS[0], f'<span style="{_MATCH_STYLE}">').replace(_MARKS[1], "</span>")
    direction = "rtl" if right_to_left else "ltr"
    return f'<p dir="{direction}" style="margin:0">{escaped}</p>'


class ResultDelegate(QStyledItemDelegate):
    """Draws a result's rich text (titles, then both snippets) wrapped to the list's width."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        """The result laid out for the row's width."""
        document = QTextDocument()
        document.setDocumentMargin(5)
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML_ROLE) or html.escape(index.data(Qt.DisplayRole) or ""))
        view = option.widget
        width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
        document.setTextWidth(max(80, width))
        return document

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """As tall as the wrapped text."""
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 1)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        """Selection background from the style, then the text in the matching colour."""
        item_option = QStyleOptionViewItem(option)
        self.initStyleOption(item_option, index)
        item_option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.CE_ItemViewItem, item_option, painter, widget)
        document = self._document(option, index)
        document.setTextWidth(option.rect.width())
        group = QPalette.Active if option.state & QStyle.State_Active else QPalette.Inactive
        if option.state & QStyle.State_Selected:
            # The grey titles line would vanish on the selection colour: use the selected text's.
            selected = option.palette.color(group, QPalette.HighlightedText).name()
            document.setHtml(document.toHtml().replace(_TITLES_COLOR, selected))
        context = QAbstractTextDocumentLayout.PaintContext()
        role = QPalette.HighlightedText if option.state & QStyle.State_Selected else QPalette.Text
        context.palette.setColor(QPalette.Text, option.palette.color(group, role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        # A thin rule between results, so each link pair reads as one entry.
        rule = QColor(option.palette.color(QPalette.Text))
        rule.setAlphaF(0.15)  # faint in light and dark themes alike
        painter.setPen(rule)
        painter.drawLine(0, option.rect.height() - 1, option.rect.width(), option.rect.height() - 1)
        painter.restore()


class SearchPanel(QWidget):
    """A search field over the whole library; results are link pairs, activating one opens it there."""

    result_activated = Signal(int, int)   # pair id, link index

    def __init__(self, store: Store | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: Store | None = None
        self._shown_query = ""
        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("search_status")
        self.status_label.setWordWrap(True)
        self.results = QListWidget()
        self.results.setItemDelegate(ResultDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        # Relayout on resize: the rows' heights depend on the width the snippets wrap to.
        self.results.setResizeMode(QListView.Adjust)
        self.results.setVerticalScrollMode(QListView.ScrollPerPixel)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)

        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.search_edit)
        box.addWidget(self.status_label)
        box.addWidget(self.results, 1)

        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self._on_search_edit_return_pressed)
        self.search_edit.installEventFilter(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.retranslate_ui()
        self.set_store(store)

    def retranslate_ui(self) -> None:
        """Every fixed text of the panel (called again when the interface language changes)."""
        self.search_edit.setPlaceholderText(self.tr("Search the library in both languages"))
        self.search_edit.setToolTip(self.tr("Every word must occur; accents and capitals do not matter"))
        self._show_status()

    # -- public API ------------------------------------------------------------------------------
    def set_store(self, store: Store | None) -> None:
        """Search ``store`` from now on (the current query is searched again)."""
        self.store = store
        self.search(self.search_edit.text())

    def refresh(self) -> None:
        """Search again, e.g. after a pair was indexed."""
        self.search(self.search_edit.text())

    def search(self, query: str) -> None:
        """Show the link pairs that match ``query`` now (typing waits for a pause instead)."""
        self._timer.stop()
        self.results.clear()
        self._shown_query = query.strip()
        if not self._shown_query or self.store is None:
            self._show_status()
            return
        try:
            hits = self.store.search(self._shown_query, limit=RESULT_LIMIT, marks=_MARKS)
            pairs = self._pairs_of(hits)
        except (StoreError, sqlite3.Error) as error:
            self._show_status(error=self.tr("The library cannot be searched: {reason}").format(
                reason=getattr(error, "user_message", str(error))))
            return
        for hit in hits:
            self._add_result(hit, pairs.get(hit.pair_id))
        self._show_status(hits)

    def result_count(self) -> int:
        """How many results are listed."""
        return self.results.count()

    def focus_search(self) -> None:
        """Put the cursor in the search field with its text selected (for a Ctrl+Shift+F action)."""
        self.search_edit.setFocus(Qt.ShortcutFocusReason)
        self.search_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down in the search field moves to the results, as in a browser's address bar."""
        if (watched is self.search_edit and event.type() == QEvent.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key_Down and self.results.count()):
            self.results.setFocus(Qt.TabFocusReason)
            if self.results.currentRow() < 0:
                self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)

    # -- handlers --------------------------------------------------------------------------------
    @Slot(str)
    def _on_search_edit_text_changed(self, text: str) -> None:
        """Wait for a pause in typing; an emptied field clears the list at once."""
        if text.strip():
            self._timer.start()
        else:
            self.search("")

    @Slot()
    def _on_search_edit_return_pressed(self) -> None:
        """Enter searches without waiting and, when the results are those shown, opens the first."""
        query = self.search_edit.text().strip()
        if query != self._shown_query or self._timer.isActive():
            self.search(query)
            return
        if self.results.count():
            self.results.setCurrentRow(0)
            self._on_results_item_activated(self.results.item(0))

    @Slot()
    def _on_timer_timeout(self) -> None:
        """The user paused: search what the field says."""
        self.search(self.search_edit.text())

    @Slot(QListWidgetItem)
    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        """Open the result's pair at its link."""
        pair_id, link = item.data(HIT_ROLE)
        self.result_activated.emit(pair_id, link)

    # -- results ---------------------------------------------------------------------------------
    def _pairs_of(self, hits: list[SearchHit]) -> dict[int, Pair]:
        """The pairs the hits belong to, each looked up once."""
        pairs = {}
        for pair_id in {hit.pair_id for hit in hits}:
            pair = self.store.pair(pair_id)
            if pair is not None:
                pairs[pair_id] = pair
        return pairs

    def _add_result(self, hit: SearchHit, pair: Pair | None) -> None:
        """One row: the pair's titles and paragraph number, then the matching text on each side."""
        if pair is not None:
            left_title = pair.left_title or Path(pair.left_path).stem
            right_title = pair.right_title or Path(pair.right_path).stem
            titles = left_title if left_title == right_title else f"{left_title} ↔ {right_title}"
            left_rtl, right_rtl = is_right_to_left(pair.left_language), is_right_to_left(pair.right_language)
        else:
            titles, left_rtl, right_rtl = self.tr("A pair no longer in the library"), False, False
        where = self.tr("paragraph {number}").format(number=hit.link + 1)
        heading = html.escape(f"{titles} · {where}")
        rich = (f'<p style="margin:0 0 2px 0;color:{_TITLES_COLOR};font-size:small">{heading}</p>'
                f"{snippet_html(hit.left_snippet, left_rtl)}"
                f'<p style="margin:0;font-size:2px">&nbsp;</p>'
                f"{snippet_html(hit.right_snippet, right_rtl)}")
        plain_left = hit.left_snippet.replace(_MARKS[0], "").replace(_MARKS[1], "")
        plain_right = hit.right_snippet.replace(_MARKS[0], "").replace(_MARKS[1], "")
        item = QListWidgetItem(f"{plain_left} / {plain_right}")
        item.setData(HIT_ROLE, (hit.pair_id, hit.link))
        item.setData(HTML_ROLE, rich)
        item.setToolTip(f"{titles} · {where}")
        item.setData(Qt.AccessibleTextRole, f"{titles}, {where}: {plain_left} / {plain_right}")
        self.results.addItem(item)

    def _show_status(self, hits: list[SearchHit] | None = None, error: str = "") -> None:
        """What the list shows, or why it is empty."""
        store_note = ""
        if self.store is not None and self.store.status is not StoreStatus.OK and self.store.message:
            store_note = self.store.message
        if error:
            text = error
        elif self.store is None:
            text = self.tr("No library database is open.")
        elif not self._shown_query:
            text = self.tr("Type words to find them in every pair of the library, in either language.")
        elif not hits:
            text = self.tr("No paragraph in the library contains “{query}”.").format(query=self._shown_query)
        else:
            texts = len({hit.pair_id for hit in hits})
            found = (self.tr("1 paragraph") if len(hits) == 1
                     else self.tr("{n} paragraphs").format(n=len(hits)))
            where = self.tr("in 1 text") if texts == 1 else self.tr("in {n} texts").format(n=texts)
            text = f"{found} {where}"
            if len(hits) >= RESULT_LIMIT:
                text = self.tr("{found}; only the best {limit} are listed").format(found=text, limit=RESULT_LIMIT)
        if store_note:
            text = f"{store_note}\n{text}"
        self.status_label.setText(text)
        failing = bool(error) or bool(store_note)
        self.status_label.setStyleSheet("background:#fde8e8;color:#7a1010;padding:6px;" if failing else "")
