"""The result of aligning two documents: an ordered list of links between their units."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Sequence


@dataclass(frozen=True)
class Link:
    """Units on the left linked to units on the right (either side may be empty), with a score in [0, 1].

    At paragraph level the ids are block indices; inside ``Link.sentences`` they are sentence
    indices of the documents.
    """

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float = 1.0
    confirmed: bool = False
    sentences: tuple["Link", ...] = ()

    @property
    def kind(self) -> str:
        """The link's shape, e.g. '1-1', '2-1', '1-0'."""
        return f"{len(self.left)}-{len(self.right)}"

    @property
    def is_null(self) -> bool:
        """True when one side has no counterpart."""
        return not self.left or not self.right


@dataclass(frozen=True)
class Alignment:
    """A monotone list of links covering every unit of both sides exactly once."""

    links: tuple[Link, ...]
    left_count: int
    right_count: int
    _left_index: dict[int, int] = field(default_factory=dict, compare=False, repr=False)
    _right_index: dict[int, int] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for k, link in enumerate(self.links):
            for i in link.left:
                self._left_index[i] = k
            for j in link.right:
                self._right_index[j] = k

    def __len__(self) -> int:
        return len(self.links)

    def __getitem__(self, k: int) -> Link:
        return self.links[k]

    def __iter__(self):
        return iter(self.links)

    def link_of(self, side: str, unit: int) -> int | None:
        """The index of the link holding unit ``unit`` of side 'left' or 'right'."""
        index = self._left_index if side == "left" else self._right_index
        return index.get(unit)


def beads_of(links: Iterable[Link]) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The (left ids, right ids) pairs of some links."""
    return [(link.left, link.right) for link in links]


def check_monotone(links: Sequence[Link], left_count: int, right_count: int) -> None:
    """Raise ValueError unless the links cover 0..n-1 and 0..m-1 in order, each unit once."""
    next_left = next_right = 0
    for link in links:
        for i in link.left:
            if i != next_left:
                raise ValueError(f"left unit {next_left} expected, got {i}")
            next_left += 1
        for j in link.right:
            if j != next_right:
                raise ValueError(f"right unit {next_right} expected, got {j}")
            next_right += 1
    if next_left != left_count or next_right != right_count:
        raise ValueError("links do not cover every unit")


def swapped(alignment: Alignment, known: tuple[Alignment, Alignment] | None = None) -> Alignment:
    """The same alignment seen from the other side: left and right exchanged.

    ``known``, another alignment and its swapped one (the alignment before a correction), lends
    the swapped links of the links both hold: a correction changes a few links of thousands.
    """
    # by identity: the known alignment holds its links, so no other object has their ids
    done = {id(a): b for a, b in zip(known[0].links, known[1].links)} if known is not None else {}
    links = tuple(done.get(id(link)) or _swapped_link(link) for link in alignment.links)
    return Alignment(links, alignment.right_count, alignment.left_count)


def _swapped_link(link: Link) -> Link:
    """A link (with its sentence links) seen from the other side."""
    return Link(link.right, link.left, link.score, link.confirmed,
                tuple(Link(s.right, s.left, s.score, s.confirmed) for s in link.sentences))
