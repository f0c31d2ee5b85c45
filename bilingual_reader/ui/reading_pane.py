"""One reading pane: a Document laid out as text, with block geometry and highlights."""

from __future__ import annotations

import html
from bisect import bisect_right
from typing import Iterable

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import (QColor, QFont, QKeyEvent, QMouseEvent, QTextBlockFormat, QTextCharFormat,
                           QTextCursor, QTextDocument, QTextFormat, QTextOption)
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from ..core.document import BlockKind, Document
from ..core.language import LanguageGuess
from ..core.languages import is_right_to_left

# Keys that step through links rather than scroll one pane.
STEP_KEYS = {Qt.Key_Down: 1, Qt.Key_J: 1, Qt.Key_Up: -1, Qt.Key_K: -1}
_PARAGRAPH_SPACING = 0.9  # in lines: the gap that tells paragraphs apart


class ReadingView(QTextBrowser):
    """The text area of a pane: reports the block under the mouse and stepping keys."""

    block_hovered = Signal(object)   # block index or None
    block_clicked = Signal(int)
    step_requested = Signal(int)     # +1 next link, -1 previous

    def __init__(self, pane: "ReadingPane") -> None:
        super().__init__()
        self._pane = pane
        self._press_pos: QPointF | None = None
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.NoFrame)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        # Selectable by mouse only: no text caret, so the keys step through links instead.
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.LinksAccessibleByMouse)
        self.setWordWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)

    def event(self, event: QEvent) -> bool:
        """Let the window's stepping shortcuts win over the text area's own cursor keys."""
        if event.type() == QEvent.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() in STEP_KEYS and not (event.modifiers() & ~Qt.KeypadModifier):
                event.ignore()
                return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Step through links with Down/Up/J/K when no shortcut took the key."""
        step = STEP_KEYS.get(event.key())
        if step and not (event.modifiers() & ~Qt.KeypadModifier):
            self.step_requested.emit(step)
            event.accept()
            return
        super().keyPressEvent(event)

    def _block_at_event(self, event: QMouseEvent) -> int | None:
        """The block under the mouse."""
        y = event.position().y() + self.verticalScrollBar().value()
        return self._pane.block_at(y)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Report the hovered block."""
        self.block_hovered.emit(self._block_at_event(event))
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Remember where a click starts, to tell a click from a text selection."""
        self._press_pos = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click (not a drag) selects the block under the mouse."""
        super().mouseReleaseEvent(event)
        if event.button() == Qt.LeftButton and self._press_pos is not None:
            moved = (event.position() - self._press_pos).manhattanLength()
            self._press_pos = None
            if moved < 4:
                block = self._block_at_event(event)
                if block is not None:
                    self.block_clicked.emit(block)

    def leaveEvent(self, event: QEvent) -> None:
        """Nothing is hovered once the mouse leaves."""
        self.block_hovered.emit(None)
        super().leaveEvent(event)


