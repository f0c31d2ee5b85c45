"""Everything the aligner knows about one pair of texts, and the cost of any candidate link."""

from __future__ import annotations

import math
import re
import statistics
from itertools import accumulate, repeat
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Iterable, Sequence

from .align_costs import LENGTH_VARIANCE, SHAPE_PENALTY, SHAPE_PRIOR, LexicalModel, length_tail
from .align_dp import SHAPES, WIDE_SHAPES
from .align_features import union_all
from .align_lexicon import translated_masks, translated_union
from .release import in_slices

# Cost of leaving a unit without counterpart: the shape prior only, whatever its length (a long
# paragraph missing from a translation is no rarer than a short one).
# A unit with no letter or digit in it ('–', '* * *') is expected to stand alone.
WORDLESS_NULL_COST = 0.5
# Merging a wordless unit into a bigger link would hide it from the reader, and linking it to a
# unit with words puts a separator beside a paragraph.
WORDLESS_MERGE_COST = 50.0
# Keys of one unit are not independent evidence (a name repeats, words come in phrases); this
# damps the lexical log-likelihood ratio so length still counts.
LEXICAL_WEIGHT = 0.5
# A number on one side of a link and not on the other: translations keep their numbers, so each
# such number costs this much (about -log of 1 - 0.8, damped like the other keys).
NUMBER_MISS_COST = 0.8
# Priors that short texts lean on, as pseudo-counts: translations keep their length about equal
# (a handful of units says little about a pair's true ratio, and an omission skews it)...
_PRIOR_RATIO = 1.0
_RATIO_PRIOR_CHARS = 2000
# ...a key of one unit meets a given key of an unrelated unit about once in 2,000 tries...
_PRIOR_PAIR_RATE = 0.0005
_PAIR_RATE_PRIOR_PAIRS = 200
# ...and a key finds its counterpart in a true link about a third of the time.
_PRIOR_P_LINK = 0.3
_P_LINK_PRIOR_TRIALS = 10
# ...and link shapes have Gale and Church's shares, worth this many links of a first pass (the
# scores on the development sets are within .005 of each other for 100 to 400).
_SHAPE_PRIOR_LINKS = 100
# ...and pairs whose first pass has this share of links with three or more units on a side keep
# the 4-1 and 1-4 shapes (0.5 % to 2 %: the same scores on the development sets).
_WIDE_SHAPES_SHARE = 0.01


@dataclass
class PairModel:
    """Lengths, keys and calibrated parameters of one pair of unit sequences."""

    left_len: list[int]  # prefix sums of character lengths
    right_len: list[int]
    left_keys: list[frozenset[str]]  # keys of each left unit (its own: see translations)
    right_keys: list[frozenset[str]]
    left_count: list[int]  # prefix sums of the number of keys per unit
    right_count: list[int]
    left_words: list[bool]
    right_words: list[bool]
    ratio: float
    variance: float
    lexical: LexicalModel
    # left key -> right keys, learned (and the dictionary's): a left unit with the key shares
    # them as if they were its own keys (in the masks; how many keys it counts as having is
    # left_count's to say: its own for paragraphs, with the translations for sentences)
    translations: dict[str, set[str]] = field(default_factory=dict)
    # a dictionary's left key -> right keys, added to the learned ones (dictionaries.translations)
    dictionary: dict[str, frozenset[str]] = field(default_factory=dict)
    # the translations without the dictionary's: what the texts share by themselves. Two
    # articles on one story share topic words a dictionary links ('boeren'/'farmers'), so
    # whether the texts are translations at all is judged with these only.
    plain_translations: dict[str, set[str]] | None = None
    # whether a merge pays for a merged unit that shares no key with the other side (see
    # _pair_cost): for the path of the units themselves; not for clauses and sentences inside
    # paragraphs, where a short clause moved across a break often shares nothing (paragraphs
    # .986 -> .984), nor for scores (see align._links)
    merge_check: bool = True
    related: bool = True  # False once the texts turned out to share no more than chance
    # the highest score a link may have: lower where the pair's being a translation is refuted
    # (related False) or could not be tested (too little text)
    score_cap: float = 1.0
    shape_penalty: dict[tuple[int, int], float] = field(default_factory=lambda: dict(SHAPE_PENALTY))
    # the link shapes a path may take: all until a first pass shows which the pair needs
    shapes: tuple[tuple[int, int], ...] = WIDE_SHAPES
    # the number keys of each unit, found when first needed and kept by copies and windows
    left_numbers: list[frozenset[str]] | None = None
    right_numbers: list[frozenset[str]] | None = None
    # each unit's keys (and translations) that the other side has too (no other key can be
    # shared) as a bit mask, with what they were made from (a copy with other keys or
    # translations makes its own; see _masks_record): AND plus a bit count is far faster than a
    # set meet, most of all for pooled blocks of many keys
    key_masks: tuple | None = None

    def masks(self) -> tuple[list[int], list[int]]:
        """Each unit's keys as a bit mask, left and right (made once per key lists)."""
        cached = self.key_masks
        if cached is None or not _made_from(cached, self.left_keys, self.right_keys, self.translations):
            bit = _shared_key_bits(self.left_keys, self.right_keys, self.translations)
            cached = self.key_masks = _masks_record(self.left_keys, self.right_keys, self.translations,
                                                    _left_masks(self.left_keys, self.translations, bit),
                                                    _side_masks(self.right_keys, bit), bit)
        return cached[3], cached[4]

    def with_fewer_translations(self, translations: dict[str, set[str]]) -> PairModel:
        """The model with a part of its translations, masked with its bits: the right masks are its own."""
        _, rmasks = self.masks()
        bit = self.key_masks[5]
        if bit is None:
            bit = _shared_key_bits(self.left_keys, self.right_keys, self.translations)
        lmasks = _left_masks(self.left_keys, translations, bit)
        return replace(self, translations=translations,
                       key_masks=_masks_record(self.left_keys, self.right_keys, translations, lmasks, rmasks, bit))

    def release(self) -> None:
        """Let the model's per-unit lists go a slice at a time (the model is of no use after)."""
        masks = self.key_masks or ()
        in_slices(self.left_keys, self.right_keys, *masks[3:5], self.left_numbers, self.right_numbers,
                  self.left_len, self.right_len, self.left_count, self.right_count, self.left_words, self.right_words)

    def numbers(self) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
        """The keys of each unit that are numbers, left and right."""
        if self.left_numbers is None:
            self.left_numbers = _number_keys(self.left_keys)
        if self.right_numbers is None:
            self.right_numbers = _number_keys(self.right_keys)
        return self.left_numbers, self.right_numbers

    def shared_and_chance(self, a: int, b: int, c: int, d: int) -> tuple[int, int, float]:
        """Keys the link left[a:b]-right[c:d] shares, its trials, and how many chance would share."""
        lk = self.left_count[b] - self.left_count[a]
        rk = self.right_count[d] - self.right_count[c]
        trials = min(lk, rk)
        if trials == 0:
            return 0, 0, 0.0
        lmasks, rmasks = self.masks()
        shared = min((_pool_bits(lmasks[a:b]) & _pool_bits(rmasks[c:d])).bit_count(), trials)
        return shared, trials, trials * min(self.lexical.pair_rate * max(lk, rk), 0.9)

    @property
    def n(self) -> int:
        """Number of left units."""
        return len(self.left_words)

    @property
    def m(self) -> int:
        """Number of right units."""
        return len(self.right_words)

    def matches(self, a: int, b: int) -> int:
        """How many keys left unit a shares with right unit b."""
        lmasks, rmasks = self.masks()
        return (lmasks[a] & rmasks[b]).bit_count()

    def size(self, unit: int, side: str) -> int:
        """How many keys a unit has."""
        count = self.left_count if side == "left" else self.right_count
        return count[unit + 1] - count[unit]

    def trials(self, a: int, b: int) -> int:
        """How many keys of units a and b could have found a counterpart."""
        return min(self.left_count[a + 1] - self.left_count[a], self.right_count[b + 1] - self.right_count[b])

    def cost_function(self) -> "LinkCost":
        """A fast cost(i, j, di, dj) of the link of left[i-di:i] with right[j-dj:j]."""
        return LinkCost(self)

    def max_keys(self) -> int:
        """The largest number of keys of one unit on either side."""
        return max(max(b - a for a, b in zip(c, c[1:])) if len(c) > 1 else 0
                   for c in (self.left_count, self.right_count))


