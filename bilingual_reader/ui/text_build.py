"""Turning a Document into a QTextDocument: the plan in a worker, the document on the UI thread.

A worker works out the text to insert and where each block goes (plain Python); the UI thread
fills the QTextDocument a step at a time, so no step holds the window long. Qt objects are never
made in the worker: moving one to the UI thread can deadlock while the UI thread delivers events
to Python.
"""

from __future__ import annotations

import re
import threading
from typing import Callable, Generator, NamedTuple

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat, QTextOption

from ..core.document import BlockKind, Document

PARAGRAPH_SPACING = 0.9  # in lines: the gap that tells paragraphs apart
DOCUMENT_MARGIN = 18
_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")  # characters Qt counts as two
# At most this much text goes in per step: a book's megabyte at once held the window for
# 30-55 ms on a busy two-core machine; 100,000 characters take 1-5 ms.
FILL_STEP_CHARS = 100_000
# Rendered blocks (Markdown, web pages) are parsed one by one, which costs more per character.
FILL_STEP_BLOCKS = 150
_PARAGRAPH_SEPARATOR = "\u2029"  # Qt starts a new block at each


def has_astral(text: str, chunk: int = 100_000) -> bool:
    """True when a text holds characters Qt counts as two.

    Searched a slice at a time: in a worker, one search over a book's megabyte held the
    interpreter lock (and so the window) for ~9 ms.
    """
    return any(_ASTRAL.search(text, start, start + chunk) for start in range(0, len(text), chunk))


def utf16_len(text: str) -> int:
    """The length of a text as Qt counts it (characters beyond the BMP take two units)."""
    return len(text.encode("utf-16-le")) // 2


def utf16_offset(text: str, index: int) -> int:
    """The Qt position of Python index ``index`` in a text."""
    return index if not _ASTRAL.search(text) else utf16_len(text[:index])


# Records are NamedTuples: a frozen dataclass takes ~1 ms to make when the module is imported,
# before the first frame.
class TextStyle(NamedTuple):
    """How a pane sets text: its font, text option and line height (taken on the UI thread)."""

    font: QFont
    option: QTextOption
    line_height: float


class TextPlan(NamedTuple):
    """A plain text worked out in advance (in a worker: no Qt object is made there): what to insert, where each block goes."""

    whole: str
    ranges: list[tuple[int, int]]
    headings: list[int]


def plan_text(document: Document) -> TextPlan | None:
    """The insertion plan of a plain-text Document (None when blocks carry HTML and go one by one)."""
    if any(block.html for block in document.blocks):
        return None
    # A line break inside a block would start a new block; Qt counts UTF-16 units.
    texts = [_shown_text(block, document) for block in document.blocks]
    whole = "\u2029".join(texts)
    measure = utf16_len if has_astral(whole) else len
    ranges, position = [], 0
    for text in texts:
        length = measure(text)
        ranges.append((position, position + length))
        position += length + 1
    headings = [b.index for b in document.blocks if b.kind is BlockKind.HEADING]
    return TextPlan(whole, ranges, headings)


# Qt lays a block of text out, and inserts it, in one go: a paragraph of a megabyte (a text with
# no line breaks at all) held the window for 1-2 s. A paragraph longer than this is shown as
# several of Qt's blocks of at least _SHOWN_PIECE characters, each cut where a sentence ends (else
# at a space): that space becomes a paragraph separator, so every position stays where it was.
_LONGEST_SHOWN_BLOCK = 10_000
_SHOWN_PIECE = 2_000


def _shown_text(block, document: Document) -> str:
    """A block's text as inserted: line breaks kept inside it, a very long one cut into pieces."""
    text = block.text.replace("\n", "\u2028").replace("\r", " ")
    if len(text) <= _LONGEST_SHOWN_BLOCK:
        return text
    ends = [document.sentences[s].end for s in block.sentence_ids]
    pieces, last = [], 0
    for cut in _cuts(text, ends):
        pieces.append(text[last:cut])
        last = cut + 1
    pieces.append(text[last:])
    return _PARAGRAPH_SEPARATOR.join(pieces)


def _cuts(text: str, sentence_ends: list[int]) -> list[int]:
    """Where a long block's text is cut: spaces after sentence ends, pieces no shorter than
    _SHOWN_PIECE, and in a stretch with no sentence end longer than _LONGEST_SHOWN_BLOCK, spaces."""
    cuts: list[int] = []
    last = 0
    for end in sorted({e for e in sentence_ends if 0 < e < len(text) and text[e] == " "} | {len(text)}):
        while end - last > _LONGEST_SHOWN_BLOCK:
            space = text.find(" ", last + _SHOWN_PIECE, end)
            if space < 0:
                break
            cuts.append(space)
            last = space
        if end < len(text) and end - last >= _SHOWN_PIECE:
            cuts.append(end)
            last = end
    return cuts


