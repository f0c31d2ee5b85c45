"""The alignment metric on small hand-made cases whose scores are worked out by hand."""

import pytest

from bilingual_reader.core.metrics import Counts, format_bead, parse_beads, score


def test_parse_beads_reads_every_shape():
    text = "[0]:[0]\n[1, 2]:[1]\n\n[3]:[]\n[]:[2, 3]\n"
    assert parse_beads(text) == [((0,), (0,)), ((1, 2), (1,)), ((3,), ()), ((), (2, 3))]


def test_parse_beads_rejects_garbage():
    with pytest.raises(ValueError, match="line 2"):
        parse_beads("[0]:[0]\nhello\n")


def test_format_bead_is_vecalign_style():
    assert format_bead(((3, 4), (5,))) == "[3, 4]:[5]"
    assert format_bead(((7,), ())) == "[7]:[]"


def test_perfect_alignment_scores_one():
    gold = parse_beads("[0]:[0]\n[1]:[1, 2]\n[2]:[]")
    s = score(gold, gold).scores()
    assert s["strict_f1"] == 1.0 and s["lax_f1"] == 1.0


def test_a_split_link_is_a_lax_but_not_a_strict_hit():
    # gold: 0-0, 1-(1,2); predicted: 0-0, 1-1, []-2
    gold = parse_beads("[0]:[0]\n[1]:[1, 2]")
    pred = parse_beads("[0]:[0]\n[1]:[1]\n[]:[2]")
    c = score(gold, pred)
    # precision over 3 predicted beads: strict 1 ([0]:[0]); lax 2 ([1]:[1] shares (1, 1)); the
    # null bead []:[2] shares no pair, so it is no lax hit.
    assert (c.p_strict, c.p_lax, c.p_total) == (1, 2, 3)
    # recall over 2 gold beads against the predicted non-null ones: strict 1, lax 2.
    assert (c.r_strict, c.r_lax, c.r_total) == (1, 2, 2)
    s = c.scores()
    assert s["strict_p"] == pytest.approx(1 / 3)
    assert s["strict_r"] == pytest.approx(1 / 2)
    assert s["strict_f1"] == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))  # 0.4
    assert s["lax_f1"] == pytest.approx(2 * (2 / 3) * 1 / (2 / 3 + 1))  # 0.8


def test_null_beads_count_for_precision_not_recall():
    gold = parse_beads("[0]:[0]\n[1]:[]")
    pred = parse_beads("[0]:[0]\n[1]:[]")
    c = score(gold, pred)
    assert (c.p_strict, c.p_total) == (2, 2)
    assert (c.r_strict, c.r_total) == (1, 1)


def test_wrong_link_is_no_hit_at_all():
    gold = parse_beads("[0]:[0]\n[1]:[1]")
    pred = parse_beads("[0]:[1]\n[1]:[0]")  # not monotone, but the metric must not care
    s = score(gold, pred).scores()
    assert s["strict_f1"] == 0.0 and s["lax_f1"] == 0.0


def test_counts_pool_by_adding():
    total = Counts()
    total += score(parse_beads("[0]:[0]"), parse_beads("[0]:[0]"))
    total += score(parse_beads("[0]:[0]"), parse_beads("[0]:[1]"))
    assert (total.p_strict, total.p_total, total.r_strict, total.r_total) == (1, 2, 1, 2)
    assert total.scores()["strict_f1"] == pytest.approx(0.5)


def test_empty_prediction_scores_zero_without_dividing_by_zero():
    s = score(parse_beads("[0]:[0]"), []).scores()
    assert s["strict_p"] == 0.0 and s["strict_f1"] == 0.0
