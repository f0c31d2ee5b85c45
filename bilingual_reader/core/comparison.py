"""A whole pair compared for journalists: per link, the numbers, dates and names one side lacks, placed in its blocks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

from .coverage import differences
from .parallel import map_halves
from .pipeline import AlignedPair

_JOIN = "\n"


@dataclass(frozen=True)
class Mark:
    """A number, date or name in one block that the counterpart does not have."""

    side: str
    link: int
    block: int
    start: int
    end: int
    kind: str
    text: str


def _block_offsets(pair: AlignedPair, side: str, blocks: tuple[int, ...]) -> Iterator[tuple[int, int]]:
    """(block, offset of that block in the joined text) for a link's blocks."""
    doc = pair.left if side == "left" else pair.right
    offset = 0
    for block in blocks:
        yield block, offset
        offset += len(doc.blocks[block].text) + len(_JOIN)


def link_marks(pair: AlignedPair, k: int) -> list[Mark]:
    """The marks of one link (none for a link with no counterpart: all of it is missing)."""
    link = pair.alignment[k]
    if link.is_null:
        return []
    left_text = _JOIN.join(pair.left.blocks[i].text for i in link.left)
    right_text = _JOIN.join(pair.right.blocks[j].text for j in link.right)
    found = differences(left_text, right_text, pair.left_language.code, pair.right_language.code)
    marks = []
    for side, spans, blocks in (("left", found.left, link.left), ("right", found.right, link.right)):
        offsets = list(_block_offsets(pair, side, blocks))
        for span in spans:
            block, offset = max((b for b in offsets if b[1] <= span.start), key=lambda b: b[1])
            marks.append(Mark(side, k, block, span.start - offset, span.end - offset, span.kind, span.text))
    return marks


def pair_marks(pair: AlignedPair, cancelled: Callable[[], bool] = lambda: False) -> list[Mark]:
    """The marks of every link, in reading order (a book's in two halves, one in a child process
    where there is a second core: 3 s of work)."""
    def marks_of(k: int) -> list[Mark]:
        return [] if cancelled() else link_marks(pair, k)

    per_link = map_halves(marks_of, range(len(pair.alignment)), _MIN_PARALLEL_LINKS)
    return [mark for marks in per_link for mark in marks]


# Below this many links a child process costs more than it saves.
_MIN_PARALLEL_LINKS = 1000
