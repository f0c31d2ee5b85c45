"""EPUB books read from memory: spine order, chapter titles as headings, hostile or broken files refused."""

import io
import zipfile

import pytest

from bilingual_reader.core.decoding import LoadError
from bilingual_reader.core.document import BlockKind
from bilingual_reader.core.formats.epub import read_epub
from bilingual_reader.core.loading import load_document

CONTAINER = """<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>"""

OPF = """<?xml version="1.0" encoding="utf-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>De reis</dc:title>
<dc:language>nl</dc:language><dc:identifier id="id">x</dc:identifier></metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="c1" href="text/chapter%201.xhtml" media-type="application/xhtml+xml"/>
<item id="c2" href="text/chapter2.xhtml" media-type="application/xhtml+xml"/>
<item id="notes" href="text/notes.xhtml" media-type="application/xhtml+xml"/>
<item id="css" href="style.css" media-type="text/css"/>
</manifest>
<spine><itemref idref="nav"/><itemref idref="c2"/><itemref idref="c1"/>
<itemref idref="notes" linear="no"/></spine>
</package>"""

NAV = """<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body>
<nav epub:type="toc"><ol><li><a href="text/chapter2.xhtml">Hoofdstuk een: vertrek</a></li>
<li><a href="text/chapter%201.xhtml#start">Hoofdstuk twee: aankomst</a></li></ol></nav>
<nav epub:type="landmarks"><ol><li><a href="text/chapter2.xhtml">Begin</a></li></ol></nav>
</body></html>"""

