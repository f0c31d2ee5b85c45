"""Corrections a reader makes to an alignment, their undo history, and re-applying saved ones.

Every operation returns a new Alignment and leaves its argument alone, so an undo history is
simply a list of alignments. Links the reader made or checked are ``confirmed`` (score 1.0:
the reader is sure, also of "no counterpart") and are never recomputed. Links whose units
changed lose their sentence links (``sentences=()``); the caller re-aligns those sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cmp_to_key
from typing import Callable, Iterable, NamedTuple, Sequence

from .alignment import Alignment, Link, check_monotone

Ids = tuple[int, ...]
Realign = Callable[[list[int], list[int]], Sequence[Link]]

SIDES = ("left", "right")
# When a stretch between confirmed links must be re-aligned because a fresh link crosses into
# a confirmed one, this many whole fresh links next to the cut are re-aligned with it (the
# aligner needs room to re-decide) and the rest of the stretch keeps the fresh links.
REALIGN_MARGIN = 3


class EditHistory:
    """The alignments a reader went through, with a description per step, for undo and redo."""

    def __init__(self, alignment: Alignment) -> None:
        self._current = alignment
        self._undo: list[tuple[str, Alignment]] = []
        self._redo: list[tuple[str, Alignment]] = []

    @property
    def current(self) -> Alignment:
        """The alignment after the last step (or undo/redo)."""
        return self._current

    @property
    def can_undo(self) -> bool:
        """True when there is a step to undo."""
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        """True when an undone step can be redone."""
        return bool(self._redo)

    @property
    def undo_description(self) -> str | None:
        """What undo would take back, e.g. for an "Undo link paragraphs" menu entry."""
        return self._undo[-1][0] if self._undo else None

    @property
    def redo_description(self) -> str | None:
        """What redo would do again."""
        return self._redo[-1][0] if self._redo else None

    def push(self, description: str, alignment: Alignment) -> None:
        """Make ``alignment`` current as a new step; a new step forgets what was undone."""
        self._undo.append((description, self._current))
        self._current = alignment
        self._redo.clear()

    def undo(self) -> Alignment:
        """Go back one step and return the alignment from before it (IndexError if none)."""
        description, previous = self._undo.pop()
        self._redo.append((description, self._current))
        self._current = previous
        return previous

    def redo(self) -> Alignment:
        """Do the last undone step again and return its alignment (IndexError if none)."""
        description, following = self._redo.pop()
        self._undo.append((description, self._current))
        self._current = following
        return following


class Reapplied(NamedTuple):
    """A fresh alignment with saved confirmed links put back, and the saved links that no longer fit."""

    alignment: Alignment
    dropped: tuple[Link, ...]


def confirm(alignment: Alignment, k: int) -> Alignment:
    """Mark link ``k`` as checked by the reader; its units and sentence links stay."""
    link = _link(alignment, k)
    return _replaced(alignment, k, 1, [replace(link, score=1.0, confirmed=True)])


def unlink(alignment: Alignment, k: int) -> Alignment:
    """Split link ``k`` into confirmed links of one unit with no counterpart (left units first)."""
    link = _link(alignment, k)
    singles = [_confirmed((i,), ()) for i in link.left] + [_confirmed((), (j,)) for j in link.right]
    return _replaced(alignment, k, 1, singles)


def merge_with_next(alignment: Alignment, k: int) -> Alignment:
    """Join link ``k`` and link ``k + 1`` into one confirmed link."""
    first, second = _link(alignment, k), _link(alignment, k + 1)
    return _replaced(alignment, k, 2, [_confirmed(first.left + second.left, first.right + second.right)])


def split_link(alignment: Alignment, k: int) -> Alignment:
    """Split a link with several units on a side into confirmed links pairing units in order.

    The i-th left unit goes with the i-th right unit; the extra units of the longer side each
    become a link with no counterpart. A 2-1 link (a, b)-(x) becomes (a)-(x), (b)-(); a 2-2
    link becomes two 1-1 links. Merge or link again when the pairing should be different.
    """
    link = _link(alignment, k)
    if max(len(link.left), len(link.right)) < 2:
        raise ValueError("Only a link with more than one paragraph on a side can be split.")
    size = max(len(link.left), len(link.right))
    pieces = [_confirmed(link.left[i:i + 1], link.right[i:i + 1]) for i in range(size)]
    return _replaced(alignment, k, 1, pieces)


def link_units(alignment: Alignment, left_ids: Iterable[int], right_ids: Iterable[int], *,
               realign: Realign | None = None) -> Alignment:
    """Link the selected units of both sides as one confirmed link.

    Links that shared units with the selection or crossed it are cut back to their remaining
    units (no longer confirmed); every other link stays as it was. Raises ValueError with a
    message for the reader when the selection is empty, not contiguous, or would cross a
    confirmed link. With ``realign`` the stretches holding cut-back links are re-aligned.
    """
    new = _confirmed(_selection(left_ids, alignment.left_count, "left"),
                     _selection(right_ids, alignment.right_count, "right"))
    if not new.left and not new.right:
        raise ValueError("Select at least one paragraph to link.")
    new = _with_sentences_of(new, alignment)
    kept = [new]
    for link in alignment.links:
        if not link.confirmed or _shares_units(link, new):
            continue
        if _crosses(link, new):
            raise ValueError(f"Cannot link {_describe(new)}: that would cross the confirmed link "
                             f"{_describe(link)}. Unlink that one first.")
        kept.append(link)
    links = _filled(_in_order(kept, alignment), alignment, realign)
    return _checked_alignment(links, alignment.left_count, alignment.right_count)


def next_doubtful(alignment: Alignment, after_k: int | None, threshold: float,
                  skip: Callable[[Link], bool] = lambda link: False) -> int | None:
    """The index of the next unconfirmed link scoring below ``threshold`` after ``after_k``, wrapping
    around (links ``skip`` says need no look are passed over)."""
    count = len(alignment.links)
    start = 0 if after_k is None else after_k + 1
    for step in range(count):
        k = (start + step) % count
        link = alignment.links[k]
        if not link.confirmed and link.score < threshold and not skip(link):
            return k
    return None


def apply_confirmed(fresh: Alignment, confirmed_links: Iterable[Link], left_count: int, right_count: int,
                    realign: Realign) -> Reapplied:
    """Put saved confirmed links into a fresh alignment of the same texts, re-aligning around them.

    Each saved link is kept exactly (with the fresh link's sentence links when the fresh
    alignment has the very same link). Between them the fresh links are kept where they fit
    whole; where a fresh link crosses a saved one, its stretch is re-aligned with ``realign``.
    Saved links with units out of range, not contiguous, or crossing an earlier saved link
    are dropped and returned in ``dropped``.
    """
    if (fresh.left_count, fresh.right_count) != (left_count, right_count):
        raise ValueError("the fresh alignment is of texts with other paragraph counts")
    accepted: list[Link] = []
    dropped: list[Link] = []
    for link in confirmed_links:
        fits = _fits(link, left_count, right_count) and not any(
            _shares_units(link, other) or _crosses(link, other) for other in accepted)
        (accepted if fits else dropped).append(link)
    kept = [_with_sentences_of(replace(link, confirmed=True), fresh) for link in accepted]
    links = _filled(_in_order(kept, fresh), fresh, realign)
    return Reapplied(_checked_alignment(links, left_count, right_count), tuple(dropped))


@dataclass(frozen=True)
class _Placed:
    """A link that stays put, with where it sits on each side (a cut point on a side it has no units on)."""

    link: Link
    left_at: int
    right_at: int


def _link(alignment: Alignment, k: int) -> Link:
    """Link ``k``, refusing negative indices that Python would silently wrap around."""
    if not 0 <= k < len(alignment.links):
        raise IndexError(f"there is no link {k}")
    return alignment.links[k]


def _confirmed(left: Ids, right: Ids) -> Link:
    """A link the reader made."""
    return Link(tuple(left), tuple(right), 1.0, True)


def _replaced(alignment: Alignment, k: int, count: int, links: Sequence[Link]) -> Alignment:
    """The alignment with ``count`` links from ``k`` on replaced by ``links``."""
    new = alignment.links[:k] + tuple(links) + alignment.links[k + count:]
    return Alignment(new, alignment.left_count, alignment.right_count)


def _checked_alignment(links: Sequence[Link], left_count: int, right_count: int) -> Alignment:
    """An Alignment of ``links``, after making sure they still cover both sides in order."""
    check_monotone(links, left_count, right_count)
    return Alignment(tuple(links), left_count, right_count)


def _selection(ids: Iterable[int], count: int, side: str) -> Ids:
    """The selected ids of one side, sorted; ValueError unless they exist and are next to each other."""
    chosen = tuple(sorted(set(ids)))
    for i in chosen:
        if not 0 <= i < count:
            raise ValueError(f"There is no {side} paragraph {i + 1}.")
    if chosen and chosen[-1] - chosen[0] + 1 != len(chosen):
        raise ValueError(f"The selected {side} paragraphs are not next to each other.")
    return chosen


def _fits(link: Link, left_count: int, right_count: int) -> bool:
    """True when a saved link's ids exist and are contiguous on both sides."""
    return (bool(link.left or link.right)
            and all(_contiguous_within(ids, count)
                    for ids, count in ((link.left, left_count), (link.right, right_count))))


