"""Alignment of two documents: paragraphs first, then the sentences inside each linked group.

The method: a Gale-Church dynamic programme whose link costs add, to the shape prior and the
length model, the evidence of keys the two sides share (numbers, names, cognates, punctuation,
and translations learned from a first pass). Every parameter is estimated on the pair itself.
"""

from __future__ import annotations

import math
from itertools import count
from dataclasses import replace
from typing import Callable, Sequence, TypeVar

from .align_confidence import link_margins
from .align_costs import length_cost
from .align_dp import (COARSE_SHAPES, SHAPES, Bead, band_around, best_path, best_path_and_costs, diagonal_band,
                       edge_points)
from .align_features import filtered_keys, raw_keys_all, unit_keys
from .align_lexicon import learn_translations, translated_counts
from .dictionaries import translations as dictionary_translations
from .align_model import (LinkCost, PairModel, build_model, calibrate_lexical, coarsen, random_match_rate,
                          recalibrate, window, with_lexical)
from . import collector
from .align_regroup import regroup
from .parallel import available, both, both_sides, map_halves
from .release import in_slices
from .alignment import Alignment, Link
from .document import Document
from .sentences import may_have_clauses, split_clauses, split_sentences

T = TypeVar("T")

# Half-width of the band around the diagonal in the first pass; doubled while the best path
# runs along its edge.
_FIRST_BAND = 30
# Half-width of the band of a sentence path inside a few paragraphs, before any widening.
_SENTENCE_BAND = 3
# Half-width of the band around the first pass's path in the second.
_SECOND_BAND = 8
# Texts with more cells than this in their full table are first aligned in blocks...
_DIRECT_CELLS = 200_000
# ...of this many units...
_COARSE_FACTOR = 4
# ...and then in a band of this half-width around the blocks' path.
_PROJECTED_BAND = 3
# The first pass on long texts looks at this many stretches of this many rows: a thousand links
# calibrate as well as two (at 500 rows, a text of 2,000 units was aligned twice in full).
_SAMPLE_STRETCHES = 4
_SAMPLE_ROWS = 250
# Bands widen at most this often (each time doubling, only where the path met the edge).
_MAX_WIDENINGS = 4
# A translation table is learned from a first pass of at least this many 1-1 links. The table's
# own tests keep chance pairs out (seen together at least twice, Dice at least 0.4), so a short
# text learns what it repeats; below ten links nothing can be seen twice in a useful way. (At 30,
# texts of 16-60 sentences learned nothing; the scores are the same for any value from 5 to 15.)
_MIN_LINKS_TO_LEARN = 10
# Translations share several times more keys along their links than chance does (at least 3.5x
# on every development set); unrelated texts on one subject, where the path picks whatever
# coincidences it finds, reach about 2x. Below this ratio the texts are taken as unrelated...
_RELATED_RATIO = 2.0
# ...when chance alone would share this many keys along the path (with fewer, as between
# languages with no cognates, sharing nothing says nothing).
_RELATEDNESS_POWER = 1.0
# Lengths are evidence only where shifting the links by a unit or three makes them agree this
# many times worse (translations: 4x and more; articles with paragraphs of even length: ~1.5x)...
_LENGTH_SHIFT_RATIO = 2.5
# ...judged on at least this many 1-1 links.
_MIN_LINKS_FOR_LENGTH_TEST = 4
# A link between texts that are not translations of each other is at best a guess to check...
_UNRELATED_SCORE_CAP = 0.45
# ...and one between texts too short to tell whether they are, a guess that is more likely right
# than not (the reader opened them as a pair) but unconfirmed: below the gutter's "unsure" mark.
_UNTESTED_SCORE_CAP = 0.7
# A link of four units to one is right about half the time (on the development sets 33 of 68
# in TransRead, 4 of 11 in Text+Berg, 0 of 1 in ParIce): a caption or an OCR fragment beside it
# costs the model almost nothing to take in, so its margin overstates it. (With the margins
# worked out with the wide shapes and no cap, score AUC fell .830 -> .826 on TransRead's
# sentences, .742 -> .734 on Text+Berg's; with the cap, .834 and .748.)
_WIDE_LINK_SCORE_CAP = 0.5
# A link there is kept only if chance would share as many keys less often than this.
_KEEP_P_VALUE = 0.01
# Where chance alone would share this share of the keys a path's links could share, the keys
# cannot tell translations from unrelated texts (it is 2-25 % for paragraphs).
_BLIND_SHARE = 0.5
# Translations keep their length within a factor that their languages explain (Chinese takes
# about a third of the characters of English); texts further apart are not translations of each
# other as wholes.
_MAX_LENGTH_RATIO = 8.0


def align_units(left: Sequence[str], right: Sequence[str], *, left_lang: str | None = None,
                right_lang: str | None = None) -> list[Link]:
    """Link two sequences of text units in order: every unit in exactly one link."""
    if not left or not right:
        return _null_links(len(left), len(right))
    # The aligner makes millions of small tuples and sets and no reference cycles: every
    # collection it would trigger scans a large heap for nothing (a fifth of the time on long texts).
    with collector.held():
        return _align_units(left, right, left_lang, right_lang)


