"""Every export format by name, for the command line and the File menu.

Each exporter is (left_doc, right_doc, alignment, left_lang, right_lang) -> str and writes
whatever Alignment it is given, so user corrections are exported by passing the corrected one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from ..alignment import Alignment
from ..document import Document
from .beads import export_beads
from .bitext import BITEXT_SUFFIXES
from .html_export import export_html
from .tmx import export_tmx
from .tsv import export_tsv

if TYPE_CHECKING:
    from ..pipeline import AlignedPair

Exporter = Callable[[Document, Document, Alignment, str, str], str]

EXPORTERS: dict[str, Exporter] = {
    "tmx": export_tmx,
    "tsv": export_tsv,
    "html": export_html,
    "beads": export_beads,
}



def export_file(path: str, fmt: str, pair: AlignedPair) -> None:
    """Write an aligned pair (its alignment as given: corrections included) to a file in one of the
    EXPORTERS' formats, with Unix line ends everywhere (OSError when it cannot be written)."""
    args = (pair.left, pair.right, pair.alignment, pair.left_language.code, pair.right_language.code)
    if fmt == "html":  # the page is the comparison a journalist prints: what one side lacks is marked
        from ..comparison import pair_marks

        text = export_html(*args, marks=pair_marks(pair))
    else:
        text = EXPORTERS[fmt](*args)
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write(text)


__all__ = ["EXPORTERS", "BITEXT_SUFFIXES", "Exporter", "export_file"]