def _contiguous_within(ids: Ids, count: int) -> bool:
    """True when ``ids`` are consecutive ascending units of a side with ``count`` units (or none)."""
    if not ids:
        return True
    return 0 <= ids[0] and ids[-1] < count and list(ids) == list(range(ids[0], ids[0] + len(ids)))


def _shares_units(a: Link, b: Link) -> bool:
    """True when the two links hold a common unit on either side."""
    return bool(set(a.left) & set(b.left) or set(a.right) & set(b.right))


def _crosses(a: Link, b: Link) -> bool:
    """True when ``a`` comes before ``b`` on one side and after it on the other."""
    orders = {_order_on(a, b, side) for side in SIDES} - {None}
    return len(orders) > 1


def _order_on(a: Link, b: Link, side: str) -> int | None:
    """-1 when a's units on ``side`` all come before b's, 1 when after; None when one has none there."""
    first, second = getattr(a, side), getattr(b, side)
    if not first or not second:
        return None
    return -1 if first[-1] < second[0] else 1


def _with_sentences_of(link: Link, alignment: Alignment) -> Link:
    """The link with the sentence links of the very same link in ``alignment``, if it has one."""
    same = alignment.links[_holding(alignment, link)]
    if (same.left, same.right) != (link.left, link.right):
        return link
    return replace(link, sentences=same.sentences)