def _align_units(left: Sequence[str], right: Sequence[str], left_lang: str | None,
                 right_lang: str | None) -> list[Link]:
    lside, rside = both_sides(lambda: _side(left, left_lang), lambda: _side(right, right_lang),
                              _characters(left), _characters(right),
                              worth_it=len(left) + len(right) >= _MIN_PARALLEL_UNITS)
    lclauses, lspans, lkeys, lclause_keys = lside
    rclauses, rspans, rkeys, rclause_keys = rside
    several = len(lclauses) > len(left) or len(rclauses) > len(right)  # units of several clauses

    def clause_paths(model: PairModel) -> SentencePaths | None:
        return SentencePaths(sentence_model(lclauses, rclauses, model, lclause_keys, rclause_keys)) if several else None

    model, beads, paths = _fit(left, right, lkeys, rkeys, beside=clause_paths,
                               dictionary=dictionary_translations(left_lang, right_lang))
    if model.related and paths is not None:
        return _links(model, *regroup(beads, paths, lspans, rspans), path=beads)
    return _links(model, beads)


# Below this many units on both sides together, finding the sides' keys in a child process
# costs more than it saves.
_MIN_PARALLEL_UNITS = 2000


def _side(units: Sequence[str], lang: str | None) -> tuple[list[str], list[tuple[int, int]], list[frozenset[str]],
                                                            list[frozenset[str]]]:
    """A side's clauses, each unit's range of clause ids, and the keys of its units and of its clauses.

    Keys are found once, in clauses: a unit's are its clauses' together.
    """
    clauses, spans = _split_units(units, lang)
    raw = raw_keys_all(clauses, lang)
    keys = filtered_keys(_pooled(raw, spans))
    one_each = len(spans) == len(clauses) and all(b - a == 1 for a, b in spans)
    return clauses, spans, keys, keys if one_each else filtered_keys(raw)


def _characters(units: Sequence[str]) -> int:
    """How many characters the units hold together."""
    return sum(map(len, units))


def _pooled(raw: Sequence[set[str]], spans: Sequence[tuple[int, int]]) -> list[set[str]]:
    """The keys of each unit, pooled from its parts' keys (an empty range pools nothing)."""
    return [raw[a] if b - a == 1 else set().union(*raw[a:b]) for a, b in spans]


def _split_units(units: Sequence[str], lang: str | None) -> tuple[list[str], list[tuple[int, int]]]:
    """The clauses of all units (their sentences, cut after ';' and ':'), and the range of clause ids of each unit."""
    sentences, spans = [], []
    for text in units:
        start = len(sentences)
        sentences += [text[a:b] for a, b in split_sentences(text, lang)]
        spans.append((start, len(sentences)))
    clauses, clause_spans = _clauses_of(sentences)
    return clauses, [(clause_spans[a][0] if b > a else 0, clause_spans[b - 1][1] if b > a else 0) for a, b in spans]


def _clauses_of(sentences: Sequence[str]) -> tuple[list[str], list[tuple[int, int]]]:
    """The clauses of all sentences, and the range of clause ids of each sentence."""
    clauses: list[str] = []
    spans = []
    for text in sentences:
        start = len(clauses)
        if may_have_clauses(text):  # most sentences have no ';' or ':' at all
            clauses += [text[a:b] for a, b in split_clauses(text)]
        else:
            clauses.append(text)
        spans.append((start, len(clauses)))
    return clauses, spans


def _null_links(n: int, m: int) -> list[Link]:
    """Every unit of two sides (one of them empty) on its own."""
    return [Link((i,), (), 0.0) for i in range(n)] + [Link((), (j,), 0.0) for j in range(m)]


def _fit(left: Sequence[str], right: Sequence[str], left_keys: Sequence[frozenset[str]] | None = None,
         right_keys: Sequence[frozenset[str]] | None = None,
         beside: Callable[[PairModel], T] | None = None,
         dictionary: dict[str, frozenset[str]] | None = None) -> tuple[PairModel, list[Bead], T | None]:
    """The model calibrated on the pair, the best path it finds (both sides non-empty), and
    ``beside(model)`` (None without it): what the calibrated model lets the caller build next,
    built while the path is searched. ``dictionary`` (left key -> right keys) joins the
    translations learned from the first pass."""
    n, m = len(left), len(right)
    left_keys = unit_keys(left) if left_keys is None else left_keys
    right_keys = unit_keys(right) if right_keys is None else right_keys
    model = calibrate_lexical(build_model(left, right, left_keys, right_keys))
    if dictionary:
        model = replace(model, dictionary=dictionary)
    if n * m <= _DIRECT_CELLS or min(n, m) < 3 * _COARSE_FACTOR:
        beads = _search(model, diagonal_band(n, m, _FIRST_BAND), _FIRST_BAND)
        model = _realigned(model, beads)
        beads = _search(model, band_around(_path_points(beads), n, m, _SECOND_BAND), _SECOND_BAND)
        if n == m == 1 and model.left_words[0] and model.right_words[0]:
            # one paragraph a side (a text with no line breaks): the pair itself is the only link
            # there can be, and its sentences, aligned inside it, tell whether it holds; a long
            # paragraph's thousands of keys would otherwise cost it more than leaving both alone
            beads = [(0, 1, 0, 1)]
        extra = beside(model) if beside else None
    else:
        # long texts: the path through blocks gives the band; a first pass over a few stretches
        # of it is enough to calibrate and learn translations; then one pass over the whole
        points = _coarse_points(coarsen(model, _COARSE_FACTOR), n, m)
        band = band_around(points, n, m, _PROJECTED_BAND)
        model = _realigned(model, _sample_beads(model, points, band))
        beads, extra = _search_in_halves(model, band, points, beside)
    return (*_unrelated_split(model, beads), extra)


