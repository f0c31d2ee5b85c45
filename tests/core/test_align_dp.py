"""The dynamic programme's fast paths give exactly what the row-by-row programme gives."""

import random

from bilingual_reader.core import align_dp

from bilingual_reader.core.align_dp import COARSE_SHAPES, SHAPES, band_around, best_path_and_costs, diagonal_band
from bilingual_reader.core.align_features import raw_keys, raw_keys_all
from bilingual_reader.core.align_lexicon import learn_translations


class _Costs:
    """Costs drawn from a few values, so ties are frequent; merges may refuse a hopeless budget."""

    def __init__(self, rnd: random.Random, n: int, m: int, budgeted: bool) -> None:
        self.left_null = [0.0] + [rnd.choice([1.0, 2.0, 3.0]) for _ in range(n)]
        self.right_null = [0.0] + [rnd.choice([1.0, 2.0, 3.0]) for _ in range(m)]
        self.budgeted = budgeted
        table: dict = {}

        def pair(i, j, di, dj, budget=float("inf")):
            c = table.setdefault((i, j, di, dj), rnd.choice([-2.0, -1.0, 0.0, 0.5, 1.0, 2.0]))
            return float("inf") if c > budget + 1e-7 else c
        self.pair = pair


def test_small_windows_cell_by_cell_match_the_row_by_row_programme_ties_included():
    rnd = random.Random(5)
    for _ in range(1500):
        n, m = rnd.randint(0, 8), rnd.randint(0, 8)
        if n == m == 0:
            continue
        band = diagonal_band(n, m, rnd.randint(0, 9))  # small: a cached tuple, solved cell by cell
        assert type(band) is tuple
        shapes = rnd.choice([SHAPES, COARSE_SHAPES])
        costs = _Costs(rnd, n, m, rnd.random() < 0.5)
        assert best_path_and_costs(n, m, costs, band, shapes) == best_path_and_costs(n, m, costs, list(band), shapes)


def test_path_costs_are_the_sums_of_the_beads_costs():
    rnd = random.Random(7)
    costs = _Costs(rnd, 30, 27, False)
    beads, sums = best_path_and_costs(30, 27, costs, list(diagonal_band(30, 27, 5)))
    total = [0.0]
    for a, b, c, d in beads:
        one = costs.right_null[d] if b == a else costs.left_null[b] if d == c else costs.pair(b, d, b - a, d - c)
        total.append(total[-1] + one)
    assert sums == total


def test_keys_found_together_are_each_texts_own():
    texts = ["Mr. Þór paid 1,50 € on 3 May?", "«Déjà vu!» — 1848", "", "plain ascii words here",
             "Ελληνικά Αθήνα 2024", "two\nlines 7", "- a list item", "Ísland og Færeyjar"]
    assert raw_keys_all(texts) == [raw_keys(t) for t in texts]
    assert raw_keys_all(texts[:4]) == [raw_keys(t) for t in texts[:4]]  # the batched Latin path


def test_translations_ignore_keys_seen_once_without_changing_the_table():
    pairs = [(frozenset({"chat", "noir"}), frozenset({"cat", "black"})),
             (frozenset({"chat", "gris"}), frozenset({"cat", "grey"})),
             (frozenset({"noir", "once"}), frozenset({"black", "only"}))]
    assert learn_translations(pairs) == {"chat": {"cat"}, "noir": {"black"}}


def test_translations_are_every_best_pair_seen_twice_with_dice_of_at_least_the_minimum():
    import random
    from collections import Counter

    from bilingual_reader.core.align_lexicon import MIN_DICE, MIN_TOGETHER

    rng = random.Random(7)
    left_words, right_words = [f"l{k}" for k in range(40)], [f"r{k}" for k in range(40)]
    pairs = []
    for _ in range(300):
        lk = frozenset(rng.sample(left_words, rng.randint(1, 8)))
        # each left word's counterpart, now and then, and some noise
        rk = {f"r{w[1:]}" for w in lk if rng.random() < 0.7} | set(rng.sample(right_words, rng.randint(0, 4)))
        pairs.append((lk, frozenset(rk)))
    # the definition, pair by pair, with no shortcut
    ldf, rdf = Counter(k for lk, _ in pairs for k in lk), Counter(k for _, rk in pairs for k in rk)
    together = Counter((a, b) for lk, rk in pairs for a in lk - rk for b in rk - lk)
    dice = {(a, b): 2 * c / (ldf[a] + rdf[b]) for (a, b), c in together.items()
            if c >= MIN_TOGETHER and ldf[a] >= MIN_TOGETHER and rdf[b] >= MIN_TOGETHER}
    expected: dict = {}
    for (a, b), d in dice.items():
        if d >= MIN_DICE:
            top = max(v for (x, _), v in dice.items() if x == a)
            if abs(d - top) <= 1e-9:
                expected.setdefault(a, set()).add(b)
    assert learn_translations(pairs) == expected and len(expected) > 10


def test_widening_at_the_low_edge_reaches_below_the_path_point():
    # A row's range never starts before the previous row's, so widening one row down alone would
    # be undone; the rows above it widen too.
    band = diagonal_band(100, 100, 3)
    i, j = 50, band[50][0]  # a point on the low edge
    wider = band_around([(i, j)], 100, 100, 8, base=band, connect=False)
    assert wider[i][0] <= j - 8
    assert wider[i][1] >= j + 8
    assert all(lo <= hi for lo, hi in wider)
    assert all(a[0] <= b[0] and a[1] <= b[1] for a, b in zip(wider, wider[1:]))


def test_one_unit_against_one_gives_what_the_programme_gives_ties_included():
    rnd = random.Random(11)
    ties = 0
    for _ in range(300):
        costs = _Costs(rnd, 6, 6, rnd.random() < 0.5)
        at = (rnd.randint(0, 5), rnd.randint(0, 5))
        band = diagonal_band(1, 1, 3)
        programme = align_dp._small_best_path(1, 1, costs, band, SHAPES, at)
        assert best_path_and_costs(1, 1, costs, band, SHAPES, at) == programme
        ties += costs.pair(at[0] + 1, at[1] + 1, 1, 1) == costs.left_null[at[0] + 1] + costs.right_null[at[1] + 1]
    assert ties  # the tie between linking and leaving alone was met
