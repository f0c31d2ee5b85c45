"""Keys that identify texts and their units by content, so stored data follows a renamed file."""

from __future__ import annotations

import hashlib
import unicodedata
from typing import Sequence


def normalise(text: str) -> str:
    """The text in canonical form: NFC, no BOM, whitespace runs as one space, ends stripped.

    >>> normalise("\\ufeffa  b\\r\\nc ")
    'a b c'
    """
    # Re-saving a file with other line endings, a BOM or re-wrapped lines must not make it
    # a different text: the words are what the user's corrections were made on.
    text = unicodedata.normalize("NFC", text.replace("\ufeff", ""))
    # str.split() cuts at the same whitespace as the pattern \s+ (both ask Py_UNICODE_ISSPACE)
    # and drops the ends, ten times faster than a substitution
    return " ".join(text.split())


def normalise_long(text: str, piece: int = 16_384) -> str:
    """normalise() for a book, done a few lines at a time.

    One regular-expression pass over a megabyte holds the interpreter lock for a tenth of a
    second, freezing the window while a worker computes the key. Cutting only at line breaks
    gives the same result: whitespace runs fold to one space, and NFC never joins characters
    across a line break.
    """
    parts, lines, size = [], [], 0
    for line in text.split("\n"):
        lines.append(line)
        size += len(line) + 1
        if size >= piece:
            parts.append(normalise("\n".join(lines)))
            lines, size = [], 0
    parts.append(normalise("\n".join(lines)))
    return " ".join(part for part in parts if part)


def content_key(left_text: str, right_text: str) -> str:
    """A hex key of both texts' normalised content; the same pair has the same key wherever it lies."""
    digest = hashlib.sha256()
    for text in (left_text, right_text):
        data = normalise_long(text).encode("utf-8")
        # A length prefix keeps ("ab", "c") and ("a", "bc") apart.
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def unit_fingerprint(text: str) -> str:
    """A short key of one unit's text that ignores case and spacing.

    >>> unit_fingerprint("Hello  World") == unit_fingerprint("hello world")
    True
    """
    return hashlib.sha256(normalise(text).casefold().encode("utf-8")).hexdigest()[:16]


def fingerprints(units: Sequence[str]) -> tuple[str, ...]:
    """The fingerprint of every unit, in order."""
    return tuple(unit_fingerprint(u) for u in units)
