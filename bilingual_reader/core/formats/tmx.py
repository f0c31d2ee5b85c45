"""TMX 1.4: one translation unit per link, and TMX files read back as an aligned pair."""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ... import __version__
from ..alignment import Alignment, Link
from ..decoding import LoadError
from ..document import Document
from ..segment import RawBlock
from .safe_xml import local_name, parse_xml
from .units import language_tag, raw_unit, side_blocks

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# A link may join several blocks on one side; this property lists their lengths so that an
# import can cut the segment back into the same blocks (other tools ignore x- properties).
BLOCKS_PROP = "x-bilingual-reader-block-lengths"
# Inline codes of the original format, not text a reader should see.
_CODES = {"bpt", "ept", "it", "ph", "ut"}


def export_tmx(left_doc: Document, right_doc: Document, alignment: Alignment,
               left_lang: str, right_lang: str) -> str:
    """A TMX 1.4 document with one <tu> per link; a side with no units has no <tuv>."""
    left_tag, right_tag = language_tag(left_lang), language_tag(right_lang)
    root = etree.Element("tmx", version="1.4")
    etree.SubElement(root, "header", {
        "creationtool": "Bilingual Reader", "creationtoolversion": __version__,
        "segtype": "paragraph", "o-tmf": "Bilingual Reader", "adminlang": "en",
        "srclang": left_tag, "datatype": "plaintext"})
    body = etree.SubElement(root, "body")
    for link in alignment:
        if not link.left and not link.right:
            continue
        tu = etree.SubElement(body, "tu")
        _add_tuv(tu, left_tag, side_blocks(left_doc, link.left))
        _add_tuv(tu, right_tag, side_blocks(right_doc, link.right))
    xml = etree.tostring(root, encoding="unicode", pretty_print=True)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n' + xml)


def _add_tuv(tu: etree._Element, tag: str, texts: list[str]) -> None:
    """Add one side's <tuv> unless the side is empty."""
    if not texts:
        return
    tuv = etree.SubElement(tu, "tuv", {_XML_LANG: tag})
    if len(texts) > 1:
        prop = etree.SubElement(tuv, "prop", type=BLOCKS_PROP)
        prop.text = " ".join(str(len(t)) for t in texts)
    etree.SubElement(tuv, "seg").text = " ".join(texts)


@dataclass(frozen=True)
class TmxPair:
    """A TMX file read as two sides: their blocks, the links and the two language tags."""

    left: list[RawBlock]
    right: list[RawBlock]
    links: list[Link]
    left_lang: str
    right_lang: str


def _lang_of(tuv: etree._Element) -> str:
    """A <tuv>'s language (TMX 1.1 wrote it as plain 'lang'), lower-cased for matching."""
    return (tuv.get(_XML_LANG) or tuv.get("lang") or "").strip().lower()


def _seg_text(seg: etree._Element) -> str:
    """A segment's text, without the inline codes of its original format."""
    parts = [seg.text or ""]
    for child in seg:
        if local_name(child) not in _CODES:
            parts.append(_seg_text(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


def _cut(text: str, tuv: etree._Element) -> list[str]:
    """A segment cut back into the blocks it was made of, when our property says how."""
    for prop in tuv:
        if local_name(prop) == "prop" and prop.get("type") == BLOCKS_PROP:
            try:
                lengths = [int(n) for n in (prop.text or "").split()]
            except ValueError:
                break
            if sum(lengths) + len(lengths) - 1 != len(text):
                break  # the text was edited elsewhere: keep it whole
            pieces, start = [], 0
            for length in lengths:
                pieces.append(text[start:start + length])
                start += length + 1
            return pieces
    return [text] if text else []


def _pick(requested: str, found: list[str], name: str) -> str:
    """The language in ``found`` matching a requested tag: exactly, else by its first subtag."""
    wanted = language_tag(requested).lower()
    if wanted in found:
        return wanted
    same_language = [f for f in found if f.split("-")[0] == wanted.split("-")[0]]
    if same_language:
        return same_language[0]
    raise LoadError(f"{name} has no segments in {requested} (it has {', '.join(found)})")


def _languages(root, tus, name: str, left_lang: str | None, right_lang: str | None) -> tuple[str, str]:
    """The two languages to read: those asked for, else the source language and the first other."""
    found: list[str] = []
    for tu in tus:
        for tuv in tu.iter("{*}tuv"):
            if _lang_of(tuv) and _lang_of(tuv) not in found:
                found.append(_lang_of(tuv))
    if len(found) < 2:
        raise LoadError(f"{name} holds fewer than two languages")
    header = next((e for e in root if local_name(e) == "header"), None)
    source = (header.get("srclang") or "").lower() if header is not None else ""
    left = _pick(left_lang, found, name) if left_lang else (source if source in found else found[0])
    others = [f for f in found if f != left]
    right = _pick(right_lang, others, name) if right_lang else others[0]
    return left, right


def read_tmx(data: bytes, name: str, left_lang: str | None = None,
             right_lang: str | None = None) -> TmxPair:
    """Two languages of a TMX file, one confirmed link per translation unit."""
    root = parse_xml(data, name)
    if local_name(root) != "tmx":
        raise LoadError(f"{name} is not a TMX file (its root element is <{local_name(root)}>)")
    tus = [e for e in root.iter() if local_name(e) == "tu"]
    left_tag, right_tag = _languages(root, tus, name, left_lang, right_lang)
    left: list[RawBlock] = []
    right: list[RawBlock] = []
    links: list[Link] = []
    for tu in tus:
        left_ids = _add_side(left, tu, left_tag)
        right_ids = _add_side(right, tu, right_tag)
        if left_ids or right_ids:
            links.append(Link(left_ids, right_ids, 1.0, confirmed=True))
    if not links:
        raise LoadError(f"{name} holds no translation units")
    return TmxPair(left, right, links, left_tag, right_tag)


def _add_side(blocks: list[RawBlock], tu: etree._Element, lang: str) -> tuple[int, ...]:
    """Append the blocks of a unit's variant in ``lang`` and return their ids."""
    for tuv in tu:
        if local_name(tuv) == "tuv" and _lang_of(tuv) == lang:
            seg = next((e for e in tuv if local_name(e) == "seg"), None)
            texts = _cut(_seg_text(seg), tuv) if seg is not None else []
            start = len(blocks)
            blocks.extend(raw_unit(t) for t in texts)
            return tuple(range(start, len(blocks)))
    return ()
