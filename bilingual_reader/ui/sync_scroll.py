"""Ties the two panes' scroll bars together through the alignment's anchors (core.scrollmap)."""

from __future__ import annotations

import math
from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator

from PySide6.QtCore import QObject, QTimer, Signal

from .reading_pane import ReadingPane

if TYPE_CHECKING:  # annotations only: the first frame does without the aligner's modules
    from types import ModuleType

    from ..core.alignment import Alignment
    from ..core.scrollmap import PaneGeometry, ScrollMap

# core.scrollmap is imported when first used: the first frame has no links to map (a module and
# a dataclass, ~1.5 ms at start-up).
_scrollmap_module: ModuleType | None = None


def _scrollmap() -> ModuleType:
    """core.scrollmap, imported once. An import statement in a function runs at every call, and
    PySide's import hook makes each one cost ~5 us: three of them were 7 % of a scroll event."""
    global _scrollmap_module
    if _scrollmap_module is None:
        from ..core import scrollmap

        _scrollmap_module = scrollmap
    return _scrollmap_module


class ScrollSynchronizer(QObject):
    """Whichever pane the user scrolls drives the other; echoes of our own scrolling are ignored."""

    enabled_changed = Signal(bool)
    position_changed = Signal(int, float)  # link, fraction: where the reader is, after a user scroll
    awaited_place_done = Signal()  # a place that waited for the layout was put back, or given up
    place_left_for_relayout = Signal()  # a pane left the place for its text's start until the layout reaches it again

    def __init__(self, left: ReadingPane, right: ReadingPane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panes = {"left": left, "right": right}
        self.alignment: Alignment | None = None
        self._map: ScrollMap | None = None
        self._enabled = True
        self._moving = False  # True while we move a pane ourselves: its echo must not drive back
        self._held = False  # True during a change that lays the texts out anew (see held)
        self.offset = 0.0     # pixels the reader moved the right pane from where the links put it
        # Where the reader is, as (link, fraction): kept across relayouts (zoom, resize, font).
        self._position: tuple[int, float] | None = None
        # A link whose place waits for the panes' layout to reach it (see restore_when_laid_out).
        self._awaited: int | None = None
        self._restore_timer = QTimer(self)
        self._restore_timer.setSingleShot(True)
        self._restore_timer.setInterval(0)
        self._restore_timer.timeout.connect(self._restore_after_relayout)
        for side, pane in self.panes.items():
            pane.view.verticalScrollBar().valueChanged.connect(
                lambda _value, side=side: self._on_pane_scrolled(side))
            pane.layout_changed.connect(self._on_pane_relayout)
            pane.laid_out_further.connect(self._on_laid_out_further)
            pane.relayout_coming.connect(lambda side=side: self._before_relayout(side))

    def set_alignment(self, alignment: Alignment | None) -> None:
        """Use a new alignment's links as anchors."""
        self.alignment = alignment
        self._position = None
        self._give_up_awaited()
        self.offset = 0.0
        self.invalidate()

    def _on_pane_relayout(self) -> None:
        """Text reflowed (zoom, resize, font): once layout settles, go back to the same place.

        A long text laid out further below the view (in the pacer's steps) moves nothing at the
        sync point: then the place stands as it is, and a scroll meanwhile is the reader's (the
        restore would have pulled it back). But a pane that could not reach its place before
        (its scroll range ends where its layout does) is taken there once it can.
        """
        if self._position is None or self._restore_timer.isActive() or self._held:
            return
        if self._awaited is not None:
            self._on_laid_out_further()
            return
        if self._place_moved():
            self._restore_timer.start()

    def _before_relayout(self, side: str) -> None:
        """A pane is about to lay its long text out at a new width: Qt does so up to the view at
        once, so the pane goes to its text's start, and the place waits for the pacer to reach it."""
        if self._position is None or self._held or self.scroll_map() is None:
            return
        if self._awaited is None:
            self.place_left_for_relayout.emit()
        with self.held():
            self.panes[side].set_scroll_value(0)
        self._restore_timer.stop()
        self._await(self._position[0])

    def _on_laid_out_further(self) -> None:
        """A pane laid more of its text out: put a place that waited for it back, once both reach it."""
        if self._awaited is not None and not self._held and self._laid_out_to(self._awaited):
            self._await(None)
            self._restore_timer.start()
            self.awaited_place_done.emit()

    def _place_moved(self) -> bool:
        """True when putting the remembered place back would scroll a pane: the left one (as
        the restore does), or the right one where it follows."""
        scroll_map = self.scroll_map()
        if scroll_map is None:
            return True
        y = scroll_map.y_of("left", *self._position)
        if _off(self.panes["left"], y, not_short=True):  # as restore_position puts it
            return True
        return self._enabled and _off(self.panes["right"], self._followed_y(scroll_map, "left"))

    def restore_when_laid_out(self, link: int, fraction: float) -> bool:
        """``restore_position``, once both panes have laid their text out as far as the place:
        True when done now, False when the place waits (awaited_place_done tells the end).

        A place far into a book, put back at once, has Qt lay out all the text above it first:
        reopening a 1.2 MB book at its middle held the window for 0.4 s. Meanwhile the panes
        show the text's start, and a scroll by the reader makes the place theirs instead.
        """
        if self.alignment is None or not 0 <= link < len(self.alignment):
            return True
        if self._laid_out_to(link):
            self.restore_position(link, fraction)
            return True
        self._position = (link, fraction)
        self._restore_timer.stop()  # a restore already due would lay the text out to the place at once
        self._await(link)
        return False

    def go_when_laid_out(self, link: int, fraction: float) -> None:
        """Make a new place the reader's (a link gone to), and scroll there once both panes have
        laid their text out that far (restore_when_laid_out).

        The place is the reader's at once, though the view gets there later: one gone to (a
        search result far into a book) and left before the layout reached it was not remembered.
        A place put back (reopening, a zoom) is not reported: it is the one remembered already,
        and writing it again just after a book's links came waited for the library's indexing
        of them (0.2 s).
        """
        if not self.restore_when_laid_out(link, fraction):
            self.position_changed.emit(link, fraction)

    def is_awaiting(self) -> bool:
        """True while a place waits for the panes' layout to reach it."""
        return self._awaited is not None

    def _await(self, link: int | None) -> None:
        """Wait for a link's place (None: for none); the panes lay their text out fast meanwhile."""
        self._awaited = link
        for pane in self.panes.values():
            pane.hurry(link is not None)

    def _give_up_awaited(self) -> None:
        """Forget a place still waiting for the layout."""
        if self._awaited is not None:
            self._await(None)
            self.awaited_place_done.emit()

    @contextmanager
    def held(self) -> Iterator[None]:
        """Neither pane follows the other meanwhile, and the place stands: for a change that lays
        the texts out again (a zoom, a font, new texts), whose scroll bars clamp before the text is
        laid out. Following then would lay out all the text above the old place at once."""
        moving, held = self._moving, self._held
        self._moving = self._held = True
        try:
            yield
        finally:
            self._moving, self._held = moving, held

    def is_laid_out_to(self, link: int) -> bool:
        """True when both panes can place a link without laying out more text (see _laid_out_to)."""
        return self.alignment is not None and self._laid_out_to(link)

    def _laid_out_to(self, link: int) -> bool:
        """True when both panes can place a link (and the one after it) without laying out more text."""
        links = self.alignment.links
        for side, pane in self.panes.items():
            # the link's last block on this side, or the last of an earlier link's
            k = min(link + 1, len(links) - 1)
            while k >= 0 and not getattr(links[k], side):
                k -= 1
            if k >= 0 and not pane.is_laid_out(getattr(links[k], side)[-1]):
                return False
        return True

    def _restore_after_relayout(self) -> None:
        """Put the remembered (link, fraction) back at the sync point."""
        if self._position is not None:
            self.restore_position(*self._position)

    def invalidate(self) -> None:
        """Forget the map (the panes' texts or the alignment changed)."""
        self._map = None

    def is_enabled(self) -> bool:
        """True when the panes scroll together."""
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Lock or unlock the panes; locking keeps the panes where the reader lined them up.

        The distance between where the right pane is and where the alignment would put it
        becomes an offset that scrolling keeps, until line_up() or another pair.
        """
        if enabled == self._enabled:
            return
        self._enabled = enabled
        scroll_map = self.scroll_map()
        if enabled and scroll_map is not None:
            self.offset = self.sync_y("right") - scroll_map.map(self.sync_y("left"), "left")
        self.enabled_changed.emit(enabled)

    def line_up(self) -> None:
        """Forget the reader's offset and put the right pane where the alignment says."""
        self.offset = 0.0
        self.follow("left")

    def scroll_map(self) -> ScrollMap | None:
        """The map between the panes for the current alignment (it reads the layout as it goes)."""
        if self._map is None and self.alignment is not None:
            left, right = self.panes["left"], self.panes["right"]
            if left.block_count() != self.alignment.left_count or right.block_count() != self.alignment.right_count:
                return None
            self._map = _scrollmap().ScrollMap([(link.left, link.right) for link in self.alignment],
                                               self._geometry(left), self._geometry(right))
        return self._map

    @staticmethod
    def _geometry(pane: ReadingPane) -> PaneGeometry:
        """A pane's layout as the scroll map asks for it."""
        return _scrollmap().PaneGeometry(pane.block_count(), pane.block_top, pane.block_at_or_before,
                                         pane.document_height)

    def sync_y(self, side: str) -> float:
        """The document y at a pane's sync point."""
        bar = self.panes[side].view.verticalScrollBar()
        return _scrollmap().sync_point(bar.value(), bar.pageStep(), bar.maximum())

    def scroll_to_sync_y(self, side: str, y: float, not_short: bool = False) -> None:
        """Scroll one pane so that document y sits at its sync point; with ``not_short``, at the
        first whole pixel at or past it (see _top_for)."""
        self.panes[side].view.verticalScrollBar().setValue(_top_for(self.panes[side], y, not_short))

    def follow(self, driver: str) -> None:
        """Move the other pane to match the driver's sync point."""
        scroll_map = self.scroll_map()
        if scroll_map is None:
            return
        other = "right" if driver == "left" else "left"
        self._moving = True
        try:
            self.scroll_to_sync_y(other, self._followed_y(scroll_map, driver))
        finally:
            self._moving = False

    def _followed_y(self, scroll_map: ScrollMap, driver: str) -> float:
        """The document y that the other pane puts at its sync point to match the driver's."""
        if driver == "left":
            return scroll_map.map(self.sync_y("left"), "left") + self.offset
        return scroll_map.map(self.sync_y("right") - self.offset, "right")

    def position(self, side: str = "left") -> tuple[int, float] | None:
        """(link, fraction through it) at a pane's sync point: a place that survives relayout."""
        scroll_map = self.scroll_map()
        if scroll_map is None or not len(self.alignment):
            return None
        return scroll_map.position(side, self.sync_y(side))

    def restore_position(self, link: int, fraction: float, side: str = "left") -> None:
        """Scroll so that a (link, fraction) place is at the sync point; the other pane follows."""
        self._give_up_awaited()  # this place replaces one still waiting for the layout
        scroll_map = self.scroll_map()
        if self.alignment is None or not 0 <= link < len(self.alignment):
            return
        if scroll_map is None:
            # A pane's text is still being filled: the place is put back once it is shown
            # (showing it is a layout change).
            self._position = (link, fraction)
            return
        self._moving = True
        try:
            self.scroll_to_sync_y(side, scroll_map.y_of(side, link, fraction), not_short=True)
        finally:
            self._moving = False
        if self._enabled:
            self.follow(side)
        self._position = (link, fraction)

    def _on_pane_scrolled(self, side: str) -> None:
        """A pane moved: if the user moved it, the other follows and the place is remembered."""
        if self._moving:
            return
        if self._enabled:
            self.follow(side)
        self._give_up_awaited()  # the reader moved before a place waiting for the layout was put back
        if self._restore_timer.isActive():
            return  # the view is being resized or relaid out: the remembered place stands
        if side == "left" or not self._enabled:
            position = self.position(side if not self._enabled else "left")
            if position is not None:  # None while a text is still being filled: the old place stands
                self._position = position
                self.position_changed.emit(*position)


def _top_for(pane: ReadingPane, y: float, not_short: bool = False) -> int:
    """The scroll value that puts document y at a pane's sync point (as far as the pane scrolls).

    Scroll values are whole pixels and paragraphs start at fractions of one: ``not_short`` takes
    the first value that does not stop short of y, so a place put at a link's start is in that
    link (short of it by a fraction, it was in the link before, or two before, past a link with
    nothing on this side, and was told and remembered as that one).
    """
    bar = pane.view.verticalScrollBar()
    top = _scrollmap().top_for_sync_point(y, bar.pageStep(), bar.maximum())
    return math.ceil(top - 1e-6) if not_short else round(top)


def _off(pane: ReadingPane, y: float, not_short: bool = False) -> bool:
    """True when scrolling a pane to put document y at its sync point would move it."""
    return _top_for(pane, y, not_short) != pane.view.verticalScrollBar().value()