XHTML = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title>
<link rel="stylesheet" href="../style.css"/></head><body>{}</body></html>"""

CHAPTER_WITHOUT_HEADING = XHTML.format(
    "<p>We vertrokken vroeg in de ochtend.&nbsp;Het regende.</p><p>De trein was vol.</p>")
CHAPTER_WITH_HEADING = XHTML.format(
    "<section><h2>Aankomst</h2><p>Eindelijk waren we er.</p></section>")


def make_epub(files: dict[str, str], mimetype: bool = True) -> bytes:
    """An EPUB archive built in memory from member names and texts."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if mimetype:
            archive.writestr("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        for name, text in files.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def book() -> bytes:
    """The two-chapter test book."""
    return make_epub({"META-INF/container.xml": CONTAINER, "OEBPS/content.opf": OPF, "OEBPS/nav.xhtml": NAV,
             "OEBPS/text/chapter 1.xhtml": CHAPTER_WITH_HEADING,
             "OEBPS/text/chapter2.xhtml": CHAPTER_WITHOUT_HEADING,
             "OEBPS/text/notes.xhtml": XHTML.format("<p>Een voetnoot.</p>")})


def test_chapters_follow_the_spine_and_open_with_their_title():
    blocks, encoding, notices, title = read_epub(book(), "reis.epub")
    assert title == "De reis" and encoding == "utf-8" and notices == []
    assert [(b.kind, b.text) for b in blocks] == [
        (BlockKind.HEADING, "Hoofdstuk een: vertrek"),
        (BlockKind.PARAGRAPH, "We vertrokken vroeg in de ochtend. Het regende."),
        (BlockKind.PARAGRAPH, "De trein was vol."),
        (BlockKind.HEADING, "Aankomst"),
        (BlockKind.PARAGRAPH, "Eindelijk waren we er."),
    ]


def test_the_table_of_contents_and_non_linear_pages_are_not_read_as_text():
    text = " ".join(b.text for b in read_epub(book(), "reis.epub")[0])
    assert "Begin" not in text and "voetnoot" not in text


def test_epub2_ncx_titles_are_used():
    opf = OPF.replace(' properties="nav"', "").replace('<itemref idref="nav"/>', "").replace(
        '<item id="css"', '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/><item id="css"'
    ).replace("<spine>", '<spine toc="ncx">')
    ncx = """<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
<navMap><navPoint id="p1"><navLabel><text>Eerste hoofdstuk</text></navLabel>
<content src="text/chapter2.xhtml"/></navPoint></navMap></ncx>"""
    files = {"META-INF/container.xml": CONTAINER, "OEBPS/content.opf": opf, "OEBPS/toc.ncx": ncx,
             "OEBPS/nav.xhtml": NAV, "OEBPS/text/chapter 1.xhtml": CHAPTER_WITH_HEADING,
             "OEBPS/text/chapter2.xhtml": CHAPTER_WITHOUT_HEADING,
             "OEBPS/text/notes.xhtml": XHTML.format("<p>x</p>")}
    blocks = read_epub(make_epub(files), "oud.epub")[0]
    assert blocks[0].kind is BlockKind.HEADING and blocks[0].text == "Eerste hoofdstuk"


def test_a_chapter_that_is_not_well_formed_is_still_read():
    broken = "<html><body><p>Een kapot<br> hoofdstuk &eacute;n meer.<p>Tweede alinea.</body></html>"
    files = {"META-INF/container.xml": CONTAINER, "OEBPS/content.opf": OPF, "OEBPS/nav.xhtml": NAV,
             "OEBPS/text/chapter 1.xhtml": broken, "OEBPS/text/chapter2.xhtml": CHAPTER_WITHOUT_HEADING}
    texts = [b.text for b in read_epub(make_epub(files), "x.epub")[0]]
    assert "Een kapot\nhoofdstuk én meer." in texts and "Tweede alinea." in texts


BILLION_LAUGHS = """<?xml version="1.0"?><!DOCTYPE html [<!ENTITY a "aaaaaaaaaa">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;"><!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;">
<!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;"><!ENTITY i "&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;">]>
<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&i;</p></body></html>"""
EXTERNAL_ENTITY = """<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<html xmlns="http://www.w3.org/1999/xhtml"><body><p>&xxe;</p></body></html>"""


@pytest.mark.parametrize("member", ["OEBPS/text/chapter2.xhtml", "OEBPS/content.opf", "META-INF/container.xml"])
@pytest.mark.parametrize("hostile", [BILLION_LAUGHS, EXTERNAL_ENTITY])
def test_entity_declarations_anywhere_in_the_book_are_refused(member, hostile):
    files = {"META-INF/container.xml": CONTAINER, "OEBPS/content.opf": OPF, "OEBPS/nav.xhtml": NAV,
             "OEBPS/text/chapter 1.xhtml": CHAPTER_WITH_HEADING,
             "OEBPS/text/chapter2.xhtml": CHAPTER_WITHOUT_HEADING, member: hostile}
    with pytest.raises(LoadError, match="declares XML entities"):
        read_epub(make_epub(files), "bom.epub")


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"PK\x03\x04 not really a zip", "not a valid EPUB"),
    (b"plain text pretending", "not a valid EPUB"),
])
def test_broken_files_give_a_readable_error(data, message):
    with pytest.raises(LoadError, match=message):
        read_epub(data, "x.epub")


def test_a_zip_that_is_not_a_book_is_refused():
    with pytest.raises(LoadError, match="not an EPUB"):
        read_epub(make_epub({"readme.txt": "hello"}, mimetype=False), "x.epub")


def test_a_missing_chapter_is_reported():
    files = {"META-INF/container.xml": CONTAINER, "OEBPS/content.opf": OPF, "OEBPS/nav.xhtml": NAV,
             "OEBPS/text/chapter2.xhtml": CHAPTER_WITHOUT_HEADING}
    with pytest.raises(LoadError, match="chapter 1.xhtml is missing"):
        read_epub(make_epub(files), "x.epub")


def test_nothing_is_written_to_disk(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "reis.epub"
    path.write_bytes(book())
    doc = load_document(path)
    assert doc.format == "epub" and doc.title == "De reis" and len(doc.blocks) == 5
    assert [p.name for p in tmp_path.iterdir()] == ["reis.epub"]
