"""How sure the aligner says it is of each link."""

from bilingual_reader.core.align import align_units
from bilingual_reader.core.align_confidence import link_margins
from bilingual_reader.core.align_dp import WIDE_SHAPES


class _Costs:
    """Link costs of a tiny pair: leaving a unit alone costs 2, the 4-1 link -1, any other link 5."""

    def __init__(self, n: int, m: int) -> None:
        self.left_null = [0.0] + [2.0] * n
        self.right_null = [0.0] + [2.0] * m

    def pair(self, i: int, j: int, di: int, dj: int) -> float:
        return -1.0 if (di, dj) == (4, 1) else 5.0


def test_a_four_to_one_link_is_weighed_against_the_paths_without_it():
    # without it the cheapest path is a 3-1 link and one unit alone (5 + 2): 8 dearer than -1
    assert link_margins(4, 1, _Costs(4, 1), [(0, 4, 0, 1)], shapes=WIDE_SHAPES) == [8.0]


def test_links_of_four_units_to_one_score_at_most_a_coin_flip():
    # the right side joins four left lines into one now and then, three often (so the aligner
    # takes the wide shapes), each line known by its own numbers
    left = [f"On day {k} the party of {k + 40} walkers climbed {100 + 17 * k} metres." for k in range(60)]
    right, groups = [], []
    k = 0
    while k < len(left):
        size = 4 if k % 20 == 0 else 3 if k % 10 == 5 else 1
        groups.append(tuple(range(k, min(k + size, len(left)))))
        right.append(" ".join(left[i] for i in groups[-1]))
        k += size
    links = align_units(left, right, left_lang="en", right_lang="en")
    assert [link.left for link in links] == groups
    wide = [link.score for link in links if len(link.left) == 4]
    others = [link.score for link in links if len(link.left) < 4]
    assert wide and max(wide) <= 0.5
    assert min(others) > 0.5