def _holding(alignment: Alignment, link: Link) -> int:
    """The index of the link of ``alignment`` that holds the first unit of ``link`` (whose ids exist there)."""
    side, units = ("left", link.left) if link.left else ("right", link.right)
    k = alignment.link_of(side, units[0])
    if k is None:
        raise ValueError(f"{side} unit {units[0]} is not in the alignment")
    return k


def _in_order(links: Sequence[Link], alignment: Alignment) -> list[_Placed]:
    """Non-crossing links placed where ``alignment`` puts their units, in reading order."""
    starts = _starts(alignment)
    placed = [_placed(link, alignment, starts) for link in links]
    return sorted(placed, key=cmp_to_key(_compare))


def _starts(alignment: Alignment) -> list[tuple[int, int]]:
    """For each link, how many left and right units come before it."""
    starts = []
    left = right = 0
    for link in alignment.links:
        starts.append((left, right))
        left += len(link.left)
        right += len(link.right)
    return starts


def _placed(link: Link, alignment: Alignment, starts: Sequence[tuple[int, int]]) -> _Placed:
    """Where a link sits: its first units, or on a side it has none, where ``alignment`` has its units."""
    if link.left and link.right:
        return _Placed(link, link.left[0], link.right[0])
    left_at, right_at = starts[_holding(alignment, link)]
    return _Placed(link, link.left[0], right_at) if link.left else _Placed(link, left_at, link.right[0])


