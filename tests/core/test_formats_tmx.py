"""TMX 1.4 out (checked against the DTD's rules) and in, with a round trip that keeps every link."""

import re
from pathlib import Path

import pytest
from lxml import etree

from bilingual_reader.core.alignment import Alignment, Link
from bilingual_reader.core.decoding import LoadError
from bilingual_reader.core.formats.bitext import load_bitext, read_bitext
from bilingual_reader.core.formats.tmx import export_tmx
from bilingual_reader.core.segment import build_document, paragraphs_of

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# The TMX 1.4b DTD, element by element: the content model as a regular expression over the
# children's names, the required attributes and the allowed ones.
_TU_ATTRS = {"tuid", "o-encoding", "datatype", "usagecount", "lastusagedate", "creationtool",
             "creationtoolversion", "creationdate", "creationid", "changedate", "segtype",
             "changeid", "o-tmf", "srclang"}
_TUV_ATTRS = (_TU_ATTRS - {"tuid", "segtype", "srclang"}) | {XML_LANG}
DTD = {
    "tmx": (r"header body ", {"version"}, {"version"}),
    "header": (r"((note|ude|prop) )*", {"creationtool", "creationtoolversion", "segtype", "o-tmf",
                                        "adminlang", "srclang", "datatype"},
               {"creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang",
                "datatype", "o-encoding", "creationdate", "creationid", "changedate", "changeid"}),
    "body": (r"(tu )*", set(), set()),
    "tu": (r"((note|prop) )*(tuv )+", set(), _TU_ATTRS),
    "tuv": (r"((note|prop) )*seg ", {XML_LANG}, _TUV_ATTRS),
    "prop": (r"", {"type"}, {"type", XML_LANG, "o-encoding"}),
    "note": (r"", set(), {XML_LANG, "o-encoding"}),
    "seg": (r"((bpt|ept|it|ph|hi|ut) )*", set(), set()),
}
LANGUAGE_CODE = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")  # RFC 3066


def check_tmx_structure(text: str) -> etree._Element:
    """Fail unless the document follows TMX 1.4's DTD and language-code rules; return its root."""
    root = etree.fromstring(text.encode("utf-8"))
    assert root.tag == "tmx" and root.get("version") == "1.4"
    assert root.getroottree().docinfo.system_url == "tmx14.dtd"
    for element in root.iter():
        model, required, allowed = DTD[element.tag]
        children = "".join(f"{child.tag} " for child in element)
        assert re.fullmatch(model, children), f"<{element.tag}> holds {children!r}"
        assert required <= set(element.attrib), f"<{element.tag}> lacks {required - set(element.attrib)}"
        assert set(element.attrib) <= allowed, f"<{element.tag}> has {set(element.attrib) - allowed}"
    header = root.find("header")
    assert header.get("segtype") in {"block", "paragraph", "sentence", "phrase"}
    srclang = header.get("srclang")
    assert srclang == "*all*" or LANGUAGE_CODE.match(srclang)
    for tuv in root.iter("tuv"):
        assert LANGUAGE_CODE.match(tuv.get(XML_LANG))
    return root


def make_pair():
    """A Dutch and an English document and an alignment with 1-1, 2-1, 1-0 and 0-1 links."""
    left = build_document(paragraphs_of(
        "Grote escalatie\n\nDe spanningen zijn opgelopen.\n\nHet regent. <script>&amp;\n\n"
        "Het waait ook.\n\n–\n\nTot slot."), title="nl")
    right = build_document(paragraphs_of(
        "Major escalation\n\nTensions have risen.\n\nIt rains and it is windy.\n\n"
        "An added remark.\n\nFinally."), title="en")
    links = (Link((0,), (0,)), Link((1,), (1,)), Link((2, 3), (2,)), Link((4,), ()),
             Link((), (3,)), Link((5,), (4,)))
    return left, right, Alignment(links, 6, 5)


def test_export_follows_the_tmx_dtd_with_language_codes():
    left, right, alignment = make_pair()
    root = check_tmx_structure(export_tmx(left, right, alignment, "nl", "zh-cn"))
    assert root.find("header").get("srclang") == "nl"
    tus = root.findall("body/tu")
    assert len(tus) == 6
    assert [[tuv.get(XML_LANG) for tuv in tu.findall("tuv")] for tu in tus] == [
        ["nl", "zh-CN"], ["nl", "zh-CN"], ["nl", "zh-CN"], ["nl"], ["zh-CN"], ["nl", "zh-CN"]]
    assert tus[2].find("tuv/seg").text == "Het regent. <script>&amp; Het waait ook."