def _search_in_halves(model: PairModel, band, points: Sequence[tuple[int, int]],
                      beside: Callable[[PairModel], T] | None) -> tuple[list[Bead], T | None]:
    """``_search`` over the band, its two halves solved at once (one in a child process), each a
    stretch past the middle, joined where their paths meet; and ``beside(model)``, worked out
    here after the first half (the child, which copies the pages it touches, takes longer).

    A path forced to end at a point not on the best path differs from it only near that point,
    so the halves agree over most of the stretch they share; if they never meet, the whole band
    is searched here.
    """
    def also() -> T | None:
        return beside(model) if beside else None

    # the parent also builds what ``beside`` makes: it takes the shorter stretch of the path
    k = int(len(points) * (_SHARE_BESIDE if beside else 0.5))
    if k < 2 * _HALVES_OVERLAP or not available():
        return _search(model, band, _PROJECTED_BAND), also()
    model.masks()  # built once, before the child inherits the model
    start, end = points[k - _HALVES_OVERLAP], points[k + _HALVES_OVERLAP]
    shapes = model.shapes
    (first, extra), second = both(lambda: (_solve_window(model, (0, 0), end, band, shapes, widen=True), also()),
                                  lambda: _solve_window(model, start, (model.n, model.m), band, shapes, widen=True))
    meet = _meeting_point(first, second, points[k])
    if meet is None:
        return _search(model, band, _PROJECTED_BAND), extra
    upto = next(x for x, (_, b, _, d) in enumerate(first) if (b, d) == meet)
    since = next(x for x, (a, _, c, _) in enumerate(second) if (a, c) == meet)
    return first[:upto + 1] + second[since:], extra


# The share of the path searched here when ``beside`` is built here too: the clause model of a
# 10 000-line pair takes about half as long as the search of half its path, and the child's
# half is slower by a tenth (see parallel.both_sides). Medians of 6 alternating runs, 10k pair
# and book: 3.54 and 2.62 s at 0.42, 3.48 and 2.28 s at 0.3, 3.56 and 2.44 s at 0.2.
_SHARE_BESIDE = 0.3
# The halves overlap by this many points of the coarse path either side of the middle (each
# point is _COARSE_FACTOR units further on).
_HALVES_OVERLAP = 16


def _meeting_point(first: Sequence[Bead], second: Sequence[Bead], middle: tuple[int, int]) -> tuple[int, int] | None:
    """The grid point both paths pass through nearest the middle row (None if there is none)."""
    ends = {(b, d) for _, b, _, d in first}
    shared = [(a, c) for a, _, c, _ in second if (a, c) in ends]
    return min(shared, key=lambda point: abs(point[0] - middle[0]), default=None)


def _unrelated_split(model: PairModel, beads: list[Bead]) -> tuple[PairModel, list[Bead]]:
    """Where the texts share no more than chance along the path, only links that do are kept.

    Two articles on one story have similar lengths and some names in common, so the path pairs
    them; but its links then share keys about as often as far-apart units do. Where neither the
    keys nor the lengths can tell (a few short units), the path stands as a guess: its scores
    are capped, as nothing confirmed the texts are translations.
    """
    found = chance = 0.0
    trials = 0
    counts = []
    judge = _judge(model)
    for a, b, c, d in beads:
        if b > a and d > c:
            shared, tried, expected = judge.shared_and_chance(a, b, c, d)
            found += shared
            chance += expected
            trials += tried
            counts.append((shared, expected))
    # A text far longer than the other is no translation of it as a whole (a book beside an
    # article): the path put each unit of the short one wherever the long one shared most with
    # it by chance, so sharing along the path proves nothing, and a link is kept only if it
    # beats chance at every place it could have gone (Bonferroni).
    freedom = _places_per_unit(model)
    whole = freedom == 1.0
    if whole and found >= _RELATED_RATIO * chance and _poisson_tail(round(found), chance) < _KEEP_P_VALUE:
        return model, beads  # more sharing than chance, and too much to be luck
    # units so long that chance alone would share most of their keys (a text with no line
    # breaks, one paragraph a side) cannot tell by their keys either: their sentences will
    too_few_to_tell = (chance < _RELATEDNESS_POWER or found >= _RELATED_RATIO * chance
                       or chance >= _BLIND_SHARE * trials)
    if whole and too_few_to_tell:
        covary = _lengths_covary(model, beads)
        if covary is None:
            return replace(model, score_cap=_UNTESTED_SCORE_CAP), beads
        if covary:
            return model, beads  # the keys cannot tell, and the lengths say translation
    kept: list[Bead] = []
    # each link's own test, only now: translations (almost every pair) never need them
    linked = (_poisson_tail(shared, expected) * freedom < _KEEP_P_VALUE for shared, expected in counts)
    for a, b, c, d in beads:
        if b > a and d > c and not next(linked):
            kept += [(i, i + 1, c, c) for i in range(a, b)] + [(b, b, j, j + 1) for j in range(c, d)]
        else:
            kept.append((a, b, c, d))
    return replace(model, related=False, score_cap=_UNRELATED_SCORE_CAP), kept


