"""Ties the two panes' scroll bars together through the alignment's anchors (core.scrollmap)."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.alignment import Alignment
from ..core.scrollmap import ScrollMap, build_scroll_map, sync_point, top_for_sync_point
from .reading_pane import ReadingPane


class ScrollSynchronizer(QObject):
    """Whichever pane the user scrolls drives the other; echoes of our own scrolling are ignored."""

    enabled_changed = Signal(bool)
    position_changed = Signal(int, float)  # link, fraction: where the reader is, after a user scroll

    def __init__(self, left: ReadingPane, right: ReadingPane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panes = {"left": left, "right": right}
        self.alignment: Alignment | None = None
        self._map: ScrollMap | None = None
        self._enabled = True
        self._moving = False  # True while we move a pane ourselves: its echo must not drive back
        # Where the reader is, as (link, fraction): kept across relayouts (zoom, resize, font).
        self._position: tuple[int, float] | None = None
        self._restore_timer = QTimer(self)
        self._restore_timer.setSingleShot(True)
        self._restore_timer.setInterval(0)
        self._restore_timer.timeout.connect(self._restore_after_relayout)
        for side, pane in self.panes.items():
            pane.view.verticalScrollBar().valueChanged.connect(
                lambda _value, side=side: self._on_pane_scrolled(side))
            pane.layout_changed.connect(self._on_pane_relayout)

    def set_alignment(self, alignment: Alignment | None) -> None:
        """Use a new alignment's links as anchors."""
        self.alignment = alignment
        self._position = None
        self.invalidate()

    def _on_pane_relayout(self) -> None:
        """Text reflowed: drop the anchors and, once layout settles, go back to the same place."""
        self.invalidate()
        if self._position is not None:
            self._restore_timer.start()

    def _restore_after_relayout(self) -> None:
        """Put the remembered (link, fraction) back at the sync point."""
        if self._position is not None:
            self.restore_position(*self._position)

    def invalidate(self) -> None:
        """Drop the anchors; they are rebuilt at the next scroll (after load, resize, zoom)."""
        self._map = None

    def is_enabled(self) -> bool:
        """True when the panes scroll together."""
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Lock or unlock the panes; locking lines the right pane up with the left again."""
        if enabled == self._enabled:
            return
        self._enabled = enabled
        if enabled:
            self.follow("left")
        self.enabled_changed.emit(enabled)

    def scroll_map(self) -> ScrollMap | None:
        """The anchors for the current layout, built when needed."""
        if self._map is None and self.alignment is not None:
            left, right = self.panes["left"], self.panes["right"]
            if left.block_count() != self.alignment.left_count or right.block_count() != self.alignment.right_count:
                return None
            left_tops = [left.block_top(link.left[0]) if link.left else None for link in self.alignment]
            right_tops = [right.block_top(link.right[0]) if link.right else None for link in self.alignment]
            self._map = build_scroll_map(left_tops, right_tops, left.document_height(), right.document_height())
        return self._map

    def sync_y(self, side: str) -> float:
        """The document y at a pane's sync point."""
        pane = self.panes[side]
        bar = pane.view.verticalScrollBar()
        return sync_point(bar.value(), bar.pageStep(), bar.maximum())

    def scroll_to_sync_y(self, side: str, y: float) -> None:
        """Scroll one pane so that document y sits at its sync point."""
        bar = self.panes[side].view.verticalScrollBar()
        bar.setValue(round(top_for_sync_point(y, bar.pageStep(), bar.maximum())))

    def follow(self, driver: str) -> None:
        """Move the other pane to match the driver's sync point."""
        scroll_map = self.scroll_map()
        if scroll_map is None:
            return
        other = "right" if driver == "left" else "left"
        y = scroll_map.map(self.sync_y(driver), driver)
        self._moving = True
        try:
            self.scroll_to_sync_y(other, y)
        finally:
            self._moving = False

    def position(self, side: str = "left") -> tuple[int, float] | None:
        """(link, fraction through it) at a pane's sync point: a place that survives relayout."""
        scroll_map = self.scroll_map()
        if scroll_map is None or not self.alignment or not len(self.alignment):
            return None
        anchors = scroll_map.left if side == "left" else scroll_map.right
        y = self.sync_y(side)
        # anchors[k + 1] is link k's top; anchors[0] the document top, anchors[-1] its end.
        segment = bisect_right(anchors, y) - 1
        link = min(max(segment - 1, 0), len(self.alignment) - 1)
        top, bottom = anchors[link + 1], anchors[link + 2]
        fraction = (y - top) / (bottom - top) if bottom > top else 0.0
        return link, min(max(fraction, 0.0), 1.0)

    def restore_position(self, link: int, fraction: float, side: str = "left") -> None:
        """Scroll so that a (link, fraction) place is at the sync point; the other pane follows."""
        scroll_map = self.scroll_map()
        if scroll_map is None or not 0 <= link < len(self.alignment):
            return
        anchors = scroll_map.left if side == "left" else scroll_map.right
        y = anchors[link + 1] + fraction * (anchors[link + 2] - anchors[link + 1])
        self._moving = True
        try:
            self.scroll_to_sync_y(side, y)
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
        if side == "left" or not self._enabled:
            self._position = self.position(side if not self._enabled else "left")
            if self._position is not None:
                self.position_changed.emit(*self._position)
