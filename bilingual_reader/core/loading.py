"""Files to Documents: read bytes, decode, pick the reader for the format, segment."""

from __future__ import annotations

import os
from pathlib import Path

from .decoding import DecodedText, LoadError, decode_bytes
from .document import BlockKind, Document
from .segment import RawBlock, build_document, lines_of, paragraphs_of

__all__ = ["LoadError", "load_document", "document_from_text", "document_suffixes", "MAX_FILE_BYTES",
           "TEXT_SUFFIXES"]

# Larger than any book; beyond this a file is more likely a mistake than a text.
MAX_FILE_BYTES = 64 * 1024 * 1024
MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
TEXT_SUFFIXES = {".txt", ".text", ""} | MARKDOWN_SUFFIXES


def document_suffixes() -> frozenset[str]:
    """Every file ending the reader opens as a document: plain text, Markdown and the format readers'."""
    from .formats.readers import READERS

    return frozenset(TEXT_SUFFIXES - {""}) | frozenset(READERS)


def read_bytes(path: str | os.PathLike) -> bytes:
    """The bytes of a file, or a LoadError that says in words why they cannot be read."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise LoadError(f"{p} is a folder, not a file")
        if size > MAX_FILE_BYTES:
            raise LoadError(f"{p.name} is too large ({size // (1024 * 1024)} MB; the limit is "
                            f"{MAX_FILE_BYTES // (1024 * 1024)} MB)")
        return p.read_bytes()
    except FileNotFoundError:
        raise LoadError(f"{p} does not exist") from None
    except PermissionError:
        raise LoadError(f"{p} cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise LoadError(f"{p} is a folder, not a file") from None
    except OSError as exc:
        raise LoadError(f"{p} cannot be read ({exc.strerror or exc})") from None


def _title_of(blocks: list[RawBlock], fallback: str) -> str:
    """A title: the first heading when the text opens with one, else the opening words."""
    for block in blocks:
        if block.kind is BlockKind.SEPARATOR:
            continue
        text = " ".join(block.text.split())
        if block.kind is BlockKind.HEADING:
            return text
        if len(text) > 60:
            text = text[:60].rsplit(" ", 1)[0] + "…"
        return text or fallback
    return fallback


def document_from_text(text: str, *, format: str = "txt", units: str = "paragraphs",
                       path: str | None = None, encoding: str = "utf-8",
                       notices: tuple[str, ...] = (), title: str | None = None) -> Document:
    """A Document from already decoded text in the given format ('txt' or 'md')."""
    if units == "lines":
        raw = lines_of(text)
    elif format == "md":
        from .markdown_blocks import markdown_blocks  # markdown is only imported when needed

        raw = markdown_blocks(text)
    else:
        raw = paragraphs_of(text)
    fallback = Path(path).stem if path else "Untitled"
    return build_document(raw, title=title or _title_of(raw, fallback), path=path, format=format,
                          encoding=encoding, notices=notices)


def load_document(path: str | os.PathLike, *, units: str = "paragraphs") -> Document:
    """Load a text file as a Document; raise LoadError with a readable message on bad input."""
    p = Path(path)
    suffix = p.suffix.lower()
    data = read_bytes(p)
    from .formats import readers  # optional formats (html, epub, docx) register here

    reader = readers.READERS.get(suffix)
    if reader is not None and units != "lines":
        raw, encoding, notices, title = reader(data, p.name)
        return build_document(raw, title=title or _title_of(raw, p.stem), path=str(p),
                              format=suffix.lstrip("."), encoding=encoding, notices=tuple(notices))
    decoded: DecodedText = decode_bytes(data, p.name)
    text = decoded.text
    if not text.strip():
        raise LoadError(f"{p.name} is empty")
    fmt = "md" if suffix in MARKDOWN_SUFFIXES else "txt"
    notices = (decoded.notice,) if decoded.notice else ()
    return document_from_text(text, format=fmt, units=units, path=str(p),
                              encoding=decoded.encoding, notices=notices)