class LinkCost:
    budgeted = True  # ``pair`` takes a budget: see __init__

    """The cost of any link of a pair model: call it as cost(i, j, di, dj) (link ending at i, j).

    Costs of leaving a unit alone are also lists, ``left_null[i]`` and ``right_null[j]``, for the
    dynamic programme's inner loop.
    """

    def __init__(self, model: PairModel) -> None:
        self.left_null = _null_costs(model.left_words, model.shape_penalty[(1, 0)])
        self.right_null = _null_costs(model.right_words, model.shape_penalty[(0, 1)])
        self._lwordless = _prefix([not w for w in model.left_words])
        self._rwordless = _prefix([not w for w in model.right_words])
        # the cost of links with units on both sides, for callers that know di, dj > 0; given a
        # budget, a merge that cannot cost less than it may come back as infinity
        self.pair, self.one = _pair_cost(model, self._lwordless, self._rwordless)

    def __call__(self, i: int, j: int, di: int, dj: int) -> float:
        if di == 0:
            return self.right_null[j]
        if dj == 0:
            return self.left_null[i]
        return self.pair(i, j, di, dj)


def _pool_sets(units: Sequence[frozenset[str]]) -> frozenset[str]:
    """The keys of several units together."""
    return frozenset().union(*units)


def _pool_bits(units: Sequence[int]) -> int:
    """The keys of several units together, as one bit mask."""
    out = 0
    for unit in units:
        out |= unit
    return out


def _number_keys(keys: Sequence[frozenset[str]]) -> list[frozenset[str]]:
    """The keys of each unit that are numbers."""
    empty: frozenset[str] = frozenset()
    # the distinct number keys first (few), then one intersection per unit
    digits = {k for k in union_all(keys) if k[0].isdigit()}
    if not digits:
        return [empty] * len(keys)
    return [unit & digits or empty if unit else empty for unit in keys]


def _null_costs(words: Sequence[bool], cost: float) -> list[float]:
    """Cost of leaving each unit alone, indexed by the position after it (index 0 unused)."""
    return [0.0] + [cost if w else WORDLESS_NULL_COST for w in words]


