"""Bytes to text: BOMs, UTF-8, and a cp1252/latin-1 fallback that never fails."""

from __future__ import annotations

import codecs
from typing import NamedTuple


class LoadError(Exception):
    """A file that cannot be read as a text; the message is meant for the user."""


class DecodedText(NamedTuple):  # not a frozen dataclass: making one at import costs ~1 ms of start-up
    """Text decoded from bytes, the encoding used, and a notice when it was a guess."""

    text: str
    encoding: str
    notice: str | None = None


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _looks_binary(data: bytes) -> bool:
    """True when the bytes hold NULs or many control characters, as binaries do and texts do not."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > max(8, len(sample) // 100)


def decode_bytes(data: bytes, name: str = "the file") -> DecodedText:
    """Decode a text file's bytes; raise LoadError for binaries."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(encoding), encoding.replace("-sig", ""))
            except UnicodeDecodeError:
                text = data.decode(encoding, errors="replace")
                return DecodedText(text, encoding, f"{name}: some bytes were not valid {encoding} and were replaced")
    if _looks_binary(data):
        raise LoadError(f"{name} does not look like a text file (it holds binary data)")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return DecodedText(data.decode("cp1252"), "cp1252",
                           f"{name} is not UTF-8; it was read as Windows-1252 (Western European)")
    except UnicodeDecodeError:
        return DecodedText(data.decode("latin-1"), "latin-1",
                           f"{name} is not UTF-8; it was read as Latin-1")
