"""The scroll map keeps aligned paragraph boundaries together, reads only the blocks it needs, and the sync point ramps."""

from bisect import bisect_right

import pytest

from bilingual_reader.core.scrollmap import PaneGeometry, ScrollMap, sync_point, top_for_sync_point


class FakePane:
    """Blocks of given heights stacked from y=0, counting which block tops were asked for."""

    def __init__(self, heights, margin=0.0):
        self.tops, y = [], margin
        for h in heights:
            self.tops.append(y)
            y += h
        self.end = y + margin
        self.asked = set()

    def top(self, block):
        self.asked.add(block)
        return self.tops[block]

    def at_or_before(self, y):
        k = bisect_right(self.tops, y) - 1
        return k if k >= 0 else None

    def geometry(self):
        return PaneGeometry(len(self.tops), self.top, self.at_or_before, lambda: self.end)


def make_map(links, left_heights, right_heights):
    left, right = FakePane(left_heights), FakePane(right_heights)
    return ScrollMap(links, left.geometry(), right.geometry()), left, right


def test_link_boundaries_map_onto_each_other():
    # left blocks 100, 300, 100 high; right 300, 50, 550
    m, _, _ = make_map([((0,), (0,)), ((1,), (1,)), ((2,), (2,))], [100, 300, 100], [300, 50, 550])
    assert m.to_right(100) == 300 and m.to_right(400) == 350
    assert m.to_left(300) == 100
    assert m.to_right(250) == pytest.approx(325)  # half-way through block 1 on both sides
    assert m.to_right(500) == 900


def test_unmatched_paragraph_makes_the_other_side_wait():
    # link 1 exists only on the right: while the right moves through it, the left stays put
    links = [((0,), (0,)), ((), (1,)), ((1,), (2,))]
    m, _, _ = make_map(links, [200, 200], [100, 200, 200])
    assert m.to_left(150) == 200 and m.to_left(250) == 200
    assert m.to_left(300) == 200 and m.to_left(400) == 300


def test_many_to_one_link_spans_both_blocks():
    m, _, _ = make_map([((0, 1), (0,)), ((2,), (1,))], [100, 100, 100], [50, 50])
    assert m.to_right(100) == pytest.approx(25)
    assert m.to_right(200) == 50


def test_position_and_y_of_are_inverse():
    m, _, _ = make_map([((0,), (0,)), ((1,), (1,)), ((2,), (2,))], [100, 300, 100], [300, 50, 550])
    assert m.position("left", 250) == (1, 0.5)
    assert m.y_of("left", 1, 0.5) == 250
    assert m.y_of("right", 1, 0.5) == 325


def test_mapping_reads_only_blocks_near_the_position():
    n = 10_000
    links = [((i,), (i,)) for i in range(n)]
    m, left, right = make_map(links, [20] * n, [30] * n)
    assert m.to_right(20 * 5000 + 10) == pytest.approx(30 * 5000 + 15)
    assert len(left.asked) <= 3 and len(right.asked) <= 3


def test_sync_point_ramps_from_top_to_bottom():
    viewport, maximum = 300, 1000
    assert sync_point(0, viewport, maximum) == 0
    assert sync_point(500, viewport, maximum) == 650
    assert sync_point(maximum, viewport, maximum) == maximum + viewport


@pytest.mark.parametrize("top", [0, 10, 149, 150, 500, 849, 850, 999, 1000])
def test_top_for_sync_point_inverts_sync_point(top):
    for viewport, maximum in ((300, 1000), (300, 200), (300, 0)):
        if top > maximum:
            continue
        assert top_for_sync_point(sync_point(top, viewport, maximum), viewport, maximum) == pytest.approx(top)