def _pair_cost(model: PairModel, lwordless: list[int], rwordless: list[int]):
    """cost(i, j, di, dj) of a link with units on both sides: shape prior, lengths, shared keys."""
    lcum, rcum = model.left_len, model.right_len
    lcnt, rcnt = model.left_count, model.right_count
    # keys as bit masks of the keys both sides have (only those can be shared): a meet of two
    # masks and a bit count are about twice as fast as a set meet, and far faster for pools
    lkeys, rkeys = model.masks()
    ratio, inv_ratio = model.ratio, 1.0 / model.ratio
    # z = |ratio*l - r| / sqrt(variance * mean / 2), in table steps: one multiplication less per call
    zscale = _LENGTH_STEPS / math.sqrt(model.variance * 0.5)
    length_table = _LENGTH_TABLE
    top = len(length_table) - 1
    per_match, per_miss = _lexical_tables(model.lexical, _WIDEST * max(model.max_keys(), 1))
    least = [min(a, b) for a, b in zip(per_match, per_miss)]  # a key's cost, matched or not, at best
    penalty = [[model.shape_penalty.get((di, dj), 0.0) for dj in range(_WIDEST + 1)] for di in range(_WIDEST + 1)]
    lnumbers, rnumbers = model.numbers()
    lnum, rnum = _prefix([len(x) for x in lnumbers]), _prefix([len(x) for x in rnumbers])
    sqrt = math.sqrt
    pool, count = _pool_bits, int.bit_count
    merge_check = model.merge_check
    # unions of the keys of 2, 3, ... units ending at a position, made when first needed
    lunion = {k: [None] * (model.n + 1) for k in range(2, _WIDEST + 1)}
    runion = {k: [None] * (model.m + 1) for k in range(2, _WIDEST + 1)}

    def cost(i: int, j: int, di: int, dj: int, budget: float = _INF) -> float:
        if di + dj > 2:
            if lwordless[i] - lwordless[i - di] or rwordless[j] - rwordless[j - dj]:
                return WORDLESS_MERGE_COST
        elif lwordless[i] - lwordless[i - 1] != rwordless[j] - rwordless[j - 1]:
            return WORDLESS_MERGE_COST  # a separator ('* * *') is linked to another, not to words
        lk = lcnt[i] - lcnt[i - di]
        rk = rcnt[j] - rcnt[j - dj]
        if lk < rk:
            trials, larger = lk, rk
        else:
            trials, larger = rk, lk
        total = penalty[di][dj]
        if total + trials * least[larger] > budget + _BUDGET_MARGIN:
            return _INF  # dearer than the caller's best even if the lengths agree (a fifth of merges)
        ll = lcum[i] - lcum[i - di]
        rl = rcum[j] - rcum[j - dj]
        mean = ll + rl * inv_ratio
        if mean > 0:
            k = int(abs(ratio * ll - rl) / sqrt(mean) * zscale)
            total += length_table[k if k < top else top]
        if di == 1 and dj == 1:
            shared = count(lkeys[i - 1] & rkeys[j - 1])
        else:
            if total + trials * least[larger] > budget + _BUDGET_MARGIN:
                # even if every key matched, the merge could not beat what the caller has:
                # skip the costly pooling of keys
                return _INF
            # keys of merged units are pooled: a key shared twice is one piece of evidence
            if di > 1:
                lpool = lunion[di][i]
                if lpool is None:
                    lpool = lunion[di][i] = pool(lkeys[i - di:i])
            else:
                lpool = lkeys[i - 1]
            if dj > 1:
                rpool = runion[dj][j]
                if rpool is None:
                    rpool = runion[dj][j] = pool(rkeys[j - dj:j])
            else:
                rpool = rkeys[j - 1]
            shared = count(lpool & rpool)
            if merge_check:
                # a merged unit none of whose keys the other side has is likely left untranslated
                # (a sentence the translator dropped): its keys count as misses too. The pooled
                # count alone sees only the smaller side's keys, so such a unit cost a merge
                # nothing but its length
                for u in range(i - di, i) if di > 1 else ():
                    if not lkeys[u] & rpool:
                        total += min(lcnt[u + 1] - lcnt[u], rk) * per_miss[larger]
                for u in range(j - dj, j) if dj > 1 else ():
                    if not rkeys[u] & lpool:
                        total += min(rcnt[u + 1] - rcnt[u], lk) * per_miss[larger]
        if lnum[i] - lnum[i - di] or rnum[j] - rnum[j - dj]:
            # numbers are checked on both sides: a merged unit's number with no counterpart
            # speaks against the merge
            ln = lnumbers[i - 1] if di == 1 else frozenset().union(*lnumbers[i - di:i])
            rn = rnumbers[j - 1] if dj == 1 else frozenset().union(*rnumbers[j - dj:j])
            total += NUMBER_MISS_COST * len(ln ^ rn)
        if trials == 0:
            return total
        if shared > trials:
            shared = trials
        return total + shared * per_match[larger] + (trials - shared) * per_miss[larger]

    # the same cost of a 1-1 link, one(i, j), from each unit's own figures (most links are 1-1:
    # a call with two arguments and no shape tests is a fifth cheaper); the same sums in the
    # same order, so the same floats
    lone, rone = _units(lwordless), _units(rwordless)
    llen, rlen = _units(lcum), _units(rcum)
    lsize, rsize = _units(lcnt), _units(rcnt)
    lnumbered, rnumbered = _units(lnum), _units(rnum)
    one_penalty = penalty[1][1]

    def one(i: int, j: int) -> float:
        if lone[i] != rone[j]:
            return WORDLESS_MERGE_COST
        ll = llen[i]
        rl = rlen[j]
        total = one_penalty
        mean = ll + rl * inv_ratio
        if mean > 0:
            k = int(abs(ratio * ll - rl) / sqrt(mean) * zscale)
            total += length_table[k if k < top else top]
        lk = lsize[i]
        rk = rsize[j]
        if lk < rk:
            trials, larger = lk, rk
        else:
            trials, larger = rk, lk
        if lnumbered[i] or rnumbered[j]:
            total += NUMBER_MISS_COST * len(lnumbers[i - 1] ^ rnumbers[j - 1])
        if trials == 0:
            return total
        shared = count(lkeys[i - 1] & rkeys[j - 1])
        if shared > trials:
            shared = trials
        return total + shared * per_match[larger] + (trials - shared) * per_miss[larger]

    return cost, one


