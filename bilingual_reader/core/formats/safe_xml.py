"""XML parsing that refuses entity declarations and never touches the network or a DTD."""

from __future__ import annotations

from html.entities import name2codepoint

from lxml import etree

from ..decoding import LoadError

# Entities are never expanded nor external ones fetched; huge_tree stays off so libxml2's
# own depth and size limits apply.
_PARSER_OPTIONS = dict(resolve_entities=False, no_network=True, load_dtd=False,
                       dtd_validation=False, huge_tree=False, remove_comments=True,
                       remove_pis=True)

_REFUSED = "{name} declares XML entities, which are refused for safety"


def parse_xml(data: bytes, name: str) -> etree._Element:
    """The root element of an XML document; LoadError when it is malformed or declares entities."""
    if not data.strip():
        raise LoadError(f"{name} is empty")
    try:
        root = etree.fromstring(data, etree.XMLParser(**_PARSER_OPTIONS))
    except etree.XMLSyntaxError as exc:
        # libxml2 itself stops a "billion laughs" while reading the declarations.
        if "amplification" in str(exc.msg):
            raise LoadError(_REFUSED.format(name=name)) from None
        raise LoadError(f"{name} is not well-formed XML ({exc.msg})") from None
    if root is None:
        raise LoadError(f"{name} holds no XML element")
    dtd = root.getroottree().docinfo.internalDTD
    # Entity declarations are how "billion laughs" and external-entity attacks start; no
    # format we read needs them.
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise LoadError(_REFUSED.format(name=name))
    return root


def entity_text(node: etree._Entity) -> str:
    """The character an unexpanded HTML entity reference such as &nbsp; stands for."""
    code = name2codepoint.get(node.name)
    return chr(code) if code is not None else ""


def local_name(element: etree._Element) -> str:
    """An element's tag without its namespace ('' for comments and entities)."""
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1].lower()