def _compare(a: _Placed, b: _Placed) -> int:
    """Reading order of two non-crossing placed links: by their units where both have some on a side."""
    for side in SIDES:
        order = _order_on(a.link, b.link, side)
        if order is not None:
            return order
    # One link has only left units and the other only right units: the cut point decides.
    if a.link.left:
        return -1 if a.link.left[-1] < b.left_at else 1
    return -1 if a.link.right[-1] < b.right_at else 1


def _filled(placed: Sequence[_Placed], source: Alignment, realign: Realign | None) -> list[Link]:
    """The placed links with the stretches between them filled from ``source`` (or re-aligned)."""
    next_left = _next_starts(placed, "left", source.left_count)
    next_right = _next_starts(placed, "right", source.right_count)
    links: list[Link] = []
    left = right = 0
    for p, item in enumerate(placed):
        # A side the link has no units on has only a cut point, which must stay between its neighbours.
        left_start = item.link.left[0] if item.link.left else min(max(item.left_at, left), next_left[p + 1])
        right_start = item.link.right[0] if item.link.right else min(max(item.right_at, right), next_right[p + 1])
        links += _stretch(range(left, left_start), range(right, right_start), source, realign)
        links.append(item.link)
        left = item.link.left[-1] + 1 if item.link.left else left_start
        right = item.link.right[-1] + 1 if item.link.right else right_start
    links += _stretch(range(left, source.left_count), range(right, source.right_count), source, realign)
    return links


def _next_starts(placed: Sequence[_Placed], side: str, count: int) -> list[int]:
    """For each position p, the first unit on ``side`` held by a placed link from p on (``count`` if none)."""
    starts = [count] * (len(placed) + 1)
    for p in range(len(placed) - 1, -1, -1):
        units = getattr(placed[p].link, side)
        starts[p] = units[0] if units else starts[p + 1]
    return starts


def _stretch(left: range, right: range, source: Alignment, realign: Realign | None) -> list[Link]:
    """Links covering the units between two placed links: source links cut to the stretch, or re-aligned."""
    pieces = _cut_to(source, left, right)
    links = [link for link, _ in pieces]
    whole = [is_whole for _, is_whole in pieces]
    if realign is None or all(whole):
        return links
    first_cut = whole.index(False)
    last_cut = len(whole) - 1 - whole[::-1].index(False)
    begin = max(0, first_cut - REALIGN_MARGIN)
    end = min(len(links), last_cut + 1 + REALIGN_MARGIN)
    redo_left = [i for link in links[begin:end] for i in link.left]
    redo_right = [j for link in links[begin:end] for j in link.right]
    return links[:begin] + list(realign(redo_left, redo_right)) + links[end:]


def _cut_to(source: Alignment, left: range, right: range) -> list[tuple[Link, bool]]:
    """The links of ``source`` holding units of the stretch, cut to those units, each with whether it is whole."""
    ends = [source.link_of("left", i) for i in (*left[:1], *left[-1:])]
    ends += [source.link_of("right", j) for j in (*right[:1], *right[-1:])]
    touched = [k for k in ends if k is not None]
    if not touched:
        return []
    pieces = []
    for link in source.links[min(touched):max(touched) + 1]:
        kept_left = tuple(i for i in link.left if i in left)
        kept_right = tuple(j for j in link.right if j in right)
        if (kept_left, kept_right) == (link.left, link.right):
            pieces.append((link, True))
        elif kept_left or kept_right:
            score = link.score if kept_left and kept_right else 0.0
            pieces.append((Link(kept_left, kept_right, score), False))
    return pieces


def _describe(link: Link) -> str:
    """A link in the reader's words, numbering paragraphs from 1: 'left 4–5 with right 6'."""
    return f"left {_numbers(link.left)} with right {_numbers(link.right)}"


def _numbers(ids: Ids) -> str:
    """Paragraph numbers as the reader sees them: '4', '4–5' or 'none'."""
    if not ids:
        return "none"
    return str(ids[0] + 1) if len(ids) == 1 else f"{ids[0] + 1}–{ids[-1] + 1}"
