"""Corrections to an alignment: each edit keeps monotone coverage, confirms what the reader did, undoes exactly."""

import itertools

import pytest

from bilingual_reader.core.alignment import Alignment, Link, beads_of, check_monotone, swapped
from bilingual_reader.core.corrections import (EditHistory, apply_confirmed, confirm, link_units,
                                               merge_with_next, next_doubtful, split_link, unlink)


def alignment(*beads, score=0.9, confirmed=()):
    """An alignment from (left, right) id tuples; beads whose index is in ``confirmed`` are confirmed."""
    links = tuple(Link(tuple(l), tuple(r), score, k in confirmed) for k, (l, r) in enumerate(beads))
    return Alignment(links, sum(len(l) for l, _ in beads), sum(len(r) for _, r in beads))


def diagonal(n, **kwargs):
    return alignment(*[((i,), (i,)) for i in range(n)], **kwargs)


def pairwise(left, right):
    """A stand-in aligner: units paired in order, the extras of the longer side without counterpart."""
    pairs = [Link((i,), (j,), 0.5) for i, j in zip(left, right)]
    return pairs + [Link((i,), (), 0.0) for i in left[len(right):]] + [Link((), (j,), 0.0) for j in right[len(left):]]


def shape(a):
    return [(link.left, link.right, link.confirmed) for link in a.links]


# --- single-link edits -------------------------------------------------------------------------

def test_confirm_marks_only_that_link_and_keeps_its_sentences():
    sentence = Link((0,), (0,), 0.7)
    a = Alignment((Link((0,), (0,), 0.3, sentences=(sentence,)), Link((1,), (1,), 0.4)), 2, 2)
    b = confirm(a, 0)
    assert b.links[0].confirmed and b.links[0].sentences == (sentence,)
    assert not b.links[1].confirmed
    assert not a.links[0].confirmed, "the original alignment must not change"


def test_unlink_makes_confirmed_no_counterpart_links_left_first():
    a = alignment(((0,), (0,)), ((1, 2), (1,)), ((3,), (2,)))
    b = unlink(a, 1)
    assert shape(b) == [((0,), (0,), False), ((1,), (), True), ((2,), (), True),
                        ((), (1,), True), ((3,), (2,), False)]
    check_monotone(b.links, 4, 3)
    assert len(a) == 3


def test_merge_with_next_joins_two_links_into_one_confirmed_link_without_sentences():
    a = Alignment((Link((0,), (0,)), Link((1,), (), 0.0, sentences=(Link((5,), ()),)), Link((2,), (1,))), 3, 2)
    b = merge_with_next(a, 0)
    assert shape(b) == [((0, 1), (0,), True), ((2,), (1,), False)]
    assert b.links[0].sentences == ()


def test_merge_with_next_of_the_last_link_is_refused():
    with pytest.raises(IndexError):
        merge_with_next(diagonal(2), 1)


def test_split_pairs_units_in_order_and_leaves_extras_without_counterpart():
    a = alignment(((0, 1, 2), (0,)), ((3, 4), (1, 2)))
    b = split_link(a, 0)
    assert shape(b)[:3] == [((0,), (0,), True), ((1,), (), True), ((2,), (), True)]
    c = split_link(b, 3)
    assert shape(c)[3:] == [((3,), (1,), True), ((4,), (2,), True)]
    check_monotone(c.links, 5, 3)


def test_split_of_a_one_to_one_link_is_refused():
    with pytest.raises(ValueError):
        split_link(diagonal(2), 0)


def test_negative_link_index_is_refused_rather_than_wrapping():
    with pytest.raises(IndexError):
        confirm(diagonal(3), -1)


# --- linking a selection -----------------------------------------------------------------------

def test_link_units_cuts_back_the_neighbours_it_overlaps():
    b = link_units(diagonal(4), [1, 2], [1])
    assert shape(b) == [((0,), (0,), False), ((1, 2), (1,), True), ((), (2,), False), ((3,), (3,), False)]


