"""Costs of candidate links (minus log-likelihoods): shape priors, lengths, and shared keys."""

from __future__ import annotations

import math
from dataclasses import dataclass

# Prior probabilities of link shapes (Gale & Church 1993, with room for 2-2 and 1-3/3-1).
SHAPE_PRIOR = {
    (1, 1): 0.89, (1, 0): 0.005, (0, 1): 0.005, (2, 1): 0.045, (1, 2): 0.045,
    (2, 2): 0.011, (3, 1): 0.004, (1, 3): 0.004,
}
SHAPE_PENALTY = {shape: -math.log(p) for shape, p in SHAPE_PRIOR.items()}

# Variance of the length difference per character (Gale & Church's estimate).
LENGTH_VARIANCE = 6.8


def length_cost(left_len: float, right_len: float, ratio: float = 1.0,
                variance: float = LENGTH_VARIANCE) -> float:
    """Minus the log-probability that texts of these lengths are translations (Gale-Church)."""
    mean = (left_len + right_len / ratio) / 2.0
    if mean <= 0:
        return 0.0
    z = (ratio * left_len - right_len) / math.sqrt(variance * mean)
    # Two-sided tail of the normal distribution; floored so the log stays finite.
    p = max(math.erfc(abs(z) / math.sqrt(2.0)), 1e-12)
    return -math.log(p)


@dataclass(frozen=True)
class LexicalModel:
    """How often a key finds its counterpart in a true link (p_link) and in a random pair (p_random).

    Each possible match is a coin toss with one of the two biases; a link's cost is minus the log
    likelihood ratio of its matches, so a link with fewer matches than translations usually have
    costs more than linking nothing.
    """

    p_link: float
    p_random: float
    weight: float = 1.0

    @property
    def per_match(self) -> float:
        """Cost change of one more shared key (negative: a match is evidence for the link)."""
        return -self.weight * math.log(self.p_link / self.p_random)

    @property
    def per_miss(self) -> float:
        """Cost change of one key without a counterpart (positive)."""
        return -self.weight * math.log((1.0 - self.p_link) / (1.0 - self.p_random))

    def cost(self, matches: float, trials: float) -> float:
        """Minus the log likelihood ratio of ``matches`` shared keys out of ``trials``."""
        matches = min(matches, trials)
        return matches * self.per_match + (trials - matches) * self.per_miss


def clamp_probabilities(p_link: float, p_random: float) -> tuple[float, float]:
    """Keep both rates inside (0, 1) and the link rate no lower than the random one."""
    p_random = min(max(p_random, 0.005), 0.5)
    p_link = min(max(p_link, p_random), 0.95)
    return p_link, p_random
