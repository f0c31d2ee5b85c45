"""Search finds link pairs in both languages, folding accents and case, whatever the user types."""

from __future__ import annotations

import pytest

from bilingual_reader.core.store import Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "library.sqlite") as s:
        news = s.save_pair("nieuws.nl.txt", "nieuws.en.txt")
        s.index_pair(news, [
            ("De Russische president Poetin.", "Russian President Putin."),
            ("Spanningen inzake Oekraïne.", "Tensions over Ukraine."),
        ])
        cafe = s.save_pair("café.fr.md", "café.en.md")
        s.index_pair(cafe, [("Le café de la gare est fermé.", "The station café is closed.")])
        yield s


def places(hits):
    return [(hit.pair_id, hit.link) for hit in hits]


def test_a_word_is_found_in_either_language(store):
    assert places(store.search("Poetin")) == [(1, 0)]
    assert places(store.search("ukraine")) == [(1, 1)]


def test_accents_and_case_fold_both_ways(store):
    assert places(store.search("OEKRAINE")) == [(1, 1)]
    assert places(store.search("ferme")) == [(2, 0)]
    assert places(store.search("Cafe")) == [(2, 0)]


def test_every_word_must_match_somewhere_in_the_link_pair(store):
    assert places(store.search("Poetin Putin")) == [(1, 0)]
    assert store.search("Poetin Ukraine") == []


def test_snippets_mark_the_match_on_each_side(store):
    hit = store.search("president", marks=("<b>", "</b>"))[0]
    assert "<b>president</b>" in hit.left_snippet
    assert "<b>President</b>" in hit.right_snippet


@pytest.mark.parametrize("typed", ['"', "Putin\"", "(", "AND", "OR Putin", "NOT", "left_text:Putin",
                                   "Put*", "NEAR(a b", "^", "-Putin", "", "   ", "'; DROP TABLE pair; --"])
def test_fts_syntax_in_what_the_user_types_never_raises(store, typed):
    hits = store.search(typed)
    assert all(hit.pair_id in (1, 2) for hit in hits)


def test_operators_are_searched_as_plain_words(store):
    assert places(store.search("OR Putin")) == []  # "or" is in no text
    assert places(store.search("-Putin")) == [(1, 0)]


def test_indexing_a_pair_again_replaces_its_text(store):
    store.index_pair(1, [("Nieuwe tekst.", "New text.")])
    assert store.search("Putin") == []
    assert places(store.search("new")) == [(1, 0)]


def test_indexing_the_same_links_again_writes_nothing(store):
    before = store._connection.total_changes
    store.index_pair(2, [("Le café de la gare est fermé.", "The station café is closed.")])
    assert store._connection.total_changes == before
    assert places(store.search("gare")) == [(2, 0)]


def test_indexing_other_links_of_a_pair_leaves_the_other_pairs_alone(store):
    store.index_pair(1, [("Een.", "One."), ("Twee.", "Two."), ("Drie.", "Three.")])
    store.index_pair(1, [("Een en twee.", "One and two.")])
    assert places(store.search("three")) == []
    assert places(store.search("two")) == [(1, 0)]
    assert places(store.search("gare")) == [(2, 0)]


def test_rows_indexed_by_an_older_version_are_replaced_on_the_next_index(store):
    # version 0.1 let SQLite choose the rowids: such rows are found by pair_id alone
    with store._write() as db:
        db.execute("INSERT INTO link_text (left_text, right_text, pair_id, link) VALUES (?, ?, ?, ?)",
                   ("Oude tekst.", "Old text.", 2, 1))
    assert places(store.search("old")) == [(2, 1)]
    store.index_pair(2, [("Le café de la gare est fermé.", "The station café is closed.")])
    assert store.search("old") == []
    assert places(store.search("gare")) == [(2, 0)]
    assert places(store.search("Poetin")) == [(1, 0)]