def _units(prefix: list[int]) -> list[int]:
    """Each unit's own figure from prefix sums, indexed by the position after it (index 0 unused)."""
    return [0] + [b - a for a, b in zip(prefix, prefix[1:])]


# A cost whose lower bound exceeds the caller's budget by more than this (far above rounding
# errors) cannot win, so it is not worked out.
_BUDGET_MARGIN = 1e-7
# The most units a link may have on one side.
_WIDEST = max(max(shape) for shape in WIDE_SHAPES)
_INF = float("inf")
# Minus the log of the lengths' two-sided tail, tabulated in steps of 1/_LENGTH_STEPS of z up to
# z = 30 (beyond it the tail is below its floor).
_LENGTH_STEPS = 100
_LENGTH_TABLE = [-math.log(length_tail(k / _LENGTH_STEPS)) for k in range(30 * _LENGTH_STEPS + 1)]


@lru_cache(maxsize=64)
def _lexical_tables(lexical: LexicalModel, size: int) -> tuple[list[float], list[float]]:
    """Cost of one shared key and of one unshared key, by the number of keys on the larger side."""
    match, miss = [0.0] * (size + 1), [0.0] * (size + 1)
    for larger in range(1, size + 1):
        match[larger] = lexical.cost(1, 1, larger)
        miss[larger] = lexical.cost(0, 1, larger)
    return match, miss


def _prefix(values: Iterable[int]) -> list[int]:
    """Prefix sums starting at 0 (booleans count as 0 and 1)."""
    return list(accumulate(values, initial=0))


# Lengths are counted in Latin-script characters. A Chinese character says about as much as
# three of them, a kana or a Hangul syllable about two: counted as one, a Chinese text looked a
# third as long as its English original, which short texts (whose length ratio is pulled towards
# 1, see shrunk_ratio) could not learn, so every link was refused.
_HAN_RANGES = "\u2e80-\u2fdf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_KANA_HANGUL_RANGES = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\uac00-\ud7af"
_HAN = re.compile(f"[{_HAN_RANGES}]")
_KANA_HANGUL = re.compile(f"[{_KANA_HANGUL_RANGES}]")
_WIDE_FOUND = re.compile(f"[{_HAN_RANGES}{_KANA_HANGUL_RANGES}]").search
_HAN_WEIGHT = 3
_KANA_HANGUL_WEIGHT = 2


def text_length(text: str) -> int:
    """A unit's length in Latin-script characters (see _HAN)."""
    if text.isascii() or not _WIDE_FOUND(text):
        return len(text)
    return (len(text) + (_HAN_WEIGHT - 1) * len(_HAN.findall(text))
            + (_KANA_HANGUL_WEIGHT - 1) * len(_KANA_HANGUL.findall(text)))


