"""Sentence splitting that knows the abbreviations of en, nl, de, fr, es, it and el.

Our own rather than a library: pysbd is slow on book-length text and sentencex brings data for
many languages we do not need; the rule here (end mark, then a space, then a capital) with
abbreviation lists and initials covers what the aligner and the reader need, in microseconds.
"""

from __future__ import annotations

import re
from functools import cache

# Abbreviations that end in a full stop but rarely end a sentence, lowercased, without the final
# stop. Titles and the like come first, where a capitalised name follows and fools the rule.
_ABBREVIATIONS: dict[str, frozenset[str]] = {
    "en": frozenset("""mr mrs ms messrs dr prof sr jr st mt ft vs etc e.g i.e cf viz inc ltd co corp
        no nos fig figs gen col lt sgt capt cmdr gov sen rep rev hon jan feb mar apr jun jul aug sep
        sept oct nov dec approx dept est u.s u.k a.m p.m ca vol pp p ed eds""".split()),
    "nl": frozenset("""dhr mevr mw mej dr drs ir mr prof bijv bv o.a d.w.z enz ca nl m.a.w i.p.v
        t.o.v blz nr jl vnl resp evt incl excl zgn zg ing st e.a m.b.t a.s ds pag vs""".split()),
    "de": frozenset("""hr hrn fr frl dr prof bzw z.b usw etc vgl ca nr s str d.h u.a evtl ggf inkl
        max min mio mrd jh jhd bspw sog geb gest abs bd hrsg dipl ing st z.t u.s.w o.ä m.e
        s.o s.u bzgl zit ff""".split()),
    "fr": frozenset("""m mm mme mmes mlle mlles dr pr me st ste etc cf p pp vol env av apr j.-c
        c.-à-d mgr éd boul bd fig ex n°""".split()),
    "es": frozenset("""sr sra srta sres dr dra d dña ud uds vd vds etc p.ej pág págs núm no av
        avda c cía ej aprox admón lic ing prof sto sta s.a dto""".split()),
    "it": frozenset("""sig sigg sig.ra sig.na dott dott.ssa prof ing avv geom rag arch ecc pag pagg
        es cap art n vol on sen gen ca c.a s.p.a""".split()),
    "el": frozenset("""κα κκ δις δρ καθ δηλ π.χ μ.χ κτλ κλπ σελ αρ βλ τηλ οδ χλμ εκατ""".split()),
}
_ALL_ABBREVIATIONS = frozenset().union(*_ABBREVIATIONS.values())

# An end mark with any closing quotes or brackets, the space after it, and what must follow: an
# opening quote or bracket, or Spanish ¿¡, then the next sentence's first character (group 3),
# which must be a capital, a digit, or a letter of a script without capitals (Arabic, Hebrew,
# Devanagari, Thai, Hangul, kana, Chinese...): see _may_start. (A class of those letters and
# the capitals made every start of the reader compile a 64K-character table: the module took
# 3.9 ms to run, 2.6 ms without, medians of 15 starts; and 'œ', 'ł' were in it as capitals.)
# End marks: Arabic's question mark (U+061F), Urdu's full stop (U+06D4), the danda of Hindi (U+0964)
_BOUNDARY = re.compile(r"([.!?…\u061f\u06d4\u0964]+)[\"'”’»)\]]*(\s+)(?=[\"'“‘«(\[¿¡—–-]?\s?(\w))")
# Greek ends a question with ';' (U+037E, which Unicode normalisation turns into ';'); its
# semicolon is the raised dot '·'.
_GREEK_BOUNDARY = r"([.!?…;\u037e]+)[\"'”’»)\]]*(\s+)(?=[\"'“‘«(\[—–-]?\s?(\w))"
# Chinese and Japanese end sentences with full-width marks and write no space after them.
_CJK_BOUNDARY = r"[。！？｡]+[」』）〕】”’\"')]*(?=\S)"
_CJK_MARKS = "。！？｡"


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """A pattern compiled when first needed: the reader's start splits the seeds' sentences with
    _BOUNDARY alone, and compiling the Greek, CJK and clause patterns took 1.4 ms of it."""
    return re.compile(pattern)


