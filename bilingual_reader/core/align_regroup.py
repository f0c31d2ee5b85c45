"""Paragraph links checked against the sentences inside them.

Where a translator moved a sentence or a clause across a paragraph break, the two paragraph pairs
are one unit of translation: linking them 1-1 and 1-1 puts half a sentence beside the wrong
paragraph. Paragraph lengths alone rarely show this (the moved part is short), but the sentences
do: aligned across both pairs at once, their best path no longer passes through the break. So at
each break between two paragraph links (and inside each 2-2 link) we compare the best sentence
path through both pairs with the best one forced through the break, and join the links when
forcing costs more than the prior odds of a join.
"""

from __future__ import annotations

from typing import Protocol, Sequence

from .align_dp import Bead
from .parallel import map_halves


class Paths(Protocol):
    """Best sentence paths between runs of sentences."""

    def path(self, i0: int, i1: int, j0: int, j1: int) -> tuple[list[Bead], list[float]]:
        """The best path between left i0..i1 and right j0..j1 (in window positions), and the
        cost of each of its beginnings."""

    def chars(self, side: str, i: int) -> int:
        """How many characters sentence i of one side ('left' or 'right') has."""


# A join of two paragraph links must be this much likelier (in nats) than the break, by the
# sentences' evidence: the prior odds of a 2-2 link against two 1-1 links (Gale & Church's shape
# priors: -log 0.011 + 2 log 0.89).
JOIN_COST = 4.28
# Links are joined up to this many paragraphs a side (the link shapes' limit).
MAX_JOINED = 3
# The paths with and without the break are compared from this many clauses before it to this
# many after (where the path stands in each pair's own best path): a moved clause changes the
# path near the break only, and the rest would cost time on long paragraphs...
REACH = 1
# ...and one clause further on a side where the clause next to the break is shorter than this: a
# short clause ('Puis elle se leva pour s'en aller.') holds too little to show alone where it
# belongs. (Strict F1, paragraphs .982 -> .985, sentences/transread .913 -> .914, parice and
# textberg the same; 7 % more instructions on 2k lines. Two clauses everywhere scored the same
# with 12 % more.)
SHORT_CLAUSE = 90


def regroup(beads: Sequence[Bead], sentences: Paths, left_spans: Sequence[tuple[int, int]],
            right_spans: Sequence[tuple[int, int]]) -> tuple[list[Bead], list[float | None]]:
    """Paragraph beads joined or split where the sentences inside them cross a paragraph break,
    and for each bead the sentences' log-odds that it is right rather than joined with (or split
    from) its neighbours: None where they could not tell.

    ``sentences`` finds the best path between two runs of sentences; ``left_spans[i]`` is the range of sentence ids of paragraph i (end exclusive).
    """
    pieces, odds = _split_two_by_two(list(beads), sentences, left_spans, right_spans)

    def crossing(first: Bead, second: Bead) -> float | None:
        if _linked(first) and _linked(second) and _small(first, second):
            return _crossing(first, second, sentences, left_spans, right_spans)
        return None

    # every break between two pieces is checked at once (in two halves, one in a child process
    # where there is a second core); only a break next to a join is checked again, as the
    # joined link takes part in it
    checked = map_halves(lambda k: crossing(pieces[k - 1], pieces[k]), range(1, len(pieces)), _MIN_PARALLEL)
    out: list[Bead] = pieces[:1]
    out_odds: list[float | None] = odds[:1]
    for k in range(1, len(pieces)):
        bead = pieces[k]
        evidence = checked[k - 1] if out[-1] is pieces[k - 1] else crossing(out[-1], bead)
        if evidence is not None and evidence > JOIN_COST:
            a, _, c, _ = out[-1]
            out[-1] = (a, bead[1], c, bead[3])
            out_odds[-1] = _least(out_odds[-1], evidence - JOIN_COST)
        else:
            if evidence is not None:  # both links stand, as sure as the join was unlikely
                out_odds[-1] = _least(out_odds[-1], JOIN_COST - evidence)
            out.append(bead)
            out_odds.append(odds[k] if evidence is None else _least(odds[k], JOIN_COST - evidence))
    return out, out_odds


