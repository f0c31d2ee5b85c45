"""Markdown to blocks: rendered with python-markdown, raw HTML shown as text, nothing loaded."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import markdown

from .document import BlockKind
from .segment import RawBlock, is_separator

_TOP_LEVEL = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "pre", "hr",
              "table", "dl"}
_SAFE_SCHEMES = ("http://", "https://", "mailto:", "#")
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source", "wbr"}


def _renderer() -> markdown.Markdown:
    """A Markdown converter that escapes raw HTML instead of passing it through."""
    md = markdown.Markdown(extensions=["extra", "sane_lists"], output_format="html")
    # Raw HTML in a text could run scripts or load remote images: show it as text instead.
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    return md


class _BlockSplitter(HTMLParser):
    """Cuts rendered HTML into its top-level elements, cleaning links and images on the way."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str, str]] = []  # (tag, html, text)
        self._depth = 0
        self._tag = ""
        self._html: list[str] = []
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        if self._depth == 0:
            # Anything outside the block elements (it should not happen) becomes a paragraph.
            self._tag = tag if tag in _TOP_LEVEL else "p"
            self._html, self._text = [], []
        if tag == "img":
            alt = dict(attrs).get("alt") or ""
            self._html.append(html.escape(alt))
            self._text.append(alt)
            return
        clean = []
        for key, value in attrs:
            if key == "href" and value and value.lower().startswith(_SAFE_SCHEMES):
                clean.append(f' href="{html.escape(value)}"')
            elif key in ("colspan", "rowspan", "start", "align"):
                clean.append(f' {key}="{html.escape(value or "")}"')
        self._html.append(f"<{tag}{''.join(clean)}>")
        if tag in ("br",):
            self._text.append("\n")
        if tag not in _VOID:
            self._depth += 1
        elif self._depth == 0:
            self._close()

    def handle_endtag(self, tag):
        if tag in _VOID or tag == "img":
            return
        self._html.append(f"</{tag}>")
        if tag in ("li", "p", "tr", "dt", "dd") and self._depth > 1:
            self._text.append("\n")
        self._depth -= 1
        if self._depth <= 0:
            self._depth = 0
            self._close()

    def handle_data(self, data):
        if self._depth == 0:
            if not data.strip():
                return
            self._tag, self._html, self._text = "p", [], []
            self._html.append(html.escape(data))
            self._text.append(data)
            self._close()
            return
        self._html.append(html.escape(data, quote=False))
        self._text.append(data)

    def _close(self) -> None:
        text = re.sub(r"[ \t]+", " ", "".join(self._text)).strip()
        text = re.sub(r"\s*\n\s*", "\n", text)
        self.blocks.append((self._tag, "".join(self._html), text))
        self._html, self._text = [], []


def markdown_blocks(source: str) -> list[RawBlock]:
    """The blocks of a Markdown text, each with its plain text and its rendered HTML."""
    rendered = _renderer().convert(source)
    splitter = _BlockSplitter()
    splitter.feed(rendered)
    splitter.close()
    blocks = []
    for tag, block_html, text in splitter.blocks:
        if tag == "hr" or (not text and tag != "hr"):
            if tag == "hr":
                blocks.append(RawBlock(BlockKind.SEPARATOR, "—", "<hr>"))
            continue
        if tag[0] == "h" and tag[1:].isdigit():
            blocks.append(RawBlock(BlockKind.HEADING, text, block_html, int(tag[1:])))
        elif is_separator(text):
            blocks.append(RawBlock(BlockKind.SEPARATOR, text, block_html))
        else:
            blocks.append(RawBlock(BlockKind.PARAGRAPH, text.replace("\n", " ") if tag == "p" else text, block_html))
    return blocks