def _places_per_unit(model: PairModel) -> float:
    """1 for texts of lengths a translation can have; else how many places the path could give
    each unit of the shorter text (units of the longer per unit of the shorter)."""
    left, right = model.left_len[-1], model.right_len[-1]
    if min(left, right) * _MAX_LENGTH_RATIO >= max(left, right):
        return 1.0
    return max(model.n, model.m) / max(1, min(model.n, model.m))


def _lengths_covary(model: PairModel, beads: Sequence[Bead]) -> bool | None:
    """True when the 1-1 links' lengths agree clearly better than with partners shifted by 1-3 units
    (None when there are too few links to tell).

    Translations keep long with long and short with short; texts whose units all have about the
    same length agree as well, but just as well when shifted, so that is no evidence.
    """
    ones = [(a, c) for a, b, c, d in beads if b - a == 1 and d - c == 1]
    if len(ones) < _MIN_LINKS_FOR_LENGTH_TEST:
        return None
    lengths = [x - y for x, y in zip(model.left_len[1:], model.left_len)]
    right = [x - y for x, y in zip(model.right_len[1:], model.right_len)]
    # measured with the links' own length ratio: the model's is pulled towards 1 for short texts
    # (shrunk_ratio), and an Arabic translation has about 3/4 of the English characters, so with
    # it every link looked a quarter off and five lines of a translation were refused
    ratio = sum(right[c] for _, c in ones) / max(1, sum(lengths[a] for a, _ in ones)) or model.ratio

    def fit(shift: int) -> float:
        return sum(length_cost(lengths[a], right[(c + shift) % model.m], ratio, model.variance)
                   for a, c in ones)
    on_path = fit(0)
    shifted = sum(fit(k) for k in (1, 2, 3)) / 3
    return shifted >= _LENGTH_SHIFT_RATIO * max(on_path, len(ones) * 0.1)


def _poisson_tail(k: int, mean: float) -> float:
    """P(X >= k) for X Poisson-distributed with this mean.

    >>> round(_poisson_tail(1, 0.1), 4), _poisson_tail(0, 3.0)
    (0.0952, 1.0)
    """
    if k <= 0:
        return 1.0
    if mean <= 0:
        return 0.0
    if k <= mean:
        # at or below the mean the tail is large: one minus the terms below k, summed down from
        # k - 1 (the largest of them)
        return max(0.0, 1.0 - _poisson_terms(k - 1, mean, range(k - 1, 0, -1), lambda x: x / mean))
    # above the mean, the terms from k up, summed until they no longer count. Starting from
    # exp(-mean) and going up, as before, underflowed past a mean of ~745 (a book: 1,612 keys
    # shared by chance along the path against 16,036 found gave a tail of 1.0, "chance").
    return min(1.0, _poisson_terms(k, mean, count(k + 1), lambda x: mean / x))


def _poisson_terms(first: int, mean: float, steps, ratio) -> float:
    """P(X = first) for X Poisson-distributed with this mean, plus the terms after it, each
    ``ratio(x)`` times the one before, for x in ``steps``, until they add nothing."""
    term = total = math.exp(first * math.log(mean) - mean - math.lgamma(first + 1))
    for x in steps:
        term *= ratio(x)
        if term <= total * 1e-17:
            break
        total += term
    return total


def _coarse_points(coarse: PairModel, n: int, m: int) -> list[tuple[int, int]]:
    """The path through blocks of units, found coarse to fine, as points of the fine grid."""
    cn, cm = coarse.n, coarse.m
    if cn * cm <= _DIRECT_CELLS or min(cn, cm) < 3 * _COARSE_FACTOR:
        beads = _search(coarse, diagonal_band(cn, cm, _FIRST_BAND), _FIRST_BAND, COARSE_SHAPES)
    else:
        points = _coarse_points(coarsen(coarse, _COARSE_FACTOR), cn, cm)
        beads = _search(coarse, band_around(points, cn, cm, _PROJECTED_BAND), _PROJECTED_BAND, COARSE_SHAPES)
    return [(min(i * _COARSE_FACTOR, n), min(j * _COARSE_FACTOR, m)) for i, j in _path_points(beads)]


