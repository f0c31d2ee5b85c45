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


def index_links(connection: sqlite3.Connection, pair_id: int, links: Sequence[tuple[str, str]]) -> None:
    """Replace the indexed text of a pair's links (inside the caller's transaction)."""
    connection.execute("DELETE FROM link_text WHERE pair_id = ?", (pair_id,))
    connection.executemany(
        "INSERT INTO link_text (left_text, right_text, pair_id, link) VALUES (?, ?, ?, ?)",
        [(left, right, pair_id, k) for k, (left, right) in enumerate(links)],
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
