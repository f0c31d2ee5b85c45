"""How sure the aligner is of each link: how much dearer the best path without it is.

The programme gives the cheapest path; how much the next best one costs says whether a link is
certain (every alternative is far dearer) or a guess (shifting it by one costs almost nothing).
Over a band around the path, one pass from the start and one from the end give the cheapest path
through every cell. A path avoids a link when it passes a cell the link jumps over or steps past,
or joins the link with a neighbour; the cheapest such path, less the cheapest path of all, is the
link's margin. The pass from the end reuses the link costs of the pass from the start.
"""

from __future__ import annotations

from typing import Sequence

from .align_dp import SHAPES, Bead, band_around

# Half-width of the band around the path in which alternatives are looked for.
REACH = 1
_INF = float("inf")


def link_margins(n: int, m: int, cost, beads: Sequence[Bead], reach: int = REACH,
                 shapes: Sequence[tuple[int, int]] = SHAPES) -> list[float]:
    """For each bead of a path from (0, 0) to (n, m), how much dearer the cheapest path avoiding
    it is than the cheapest path (inf where no path in the band avoids it).

    ``shapes`` are the link shapes the path was found with: a link of a shape left out here is
    on no path the passes know, so the cheapest one avoids it and its margin comes out 0 (every
    1-4 and 4-1 link scored 0.5, right or wrong).
    """
    linked = tuple((di, dj) for di, dj in shapes if di and dj)
    band = band_around([(0, 0)] + [(b, d) for _, b, _, d in beads], n, m, reach)
    costs = _link_costs(n, m, cost, band, linked)
    forward = _forward(n, m, cost, band, costs, linked)
    backward = _backward(n, m, cost, band, costs, linked)
    total = forward[n][m - band[n][0]]
    pair = getattr(cost, "pair", cost)

    def through(i: int, j: int) -> float:
        offset = j - band[i][0]
        return forward[i][offset] + backward[i][offset]

    def joined(a: int, b: int, c: int, d: int) -> float:
        """The cheapest path with the link left[a:b]-right[c:d] (inf for a shape not allowed)."""
        if (b - a, d - c) not in linked:
            return _INF
        return forward[a][c - band[a][0]] + pair(b, d, b - a, d - c) + backward[b][d - band[b][0]]

    margins = []
    for k, (a, b, c, d) in enumerate(beads):
        best = joined(beads[k - 1][0], b, beads[k - 1][2], d) if k else _INF
        if k + 1 < len(beads):
            best = min(best, joined(a, beads[k + 1][1], c, beads[k + 1][3]))
        for i in range(a, b + 1):  # beside the link where it starts, across, beside where it ends
            lo, hi = band[i]
            for j in range(max(c + 1 if i == a else lo, lo), min(d - 1 if i == b else hi, hi) + 1):
                value = through(i, j)
                if value < best:
                    best = value
        margins.append(best - total)
    return margins


def _link_costs(n: int, m: int, cost, band, linked) -> list[list[list[float] | None]]:
    """costs[i][s][j - lo] of each linked shape s ending at cell (i, j) (inf where it cannot start)."""
    pair = getattr(cost, "pair", cost)
    one = getattr(cost, "one", None)
    out = []
    for i in range(n + 1):
        lo, hi = band[i]
        per_shape = []
        for di, dj in linked:
            if di > i:
                per_shape.append(None)
                continue
            plo, phi = band[i - di]
            row = [_INF] * (hi - lo + 1)
            if one is not None and di == 1 and dj == 1:
                for j in range(max(lo, plo + 1, 1), min(hi, phi + 1) + 1):
                    row[j - lo] = one(i, j)
            else:
                for j in range(max(lo, plo + dj, dj), min(hi, phi + dj) + 1):
                    row[j - lo] = pair(i, j, di, dj)
            per_shape.append(row)
        out.append(per_shape)
    return out


def _forward(n: int, m: int, cost, band, costs, linked) -> list[list[float]]:
    """The cheapest cost from (0, 0) to each cell."""
    left_null, right_null = cost.left_null, cost.right_null
    rows: list[list[float]] = []
    for i in range(n + 1):
        lo, hi = band[i]
        row = [_INF] * (hi - lo + 1)
        if i == 0:
            row[0] = 0.0
        for (di, dj), link in zip(linked, costs[i]):
            if link is None:
                continue
            prev, plo = rows[i - di], band[i - di][0]
            for offset, c in enumerate(link):
                if c != _INF:
                    value = prev[offset + lo - dj - plo] + c
                    if value < row[offset]:
                        row[offset] = value
        if i:
            prev, (plo, phi) = rows[i - 1], band[i - 1]
            step = left_null[i]
            for j in range(max(lo, plo), min(hi, phi) + 1):
                value = prev[j - plo] + step
                if value < row[j - lo]:
                    row[j - lo] = value
        for j in range(lo + 1, hi + 1):
            value = row[j - 1 - lo] + right_null[j]
            if value < row[j - lo]:
                row[j - lo] = value
        rows.append(row)
    return rows


def _backward(n: int, m: int, cost, band, costs, linked) -> list[list[float]]:
    """The cheapest cost from each cell to (n, m), with the link costs of the forward pass."""
    left_null, right_null = cost.left_null, cost.right_null
    rows: list[list[float] | None] = [None] * (n + 1)
    for i in range(n, -1, -1):
        lo, hi = band[i]
        row = [_INF] * (hi - lo + 1)
        if i == n:
            row[m - lo] = 0.0
        for s, (di, dj) in enumerate(linked):
            if i + di > n:
                continue
            link = costs[i + di][s]
            nxt, nlo = rows[i + di], band[i + di][0]
            for j in range(lo, hi + 1):
                offset = j + dj - nlo
                if 0 <= offset < len(nxt):
                    value = link[offset] + nxt[offset]
                    if value < row[j - lo]:
                        row[j - lo] = value
        if i < n:
            nxt, (nlo, nhi) = rows[i + 1], band[i + 1]
            step = left_null[i + 1]
            for j in range(max(lo, nlo), min(hi, nhi) + 1):
                value = nxt[j - nlo] + step
                if value < row[j - lo]:
                    row[j - lo] = value
        for j in range(hi - 1, lo - 1, -1):
            value = row[j + 1 - lo] + right_null[j + 1]
            if value < row[j - lo]:
                row[j - lo] = value
        rows[i] = row
    return rows
