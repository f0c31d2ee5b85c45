"""One reading pane: a Document laid out as text, with block geometry and highlights."""

from __future__ import annotations

import time
from bisect import bisect_right
from functools import cache
from typing import TYPE_CHECKING, Iterable

import shiboken6
from PySide6.QtCore import QAbstractEventDispatcher, QEvent, QObject, QPointF, QTimer, Signal
from PySide6.QtGui import (QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QTextCursor,
                           QTextDocument, QTextFormat, QTextOption)
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QTextEdit, QVBoxLayout, QWidget

from ..core.document import Document
from .colors import for_background
from .lazy_qt import Qt
from .text_build import (TextFill, TextPlan, TextStyle, fill_queue, has_astral, layout_pace, new_document,
                         utf16_offset)

if TYPE_CHECKING:  # annotations only: the language detector's module is loaded by the worker
    from concurrent.futures import Future

    from ..core.language import LanguageGuess

_PACED_LAYOUT_CHARS = 200_000  # texts longer than this are laid out in paced steps
_FOLD_BESIDE_CHARS = 100_000   # texts longer than this are folded for searching in a thread
# The pacer lays the text out itself, a few thousand characters per call (Qt then lays out to
# its next checkpoint, ~2,000 px, 1.5-3 ms), for at most _PACE_BUDGET_S per tick: a book's
# whole text takes about 0.3 s of layout per pane. (At 4 ms, two panes' ticks with their last
# step's overrun filled the UI thread's every 10 ms: other events waited up to 30 ms each time.)
_PACE_STEP_CHARS = 3000
_PACE_MS = 10          # the pacer's interval at full pace...
_PACE_BUDGET_S = 0.002
_HELD_PACE_MS = 200    # ...and while a worker holds the pace back, with a smaller budget
_HELD_PACE_BUDGET_S = 0.002
# While the reader waits for a place the layout has not reached (after a zoom, a new font or a
# swap far into a book), the pacer hurries: a tick every millisecond, each within this budget,
# so that other events still wait no longer than the two panes' ticks. (At no interval, one
# turn of the event loop ran each pane's tick twice.)
_HURRIED_PACE_MS = 1
_HURRIED_PACE_BUDGET_S = 0.006

# Keys that step through links (and through sentences) rather than scroll one pane.
_STEP_KEYS = {"Key_Down": 1, "Key_J": 1, "Key_Up": -1, "Key_K": -1}
_SENTENCE_STEP_KEYS = {"Key_Right": 1, "Key_L": 1, "Key_Left": -1, "Key_H": -1}
# Fonts tried first for Chinese and Japanese text, so glyphs come from a font made for the script.
CJK_FONTS = {
    "zh-cn": ["Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei", "Source Han Sans SC"],
    "zh-tw": ["Noto Sans CJK TC", "Noto Serif CJK TC", "WenQuanYi Zen Hei", "Source Han Sans TC"],
    "ja": ["Noto Sans CJK JP", "Noto Serif CJK JP", "IPAGothic", "Source Han Sans JP"],
    "ko": ["Noto Sans CJK KR", "Noto Serif CJK KR", "NanumGothic", "Source Han Sans KR"],
}


@cache
def step_keys() -> tuple[dict, dict]:
    """Qt's codes of the keys that step through links, and of those that step through sentences.

    Made at the first key press, not at import (see lazy_qt).
    """
    return ({getattr(Qt, name): step for name, step in _STEP_KEYS.items()},
            {getattr(Qt, name): step for name, step in _SENTENCE_STEP_KEYS.items()})


