"""Full-text search over the library's link pairs (SQLite FTS5, accents and case folded)."""

from __future__ import annotations

import re
import sqlite3
from typing import Sequence

from .store_records import SearchHit

_WORD = re.compile(r"\w+")


def match_expression(query: str) -> str:
    """An FTS5 MATCH expression for what a user typed: every word must occur, operators are plain words.

    >>> match_expression('Poetin "AND" (Biden')
    '"Poetin" "AND" "Biden"'
    """
    # Quoting each word makes FTS5 syntax (quotes, brackets, AND/OR/NOT, column filters)
    # inert, so no input can raise a syntax error.
    return " ".join(f'"{word}"' for word in _WORD.findall(query))


# A pair's rows in link_text have the rowids pair_id * PAIR_ROWS + link: FTS5 finds a rowid range
# through its own b-tree, whereas a condition on the unindexed pair_id column reads every row of
# the library (a re-index took 0.2 s beside one book and 0.47 s beside ten).
PAIR_ROWS = 1 << 24
# Rows written before rowids were chosen (by version 0.1 of the program) lie below this.
_FIRST_KEYED_ROWID = PAIR_ROWS


def _rowids(pair_id: int) -> tuple[int, int]:
    """The range of rowids a pair's links take (end exclusive)."""
    return pair_id * PAIR_ROWS, (pair_id + 1) * PAIR_ROWS


def indexed_links(connection: sqlite3.Connection, pair_id: int) -> list[tuple[str, str]] | None:
    """The link texts indexed for a pair, in link order; None when they are not all under its
    rowids (some written before rowids were chosen, or a link missing)."""
    first, end = _rowids(pair_id)
    rows = connection.execute("SELECT rowid, left_text, right_text FROM link_text WHERE rowid >= ? AND rowid < ?"
                              " ORDER BY rowid", (first, end)).fetchall()
    if any(rowid != first + k for k, (rowid, _, _) in enumerate(rows)):
        return None
    if _has_unkeyed_rows(connection, pair_id):
        return None
    return [(left, right) for _, left, right in rows]


def _has_unkeyed_rows(connection: sqlite3.Connection, pair_id: int) -> bool:
    """Whether the pair has rows from before rowids were chosen (only those rows are read)."""
    if connection.execute("SELECT 1 FROM link_text WHERE rowid < ? LIMIT 1", (_FIRST_KEYED_ROWID,)).fetchone() is None:
        return False
    return connection.execute("SELECT 1 FROM link_text WHERE rowid < ? AND pair_id = ? LIMIT 1",
                              (_FIRST_KEYED_ROWID, pair_id)).fetchone() is not None


def index_links(connection: sqlite3.Connection, pair_id: int, links: Sequence[tuple[str, str]]) -> None:
    """Replace the indexed text of a pair's links (inside the caller's transaction)."""
    links = links[:PAIR_ROWS]  # more links than that never come from a real text
    first, end = _rowids(pair_id)
    connection.execute("DELETE FROM link_text WHERE rowid >= ? AND rowid < ?", (first, end))
    if _has_unkeyed_rows(connection, pair_id):
        connection.execute("DELETE FROM link_text WHERE rowid < ? AND pair_id = ?", (_FIRST_KEYED_ROWID, pair_id))
    connection.executemany(
        "INSERT INTO link_text (rowid, left_text, right_text, pair_id, link) VALUES (?, ?, ?, ?, ?)",
        [(first + k, left, right, pair_id, k) for k, (left, right) in enumerate(links)],
    )


def search(connection: sqlite3.Connection, query: str, limit: int = 100,
           marks: tuple[str, str] = ("[", "]")) -> list[SearchHit]:
    """The link pairs matching ``query`` in either language, best first, matches between ``marks``."""
    expression = match_expression(query)
    if not expression:
        return []
    rows = connection.execute(
        "SELECT pair_id, link, snippet(link_text, 0, ?, ?, '…', 16), snippet(link_text, 1, ?, ?, '…', 16)"
        " FROM link_text WHERE link_text MATCH ? ORDER BY rank LIMIT ?",
        (*marks, *marks, expression, limit),
    )
    return [SearchHit(int(pair_id), int(link), left, right) for pair_id, link, left, right in rows]
