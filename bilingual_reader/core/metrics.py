"""Strict and lax precision, recall and F1 of an alignment against a gold one (Sennrich & Volk 2011).

The counting follows Vecalign's ``score.py``, which Vecalign's and Bertalign's published figures
use, so our numbers compare with theirs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence

Bead = tuple[tuple[int, ...], tuple[int, ...]]

_BEAD_LINE = re.compile(r"^\s*\[([\d,\s]*)\]\s*:\s*\[([\d,\s]*)\]\s*$")


def parse_beads(text: str) -> list[Bead]:
    """Beads from text with one '[0, 1]:[2]' per line (blank lines ignored)."""
    beads = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        m = _BEAD_LINE.match(line)
        if not m:
            raise ValueError(f"line {number}: not a bead: {line!r}")
        beads.append((_ids(m.group(1)), _ids(m.group(2))))
    return beads


def _ids(text: str) -> tuple[int, ...]:
    """'3, 4' -> (3, 4)."""
    return tuple(int(x) for x in text.replace(",", " ").split())


def format_bead(bead: Bead) -> str:
    """(3, 4), (5,) -> '[3, 4]:[5]'."""
    return f"{list(bead[0])}:{list(bead[1])}"


@dataclass
class Counts:
    """Hits and misses for precision (over predicted beads) and recall (over gold beads)."""

    p_strict: int = 0
    p_lax: int = 0
    p_total: int = 0
    r_strict: int = 0
    r_lax: int = 0
    r_total: int = 0

    def __iadd__(self, other: "Counts") -> "Counts":
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    def scores(self) -> dict[str, float]:
        """Strict and lax precision, recall and F1."""
        out = {}
        for kind in ("strict", "lax"):
            p = _ratio(getattr(self, f"p_{kind}"), self.p_total)
            r = _ratio(getattr(self, f"r_{kind}"), self.r_total)
            out[f"{kind}_p"], out[f"{kind}_r"] = p, r
            out[f"{kind}_f1"] = 2 * p * r / (p + r) if p + r else 0.0
        return out


def _ratio(hits: int, total: int) -> float:
    """hits / total, 0 for an empty total."""
    return hits / total if total else 0.0


def _hits(candidates: Iterable[Bead], reference: Iterable[Bead]) -> tuple[int, int, int]:
    """(strict hits, lax hits, candidates) of candidate beads against reference beads."""
    reference = {b for b in reference if b[0] or b[1]}
    links = defaultdict(set)
    for src, tgt in reference:
        for s in src:
            links[s].update(tgt)
    strict = lax = total = 0
    for bead in {b for b in candidates if b[0] or b[1]}:
        total += 1
        if bead in reference:
            strict += 1
            lax += 1
        elif any(t in links[s] for s in bead[0] for t in bead[1]):
            lax += 1
    return strict, lax, total


def score(gold: Sequence[Bead], predicted: Sequence[Bead]) -> Counts:
    """Counts of one predicted alignment against the gold one; add Counts to pool sets."""
    ps, pl, pt = _hits(predicted, gold)
    gold_links = [b for b in gold if b[0] and b[1]]
    pred_links = [b for b in predicted if b[0] and b[1]]
    rs, rl, rt = _hits(gold_links, pred_links)
    return Counts(ps, pl, pt, rs, rl, rt)