def test_link_units_keeps_untouched_links_with_their_sentences():
    sentences = (Link((0,), (0,), 0.8),)
    a = Alignment((Link((0,), (0,), 0.9, sentences=sentences),) + diagonal(4).links[1:], 4, 4)
    b = link_units(a, [2], [3])
    assert b.links[0] is a.links[0]
    assert shape(b) == [((0,), (0,), False), ((1,), (1,), False), ((), (2,), False),
                        ((2,), (3,), True), ((3,), (), False)]


def test_link_units_that_already_exists_keeps_its_sentence_links():
    sentences = (Link((0,), (0,), 0.8), Link((1,), (1,), 0.8))
    a = Alignment((Link((0,), (0,), 0.2, sentences=sentences), Link((1,), (1,))), 2, 2)
    b = link_units(a, [0], [0])
    assert b.links[0].confirmed and b.links[0].sentences == sentences


def test_link_units_across_a_confirmed_link_is_refused_with_a_readable_message():
    a = diagonal(5, confirmed={2})
    with pytest.raises(ValueError, match="confirmed link left 3 with right 3"):
        link_units(a, [1], [3])


def test_link_units_may_take_over_units_of_a_confirmed_link():
    a = alignment(((0,), (0,)), ((1, 2), (1,)), ((3,), (2,)), confirmed={1})
    b = link_units(a, [2], [2])
    assert shape(b) == [((0,), (0,), False), ((1,), (1,), False), ((2,), (2,), True), ((3,), (), False)]


@pytest.mark.parametrize("mirror", [False, True])
def test_link_units_keeps_confirmed_links_elsewhere_exactly(mirror):
    a = alignment(((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,)), ((4,), (3,)), confirmed={0, 2, 4})
    expected = [((0,), (0,), True), ((1,), (), False), ((2,), (), True), ((3,), (1, 2), True), ((4,), (3,), True)]
    if mirror:
        b = link_units(swapped(a), [1, 2], [3])
        expected = [(right, left, confirmed) for left, right, confirmed in expected]
    else:
        b = link_units(a, [3], [1, 2])
    assert shape(b) == expected


def test_a_one_sided_link_goes_on_the_side_of_a_confirmed_one_sided_link_where_its_units_were():
    a = alignment(((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,)), confirmed={2})
    b = link_units(a, [], [0])
    assert shape(b) == [((), (0,), True), ((0,), (), False), ((1,), (1,), False), ((2,), (), True),
                        ((3,), (2,), False)]


@pytest.mark.parametrize("left, right, message", [
    ([1, 3], [1], "not next to each other"),
    ([9], [1], "no left paragraph 10"),
    ([], [], "at least one"),
])
def test_link_units_refuses_selections_that_cannot_be_one_link(left, right, message):
    with pytest.raises(ValueError, match=message):
        link_units(diagonal(4), left, right)


def test_link_units_with_one_side_empty_marks_no_counterpart():
    b = link_units(diagonal(3), [1], [])
    assert shape(b) == [((0,), (0,), False), ((1,), (), True), ((), (1,), False), ((2,), (2,), False)]


def test_link_units_realigns_the_stretch_it_cut_when_given_an_aligner():
    calls = []

    def realign(left, right):
        calls.append((left, right))
        return [Link(tuple(left), tuple(right), 0.5)]

    b = link_units(diagonal(6), [2], [3], realign=realign)
    assert calls == [([0, 1], [0, 1, 2]), ([3, 4, 5], [4, 5])]
    assert shape(b) == [((0, 1), (0, 1, 2), False), ((2,), (3,), True), ((3, 4, 5), (4, 5), False)]


