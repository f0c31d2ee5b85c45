"""Vecalign beads: one link per line, `[0]:[0]`, `[3, 4]:[5]`, `[7]:[]`, 0-based unit ids."""

from __future__ import annotations

import re

from ..alignment import Alignment
from ..decoding import LoadError, decode_bytes
from ..document import Document

# Vecalign may append the link's cost after a third colon; it is not needed to read the links.
_IDS = r"\[\s*((?:\d+\s*,\s*)*\d+)?\s*\]"
_BEAD = re.compile(rf"^{_IDS}\s*:\s*{_IDS}(?:\s*:\s*\S+)?$")


def export_beads(left_doc: Document, right_doc: Document, alignment: Alignment,
                 left_lang: str = "", right_lang: str = "") -> str:
    """The links as beads, one per line, ids of the documents' blocks."""
    return "".join(f"{list(link.left)}:{list(link.right)}\n" for link in alignment)


def _ids(text: str) -> tuple[int, ...]:
    """'3, 4' -> (3, 4)."""
    return tuple(int(part) for part in text.split(",")) if text else ()


def parse_beads(data: bytes, name: str) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    """The (left ids, right ids) of every bead; LoadError naming the first bad line."""
    beads = []
    for number, line in enumerate(decode_bytes(data, name).text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _BEAD.match(line.strip())
        if not match:
            raise LoadError(f"{name}, line {number}: {line.strip()[:40]!r} is not a bead like [0]:[1, 2]")
        beads.append((_ids(match.group(1)), _ids(match.group(2))))
    if not beads:
        raise LoadError(f"{name} is empty")
    return beads