def _sample_beads(model: PairModel, points: Sequence[tuple[int, int]], band) -> list[Bead]:
    """Links found in a few evenly spread stretches of the band (a first pass at a fraction of the cost)."""
    beads: list[Bead] = []
    step = max(1, len(points) // _SAMPLE_STRETCHES)
    for k in range(0, len(points) - 1, step):
        i0, j0 = points[k]
        i1, j1 = points[min(len(points) - 1, k + max(1, _SAMPLE_ROWS // _COARSE_FACTOR))]
        if i1 > i0 and j1 > j0:
            beads += _solve_window(model, (i0, j0), (i1, j1), band, model.shapes, widen=True)
    return beads


def _solve_window(model: PairModel, start: tuple[int, int], end: tuple[int, int], band, shapes,
                  widen: bool = False) -> list[Bead]:
    """The best path between two grid points, inside the band (widened where needed, if ``widen``)."""
    (i0, j0), (i1, j1) = start, end
    part = window(model, i0, i1, j0, j1)
    rows = [(min(max(lo - j0, 0), j1 - j0), min(max(hi - j0, 0), j1 - j0)) for lo, hi in band[i0:i1 + 1]]
    rows = band_around([], i1 - i0, j1 - j0, 0, base=rows)
    if widen:
        found = _search(part, rows, _PROJECTED_BAND, shapes)
    else:
        found = best_path(part.n, part.m, part.cost_function(), rows, shapes)
    return [(a + i0, b + i0, c + j0, d + j0) for a, b, c, d in found]


def _long_search(model: PairModel) -> list[Bead]:
    """The best path of a model too big for a band around the diagonal alone: the band is found
    by a coarse pass first, as for a long pair's paragraphs (see _fit). (The sentences of one
    link of 6,400 x 7,200 sentences: 22.6 s in a widened diagonal band, 2.8 s so.)"""
    n, m = model.n, model.m
    if n * m <= _DIRECT_CELLS or min(n, m) < 3 * _COARSE_FACTOR:
        return _search(model, diagonal_band(n, m, _FIRST_BAND), _FIRST_BAND)
    points = _coarse_points(coarsen(model, _COARSE_FACTOR), n, m)
    return _search(model, band_around(points, n, m, _PROJECTED_BAND), _PROJECTED_BAND)


def _search(model: PairModel, band, width: int, shapes=None) -> list[Bead]:
    """The best path in a band of half-width ``width``, widened where the path runs along its edge.

    Widening re-solves only stretches around the points where the path met the edge, between
    points of the path itself, so a long text pays for its few hard places only. The link
    shapes are the model's unless given.
    """
    n, m = model.n, model.m
    shapes = shapes or model.shapes
    beads = best_path(n, m, model.cost_function(), band, shapes)
    for _ in range(_MAX_WIDENINGS):
        edges = edge_points(beads, band, m)
        if not edges or width >= max(n, m):
            break
        width *= 2
        band = band_around(edges, n, m, width, base=band, connect=False)
        beads = _repair(model, beads, band, edges, width, shapes)
    return beads


def _repair(model: PairModel, beads: list[Bead], band, edges, width: int, shapes) -> list[Bead]:
    """The path with the stretches around edge points re-solved in the wider band."""
    stretches: list[list[int]] = []
    for i, _ in edges:  # merge overlapping stretches of rows
        lo, hi = i - 2 * width, i + 2 * width
        if stretches and lo <= stretches[-1][1]:
            stretches[-1][1] = max(stretches[-1][1], hi)
        else:
            stretches.append([lo, hi])
    out: list[Bead] = []
    k = 0
    for lo, hi in stretches:
        while k < len(beads) and beads[k][1] <= lo:  # beads ending at or before the stretch
            out.append(beads[k])
            k += 1
        start = (beads[k - 1][1], beads[k - 1][3]) if k else (0, 0)
        while k < len(beads) and beads[k][1] < hi:
            k += 1
        end = (beads[k][1], beads[k][3]) if k < len(beads) else (model.n, model.m)
        k = min(k + 1, len(beads))
        out += _solve_window(model, start, end, band, shapes) if start != end else []
    out += beads[k:]
    return out


def _path_points(beads: Sequence[Bead]) -> list[tuple[int, int]]:
    """The grid points a path passes through."""
    return [(0, 0)] + [(b, d) for _, b, _, d in beads]


def _realigned(model: PairModel, beads: Sequence[Bead]) -> PairModel:
    """The model recalibrated on a first pass's links, with translations learned from them."""
    return _with_learned_translations(recalibrate(model, beads), beads)


def _with_learned_translations(model: PairModel, beads: Sequence[Bead]) -> PairModel:
    """The model with translations learned from a first pass's 1-1 links, and the pair's dictionary's."""
    ones = [(a, c) for a, b, c, d in beads if b - a == 1 and d - c == 1]
    learned = {}
    if len(ones) >= _MIN_LINKS_TO_LEARN:
        learned = learn_translations([(model.left_keys[a], model.right_keys[c]) for a, c in ones])
    if not model.dictionary:
        if not learned:
            return model
        return recalibrate(replace(model, translations=learned), beads)
    table = _joined(learned, model.dictionary)
    return recalibrate(replace(model, translations=table, plain_translations=learned), beads)


def _judge(model: PairModel) -> PairModel:
    """The model that tells whether the texts are translations: without the dictionary's
    translations (see PairModel.plain_translations), its chance rate measured without them."""
    if model.plain_translations is None:
        return model
    judge = model.with_fewer_translations(model.plain_translations)
    return with_lexical(judge, judge.lexical.p_link, random_match_rate(judge))


def _joined(learned: dict[str, set[str]], dictionary: dict[str, frozenset[str]]) -> dict[str, set[str]]:
    """The translations of each key that the texts taught or the dictionary gives."""
    out = dict(dictionary)
    for key, targets in learned.items():
        known = out.get(key)
        out[key] = targets if known is None else targets | known
    return out


def _links(model: PairModel, beads: Sequence[Bead], odds: Sequence[float | None] | None = None,
           cost=None, path: Sequence[Bead] | None = None) -> list[Link]:
    """Links with scores: how much likelier the link is than leaving its units unlinked and, for
    the links of a whole pair (no ``cost`` of a window given), than the best path without it.

    ``odds`` are the sentences' log-odds for each bead against joining it with (or splitting it
    from) its neighbours (None where they could not tell); for a bead not on the paragraphs'
    ``path`` (the sentences joined or split it) they stand in for the margin against that path.
    """
    alternatives = cost is None and len(beads) > 1
    # a link is weighed against its alternatives (joined with a neighbour among them) without
    # the merge check: with it, right and wrong paragraph links separated worse (score AUC
    # .899 -> .851) as every join looked less likely
    model = replace(model, merge_check=False)
    cost = cost or model.cost_function()
    margins = _margins(model, cost, beads) if alternatives else None
    on_path = set(path) if path is not None else None
    links = []
    for k, (a, b, c, d) in enumerate(beads):
        di, dj = b - a, d - c
        if di == 0 or dj == 0:
            score = 0.0
        else:
            # in nats, halved as the keys of a link are not independent evidence
            margin = (cost.left_null[b] * di + cost.right_null[d] * dj - cost(b, d, di, dj)) / 2.0
            sentences = odds[k] if odds is not None else None
            overruled = sentences is not None and on_path is not None and (a, b, c, d) not in on_path
            if margins is not None and not overruled:
                margin = min(margin, margins[k])
            if sentences is not None:
                margin = min(margin, sentences)
            score = min(1.0 / (1.0 + math.exp(-margin)) if margin < 40 else 1.0, model.score_cap)
            if max(di, dj) >= 4:
                score = min(score, _WIDE_LINK_SCORE_CAP)
            if model.n == model.m == 1:
                # one unit a side: the link is the pair the reader opened (see _fit), a guess
                # more likely right than not at least
                score = max(score, min(model.score_cap, _UNTESTED_SCORE_CAP))
        links.append(Link(tuple(range(a, b)), tuple(range(c, d)), score))
    return links


def _margins(model: PairModel, cost: LinkCost, beads: Sequence[Bead]) -> list[float]:
    """``link_margins`` of a whole path, its two halves worked out at once (one in a child process).

    Each half is the path up to (or from) a point a stretch past the middle, and gives the
    margins of the links on its side of the middle only: an alternative to a link is a detour
    a few links long, so the links that far from a half's end have the same margins as in the
    whole path.
    """
    half = len(beads) // 2
    if half < 2 * _HALVES_LINKS or not available():
        return link_margins(model.n, model.m, cost, beads, shapes=model.shapes)
    model.masks()  # built once, before the child inherits the model
    upto, since = half + _HALVES_LINKS, half - _HALVES_LINKS
    end = beads[upto - 1][1], beads[upto - 1][3]
    start = beads[since][0], beads[since][2]

    def first() -> list[float]:
        part = window(model, 0, end[0], 0, end[1])
        return link_margins(part.n, part.m, part.cost_function(), beads[:upto], shapes=model.shapes)[:half]

    def second() -> list[float]:
        part = window(model, start[0], model.n, start[1], model.m)
        shifted = [(a - start[0], b - start[0], c - start[1], d - start[1]) for a, b, c, d in beads[since:]]
        return link_margins(part.n, part.m, part.cost_function(), shifted, shapes=model.shapes)[half - since:]

    head, tail = both(first, second)
    return head + tail


# Links of overlap between the halves of a path whose margins are worked out in two.
_HALVES_LINKS = 50


def align(left: Document, right: Document, *, left_lang: str | None = None,
          right_lang: str | None = None) -> Alignment:
    """Align two documents' paragraphs, then the sentences inside each linked group."""
    with collector.held():  # no collections while aligning (see align_units)
        return _align(left, right, left_lang, right_lang)


def _align(left: Document, right: Document, left_lang: str | None, right_lang: str | None) -> Alignment:
    if not left.texts or not right.texts:
        links = _null_links(len(left.texts), len(right.texts))
    else:
        lfound, rfound = both_sides(lambda: _document_keys(left, left_lang), lambda: _document_keys(right, right_lang),
                                    _characters(left.texts), _characters(right.texts),
                                    worth_it=len(left.texts) + len(right.texts) >= _MIN_PARALLEL_UNITS)
        lkeys, rkeys = _DocumentKeys(*lfound), _DocumentKeys(*rfound)
        has_sentences = bool(left.sentences and right.sentences)

        def sentence_passes(model: PairModel) -> tuple[SentencePass, SentencePaths] | None:
            if not has_sentences:
                return None
            sentences = SentencePass(left, right, model, lkeys.sentences, rkeys.sentences)
            return sentences, _clause_paths(lkeys, rkeys, model, sentences)

        model, beads, passes = _fit(left.texts, right.texts, lkeys.blocks, rkeys.blocks, beside=sentence_passes,
                                    dictionary=dictionary_translations(left_lang, right_lang))
        if passes is not None:
            global _LAST_SENTENCES
            _LAST_SENTENCES, clauses = passes
            _LAST_SENTENCES.cap_scores(model.score_cap)  # known only now the path is found
            odds, path = None, beads
            if model.related:
                beads, odds = regroup(beads, clauses, lkeys.block_clauses, rkeys.block_clauses)
            if clauses is not _LAST_SENTENCES.paths:
                clauses.release()
            links = map_halves(_LAST_SENTENCES.link_with_sentences, _links(model, beads, odds, path=path),
                               _MIN_PARALLEL_UNITS // 2)
        else:
            links = _links(model, beads)
        lkeys.release()
        rkeys.release()
        model.release()
    return Alignment(tuple(links), len(left.blocks), len(right.blocks))


class _DocumentKeys:
    """A document's clauses, each block's range of clause ids, and the keys of its blocks,
    sentences and clauses (frequent ones left out)."""

    def __init__(self, clauses: list[str], block_clauses: list[tuple[int, int]], blocks: list[frozenset[str]],
                 sentences: list[frozenset[str]], clause_keys: list[frozenset[str]]) -> None:
        self.clauses, self.block_clauses = clauses, block_clauses
        self.blocks, self.sentences, self.clause_keys = blocks, sentences, clause_keys

    def release(self) -> None:
        """Let the keys go a slice at a time."""
        in_slices(self.clauses, self.clause_keys, self.sentences, self.blocks, self.block_clauses)


def _document_keys(document: Document, lang: str | None) -> tuple:
    """The fields of a document's _DocumentKeys, as plain data (a child process sends them back).

    Keys are found once, in clauses (as align_units does): a sentence's are its clauses'
    together, a block's its sentences'.
    """
    clauses, spans = _clauses_of([s.text for s in document.sentences])
    raw = raw_keys_all(clauses, lang)
    sentences = _pooled(raw, spans)
    blocks = [set().union(*(sentences[i] for i in b.sentence_ids)) if b.sentence_ids
              else raw_keys_all([b.text], lang)[0] for b in document.blocks]
    # each block's range of clause ids (empty where a block has no sentence)
    block_clauses = [(spans[b.sentence_ids[0]][0], spans[b.sentence_ids[-1]][1]) if b.sentence_ids else (0, 0)
                     for b in document.blocks]
    sentence_keys = filtered_keys(sentences)
    one_each = all(b - a == 1 for a, b in spans)
    clause_keys = sentence_keys if one_each else filtered_keys(raw)
    return clauses, block_clauses, filtered_keys(blocks), sentence_keys, clause_keys


def _clause_paths(left: _DocumentKeys, right: _DocumentKeys, paragraphs: PairModel,
                  sentences: SentencePass) -> SentencePaths:
    """Best paths between runs of clauses (the sentence pass's own when no sentence was cut)."""
    if len(left.clauses) == len(left.sentences) and len(right.clauses) == len(right.sentences):
        return sentences.paths
    return SentencePaths(sentence_model(left.clauses, right.clauses, paragraphs, left.clause_keys, right.clause_keys))


# The sentence pass of the last documents aligned, so a link re-made while reading (an edit)
# reuses their calibration and keys instead of starting from one paragraph's few sentences.
_LAST_SENTENCES: SentencePass | None = None


def with_sentences(link: Link, left: Document, right: Document,
                    left_lang: str | None, right_lang: str | None) -> Link:
    """The link with its sentence-level links filled in (sentence ids are document indices)."""
    last = _LAST_SENTENCES
    if last is not None and last.left is left and last.right is right:
        return last.link_with_sentences(link)
    lids = [s for b in link.left for s in left.blocks[b].sentence_ids]
    rids = [s for b in link.right for s in right.blocks[b].sentence_ids]
    inner = align_units([left.sentences[s].text for s in lids], [right.sentences[s].text for s in rids],
                        left_lang=left_lang, right_lang=right_lang)
    return _with_inner(link, lids, rids, inner)


def _with_inner(link: Link, lids: Sequence[int], rids: Sequence[int], inner: Sequence[Link]) -> Link:
    """The link holding ``inner`` (links between positions in lids/rids) as document sentence links."""
    sentences = tuple(Link(tuple(lids[i] for i in s.left), tuple(rids[j] for j in s.right), s.score)
                      for s in inner)
    return Link(link.left, link.right, link.score, link.confirmed, sentences)


def sentence_model(ltexts: Sequence[str], rtexts: Sequence[str], paragraphs: PairModel,
                   left_keys: Sequence[frozenset[str]] | None = None,
                   right_keys: Sequence[frozenset[str]] | None = None) -> PairModel:
    """A model of two sides' sentences with what the paragraph pass learned about the pair."""
    lkeys = unit_keys(ltexts) if left_keys is None else left_keys
    rkeys = unit_keys(rtexts) if right_keys is None else right_keys
    table = paragraphs.translations
    # a sentence's translations count among its keys here: counting its own keys only, as the
    # paragraphs do, regroup joined worse (paragraphs .986 -> .985, score AUC .899 -> .887);
    # paragraphs counting their translations did worse too (.985, AUC .880)
    whole = build_model(ltexts, rtexts, lkeys, rkeys, translated_counts(lkeys, table) if table else None)
    # sentences inside a few paragraphs: the usual shapes (the paragraphs' say nothing of them)
    whole = replace(whole, translations=table, ratio=paragraphs.ratio, variance=paragraphs.variance, shapes=SHAPES,
                    merge_check=False)
    # chance meetings are counted between sentences: they have fewer keys than paragraphs
    return with_lexical(whole, paragraphs.lexical.p_link, random_match_rate(whole))


class _ShiftedCost(LinkCost):
    """A cost function of a whole model seen through a window (positions relative to its corner)."""

    budgeted = False  # the window's pair costs take no budget

    def __init__(self, whole, i0: int, i1: int, j0: int, j1: int) -> None:
        # LinkCost.__init__ is not called: the costs come from the whole model, shifted.
        self.left_null = whole.left_null[i0:i1 + 1]
        self.right_null = whole.right_null[j0:j1 + 1]
        pair = whole.pair

        def shifted(i: int, j: int, di: int, dj: int) -> float:
            return pair(i + i0, j + j0, di, dj)
        self.pair = shifted


class SentencePaths:
    """Best sentence paths between runs of sentences of a model, each found once."""

    def __init__(self, model: PairModel) -> None:
        self.model = model
        self._cost = model.cost_function()  # one cost function for all windows: building one costs
        self._found: dict[Bead, tuple[list[Bead], list[float]]] = {}

    def release(self) -> None:
        """Let the paths found and the model go a slice at a time."""
        in_slices(self._found)
        self.model.release()

    def chars(self, side: str, i: int) -> int:
        """How many characters sentence i of one side ('left' or 'right') has."""
        lengths = self.model.left_len if side == "left" else self.model.right_len
        return lengths[i + 1] - lengths[i]

    def window_cost(self, i0: int, i1: int, j0: int, j1: int) -> "_ShiftedCost":
        """The cost function of the window left i0..i1, right j0..j1, in window positions."""
        return _ShiftedCost(self._cost, i0, i1, j0, j1)

    def path(self, i0: int, i1: int, j0: int, j1: int) -> tuple[list[Bead], list[float]]:
        """The best path between left i0..i1 and right j0..j1 (beads in window positions), and the
        cost of each of its beginnings (of its first 0, 1, 2, ... beads)."""
        key = (i0, i1, j0, j1)
        found = self._found.get(key)
        if found is None:
            n, m = i1 - i0, j1 - j0
            cost, at = self._cost, (i0, j0)
            if max(n, m) <= _FIRST_BAND:
                # a narrow band first; the whole window where the path meets its edge
                band = diagonal_band(n, m, _SENTENCE_BAND)
                beads, total = best_path_and_costs(n, m, cost, band, SHAPES, at)
                if max(n, m) > _SENTENCE_BAND and edge_points(beads, band, m):
                    beads, total = best_path_and_costs(n, m, cost, diagonal_band(n, m, max(n, m)), SHAPES, at)
            else:
                beads = _long_search(window(self.model, i0, i1, j0, j1))
                total = [0.0]
                for a, b, c, d in beads:
                    total.append(total[-1] + cost(b + i0, d + j0, b - a, d - c))
            found = self._found[key] = (beads, total)
        return found


class SentencePass:
    """Sentence links inside paragraph links, with what the paragraph pass learned about the pair.

    Keys are found once per document (frequent ones judged over the whole document), and the
    length ratio, variance, match rates and learned translations come from the paragraph model,
    so each link costs only its own small dynamic programme.
    """

    def __init__(self, left: Document, right: Document, paragraphs: PairModel,
                 left_keys: Sequence[frozenset[str]] | None = None,
                 right_keys: Sequence[frozenset[str]] | None = None) -> None:
        self.left, self.right = left, right
        self.model = sentence_model([s.text for s in left.sentences], [s.text for s in right.sentences],
                                    paragraphs, left_keys, right_keys)
        self.paths = SentencePaths(self.model)

    def cap_scores(self, cap: float) -> None:
        """Let no sentence link score above ``cap``: a sentence link is no surer than its pair."""
        if cap < self.model.score_cap:
            self.model = replace(self.model, score_cap=cap)

    def link_with_sentences(self, link: Link) -> Link:
        """The paragraph link with its sentence links."""
        lids = [s for b in link.left for s in self.left.blocks[b].sentence_ids]
        rids = [s for b in link.right for s in self.right.blocks[b].sentence_ids]
        if not lids or not rids:
            inner = _null_links(len(lids), len(rids))
        elif len(lids) == 1 and len(rids) == 1:
            inner = [Link((0,), (0,), link.score)]  # the paragraph's own link, and its evidence
        elif lids[-1] - lids[0] >= len(lids) or rids[-1] - rids[0] >= len(rids):
            # sentences not in one run (never from the segmenter): align them on their own
            inner = align_units([self.left.sentences[s].text for s in lids],
                                [self.right.sentences[s].text for s in rids])
        else:
            inner = self._inner_links(lids, rids)
        return _with_inner(link, lids, rids, inner)

    def _inner_links(self, lids: Sequence[int], rids: Sequence[int]) -> list[Link]:
        """Links between the sentences of one paragraph link (ids consecutive on each side)."""
        i0, i1, j0, j1 = lids[0], lids[-1] + 1, rids[0], rids[-1] + 1
        beads, _ = self.paths.path(i0, i1, j0, j1)
        return _links(self.model, beads, cost=self.paths.window_cost(i0, i1, j0, j1))