class PreparedText(NamedTuple):
    """A filled text document and where each block of the Document stands in it."""

    doc: QTextDocument
    ranges: list[tuple[int, int]]


def new_document(style: TextStyle) -> QTextDocument:
    """An empty QTextDocument set in a pane's style."""
    doc = QTextDocument()
    doc.setUndoRedoEnabled(False)
    doc.setDocumentMargin(DOCUMENT_MARGIN)
    doc.setDefaultFont(style.font)
    doc.setDefaultTextOption(style.option)
    return doc


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


class TextFill:
    """A QTextDocument filled from a Document a step at a time (on the UI thread).

    Each step inserts whole blocks, at most ``step_chars`` characters of them (a longer block goes
    alone). The document is shown only once complete: text inserted into a shown document is
    laid out at once, up to the insertion point.
    """

    def __init__(self, document: Document, style: TextStyle, plan: TextPlan | None = None,
                 step_chars: int = FILL_STEP_CHARS, owner: QObject | None = None) -> None:
        self.doc = new_document(style)
        self.ranges: list[tuple[int, int]] | None = None  # set once the text is complete
        self.owner = owner        # the fill is dropped once its owner is gone
        self.on_done: Callable[[TextFill], None] | None = None
        self.cancelled = False
        cursor = QTextCursor(self.doc)
        plan = self.plan = plan or plan_text(document)  # None where blocks go in as HTML
        if plan is None:
            steps = _fill_block_by_block(cursor, document, style, step_chars)
        else:
            steps = _fill_from_plan(cursor, plan, style, step_chars)
        self._steps = self._then_layout(steps, step_chars)

    def _then_layout(self, steps: Generator[None, None, list[tuple[int, int]]],
                     step_chars: int) -> Generator[None, None, list[tuple[int, int]]]:
        """The insertion steps, then for a long text one more that makes its layout object.

        Making it walks every block (a few milliseconds for a book), which would otherwise add
        to the step that shows the text.
        """
        ranges = yield from steps
        if self.doc.characterCount() > step_chars:
            yield
            self.doc.documentLayout()
        return ranges

    def step(self) -> bool:
        """Insert the next part of the text; True once the text is complete."""
        if self.ranges is None:
            try:
                next(self._steps)
            except StopIteration as stop:
                self.ranges = stop.value
        return self.ranges is not None

    def finish(self) -> None:
        """Insert all that is left now."""
        while not self.step():
            pass

    def cancel(self) -> None:
        """Stop filling: nobody wants this text any more."""
        self.cancelled = True

    def wanted(self) -> bool:
        """True while the text is incomplete and someone still waits for it."""
        return self.ranges is None and self.awaited()

    def awaited(self) -> bool:
        """True while someone waits for this text (complete or not)."""
        return not self.cancelled and (self.owner is None or shiboken6.isValid(self.owner))


def prepare_text(document: Document, style: TextStyle, plan: TextPlan | None = None) -> PreparedText:
    """Fill a new QTextDocument with all of a Document's blocks at once (on the UI thread)."""
    fill = TextFill(document, style, plan)
    fill.finish()
    return PreparedText(fill.doc, fill.ranges)


def _fill_from_plan(cursor: QTextCursor, plan: TextPlan, style: TextStyle,
                    step_chars: int) -> Generator[None, None, list[tuple[int, int]]]:
    """Plain text in runs of whole blocks, each heading formatted once it is in (fast for books)."""
    paragraph, heading, plain, bold = _formats(style)
    cursor.setBlockFormat(paragraph)
    marker = QTextCursor(cursor.document())  # selects the headings; `cursor` stays at the end
    whole, start, formatted = plan.whole, 0, 0
    while True:
        end = _run_end(whole, start, step_chars)
        cursor.beginEditBlock()
        # A run ends just after a paragraph separator, so the next run starts in a fresh block
        # of paragraph format (new blocks copy the format of the block they are typed into).
        cursor.insertText(whole[start:end], plain)
        inserted = cursor.position() if end < len(whole) else cursor.position() + 1
        while formatted < len(plan.headings) and plan.ranges[plan.headings[formatted]][1] < inserted:
            first, last = plan.ranges[plan.headings[formatted]]
            marker.setPosition(first)
            marker.setPosition(last, QTextCursor.KeepAnchor)
            marker.setBlockFormat(heading)
            marker.setCharFormat(bold)
            formatted += 1
        cursor.endEditBlock()
        if end >= len(whole):
            return plan.ranges
        start = end
        yield


def _run_end(whole: str, start: int, step_chars: int) -> int:
    """Where a run of whole blocks from ``start`` ends: after its last separator within the budget."""
    if len(whole) - start <= step_chars:
        return len(whole)
    cut = whole.rfind(_PARAGRAPH_SEPARATOR, start, start + step_chars)
    if cut < 0:  # one block longer than the budget goes alone
        cut = whole.find(_PARAGRAPH_SEPARATOR, start + step_chars)
        if cut < 0:
            return len(whole)
    return cut + 1


