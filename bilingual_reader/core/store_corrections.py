"""Confirmed links saved by content, and finding where they fit when the texts have changed."""

from __future__ import annotations

import json
import sqlite3
import time
from collections import defaultdict
from typing import Callable, Iterable, Sequence

from .alignment import Link
from .store_records import StoredCorrections

Ids = tuple[int, ...]


def save_corrections(connection: sqlite3.Connection, key: str, pair_id: int | None,
                     links: Iterable[Link], left_fingerprints: Sequence[str],
                     right_fingerprints: Sequence[str]) -> None:
    """Replace the confirmed links stored for ``key`` (inside the caller's transaction)."""
    connection.execute("DELETE FROM correction_set WHERE content_key = ?", (key,))
    confirmed = [link for link in links if link.confirmed]
    if not confirmed:
        return
    set_id = connection.execute(
        "INSERT INTO correction_set (content_key, pair_id, left_fingerprints, right_fingerprints, saved)"
        " VALUES (?, ?, ?, ?, ?)",
        (key, pair_id, json.dumps(list(left_fingerprints)), json.dumps(list(right_fingerprints)),
         time.time()),
    ).lastrowid
    connection.executemany(
        "INSERT INTO correction (set_id, ord, left_ids, right_ids) VALUES (?, ?, ?, ?)",
        [(set_id, k, json.dumps(link.left), json.dumps(link.right)) for k, link in enumerate(confirmed)],
    )


def load_corrections(connection: sqlite3.Connection, key: str, pair_id: int | None,
                     unit_fingerprints: Callable[[], tuple[Sequence[str], Sequence[str]]]) -> StoredCorrections:
    """The stored confirmed links for these texts, moved to where their units are now.

    The units' fingerprints are asked for only when there is something to move: for a book
    they take a fifth of a second, and most pairs have no corrections.
    """
    row = connection.execute(
        "SELECT id, left_fingerprints, right_fingerprints FROM correction_set WHERE content_key = ?", (key,)
    ).fetchone()
    if row is None and pair_id is not None:
        # The text was edited since: the pair's latest corrections may still partly fit.
        row = connection.execute(
            "SELECT id, left_fingerprints, right_fingerprints FROM correction_set"
            " WHERE pair_id = ? ORDER BY saved DESC, id DESC LIMIT 1", (pair_id,)
        ).fetchone()
    if row is None:
        return StoredCorrections((), ())
    stored = [
        Link(tuple(json.loads(left)), tuple(json.loads(right)), confirmed=True)
        for left, right in connection.execute(
            "SELECT left_ids, right_ids FROM correction WHERE set_id = ? ORDER BY ord", (row[0],))
    ]
    left_fingerprints, right_fingerprints = unit_fingerprints()
    return relocate(stored, json.loads(row[1]), json.loads(row[2]), left_fingerprints, right_fingerprints)


def relocate(stored: Sequence[Link], old_left: Sequence[str], old_right: Sequence[str],
             new_left: Sequence[str], new_right: Sequence[str]) -> StoredCorrections:
    """Keep each link whose units are found again (nearest their old place), in order; drop the rest."""
    left_places, right_places = _places(new_left), _places(new_right)
    kept: list[Link] = []
    dropped: list[Link] = []
    left_end = right_end = -1
    for link in stored:
        left = _shifted(link.left, old_left, new_left, left_places)
        right = _shifted(link.right, old_right, new_right, right_places)
        fits = (left is not None and right is not None and (left or right)
                and (not left or left[0] > left_end) and (not right or right[0] > right_end))
        if not fits:
            dropped.append(link)
            continue
        kept.append(Link(left, right, score=1.0, confirmed=True))
        left_end = left[-1] if left else left_end
        right_end = right[-1] if right else right_end
    return StoredCorrections(tuple(kept), tuple(dropped))


def _places(fingerprints: Sequence[str]) -> dict[str, list[int]]:
    """Where each fingerprint occurs."""
    places: dict[str, list[int]] = defaultdict(list)
    for i, fingerprint in enumerate(fingerprints):
        places[fingerprint].append(i)
    return places


def _shifted(ids: Ids, old: Sequence[str], new: Sequence[str], places: dict[str, list[int]]) -> Ids | None:
    """``ids`` moved by the smallest shift under which all their units read the same; None if none does."""
    if not ids:
        return ()
    if any(not 0 <= i < len(old) for i in ids):
        return None
    shifts = sorted((p - ids[0] for p in places.get(old[ids[0]], ())), key=abs)
    for shift in shifts:
        if all(0 <= i + shift < len(new) and new[i + shift] == old[i] for i in ids):
            return tuple(i + shift for i in ids)
    return None
