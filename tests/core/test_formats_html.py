"""Saved web pages: the article's text and headings, nothing of the page around it, nothing unsafe."""

from pathlib import Path

import pytest

from bilingual_reader.core.decoding import LoadError
from bilingual_reader.core.document import BlockKind
from bilingual_reader.core.formats.html_reader import read_html
from bilingual_reader.core.loading import load_document

ARTICLE = """
<p>De spanningen in de regio zijn de afgelopen week <strong>sterk opgelopen</strong>. Volgens
waarnemers is er sprake van de grootste escalatie sinds jaren, en de internationale gemeenschap
kijkt met zorg toe. <a href="https://example.org/rapport" onclick="steal()">Het rapport</a>
spreekt van duizenden ontheemden.<img src="https://tracker.example.com/pixel.gif" alt=""></p>
<p>Hulporganisaties melden dat de toevoer van voedsel en medicijnen stokt. "We kunnen de mensen
niet meer bereiken," zegt een woordvoerder. De wegen naar het gebied zijn afgesloten.</p>
<h2>Reactie van de regering</h2>
<p>De regering heeft een crisisberaad bijeengeroepen. De minister liet weten dat alle
diplomatieke kanalen worden benut, maar dat er voorlopig geen oplossing in zicht is.<script>alert(1)</script></p>
<p>Oppositiepartijen vinden dat het kabinet te laat heeft gereageerd en eisen een debat.
<a href="javascript:alert(2)">Lees meer</a> over de eisen in ons <a href="/dossier">dossier</a>.</p>
<h3>Wat nu?</h3>
<p>Deskundigen verwachten dat de komende dagen bepalend zullen zijn. Als de partijen niet aan
tafel gaan zitten, dreigt een humanitaire ramp met gevolgen voor de hele regio.</p>
"""

PAGE = f"""<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Grote escalatie | Het Nieuws</title>
<script src="https://tracker.example.com/t.js"></script><style>body {{ color: red }}</style>
</head><body>
<header><nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/cultuur">Cultuur</a></li></ul></nav></header>
<div class="ad banner"><a href="https://ads.example.com">Koop nu bij AdShop!</a></div>
<main><article class="article-body"><h1>Grote escalatie in het noorden</h1>{ARTICLE}</article></main>
<aside class="sidebar"><h3>Meest gelezen</h3><ul><li><a href="/a">Weerbericht: regen</a></li>
<li><a href="/b">Voetbal: Ajax wint</a></li></ul></aside>
<footer><p>© 2024 Het Nieuws · <a href="/privacy">Privacy</a></p></footer>
<iframe src="https://ads.example.com/frame"></iframe></body></html>"""


@pytest.fixture(scope="module")
def article():
    """The blocks, encoding, notices and title read from the made-up news page."""
    return read_html(PAGE.encode("utf-8"), "page.html")


def test_article_text_and_headings_are_kept_in_order(article):
    blocks, _, _, title = article
    headings = [(b.text, b.level) for b in blocks if b.kind is BlockKind.HEADING]
    assert headings == [("Grote escalatie in het noorden", 1), ("Reactie van de regering", 2),
                        ("Wat nu?", 3)]
    assert title == "Grote escalatie in het noorden"
    paragraphs = [b.text for b in blocks if b.kind is BlockKind.PARAGRAPH]
    assert len(paragraphs) == 5
    assert paragraphs[0].startswith("De spanningen") and paragraphs[-1].startswith("Deskundigen")


def test_navigation_adverts_sidebar_and_footer_are_left_out(article):
    text = " ".join(b.text for b in article[0])
    for boilerplate in ("Home", "Koop nu", "Meest gelezen", "Ajax", "Privacy", "alert"):
        assert boilerplate not in text


def test_fragments_keep_safe_markup_only(article):
    fragments = "".join(b.html for b in article[0])
    assert "<strong>sterk opgelopen</strong>" in fragments
    assert '<a href="https://example.org/rapport">Het rapport</a>' in fragments
    for unsafe in ("<script", "onclick", "javascript:", "<img", "tracker", "/dossier", "<iframe"):
        assert unsafe not in fragments
    # The text of a link that was dropped stays readable.
    assert "Lees meer over de eisen in ons dossier." in article[0][-3].text


