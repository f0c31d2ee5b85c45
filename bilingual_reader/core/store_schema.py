"""The store's schema as a list of migrations; PRAGMA user_version says how many have run."""

from __future__ import annotations

import sqlite3

# Each entry brings a database from version i to i + 1. Never edit a released entry: a
# user's file was made by it. Add a new one instead.
MIGRATIONS: tuple[str, ...] = (
    # 1: library folders, pairs, reading positions, corrections.
    """
    CREATE TABLE folder (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        added REAL NOT NULL
    );
    CREATE TABLE pair (
        id INTEGER PRIMARY KEY,
        left_path TEXT NOT NULL,
        right_path TEXT NOT NULL,
        left_language TEXT NOT NULL DEFAULT '',
        right_language TEXT NOT NULL DEFAULT '',
        left_title TEXT NOT NULL DEFAULT '',
        right_title TEXT NOT NULL DEFAULT '',
        content_key TEXT,
        UNIQUE (left_path, right_path)
    );
    CREATE INDEX pair_content_key ON pair (content_key);
    CREATE TABLE position (
        pair_id INTEGER PRIMARY KEY REFERENCES pair (id) ON DELETE CASCADE,
        link INTEGER NOT NULL,
        fraction REAL NOT NULL,
        saved REAL NOT NULL
    );
    CREATE TABLE correction_set (
        id INTEGER PRIMARY KEY,
        content_key TEXT NOT NULL UNIQUE,
        pair_id INTEGER REFERENCES pair (id) ON DELETE SET NULL,
        left_fingerprints TEXT NOT NULL,
        right_fingerprints TEXT NOT NULL,
        saved REAL NOT NULL
    );
    CREATE INDEX correction_set_pair ON correction_set (pair_id);
    CREATE TABLE correction (
        set_id INTEGER NOT NULL REFERENCES correction_set (id) ON DELETE CASCADE,
        ord INTEGER NOT NULL,
        left_ids TEXT NOT NULL,
        right_ids TEXT NOT NULL,
        PRIMARY KEY (set_id, ord)
    );
    """,
    # 2: reading progress, bookmarks and notes, recent pairs, full-text search.
    """
    ALTER TABLE position ADD COLUMN link_count INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE bookmark (
        id INTEGER PRIMARY KEY,
        pair_id INTEGER NOT NULL REFERENCES pair (id) ON DELETE CASCADE,
        link INTEGER NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        created REAL NOT NULL
    );
    CREATE INDEX bookmark_pair ON bookmark (pair_id, link);
    CREATE TABLE recent (
        pair_id INTEGER PRIMARY KEY REFERENCES pair (id) ON DELETE CASCADE,
        opened REAL NOT NULL
    );
    CREATE VIRTUAL TABLE link_text USING fts5 (
        left_text, right_text, pair_id UNINDEXED, link UNINDEXED,
        tokenize = 'unicode61 remove_diacritics 2'
    );
    -- A virtual table cannot hold a foreign key; this keeps search from finding removed pairs.
    CREATE TRIGGER pair_removed AFTER DELETE ON pair BEGIN
        DELETE FROM link_text WHERE pair_id = old.id;
    END;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(connection: sqlite3.Connection) -> int:
    """The schema version the database says it has."""
    return connection.execute("PRAGMA user_version").fetchone()[0]


def migrate(connection: sqlite3.Connection) -> None:
    """Bring the database up to SCHEMA_VERSION, one transaction per migration."""
    for version in range(schema_version(connection), SCHEMA_VERSION):
        # executescript would commit an open transaction first, so the script carries its
        # own BEGIN/COMMIT; a failure leaves it open and is rolled back here.
        try:
            connection.executescript(
                f"BEGIN IMMEDIATE; {MIGRATIONS[version]} PRAGMA user_version = {version + 1}; COMMIT;"
            )
        except sqlite3.Error:
            if connection.in_transaction:
                connection.execute("ROLLBACK")
            raise
