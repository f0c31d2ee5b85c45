"""Loading files into Documents: seeds, encodings, bad input, Markdown."""

import codecs

import pytest

from bilingual_reader.core.decoding import LoadError, decode_bytes
from bilingual_reader.core.document import BlockKind
from bilingual_reader.core.loading import load_document


def kinds(doc):
    return [b.kind for b in doc.blocks]


def test_dutch_seed_has_eight_paragraphs_and_two_headings(dutch_seed):
    doc = load_document(dutch_seed)
    assert kinds(doc).count(BlockKind.PARAGRAPH) == 8
    assert [b.text for b in doc.blocks if b.is_heading] == ["Rode lijnen", "Grote escalatie"]
    assert len(doc.blocks) == 10


def test_english_seed_has_one_paragraph_per_line_and_a_separator(english_seed):
    doc = load_document(english_seed)
    assert kinds(doc).count(BlockKind.PARAGRAPH) == 8
    assert [b.text for b in doc.blocks if b.is_heading] == ["red lines", "Major escalation"]
    assert doc.blocks[-1].kind is BlockKind.SEPARATOR and doc.blocks[-1].text == "–"
    assert doc.blocks[-1].sentence_ids == ()


def test_paragraph_sentences_cover_the_paragraph(dutch_seed):
    doc = load_document(dutch_seed)
    sentences = doc.sentences_of(1)
    assert len(sentences) == 3
    assert sentences[0].text.startswith('"Gegroet meneer de president"')
    assert sentences[-1].text == "Verdere details over de inhoud van het onderhoud zijn nog niet bekendgemaakt."


def test_hard_wrapped_paragraphs_are_joined(tmp_path):
    text = ("This is a long paragraph that was wrapped at a fixed width by the\n"
            "program that wrote it, so each line ends in the middle of a sentence\n"
            "and the lines have nearly the same width as each other, as it is.\n\n"
            "Second paragraph.\n")
    path = tmp_path / "wrapped.txt"
    path.write_text(text, encoding="utf-8")
    doc = load_document(path)
    assert len(doc.blocks) == 2
    assert doc.blocks[0].text.startswith("This is a long paragraph") and "\n" not in doc.blocks[0].text


def test_heading_followed_directly_by_paragraph_is_split(tmp_path):
    path = tmp_path / "h.txt"
    path.write_text("Title Here\nThe first paragraph follows the title line. It has two sentences.\n",
                    encoding="utf-8")
    doc = load_document(path)
    assert kinds(doc) == [BlockKind.HEADING, BlockKind.PARAGRAPH]


@pytest.mark.parametrize("encoding,bom", [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
                                          ("utf-16-be", codecs.BOM_UTF16_BE)])
def test_unicode_with_bom_is_decoded(tmp_path, encoding, bom):
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + "Oekraïne en één café.\n".encode(encoding))
    doc = load_document(path)
    assert doc.blocks[0].text == "Oekraïne en één café."
    assert doc.notices == ()


def test_cp1252_falls_back_with_a_notice(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("“Café” – naïve.".encode("cp1252"))
    doc = load_document(path)
    assert doc.blocks[0].text == "“Café” – naïve."
    assert doc.encoding == "cp1252"
    assert "Windows-1252" in doc.notices[0]


def test_bytes_undecodable_even_as_cp1252_fall_back_to_latin1():
    decoded = decode_bytes(b"caf\xe9 \x81\x8d", "x.txt")
    assert decoded.encoding == "latin-1" and decoded.text.startswith("café")


@pytest.mark.parametrize("content,message", [(b"", "empty"), (b"  \n\n ", "empty"),
                                             (b"\x7fELF\x02\x01\x01\x00\x00\x00" * 50, "binary")])
def test_bad_files_raise_a_readable_error(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(LoadError, match=message):
        load_document(path)


def test_missing_file_and_folder_raise_a_readable_error(tmp_path):
    with pytest.raises(LoadError, match="does not exist"):
        load_document(tmp_path / "nope.txt")
    with pytest.raises(LoadError, match="folder"):
        load_document(tmp_path)


def test_markdown_renders_headings_emphasis_lists_links_and_quotes(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("# Title\n\nSome *emphasis* and a [link](https://example.org).\n\n"
                    "- one\n- two\n\n> quoted\n", encoding="utf-8")
    doc = load_document(path)
    assert doc.blocks[0].is_heading and doc.blocks[0].text == "Title" and doc.blocks[0].level == 1
    assert "<em>emphasis</em>" in doc.blocks[1].html
    assert '<a href="https://example.org">' in doc.blocks[1].html
    assert doc.blocks[1].text == "Some emphasis and a link."
    assert "<li>one</li>" in doc.blocks[2].html
    assert "<blockquote>" in doc.blocks[3].html
    assert doc.title == "Title"


def test_markdown_raw_html_is_shown_as_text_and_loads_nothing(tmp_path):
    path = tmp_path / "evil.md"
    path.write_text('<script>alert(1)</script>\n\n<img src="http://evil.example/x.png">\n\n'
                    '![alt text](file:///etc/passwd) and [x](javascript:alert(1))\n', encoding="utf-8")
    doc = load_document(path)
    rendered = "".join(b.html for b in doc.blocks)
    assert "<script" not in rendered and "<img" not in rendered
    assert "&lt;script&gt;" in rendered
    assert "javascript:" not in rendered and "file://" not in rendered
    assert "alt text" in rendered


def test_chinese_text_one_paragraph_per_line_is_not_joined(tmp_path):
    path = tmp_path / "zh.txt"
    path.write_text("普京和拜登进行了两个多小时的视频通话。\n华盛顿担心莫斯科正在计划入侵。\n乌克兰表示军队足以击退入侵。\n",
                    encoding="utf-8")
    doc = load_document(path)
    assert len(doc.blocks) == 3 and all(b.kind is BlockKind.PARAGRAPH for b in doc.blocks)
