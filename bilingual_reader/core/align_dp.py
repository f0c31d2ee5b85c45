"""A monotone dynamic programme over a band of the (left, right) grid, with link shapes up to 3-1/1-3
(4-1/1-4 for pairs that merge often)."""

from __future__ import annotations

from functools import lru_cache
from typing import Callable, Sequence

# (left units, right units) a link may take. 0-0 is not a link.
SHAPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3))
# For a pair whose translator often merges or splits three units, four too.
WIDE_SHAPES: tuple[tuple[int, int], ...] = SHAPES + ((4, 1), (1, 4))
# Enough to find the path through blocks of units, where block edges do not match anyway.
COARSE_SHAPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1))

Bead = tuple[int, int, int, int]  # left start, left end, right start, right end
CostFn = Callable[[int, int, int, int], float]  # (i, j, di, dj) -> cost of the link ending at (i, j)

_INF = float("inf")


def diagonal_band(n: int, m: int, width: int) -> Sequence[tuple[int, int]]:
    """For each left position 0..n, the range [lo, hi] of right positions around the diagonal.

    Small windows ask for the same bands again and again: those are made once (and are tuples,
    so no caller can change a shared one).
    """
    if n <= _CACHED_BAND_SIZE and m <= _CACHED_BAND_SIZE:
        return _small_diagonal_band(n, m, width)
    return _diagonal_band(n, m, width)


_CACHED_BAND_SIZE = 40


@lru_cache(maxsize=4096)
def _small_diagonal_band(n: int, m: int, width: int) -> tuple[tuple[int, int], ...]:
    return tuple(_diagonal_band(n, m, width))


def _diagonal_band(n: int, m: int, width: int) -> list[tuple[int, int]]:
    band = []
    for i in range(n + 1):
        c = round(i * m / n) if n else m
        band.append((max(0, c - width), min(m, c + width)))
    return _closed_band(band, m)


def band_around(path: Sequence[tuple[int, int]], n: int, m: int, width: int,
                base: Sequence[tuple[int, int]] | None = None, connect: bool = True) -> list[tuple[int, int]]:
    """A band of half-width ``width`` around the points of a path from (0, 0) to (n, m), joined to ``base``.

    With ``connect``, rows between two points get the straight line between them, so a path given
    by sparse points (a coarse pass's) still yields a band of rows; without, only the points' own
    rows widen (to widen a band locally), and the ``width`` rows above them on the low side: a row's
    range never starts before the previous row's, so widening one row down alone would be undone.
    """
    lo = [m + 1] * (n + 1)
    hi = [-1] * (n + 1)
    if base is not None:
        lo = [r[0] for r in base]
        hi = [r[1] for r in base]
    previous = None
    for i, j in path:
        if connect and previous is not None and i - previous[0] > 1:
            pi, pj = previous
            for ii in range(pi + 1, i):
                _widen(lo, hi, ii, pj + (j - pj) * (ii - pi) / (i - pi), width, m)
        _widen(lo, hi, i, j, width, m)
        if not connect:
            for ii in range(max(0, i - width), i):
                lo[ii] = min(lo[ii], max(0, int(j) - width))
        previous = (i, j)
    for i in range(n + 1):  # a row no point reached gets its neighbour's range
        if lo[i] > hi[i]:
            lo[i], hi[i] = (lo[i - 1], hi[i - 1]) if i else (0, 0)
    return _closed_band(list(zip(lo, hi)), m)


def _widen(lo: list[int], hi: list[int], i: int, j: float, width: int, m: int) -> None:
    """Make row i reach at least ``width`` either side of column j."""
    jlo, jhi = max(0, int(j) - width), min(m, int(j + 0.999) + width)
    if jlo < lo[i]:
        lo[i] = jlo
    if jhi > hi[i]:
        hi[i] = jhi


def _closed_band(band: list[tuple[int, int]], m: int) -> list[tuple[int, int]]:
    """Make the band monotone and reachable: each row's range overlaps and never lags the previous one."""
    out = []
    prev_lo, prev_hi = 0, 0
    for k, (lo, hi) in enumerate(band):
        lo = max(lo, prev_lo)
        hi = max(hi, prev_hi, lo)
        if k == 0:
            lo = 0
        # the row must overlap the previous one, or no link could enter it
        lo = min(lo, prev_hi) if k else 0
        out.append((lo, hi))
        prev_lo, prev_hi = lo, hi
    last_lo, _ = out[-1]
    out[-1] = (min(last_lo, m), m)
    return out


def best_path(n: int, m: int, cost: CostFn, band: Sequence[tuple[int, int]],
              shapes: Sequence[tuple[int, int]] = SHAPES, offset: tuple[int, int] = (0, 0)) -> list[Bead]:
    """The cheapest sequence of links covering 0..n and 0..m, each link's cell inside the band.

    ``cost`` is called for links with units on both sides (its ``one(i, j)``, where it has one,
    for 1-1 links); a unit left alone costs ``cost.left_null[i]`` / ``cost.right_null[j]`` (the
    unit ending at i / j), read from lists because they are most of the calls. Shapes are tried
    one at a time over a whole row, and the 0-1 shape last, sweeping left to right, as it extends
    the row itself.

    With an ``offset`` (i0, j0), the path is that of the window starting there: ``cost`` is read
    at positions shifted by it, and the beads are in window positions.
    """
    return best_path_and_costs(n, m, cost, band, shapes, offset)[0]