def test_every_selection_gives_monotone_coverage_keeping_the_confirmed_links_it_does_not_cross():
    a = alignment(((0,), (0,)), ((1, 2), (1,)), ((3,), ()), ((), (2,)), ((4,), (3, 4)), ((5,), (5,)),
                  confirmed={0, 2, 5})
    spans = [range(i, j) for i in range(6) for j in range(i, 7)]
    for left, right in itertools.product(spans, repeat=2):
        if not left and not right:
            continue
        try:
            b = link_units(a, left, right)
        except ValueError as error:
            assert "cross" in str(error)
            continue
        check_monotone(b.links, 6, 6)
        new = Link(tuple(left), tuple(right), 1.0, True)
        assert (new.left, new.right) in beads_of(b.links)
        for link in a.links:
            overlaps = set(link.left) & set(left) or set(link.right) & set(right)
            if link.confirmed and not overlaps:
                assert link in b.links, (left, right, link)


# --- undo and redo ------------------------------------------------------------------------------

def test_undo_restores_the_previous_links_exactly_and_redo_repeats():
    start = diagonal(4)
    history = EditHistory(start)
    merged = merge_with_next(start, 1)
    history.push("merge", merged)
    unlinked = unlink(merged, 0)
    history.push("unlink", unlinked)
    assert history.undo_description == "unlink"
    assert history.undo() == merged and history.current.links == merged.links
    assert history.undo().links == start.links
    assert not history.can_undo and history.can_redo
    assert history.redo() == merged
    assert history.redo() == unlinked and not history.can_redo


def test_a_new_step_after_undo_forgets_the_undone_one():
    history = EditHistory(diagonal(3))
    history.push("confirm", confirm(history.current, 0))
    history.undo()
    history.push("split", unlink(history.current, 1))
    assert not history.can_redo and history.undo_description == "split"
    with pytest.raises(IndexError):
        history.redo()


# --- next doubtful link -----------------------------------------------------------------------

def test_next_doubtful_skips_confirmed_and_confident_links_and_wraps_around():
    links = (Link((0,), (0,), 0.2), Link((1,), (1,), 0.9), Link((2,), (2,), 0.1, True), Link((3,), (3,), 0.3))
    a = Alignment(links, 4, 4)
    assert next_doubtful(a, 0, 0.5) == 3
    assert next_doubtful(a, 3, 0.5) == 0
    assert next_doubtful(a, None, 0.5) == 0
    assert next_doubtful(confirm(confirm(a, 0), 3), 1, 0.5) is None


# --- re-applying saved corrections ------------------------------------------------------------

def test_confirmed_links_survive_a_fresh_alignment_and_only_the_crossed_stretch_is_realigned():
    calls = []

    def realign(left, right):
        calls.append((left, right))
        return pairwise(left, right)

    fresh = diagonal(12)
    saved = [Link((6, 7), (6,), 1.0, True)]
    result = apply_confirmed(fresh, saved, 12, 12, realign)
    assert result.dropped == ()
    assert Link((6, 7), (6,), 1.0, True) in result.alignment.links
    check_monotone(result.alignment.links, 12, 12)
    # Links far from the change are the fresh ones; the aligner saw only the cut link and its margin.
    assert result.alignment.links[:3] == fresh.links[:3]
    assert calls == [([8, 9, 10], [7, 8, 9, 10])]


def test_a_cut_at_the_end_of_a_stretch_realigns_only_the_links_before_it():
    calls = []

    def realign(left, right):
        calls.append((left, right))
        return pairwise(left, right)

    beads = [((i,), (i,)) for i in range(6)] + [((6, 7), (6, 7))] + [((i,), (i,)) for i in range(8, 12)]
    fresh = alignment(*beads)
    result = apply_confirmed(fresh, [Link((7,), (7,), 1.0, True)], 12, 12, realign)
    assert calls == [([3, 4, 5, 6], [3, 4, 5, 6])]
    assert result.alignment.links[:3] == fresh.links[:3] and result.alignment.links[-4:] == fresh.links[-4:]


