"""Opening a pair the reader has seen before: its place in the library, its corrections, its position.

This runs in the worker thread after alignment: hashing a book's text and re-applying saved
corrections take a noticeable moment that must not freeze the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from .pipeline import AlignedPair
from .store import Store, StoreError
from .store_keys import content_key


@dataclass(frozen=True)
class Reopened:
    """An aligned pair with the reader's corrections applied, and what the library knows of it."""

    pair: AlignedPair
    key: str
    pair_id: int | None = None
    position: tuple[int, float] | None = None
    corrections_kept: int = 0
    corrections_dropped: int = 0
    problem: str | None = None


def pair_key(pair: AlignedPair) -> str:
    """The content key of a pair: the same texts give the same key wherever the files lie."""
    return content_key("\n\n".join(pair.left.texts), "\n\n".join(pair.right.texts))


def reopen(store: Store | None, pair: AlignedPair) -> Reopened:
    """Register a pair in the library, put back the reader's corrections, and find where they left off."""
    key = pair_key(pair)
    if store is None:
        return Reopened(pair, key)
    try:
        pair_id = store.save_pair(pair.left.path or "", pair.right.path or "",
                                  left_language=pair.left_language.code, right_language=pair.right_language.code,
                                  left_title=pair.left.title, right_title=pair.right.title, content_key=key)
        store.mark_opened(pair_id)
        pair, kept, dropped = with_saved_corrections(store, pair, key, pair_id)
        position = store.position(pair_id)
    except StoreError as exc:
        return Reopened(pair, key, problem=exc.user_message)
    return Reopened(pair, key, pair_id, (position.link, position.fraction) if position else None, kept, dropped)


def with_saved_corrections(store: Store, pair: AlignedPair, key: str | None = None,
                           pair_id: int | None = None) -> tuple[AlignedPair, int, int]:
    """The pair with the reader's stored corrections put back; with how many were kept and dropped."""
    saved = store.corrections_for(key or pair_key(pair), pair.left.texts, pair.right.texts, pair_id=pair_id)
    if not saved.links:
        return pair, 0, len(saved.dropped)
    from .corrections import apply_confirmed  # the aligner is loaded only when there is something to redo
    from .editing import realigner, with_alignment

    reapplied = apply_confirmed(pair.alignment, saved.links, len(pair.left.blocks), len(pair.right.blocks),
                                realign=realigner(pair))
    kept = len(saved.links) - len(reapplied.dropped)
    return with_alignment(pair, reapplied.alignment), kept, len(saved.dropped) + len(reapplied.dropped)


def index_for_search(store: Store | None, reopened: Reopened) -> None:
    """Put a reopened pair's link texts into the library search (after it is on screen: it takes a moment)."""
    if store is None or reopened.pair_id is None:
        return
    try:
        store.index_pair(reopened.pair_id, link_texts(reopened.pair))
    except StoreError:
        pass  # the search misses this pair until its next opening; reading goes on


def link_texts(pair: AlignedPair) -> list[tuple[str, str]]:
    """Each link's left and right text, for the library's full-text search."""
    return [(" ".join(pair.left.blocks[i].text for i in link.left),
             " ".join(pair.right.blocks[j].text for j in link.right)) for link in pair.alignment]
