"""Searching text the way a reader expects: case and accents do not matter (é finds e, E finds é)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Callable, NamedTuple, Sequence, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

T = TypeVar("T")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """One character without case or accent, still one character long."""
    base = unicodedata.normalize("NFKD", char)[:1].casefold()
    return base if len(base) == 1 else char


# Runs of characters outside ASCII (the split keeps them, between the ASCII stretches).
_NON_ASCII_RUNS = re.compile(r"([^\x00-\x7f]+)")


def fold(text: str) -> str:
    """The text without case or accents, with every character at the same index as before.

    >>> fold("Oekraïne ÉÉN")
    'oekraine een'
    """
    if text.isascii():
        return text.lower()  # an ASCII letter's fold is its lower case
    # ASCII stretches lowered in C, and only the runs outside ASCII mapped by a table of their
    # distinct characters: mapping every character of a 1.2 MB French side by one table took
    # 75 ms, at the window's first search
    parts = _NON_ASCII_RUNS.split(text)
    runs = parts[1::2]
    table = {ord(c): _fold_char(c) for c in set("".join(runs))}
    parts[0::2] = [part.lower() for part in parts[0::2]]
    parts[1::2] = [run.translate(table) for run in runs]
    return "".join(parts)


# A long text is folded beside the window a piece at a time: each piece is one C call that holds
# the interpreter lock, which the window's thread waits for.
_FOLD_PIECE = 1 << 16
_beside = None  # the thread that works for searches beside the window, made at the first job


def beside(work: Callable[..., T], *args) -> "Future[T]":
    """work(*args), done in a thread beside the caller's (one job at a time, in order)."""
    global _beside
    from concurrent.futures import ThreadPoolExecutor  # only once a long text is shown or searched

    if _beside is None:
        _beside = ThreadPoolExecutor(max_workers=1, thread_name_prefix="search")
    return _beside.submit(work, *args)


def fold_beside(text: str) -> "Future[str]":
    """fold(text), worked out in a thread beside the caller's (a book's side takes 50-80 ms)."""
    return beside(_fold_in_pieces, text)


def _fold_in_pieces(text: str) -> str:
    """fold(text), a piece at a time (a character's fold does not depend on its neighbours)."""
    return "".join([fold(text[k:k + _FOLD_PIECE]) for k in range(0, len(text), _FOLD_PIECE)])


def fold_all(texts: Sequence[str]) -> list[str]:
    """fold() of each text (in pieces of many texts: a call per text costs more than the folding)."""
    out: list[str] = []
    for start in range(0, len(texts), _FOLD_TEXTS):
        chunk = texts[start:start + _FOLD_TEXTS]
        folded = fold(_SEPARATOR.join(chunk)).split(_SEPARATOR)
        # a text holding the separator would come back cut in two: then one at a time
        out += folded if len(folded) == len(chunk) else [fold(text) for text in chunk]
    return out


# Texts folded together are joined by a control character that folds to itself.
_SEPARATOR = "\x1f"
_FOLD_TEXTS = 500


class LinkTexts(NamedTuple):
    """Each link's text on either side (its units joined), as shown and folded for searching."""

    left: list[str]
    right: list[str]
    left_folded: list[str]
    right_folded: list[str]


def searchable(link_pairs: Sequence[tuple[str, str]]) -> LinkTexts:
    """Link pairs' texts (left, right), with their folds for searching."""
    lefts, rights = [left for left, _ in link_pairs], [right for _, right in link_pairs]
    return LinkTexts(lefts, rights, fold_all(lefts), fold_all(rights))


def find_all(folded_haystack: str, needle: str, limit: int = 10_000) -> list[tuple[int, int]]:
    """(start, end) of every match of needle in an already folded text."""
    needle = fold(needle.strip())
    if not needle:
        return []
    spans, start = [], folded_haystack.find(needle)
    while start >= 0 and len(spans) < limit:
        spans.append((start, start + len(needle)))
        start = folded_haystack.find(needle, start + len(needle))
    return spans


def matching_links(texts: LinkTexts, left_term: str, right_term: str) -> list[int]:
    """Indices of link pairs whose left text holds left_term and right text right_term (blank terms match all)."""
    left_needle, right_needle = fold(left_term.strip()), fold(right_term.strip())
    return [k for k, (left, right) in enumerate(zip(texts.left_folded, texts.right_folded))
            if (not left_needle or left_needle in left) and (not right_needle or right_needle in right)]
