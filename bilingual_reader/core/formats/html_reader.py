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
_WORD = re.compile(r"\w")


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


def _unlink_headings(page) -> None:
    """Remove in-page anchor links from headings, which readability would drop as link lists.

    Documentation sites (mdBook, Sphinx, MkDocs) wrap every heading in a link to itself or
    append a pilcrow link; without this, whole articles lose their headings.
    """
    for heading in page.iter("h1", "h2", "h3", "h4", "h5", "h6"):
        for anchor in list(heading.iter("a")):
            if not (anchor.get("href") or "#").startswith("#"):
                continue
            if _WORD.search(anchor.text_content()):
                anchor.drop_tag()
            else:
                anchor.drop_tree()


def _page_title(page) -> str | None:
    """The page's <title>, whitespace collapsed."""
    titles = [" ".join(t.text_content().split()) for t in page.iter("title")]
    return next((t for t in titles if t), None)


def _title_heading(page, title: str | None) -> str | None:
    """The first <h1> that the page's <title> also names: the article's headline."""
    for h1 in page.iter("h1"):
        text = " ".join(h1.text_content().split())
        if text and (title is None or text in title or title in text):
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
        _unlink_headings(page)
        title = _page_title(page)
        headline = _title_heading(page, title)
        # Readability changes the tree it is given; everything needed from the page is read above.
        readable = Readable(page)
        article = lxml.html.fragment_fromstring(readable.summary(html_partial=True),
                                               create_parent="div")
    except (etree.ParserError, etree.XMLSyntaxError, ValueError, Unparseable) as exc:
        raise LoadError(f"{name} cannot be read as a web page ({exc})") from None
    blocks = blocks_of_tree(article)
    if not any(b.kind is not BlockKind.SEPARATOR for b in blocks):
        raise LoadError(f"{name} holds no readable text")
    # Readability often drops the article's <h1> (it sits outside the text's container);
    # keep it so the pane opens with the title the page showed.
    has_h1 = any(b.kind is BlockKind.HEADING and b.level == 1 for b in blocks)
    if headline and not has_h1 and all(b.text != headline for b in blocks):
        blocks.insert(0, RawBlock(BlockKind.HEADING, headline, f"<h1>{html.escape(headline)}</h1>", 1))
    first_h1 = next((b.text for b in blocks if b.kind is BlockKind.HEADING and b.level == 1), None)
    return blocks, encoding, notices, first_h1 or title