def _escape(text: str) -> str:
    """Text made safe to put between HTML tags (the html module's escape imports its entity tables, 2 ms at start-up)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ReadingView(QTextBrowser):
    """The text area of a pane: reports the block under the mouse and stepping keys."""

    block_hovered = Signal(object)   # block index or None
    sentence_hovered = Signal(object)  # sentence index or None
    block_clicked = Signal(int)
    block_ctrl_clicked = Signal(int)  # Ctrl+click: choose a paragraph for linking
    sentence_clicked = Signal(int)
    step_requested = Signal(int)     # +1 next link, -1 previous
    sentence_step_requested = Signal(int)

    def __init__(self, pane: "ReadingPane") -> None:
        super().__init__()
        self._pane = pane
        self._press_pos: QPointF | None = None
        self.setOpenLinks(False)
        self.setFrameShape(QFrame.NoFrame)
        self.setMouseTracking(True)
        # The viewport tracks the mouse (for hover) from just after the first paint: the first
        # call of viewport() in a process has PySide make ~75 of QtWidgets' enum types (20 ms).
        self._tracking = False
        # Selectable by mouse only: no text caret, so the keys step through links instead. Named
        # through Qt's property system, as Qt.TextSelectableByMouse would build Qt's namespace
        # before the first frame (see lazy_qt).
        self.setProperty("textInteractionFlags", "TextSelectableByMouse|LinksAccessibleByMouse")
        self.setWordWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)

    def event(self, event: QEvent) -> bool:
        """Let the window's shortcuts win over the text area's own keys, but for copying and selecting.

        The text is read-only, so of all the keys a text area claims only Copy and Select All
        mean anything here; the rest (arrows, Space, Ctrl+Z …) belong to the window's commands.
        A resize is reported before the scroll area lays its viewport out again (this method
        already runs for every event of the view; an event filter on the viewport would be one
        more call into Python for each of its events, paints included).
        """
        if event.type() == QEvent.Resize:
            self._pane._on_view_resized(event.oldSize().width() != event.size().width())
        elif event.type() == QEvent.ShortcutOverride and isinstance(event, QKeyEvent):
            from PySide6.QtGui import QKeySequence  # its enums wait for the first key (see actions.specs)

            if not (event.matches(QKeySequence.Copy) or event.matches(QKeySequence.SelectAll)):
                event.ignore()
                return False
        return super().event(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The text, then the learner view's masks over it (or the picture the pane holds, see hold_picture)."""
        still = self._pane._still
        if still is not None:
            painter = QPainter(self.viewport())
            painter.drawPixmap(0, 0, still)
            painter.end()
            return
        super().paintEvent(event)
        if self._pane._masked:
            self._pane._paint_masks(self.viewport(), event.rect())
        if not self._tracking:
            self._tracking = True
            QTimer.singleShot(0, self, self._track_mouse)

    def _track_mouse(self) -> None:
        """Have the viewport report mouse moves without a button held (hovering)."""
        self.viewport().setMouseTracking(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Step through links with Down/Up/J/K when no shortcut took the key."""
        plain = not (event.modifiers() & ~Qt.KeypadModifier)
        link_steps, sentence_steps = step_keys()
        if plain and event.key() in link_steps:
            self.step_requested.emit(link_steps[event.key()])
            event.accept()
            return
        if plain and event.key() in sentence_steps:
            self.sentence_step_requested.emit(sentence_steps[event.key()])
            event.accept()
            return
        super().keyPressEvent(event)

    def _block_at_event(self, event: QMouseEvent) -> int | None:
        """The block under the mouse."""
        y = event.position().y() + self.verticalScrollBar().value()
        return self._pane.block_at(y)

    def _sentence_at_event(self, event: QMouseEvent) -> int | None:
        """The sentence under the mouse (None between sentences or off the text)."""
        cursor = self.cursorForPosition(event.position().toPoint())
        return self._pane.sentence_at_position(cursor.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Report the hovered block and sentence."""
        block = self._block_at_event(event)
        self.block_hovered.emit(block)
        self.sentence_hovered.emit(self._sentence_at_event(event) if block is not None else None)
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
                if block is not None and event.modifiers() & Qt.ControlModifier:
                    self.block_ctrl_clicked.emit(block)
                elif block is not None:
                    self.block_clicked.emit(block)
                    sentence = self._sentence_at_event(event)
                    if sentence is not None:
                        self.sentence_clicked.emit(sentence)

    def leaveEvent(self, event: QEvent) -> None:
        """Nothing is hovered once the mouse leaves."""
        self.block_hovered.emit(None)
        self.sentence_hovered.emit(None)
        super().leaveEvent(event)


class _LayoutBrake(QObject):
    """Holds back Qt's own background layout of a text (the pane's pacer lays it out instead).

    Qt lays a long text out in steps, one per tick of a 10 ms timer of the text's layout
    object. Its other timer, a zero-interval report of the new size, always goes through:
    held back, it would fire again at once, without end.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watched: QObject | None = None

    def watch(self, layout: QObject | None) -> None:
        """Brake this layout's background steps; None releases the brake."""
        if layout is self._watched:
            return
        if self._watched is not None and shiboken6.isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = layout
        if layout is not None:
            layout.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Drop the layout's step timer events."""
        return event.type() == QEvent.Timer and self._is_step_timer(watched, event.timerId())

    @staticmethod
    def _is_step_timer(watched: QObject, timer_id: int) -> bool:
        """True for a timer with an interval (asked each time: a freed timer id is soon reused)."""
        dispatcher = QAbstractEventDispatcher.instance()
        timers = dispatcher.registeredTimers(watched) if dispatcher is not None else []
        return any(t.timerId == timer_id and t.interval > 0 for t in timers)


def _finer_last(item: tuple[str, tuple[set, QColor, str]]) -> int:
    """Where a role's tints are drawn: blocks first, then sentences, then spans of text."""
    return _TINT_ORDER[item[1][2]]


_TINT_ORDER = {"block": 0, "sentence": 1, "span": 2}


class ReadingPane(QWidget):
    """A header (language and title) above the text of one Document."""

    layout_changed = Signal()
    # The pacer laid the text out further (Qt reports no new size for text laid out on request).
    laid_out_further = Signal()
    # A long text, shown far from its start, is about to be laid out anew at another width.
    relayout_coming = Signal()

    def __init__(self, side: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.document: Document | None = None
        self.language: LanguageGuess | None = None
        self._ranges: list[tuple[int, int]] = []   # text positions of each block
        self._starts: list[int] = []
        self._hint = 0  # the last answer of block_at_or_before, where the next search starts
        # Block tops and bottoms asked for since the text was last laid out again: scrolling asks
        # about the same few blocks over and over, and each answer costs four calls into Qt.
        self._tops: dict[int, float] = {}
        self._bottoms: dict[int, float] = {}
        self._folded: str | Future[str] | None = None  # the text folded for searching, or its folding
        self._plan: TextPlan | None = None  # the plain text shown (None for rendered blocks)
        self._sentences: list[tuple[int, int] | None] | None = []  # text positions of each sentence
        # role -> (indices, colour, unit): unit 'block' tints whole lines, 'sentence' just the text
        self._highlights: dict[str, tuple[set[int], QColor, str]] = {}
        # each role's text ranges, sorted (with their starts, colour and width), made again only
        # when the role changes (or the text, or light and dark)
        self._role_spans: dict[str, tuple[list[int], list[tuple[int, int]], QColor, bool]] = {}
        self._selections_dark: bool | None = None
        # the text positions the extra selections cover now: only the tints around the screen are
        # handed to Qt (see _apply_highlights); None when there are none
        self._tinted: tuple[int, int] | None = None
        self._masked: set[int] = set()  # blocks hidden in the learner view (painted over: _paint_masks)
        self._zoom = 0
        self._family = ""
        self._direction_set = False  # see settle_direction

        self.header = QLabel(self)
        self.header.setObjectName(f"{side}_header")
        self.header.setProperty("textFormat", "RichText")  # by name: see ReadingView.__init__
        self.header.setContentsMargins(8, 4, 8, 4)
        self.view = ReadingView(self)
        self.view.setObjectName(f"{side}_view")
        # the tints around the view are handed to Qt again once it has moved, in the next turn
        # of the event loop: not inside the scroll synchronizer's handler, which moves the other
        # pane, and not while a new font clamps the scroll bar before the text is laid out again
        # (looking for the blocks in view then laid out the text above the old place in the
        # middle of a zoom: 137 ms on a book)
        self._retint_timer = QTimer(self, singleShot=True, interval=0)
        self._retint_timer.timeout.connect(self._retint_if_moved)
        self.view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.header)
        box.addWidget(self.view, 1)
        # Qt lays a long text out in the background in steps that double up to 200,000
        # characters, which froze the window for 20-100 ms at a time. Its steps are held back
        # (the brake) and the pacer lays the text out in small steps of its own, from the start
        # up to _laid_to; slowly while a worker holds the pace back (see LayoutPace).
        self._pacer = QTimer(self)
        self._pacer.setInterval(_PACE_MS)
        self._pacer.timeout.connect(self._on_pacer_timeout)
        self._laid_to = 0
        self._hurried = False  # see hurry()
        self._still = None  # a picture of the view shown instead of the text (see hold_picture)
        self._brake = _LayoutBrake(self)
        layout_pace().changed.connect(self._on_layout_pace_changed)
        self._doc: QTextDocument | None = None
        self._filling: TextFill | None = None  # a long text being filled off screen, shown once complete
        self._install_document(new_document(TextStyle(self.view.font(), QTextOption(), 16.0)))
        self._base_point_size = self.view.font().pointSizeF() + 1.5
        self._apply_font()

    # -- content -------------------------------------------------------------------------------
    def set_document(self, document: Document, language: LanguageGuess | None = None,
                     plan: TextPlan | None = None) -> None:
        """Show a document (its insertion plan may come from a worker); its blocks become addressable by index."""
        self.document = document
        self.language = language
        self._highlights.clear()
        self._fill(document, plan)
        self._update_header()
        self.set_language(language)
        self.view.verticalScrollBar().setValue(0)

    def set_language(self, language: LanguageGuess | None) -> None:
        """Show the detected language in the header and lay right-to-left scripts out accordingly."""
        self.language = language
        if language is not None or self._direction_set:
            self._set_direction(language)
        self._apply_font()
        self._update_header()

    def settle_direction(self) -> None:
        """Lay the text out left to right while its language is unknown, unless a direction was set already.

        Until then (the first frame) the text has Qt's automatic direction, which shows a
        left-to-right text just the same: naming a direction builds Qt's namespace, 25-30 ms
        (see lazy_qt). The window calls this right after its first paint.
        """
        if not self._direction_set:
            self._set_direction(self.language)

    def _set_direction(self, language: LanguageGuess | None) -> None:
        """Lay the view and its texts out right to left for a right-to-left language, else left to right."""
        from ..core.languages import is_right_to_left  # needed once a language is known, after the first frame

        self._direction_set = True
        rtl = bool(language and is_right_to_left(language.code))
        direction = Qt.RightToLeft if rtl else Qt.LeftToRight
        self.view.setLayoutDirection(direction)
        for doc in self._styled_documents():
            option = doc.defaultTextOption()
            # Each change lays the whole text out again: for a book, only when something changed.
            if option.textDirection() != direction:
                option.setTextDirection(direction)
                # the leading edge: Qt mirrors a non-absolute alignment in a right-to-left text, so
                # AlignRight there put Arabic and Hebrew lines against the left edge
                option.setAlignment(Qt.AlignLeading)
                doc.setDefaultTextOption(option)
                if doc is self._doc:
                    self._restart_pacing()

    def _update_header(self) -> None:
        """Language in words, then the title."""
        lang = self.language.name if self.language else self.tr("Detecting language…")
        title = _escape(self.document.title) if self.document else ""
        self.header.setText(f"<b>{_escape(lang)}</b> &nbsp;·&nbsp; {title}")
        self.header.setToolTip(self.document.path or "" if self.document else "")

    def retranslate_ui(self) -> None:
        """Texts in the interface language."""
        self._update_header()

    def text_style(self) -> TextStyle:
        """How this pane sets text, for building its documents (in a worker too)."""
        doc = self.view.document()
        # Both come back as copies. (QTextOption's copy constructor is not called for one: its
        # overloads make PySide build Qt's namespace, see lazy_qt.)
        return TextStyle(doc.defaultFont(), doc.defaultTextOption(), float(self.fontMetrics().height()))

    def _install_document(self, doc: QTextDocument) -> None:
        """Show a filled document in the view (with a fresh cursor at its start) and follow its layout."""
        old, self._doc = self._doc, doc
        # Qt keeps the tints across setDocument and, at the next setExtraSelections, finds where
        # the old ones stood in the new text: a tint at the middle of a book laid all the new text
        # above it out at once (0.4 s a pane when the panes were swapped there).
        self.view.setExtraSelections([])
        if old is not None and shiboken6.isValid(old.documentLayout()):
            old.documentLayout().documentSizeChanged.disconnect(self._on_layout_changed)
            old.documentLayout().update.disconnect(self._forget_geometry)
        doc.setParent(self.view)
        self.view.setDocument(doc)
        self._layout = doc.documentLayout()
        self._layout.documentSizeChanged.connect(self._on_layout_changed)
        # Laying out again (a new width or font) starts with this signal, growing the laid-out
        # part with the one above: either may move blocks.
        self._layout.update.connect(self._forget_geometry)
        self._forget_geometry()
        if old is not None and old.parent() is self.view:
            old.deleteLater()
        self._restart_pacing()

    def exchange_texts(self, other: "ReadingPane") -> bool:
        """Show the other pane's text here and this one's there, as they are filled: swapping the
        panes of a book then fills neither again (0.1 s and the fill queue's steps). Qt lays each
        text out anew in its new view all the same. False, and nothing done, while either text
        is still being filled."""
        if self._filling is not None or other._filling is not None:
            return False
        mine, theirs = self._shown_text(), other._shown_text()
        for pane in (self, other):
            # both tints go first, while both texts stand as laid out (see _install_document)
            pane.view.setExtraSelections([])
            pane._doc.setParent(None)  # not deleted when its view takes the other text
        self._show_text(theirs)
        other._show_text(mine)
        return True

    def _shown_text(self) -> tuple:
        """What a pane shows of its text, to be shown by another pane."""
        return self.document, self.language, self._doc, self._ranges, self._sentences, self._folded, self._plan

    def _show_text(self, shown: tuple) -> None:
        """Show a text taken from another pane (see exchange_texts), untinted and at its start."""
        self.document, self.language, doc, ranges, sentences, folded, self._plan = shown
        self._highlights.clear()
        self._set_ranges(ranges)
        self._sentences, self._folded = sentences, folded
        self._install_document(doc)
        self.set_language(self.language)  # this pane's font and direction for it
        self.view.verticalScrollBar().setValue(0)
        self.layout_changed.emit()

    def _is_paced(self) -> bool:
        """True when the shown text is long enough for its background layout to be paced."""
        return self._doc.characterCount() > _PACED_LAYOUT_CHARS

    def _restart_pacing(self) -> None:
        """Lay the text out from its start again (a new text, width, font or direction): Qt
        starts over too, and blocks past its progress keep their old places meanwhile."""
        self._laid_to = 0
        self._apply_layout_pace()
        if self._is_paced():
            self._pacer.start()
        else:
            self._pacer.stop()
            self._brake.watch(None)

    def _apply_layout_pace(self) -> None:
        """Brake Qt's own steps of a long text's layout, and pace ours: fast while the reader waits
        for a place (hurry), slowly while a worker holds the pace back."""
        self._brake.watch(self._layout if self._is_paced() and self._pacer_running() else None)
        self._pacer.setInterval(self._pace()[0])

    def _pace(self) -> tuple[int, float]:
        """The pacer's interval (ms) and budget per tick (s) now: a reader waiting for a place
        comes before a worker holding the pace back (held, a zoom during a book's alignment
        showed the old picture until the alignment was done; hurried, the aligner waits the
        0.2-0.5 s the layout takes)."""
        if self._hurried:
            return _HURRIED_PACE_MS, _HURRIED_PACE_BUDGET_S
        if layout_pace().is_held():
            return _HELD_PACE_MS, _HELD_PACE_BUDGET_S
        return _PACE_MS, _PACE_BUDGET_S

    def is_long(self) -> bool:
        """True when the shown text is laid out in the pacer's steps (a book, not an article)."""
        return self._is_paced()

    def hold_picture(self, hold: bool) -> None:
        """Show a picture of the view as it is now instead of the text (True), or the text again.

        While a text laid out anew (a zoom, a swap) waits for its layout to reach the reader's
        place, the view would show whatever stands where the scroll bar ends meanwhile.
        """
        self._still = self.view.viewport().grab() if hold else None
        self.view.viewport().update()

    def hurry(self, hurried: bool) -> None:
        """Lay a long text out fast (True: the reader waits for a place below the laid-out part) or at the usual pace."""
        if hurried != self._hurried:
            self._hurried = hurried
            self._on_layout_pace_changed()

    def _pacer_running(self) -> bool:
        """True until the pacer has laid the whole text out."""
        return self._laid_to < self._doc.characterCount() - 1

    def _first_unlaid_block(self) -> int:
        """The first block that the pacer has not laid out yet (the block count once it is done;
        the block holding its last position is laid out whole)."""
        if not self._is_paced() or not self._pacer_running():
            return len(self._ranges)
        return bisect_right(self._starts, self._laid_to)

    def is_laid_out(self, index: int) -> bool:
        """True when where block ``index`` stands is known without laying out the text above it:
        a short text, or a long one that the pacer has laid out that far."""
        return self._filling is None and 0 <= index < self._first_unlaid_block()

    def _on_layout_pace_changed(self) -> None:
        """A worker started or stopped holding the pace back: pace the rest of the layout anew."""
        self._apply_layout_pace()
        if self._is_paced() and self._pacer_running():
            self._pacer.start()

    def _on_pacer_timeout(self) -> None:
        """Lay the text out a few steps further, within this tick's budget; stop at its end."""
        doc, layout = self.view.document(), self._layout
        end = doc.characterCount() - 1
        budget = self._pace()[1]
        start = time.perf_counter()
        # where Qt is ahead already (the screen, or text laid out before), a step costs next to
        # nothing, so the loop catches up with it within the tick
        while self._laid_to < end and time.perf_counter() - start < budget:
            self._laid_to = min(end, self._laid_to + _PACE_STEP_CHARS)
            layout.blockBoundingRect(doc.findBlock(self._laid_to))
        self.laid_out_further.emit()
        if self._laid_to >= end:
            self._pacer.stop()
            self._brake.watch(None)
            self._tint_again()  # whole lines may take in their paragraph break now (see _selection)

    def _fill(self, document: Document, plan: TextPlan | None = None) -> None:
        """Show a document's blocks: a short text at once, a long one once the fill queue has filled it.

        The text is filled while no view shows it, so nothing is laid out until it is shown,
        and then only as far as the screen needs. While a long text fills, the pane is empty
        (no blocks) and a fill still running for an earlier document is dropped.
        """
        self._cancel_fill()
        self._folded = self._plan = None
        self._sentences = None  # located when first needed: a book has tens of thousands
        fill = TextFill(document, self.text_style(), plan, owner=self)
        if fill.step():
            self._show_filled(fill)
            return
        self._filling = fill
        self._set_ranges([])
        self._install_document(new_document(self.text_style()))  # an empty text meanwhile
        fill.on_done = self._on_fill_done
        fill_queue().add(fill)

    def _cancel_fill(self) -> None:
        """Drop a fill still running (another document takes its place)."""
        if self._filling is not None:
            self._filling.cancel()
            self._filling = None

    def _on_fill_done(self, fill: TextFill) -> None:
        """The fill queue completed a text: show it, unless another document took its place."""
        if fill is self._filling:
            self._filling = None
            self._show_filled(fill)

    def _settle(self) -> None:
        """Complete a text still being filled, now: the caller needs its blocks."""
        fill = self._filling
        if fill is not None:
            fill.finish()
            self._on_fill_done(fill)

    def is_filling(self) -> bool:
        """True while a long text is being filled off screen (the pane shows no blocks yet)."""
        return self._filling is not None

    def _show_filled(self, fill: TextFill) -> None:
        """Show a complete text in the style the pane has now, and make its blocks addressable."""
        self._set_ranges(fill.ranges)
        self._install_document(fill.doc)
        self._apply_highlights()
        self.layout_changed.emit()
        self._plan = fill.plan

    def _set_ranges(self, ranges: list[tuple[int, int]]) -> None:
        """Record where each block starts and ends in the shown text."""
        self._ranges = ranges
        self._starts = [start for start, _ in ranges]
        self._hint = 0
        self._role_spans.clear()  # they stand in the text shown before
        self._tinted = None
        self._forget_geometry()

    def sentence_ranges(self) -> list[tuple[int, int] | None]:
        """Text positions (start, end) of every sentence, None where one could not be placed."""
        self._settle()
        if self._sentences is None:
            self._sentences = self._locate_sentences(self.document, self._ranges)
        return self._sentences

    def _locate_sentences(self, document: Document, ranges: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
        """Text positions of every sentence: offsets in plain blocks, found by search in rendered ones."""
        # Asked at the first hover: on a book (18,000 sentences a side) a search per sentence end
        # held the window 0.1-0.2 s. Plain text without characters Qt counts as two (most texts)
        # takes the sentences' own offsets, in one pass; otherwise each block is searched once.
        blocks = document.blocks
        if not any(block.html for block in blocks) and not has_astral("\n".join(block.text for block in blocks)):
            return [(ranges[s.block][0] + s.start, ranges[s.block][0] + s.end) for s in document.sentences]
        raw = None
        located: list[tuple[int, int] | None] = []
        wide = [not block.html and has_astral(block.text) for block in blocks]
        for sentence in document.sentences:
            start, end = ranges[sentence.block]
            block = document.blocks[sentence.block]
            if not block.html:
                if wide[sentence.block]:
                    located.append((start + utf16_offset(block.text, sentence.start),
                                    start + utf16_offset(block.text, sentence.end)))
                else:
                    located.append((start + sentence.start, start + sentence.end))
                continue
            # Rendered Markdown/HTML: the sentence's words stand somewhere in the block's range.
            if raw is None:
                raw = self.view.document().toRawText()
            head = sentence.text[:24]
            found = raw.find(head, start, end)
            located.append((found, min(end, found + len(sentence.text))) if found >= 0 else None)
        return located

    # -- geometry (document coordinates) -------------------------------------------------------
    # Nothing here asks for the whole text's layout: Qt lays a long text out lazily, and asking
    # for the top of the last paragraph of a book would shape a megabyte of text at once.
    def _on_view_resized(self, new_width: bool = True) -> None:
        """Report a resize of the view before the view reacts to it."""
        if new_width and self._is_paced() and self._filling is None and self.scroll_value() > 0:
            # Qt's own resize handling lays out all the text above the view first (0.1-0.3 s a
            # pane far into a book): the synchronizer takes the view to the text's start first
            self.relayout_coming.emit()
        # A taller or shorter view moves the sync point (and clamps the scroll bar) without any
        # relayout, so it counts as a layout change too.
        self._drop_tints()
        self._restart_pacing()  # a new width lays the text out again
        self._forget_geometry()
        self.layout_changed.emit()

    def _on_layout_changed(self, *_args) -> None:
        """Tell the scroll synchronizer and the gutter that positions moved."""
        self._forget_geometry()
        if self._tinted is not None:
            self._retint_timer.start()
        self.layout_changed.emit()

    def _forget_geometry(self, *_args) -> None:
        """Drop the remembered block tops and bottoms: the text is being laid out again."""
        self._tops.clear()
        self._bottoms.clear()

    def _rect_of_position(self, position: int):
        """The bounding rectangle of the text block holding a text position."""
        return self._layout.blockBoundingRect(self._doc.findBlock(position))

    def block_top(self, index: int) -> float:
        """The y of a block's top, in document coordinates."""
        if self._filling is not None:  # tested here, not in _settle: scrolling calls this often
            self._settle()
        top = self._tops.get(index)
        if top is None:
            top = self._tops[index] = self._rect_of_position(self._ranges[index][0]).top()
        return top

    def block_bottom(self, index: int) -> float:
        """The y of a block's bottom, in document coordinates."""
        if self._filling is not None:
            self._settle()
        bottom = self._bottoms.get(index)
        if bottom is None:
            start, end = self._ranges[index]
            last = self._doc.findBlock(end)
            if last.position() > start and not last.layout().lineCount():
                # a paragraph shown as several of Qt's blocks (a very long one, or rendered HTML)
                # and not laid out to its end: its bottom so far, for now (Qt would lay out all
                # the rest of it at once: a megabyte's paragraph held the window for 0.6 s)
                return self._laid_out_bottom(start, last)
            bottom = self._bottoms[index] = self._layout.blockBoundingRect(last).bottom()
        return bottom

    def _laid_out_bottom(self, start: int, block) -> float:
        """The bottom of the last laid-out of Qt's blocks from ``block`` back to text position ``start``."""
        while block.position() > start and not block.layout().lineCount():
            block = block.previous()
        return self._layout.blockBoundingRect(block).bottom()

    def block_at_or_before(self, y: float) -> int | None:
        """The last block whose top is at or above document y (None above the first).

        A galloping search from the last answer: scrolling asks about places near each other,
        so only blocks between the old and the new place are looked at (and laid out). Qt's
        own hit test walks the blocks one by one, which takes milliseconds in a book.
        """
        n = len(self._ranges)
        if n == 0 or self.block_top(0) > y:
            return None
        # a probe past the laid-out part would lay out text the answer may not need (up to
        # twice as far as the place asked for): the first block not laid out is probed first,
        # and the search starts no further (the last answer may lie past it after a zoom)
        unlaid = self._first_unlaid_block()
        k = min(self._hint, n - 1, max(unlaid - 1, 0))
        step = 1
        if self.block_top(k) <= y:   # gallop down the text: find a block below y
            low, high = k, k + 1
            while high < n and self.block_top(high) <= y:
                low, high = high, high + step
                step *= 2
                if low < unlaid < high:
                    high = unlaid
            high = min(high, n)
        else:                        # gallop up: find a block above y
            low, high = k - 1, k
            while low > 0 and self.block_top(low) > y:
                low, high = max(0, low - step), low
                step *= 2
        while high - low > 1:        # top(low) <= y < top(high), high == n meaning "past the end"
            middle = (low + high) // 2
            if self.block_top(middle) <= y:
                low = middle
            else:
                high = middle
        self._hint = low
        return low

    def block_at(self, y: float) -> int | None:
        """The block at document y, or None before the first, between blocks' text, or past the last."""
        k = self.block_at_or_before(y)
        if k is None or y > self.block_bottom(k):
            return None
        return k

    def sentence_at_position(self, position: int) -> int | None:
        """The sentence holding a text position."""
        block = self._block_of_position(position)
        if block is None or self.document is None:
            return None
        for sid in self.document.blocks[block].sentence_ids:
            span = self.sentence_ranges()[sid]
            if span and span[0] <= position < span[1]:
                return sid
        return None

    def _block_of_position(self, position: int) -> int | None:
        """The block holding a text position."""
        self._settle()
        k = bisect_right(self._starts, position) - 1
        if k < 0 or position > self._ranges[k][1]:
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
    def highlight(self, role: str, indices: Iterable[int], color: QColor, unit: str = "block") -> None:
        """Tint blocks (or sentences, unit='sentence') for a role ('current', 'hover', …); empty clears it."""
        indices = set(indices)
        if self._highlights.get(role, (None,))[0] == indices and self._highlights[role][1] == color:
            return
        self._highlights[role] = (indices, color, unit)
        self._role_spans.pop(role, None)
        self._apply_highlights()

    def highlighted(self, role: str) -> set[int]:
        """The blocks (or sentences) tinted for a role."""
        return set(self._highlights.get(role, (set(),))[0])

    def set_masked(self, blocks: Iterable[int]) -> None:
        """Hide the text of some blocks behind grey bars (the learner view); empty shows all."""
        blocks = set(blocks)
        if blocks != self._masked:
            self._masked = blocks
            self.view.viewport().update()

    def masked(self) -> set[int]:
        """The blocks whose text is hidden."""
        return set(self._masked)

    def highlight_spans(self, role: str, spans: Iterable[tuple[int, int]], color: QColor) -> None:
        """Tint text ranges (positions in the pane's text) for a role, e.g. find matches."""
        self._highlights[role] = (set(spans), color, "span")
        self._role_spans.pop(role, None)
        self._apply_highlights()

    def prepare_search(self) -> None:
        """Start folding a long text for searching beside the window (the find bar opens: the
        first letter typed would wait 50-80 ms a side for it), unless that is done or started.

        Not when the text is shown: the thread would compete with the window, and the pair's
        worker, for the interpreter lock just when the text is first painted."""
        plan = self._plan
        if self._folded is None and plan is not None and len(plan.whole) >= _FOLD_BESIDE_CHARS:
            from ..core.textsearch import fold_beside

            self._folded = fold_beside(plan.whole)

    def folded_text(self) -> str:
        """The pane's text without case or accents, index for index (for searching)."""
        self._settle()
        if self._folded is None:
            from ..core.textsearch import fold  # only searching needs it (and unicodedata)

            self._folded = fold(self.view.document().toRawText())
        elif not isinstance(self._folded, str):
            self._folded = self._folded.result()  # done by now, unless the search came at once
        return self._folded

    def scroll_to_position(self, position: int) -> None:
        """Bring a text position into view, a third of the way down, unless it is on screen already."""
        self._settle()
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(position)
        rect = self.view.cursorRect(cursor)
        if 0 <= rect.top() and rect.bottom() <= self.viewport_height():
            return
        self.set_scroll_value(self.scroll_value() + rect.top() - self.viewport_height() / 3)

    def text_span(self, block: int, start: int, end: int) -> tuple[int, int] | None:
        """Text positions of characters start..end of a block's plain text (None in rendered blocks)."""
        self._settle()
        if self.document is None or not 0 <= block < len(self._ranges) or self.document.blocks[block].html:
            return None
        base = self._ranges[block][0]
        return base + start, base + end

    def block_of_position(self, position: int) -> int | None:
        """The block holding a text position."""
        return self._block_of_position(position)

    def _spans(self, indices: Iterable, unit: str) -> list[tuple[int, int]]:
        """Text ranges of blocks or sentences (or the ranges themselves, for unit 'span')."""
        if unit == "span":
            return sorted(indices)
        ranges = self._ranges if unit == "block" else self.sentence_ranges()
        return [ranges[i] for i in sorted(indices) if 0 <= i < len(ranges) and ranges[i]]

    def _selection(self, start: int, end: int, background: QColor, full_width: bool = False) -> QTextEdit.ExtraSelection:
        """One extra selection over a text range."""
        sel = QTextEdit.ExtraSelection()
        doc = self.view.document()
        cursor = QTextCursor(doc)
        cursor.setPosition(start)
        if full_width and not (self._is_paced() and self._pacer_running()):
            # Taking in the paragraph break makes the last line full width too. Not before a long
            # text is laid out to its end: Qt asks for the whole text's frame to repaint a
            # selection over two blocks, and lays all of it out at once for that (0.3 s in a book).
            end = min(end + 1, doc.characterCount() - 1)
        cursor.setPosition(end, QTextCursor.KeepAnchor)
        sel.cursor = cursor
        sel.format.setBackground(background)
        if full_width:
            sel.format.setProperty(QTextFormat.FullWidthSelection, True)
        return sel

    def _apply_highlights(self) -> None:
        """Turn the roles into extra selections: whole lines for blocks, the words for sentences.

        Only the tints within two screens above and below the view are handed to Qt, and those
        again as the view moves (_retint_if_moved): Qt works out where every selection it is
        given stands, and a book's 1,944 matches of a search took it 0.25 s.
        """
        if self._filling is not None:
            return  # applied once the text is shown
        dark = self.palette().color(QPalette.Base).lightness() < 128
        if dark != self._selections_dark:
            self._role_spans.clear()
            self._selections_dark = dark
        if not any(indices for indices, _, _ in self._highlights.values()):
            self._tinted = None  # nothing to hand over as the view moves
            self.view.setExtraSelections([])
            return
        low, high = self._tinted = self._around_view(2.0)
        selections = []
        # Cursors put in a text inside an edit block do not lay out the block they stand in (to
        # know their x for moving up and down, which a selection never does): after a change of
        # width, a tint far into a book laid the whole text before it out at once (0.2-0.4 s
        # when the coverage panel opened). The edit block changes nothing in the text.
        guard = QTextCursor(self.view.document())
        guard.beginEditBlock()
        try:
            # whole lines first, then sentences, then words: a finer tint (a find match, a figure
            # the other side lacks) stays visible on the current paragraph's band
            for role, (indices, color, unit) in sorted(self._highlights.items(), key=_finer_last):
                spans = self._role_spans.get(role)
                if spans is None:
                    ranges = self._spans(indices, unit)
                    spans = self._role_spans[role] = ([start for start, _ in ranges], ranges,
                                                      for_background(color, dark), unit == "block")
                starts, ranges, background, full_width = spans
                # spans of a role do not overlap: only the one before the first start in view can reach into it
                for start, end in ranges[max(0, bisect_right(starts, low) - 1):bisect_right(starts, high)]:
                    if end >= low:
                        selections.append(self._selection(start, end, background, full_width))
        finally:
            guard.endEditBlock()
        self.view.setExtraSelections(selections)

    def _around_view(self, screens: float) -> tuple[int, int]:
        """The text positions from ``screens`` screens above the view to as far below it."""
        if not self._ranges:
            return 0, 0
        top = self.scroll_value()
        height = self.viewport_height()
        hint = self._hint  # kept for the next search from the view: scrolling asks near it
        first = self.block_at_or_before(top - screens * height) or 0
        last = self.block_at_or_before(top + (1 + screens) * height)
        self._hint = hint
        return self._ranges[first][0], self._ranges[last if last is not None else first][1]

    def _drop_tints(self) -> None:
        """Take the tints from Qt before the text is laid out anew; they come back around the view
        in the next turn of the event loop.

        Qt finds where its old tints stood at the next setExtraSelections, in the text laid out
        anew: far into a book, that laid out all the text above them at once (0.2-0.3 s a pane
        after a zoom). Now, while the old layout stands, that costs nothing.
        """
        if self._tinted is not None:
            self.view.setExtraSelections([])
            self._tint_again()

    def _tint_again(self) -> None:
        """Hand Qt the tints around the view anew in the next turn of the event loop (if there are any)."""
        if self._tinted is not None:
            self._tinted = (0, -1)  # covers nothing: the next look around the view tints it
            self._retint_timer.start()

    def _on_scrolled(self, _value: int) -> None:
        """The view moved: the tints it reaches are handed to Qt (in the next turn of the event loop)."""
        if self._tinted is not None:
            self._retint_timer.start()

    def _retint_if_moved(self) -> None:
        """Hand Qt the tints around the view again once the view has left the part they cover."""
        if self._tinted is None or self._filling is not None:
            return
        low, high = self._around_view(0.0)
        if low < self._tinted[0] or high > self._tinted[1]:
            self._apply_highlights()

    def _paint_masks(self, viewport: QWidget, area) -> None:
        """Grey bars over the lines of the masked blocks in view: the learner view hides their words.

        Painted over the text (so no tint makes a hidden paragraph readable again), and only where
        the view shows: as extra selections, a book's 5,800 masks took 0.4-0.5 s to make when the
        learner view was switched on (each cursor lays out the block it is put in), and each step
        through the links handed them all to Qt again.
        """
        if self._filling is not None or not self._ranges:
            return
        dx, dy = self.view.horizontalScrollBar().value(), self.view.verticalScrollBar().value()
        bottom = dy + area.bottom()
        first = self.block_at_or_before(dy + area.top()) or 0
        colour = self.palette().color(QPalette.Mid)
        painter = QPainter(viewport)
        for index in range(first, len(self._ranges)):
            if self.block_top(index) > bottom:
                break
            if index not in self._masked:
                continue
            start, end = self._ranges[index]
            block = self._doc.findBlock(start)
            while block.isValid() and block.position() <= end:  # a rendered paragraph may hold several
                bounds = self._layout.blockBoundingRect(block)
                above, below = self._neighbour_lines(block)
                lines = block.layout()
                for k in range(lines.lineCount()):
                    bar = lines.lineAt(k).naturalTextRect().translated(bounds.topLeft())
                    # a little taller than the line: marks above or below it (Arabic dots, accents
                    # on capitals) stay hidden too, but never over the lines of the blocks around
                    pad = max(2.0, 0.25 * bar.height())
                    bar.setTop(max(bar.top() - pad, above))
                    bar.setBottom(min(bar.bottom() + pad, below))
                    painter.fillRect(bar.translated(-dx, -dy), colour)
                block = block.next()
        painter.end()

    def _neighbour_lines(self, block) -> tuple[float, float]:
        """Document y of the bottom of the last line of the block before, and of the top of the
        first line of the block after (a mask may reach up to them, not over them)."""
        above, below = float("-inf"), float("inf")
        before, after = block.previous(), block.next()
        if before.isValid() and before.layout().lineCount():
            last = before.layout().lineAt(before.layout().lineCount() - 1)
            above = self._layout.blockBoundingRect(before).top() + last.naturalTextRect().bottom()
        if after.isValid() and after.layout().lineCount():
            below = self._layout.blockBoundingRect(after).top() + after.layout().lineAt(0).naturalTextRect().top()
        return above, below

    # -- zoom ----------------------------------------------------------------------------------
    def set_zoom(self, steps: int) -> None:
        """Zoom the text by whole steps (0 is the default size)."""
        self._zoom = max(-6, min(12, steps))
        self._apply_font()

    def zoom(self) -> int:
        """The zoom step."""
        return self._zoom

    def set_font_family(self, family: str) -> None:
        """Read in another font family ('' for the default)."""
        self._family = family
        self._apply_font()

    def _apply_font(self) -> None:
        """Set the text font from the family, base size and zoom; CJK text gets CJK fonts first."""
        font = QFont(self.view.font())
        families = [self._family] if self._family else []
        if self.language is not None and self.language.code in CJK_FONTS:
            families += CJK_FONTS[self.language.code]
        if families:
            font.setFamilies(families + [font.family()])
        font.setPointSizeF(max(5.0, self._base_point_size * (1.1 ** self._zoom)))
        for doc in self._styled_documents():
            if font != doc.defaultFont():
                shown = doc is self._doc
                if shown:
                    self._drop_tints()
                    self._laid_to = 0  # nothing is laid out in the new font yet, for whoever asks meanwhile
                doc.setDefaultFont(font)
                if shown:
                    self._restart_pacing()

    def _styled_documents(self) -> list[QTextDocument]:
        """The shown text and the one being filled: both take the pane's font and direction.

        Setting them on a text still being filled is cheap; on a shown one it lays it out again.
        """
        return [self.view.document()] + ([self._filling.doc] if self._filling is not None else [])

    def changeEvent(self, event: QEvent) -> None:
        """Repaint masks and tints in the new palette's colours when the theme changes."""
        if event.type() == QEvent.PaletteChange:
            self._apply_highlights()
        super().changeEvent(event)