def split_sentences(text: str, lang: str | None = None) -> list[tuple[int, int]]:
    """The (start, end) spans of the sentences of ``text``, in order, without surrounding space."""
    code = (lang or "").split("-")[0].lower()
    abbreviations = _ABBREVIATIONS.get(code, _ALL_ABBREVIATIONS)
    cuts = []  # (end of a sentence, start of the next)
    start = 0
    for m in (_compiled(_GREEK_BOUNDARY) if code == "el" else _BOUNDARY).finditer(text):
        if not _may_start(m.group(3)):
            continue
        if m.group(1) == "." and _is_abbreviation(text[start:m.start(1)], abbreviations):
            continue
        cuts.append((m.start(2), m.end(2)))
        start = m.end(2)
    if not text.isascii() and any(mark in text for mark in _CJK_MARKS):  # a plain scan is faster
        cuts += [(m.end(), m.end()) for m in _compiled(_CJK_BOUNDARY).finditer(text)]
    spans = []
    start = 0
    for end, following in sorted(cuts):
        if end >= start:
            _add(spans, text, start, end)
            start = following
    _add(spans, text, start, len(text))
    return spans


def _may_start(first: str) -> bool:
    """True when a sentence may start with this character: not a lower-case letter (nor '_')."""
    return first.isdigit() or (first.isalpha() and not first.islower())


def _is_abbreviation(before: str, abbreviations: frozenset[str]) -> bool:
    """True when the word before a full stop is an abbreviation or an initial ('J. Smith')."""
    # the last run of non-space at the end (or before one final newline), as r"(\S+)$" finds it,
    # without the regular expression's scan from every position of a long text
    if before.endswith("\n"):
        before = before[:-1]
    if not before or before[-1].isspace():
        return False
    word = before.rsplit(None, 1)[-1].lstrip("\"'“‘«([").lower()
    if len(word) == 1 and word.isalpha():
        return True
    return word in abbreviations


def _add(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    """Add the span start..end with its surrounding space trimmed, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


# Where a sentence may be cut into clauses: after a semicolon or a colon and a space (full-width
# ones need no space), and after a question or exclamation mark that the sentence goes on from in
# lower case ('Pourquoi êtes-vous tous rois ? pour moi, je...'): older and literary texts, French
# and Spanish above all, write so where a translation starts a new sentence. Translators move a
# clause across a sentence or paragraph break more often than a whole sentence, so the aligner
# checks paragraph breaks clause by clause. Greek's semicolon is a raised dot ('·', U+0387, which
# normalisation turns into U+00B7); Greek's question mark is ';', cut like a semicolon; Arabic's
# semicolon is U+061B.
_CLAUSE_END = r"[;:\u00b7\u0387\u061b]\s+|[；：]|[?!]\s+"
# Every character that may end a clause: a sentence without any of them is one clause (a search
# for them is cheaper than the pattern above)
may_have_clauses = re.compile("[;:\u00b7\u0387\u061b；：?!]").search
# No clause shorter than this is cut off ('Note: ...', 'He said: ...' stay whole).
MIN_CLAUSE = 20


def split_clauses(sentence: str) -> list[tuple[int, int]]:
    """The (start, end) spans of a sentence's clauses: cut after ';' and ':' (and '?' or '!' going
    on in lower case), no piece under MIN_CLAUSE characters."""
    spans = []
    start = 0
    for m in _compiled(_CLAUSE_END).finditer(sentence):
        if m.end() - start >= MIN_CLAUSE and len(sentence) - m.end() >= MIN_CLAUSE:
            if sentence[m.start()] in "?!" and not sentence[m.end()].islower():
                continue  # a new sentence the splitter kept (an abbreviation, a quotation)
            spans.append((start, m.start() + 1))
            start = m.end()
    spans.append((start, len(sentence)))
    return spans
