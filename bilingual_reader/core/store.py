"""The user's data that must never be lost, in one SQLite file: library, positions, corrections, notes.

Every public method that changes something is one transaction. The caller chooses the file
(the GUI passes a path in QStandardPaths' AppDataLocation); nothing here imports Qt.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from . import store_corrections, store_search
from .alignment import Link
from .store_keys import content_key, fingerprints
from .store_open import StoreError, StoreStatus, open_database
from .store_records import Bookmark, Pair, ReadingPosition, SearchHit, StoredCorrections

__all__ = ["Store", "StoreError", "StoreReadOnly", "StoreStatus", "Pair", "ReadingPosition",
           "Bookmark", "SearchHit", "StoredCorrections", "content_key"]

_PAIR_COLUMNS = "id, left_path, right_path, left_language, right_language, left_title, right_title, content_key"


class StoreReadOnly(StoreError):
    """A change was asked of a store that cannot save (see Store.message)."""


class Store:
    """The library database. Check ``status`` and show ``message`` to the user when it is not OK."""

    def __init__(self, path: str | os.PathLike, timeout: float = 2.0) -> None:
        opened = open_database(Path(path), timeout)
        self._connection = opened.connection
        self.status: StoreStatus = opened.status
        self.message: str = opened.message
        self.moved_to: Path | None = opened.moved_to
        self._lock = threading.RLock()

    def close(self) -> None:
        """Close the database file."""
        with self._lock:
            self._connection.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def writable(self) -> bool:
        """Whether changes are saved to the file (or, for a temporary store, kept in memory)."""
        return self.status is not StoreStatus.READ_ONLY

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One transaction: all of it is committed, or none of it."""
        if not self.writable:
            raise StoreReadOnly(self.message)
        with self._lock:
            if self._connection.in_transaction:
                # Inside this thread's batch(): the batch's transaction holds this change too.
                yield self._connection
                return
            try:
                # IMMEDIATE takes the write lock up front, so a busy file fails here, not half-way.
                self._connection.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as error:
                raise StoreError("The library database is busy in another program; "
                                 "the change was not saved.") from error
            try:
                yield self._connection
                self._connection.execute("COMMIT")
            except BaseException as error:
                if self._connection.in_transaction:
                    self._connection.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise StoreError(f"The change could not be saved ({error}).") from error
                raise

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Several changes as one transaction and one disk sync, e.g. all pairs of a library scan."""
        with self._write():
            yield

    def _read(self, sql: str, args: Sequence[object] = ()) -> list[tuple]:
        """The rows of one query."""
        with self._lock:
            return self._connection.execute(sql, args).fetchall()

    # Library folders

    def add_folder(self, path: str | os.PathLike) -> None:
        """Remember a folder of the library (nothing happens if it is already there)."""
        with self._write() as db:
            db.execute("INSERT OR IGNORE INTO folder (path, added) VALUES (?, ?)",
                       (os.fspath(path), time.time()))

    def remove_folder(self, path: str | os.PathLike) -> None:
        """Forget a library folder (its pairs stay until removed)."""
        with self._write() as db:
            db.execute("DELETE FROM folder WHERE path = ?", (os.fspath(path),))

    def folders(self) -> list[str]:
        """The library folders, in the order they were added."""
        return [row[0] for row in self._read("SELECT path FROM folder ORDER BY added, id")]

    # Pairs

    def save_pair(self, left_path: str | os.PathLike, right_path: str | os.PathLike, *,
                  left_language: str = "", right_language: str = "", left_title: str = "",
                  right_title: str = "", content_key: str | None = None) -> int:
        """Add or update the pair of these two files and return its id; empty values keep what is known."""
        left, right = os.fspath(left_path), os.fspath(right_path)
        with self._write() as db:
            db.execute(
                "INSERT INTO pair (left_path, right_path, left_language, right_language, left_title,"
                " right_title, content_key) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (left_path, right_path) DO UPDATE SET"
                " left_language = coalesce(nullif(excluded.left_language, ''), pair.left_language),"
                " right_language = coalesce(nullif(excluded.right_language, ''), pair.right_language),"
                " left_title = coalesce(nullif(excluded.left_title, ''), pair.left_title),"
                " right_title = coalesce(nullif(excluded.right_title, ''), pair.right_title),"
                " content_key = coalesce(excluded.content_key, pair.content_key)",
                (left, right, left_language, right_language, left_title, right_title, content_key),
            )
            return db.execute("SELECT id FROM pair WHERE left_path = ? AND right_path = ?",
                              (left, right)).fetchone()[0]

    def move_pair(self, pair_id: int, left_path: str | os.PathLike, right_path: str | os.PathLike) -> None:
        """Record that a pair's files now live elsewhere (its position, notes and corrections follow)."""
        with self._write() as db:
            db.execute("UPDATE pair SET left_path = ?, right_path = ? WHERE id = ?",
                       (os.fspath(left_path), os.fspath(right_path), pair_id))

    def remove_pair(self, pair_id: int) -> None:
        """Forget a pair with its position, bookmarks and search index (corrections stay by content)."""
        with self._write() as db:
            db.execute("DELETE FROM pair WHERE id = ?", (pair_id,))

    def pair(self, pair_id: int) -> Pair | None:
        """The pair with this id, if any."""
        rows = self._read(f"SELECT {_PAIR_COLUMNS} FROM pair WHERE id = ?", (pair_id,))
        return Pair(*rows[0]) if rows else None

    def pair_with_key(self, key: str) -> Pair | None:
        """A pair whose texts have this content key: how a moved or renamed pair is recognised."""
        rows = self._read(f"SELECT {_PAIR_COLUMNS} FROM pair WHERE content_key = ? ORDER BY id LIMIT 1", (key,))
        return Pair(*rows[0]) if rows else None

    def pairs(self) -> list[Pair]:
        """Every pair in the library, by path."""
        return [Pair(*row) for row in self._read(f"SELECT {_PAIR_COLUMNS} FROM pair ORDER BY left_path, right_path")]

    # Reading positions

    def save_position(self, pair_id: int, link: int, fraction: float, link_count: int = 0) -> None:
        """Remember where the reader is in a pair: link ``link``, ``fraction`` (0..1) into it."""
        fraction = min(1.0, max(0.0, fraction))
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO position (pair_id, link, fraction, saved, link_count)"
                       " VALUES (?, ?, ?, ?, ?)", (pair_id, link, fraction, time.time(), link_count))

    def position(self, pair_id: int) -> ReadingPosition | None:
        """Where the reader last was in a pair, if anywhere."""
        rows = self._read("SELECT link, fraction, link_count FROM position WHERE pair_id = ?", (pair_id,))
        return ReadingPosition(*rows[0]) if rows else None

    # Recent pairs

    def mark_opened(self, pair_id: int) -> None:
        """Record that a pair was just opened, for the recent-pairs menu."""
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO recent (pair_id, opened) VALUES (?, ?)", (pair_id, time.time()))

    def recent_pairs(self, limit: int = 10) -> list[Pair]:
        """The pairs opened most recently, newest first."""
        columns = ", ".join(f"pair.{c.strip()}" for c in _PAIR_COLUMNS.split(","))
        rows = self._read(f"SELECT {columns} FROM recent JOIN pair ON pair.id = recent.pair_id"
                          " ORDER BY recent.opened DESC, recent.rowid DESC LIMIT ?", (limit,))
        return [Pair(*row) for row in rows]

    # Bookmarks and notes

    def add_bookmark(self, pair_id: int, link: int, note: str = "") -> int:
        """Mark a link of a pair, with an optional note; return the bookmark's id."""
        with self._write() as db:
            return db.execute("INSERT INTO bookmark (pair_id, link, note, created) VALUES (?, ?, ?, ?)",
                              (pair_id, link, note, time.time())).lastrowid

    def set_note(self, bookmark_id: int, note: str) -> None:
        """Change a bookmark's note."""
        with self._write() as db:
            db.execute("UPDATE bookmark SET note = ? WHERE id = ?", (note, bookmark_id))

    def remove_bookmark(self, bookmark_id: int) -> None:
        """Delete a bookmark and its note."""
        with self._write() as db:
            db.execute("DELETE FROM bookmark WHERE id = ?", (bookmark_id,))

    def bookmarks(self, pair_id: int) -> list[Bookmark]:
        """A pair's bookmarks in reading order."""
        rows = self._read("SELECT id, pair_id, link, note, created FROM bookmark WHERE pair_id = ?"
                          " ORDER BY link, id", (pair_id,))
        return [Bookmark(*row) for row in rows]

    # Corrections

    def save_corrections(self, key: str, links: Iterable[Link], left_units: Sequence[str],
                         right_units: Sequence[str], pair_id: int | None = None) -> None:
        """Store the confirmed links among ``links`` for the texts with content key ``key``.

        ``left_units``/``right_units`` are the texts of the paragraphs the link ids refer to;
        their fingerprints let the links be found again after the files change.
        """
        with self._write() as db:
            store_corrections.save_corrections(db, key, pair_id, links, fingerprints(left_units),
                                               fingerprints(right_units))

    def corrections_for(self, key: str, left_units: Sequence[str], right_units: Sequence[str],
                        pair_id: int | None = None) -> StoredCorrections:
        """The confirmed links stored for these texts that still fit their units, and those dropped.

        Looks up ``key`` first; failing that (the text was edited), the pair's latest corrections.
        """
        with self._lock:
            return store_corrections.load_corrections(
                self._connection, key, pair_id, lambda: (fingerprints(left_units), fingerprints(right_units)))

    # Search

    def index_pair(self, pair_id: int, links: Sequence[tuple[str, str]]) -> None:
        """Make a pair's link pairs (left text, right text), in link order, searchable."""
        with self._lock:
            # a pair reopened as it was is indexed already: reading its rows back takes a tenth
            # of the time of writing them, and no write holds the file from the window
            if store_search.indexed_links(self._connection, pair_id) == list(links):
                return
            with self._write() as db:
                store_search.index_links(db, pair_id, links)

    def search(self, query: str, limit: int = 100, marks: tuple[str, str] = ("[", "]")) -> list[SearchHit]:
        """Link pairs matching every word of ``query`` in either language, accents and case folded."""
        with self._lock:
            return store_search.search(self._connection, query, limit, marks)
