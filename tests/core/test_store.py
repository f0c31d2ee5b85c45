"""The store keeps folders, pairs, positions, recent pairs and bookmarks, each change atomic."""

from __future__ import annotations

import pytest

from bilingual_reader.core.store import Store, StoreError, StoreStatus


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "data" / "library.sqlite") as s:
        yield s


def test_a_new_store_creates_its_folder_and_is_ok(tmp_path):
    with Store(tmp_path / "deep" / "er" / "library.sqlite") as store:
        assert store.status is StoreStatus.OK
        assert store.message == ""
    assert (tmp_path / "deep" / "er" / "library.sqlite").is_file()


def test_data_is_there_after_reopening(tmp_path):
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.add_folder("/books")
        pair = store.save_pair("/books/a.nl.txt", "/books/a.en.txt", left_language="nl", right_language="en")
        store.save_position(pair, 4, 0.25, link_count=10)
    with Store(path) as store:
        assert store.folders() == ["/books"]
        assert store.pairs()[0].left_language == "nl"
        assert store.position(pair).link == 4


def test_folders_are_kept_once_in_order_added(store):
    store.add_folder("/b")
    store.add_folder("/a")
    store.add_folder("/b")
    assert store.folders() == ["/b", "/a"]
    store.remove_folder("/b")
    assert store.folders() == ["/a"]


def test_saving_a_pair_again_updates_it_and_keeps_its_id(store):
    first = store.save_pair("l.txt", "r.txt", left_title="Old", content_key="k1")
    again = store.save_pair("l.txt", "r.txt", left_title="New", left_language="nl")
    assert again == first
    store.save_pair("l.txt", "r.txt")  # a rescan that knows only the paths
    pair = store.pair(first)
    assert (pair.left_title, pair.left_language) == ("New", "nl")
    assert pair.content_key == "k1"  # not forgotten when the caller does not know it


def test_a_moved_pair_keeps_its_position_and_is_found_by_content(store):
    pair = store.save_pair("/old/l.txt", "/old/r.txt", content_key="key")
    store.save_position(pair, 7, 0.5)
    store.move_pair(store.pair_with_key("key").id, "/new/l.txt", "/new/r.txt")
    assert store.pair(pair).left_path == "/new/l.txt"
    assert store.position(pair).link == 7


def test_the_latest_position_wins_and_fraction_is_clamped(store):
    pair = store.save_pair("l", "r")
    store.save_position(pair, 1, 0.1)
    store.save_position(pair, 3, 1.7, link_count=4)
    position = store.position(pair)
    assert (position.link, position.fraction) == (3, 1.0)
    assert position.progress == 1.0


def test_progress_is_unknown_without_a_link_count(store):
    pair = store.save_pair("l", "r")
    store.save_position(pair, 2, 0.5)
    assert store.position(pair).progress is None
    store.save_position(pair, 2, 0.5, link_count=10)
    assert store.position(pair).progress == pytest.approx(0.25)


def test_recent_pairs_are_newest_first_and_unique(store):
    a, b, c = (store.save_pair(f"{n}.l", f"{n}.r") for n in "abc")
    for pair in (a, b, c, a):
        store.mark_opened(pair)
    assert [p.id for p in store.recent_pairs()] == [a, c, b]
    assert [p.id for p in store.recent_pairs(limit=2)] == [a, c]


def test_bookmarks_with_notes_are_listed_in_reading_order(store):
    pair = store.save_pair("l", "r")
    late = store.add_bookmark(pair, 9, "check this figure")
    early = store.add_bookmark(pair, 2)
    store.set_note(early, "nice phrase")
    assert [(b.link, b.note) for b in store.bookmarks(pair)] == [(2, "nice phrase"), (9, "check this figure")]
    store.remove_bookmark(late)
    assert [b.id for b in store.bookmarks(pair)] == [early]


def test_removing_a_pair_removes_its_position_bookmarks_recent_entry_and_index(store):
    pair = store.save_pair("l", "r")
    store.save_position(pair, 1, 0.0)
    store.add_bookmark(pair, 1)
    store.mark_opened(pair)
    store.index_pair(pair, [("hallo wereld", "hello world")])
    store.remove_pair(pair)
    assert store.pair(pair) is None
    assert store.position(pair) is None
    assert store.bookmarks(pair) == []
    assert store.recent_pairs() == []
    assert store.search("hello") == []


def test_a_database_error_in_a_change_is_a_store_error_with_a_message(store):
    with pytest.raises(StoreError) as caught:
        store.save_position(12345, 0, 0.0)  # no such pair
    assert "could not be saved" in caught.value.user_message
    store.save_position(store.save_pair("l", "r"), 0, 0.0)  # the store still works


def test_a_batch_of_changes_is_saved_whole_or_not_at_all(store):
    with store.batch():
        first = store.save_pair("a.l", "a.r")
        store.save_position(first, 2, 0.0)
    with pytest.raises(RuntimeError):
        with store.batch():
            store.save_pair("b.l", "b.r")
            store.save_position(first, 9, 0.0)
            raise RuntimeError("stopped half-way")
    assert [p.left_path for p in store.pairs()] == ["a.l"]
    assert store.position(first).link == 2