@lru_cache(maxsize=16)
def _plan(shapes: tuple[tuple[int, int], ...]):
    """The linked shapes (index, di, dj), and the indices of the 1-0 and 0-1 shapes (or None)."""
    linked = tuple((s, di, dj) for s, (di, dj) in enumerate(shapes) if di and dj)
    skip_left = next((s for s, shape in enumerate(shapes) if shape == (1, 0)), None)
    skip_right = next((s for s, shape in enumerate(shapes) if shape == (0, 1)), None)
    return linked, skip_left, skip_right


def best_path_and_costs(n: int, m: int, cost: CostFn, band: Sequence[tuple[int, int]],
                        shapes: Sequence[tuple[int, int]] = SHAPES,
                        offset: tuple[int, int] = (0, 0)) -> tuple[list[Bead], list[float]]:
    """``best_path``, and the cost of each of its beginnings (of its first 0, 1, 2, ... beads).

    The costs are the programme's own sums along the path, so they equal adding up the beads'
    costs one by one from 0.
    """
    if n == 1 and m == 1 and tuple(band) == ((0, 1), (0, 1)) and _plan(tuple(shapes))[0][:1] == ((0, 1, 1),):
        return _one_by_one(cost, offset)
    if type(band) is tuple and n <= _CACHED_BAND_SIZE and m <= _CACHED_BAND_SIZE:
        return _small_best_path(n, m, cost, band, tuple(shapes), offset)
    total, back = _fill(n, m, cost, band, shapes, offset)
    beads = _trace(n, m, band, back, shapes)
    sums = [0.0] + [total[b][d - band[b][0]] for _, b, _, d in beads]
    return beads, sums


def cheapest_to(n: int, m: int, cost: CostFn, band: Sequence[tuple[int, int]],
                shapes: Sequence[tuple[int, int]] = SHAPES) -> list[list[float]]:
    """The cost of the cheapest path from (0, 0) to every cell of the band, row by row
    (``row[j - band[i][0]]`` for cell (i, j))."""
    return _fill(n, m, cost, band, shapes, (0, 0))[0]


def _fill(n: int, m: int, cost: CostFn, band: Sequence[tuple[int, int]], shapes: Sequence[tuple[int, int]],
          offset: tuple[int, int]) -> tuple[list[list[float]], list[list[int]]]:
    """The row-by-row programme: each cell's cheapest cost from (0, 0) and the shape that reaches it."""
    i0, j0 = offset
    left_null, right_null = cost.left_null, cost.right_null
    budgeted = getattr(cost, "budgeted", False)
    one = getattr(cost, "one", None)
    cost = getattr(cost, "pair", cost)
    total: list[list[float]] = []
    back: list[list[int]] = []
    linked, skip_left, skip_right = _plan(tuple(shapes))
    for i in range(n + 1):
        lo, hi = band[i]
        ia = i + i0
        row = [_INF] * (hi - lo + 1)
        brow = [-1] * (hi - lo + 1)
        if i == 0:
            row[0] = 0.0
        for s, di, dj in linked:
            if di > i:
                continue
            prow, (plo, phi) = total[i - di], band[i - di]
            # columns j with j - dj inside the previous row's range, and j >= dj
            first = plo + dj if plo + dj > lo else lo
            if dj > first:
                first = dj
            last = phi + dj if phi + dj < hi else hi
            if one is not None and di == 1 and dj == 1:
                for j in range(first, last + 1):
                    prev = prow[j - 1 - plo]
                    if prev == _INF:
                        continue
                    c = prev + one(ia, j + j0)
                    if c < row[j - lo]:
                        row[j - lo] = c
                        brow[j - lo] = s
                continue
            if budgeted and di + dj > 2:
                # a merge is told what it must beat, so a hopeless one is not worked out
                for j in range(first, last + 1):
                    prev = prow[j - dj - plo]
                    if prev == _INF:
                        continue
                    c = prev + cost(ia, j + j0, di, dj, row[j - lo] - prev)
                    if c < row[j - lo]:
                        row[j - lo] = c
                        brow[j - lo] = s
                continue
            for j in range(first, last + 1):
                prev = prow[j - dj - plo]
                if prev == _INF:
                    continue
                c = prev + cost(ia, j + j0, di, dj)
                if c < row[j - lo]:
                    row[j - lo] = c
                    brow[j - lo] = s
        if skip_left is not None and i:
            prow, (plo, phi) = total[i - 1], band[i - 1]
            step = left_null[ia]
            for j in range(plo if plo > lo else lo, (phi if phi < hi else hi) + 1):
                c = prow[j - plo] + step
                if c < row[j - lo]:
                    row[j - lo] = c
                    brow[j - lo] = skip_left
        if skip_right is not None:
            for j in range(lo if lo > 1 else 1, hi + 1):
                c = row[j - 1 - lo] + right_null[j + j0] if j > lo else _INF
                if c < row[j - lo]:
                    row[j - lo] = c
                    brow[j - lo] = skip_right
        total.append(row)
        back.append(brow)
    return total, back