def _fill_block_by_block(cursor: QTextCursor, document: Document, style: TextStyle,
                         step_chars: int) -> Generator[None, None, list[tuple[int, int]]]:
    """Rendered blocks (Markdown, web pages): each inserted as HTML, its range read from the cursor."""
    paragraph, heading, plain, bold = _formats(style)
    quote = QTextBlockFormat()
    quote.setLeftMargin(style.line_height * 1.5)
    ranges: list[tuple[int, int]] = []
    budget, blocks = step_chars, FILL_STEP_BLOCKS
    for i, block in enumerate(document.blocks):
        size = len(block.html or block.text)
        if i and (size > budget or blocks == 0):
            yield
            budget, blocks = step_chars, FILL_STEP_BLOCKS
        budget -= size
        blocks -= 1
        ranges.append(_insert_block(cursor, i, block, (paragraph, heading, plain, bold, quote)))
    return ranges


def _insert_block(cursor: QTextCursor, i: int, block, formats) -> tuple[int, int]:
    """Insert one block at the end (HTML, a heading or a paragraph) and return its text range."""
    paragraph, heading, plain, bold, quote = formats
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
            return start, cursor.position() - 1
    elif block.kind is BlockKind.HEADING:
        cursor.setBlockFormat(heading)
        cursor.insertText(block.text, bold)
    else:
        cursor.setBlockFormat(paragraph)
        cursor.insertText(block.text, plain)
    return start, cursor.position()


class FillQueue(QObject):
    """Fills documents a step per turn of the event loop, one document at a time, oldest first.

    One queue for the whole program: two panes filled side by side would both be complete (and
    be laid out and painted) in the same turn, as long a wait as filling them at once.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        # Imported here, made for the first long text: PySide reads the source of each module
        # imported after it, and the first frame's short texts need no queue.
        from collections import deque

        super().__init__(parent)
        self._fills: deque[TextFill] = deque()
        self._complete: deque[TextFill] = deque()  # filled, handed over in a turn of their own
        # A timer, not a queued call: timers and painting take turns with it, queued calls
        # all run before either.
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._on_timer_timeout)

    def add(self, fill: TextFill) -> None:
        """Fill a document after those already waiting; its on_done is called once it is complete."""
        self._fills.append(fill)
        self._timer.start()

    def pending(self) -> int:
        """How many fills still wait (cancelled ones may be counted until their turn)."""
        return len(self._fills) + len(self._complete)

    def _on_timer_timeout(self) -> None:
        """Hand over a complete fill, or else do one step of the oldest fill still wanted.

        Handing over shows the text (its first screen is laid out then): in the same turn as
        the last step (which makes the layout object) the window waited for both.
        """
        if self._complete:
            fill = self._complete.popleft()
            if fill.on_done is not None and fill.awaited():
                fill.on_done(fill)
            return
        while self._fills and not self._fills[0].wanted():
            self._fills.popleft()
        if not self._fills:
            self._timer.stop()
            return
        fill = self._fills[0]
        if fill.step():
            self._complete.append(self._fills.popleft())


_queue: FillQueue | None = None


def fill_queue() -> FillQueue:
    """The program's fill queue (made on first use, owned by the application)."""
    global _queue
    if _queue is None or not shiboken6.isValid(_queue):
        _queue = FillQueue(QCoreApplication.instance())
    return _queue


class LayoutPace(QObject):
    """Whether long texts are laid out below the screen at full pace, or held back for a worker.

    While a worker aligns a book, each of Qt's background layout steps (5-15 ms) competes with
    it for the processor, and the calls into Python that follow a step wait for the interpreter
    lock it holds. Panes lay their text out slowly while any worker holds the pace back.
    """

    changed = Signal()  # is_held() may have changed (read it: notices from two threads may cross)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.RLock()  # a slot called on the emitting thread may hold or release too
        self._holders = 0

    def hold(self) -> None:
        """Hold the pace back (from any thread); every hold() needs a release()."""
        with self._lock:
            self._holders += 1
            if self._holders == 1:
                self.changed.emit()

    def release(self) -> None:
        """Undo one hold(); the last one lets layout go at full pace again."""
        with self._lock:
            self._holders -= 1
            if self._holders == 0:
                self.changed.emit()

    def is_held(self) -> bool:
        """True while some worker holds the pace back."""
        return self._holders > 0


_pace: LayoutPace | None = None


def layout_pace() -> LayoutPace:
    """The program's layout pace (made on first use, owned by the application; make it on the UI thread)."""
    global _pace
    if _pace is None or not shiboken6.isValid(_pace):
        _pace = LayoutPace(QCoreApplication.instance())
    return _pace
