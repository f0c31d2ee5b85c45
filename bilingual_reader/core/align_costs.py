"""Costs of candidate links: how unlikely a link of a given shape is, given the units' lengths."""

from __future__ import annotations

import math

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