def _one_by_one(cost, offset: tuple[int, int]) -> tuple[list[Bead], list[float]]:
    """``best_path_and_costs`` of one unit against one: linked, or each alone (a third of the
    windows a paragraph check asks for). Same sums and ties as the programme: the link wins
    unless leaving both alone costs strictly less."""
    i, j = offset[0] + 1, offset[1] + 1
    linked = getattr(cost, "pair", cost)(i, j, 1, 1)
    right = cost.right_null[j]
    apart = right + cost.left_null[i]
    if apart < linked:
        return [(0, 0, 0, 1), (0, 1, 1, 1)], [0.0, right, apart]
    return [(0, 1, 0, 1)], [0.0, linked]


@lru_cache(maxsize=1024)
def _cell_plan(band: tuple[tuple[int, int], ...], shapes: tuple[tuple[int, int], ...]):
    """The cells of a (small, cached) band in the order the row-wise programme settles them, each
    with the links that may end there: (i, j, [(shape, di, dj, cell of the link's start)],
    cell to the left, cell above) (None where the 1-0/0-1 shape is not allowed or cannot start).

    Every cell compares its candidates in the row-wise programme's order (linked shapes, then
    1-0, then 0-1), so it keeps the same minimum and the same back-pointer, ties included.
    """
    linked, skip_left, skip_right = _plan(shapes)
    start = []
    k = 0
    for lo, hi in band:
        start.append(k)
        k += hi - lo + 1
    cells = []
    for i, (lo, hi) in enumerate(band):
        for j in range(lo, hi + 1):
            cands = []
            for s, di, dj in linked:
                if di <= i and j >= dj:
                    plo, phi = band[i - di]
                    if plo <= j - dj <= phi:
                        cands.append((s, di, dj, start[i - di] + j - dj - plo))
            above = None
            if skip_left is not None and i:
                plo, phi = band[i - 1]
                if plo <= j <= phi:
                    above = start[i - 1] + j - plo
            left = start[i] + j - 1 - lo if skip_right is not None and j > lo and j >= 1 else None
            cells.append((i, j, tuple(cands), above, left))
    return tuple(cells), tuple(start)


def _small_best_path(n: int, m: int, cost, band, shapes, offset) -> tuple[list[Bead], list[float]]:
    """``best_path_and_costs`` over a small cached band, cell by cell from a plan made once."""
    i0, j0 = offset
    left_null, right_null = cost.left_null, cost.right_null
    budgeted = getattr(cost, "budgeted", False)
    pair = getattr(cost, "pair", cost)
    one = getattr(cost, "one", None)
    cells, start = _cell_plan(band, shapes)
    _, skip_left, skip_right = _plan(shapes)
    value = [_INF] * len(cells)
    back = [-1] * len(cells)
    value[0] = 0.0
    for k, (i, j, cands, above, left) in enumerate(cells):
        best, bs = value[k], -1
        for s, di, dj, p in cands:
            prev = value[p]
            if prev == _INF:
                continue
            if di + dj > 2:
                c = prev + (pair(i + i0, j + j0, di, dj, best - prev) if budgeted else pair(i + i0, j + j0, di, dj))
            elif one is not None and di == 1:
                c = prev + one(i + i0, j + j0)
            else:
                c = prev + pair(i + i0, j + j0, di, dj)
            if c < best:
                best, bs = c, s
        if above is not None:
            c = value[above] + left_null[i + i0]
            if c < best:
                best, bs = c, skip_left
        if left is not None:
            c = value[left] + right_null[j + j0]
            if c < best:
                best, bs = c, skip_right
        value[k], back[k] = best, bs
    beads = []
    sums = []
    i, j = n, m
    while i > 0 or j > 0:
        k = start[i] + j - band[i][0]
        s = back[k]
        if s < 0:
            raise RuntimeError("no path through the band")
        sums.append(value[k])
        di, dj = shapes[s]
        beads.append((i - di, i, j - dj, j))
        i, j = i - di, j - dj
    beads.reverse()
    sums.append(0.0)
    sums.reverse()
    return beads, sums


def _trace(n: int, m: int, band, back, shapes) -> list[Bead]:
    """Follow the back-pointers from (n, m) to (0, 0)."""
    beads = []
    i, j = n, m
    while i > 0 or j > 0:
        s = back[i][j - band[i][0]]
        if s < 0:
            raise RuntimeError("no path through the band")
        di, dj = shapes[s]
        beads.append((i - di, i, j - dj, j))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


def edge_points(beads: Sequence[Bead], band: Sequence[tuple[int, int]], m: int) -> list[tuple[int, int]]:
    """The points where the path runs along the band's edge, so a wider band might find a better one."""
    points = []
    for _, i, _, j in beads:
        lo, hi = band[i]
        if (j == lo and lo > 0) or (j == hi and hi < m):
            points.append((i, j))
    return points
