"""Costs of candidate links (minus log-likelihoods): shape priors, lengths, and shared keys."""

from __future__ import annotations

import math
from dataclasses import dataclass

# Prior probabilities of link shapes (Gale & Church 1993, with room for 2-2, 1-3/3-1 and 1-4/4-1).
SHAPE_PRIOR = {
    (1, 1): 0.89, (1, 0): 0.005, (0, 1): 0.005, (2, 1): 0.045, (1, 2): 0.045,
    (2, 2): 0.011, (3, 1): 0.004, (1, 3): 0.004, (4, 1): 0.002, (1, 4): 0.002,
}
SHAPE_PENALTY = {shape: -math.log(p) for shape, p in SHAPE_PRIOR.items()}

# Variance of the length difference per character (Gale & Church's estimate).
LENGTH_VARIANCE = 6.8
# Lengths of real translations have far heavier tails than a normal law: on the hand-aligned
# development sets, of the 1-1 links 0.5-2.8 % lie beyond 3 standard deviations of the rest
# (a normal law: 0.27 %), up to 1.6 % beyond 4 (0.006 %) and up to 0.5 % beyond 6 (verse
# translated freely, a clause added or dropped). So a link's length difference is drawn from
# the usual normal law, or, for this share of links, from one this many times as wide. Under
# the normal law alone, one such line cost as much as 5 deletions, and the path went round it.
LENGTH_OUTLIER_SHARE = 0.05
LENGTH_OUTLIER_SPREAD = 4.0
_SQRT2 = math.sqrt(2.0)


def length_tail(z: float) -> float:
    """Probability that a true link's length difference is at least ``z`` standard deviations
    either side (floored so its log stays finite)."""
    core = math.erfc(z / _SQRT2)
    wide = math.erfc(z / (_SQRT2 * LENGTH_OUTLIER_SPREAD))
    return max((1.0 - LENGTH_OUTLIER_SHARE) * core + LENGTH_OUTLIER_SHARE * wide, 1e-12)


def length_cost(left_len: float, right_len: float, ratio: float = 1.0,
                variance: float = LENGTH_VARIANCE) -> float:
    """Minus the log-probability that texts of these lengths are translations (Gale-Church,
    with the heavier tail above)."""
    mean = (left_len + right_len / ratio) / 2.0
    if mean <= 0:
        return 0.0
    z = (ratio * left_len - right_len) / math.sqrt(variance * mean)
    return -math.log(length_tail(abs(z)))


@dataclass(frozen=True)
class LexicalModel:
    """How often a key finds its counterpart in a true link, and how often two keys meet by chance.

    Of the keys of a link's smaller side, each is a coin toss: matched with probability p_link in
    a true link, and with p_random = pair_rate x (keys on the larger side) in a chance pairing, so
    long or merged units do not win by sheer size. A link's cost is minus the log likelihood ratio
    of its matches: a link with fewer matches than translations usually have costs more than
    linking nothing.
    """

    p_link: float
    pair_rate: float
    weight: float = 1.0

    def cost(self, shared: float, left_keys: int, right_keys: int) -> float:
        """Minus the log likelihood ratio of ``shared`` common keys between sides of these sizes."""
        trials = min(left_keys, right_keys)
        if trials == 0:
            return 0.0
        p_random = min(self.pair_rate * max(left_keys, right_keys), 0.9)
        if p_random >= self.p_link:
            return 0.0  # sharing keys is no evidence when chance explains it as well
        shared = min(shared, trials)
        return -self.weight * (shared * math.log(self.p_link / p_random)
                               + (trials - shared) * math.log((1.0 - self.p_link) / (1.0 - p_random)))
