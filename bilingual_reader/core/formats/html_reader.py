"""Saved web pages: the article's main text and headings, found by readability-lxml."""

from __future__ import annotations

import html
import re

import lxml.html
from lxml import etree

from ..decoding import LoadError, decode_bytes
from ..document import BlockKind
from ..segment import RawBlock
from .html_blocks import blocks_of_tree

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def decode_html(data: bytes, name: str) -> tuple[str, str, list[str]]:
    """The page's text, its encoding and notices: BOM first, then <meta charset>, then guessing."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            encoding = declared.group(1).decode("ascii").lower()
            try:
                return data.decode(encoding), encoding, []
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong declaration is common; fall through to guessing
    decoded = decode_bytes(data, name)
    return decoded.text, decoded.encoding, [decoded.notice] if decoded.notice else []


def _page_heading(page) -> str | None:
    """The text of the page's first <h1>, where the article's title usually stands."""
    for h1 in page.iter("h1"):
        text = " ".join(h1.text_content().split())
        if text:
            return text
    return None


def read_html(data: bytes, name: str) -> tuple[list[RawBlock], str, list[str], str | None]:
    """The article of a saved web page as blocks, with its encoding, notices and title."""
    # Imported on use so that loading plain texts never pays for readability's start-up.
    from readability import Document as Readable
    from readability.readability import Unparseable

    text, encoding, notices = decode_html(data, name)
    # lxml refuses str input that still carries an XML encoding declaration.
    text = _XML_DECLARATION.sub("", text)
    if not text.strip():
        raise LoadError(f"{name} is empty")
    try:
        page = lxml.html.document_fromstring(text)
        readable = Readable(text)
        article = lxml.html.fragment_fromstring(readable.summary(html_partial=True),
                                               create_parent="div")
    except (etree.ParserError, etree.XMLSyntaxError, ValueError, Unparseable) as exc:
        raise LoadError(f"{name} cannot be read as a web page ({exc})") from None
    blocks = blocks_of_tree(article)
    if not any(b.kind is not BlockKind.SEPARATOR for b in blocks):
        raise LoadError(f"{name} holds no readable text")
    heading = _page_heading(page)
    # Readability often drops the article's <h1> (it sits outside the text's container);
    # keep it so the pane opens with the title the page showed.
    if heading and all(b.text != heading for b in blocks):
        blocks.insert(0, RawBlock(BlockKind.HEADING, heading, f"<h1>{html.escape(heading)}</h1>", 1))
    title = heading or " ".join((readable.short_title() or "").split()) or None
    return blocks, encoding, notices, title