def build_model(left: Sequence[str], right: Sequence[str], left_keys: Sequence[frozenset[str]],
                right_keys: Sequence[frozenset[str]], left_sizes: Sequence[int] | None = None) -> PairModel:
    """A model with Gale-Church defaults, the length ratio of the whole texts, and no lexical
    weight yet; ``left_sizes`` are the left units' key counts where not their keys' number."""
    llen = _prefix(map(text_length, left))
    rlen = _prefix(map(text_length, right))
    ratio = shrunk_ratio(llen[-1], rlen[-1])
    return PairModel(
        llen, rlen, list(left_keys), list(right_keys),
        _prefix([len(k) for k in left_keys] if left_sizes is None else left_sizes),
        _prefix([len(k) for k in right_keys]),
        [any(c.isalnum() for c in t) for t in left], [any(c.isalnum() for c in t) for t in right],
        ratio, LENGTH_VARIANCE, LexicalModel(0.5, 1.0, LEXICAL_WEIGHT))


def shrunk_ratio(left_chars: int, right_chars: int) -> float:
    """The right/left length ratio of two texts, pulled towards 1 the shorter they are.

    >>> round(shrunk_ratio(200, 160), 3), round(shrunk_ratio(200_000, 160_000), 3)
    (0.98, 0.8)
    """
    if not left_chars or not right_chars:
        return _PRIOR_RATIO
    weight = (left_chars + right_chars) / (left_chars + right_chars + _RATIO_PRIOR_CHARS)
    return math.exp(weight * math.log(right_chars / left_chars) + (1 - weight) * math.log(_PRIOR_RATIO))


