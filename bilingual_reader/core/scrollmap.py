"""Synchronized scrolling without drift: map a y in one pane to a y in the other through aligned anchors.

Each link contributes one anchor pair (top of its blocks on the left, top on the right); the
two documents' heights close the list. Between anchors positions are interpolated, so the
panes agree at every paragraph boundary whatever the paragraphs' lengths.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Sequence


@dataclass(frozen=True)
class ScrollMap:
    """Monotone anchor lists of equal length, one y per link for each side, closed by the heights."""

    left: tuple[float, ...]
    right: tuple[float, ...]

    def to_right(self, y: float) -> float:
        """The y in the right pane that corresponds to y in the left pane."""
        return _interpolate(self.left, self.right, y)

    def to_left(self, y: float) -> float:
        """The y in the left pane that corresponds to y in the right pane."""
        return _interpolate(self.right, self.left, y)

    def map(self, y: float, from_side: str) -> float:
        """Map y from side 'left' or 'right' to the other side."""
        return self.to_right(y) if from_side == "left" else self.to_left(y)


def build_scroll_map(left_tops: Sequence[float | None], right_tops: Sequence[float | None],
                     left_height: float, right_height: float) -> ScrollMap:
    """Anchors from each link's top on each side (None where a link has no units on that side).

    A side with no units in a link gets the previous anchor's y: a zero-height segment, so
    that pane waits while the other moves through the unmatched paragraph.
    """
    return ScrollMap(_fill(left_tops, left_height), _fill(right_tops, right_height))


def _fill(tops: Sequence[float | None], height: float) -> tuple[float, ...]:
    """Anchors with gaps filled by the next known top (the place where the missing unit would be) and closed by the height."""
    filled: list[float] = [0.0] * (len(tops) + 2)
    filled[-1] = height
    nxt = height
    for k in range(len(tops) - 1, -1, -1):
        top = tops[k]
        if top is not None:
            nxt = min(top, nxt)
        filled[k + 1] = nxt
    # Anchor 0 is the document's top, so the first screen lines up too.
    filled[0] = 0.0
    running = 0.0
    for k, value in enumerate(filled):
        running = max(running, value)
        filled[k] = running
    return tuple(filled)


def _interpolate(src: Sequence[float], dst: Sequence[float], y: float) -> float:
    """Piecewise-linear map of y through matching anchors src -> dst."""
    if y <= src[0]:
        return dst[0]
    if y >= src[-1]:
        return dst[-1]
    k = bisect_right(src, y) - 1
    span = src[k + 1] - src[k]
    f = (y - src[k]) / span if span > 0 else 0.0
    return dst[k] + f * (dst[k + 1] - dst[k])


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
