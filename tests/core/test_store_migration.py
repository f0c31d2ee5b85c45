"""A database made by an older version of the program opens in this one, with its data."""

from __future__ import annotations

import json
import sqlite3

import pytest

from bilingual_reader.core import store_schema
from bilingual_reader.core.store import Store, StoreStatus
from bilingual_reader.core.store_keys import fingerprints
from bilingual_reader.core.store_schema import SCHEMA_VERSION

# The schema as version 1 of the program wrote it, spelled out here so that a change to the
# released migration cannot go unnoticed.
V1_SCHEMA = """
CREATE TABLE folder (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, added REAL NOT NULL);
CREATE TABLE pair (id INTEGER PRIMARY KEY, left_path TEXT NOT NULL, right_path TEXT NOT NULL,
    left_language TEXT NOT NULL DEFAULT '', right_language TEXT NOT NULL DEFAULT '',
    left_title TEXT NOT NULL DEFAULT '', right_title TEXT NOT NULL DEFAULT '', content_key TEXT,
    UNIQUE (left_path, right_path));
CREATE INDEX pair_content_key ON pair (content_key);
CREATE TABLE position (pair_id INTEGER PRIMARY KEY REFERENCES pair (id) ON DELETE CASCADE,
    link INTEGER NOT NULL, fraction REAL NOT NULL, saved REAL NOT NULL);
CREATE TABLE correction_set (id INTEGER PRIMARY KEY, content_key TEXT NOT NULL UNIQUE,
    pair_id INTEGER REFERENCES pair (id) ON DELETE SET NULL, left_fingerprints TEXT NOT NULL,
    right_fingerprints TEXT NOT NULL, saved REAL NOT NULL);
CREATE INDEX correction_set_pair ON correction_set (pair_id);
CREATE TABLE correction (set_id INTEGER NOT NULL REFERENCES correction_set (id) ON DELETE CASCADE,
    ord INTEGER NOT NULL, left_ids TEXT NOT NULL, right_ids TEXT NOT NULL, PRIMARY KEY (set_id, ord));
PRAGMA user_version = 1;
"""


def make_v1_file(path):
    """A version-1 library with a folder, a pair, a position and one correction."""
    db = sqlite3.connect(path)
    db.executescript(V1_SCHEMA)
    db.execute("INSERT INTO folder VALUES (1, '/books', 1.0)")
    db.execute("INSERT INTO pair VALUES (1, '/books/a.nl.txt', '/books/a.en.txt', 'nl', 'en', 'Verhaal',"
               " 'Story', 'key')")
    db.execute("INSERT INTO position VALUES (1, 5, 0.5, 2.0)")
    db.execute("INSERT INTO correction_set VALUES (1, 'key', 1, ?, ?, 3.0)",
               (json.dumps(fingerprints(["Een.", "Twee."])), json.dumps(fingerprints(["One.", "Two."]))))
    db.execute("INSERT INTO correction VALUES (1, 0, '[0, 1]', '[0]')")
    db.commit()
    db.close()


def test_a_version_1_file_is_migrated_and_keeps_its_data(tmp_path):
    path = tmp_path / "library.sqlite"
    make_v1_file(path)
    with Store(path) as store:
        assert store.status is StoreStatus.OK
        assert store.folders() == ["/books"]
        pair = store.pairs()[0]
        assert (pair.left_title, pair.right_language) == ("Verhaal", "en")
        position = store.position(pair.id)
        assert (position.link, position.fraction, position.progress) == (5, 0.5, None)
        found = store.corrections_for("key", ["Een.", "Twee."], ["One.", "Two."])
        assert [(link.left, link.right) for link in found.links] == [((0, 1), (0,))]
        # What version 2 added works on the migrated file.
        store.add_bookmark(pair.id, 3, "note")
        store.index_pair(pair.id, [("Een twee.", "One two.")])
        assert store.search("one")[0].pair_id == pair.id
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_failed_migration_leaves_the_old_version_intact(tmp_path, monkeypatch):
    path = tmp_path / "library.sqlite"
    make_v1_file(path)
    broken = store_schema.MIGRATIONS[:1] + ("CREATE TABLE bookmark (id INTEGER); THIS IS NOT SQL;",)
    monkeypatch.setattr(store_schema, "MIGRATIONS", broken)
    monkeypatch.setattr(store_schema, "SCHEMA_VERSION", 2)
    db = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(sqlite3.OperationalError):
        store_schema.migrate(db)
    assert not db.in_transaction
    assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert "bookmark" not in tables
    assert db.execute("SELECT path FROM folder").fetchall() == [("/books",)]
    db.close()
