"""Everything the aligner knows about one pair of texts, and the cost of any candidate link."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, replace
from typing import Sequence

from .align_costs import (LENGTH_VARIANCE, SHAPE_PENALTY, LexicalModel, clamp_probabilities)

# Cost of leaving a unit without counterpart: the shape prior only, whatever its length (a long
# paragraph missing from a translation is no rarer than a short one).
NULL_COST = SHAPE_PENALTY[(1, 0)]
# A unit with no letter or digit in it ('–', '* * *') is expected to stand alone.
WORDLESS_NULL_COST = 0.5
# Merging a wordless unit into a bigger link would hide it from the reader.
WORDLESS_MERGE_COST = 50.0
# Keys of one unit are not independent evidence (a name repeats, words come in phrases); this
# damps the lexical log-likelihood ratio so length still counts.
LEXICAL_WEIGHT = 0.5
_SQRT2 = math.sqrt(2.0)


@dataclass
class PairModel:
    """Lengths, keys and calibrated parameters of one pair of unit sequences."""

    left_len: list[int]  # prefix sums of character lengths
    right_len: list[int]
    left_keys: list[frozenset[str]]  # keys of each left unit, translations included
    right_keys: list[frozenset[str]]
    left_count: list[int]  # prefix sums of the number of keys per unit
    right_count: list[int]
    left_words: list[bool]
    right_words: list[bool]
    ratio: float
    variance: float
    lexical: LexicalModel

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
        return len(self.left_keys[a] & self.right_keys[b])

    def trials(self, a: int, b: int) -> int:
        """How many keys of units a and b could have found a counterpart."""
        return min(self.left_count[a + 1] - self.left_count[a], self.right_count[b + 1] - self.right_count[b])

    def cost_function(self):
        """A fast cost(i, j, di, dj) of the link of left[i-di:i] with right[j-dj:j]."""
        lcum, rcum = self.left_len, self.right_len
        lcnt, rcnt = self.left_count, self.right_count
        lkeys, rkeys = self.left_keys, self.right_keys
        lwords, rwords = self.left_words, self.right_words
        ratio, variance = self.ratio, self.variance
        per_match, per_miss = self.lexical.per_match, self.lexical.per_miss
        penalty = SHAPE_PENALTY
        erfc, log, sqrt = math.erfc, math.log, math.sqrt
        cache: dict[int, int] = {}
        lunion: dict[tuple[int, int], frozenset[str]] = {}
        runion: dict[tuple[int, int], frozenset[str]] = {}
        width = self.m + 1

        def cost(i: int, j: int, di: int, dj: int) -> float:
            if di == 0:
                return NULL_COST if rwords[j - 1] else WORDLESS_NULL_COST
            if dj == 0:
                return NULL_COST if lwords[i - 1] else WORDLESS_NULL_COST
            if di + dj > 2 and not (all(lwords[i - di:i]) and all(rwords[j - dj:j])):
                return WORDLESS_MERGE_COST
            ll = lcum[i] - lcum[i - di]
            rl = rcum[j] - rcum[j - dj]
            total = penalty[(di, dj)]
            mean = (ll + rl / ratio) / 2.0
            if mean > 0:
                z = abs(ratio * ll - rl) / sqrt(variance * mean)
                total -= log(max(erfc(z / _SQRT2), 1e-12))
            if di == 1 and dj == 1:
                key = i * width + j
                shared = cache.get(key)
                if shared is None:
                    shared = cache[key] = len(lkeys[i - 1] & rkeys[j - 1])
            else:
                # keys of merged units are pooled: a key shared twice is one piece of evidence
                shared = len(_pooled(lkeys, lunion, i, di) & _pooled(rkeys, runion, j, dj))
            trials = min(lcnt[i] - lcnt[i - di], rcnt[j] - rcnt[j - dj])
            if shared > trials:
                shared = trials
            return total + shared * per_match + (trials - shared) * per_miss

        return cost


def _pooled(keys: Sequence[frozenset[str]], cache: dict, end: int, count: int) -> frozenset[str]:
    """The union of the keys of units end-count .. end-1, cached."""
    pooled = cache.get((end, count))
    if pooled is None:
        pooled = cache[(end, count)] = frozenset().union(*keys[end - count:end])
    return pooled


def _prefix(values: Sequence[int]) -> list[int]:
    """Prefix sums starting at 0."""
    out = [0]
    for v in values:
        out.append(out[-1] + v)
    return out


def build_model(left: Sequence[str], right: Sequence[str], left_keys: Sequence[frozenset[str]],
                right_keys: Sequence[frozenset[str]]) -> PairModel:
    """A model with Gale-Church defaults, the length ratio of the whole texts, and no lexical weight yet."""
    llen = _prefix([len(t) for t in left])
    rlen = _prefix([len(t) for t in right])
    ratio = rlen[-1] / llen[-1] if llen[-1] and rlen[-1] else 1.0
    return PairModel(
        llen, rlen, list(left_keys), list(right_keys),
        _prefix([len(k) for k in left_keys]), _prefix([len(k) for k in right_keys]),
        [any(c.isalnum() for c in t) for t in left], [any(c.isalnum() for c in t) for t in right],
        ratio, LENGTH_VARIANCE, LexicalModel(0.5, 0.5, LEXICAL_WEIGHT))


def random_match_rate(model: PairModel, samples: int = 2000) -> float:
    """How often keys match between units that are far apart (so almost surely not translations)."""
    n, m = model.n, model.m
    if n < 2 or m < 2:
        return 0.05
    shared = trials = 0
    step = max(1, n // samples)
    for a in range(0, n, step):
        for shift in (m // 2, m // 3):
            b = (round(a * m / n) + max(shift, 1)) % m
            shared += min(model.matches(a, b), model.trials(a, b))
            trials += model.trials(a, b)
    return shared / trials if trials else 0.05


def neighbourhood_match_rate(model: PairModel, centre: Sequence[int], reach: int = 2,
                             samples: int = 2000) -> float:
    """The match rate of each left unit's best partner near an expected position: a first guess of p_link."""
    n, m = model.n, model.m
    shared = trials = 0
    step = max(1, n // samples)
    for a in range(0, n, step):
        c = min(max(centre[a], 0), m - 1)
        best = None
        for b in range(max(0, c - reach), min(m, c + reach + 1)):
            t = model.trials(a, b)
            if t:
                r = min(model.matches(a, b), t) / t
                if best is None or r > best[0]:
                    best = (r, min(model.matches(a, b), t), t)
        if best:
            shared += best[1]
            trials += best[2]
    return shared / trials if trials else 0.0


def with_lexical(model: PairModel, p_link: float, p_random: float) -> PairModel:
    """The model with new match rates."""
    p_link, p_random = clamp_probabilities(p_link, p_random)
    return replace(model, lexical=LexicalModel(p_link, p_random, LEXICAL_WEIGHT))


def recalibrate(model: PairModel, beads: Sequence[tuple[int, int, int, int]],
                min_links: int = 20) -> PairModel:
    """Length ratio, length variance and p_link re-estimated from the 1-1 links of a first pass."""
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
    model = replace(model, ratio=ratio, variance=variance)
    return with_lexical(model, p_link, random_match_rate(model))
