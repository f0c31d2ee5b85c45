"""Word .docx documents read in memory: paragraphs in order, Heading and Title styles as headings."""

from __future__ import annotations

import html
import re
import zipfile

from ..decoding import LoadError
from ..document import BlockKind
from ..segment import RawBlock, is_separator
from .archive import open_zip, read_member
from .html_blocks import is_safe_href
from .safe_xml import parse_xml

_HEADING_STYLE = re.compile(r"^heading\s*([1-9])$", re.IGNORECASE)
_RELS = "word/_rels/document.xml.rels"
# Word stores a text box twice (a modern and a fallback version): read only the first.
_NOT_TEXT = {"Fallback", "delText", "instrText", "footnoteReference", "endnoteReference"}


def _name(element) -> str:
    """An element's tag without its namespace, case kept ('' for anything but elements)."""
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def _attr(element, name: str) -> str | None:
    """An attribute by local name, whatever its namespace (w:val, r:id, ...)."""
    for key, value in element.attrib.items():
        if key.rsplit("}", 1)[-1] == name:
            return value
    return None


def _first(element, name: str):
    """The first direct child with a given local name, or None."""
    if element is None:
        return None
    for child in element:
        if _name(child) == name:
            return child
    return None


def _outline_level(paragraph_properties) -> int:
    """The heading level a w:outlineLvl gives (0-based in the file; 9 means body text), else 0."""
    outline = _first(paragraph_properties, "outlineLvl")
    value = _attr(outline, "val") if outline is not None else None
    return int(value) + 1 if value and value.isdigit() and int(value) < 9 else 0


def _style_levels(archive: zipfile.ZipFile, name: str) -> dict[str, int]:
    """Paragraph style id -> heading level, following each style's basedOn chain."""
    if "word/styles.xml" not in archive.namelist():
        return {}
    root = parse_xml(read_member(archive, "word/styles.xml", name), name)
    own: dict[str, int] = {}
    based_on: dict[str, str] = {}
    for style in root.iter("{*}style"):
        style_id = _attr(style, "styleId")
        if not style_id:
            continue
        style_name = _first(style, "name")
        label = ((_attr(style_name, "val") or "") if style_name is not None else "").strip()
        match = _HEADING_STYLE.match(label)
        if match:
            own[style_id] = int(match.group(1))
        elif label.lower() == "title":
            own[style_id] = 1
        elif _outline_level(_first(style, "pPr")):
            own[style_id] = _outline_level(_first(style, "pPr"))
        parent = _first(style, "basedOn")
        if parent is not None and _attr(parent, "val"):
            based_on[style_id] = _attr(parent, "val")
    levels = dict(own)
    for style_id in based_on:
        seen, current = set(), style_id
        while current not in levels and current in based_on and current not in seen:
            seen.add(current)
            current = based_on[current]
        if current in levels:
            levels[style_id] = levels[current]
    return levels


def _external_links(archive: zipfile.ZipFile, name: str) -> dict[str, str]:
    """Relationship id -> target, for the document's external hyperlinks."""
    if _RELS not in archive.namelist():
        return {}
    root = parse_xml(read_member(archive, _RELS, name), name)
    return {rel.get("Id"): rel.get("Target") for rel in root.iter("{*}Relationship")
            if rel.get("TargetMode") == "External" and rel.get("Id")}


def _is_on(run_properties, name: str) -> bool:
    """True when a run property such as w:b is set and not switched off by w:val."""
    prop = _first(run_properties, name)
    return prop is not None and (_attr(prop, "val") or "true").lower() not in ("0", "false", "off")


class _Paragraph:
    """Collects one w:p's text and a safe HTML rendering of its runs."""

    def __init__(self, links: dict[str, str]) -> None:
        self.links = links
        self.html: list[str] = []
        self.text: list[str] = []

    def add(self, element) -> None:
        """Add the content of an element inside the paragraph, in order."""
        for child in element:
            tag = _name(child)
            # Nested paragraphs (in text boxes) are blocks of their own.
            if tag == "p" or tag in _NOT_TEXT:
                continue
            if tag == "r":
                self._run(child)
            elif tag == "hyperlink":
                self._hyperlink(child)
            else:
                self.add(child)

    def _hyperlink(self, element) -> None:
        href = self.links.get(_attr(element, "id") or "")
        if not is_safe_href(href):
            self.add(element)
            return
        self.html.append(f'<a href="{html.escape(href)}">')
        self.add(element)
        self.html.append("</a>")

    def _run(self, run) -> None:
        pieces: list[str] = []
        for child in run:
            tag = _name(child)
            if tag == "t":
                pieces.append(child.text or "")
            elif tag == "tab":
                pieces.append("\t")
            elif tag in ("br", "cr") and _attr(child, "type") != "page":
                pieces.append("\n")
            elif tag == "noBreakHyphen":
                pieces.append("\u2011")
        text = "".join(pieces)
        if not text:
            return
        body = html.escape(text, quote=False).replace("\n", "<br>")
        props = _first(run, "rPr")
        for prop, tag in (("u", "u"), ("i", "em"), ("b", "strong")):
            if _is_on(props, prop):
                body = f"<{tag}>{body}</{tag}>"
        self.html.append(body)
        self.text.append(text)

    def block(self, level: int) -> RawBlock | None:
        """The paragraph as a raw block, or None when it holds no text."""
        text = "\n".join(" ".join(line.split()) for line in "".join(self.text).split("\n")).strip()
        if not text:
            return None
        body = "".join(self.html)
        if level:
            tag = f"h{min(level, 6)}"
            return RawBlock(BlockKind.HEADING, text.replace("\n", " "), f"<{tag}>{body}</{tag}>", level)
        kind = BlockKind.SEPARATOR if is_separator(text) else BlockKind.PARAGRAPH
        return RawBlock(kind, text, f"<p>{body}</p>")


def _paragraph_level(paragraph, levels: dict[str, int]) -> int:
    """The heading level of a w:p (0 for body text), from its style or outline level."""
    props = _first(paragraph, "pPr")
    style = _first(props, "pStyle")
    if style is not None and _attr(style, "val") in levels:
        return levels[_attr(style, "val")]
    return _outline_level(props)


def _title(archive: zipfile.ZipFile, name: str) -> str | None:
    """The title from the document's properties, when the author set one."""
    if "docProps/core.xml" not in archive.namelist():
        return None
    root = parse_xml(read_member(archive, "docProps/core.xml", name), name)
    for element in root.iter("{*}title"):
        text = " ".join("".join(element.itertext()).split())
        if text:
            return text
    return None


def read_docx(data: bytes, name: str) -> tuple[list[RawBlock], str, list[str], str | None]:
    """The paragraphs and headings of a .docx document, with encoding, notices and title."""
    if not data:
        raise LoadError(f"{name} is empty")
    archive = open_zip(data, name, "Word (.docx)")
    if "word/document.xml" not in archive.namelist():
        raise LoadError(f"{name} is not a Word .docx document (word/document.xml is missing)")
    root = parse_xml(read_member(archive, "word/document.xml", name), name)
    levels = _style_levels(archive, name)
    links = _external_links(archive, name)
    blocks: list[RawBlock] = []
    for paragraph in root.iter("{*}p"):
        if any(_name(a) == "Fallback" for a in paragraph.iterancestors()):
            continue
        collected = _Paragraph(links)
        collected.add(paragraph)
        block = collected.block(_paragraph_level(paragraph, levels))
        if block is not None:
            blocks.append(block)
    if not blocks:
        raise LoadError(f"{name} holds no text")
    return blocks, "utf-8", [], _title(archive, name)
