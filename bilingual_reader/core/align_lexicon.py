"""A word-translation table learned from the texts themselves (as hunalign's -realign does).

After a first alignment, keys that keep appearing together in linked units ('chat' with 'cat',
'hund' with 'chie') are taken as translations of each other, so a second pass sees more evidence.
"""

from __future__ import annotations

from collections import Counter
from functools import reduce
from itertools import repeat
from operator import or_
from typing import Iterable, Mapping, Sequence

from .align_features import union_all

# A pair must be seen together at least this often to be trusted...
MIN_TOGETHER = 2
# ...and its Dice coefficient reach this.
MIN_DICE = 0.4
# Training pairs beyond this number are sampled evenly (the table saturates, the time does not).
MAX_PAIRS = 2000


def learn_translations(pairs: Sequence[tuple[frozenset[str], frozenset[str]]]) -> dict[str, set[str]]:
    """For each left key, the right keys it is translated by, from pairs of linked units' keys."""
    if len(pairs) > MAX_PAIRS:
        step = len(pairs) / MAX_PAIRS
        pairs = [pairs[int(k * step)] for k in range(MAX_PAIRS)]
    left_df: Counter[str] = Counter()
    right_df: Counter[str] = Counter()
    for lk, rk in pairs:
        left_df.update(lk)
        right_df.update(rk)
    # a key seen once is never seen together MIN_TOGETHER times: counting its pairs is wasted
    left_once = {a for a, c in left_df.items() if c < MIN_TOGETHER}
    right_once = {b for b, c in right_df.items() if c < MIN_TOGETHER}
    # for each left key, how often each right key is in the same pair (one count of strings per
    # left key: no (a, b) tuple is made)
    together: dict[str, Counter[str]] = {}
    for lk, rk in pairs:
        # identical keys already match; only learn the ones that do not
        rights = [b for b in rk - lk if b not in right_once]
        if not rights:
            continue
        for a in lk - rk:
            if a not in left_once:
                seen = together.get(a)
                if seen is None:
                    seen = together[a] = Counter()
                seen.update(rights)
    best: dict[str, tuple[float, set[str]]] = {}
    for a, seen in together.items():
        # b is seen at least c times, so Dice is at most 2c / (df(a) + c): counts below this
        # cannot reach MIN_DICE, and most counts (1s) are passed over in one comprehension
        least = max(MIN_TOGETHER, left_df[a] * MIN_DICE / (2.0 - MIN_DICE) - 1e-9)
        for b, c in [(b, c) for b, c in seen.items() if c >= least]:
            dice = 2.0 * c / (left_df[a] + right_df[b])
            if dice < MIN_DICE:
                continue
            old = best.get(a)
            if old is None or dice > old[0] + 1e-9:
                best[a] = (dice, {b})
            elif abs(dice - old[0]) <= 1e-9:
                old[1].add(b)
    return {a: bs for a, (_, bs) in best.items()}


def translated_union(keys: Sequence[frozenset[str]], table: Mapping[str, Iterable[str]]) -> set[str]:
    """Every key of the units and every translation of one of them."""
    out = union_all(keys)
    for key in out.intersection(table):
        out.update(table[key])
    return out


def translated_masks(keys: Sequence[frozenset[str]], table: Mapping[str, Iterable[str]],
                     bit: dict[str, int]) -> list[int]:
    """The bit mask of each unit's keys and their translations.

    A key's mask with its translations is made once; a unit's mask is then the union of its own
    keys' masks: a few unions per unit instead of a set of all the translations (4.5 times as
    many keys as the unit's own on a 10,000-line pair) and a bit per member.
    """
    get = bit.get
    mask = dict(bit)
    mask.update({key: get(key, 0) | reduce(or_, map(get, table[key], repeat(0)), 0)
                 for key in union_all(keys).intersection(table)})
    of = mask.get
    return [reduce(or_, map(of, unit, repeat(0)), 0) for unit in keys]


def translated_counts(keys: Sequence[frozenset[str]], table: Mapping[str, Iterable[str]]) -> list[int]:
    """How many keys each unit has with its translations."""
    known, translations = frozenset(table), table.__getitem__  # a set: a meet with a dict's keys makes one each time
    out = []
    for k in keys:
        hits = k & known
        out.append(len(k.union(*map(translations, hits))) if hits else len(k))
    return out
