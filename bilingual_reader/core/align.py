"""Alignment of two documents (placeholder: in-order 1-1 links, the rest unlinked)."""

from __future__ import annotations

from typing import Sequence

from .alignment import Alignment, Link
from .document import Document


def align_units(left: Sequence[str], right: Sequence[str], *, left_lang: str | None = None,
                right_lang: str | None = None) -> list[Link]:
    """Link two sequences of text units in order."""
    n = min(len(left), len(right))
    links = [Link((i,), (i,), 0.5) for i in range(n)]
    links += [Link((i,), ()) for i in range(n, len(left))]
    links += [Link((), (j,)) for j in range(n, len(right))]
    return links


def align(left: Document, right: Document, *, left_lang: str | None = None,
          right_lang: str | None = None) -> Alignment:
    """Align two documents' paragraphs, then the sentences inside each linked group."""
    links = align_units(left.texts, right.texts, left_lang=left_lang, right_lang=right_lang)
    return Alignment(tuple(links), len(left.blocks), len(right.blocks))