def random_match_rate(model: PairModel, samples: int = 2000) -> float:
    """How often a left key and a right key coincide between units far apart (almost surely not translations)."""
    n, m = model.n, model.m
    shared = pairs = 0
    step = max(1, n // samples)
    lmasks, rmasks = model.masks()  # read here: a call per pair costs more than the pair's work
    lcount, rcount = model.left_count, model.right_count
    for a in range(0, n, step):
        for shift in (m // 2, m // 3):
            if shift < 2:
                continue  # in a text this short the unit beside a partner may be its translation too
            b = (round(a * m / n) + shift) % m
            shared += (lmasks[a] & rmasks[b]).bit_count()
            pairs += (lcount[a + 1] - lcount[a]) * (rcount[b + 1] - rcount[b])
    # pseudo-counts keep a short text's estimate away from 0 (one lucky miss is no proof)
    return (shared + _PRIOR_PAIR_RATE * _PAIR_RATE_PRIOR_PAIRS) / (pairs + _PAIR_RATE_PRIOR_PAIRS)


def neighbourhood_match_rate(model: PairModel, centre: Sequence[int], reach: int = 2,
                             samples: int = 2000) -> float:
    """The match rate of each left unit's best partner near an expected position: a first guess of p_link."""
    n, m = model.n, model.m
    shared = trials = 0
    step = max(1, n // samples)
    lmasks, rmasks = model.masks()
    lcount, rcount = model.left_count, model.right_count
    for a in range(0, n, step):
        c = min(max(centre[a], 0), m - 1)
        best = None
        lsize, lmask = lcount[a + 1] - lcount[a], lmasks[a]
        for b in range(max(0, c - reach), min(m, c + reach + 1)):
            t = min(lsize, rcount[b + 1] - rcount[b])
            if t:
                found = min((lmask & rmasks[b]).bit_count(), t)
                r = found / t
                if best is None or r > best[0]:
                    best = (r, found, t)
        if best:
            shared += best[1]
            trials += best[2]
    return (shared + _PRIOR_P_LINK * _P_LINK_PRIOR_TRIALS) / (trials + _P_LINK_PRIOR_TRIALS)


def with_lexical(model: PairModel, p_link: float, pair_rate: float) -> PairModel:
    """The model with new match rates (kept inside (0, 1) so every log stays finite)."""
    p_link = min(max(p_link, 0.01), 0.95)
    pair_rate = min(max(pair_rate, 1e-6), 0.5)
    return replace(model, lexical=LexicalModel(p_link, pair_rate, LEXICAL_WEIGHT))


def recalibrate(model: PairModel, beads: Sequence[tuple[int, int, int, int]],
                min_links: int = 20) -> PairModel:
    """Length ratio, length variance and p_link re-estimated from the 1-1 links of a first pass,
    and the shape priors from all its links."""
    ones = [(a, c) for a, b, c, d in beads if b - a == 1 and d - c == 1]
    if len(ones) < min_links:
        return model
    ll = [model.left_len[a + 1] - model.left_len[a] for a, _ in ones]
    rl = [model.right_len[c + 1] - model.right_len[c] for _, c in ones]
    ratio = sum(rl) / sum(ll) if sum(ll) else model.ratio
    # variance per character from the median absolute deviation (robust to the wrong links)
    devs = [abs(ratio * x - y) / math.sqrt(max((x + y / ratio) / 2.0, 1.0)) for x, y in zip(ll, rl)]
    variance = (statistics.median(devs) / 0.6745) ** 2 if devs else model.variance
    variance = min(max(variance, 2.0), 40.0)
    shared = sum(min(model.matches(a, c), model.trials(a, c)) for a, c in ones)
    trials = sum(model.trials(a, c) for a, c in ones)
    p_link = shared / trials if trials else model.lexical.p_link
    model = replace(model, ratio=ratio, variance=variance, shape_penalty=learned_shape_penalty(beads),
                    shapes=_shapes_for(beads))
    return with_lexical(model, p_link, random_match_rate(model))


def learned_shape_penalty(beads: Sequence[tuple[int, int, int, int]]) -> dict[tuple[int, int], float]:
    """Minus the log of each link shape's share among a first pass's links, with Gale and
    Church's priors as _SHAPE_PRIOR_LINKS links seen beforehand.

    Shapes differ with the units and the translator: paragraph breaks are mostly kept (a merge
    is rarer than among sentences), while some translators split one sentence in two as a
    rule (1-2 links are a quarter of one development set).
    """
    counts: dict[tuple[int, int], int] = {}
    for a, b, c, d in beads:
        shape = (b - a, d - c)
        counts[shape] = counts.get(shape, 0) + 1
    total = sum(counts.get(shape, 0) for shape in SHAPE_PRIOR) + _SHAPE_PRIOR_LINKS
    return {shape: -math.log((counts.get(shape, 0) + _SHAPE_PRIOR_LINKS * p) / total)
            for shape, p in SHAPE_PRIOR.items()}


def _shapes_for(beads: Sequence[tuple[int, int, int, int]]) -> tuple[tuple[int, int], ...]:
    """The link shapes for a pair: 4-1 and 1-4 only where a first pass (which may take them)
    found links of three or four units on a side often, as they cost time on every cell.

    A translator who joins three sentences joins four now and then: the development sets' gold
    has 26 4-1 links beside 100 3-1; paragraphs are seldom joined in threes.
    """
    linked = sum(1 for a, b, c, d in beads if b > a and d > c)
    threes = sum(1 for a, b, c, d in beads if b > a and d > c and max(b - a, d - c) >= 3)
    return WIDE_SHAPES if linked and threes >= _WIDE_SHAPES_SHARE * linked else SHAPES


def coarsen(model: PairModel, factor: int) -> PairModel:
    """The same pair seen in blocks of ``factor`` units per side: a cheap view for finding the path."""
    left_masks, right_masks = model.masks()
    lnumbers, rnumbers = model.numbers()

    def blocks(cum: list[int], keys: list[frozenset[str]], masks: list[int], numbers: list[frozenset[str]],
               words: list[bool]):
        starts = range(0, len(words), factor)
        lengths = [cum[min(s + factor, len(words))] - cum[s] for s in starts]
        pooled = [_pool_sets(keys[s:s + factor]) for s in starts]
        return (_prefix(lengths), pooled, [_pool_bits(masks[s:s + factor]) for s in starts],
                _prefix([len(k) for k in pooled]), [any(words[s:s + factor]) for s in starts],
                [_pool_sets(numbers[s:s + factor]) for s in starts])

    llen, lkeys, lmasks, lcount, lwords, lnum = blocks(model.left_len, model.left_keys, left_masks, lnumbers,
                                                       model.left_words)
    rlen, rkeys, rmasks, rcount, rwords, rnum = blocks(model.right_len, model.right_keys, right_masks, rnumbers,
                                                       model.right_words)
    # block edges fall mid-translation, so block lengths differ more than units' do
    coarse = PairModel(llen, rlen, lkeys, rkeys, lcount, rcount, lwords, rwords,
                       model.ratio, model.variance * factor, model.lexical,
                       left_numbers=lnum, right_numbers=rnum, translations=model.translations,
                       key_masks=_masks_record(lkeys, rkeys, model.translations, lmasks, rmasks))
    return calibrate_lexical(coarse)


def _shared_key_bits(left: Sequence[frozenset[str]], right: Sequence[frozenset[str]],
                     translations: dict[str, set[str]] | None = None) -> dict[str, int]:
    """One bit per key both sides have (the left's translations counted): a key of one side only
    is never shared, and left out of the masks it keeps them short (about a quarter of the
    length on a book)."""
    lefts = translated_union(left, translations) if translations else union_all(left)
    return {key: 1 << k for k, key in enumerate(lefts & union_all(right))}


def _left_masks(keys: Sequence[frozenset[str]], translations: dict[str, set[str]] | None,
                bit: dict[str, int]) -> list[int]:
    """The left units' masks, their keys' translations counted."""
    return translated_masks(keys, translations, bit) if translations else _side_masks(keys, bit)


def _masks_record(left_keys, right_keys, translations, left_masks, right_masks, bit=None) -> tuple:
    """The masks with what they were made from (see PairModel.key_masks) and the bit of each key."""
    return left_keys, right_keys, translations or None, left_masks, right_masks, bit


def _made_from(record: tuple, left_keys, right_keys, translations) -> bool:
    """Whether masks were made from these very key lists and translations."""
    return record[0] is left_keys and record[1] is right_keys and record[2] is (translations or None)


def _side_masks(keys: Sequence[frozenset[str]], bit: dict[str, int]) -> list[int]:
    """The bit mask of each unit's keys that have a bit."""
    # a unit's keys are distinct, so their bits are too: their sum is their union, and sum and
    # map run the loop over a unit's keys in C (three times faster than or-ing them here)
    get, none = bit.get, repeat(0)
    return [sum(map(get, unit, none)) for unit in keys]


def calibrate_lexical(model: PairModel) -> PairModel:
    """Match rates guessed before any alignment: best partners near the diagonal, far pairs for chance."""
    n, m = model.n, model.m
    centre = [round(i * m / n) for i in range(n)]
    return with_lexical(model, neighbourhood_match_rate(model, centre), random_match_rate(model))


def window(model: PairModel, i0: int, i1: int, j0: int, j1: int) -> PairModel:
    """The part of the pair between left units i0..i1-1 and right units j0..j1-1."""
    def cut(prefix: list[int], a: int, b: int) -> list[int]:
        return [x - prefix[a] for x in prefix[a:b + 1]]

    lnumbers, rnumbers = model.numbers()
    lmasks, rmasks = model.masks()
    lkeys, rkeys = model.left_keys[i0:i1], model.right_keys[j0:j1]
    return replace(model, left_len=cut(model.left_len, i0, i1), right_len=cut(model.right_len, j0, j1),
                   left_numbers=lnumbers[i0:i1], right_numbers=rnumbers[j0:j1],
                   left_keys=lkeys, right_keys=rkeys,
                   key_masks=_masks_record(lkeys, rkeys, model.translations, lmasks[i0:i1], rmasks[j0:j1]),
                   left_count=cut(model.left_count, i0, i1), right_count=cut(model.right_count, j0, j1),
                   left_words=model.left_words[i0:i1], right_words=model.right_words[j0:j1],
                   plain_translations=None)
