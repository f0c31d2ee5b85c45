"""An HTML or XHTML element tree to blocks: plain text plus a safe HTML fragment per block.

The fragment is rebuilt from an allow-list rather than cleaned, so nothing that is not
listed here (scripts, styles, event handlers, images, remote loads) can reach a pane.
"""

from __future__ import annotations

import html
import re

from lxml import etree

from ..document import BlockKind
from ..segment import RawBlock, is_separator
from .safe_xml import entity_text, local_name

_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_LEAF_BLOCKS = {"p", "li", "dt", "dd", "pre", "figcaption", "caption", "tr", "address"} | set(_HEADINGS)
_CONTAINERS = {"html", "body", "div", "section", "article", "main", "header", "footer", "blockquote",
               "ul", "ol", "dl", "table", "thead", "tbody", "tfoot", "figure", "aside", "details",
               "summary", "center", "hgroup"}
# Cells are blocks only when they hold blocks (a layout table); otherwise a row is one line.
_CELLS = {"td", "th"}
_BLOCKS = _LEAF_BLOCKS | _CONTAINERS | _CELLS | {"hr"}
_SKIPPED = {"head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg",
            "math", "form", "button", "input", "select", "textarea", "canvas", "audio", "video",
            "nav", "title", "meta", "link", "base", "map", "area"}
_INLINE_KEPT = {"b", "strong", "i", "em", "u", "s", "sub", "sup", "code", "small", "mark", "q",
                "cite", "abbr", "kbd", "var", "dfn"}
_SAFE_SCHEMES = ("http://", "https://", "mailto:")
_SPACES = re.compile(r"\s+")


def is_safe_href(href: str | None) -> bool:
    """True for a link a reader may follow: http, https or mailto only."""
    return bool(href) and href.strip().lower().startswith(_SAFE_SCHEMES)


class _Inline:
    """Collects the escaped HTML and the plain text of a run of inline content."""

    def __init__(self, pre: bool = False) -> None:
        self.html: list[str] = []
        self.text: list[str] = []
        self.pre = pre

    def add_text(self, text: str | None) -> None:
        """Append text, escaped for the fragment; outside <pre> line breaks in the source are spaces."""
        if text:
            if not self.pre:
                text = _SPACES.sub(" ", text)
            self.html.append(html.escape(text, quote=False))
            self.text.append(text)

    def add_node(self, node) -> None:
        """Append an inline node and its tail."""
        if isinstance(node, etree._Entity):
            self.add_text(entity_text(node))
        elif isinstance(node.tag, str):
            self._add_element(node)
        self.add_text(node.tail)

    def add_children(self, element) -> None:
        """Append the text and inline children of an element (not its tail)."""
        self.add_text(element.text)
        for child in element:
            self.add_node(child)

    def _add_element(self, element) -> None:
        tag = local_name(element)
        if tag in _SKIPPED:
            return
        if tag == "br":
            self.html.append("<br>")
            self.text.append("\n")
        elif tag == "img":
            self.add_text(element.get("alt") or "")
        elif tag == "a" and is_safe_href(element.get("href")):
            self.html.append(f'<a href="{html.escape(element.get("href").strip())}">')
            self.add_children(element)
            self.html.append("</a>")
        elif tag in _INLINE_KEPT:
            self.html.append(f"<{tag}>")
            self.add_children(element)
            self.html.append(f"</{tag}>")
        else:
            self.add_children(element)

    def is_empty(self) -> bool:
        """True when nothing but whitespace was collected."""
        return not "".join(self.text).strip()


def _block(kind: BlockKind, tag: str, inline: _Inline, level: int = 0) -> RawBlock:
    """A raw block from collected inline content, wrapped in ``tag``."""
    text = "".join(inline.text)
    body = "".join(inline.html)
    if inline.pre:
        text = text.strip("\n")
    else:
        # Only <br> put line breaks in the text; trim the spaces around them.
        text = "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
        body = body.strip()
    if kind is BlockKind.PARAGRAPH and is_separator(text):
        kind = BlockKind.SEPARATOR
    return RawBlock(kind, text, f"<{tag}>{body}</{tag}>", level)


def _has_block_child(element) -> bool:
    """True when some descendant is a block-level element other than a table cell."""
    return any(local_name(d) in _BLOCKS - _CELLS for d in element.iterdescendants())


class _Walker:
    """Walks an element tree in document order and emits blocks."""

    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []

    def emit(self, block: RawBlock) -> None:
        """Keep a block unless it has no text."""
        if block.text.strip():
            self.blocks.append(block)

    def leaf(self, element, tag: str) -> None:
        """One block from an element with only inline content."""
        inline = _Inline(pre=tag == "pre")
        if tag == "tr":
            # A table row reads best as one line, its cells set apart.
            for cell in element:
                if inline.text:
                    inline.add_text(" | ")
                inline.add_children(cell)
            self.emit(_block(BlockKind.PARAGRAPH, "p", inline))
            return
        inline.add_children(element)
        if tag in _HEADINGS:
            self.emit(_block(BlockKind.HEADING, tag, inline, _HEADINGS[tag]))
        elif tag == "pre":
            self.emit(_block(BlockKind.PARAGRAPH, "pre", inline))
        elif tag == "li":
            # An item is a block of its own; the list around it keeps the pane's bullet.
            item = _block(BlockKind.PARAGRAPH, "li", inline)
            self.emit(item._replace(html=f"<ul>{item.html}</ul>"))
        else:
            self.emit(_block(BlockKind.PARAGRAPH, "p", inline))

    def container(self, element) -> None:
        """Blocks from an element holding blocks; loose inline content becomes paragraphs."""
        loose = _Inline()
        loose.add_text(element.text)
        for child in element:
            tag = local_name(child)
            if tag in _BLOCKS or tag in _SKIPPED:
                self._flush(loose)
                loose = _Inline()
                self.visit(child)
                loose.add_text(child.tail)
            else:
                loose.add_node(child)
        self._flush(loose)

    def _flush(self, loose: _Inline) -> None:
        if not loose.is_empty():
            self.emit(_block(BlockKind.PARAGRAPH, "p", loose))

    def visit(self, element) -> None:
        """Emit the blocks of one element."""
        tag = local_name(element)
        if tag in _SKIPPED or not tag:
            return
        if tag == "hr":
            self.blocks.append(RawBlock(BlockKind.SEPARATOR, "—", "<hr>"))
        elif tag in _LEAF_BLOCKS and not _has_block_child(element):
            self.leaf(element, tag)
        else:
            self.container(element)


def blocks_of_tree(root) -> list[RawBlock]:
    """The headings, paragraphs and separators of an (X)HTML element tree, in order."""
    walker = _Walker()
    walker.visit(root)
    return walker.blocks
