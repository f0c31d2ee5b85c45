"""A damaged, locked or newer database is reported, never lost, and the program keeps working."""

from __future__ import annotations

import sqlite3

import pytest

from bilingual_reader.core.store import Store, StoreError, StoreReadOnly, StoreStatus
from bilingual_reader.core.store_schema import SCHEMA_VERSION


def test_garbage_bytes_are_moved_aside_and_a_fresh_database_is_used(tmp_path):
    path = tmp_path / "library.sqlite"
    garbage = b"this is not a database \x00\xff" * 200
    path.write_bytes(garbage)
    with Store(path) as store:
        assert store.status is StoreStatus.RECOVERED
        assert "damaged" in store.message and store.moved_to.name in store.message
        assert store.moved_to.read_bytes() == garbage  # kept, byte for byte
        assert store.moved_to.name.startswith("library.sqlite.damaged-")
        store.add_folder("/books")
    with Store(path) as store:
        assert store.status is StoreStatus.OK
        assert store.folders() == ["/books"]


def test_a_database_damaged_inside_is_moved_aside_with_its_wal(tmp_path):
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        for n in range(300):
            store.add_folder(f"/folder/{n:04d}/" + "x" * 200)
    data = bytearray(path.read_bytes())
    page = 4096
    data[2 * page:4 * page] = b"\xa5" * (2 * page)  # overwrite two pages of the table's b-tree
    path.write_bytes(bytes(data))
    with Store(path) as store:
        assert store.status is StoreStatus.RECOVERED
        assert store.folders() == []
        assert store.moved_to.exists()
    assert (tmp_path / "library.sqlite").exists()


def test_each_damaged_file_gets_its_own_name(tmp_path):
    path = tmp_path / "library.sqlite"
    moved = set()
    for _ in range(2):
        path.write_bytes(b"garbage" * 100)
        with Store(path) as store:
            moved.add(store.moved_to)
    assert len(moved) == 2 and all(p.exists() for p in moved)


def test_a_locked_database_is_reported_and_nothing_raises(tmp_path):
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.add_folder("/books")
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with Store(path, timeout=0.1) as store:
            assert store.status in (StoreStatus.READ_ONLY, StoreStatus.TEMPORARY)
            assert "in use by another program" in store.message
            assert store.search("anything") == []
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Store(path) as store:  # the file itself was left alone
        assert store.status is StoreStatus.OK
        assert store.folders() == ["/books"]


def test_a_change_while_another_program_writes_fails_with_a_message(tmp_path):
    path = tmp_path / "library.sqlite"
    with Store(path, timeout=0.1) as store:
        writer = sqlite3.connect(path, isolation_level=None)
        writer.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(StoreError) as caught:
                store.add_folder("/books")
            assert "busy" in caught.value.user_message
        finally:
            writer.execute("ROLLBACK")
            writer.close()
        store.add_folder("/books")
        assert store.folders() == ["/books"]


def test_a_database_from_a_newer_version_opens_read_only(tmp_path):
    path = tmp_path / "library.sqlite"
    with Store(path) as store:
        store.add_folder("/books")
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with Store(path) as store:
        assert store.status is StoreStatus.READ_ONLY
        assert "newer version" in store.message
        assert store.folders() == ["/books"]
        with pytest.raises(StoreReadOnly) as caught:
            store.add_folder("/more")
        assert caught.value.user_message == store.message
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


def test_an_unusable_place_gives_a_temporary_store_that_works_in_memory(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    with Store(blocker / "library.sqlite") as store:
        assert store.status is StoreStatus.TEMPORARY
        assert "nothing is saved" in store.message
        store.add_folder("/books")
        assert store.folders() == ["/books"]
    assert blocker.read_text() == "a file where the data folder should be"
