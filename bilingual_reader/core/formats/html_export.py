"""A standalone bilingual HTML page: two columns, one row per link, readable offline and printable."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Iterable, Sequence

from ..alignment import Alignment
from ..document import Document
from ..languages import is_right_to_left, language_name
from .units import language_tag

if TYPE_CHECKING:
    from ..comparison import Mark

# Everything the page needs is inline: no fonts, scripts or images to fetch.
_STYLE = """
body { font: 16px/1.5 Georgia, "DejaVu Serif", serif; margin: 2em auto; max-width: 72em;
       padding: 0 1em; color: #222; background: #fff; }
h1.pair { font-size: 1.3em; margin-bottom: 1em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th { text-align: left; font: bold 0.9em sans-serif; color: #555; border-bottom: 2px solid #999;
     padding: 0.4em 0.8em; }
td { vertical-align: top; padding: 0.4em 0.8em; border-bottom: 1px solid #e4e4e4; width: 50%; }
td.empty { background: #f7f7f7; }
td p { margin: 0 0 0.5em; }
td p:last-child { margin-bottom: 0; }
td .heading { font-weight: bold; font-size: 1.1em; }
tr:nth-child(even) td { background-color: #fcfcfc; }
mark { padding: 0 0.1em; border-radius: 2px; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
mark.number, mark.date { background: #ffe08a; }
mark.name { background: #cfe5ff; }
p.legend { font: 0.9em sans-serif; color: #555; margin: -0.5em 0 1.2em; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  td.empty, tr:nth-child(even) td { background: none; }
}
"""


def _cell(doc: Document, ids: tuple[int, ...], lang: str, rtl: bool,
          marks: dict[int, list[tuple[int, int, str]]]) -> str:
    """One side of a link as a table cell (``marks``: each block's stretches to mark, by kind);
    an empty cell when the side has no units."""
    if not ids:
        return '<td class="empty"></td>'
    paragraphs = []
    for i in ids:
        block = doc.blocks[i]
        css = ' class="heading"' if block.is_heading else ""
        text = _marked(block.text, marks.get(i, ())).replace("\n", "<br>")
        paragraphs.append(f"<p{css}>{text}</p>")
    direction = ' dir="rtl"' if rtl else ""
    return f'<td lang="{lang}"{direction}>{"".join(paragraphs)}</td>'


def _marked(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    """The text escaped, with each (start, end, kind) stretch in a <mark> of its kind."""
    out, at = [], 0
    for start, end, kind in sorted(spans):
        if start < at:
            continue  # overlaps the stretch before
        out.append(html.escape(text[at:start]))
        out.append(f'<mark class="{html.escape(kind)}">{html.escape(text[start:end])}</mark>')
        at = end
    out.append(html.escape(text[at:]))
    return "".join(out)


def export_html(left_doc: Document, right_doc: Document, alignment: Alignment,
                left_lang: str, right_lang: str, marks: Iterable[Mark] = ()) -> str:
    """The aligned pair as one self-contained HTML page, all text escaped; ``marks`` (the
    figures, dates and names one side lacks: comparison.pair_marks) are highlighted."""
    by_side: dict[str, dict[int, list[tuple[int, int, str]]]] = {"left": {}, "right": {}}
    for mark in marks:
        by_side[mark.side].setdefault(mark.block, []).append((mark.start, mark.end, mark.kind))
    legend = ('<p class="legend">Marked: <mark class="number">figures and dates</mark> and '
              '<mark class="name">names</mark> that the other side does not have. An empty cell: '
              'a paragraph with no counterpart.</p>' if any(by_side.values()) else "")
    langs = (language_tag(left_lang), language_tag(right_lang))
    rtl = (is_right_to_left(left_lang), is_right_to_left(right_lang))
    titles = [html.escape(doc.title or "Untitled") for doc in (left_doc, right_doc)]
    heads = [f"<th>{html.escape(language_name(code))} · {title}</th>"
             for code, title in zip((left_lang, right_lang), titles)]
    rows = []
    for k, link in enumerate(alignment):
        rows.append(f'<tr id="link-{k + 1}">{_cell(left_doc, link.left, langs[0], rtl[0], by_side["left"])}'
                    f'{_cell(right_doc, link.right, langs[1], rtl[1], by_side["right"])}</tr>')
    body = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="{langs[0]}">
<head>
<meta charset="utf-8">
<meta name="generator" content="Bilingual Reader">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{titles[0]} — {titles[1]}</title>
<style>{_STYLE}</style>
</head>
<body>
<h1 class="pair">{titles[0]} — {titles[1]}</h1>
{legend}
<table>
<thead><tr>{"".join(heads)}</tr></thead>
<tbody>
{body}
</tbody>
</table>
</body>
</html>
"""
