"""Every export format by name, for the command line and the File menu.

Each exporter is (left_doc, right_doc, alignment, left_lang, right_lang) -> str and writes
whatever Alignment it is given, so user corrections are exported by passing the corrected one.
"""

from __future__ import annotations

from typing import Callable

from ..alignment import Alignment
from ..document import Document
from .beads import export_beads
from .bitext import BITEXT_SUFFIXES
from .html_export import export_html
from .tmx import export_tmx
from .tsv import export_tsv

Exporter = Callable[[Document, Document, Alignment, str, str], str]

EXPORTERS: dict[str, Exporter] = {
    "tmx": export_tmx,
    "tsv": export_tsv,
    "html": export_html,
    "beads": export_beads,
}

__all__ = ["EXPORTERS", "BITEXT_SUFFIXES", "Exporter"]
