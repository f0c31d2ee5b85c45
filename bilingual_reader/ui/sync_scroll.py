"""Ties the two panes' scroll bars together through the alignment's anchors (core.scrollmap)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..core.alignment import Alignment
from ..core.scrollmap import ScrollMap, build_scroll_map, sync_point, top_for_sync_point
from .reading_pane import ReadingPane


class ScrollSynchronizer(QObject):
    """Whichever pane the user scrolls drives the other; echoes of our own scrolling are ignored."""

    enabled_changed = Signal(bool)

    def __init__(self, left: ReadingPane, right: ReadingPane, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.panes = {"left": left, "right": right}
        self.alignment: Alignment | None = None
        self._map: ScrollMap | None = None
        self._enabled = True
        self._moving = False  # True while we move a pane ourselves: its echo must not drive back
        for side, pane in self.panes.items():
            pane.view.verticalScrollBar().valueChanged.connect(
                lambda _value, side=side: self._on_pane_scrolled(side))
            pane.layout_changed.connect(self.invalidate)

    def set_alignment(self, alignment: Alignment | None) -> None:
        """Use a new alignment's links as anchors."""
        self.alignment = alignment
        self.invalidate()

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

    def _on_pane_scrolled(self, side: str) -> None:
        """A pane moved: if the user moved it, the other follows."""
        if self._moving or not self._enabled:
            return
        self.follow(side)