class ReadingPane(QWidget):
    """A header (language and title) above the text of one Document."""

    layout_changed = Signal()

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.document: Document | None = None
        self.language: LanguageGuess | None = None
        self._ranges: list[tuple[int, int]] = []   # text positions of each block
        self._tops: list[float] | None = None      # cached block tops, dropped on relayout
        self._highlights: dict[str, tuple[set[int], QColor]] = {}
        self._zoom = 0

        self.header = QLabel(self)
        self.header.setObjectName(f"{side}_header")
        self.header.setTextFormat(Qt.RichText)
        self.header.setContentsMargins(8, 4, 8, 4)
        self.view = ReadingView(self)
        self.view.setObjectName(f"{side}_view")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.header)
        box.addWidget(self.view, 1)
        doc = self.view.document()
        doc.setDocumentMargin(18)
        doc.documentLayout().documentSizeChanged.connect(self._on_layout_changed)
        self._base_point_size = self.view.font().pointSizeF() + 1.5
        self._apply_font()

    # -- content -------------------------------------------------------------------------------
    def set_document(self, document: Document, language: LanguageGuess | None = None) -> None:
        """Show a document; its blocks become addressable by index."""
        self.document = document
        self.language = language
        self._highlights.clear()
        self._fill(document)
        self._update_header()
        self.set_language(language)
        self.view.verticalScrollBar().setValue(0)

    def set_language(self, language: LanguageGuess | None) -> None:
        """Show the detected language in the header and lay right-to-left scripts out accordingly."""
        self.language = language
        rtl = bool(language and is_right_to_left(language.code))
        self.view.setLayoutDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        option = self.view.document().defaultTextOption()
        option.setTextDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
        option.setAlignment(Qt.AlignRight if rtl else Qt.AlignLeft)
        self.view.document().setDefaultTextOption(option)
        self._update_header()

    def _update_header(self) -> None:
        """Language in words, then the title."""
        lang = self.language.name if self.language else "Detecting language…"
        title = html.escape(self.document.title) if self.document else ""
        self.header.setText(f"<b>{html.escape(lang)}</b> &nbsp;·&nbsp; {title}")
        self.header.setToolTip(self.document.path or "" if self.document else "")

    def _fill(self, document: Document) -> None:
        """Lay the blocks out, recording where each one starts and ends in the text."""
        doc = self.view.document()
        doc.setUndoRedoEnabled(False)
        doc.clear()
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        paragraph = QTextBlockFormat()
        paragraph.setBottomMargin(self.fontMetrics().height() * _PARAGRAPH_SPACING)
        paragraph.setLineHeight(135, QTextBlockFormat.ProportionalHeight.value)
        heading = QTextBlockFormat(paragraph)
        heading.setTopMargin(self.fontMetrics().height() * 0.4)
        plain = QTextCharFormat()
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Bold)
        bold.setProperty(QTextFormat.FontSizeAdjustment, 1)
        ranges = []
        for i, block in enumerate(document.blocks):
            if i:
                cursor.insertBlock(paragraph, plain)
            start = cursor.position()
            if block.html:
                cursor.insertHtml(block.html)
            elif block.kind is BlockKind.HEADING:
                cursor.setBlockFormat(heading)
                cursor.insertText(block.text, bold)
            else:
                cursor.setBlockFormat(paragraph)
                cursor.insertText(block.text, plain)
            ranges.append((start, cursor.position()))
        cursor.endEditBlock()
        self._ranges = ranges
        self._tops = None

    # -- geometry (document coordinates) -------------------------------------------------------
    def _on_layout_changed(self, *_args) -> None:
        """Forget cached geometry and tell the scroll synchronizer."""
        self._tops = None
        self.layout_changed.emit()

    def _rect_of_position(self, position: int):
        """The bounding rectangle of the text block holding a text position."""
        doc = self.view.document()
        return doc.documentLayout().blockBoundingRect(doc.findBlock(position))

    def block_top(self, index: int) -> float:
        """The y of a block's top, in document coordinates."""
        if self._tops is None:
            self._tops = [self._rect_of_position(start).top() for start, _ in self._ranges]
        return self._tops[index]

    def block_bottom(self, index: int) -> float:
        """The y of a block's bottom, in document coordinates."""
        return self._rect_of_position(self._ranges[index][1]).bottom()

    def block_at(self, y: float) -> int | None:
        """The block at document y, or None before the first or past the last."""
        if not self._ranges:
            return None
        self.block_top(0)
        k = bisect_right(self._tops, y) - 1
        if k < 0 or y > self.block_bottom(k):
            return None
        return k

    def block_count(self) -> int:
        """How many blocks the pane shows."""
        return len(self._ranges)

    def document_height(self) -> float:
        """The height of the whole laid-out text."""
        bar = self.view.verticalScrollBar()
        return float(bar.maximum() + bar.pageStep())

    def viewport_height(self) -> float:
        """The visible height of the text."""
        return float(self.view.viewport().height())

    def scroll_value(self) -> int:
        """The current scroll position."""
        return self.view.verticalScrollBar().value()

    def set_scroll_value(self, value: float) -> None:
        """Scroll to a position (clamped by the scroll bar)."""
        self.view.verticalScrollBar().setValue(round(value))

    def is_block_visible(self, index: int) -> bool:
        """True when any of a block is on screen."""
        top, bottom = self.block_top(index), self.block_bottom(index)
        view_top = self.scroll_value()
        return bottom > view_top and top < view_top + self.viewport_height()

    def ensure_visible(self, indices: Iterable[int]) -> None:
        """Scroll so that the given blocks are on screen, if they are not already."""
        indices = sorted(indices)
        if not indices or any(self.is_block_visible(i) for i in indices):
            return
        top = self.block_top(indices[0])
        self.set_scroll_value(top - self.viewport_height() * 0.3)

    # -- highlights ----------------------------------------------------------------------------
    def highlight(self, role: str, indices: Iterable[int], color: QColor) -> None:
        """Tint the given blocks for a role ('current', 'hover', …); an empty set clears the role."""
        self._highlights[role] = (set(indices), color)
        self._apply_highlights()

    def highlighted(self, role: str) -> set[int]:
        """The blocks tinted for a role."""
        return set(self._highlights.get(role, (set(), None))[0])

    def _apply_highlights(self) -> None:
        """Turn the roles into extra selections that span whole lines."""
        selections = []
        doc = self.view.document()
        for indices, color in self._highlights.values():
            for i in sorted(indices):
                if not 0 <= i < len(self._ranges):
                    continue
                start, end = self._ranges[i]
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(doc)
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.KeepAnchor)
                sel.cursor = cursor
                sel.format.setBackground(color)
                sel.format.setProperty(QTextFormat.FullWidthSelection, True)
                selections.append(sel)
        self.view.setExtraSelections(selections)

    # -- zoom ----------------------------------------------------------------------------------
    def set_zoom(self, steps: int) -> None:
        """Zoom the text by whole steps (0 is the default size)."""
        self._zoom = max(-6, min(12, steps))
        self._apply_font()

    def zoom(self) -> int:
        """The zoom step."""
        return self._zoom

    def _apply_font(self) -> None:
        """Set the text font from the base size and zoom."""
        font = QFont(self.view.font())
        font.setPointSizeF(max(5.0, self._base_point_size * (1.1 ** self._zoom)))
        self.view.document().setDefaultFont(font)