# Below this many breaks a child process costs more than it saves.
_MIN_PARALLEL = 2000


def _least(a: float | None, b: float) -> float:
    """The smaller of two log-odds, one of which may be unknown."""
    return b if a is None or b < a else a


def _split_two_by_two(beads: list[Bead], sentences: Paths, left_spans,
                      right_spans) -> tuple[list[Bead], list[float | None]]:
    """2-2 beads whose sentences do not cross the inner break, as two 1-1 beads; and the
    sentences' log-odds for each bead (None where they were not asked)."""
    out: list[Bead] = []
    odds: list[float | None] = []
    for a, b, c, d in beads:
        if b - a == 2 and d - c == 2:
            first, second = (a, a + 1, c, c + 1), (a + 1, b, c + 1, d)
            evidence = _crossing(first, second, sentences, left_spans, right_spans)
            if evidence is not None and evidence <= JOIN_COST:
                out += [first, second]
                odds += [JOIN_COST - evidence] * 2
                continue
            odds.append(None if evidence is None else evidence - JOIN_COST)
        else:
            odds.append(None)
        out.append((a, b, c, d))
    return out, odds


def _linked(bead: Bead) -> bool:
    return bead[1] > bead[0] and bead[3] > bead[2]


def _small(first: Bead, second: Bead) -> bool:
    return second[1] - first[0] <= MAX_JOINED and second[3] - first[2] <= MAX_JOINED


def _crossing(first: Bead, second: Bead, sentences: Paths, left_spans, right_spans) -> float | None:
    """How much better (in nats) the sentences of two adjacent beads align across their break
    than through it: a join when above JOIN_COST.

    None when the sentences cannot tell more than the paragraphs did.
    """
    l0, lmid, l1 = left_spans[first[0]][0], left_spans[second[0]][0], left_spans[second[1] - 1][1]
    r0, rmid, r1 = right_spans[first[2]][0], right_spans[second[2]][0], right_spans[second[3] - 1][1]
    if lmid == l0 or l1 == lmid or rmid == r0 or r1 == rmid:
        return None  # a side without sentences: nothing to cross
    if l1 - l0 == 2 and r1 - r0 == 2:
        return None  # one sentence per paragraph: the paragraph pass weighed the same evidence
    before, before_cost = sentences.path(l0, lmid, r0, rmid)
    after, after_cost = sentences.path(lmid, l1, rmid, r1)
    # from the last point of the first pair's path the reach before the break...
    left_back, right_back = _reach(sentences, "left", lmid - 1), _reach(sentences, "right", rmid - 1)
    k = len(before)
    while k and (before[k - 1][1] > lmid - l0 - left_back or before[k - 1][3] > rmid - r0 - right_back):
        k -= 1
    start = (l0 + before[k - 1][1], r0 + before[k - 1][3]) if k else (l0, r0)
    # ...to the first point of the second pair's path the reach after it
    left_on, right_on = _reach(sentences, "left", lmid), _reach(sentences, "right", rmid)
    e = 0
    while e < len(after) and (after[e][1] < left_on or after[e][3] < right_on):
        e += 1
    end = (lmid + after[e][1], rmid + after[e][3]) if e < len(after) else (l1, r1)
    apart = before_cost[-1] - before_cost[k] + after_cost[e + 1 if e < len(after) else e]
    whole = sentences.path(start[0], end[0], start[1], end[1])[1][-1]
    return apart - whole


def _reach(sentences: Paths, side: str, i: int) -> int:
    """How many sentences the comparison reaches past a break on one side, beside sentence i."""
    return REACH + 1 if sentences.chars(side, i) < SHORT_CLAUSE else REACH
