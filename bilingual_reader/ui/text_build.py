"""Turning a Document into a QTextDocument: the plan in a worker, the document on the UI thread.

A worker works out the text to insert and where each block goes (plain Python); the UI thread
makes the QTextDocument in one insertion. Qt objects are never made in the worker: moving one to
the UI thread can deadlock while the UI thread delivers events to Python.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


@dataclass(frozen=True)
class TextPlan:
    """A plain text worked out in advance (in a worker: no Qt object is made there): what to insert, where each block goes."""

    whole: str
    ranges: list[tuple[int, int]]
    headings: list[int]


def plan_text(document: Document) -> TextPlan | None:
    """The insertion plan of a plain-text Document (None when blocks carry HTML and go one by one)."""
    if any(block.html for block in document.blocks):
        return None
    # A line break inside a block would start a new block; Qt counts UTF-16 units.
    texts = [block.text.replace("\n", "\u2028").replace("\r", " ") for block in document.blocks]
    whole = "\u2029".join(texts)
    measure = utf16_len if _ASTRAL.search(whole) else len
    ranges, position = [], 0
    for text in texts:
        length = measure(text)
        ranges.append((position, position + length))
        position += length + 1
    headings = [b.index for b in document.blocks if b.kind is BlockKind.HEADING]
    return TextPlan(whole, ranges, headings)


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


def prepare_text(document: Document, style: TextStyle, plan: TextPlan | None = None) -> PreparedText:
    """Fill a new QTextDocument with a Document's blocks (on the UI thread; the plan may come from a worker)."""
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(DOCUMENT_MARGIN)
    doc.setDefaultFont(style.font)
    doc.setDefaultTextOption(style.option)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    plan = plan or plan_text(document)
    if plan is None:
        ranges = _fill_block_by_block(cursor, document, style)
    else:
        ranges = _fill_at_once(cursor, plan, style)
    cursor.endEditBlock()
    return PreparedText(doc, ranges)


def _fill_at_once(cursor: QTextCursor, plan: TextPlan, style: TextStyle) -> list[tuple[int, int]]:
    """Plain text: one insertion for the whole text, then headings formatted (fast for books)."""
    paragraph, heading, plain, bold = _formats(style)
    cursor.setBlockFormat(paragraph)
    cursor.insertText(plan.whole, plain)
    for index in plan.headings:
        start, end = plan.ranges[index]
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.KeepAnchor)
        cursor.setBlockFormat(heading)
        cursor.setCharFormat(bold)
    return plan.ranges


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