def test_saved_links_that_no_longer_fit_are_dropped_and_reported():
    saved = [Link((1,), (1,), 1.0, True), Link((0,), (2,), 1.0, True), Link((7,), (1,), 1.0, True),
             Link((2, 4), (3,), 1.0, True), Link((3,), (), 1.0, True)]
    result = apply_confirmed(diagonal(5), saved, 5, 5, pairwise)
    assert [(l.left, l.right) for l in result.dropped] == [((0,), (2,)), ((7,), (1,)), ((2, 4), (3,))]
    assert shape(result.alignment) == [((0,), (0,), False), ((1,), (1,), True), ((2,), (2,), False),
                                       ((3,), (), True), ((4,), (3,), False), ((), (4,), False)]


def test_a_saved_link_equal_to_the_fresh_one_gets_its_sentence_links():
    sentences = (Link((0,), (0,), 0.9),)
    fresh = Alignment((Link((0,), (0,), 0.4, sentences=sentences), Link((1,), (1,))), 2, 2)
    result = apply_confirmed(fresh, [Link((0,), (0,), 1.0, True)], 2, 2, lambda l, r: [])
    assert result.alignment.links[0] == Link((0,), (0,), 1.0, True, sentences)
    assert result.alignment.links[1] is fresh.links[1]


def test_apply_confirmed_refuses_a_fresh_alignment_of_other_texts():
    with pytest.raises(ValueError):
        apply_confirmed(diagonal(3), [], 4, 3, lambda l, r: [])


def test_a_pair_is_swapped_once_and_a_corrected_pair_swaps_its_own_links():
    """The window swaps a book's pair without making its links again (the worker made them), and
    a pair made from it with corrected links must not inherit the old swapped pair."""
    from dataclasses import replace

    from bilingual_reader.core.language import LanguageGuess
    from bilingual_reader.core.loading import document_from_text
    from bilingual_reader.core.pipeline import AlignedPair

    pair = AlignedPair(document_from_text("Een.\n\nTwee."), document_from_text("One.\n\nTwo."),
                       LanguageGuess("nl", 0.9), LanguageGuess("en", 0.9), diagonal(2))
    other = pair.swapped()
    assert pair.swapped() is other and other.swapped() is pair
    assert other.left is pair.right and shape(other.alignment) == shape(swapped(pair.alignment))
    corrected = replace(pair, alignment=alignment(((0, 1), (0, 1))))
    assert corrected.swapped() is not other
    assert shape(corrected.swapped().alignment) == [((0, 1), (0, 1), False)]


def test_a_swapped_alignment_lends_the_links_a_correction_left_alone():
    """After a correction the swapped links are made from the swapped alignment before it: the
    links both hold are reused, the changed ones swapped anew, and the result is what a whole
    swap gives."""
    before = diagonal(5, confirmed={4})
    known = (before, swapped(before))
    after = merge_with_next(before, 1)
    made = swapped(after, known)
    assert shape(made) == shape(swapped(after))
    assert made.links[0] is known[1].links[0] and made.links[-1] is known[1].links[-1]
    assert made.links[1] not in known[1].links


def test_a_corrected_pair_has_its_swapped_pair_made_when_the_pair_before_had_one():
    from bilingual_reader.core.editing import with_alignment
    from bilingual_reader.core.language import LanguageGuess
    from bilingual_reader.core.loading import document_from_text
    from bilingual_reader.core.pipeline import AlignedPair

    pair = AlignedPair(document_from_text("Een.\n\nTwee.\n\nDrie."), document_from_text("One.\n\nTwo.\n\nThree."),
                       LanguageGuess("nl", 0.9), LanguageGuess("en", 0.9), diagonal(3))
    assert not with_alignment(pair, unlink(pair.alignment, 2)).swapped_made
    pair.swapped()
    edited = with_alignment(pair, unlink(pair.alignment, 2))
    assert edited.swapped_made
    assert shape(edited.swapped().alignment) == shape(swapped(edited.alignment))
    assert edited.swapped().swapped() is edited
