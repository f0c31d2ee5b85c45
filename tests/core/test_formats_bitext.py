"""TSV and beads bitexts in and out, the bilingual HTML page, and the exporters' registry."""

from html.parser import HTMLParser
from pathlib import Path

import pytest

from bilingual_reader.core.alignment import Alignment, Link
from bilingual_reader.core.decoding import LoadError
from bilingual_reader.core.formats.beads import export_beads
from bilingual_reader.core.formats.bitext import is_bitext, load_bitext, read_bitext
from bilingual_reader.core.formats.exports import BITEXT_SUFFIXES, EXPORTERS
from bilingual_reader.core.formats.html_export import export_html
from bilingual_reader.core.formats.tsv import export_tsv
from bilingual_reader.core.document import BlockKind
from bilingual_reader.core.segment import RawBlock, build_document

P, H, S = BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.SEPARATOR


def document(title: str, *blocks: tuple[BlockKind, str]):
    """A Document made of exactly the given blocks."""
    return build_document([RawBlock(kind, text) for kind, text in blocks], title=title)


def make_pair():
    """Two small documents and an alignment with 1-1, 2-1, 1-0 and 0-1 links."""
    left = document("Links <x>", (H, "Kop"), (P, "Een\tzin\nmet regels."), (P, "Twee."), (P, "Drie."),
                    (S, "–"), (P, "Vier <b>&amp;."))
    right = document("Right", (H, "Title"), (P, "One sentence."), (P, "Two and three."), (P, "Extra."),
                     (P, "Four."))
    links = (Link((0,), (0,)), Link((1,), (1,)), Link((2, 3), (2,)), Link((4,), ()), Link((), (3,)),
             Link((5,), (4,)))
    return left, right, Alignment(links, 6, 5)


def test_tsv_export_has_one_row_per_link_and_empty_cells_for_null_links():
    left, right, alignment = make_pair()
    assert export_tsv(left, right, alignment).splitlines() == [
        "Kop\tTitle", "Een zin met regels.\tOne sentence.", "Twee. Drie.\tTwo and three.", "–\t",
        "\tExtra.", "Vier <b>&amp;.\tFour."]


def test_tsv_round_trip_keeps_the_links(tmp_path: Path):
    left, right, alignment = make_pair()
    path = tmp_path / "pair.tsv"
    path.write_text(export_tsv(left, right, alignment), encoding="utf-8")
    left2, right2, alignment2 = load_bitext(path)
    # TSV has no way to mark where one block ends inside a cell: a 2-1 link comes back 1-1.
    assert [(l.left, l.right) for l in alignment2] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,)),
                                                      ((3,), ()), ((), (3,)), ((4,), (4,))]
    assert all(l.confirmed for l in alignment2)
    assert left2.texts[2] == "Twee. Drie." and right2.texts == right.texts
    assert left2.format == "tsv" and left2.blocks[0].is_heading


def test_tsv_with_a_wrong_number_of_columns_names_the_line(tmp_path: Path):
    path = tmp_path / "bad.tsv"
    path.write_text("a\tb\n\nc\td\te\n", encoding="utf-8")
    with pytest.raises(LoadError, match=r"bad.tsv, line 3: expected two tab-separated columns, found 3"):
        load_bitext(path)


def test_beads_export_is_vecalign_format():
    left, right, alignment = make_pair()
    assert export_beads(left, right, alignment) == "[0]:[0]\n[1]:[1]\n[2, 3]:[2]\n[4]:[]\n[]:[3]\n[5]:[4]\n"


def write_lines(tmp_path: Path) -> None:
    """A Dutch and an English one-sentence-per-line file (with a blank line) beside each other."""
    (tmp_path / "story.nl.txt").write_text("Hallo.\nHoe gaat het?\nGoed.\n\nDag.\n", encoding="utf-8")
    (tmp_path / "story.en.txt").write_text("Hello. How are you?\nFine.\nExtra line.\nBye.", encoding="utf-8")


BEADS = "[0, 1]:[0]\n[2]:[1]\n[]:[2]\n[3]:[]\n[4]:[3]:0.125\n"


def test_beads_with_languages_in_the_name_find_their_line_files(tmp_path: Path):
    write_lines(tmp_path)
    (tmp_path / "story.nl-en.beads").write_text(BEADS, encoding="utf-8")
    bitext = read_bitext(tmp_path / "story.nl-en.beads")
    assert bitext.left.texts == ["Hallo.", "Hoe gaat het?", "Goed.", "", "Dag."]
    assert bitext.right.texts[0] == "Hello. How are you?"
    assert [(l.left, l.right) for l in bitext.alignment] == [((0, 1), (0,)), ((2,), (1,)), ((), (2,)),
                                                            ((3,), ()), ((4,), (3,))]
    assert bitext.left.path.endswith("story.nl.txt") and bitext.left.title == "story.nl"


def test_beads_with_explicit_line_files_and_a_round_trip(tmp_path: Path):
    write_lines(tmp_path)
    (tmp_path / "out.beads").write_text(BEADS, encoding="utf-8")
    left, right, alignment = load_bitext(tmp_path / "out.beads", left_path=tmp_path / "story.nl.txt",
                                         right_path=tmp_path / "story.en.txt")
    assert export_beads(left, right, alignment) == BEADS.replace(":0.125", "")


