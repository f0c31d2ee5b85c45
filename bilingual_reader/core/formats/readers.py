"""Readers for document formats other than .txt and .md, by file suffix.

Each reader takes (bytes, file name) and returns (raw blocks, encoding, notices, title or None);
it raises bilingual_reader.core.decoding.LoadError with a readable message on bad input.
"""

from __future__ import annotations

from typing import Callable

from ..segment import RawBlock

Reader = Callable[[bytes, str], "tuple[list[RawBlock], str, list[str], str | None]"]

READERS: dict[str, Reader] = {}
