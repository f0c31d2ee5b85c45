"""Alignment of two documents: paragraphs first, then the sentences inside each linked group."""

from __future__ import annotations

import math
from typing import Sequence

from .align_costs import SHAPE_PENALTY, length_cost
from .align_dp import best_path, diagonal_band, touches_edge
from .alignment import Alignment, Link
from .document import Document

# Half-width of the first band; doubled while the best path runs along its edge.
_FIRST_BAND = 30
# A unit with no letter or digit in it ('–', '* * *') is expected to stand alone.
_WORDLESS_NULL_COST = 0.5


def _has_words(text: str) -> bool:
    """True when the text has a letter or digit."""
    return any(ch.isalnum() for ch in text)


def align_units(left: Sequence[str], right: Sequence[str], *, left_lang: str | None = None,
                right_lang: str | None = None) -> list[Link]:
    """Link two sequences of text units in order: every unit in exactly one link."""
    n, m = len(left), len(right)
    if n == 0 or m == 0:
        return [Link((i,), (), 0.0) for i in range(n)] + [Link((), (j,), 0.0) for j in range(m)]
    cost = _length_link_cost(left, right)
    width = _FIRST_BAND
    while True:
        band = diagonal_band(n, m, width)
        beads = best_path(n, m, cost, band)
        if width >= max(n, m) or not touches_edge(beads, band, m):
            break
        width *= 2
    return [Link(tuple(range(a, b)), tuple(range(c, d)), _score(cost(b, d, b - a, d - c), (b - a, d - c)))
            for a, b, c, d in beads]


def _length_link_cost(left: Sequence[str], right: Sequence[str]):
    """A cost function (i, j, di, dj) -> cost from the units' lengths, calibrated on these texts."""
    lcum = _cumulative([len(t) for t in left])
    rcum = _cumulative([len(t) for t in right])
    ratio = (rcum[-1] / lcum[-1]) if lcum[-1] and rcum[-1] else 1.0
    lwords = [_has_words(t) for t in left]
    rwords = [_has_words(t) for t in right]

    def cost(i: int, j: int, di: int, dj: int) -> float:
        if di == 0 and not rwords[j - 1]:
            return _WORDLESS_NULL_COST
        if dj == 0 and not lwords[i - 1]:
            return _WORDLESS_NULL_COST
        # merging a wordless unit into a bigger link would hide it from the reader
        if (di + dj > 2) and (not all(lwords[i - di:i]) or not all(rwords[j - dj:j])):
            return 50.0
        ll = lcum[i] - lcum[i - di]
        rl = rcum[j] - rcum[j - dj]
        return SHAPE_PENALTY[(di, dj)] + length_cost(ll, rl, ratio)

    return cost


def _cumulative(values: Sequence[int]) -> list[int]:
    """Prefix sums starting at 0."""
    out = [0]
    for v in values:
        out.append(out[-1] + v)
    return out


def _score(cost: float, shape: tuple[int, int]) -> float:
    """A link's confidence in [0, 1] from its cost beyond the shape's own prior."""
    if 0 in shape:
        return 0.0
    extra = max(0.0, cost - SHAPE_PENALTY[shape])
    return math.exp(-extra / 2.0)


def align(left: Document, right: Document, *, left_lang: str | None = None,
          right_lang: str | None = None) -> Alignment:
    """Align two documents' paragraphs, then the sentences inside each linked group."""
    links = align_units(left.texts, right.texts, left_lang=left_lang, right_lang=right_lang)
    if left.sentences and right.sentences:
        links = [_with_sentences(link, left, right, left_lang, right_lang) for link in links]
    return Alignment(tuple(links), len(left.blocks), len(right.blocks))


def _with_sentences(link: Link, left: Document, right: Document,
                    left_lang: str | None, right_lang: str | None) -> Link:
    """The link with its sentence-level links filled in (sentence ids are document indices)."""
    lids = [s for b in link.left for s in left.blocks[b].sentence_ids]
    rids = [s for b in link.right for s in right.blocks[b].sentence_ids]
    inner = align_units([left.sentences[s].text for s in lids], [right.sentences[s].text for s in rids],
                        left_lang=left_lang, right_lang=right_lang)
    sentences = tuple(Link(tuple(lids[i] for i in s.left), tuple(rids[j] for j in s.right), s.score)
                      for s in inner)
    return Link(link.left, link.right, link.score, link.confirmed, sentences)
