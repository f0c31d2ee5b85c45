"""Sentence splitting (placeholder: split after . ! ? followed by a space and a capital)."""

from __future__ import annotations

import re

_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”’»)]*\s+(?=[\"'“‘«(]?[A-ZÀ-ÖØ-Þ0-9])")


def split_sentences(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """The (start, end) spans of the sentences of ``text``."""
    spans = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans
