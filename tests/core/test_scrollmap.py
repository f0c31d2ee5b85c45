"""The scroll map keeps aligned paragraph boundaries together, and the sync point ramps."""

import pytest

from bilingual_reader.core.scrollmap import build_scroll_map, sync_point, top_for_sync_point


def test_link_boundaries_map_onto_each_other():
    m = build_scroll_map([0, 100, 400], [0, 300, 350], 500, 900)
    assert m.to_right(100) == 300 and m.to_right(400) == 350
    assert m.to_left(300) == 100 and m.to_right(250) == pytest.approx(325)
    assert m.to_right(500) == 900


def test_unmatched_paragraph_makes_the_other_side_wait():
    # link 1 exists only on the right: the left has a zero-height segment there
    m = build_scroll_map([0, None, 200], [0, 100, 300], 400, 500)
    assert m.left == (0.0, 0.0, 200.0, 200.0, 400.0)
    assert m.to_left(150) == 200 and m.to_left(250) == 200


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