def test_unknown_language_is_written_as_undetermined():
    left, right, alignment = make_pair()
    root = check_tmx_structure(export_tmx(left, right, alignment, "unknown", "en"))
    assert root.find("header").get("srclang") == "und"


def test_round_trip_keeps_every_link_and_text(tmp_path: Path):
    left, right, alignment = make_pair()
    path = tmp_path / "pair.tmx"
    path.write_text(export_tmx(left, right, alignment, "nl", "en"), encoding="utf-8")
    left2, right2, alignment2 = load_bitext(path)
    assert [(l.left, l.right) for l in alignment2] == [(l.left, l.right) for l in alignment]
    assert all(link.confirmed for link in alignment2)
    assert left2.texts == left.texts and right2.texts == right.texts
    assert (alignment2.left_count, alignment2.right_count) == (6, 5)


def test_export_reflects_the_alignment_it_is_given():
    left, right, _ = make_pair()
    corrected = Alignment((Link((0,), (0,)), Link((1, 2), (1,)), Link((3,), (2,)), Link((4,), ()),
                           Link((), (3,)), Link((5,), (4,))), 6, 5)
    root = check_tmx_structure(export_tmx(left, right, corrected, "nl", "en"))
    assert root.findall("body/tu")[1].find("tuv/seg").text == "De spanningen zijn opgelopen. Het regent. <script>&amp;"


OTHER_TOOL = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x"
 adminlang="en-US" srclang="EN-US" datatype="html"/>
<body>
<tu><tuv xml:lang="de-DE"><seg>Hallo <bpt i="1">&lt;b&gt;</bpt>Welt<ept i="1">&lt;/b&gt;</ept>!</seg></tuv>
<tuv xml:lang="en-US"><seg>Hello <bpt i="1">&lt;b&gt;</bpt>world<ept i="1">&lt;/b&gt;</ept>!</seg></tuv>
<tuv xml:lang="fr-FR"><seg>Bonjour <hi type="b">le monde</hi>!</seg></tuv></tu>
<tu><tuv xml:lang="en-US"><seg>Only English.</seg></tuv></tu>
<tu><tuv xml:lang="fr-FR"><seg>Seulement français.</seg></tuv></tu>
</body></tmx>"""


def test_a_multilingual_memory_from_another_tool(tmp_path: Path):
    path = tmp_path / "memory.tmx"
    path.write_text(OTHER_TOOL, encoding="utf-8")
    default = read_bitext(path)
    assert (default.left_lang, default.right_lang) == ("en-us", "de-de")
    assert default.left.texts == ["Hello world!", "Only English."]
    assert default.right.texts == ["Hallo Welt!"]
    chosen = read_bitext(path, left_lang="fr", right_lang="en")
    assert chosen.left.texts == ["Bonjour le monde!", "Seulement français."]
    assert [(l.left, l.right) for l in chosen.alignment] == [((0,), (0,)), ((), (1,)), ((1,), ())]
    with pytest.raises(LoadError, match="no segments in ja"):
        read_bitext(path, left_lang="ja")


@pytest.mark.parametrize("text, message", [
    ("", "empty"),
    ("<tmx version='1.4'><body><tu>", "not well-formed"),
    ("<html><body/></html>", "not a TMX file"),
    ("<tmx version='1.4'><header/><body><tu><tuv xml:lang='en'><seg>a</seg></tuv></tu></body></tmx>",
     "fewer than two languages"),
    ('<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
     '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;">]><tmx version="1.4">'
     '<body><tu><tuv xml:lang="en"><seg>&d;</seg></tuv><tuv xml:lang="nl"><seg>x</seg></tuv></tu></body></tmx>',
     "declares XML entities"),
    ('<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/hostname">]><tmx version="1.4">'
     '<body><tu><tuv xml:lang="en"><seg>&x;</seg></tuv><tuv xml:lang="nl"><seg>x</seg></tuv></tu></body></tmx>',
     "declares XML entities"),
])
def test_bad_tmx_gives_a_readable_error(tmp_path: Path, text, message):
    path = tmp_path / "bad.tmx"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(LoadError, match=message):
        load_bitext(path)