def test_fragments_escape_text():
    page = b"<html><body><p>Less &lt;script&gt; than 3 &amp; more &quot;quotes&quot; in a sentence.</p></body></html>"
    blocks, *_ = read_html(page, "x.html")
    assert blocks[0].text == 'Less <script> than 3 & more "quotes" in a sentence.'
    assert blocks[0].html == '<p>Less &lt;script&gt; than 3 &amp; more "quotes" in a sentence.</p>'


def test_meta_charset_is_honoured():
    page = '<html><head><meta charset="windows-1252"></head><body><p>Één café, één crème brûlée.</p></body></html>'
    blocks, encoding, notices, _ = read_html(page.encode("cp1252"), "x.htm")
    assert blocks[0].text == "Één café, één crème brûlée."
    assert encoding == "windows-1252" and notices == []


def test_entity_declarations_in_a_page_are_not_expanded():
    page = (b'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">'
            b'<!ENTITY xxe SYSTEM "file:///etc/passwd">]><html><body><p>Start &lol2; &xxe; end of the text.</p>'
            b'</body></html>')
    blocks, *_ = read_html(page, "x.html")
    text = " ".join(b.text for b in blocks)
    assert "lollol" not in text and "root:" not in text


@pytest.mark.parametrize("data", [b"", b"   \n", b"<html><body><script>x()</script></body></html>"])
def test_a_page_without_text_is_a_load_error(data):
    with pytest.raises(LoadError):
        read_html(data, "empty.html")


def test_load_document_dispatches_html(tmp_path: Path):
    path = tmp_path / "artikel.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = load_document(path)
    assert doc.format == "html" and doc.title == "Grote escalatie in het noorden"
    assert doc.blocks[0].is_heading and doc.sentences


DOCS_PAGE = """<html><head><title>Getting started - The Widget Book</title></head><body>
<nav class="sidebar"><h1 class="menu-title">The Widget Book</h1><ol><li><a href="a.html">Intro</a></li>
<li><a href="b.html">Getting started</a></li><li><a href="c.html">Reference</a></li></ol></nav>
<main><h1 id="start"><a class="header" href="#start">Getting started</a></h1>
<p>Widgets are small programs that
run inside the reader. This chapter shows how to write one, step by step, and how to
install it on your own machine.</p>
<h2 id="install">Installing<a class="headerlink" href="#install">¶</a></h2>
<p>Copy the widget into the widgets folder and restart the program. It will appear in
the menu the next time you open a document.</p>
<h2 id="next"><a class="header" href="#next">Next steps</a></h2>
<p>Read the reference chapter to learn what a widget can do, and look at the examples
that come with the program for inspiration.</p></main></body></html>"""


def test_headings_that_link_to_themselves_are_kept_and_source_line_breaks_are_spaces():
    blocks, _, _, title = read_html(DOCS_PAGE.encode(), "docs.html")
    assert [(b.text, b.level) for b in blocks if b.kind is BlockKind.HEADING] == [
        ("Getting started", 1), ("Installing", 2), ("Next steps", 2)]
    assert title == "Getting started"
    assert blocks[1].text.startswith("Widgets are small programs that run inside the reader.")
    assert "\n" not in blocks[1].text and "The Widget Book" not in [b.text for b in blocks]


def test_lists_code_and_table_rows_become_blocks_of_their_own():
    import lxml.html

    from bilingual_reader.core.formats.html_blocks import blocks_of_tree

    tree = lxml.html.fragment_fromstring(
        "<div>Loose <em>text</em><ul><li>One <b>item</b></li><li><p>Nested</p></li></ul>"
        "<pre>a  b\n  c</pre><table><tr><th>x</th><td>y<br>z</td></tr></table><hr>"
        "<blockquote><p>Quoted.</p></blockquote></div>")
    assert [(b.kind, b.text, b.html) for b in blocks_of_tree(tree)] == [
        (BlockKind.PARAGRAPH, "Loose text", "<p>Loose <em>text</em></p>"),
        (BlockKind.PARAGRAPH, "One item", "<ul><li>One <b>item</b></li></ul>"),
        (BlockKind.PARAGRAPH, "Nested", "<p>Nested</p>"),
        (BlockKind.PARAGRAPH, "a  b\n  c", "<pre>a  b\n  c</pre>"),
        (BlockKind.PARAGRAPH, "x | y\nz", "<p>x | y<br>z</p>"),
        (BlockKind.SEPARATOR, "—", "<hr>"),
        (BlockKind.PARAGRAPH, "Quoted.", "<p>Quoted.</p>"),
    ]