@pytest.mark.parametrize("beads, message", [
    ("[0]:[0]\n[1]:[1]\n", "does not fit story.nl.txt and story.en.txt"),
    ("[0, 1]:[0]\n[3]:[1]\n", "does not fit"),
    ("[0 1]:[0]\n", "line 1: '\\[0 1\\]:\\[0\\]' is not a bead"),
    ("", "empty"),
])
def test_beads_that_do_not_fit_give_a_readable_error(tmp_path: Path, beads, message):
    write_lines(tmp_path)
    (tmp_path / "story.nl-en.beads").write_text(beads, encoding="utf-8")
    with pytest.raises(LoadError, match=message):
        load_bitext(tmp_path / "story.nl-en.beads")


def test_beads_without_a_findable_pair_say_how_to_name_them(tmp_path: Path):
    (tmp_path / "lonely.beads").write_text("[0]:[0]\n", encoding="utf-8")
    with pytest.raises(LoadError, match="cannot tell which two files"):
        load_bitext(tmp_path / "lonely.beads")


def test_is_bitext_by_suffix():
    assert BITEXT_SUFFIXES == (".tmx", ".tsv", ".beads")
    assert is_bitext("a/b.TMX") and is_bitext("x.tsv") and is_bitext("x.nl-en.beads")
    assert not is_bitext("story.nl.txt") and not is_bitext("page.html")


class _Page(HTMLParser):
    """Collects what matters in the exported page: rows of cells, every tag and attribute."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[list[str]] = []
        self.tags: list[tuple[str, dict]] = []
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "tr" and dict(attrs).get("id"):
            self.rows.append([])
        elif tag == "td":
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "td":
            self.rows[-1].append(" ".join(self._cell))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def test_html_page_shows_aligned_rows_with_empty_cells_for_null_links():
    left, right, alignment = make_pair()
    page = _Page()
    page.feed(export_html(left, right, alignment, "nl", "ar"))
    assert page.rows == [["Kop", "Title"], ["Een\tzin met regels.", "One sentence."],
                         ["Twee. Drie.", "Two and three."], ["–", ""], ["", "Extra."],
                         ["Vier <b>&amp;.", "Four."]]
    cells = [attrs for tag, attrs in page.tags if tag == "td" and "lang" in attrs]
    assert {(a["lang"], a.get("dir")) for a in cells} == {("nl", None), ("ar", "rtl")}


def test_html_page_is_standalone_and_escapes_all_text():
    left, right, alignment = make_pair()
    text = export_html(left, right, alignment, "nl", "en")
    page = _Page()
    page.feed(text)
    assert not [t for t, a in page.tags if t in ("script", "img", "link", "iframe", "b", "x")]
    assert not [a for _, a in page.tags if {"src", "href"} & set(a)]
    assert "http://" not in text and "https://" not in text
    assert "Vier &lt;b&gt;&amp;amp;." in text and "<title>Links &lt;x&gt; — Right</title>" in text
    assert "Een\tzin<br>met regels." in text  # a line break inside a block stays one
    assert "@media print" in text and '<meta charset="utf-8">' in text


def test_every_exporter_is_registered_with_the_common_signature():
    from bilingual_reader.core.language import LanguageGuess
    from bilingual_reader.core.pipeline import AlignedPair

    left, right, alignment = make_pair()
    pair = AlignedPair(left, right, LanguageGuess("nl", 0.9), LanguageGuess("en", 0.9), alignment)
    assert set(EXPORTERS) == {"tmx", "tsv", "html", "beads"}
    for name, export in EXPORTERS.items():
        assert isinstance(export(pair), str), name


def test_html_page_marks_the_figures_and_names_one_side_lacks_and_escapes_them():
    from bilingual_reader.core.comparison import Mark

    left, right, alignment = make_pair()
    marks = [Mark("left", 1, 1, 0, 3, "number", "Een"), Mark("right", 2, 2, 4, 7, "name", "and"),
             Mark("left", 5, 5, 5, 8, "name", "<b>")]
    text = export_html(left, right, alignment, "nl", "en", marks=marks)
    assert '<mark class="number">Een</mark>\tzin<br>met regels.' in text
    assert 'Two <mark class="name">and</mark> three.' in text
    assert 'Vier <mark class="name">&lt;b&gt;</mark>&amp;amp;.' in text
    assert 'class="legend"' in text
    assert 'class="legend"' not in export_html(left, right, alignment, "nl", "en")


def test_the_exported_page_of_a_pair_marks_what_its_comparison_finds(tmp_path):
    from bilingual_reader.core.alignment import Alignment, Link
    from bilingual_reader.core.formats.exports import export_file
    from bilingual_reader.core.language import LanguageGuess
    from bilingual_reader.core.loading import document_from_text
    from bilingual_reader.core.pipeline import AlignedPair

    pair = AlignedPair(document_from_text("Het kabinet trekt 250 miljoen euro uit."),
                       document_from_text("The cabinet is setting aside 300 million euros."),
                       LanguageGuess("nl", 0.9), LanguageGuess("en", 0.9),
                       Alignment((Link((0,), (0,), 0.9),), 1, 1))
    export_file(str(tmp_path / "pair.html"), "html", pair)
    page = (tmp_path / "pair.html").read_text(encoding="utf-8")
    assert 'trekt <mark class="number">250 miljoen</mark> euro' in page
    assert 'aside <mark class="number">300 million</mark> euros' in page
