"""Word documents read from memory: paragraphs, headings by style, links and emphasis kept safely."""

import io
import zipfile

import pytest

from bilingual_reader.core.decoding import LoadError
from bilingual_reader.core.document import BlockKind
from bilingual_reader.core.formats.docx import read_docx
from bilingual_reader.core.loading import load_document

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' \
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {W}>
<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/></w:style>
<w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="My chapter"/><w:basedOn w:val="Kop1"/></w:style>
<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
</w:styles>"""

RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
 Target="https://example.org/verslag" TargetMode="External"/>
<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
 Target="javascript:alert(1)" TargetMode="External"/>
</Relationships>"""

CORE = """<?xml version="1.0"?><cp:coreProperties
 xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
 xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Het verslag</dc:title></cp:coreProperties>"""


def para(text: str, style: str | None = None, extra: str = "") -> str:
    """A w:p with one run of text, optionally styled."""
    props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{props}<w:r><w:t xml:space="preserve">{text}</w:t></w:r>{extra}</w:p>'


BODY = "".join([
    para("Het jaarverslag", "Titel"),
    para("Inleiding", "Kop1"),
    '<w:p><w:r><w:t xml:space="preserve">Dit is de </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>eerste</w:t></w:r>'
    '<w:r><w:rPr><w:i w:val="0"/></w:rPr><w:t xml:space="preserve"> alinea &lt;met&gt; een </w:t></w:r>'
    '<w:hyperlink r:id="rId5"><w:r><w:t>link</w:t></w:r></w:hyperlink>'
    '<w:r><w:t xml:space="preserve"> en een </w:t></w:r><w:hyperlink r:id="rId6"><w:r><w:t>valse link</w:t></w:r></w:hyperlink>'
    '<w:r><w:t>.</w:t></w:r></w:p>',
    '<w:p><w:r><w:t>Weg</w:t></w:r><w:del><w:r><w:delText>gehaald</w:delText></w:r></w:del>'
    '<w:r><w:fldChar w:fldCharType="begin"/><w:instrText>PAGE</w:instrText></w:r><w:r><w:t xml:space="preserve"> is weg.</w:t></w:r></w:p>',
    "<w:p/>",
    para("Resultaten", "Kop2"),
    '<w:tbl><w:tr><w:tc>' + para("In een tabel.") + '</w:tc></w:tr></w:tbl>',
    para("Bijlage", "Chapter"),
    '<w:p><w:r><mc:AlternateContent><mc:Choice><w:txbxContent>' + para("Tekstvak.") +
    '</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent>' + para("Tekstvak.") +
    '</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>',
    '<w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>Zonder stijl</w:t></w:r></w:p>',
    para("***"),
])


def make_docx(document: str | None, **parts: str) -> bytes:
    """A .docx archive built in memory around a document.xml body."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        if document is not None:
            archive.writestr("word/document.xml", f'<?xml version="1.0" encoding="UTF-8"?>'
                                                  f'<w:document {W}><w:body>{document}</w:body></w:document>')
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def report():
    """The blocks, encoding, notices and title of the test document."""
    return read_docx(make_docx(BODY, **{"word/styles.xml": STYLES, "word/_rels/document.xml.rels": RELS,
                                        "docProps/core.xml": CORE}), "verslag.docx")


def test_paragraphs_and_headings_in_order(report):
    blocks, encoding, _, title = report
    assert title == "Het verslag" and encoding == "utf-8"
    assert [(b.kind, b.level, b.text) for b in blocks] == [
        (BlockKind.HEADING, 1, "Het jaarverslag"),
        (BlockKind.HEADING, 1, "Inleiding"),
        (BlockKind.PARAGRAPH, 0, "Dit is de eerste alinea <met> een link en een valse link."),
        (BlockKind.PARAGRAPH, 0, "Weg is weg."),
        (BlockKind.HEADING, 2, "Resultaten"),
        (BlockKind.PARAGRAPH, 0, "In een tabel."),
        (BlockKind.HEADING, 1, "Bijlage"),
        (BlockKind.PARAGRAPH, 0, "Tekstvak."),
        (BlockKind.HEADING, 3, "Zonder stijl"),
        (BlockKind.SEPARATOR, 0, "***"),
    ]


def test_fragment_keeps_emphasis_and_safe_links_only(report):
    fragment = report[0][2].html
    assert fragment == ('<p>Dit is de <strong>eerste</strong> alinea &lt;met&gt; een '
                        '<a href="https://example.org/verslag">link</a> en een valse link.</p>')
    assert report[0][0].html == "<h1>Het jaarverslag</h1>"


def test_a_document_without_styles_reads_as_paragraphs():
    blocks, _, _, title = read_docx(make_docx(para("Alleen tekst.") + para("Kop", "Heading1")), "x.docx")
    assert [(b.kind, b.text) for b in blocks] == [(BlockKind.PARAGRAPH, "Alleen tekst."),
                                                  (BlockKind.PARAGRAPH, "Kop")]
    assert title is None


HOSTILE = [
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaaaaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
    '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]><w:document ' + W + '><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p>'
    '</w:body></w:document>',
    '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document ' + W +
    '><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>',
]


@pytest.mark.parametrize("hostile", HOSTILE)
@pytest.mark.parametrize("member", ["word/document.xml", "word/styles.xml"])
def test_entity_declarations_are_refused(hostile, member):
    parts = {"word/styles.xml": STYLES, member: hostile}
    body = None if member == "word/document.xml" else BODY
    with pytest.raises(LoadError, match="declares XML entities"):
        read_docx(make_docx(body, **parts), "bom.docx")


@pytest.mark.parametrize("data, message", [
    (b"", "empty"),
    (b"not a zip at all", "not a valid Word"),
    (make_docx(None), "not a Word .docx document"),
    (make_docx("<w:p/>"), "holds no text"),
    (make_docx("<w:p><unclosed></w:p>"), "not well-formed"),
])
def test_broken_documents_give_a_readable_error(data, message):
    with pytest.raises(LoadError, match=message):
        read_docx(data, "x.docx")


def test_a_truncated_archive_is_reported_not_raised():
    data = make_docx(BODY, **{"word/styles.xml": STYLES})
    with pytest.raises(LoadError):
        read_docx(data[: len(data) // 2], "half.docx")


def test_load_document_reads_docx(tmp_path):
    path = tmp_path / "verslag.docx"
    path.write_bytes(make_docx(BODY, **{"word/styles.xml": STYLES}))
    doc = load_document(path)
    assert doc.format == "docx" and doc.title == "Het jaarverslag"
    assert sum(b.is_heading for b in doc.blocks) == 5


def test_a_member_that_unpacks_beyond_the_limit_is_refused(monkeypatch):
    from bilingual_reader.core.formats import archive

    monkeypatch.setattr(archive, "MAX_MEMBER_BYTES", 1000)
    big = para("Zeer lange tekst. " * 200)
    with pytest.raises(LoadError, match="too large"):
        read_docx(make_docx(big), "bom.docx")
