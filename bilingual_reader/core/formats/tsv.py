"""Two-column TSV bitexts: one link per row, left text, a tab, right text."""

from __future__ import annotations

from ..alignment import Alignment, Link
from ..decoding import LoadError, decode_bytes
from ..document import Document
from ..segment import RawBlock
from .units import raw_unit, side_blocks


def export_tsv(left_doc: Document, right_doc: Document, alignment: Alignment,
               left_lang: str = "", right_lang: str = "") -> str:
    """One line per link: the left units' text, a tab, the right units' text (empty when none)."""
    rows = []
    for link in alignment:
        # side_blocks has already turned tabs and line breaks into spaces.
        left = " ".join(side_blocks(left_doc, link.left))
        right = " ".join(side_blocks(right_doc, link.right))
        rows.append(f"{left}\t{right}\n")
    return "".join(rows)


def read_tsv(data: bytes, name: str) -> tuple[list[RawBlock], list[RawBlock], list[Link]]:
    """Blocks of both sides and one confirmed link per row; an empty cell has no counterpart."""
    text = decode_bytes(data, name).text.lstrip("\ufeff")
    left: list[RawBlock] = []
    right: list[RawBlock] = []
    links: list[Link] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != 2:
            raise LoadError(f"{name}, line {number}: expected two tab-separated columns, found {len(cells)}")
        left_ids = _add(left, cells[0])
        right_ids = _add(right, cells[1])
        links.append(Link(left_ids, right_ids, 1.0, confirmed=True))
    if not links:
        raise LoadError(f"{name} is empty")
    return left, right, links


def _add(blocks: list[RawBlock], cell: str) -> tuple[int, ...]:
    """Append a cell's unit to a side (nothing for an empty cell) and return its ids."""
    cell = cell.strip()
    if not cell:
        return ()
    blocks.append(raw_unit(cell))
    return (len(blocks) - 1,)
