"""Corrections are keyed by content: they follow moved files and only come back where they still fit."""

from __future__ import annotations

import pytest

from bilingual_reader.core.alignment import Link
from bilingual_reader.core.store import Store
from bilingual_reader.core.store_keys import content_key, normalise

LEFT = ["Titel", "Eerste alinea.", "Tweede alinea.", "Derde alinea.", "Vierde alinea."]
RIGHT = ["Title", "First paragraph.", "Second paragraph.", "Third paragraph, part one.", "Part two.",
         "Fourth paragraph."]
# The user linked 3 to 3+4 and 1 to 1; link 0-0 was the aligner's and is not stored.
LINKS = [
    Link((0,), (0,), 0.9),
    Link((1,), (1,), 1.0, confirmed=True),
    Link((2,), (2,), 0.8),
    Link((3,), (3, 4), 1.0, confirmed=True),
    Link((4,), (5,), 0.7),
]


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "library.sqlite") as s:
        yield s


def beads(links):
    return [(link.left, link.right) for link in links]


def test_content_key_ignores_line_endings_bom_and_wrapping():
    assert content_key("a b\n\nc", "x") == content_key("\ufeffa  b\r\n\r\nc\n", "x")
    assert normalise("caf\u0065\u0301") == "caf\u00e9"  # decomposed and composed accents are one text


def test_content_key_changes_with_a_word_or_with_swapped_sides():
    assert content_key("a b", "c") != content_key("a x", "c")
    assert content_key("a", "b") != content_key("b", "a")
    assert content_key("ab", "c") != content_key("a", "bc")


def test_only_confirmed_links_are_stored_and_come_back(store):
    key = content_key("\n\n".join(LEFT), "\n\n".join(RIGHT))
    store.save_corrections(key, LINKS, LEFT, RIGHT)
    found = store.corrections_for(key, LEFT, RIGHT)
    assert beads(found.links) == [((1,), (1,)), ((3,), (3, 4))]
    assert all(link.confirmed for link in found.links)
    assert found.dropped == ()


def test_corrections_follow_a_renamed_file(tmp_path):
    path = tmp_path / "library.sqlite"
    key = content_key("\n".join(LEFT), "\n".join(RIGHT))
    with Store(path) as store:
        pair = store.save_pair("/a/story.nl.txt", "/a/story.en.txt", content_key=key)
        store.save_corrections(key, LINKS, LEFT, RIGHT, pair_id=pair)
    with Store(path) as store:
        # Opened from elsewhere, under another name: only the content is the same.
        again = store.save_pair("/b/verhaal.txt", "/b/tale.txt", content_key=key)
        assert again != pair
        assert len(store.corrections_for(key, LEFT, RIGHT, pair_id=again).links) == 2


def test_corrections_move_with_their_paragraphs_when_one_is_inserted(store):
    key = content_key("old", "texts")
    store.save_corrections(key, LINKS, LEFT, RIGHT)
    left = ["Voorwoord."] + LEFT  # every left id moves down by one
    found = store.corrections_for(key, left, RIGHT)
    assert beads(found.links) == [((2,), (1,)), ((4,), (3, 4))]


def test_a_correction_whose_paragraph_changed_is_dropped_and_reported(store):
    key = content_key("old", "texts")
    store.save_corrections(key, LINKS, LEFT, RIGHT)
    right = RIGHT[:4] + ["Part two, rewritten."] + RIGHT[5:]
    found = store.corrections_for(key, LEFT, right)
    assert beads(found.links) == [((1,), (1,))]
    assert beads(found.dropped) == [((3,), (3, 4))]


def test_nothing_is_applied_to_a_text_changed_beyond_recognition(store):
    key = content_key("old", "texts")
    pair = store.save_pair("l", "r", content_key=key)
    store.save_corrections(key, LINKS, LEFT, RIGHT, pair_id=pair)
    other_left = [f"Heel andere tekst {i}." for i in range(5)]
    found = store.corrections_for(content_key("new", "texts"), other_left, RIGHT, pair_id=pair)
    assert found.links == ()
    assert len(found.dropped) == 2


def test_an_edited_pair_gets_back_what_still_fits_by_its_id(store):
    pair = store.save_pair("l", "r", content_key="before")
    store.save_corrections("before", LINKS, LEFT, RIGHT, pair_id=pair)
    edited = LEFT[:2] + ["Tweede alinea, herschreven."] + LEFT[3:]
    found = store.corrections_for("after", edited, RIGHT, pair_id=pair)
    assert beads(found.links) == [((1,), (1,)), ((3,), (3, 4))]
    assert store.corrections_for("after", edited, RIGHT).links == ()  # without the pair: unknown text


def test_a_repeated_paragraph_is_matched_nearest_its_old_place(store):
    left = ["* * *", "A.", "* * *", "B.", "* * *"]
    right = ["* * *", "A'.", "* * *", "B'.", "* * *"]
    store.save_corrections("k", [Link((4,), (4,), confirmed=True)], left, right)
    assert beads(store.corrections_for("k", left, right).links) == [((4,), (4,))]


def test_a_one_sided_correction_keeps_its_empty_side(store):
    store.save_corrections("k", [Link((2,), (), confirmed=True)], LEFT, RIGHT)
    assert beads(store.corrections_for("k", LEFT, RIGHT[:2]).links) == [((2,), ())]


def test_saving_no_confirmed_links_forgets_the_corrections(store):
    store.save_corrections("k", LINKS, LEFT, RIGHT)
    store.save_corrections("k", [Link((0,), (0,))], LEFT, RIGHT)
    assert store.corrections_for("k", LEFT, RIGHT).links == ()


def test_corrections_outlive_the_pair_record(store):
    pair = store.save_pair("l", "r", content_key="k")
    store.save_corrections("k", LINKS, LEFT, RIGHT, pair_id=pair)
    store.remove_pair(pair)
    assert len(store.corrections_for("k", LEFT, RIGHT).links) == 2
