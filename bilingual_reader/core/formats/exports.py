"""Every export format by name, for the command line and the File menu.

Each exporter turns an aligned pair into text, with whatever Alignment the pair holds, so user
corrections are exported by passing the corrected pair.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .beads import export_beads
from .bitext import BITEXT_SUFFIXES
from .html_export import export_html
from .tmx import export_tmx
from .tsv import export_tsv

if TYPE_CHECKING:
    from ..pipeline import AlignedPair

Exporter = Callable[["AlignedPair"], str]


def _parts(pair: AlignedPair) -> tuple:
    """What most formats need of a pair: its documents, alignment and language codes."""
    return pair.left, pair.right, pair.alignment, pair.left_language.code, pair.right_language.code


def _of_links(export: Callable[..., str]) -> Exporter:
    """An exporter of a pair that needs only its _parts."""
    return lambda pair: export(*_parts(pair))


def _comparison_page(pair: AlignedPair) -> str:
    """The two-column page a journalist prints, with what one side lacks marked."""
    from ..comparison import pair_marks  # the comparison's patterns, only for this format

    return export_html(*_parts(pair), marks=pair_marks(pair))


EXPORTERS: dict[str, Exporter] = {
    "tmx": _of_links(export_tmx),
    "tsv": _of_links(export_tsv),
    "html": _comparison_page,
    "beads": _of_links(export_beads),
}


def export_file(path: str, fmt: str, pair: AlignedPair) -> None:
    """Write an aligned pair to a file in one of the EXPORTERS' formats, with Unix line ends
    everywhere (OSError when it cannot be written)."""
    text = EXPORTERS[fmt](pair)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(text)


__all__ = ["EXPORTERS", "BITEXT_SUFFIXES", "Exporter", "export_file"]
