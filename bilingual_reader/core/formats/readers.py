"""Readers for document formats other than .txt and .md, by file suffix.

Each reader takes (bytes, file name) and returns (raw blocks, encoding, notices, title or None);
it raises bilingual_reader.core.decoding.LoadError with a readable message on bad input.
"""

from __future__ import annotations

from typing import Callable

from ..segment import RawBlock

Reader = Callable[[bytes, str], "tuple[list[RawBlock], str, list[str], str | None]"]


# Each format module is imported inside its reader: lxml and readability cost start-up time
# that plain-text users should not pay.
def read_html(data: bytes, name: str):
    """A saved web page's article (see html_reader)."""
    from .html_reader import read_html as read

    return read(data, name)


def read_epub(data: bytes, name: str):
    """An EPUB book's chapters (see epub)."""
    from .epub import read_epub as read

    return read(data, name)


def read_docx(data: bytes, name: str):
    """A Word document's paragraphs and headings (see docx)."""
    from .docx import read_docx as read

    return read(data, name)


READERS: dict[str, Reader] = {
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".epub": read_epub,
    ".docx": read_docx,
}
