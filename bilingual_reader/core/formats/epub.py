"""EPUB 2 and 3 books read in memory: the spine's chapters in order, each opened by its title."""

from __future__ import annotations

import html
import posixpath
import zipfile
from urllib.parse import unquote

import lxml.html
from lxml import etree

from ..decoding import LoadError
from ..document import BlockKind
from ..segment import RawBlock
from .archive import open_zip, read_member
from .html_blocks import blocks_of_tree
from .safe_xml import local_name, parse_xml

_XHTML_TYPES = {"application/xhtml+xml", "text/html"}
_EPUB_TYPE = "{http://www.idpf.org/2007/ops}type"


def _children(element, name: str):
    """The descendants of an element with a given local name, namespace and case ignored."""
    name = name.lower()
    return [e for e in element.iter() if local_name(e) == name]


def _text(element) -> str:
    """An element's text with whitespace collapsed."""
    return " ".join("".join(element.itertext()).split())


def _resolve(base: str, href: str) -> str:
    """An archive path for an href relative to the file at ``base``, without its #fragment."""
    href = unquote(href.split("#", 1)[0])
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), href)).lstrip("/")


def _package_path(archive: zipfile.ZipFile, name: str) -> str:
    """The path of the OPF package document named by META-INF/container.xml."""
    if "META-INF/container.xml" not in archive.namelist():
        raise LoadError(f"{name} is not an EPUB book (META-INF/container.xml is missing)")
    container = parse_xml(read_member(archive, "META-INF/container.xml", name), name)
    for rootfile in _children(container, "rootfile"):
        if rootfile.get("full-path"):
            return rootfile.get("full-path")
    raise LoadError(f"{name} is damaged: its container names no package document")


class _Package:
    """What the OPF says: the manifest, the reading order (spine), the title and the table of contents."""

    def __init__(self, archive: zipfile.ZipFile, path: str, name: str) -> None:
        root = parse_xml(read_member(archive, path, name), name)
        self.manifest: dict[str, tuple[str, str, str]] = {}
        for item in _children(root, "item"):
            href = item.get("href")
            if item.get("id") and href:
                self.manifest[item.get("id")] = (_resolve(path, href), item.get("media-type", ""),
                                                 item.get("properties", ""))
        # Non-linear items (footnote pages, pop-ups) are not part of the reading order.
        self.spine = [ref.get("idref") for ref in _children(root, "itemref")
                      if ref.get("linear", "yes") != "no" and ref.get("idref") in self.manifest]
        titles = [_text(t) for t in _children(root, "title") if _text(t)]
        self.title = titles[0] if titles else None
        spines = _children(root, "spine")
        self.ncx_id = spines[0].get("toc") if spines else None

    def nav_path(self) -> str | None:
        """The archive path of the EPUB 3 navigation document, if any."""
        for path, _, properties in self.manifest.values():
            if "nav" in properties.split():
                return path
        return None


def _toc_titles(archive: zipfile.ZipFile, package: _Package, name: str) -> dict[str, str]:
    """Chapter file path -> its title in the table of contents (EPUB 3 nav, else EPUB 2 NCX)."""
    titles: dict[str, str] = {}
    nav = package.nav_path()
    if nav:
        root = parse_xml(read_member(archive, nav, name), name)
        # A nav document may also hold landmarks and page lists; the toc names the chapters.
        tocs = [n for n in _children(root, "nav") if n.get(_EPUB_TYPE) == "toc"]
        for anchor in _children(tocs[0] if tocs else root, "a"):
            if anchor.get("href") and _text(anchor):
                titles.setdefault(_resolve(nav, anchor.get("href")), _text(anchor))
    elif package.ncx_id in package.manifest:
        ncx = package.manifest[package.ncx_id][0]
        root = parse_xml(read_member(archive, ncx, name), name)
        for point in _children(root, "navPoint"):
            labels = _children(point, "text")
            contents = _children(point, "content")
            if labels and contents and contents[0].get("src"):
                titles.setdefault(_resolve(ncx, contents[0].get("src")), _text(labels[0]))
    return titles


def _chapter_tree(data: bytes, name: str):
    """A chapter's element tree: as XHTML, or as HTML when a careless book is not well-formed."""
    try:
        return parse_xml(data, name)
    except LoadError as exc:
        if "not well-formed" not in str(exc):
            raise
    try:
        return lxml.html.document_fromstring(data)
    except (etree.ParserError, ValueError):
        raise LoadError(f"{name} has a chapter that cannot be read") from None


def _chapter_blocks(tree, toc_title: str | None) -> list[RawBlock]:
    """A chapter's blocks, opening with its heading: its own, or the table of contents' title."""
    bodies = _children(tree, "body")
    blocks = blocks_of_tree(bodies[0] if bodies else tree)
    opens_with_heading = bool(blocks) and blocks[0].kind is BlockKind.HEADING
    if toc_title and not opens_with_heading:
        blocks.insert(0, RawBlock(BlockKind.HEADING, toc_title, f"<h1>{html.escape(toc_title)}</h1>", 1))
    return blocks


def read_epub(data: bytes, name: str) -> tuple[list[RawBlock], str, list[str], str | None]:
    """The chapters of an EPUB book as blocks, with encoding, notices and title."""
    if not data:
        raise LoadError(f"{name} is empty")
    archive = open_zip(data, name, "EPUB")
    package = _Package(archive, _package_path(archive, name), name)
    titles = _toc_titles(archive, package, name)
    nav = package.nav_path()
    blocks: list[RawBlock] = []
    for idref in package.spine:
        path, media_type, _ = package.manifest[idref]
        # The navigation document is the table of contents, not text to read.
        if media_type not in _XHTML_TYPES or path == nav:
            continue
        tree = _chapter_tree(read_member(archive, path, name), name)
        blocks.extend(_chapter_blocks(tree, titles.get(path)))
    if not any(b.kind is not BlockKind.SEPARATOR for b in blocks):
        raise LoadError(f"{name} holds no readable text")
    return blocks, "utf-8", [], package.title
