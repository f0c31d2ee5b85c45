"""Turning a Document into a QTextDocument, in any thread, so a book's text is built off the UI thread.

QTextDocument needs no widget: a worker fills one, hands it to the UI thread, and the pane
only has to show it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QThread
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat, QTextOption

from ..core.document import BlockKind, Document

PARAGRAPH_SPACING = 0.9  # in lines: the gap that tells paragraphs apart
DOCUMENT_MARGIN = 18
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")  # characters Qt counts as two


def utf16_len(text: str) -> int:
    """The length of a text as Qt counts it (characters beyond the BMP take two units)."""
    return len(text.encode("utf-16-le")) // 2


def utf16_offset(text: str, index: int) -> int:
    """The Qt position of Python index ``index`` in a text."""
    return index if not _ASTRAL.search(text) else utf16_len(text[:index])


@dataclass(frozen=True)
class TextStyle:
    """How a pane sets text: its font, text option and line height (taken on the UI thread)."""

    font: QFont
    option: QTextOption
    line_height: float


@dataclass
class PreparedText:
    """A filled text document and where each block of the Document stands in it."""

    doc: QTextDocument
    ranges: list[tuple[int, int]]


def _formats(style: TextStyle) -> tuple[QTextBlockFormat, QTextBlockFormat, QTextCharFormat, QTextCharFormat]:
    """Block and character formats for paragraphs and headings."""
    paragraph = QTextBlockFormat()
    paragraph.setBottomMargin(style.line_height * PARAGRAPH_SPACING)
    paragraph.setLineHeight(135, QTextBlockFormat.ProportionalHeight.value)
    heading = QTextBlockFormat(paragraph)
    heading.setTopMargin(style.line_height * 0.4)
    plain = QTextCharFormat()
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Bold)
    bold.setProperty(QTextFormat.FontSizeAdjustment, 1)
    return paragraph, heading, plain, bold


def prepare_text(document: Document, style: TextStyle, thread: QThread | None = None) -> PreparedText:
    """Fill a new QTextDocument with a Document's blocks; move it to ``thread`` (the UI's) when given."""
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(DOCUMENT_MARGIN)
    doc.setDefaultFont(style.font)
    doc.setDefaultTextOption(style.option)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    if any(block.html for block in document.blocks):
        ranges = _fill_block_by_block(cursor, document, style)
    else:
        ranges = _fill_at_once(cursor, document, style)
    cursor.endEditBlock()
    if thread is not None and thread is not doc.thread():
        doc.moveToThread(thread)
    return PreparedText(doc, ranges)


def _fill_at_once(cursor: QTextCursor, document: Document, style: TextStyle) -> list[tuple[int, int]]:
    """Plain text: one insertion for the whole text, then headings formatted (fast for books)."""
    paragraph, heading, plain, bold = _formats(style)
    # A line break inside a block would start a new block; Qt counts UTF-16 units.
    texts = [block.text.replace("\n", "\u2028").replace("\r", " ") for block in document.blocks]
    whole = "\u2029".join(texts)
    measure = utf16_len if _ASTRAL.search(whole) else len
    ranges, position = [], 0
    for text in texts:
        length = measure(text)
        ranges.append((position, position + length))
        position += length + 1
    cursor.setBlockFormat(paragraph)
    cursor.insertText(whole, plain)
    for block, (start, end) in zip(document.blocks, ranges):
        if block.kind is BlockKind.HEADING:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.KeepAnchor)
            cursor.setBlockFormat(heading)
            cursor.setCharFormat(bold)
    return ranges


def _fill_block_by_block(cursor: QTextCursor, document: Document, style: TextStyle) -> list[tuple[int, int]]:
    """Rendered blocks (Markdown, web pages): each inserted as HTML, its range read from the cursor."""
    paragraph, heading, plain, bold = _formats(style)
    quote = QTextBlockFormat()
    quote.setLeftMargin(style.line_height * 1.5)
    ranges = []
    for i, block in enumerate(document.blocks):
        # Lists and quotes leave an empty paragraph behind them: write into it, not below it.
        if i and cursor.block().length() > 1:
            cursor.insertBlock(paragraph, plain)
        else:
            cursor.setBlockFormat(paragraph)
        start = cursor.position()
        if block.html:
            # The first paragraph of inserted HTML takes this block's format, so a quote's
            # indentation is given back by hand.
            cursor.insertHtml(block.html)
            if cursor.document().findBlock(start).length() == 1 and cursor.position() > start + 1:
                start += 1  # a list starts below the empty paragraph it was inserted at
            if block.html.lstrip().startswith("<blockquote"):
                indented = QTextCursor(cursor.document())
                indented.setPosition(start)
                indented.setPosition(cursor.position(), QTextCursor.KeepAnchor)
                indented.mergeBlockFormat(quote)
            if cursor.block().length() == 1 and cursor.position() > start:
                ranges.append((start, cursor.position() - 1))
                continue
        elif block.kind is BlockKind.HEADING:
            cursor.setBlockFormat(heading)
            cursor.insertText(block.text, bold)
        else:
            cursor.setBlockFormat(paragraph)
            cursor.insertText(block.text, plain)
        ranges.append((start, cursor.position()))
    return ranges
