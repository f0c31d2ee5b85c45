"""What the exporters share: the text on each side of a link, and language tags."""

from __future__ import annotations

import re

from ..document import BlockKind, Document
from ..segment import RawBlock, is_separator, looks_like_heading

_TAG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")
# XML 1.0 cannot hold these characters at all, not even as references.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def language_tag(code: str | None) -> str:
    """An RFC 5646 tag for a detected language: 'zh-cn' -> 'zh-CN', unknown -> 'und'.

    >>> language_tag("zh-cn"), language_tag("EN"), language_tag("unknown")
    ('zh-CN', 'en', 'und')
    """
    code = (code or "").strip().replace("_", "-")
    if not code or code.lower() == "unknown" or not _TAG.match(code):
        return "und"
    primary, *rest = code.split("-")
    # Two-letter subtags after the language are regions, written in capitals by convention.
    return "-".join([primary.lower()] + [s.upper() if len(s) == 2 else s.lower() for s in rest])


def side_blocks(doc: Document, ids: tuple[int, ...]) -> list[str]:
    """The texts of some blocks of a document, each on one line, fit for XML."""
    return [_NOT_XML.sub("", " ".join(doc.blocks[i].text.split())) for i in ids]


def raw_unit(text: str) -> RawBlock:
    """A bitext unit as a block: a heading or separator when it looks like one, else a paragraph."""
    if is_separator(text):
        return RawBlock(BlockKind.SEPARATOR, text)
    if looks_like_heading(text):
        return RawBlock(BlockKind.HEADING, text, level=2)
    return RawBlock(BlockKind.PARAGRAPH, text)
