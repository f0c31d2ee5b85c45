"""Synchronized scrolling without drift: map a y in one pane to a y in the other through aligned anchors.

Each link k has an anchor on each side: the top of its first block there, or, when it has no
block on that side, the top of the next block (a zero-height segment: that pane waits while
the other moves through the unmatched paragraph). The document's top and end close the list.
Between anchors positions are interpolated, so the panes agree at every paragraph boundary
whatever the paragraphs' lengths.

Anchors are computed when needed from the panes' block tops, so a book's layout is never
forced as a whole: mapping one position asks for a handful of blocks near it.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable, Sequence

SIDES = ("left", "right")


@dataclass(frozen=True)
class PaneGeometry:
    """What the map needs from one pane: block tops, the block at a y, the text's height."""

    block_count: int
    top: Callable[[int], float]
    block_at_or_before: Callable[[float], "int | None"]
    height: Callable[[], float]


def first_units(links: Sequence[tuple[Sequence[int], Sequence[int]]], side: int) -> list[int]:
    """For each link, the index of the first unit on one side at or after it (side 0 left, 1 right)."""
    starts, count = [], 0
    for link in links:
        starts.append(count)
        count += len(link[side])
    return starts


class ScrollMap:
    """Maps positions between two panes through the anchors of an alignment's links."""

    def __init__(self, links: Sequence[tuple[Sequence[int], Sequence[int]]], left: PaneGeometry,
                 right: PaneGeometry) -> None:
        self.panes = {"left": left, "right": right}
        self.starts = {"left": first_units(links, 0), "right": first_units(links, 1)}
        self.count = len(links)

    def anchor(self, side: str, i: int) -> float:
        """Anchor i of a side: 0 is the document's top, 1..n the links' tops, n+1 its end."""
        pane = self.panes[side]
        if i <= 0:
            return 0.0
        if i > self.count or self.starts[side][i - 1] >= pane.block_count:
            return pane.height()
        return pane.top(self.starts[side][i - 1])

    def segment(self, side: str, y: float) -> tuple[int, float]:
        """(i, f): y lies a fraction f of the way from anchor i to anchor i+1 of a side."""
        block = self.panes[side].block_at_or_before(y)
        i = 0 if block is None else bisect_right(self.starts[side], block)
        i = min(i, self.count)
        low, high = self.anchor(side, i), self.anchor(side, i + 1)
        if y >= high and i == self.count:
            return i, 1.0
        fraction = (y - low) / (high - low) if high > low else 0.0
        return i, min(max(fraction, 0.0), 1.0)

    def at(self, side: str, i: int, fraction: float) -> float:
        """The y a fraction of the way from anchor i to anchor i+1 of a side."""
        low, high = self.anchor(side, i), self.anchor(side, i + 1)
        return low + fraction * (high - low)

    def map(self, y: float, from_side: str) -> float:
        """The y in the other pane that corresponds to y in pane ``from_side``."""
        other = "right" if from_side == "left" else "left"
        return self.at(other, *self.segment(from_side, y))

    def to_right(self, y: float) -> float:
        """Left y to right y."""
        return self.map(y, "left")

    def to_left(self, y: float) -> float:
        """Right y to left y."""
        return self.map(y, "right")

    def position(self, side: str, y: float) -> tuple[int, float]:
        """(link, fraction through it) of a y: a place that survives relayout."""
        i, fraction = self.segment(side, y)
        if i == 0:
            return 0, 0.0
        return min(i - 1, self.count - 1), fraction if i <= self.count else 1.0

    def y_of(self, side: str, link: int, fraction: float) -> float:
        """The y of a (link, fraction) place on a side."""
        return self.at(side, link + 1, fraction)


def sync_point(top: float, viewport: float, maximum: float) -> float:
    """The y in a pane that is kept in step: at the very top, mid-screen, and at the very bottom.

    s ramps 0 → 0.5 over the first half screen and 0.5 → 1 over the last, so both panes
    start and end together; ``maximum`` is the largest scroll value (height - viewport).
    """
    if maximum <= 0:
        return top
    if maximum <= viewport:
        return top + viewport * (top / maximum)
    half = viewport / 2
    if top < half:
        return 2 * top
    if top > maximum - half:
        return 2 * top - maximum + viewport
    return top + half


def top_for_sync_point(y: float, viewport: float, maximum: float) -> float:
    """The scroll value that puts y at the sync point (the inverse of sync_point), clamped."""
    if maximum <= 0:
        return 0.0
    if maximum <= viewport:
        top = y / (1 + viewport / maximum)
    elif y < viewport:
        top = y / 2
    elif y > maximum:
        top = (y + maximum - viewport) / 2
    else:
        top = y - viewport / 2
    return min(max(top, 0.0), maximum)
