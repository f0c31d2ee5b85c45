"""What one language version has that the other lacks: whole paragraphs, and numbers, dates and names.

For journalists comparing versions of an article. Paragraphs with no counterpart come from the
alignment; within a linked pair of paragraphs, numbers, dates and proper names are extracted on
both sides and those with nothing matching on the other side are reported as spans.

Matching is language-independent where it can be: a number is the set of values it may mean
(``1,000`` may be a thousand or one), a date is a day and month, and a name matches any word of
the other side that looks alike once accents, transliteration and spelling habits are folded
away (Poetin/Putin, Oekraïne/Ukraine). A side that says more (a day where the other has only the
month, a figure where the other says "tens of thousands") is the one reported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property, lru_cache
from typing import Hashable, Iterable, Sequence

from .align_features import to_ascii
from .alignment import Alignment
from .document import BlockKind, Document
from .textsearch import fold

# Names match when their folded spellings differ by at most this share of edits (Poetin/Putin
# are equal once folded; Jelzin/Yeltsin differ by one edit in six).
NAME_SIMILARITY = 0.75
# A shared beginning this long makes two names one (Putins/Putin, Oekraïense/Oekraïne)...
NAME_PREFIX = 4
# ...and so does a shorter one when it is most of the shorter word (Russen/Russians).
NAME_PREFIX_SHARE = 0.6
# Shorter capitalised words are mostly pronouns and abbreviations that translations change.
NAME_MIN_LENGTH = 3

_MONTHS = {
    1: "january januari januar janner janvier enero gennaio",
    2: "february februari februar fevrier febrero febbraio",
    3: "march maart marz mars marzo",
    4: "april avril abril aprile",
    5: "may mei mai mayo maggio",
    6: "june juni juin junio giugno",
    7: "july juli juillet julio luglio",
    8: "august augustus aout agosto",
    9: "september septembre septiembre setiembre settembre",
    10: "october oktober octobre octubre ottobre",
    11: "november novembre noviembre",
    12: "december dezember decembre diciembre dicembre",
}
# Month names that are also everyday words: only a month next to a number or capitalised mid-sentence.
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "mars"})
_WEEKDAYS = {
    1: "monday maandag montag lundi lunes lunedi",
    2: "tuesday dinsdag dienstag mardi martes martedi",
    3: "wednesday woensdag mittwoch mercredi miercoles mercoledi",
    4: "thursday donderdag donnerstag jeudi jueves giovedi",
    5: "friday vrijdag freitag vendredi viernes venerdi",
    6: "saturday zaterdag samstag sonnabend samedi sabado sabato",
    7: "sunday zondag sonntag dimanche domingo domenica",
}
# Spelled-out numbers: two to twenty, then the tens from thirty ("-" skips a word). "One" is left
# out (een, ein, un, uno are also articles), and so are French "neuf" (also "new") and Italian
# "sei" (also "you are").
_NUMBER_WORDS = {
    "en": ("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
           "seventeen eighteen nineteen twenty", "thirty forty fifty sixty seventy eighty ninety"),
    "nl": ("twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien "
           "zeventien achttien negentien twintig", "dertig veertig vijftig zestig zeventig tachtig negentig"),
    "de": ("zwei drei vier funf sechs sieben acht neun zehn elf zwolf dreizehn vierzehn funfzehn sechzehn "
           "siebzehn achtzehn neunzehn zwanzig", "dreißig vierzig funfzig sechzig siebzig achtzig neunzig"),
    "fr": ("deux trois quatre cinq six sept huit - dix onze douze treize quatorze quinze seize - - - vingt",
           "trente quarante cinquante soixante"),
    "es": ("dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciseis "
           "diecisiete dieciocho diecinueve veinte", "treinta cuarenta cincuenta sesenta setenta ochenta noventa"),
    "it": ("due tre quattro cinque - sette otto nove dieci undici dodici tredici quattordici quindici sedici "
           "diciassette diciotto diciannove venti", "trenta quaranta cinquanta sessanta settanta ottanta novanta"),
}
# Words multiplying the figure before them ("2,5 miljoen"), as powers of ten.
_MULTIPLIERS = {
    "en": {"thousand": 3, "million": 6, "millions": 6, "billion": 9, "billions": 9},
    "nl": {"duizend": 3, "miljoen": 6, "miljard": 9},
    "de": {"tausend": 3, "million": 6, "millionen": 6, "mio": 6, "milliarde": 9, "milliarden": 9, "mrd": 9},
    "fr": {"mille": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9},
    "es": {"mil": 3, "millon": 6, "millones": 6},
    "it": {"mila": 3, "mille": 3, "milione": 6, "milioni": 6, "miliardo": 9, "miliardi": 9},
}
# Round quantities without a figure, by power of ten; they match only each other, so "tens of
# thousands" against "25,000" is reported on both sides.
_VAGUE = {
    "en": {"dozens": 1, "hundreds": 2, "thousands": 3, "tens of thousands": 4, "hundreds of thousands": 5,
           "millions": 6, "billions": 9},
    "nl": {"tientallen": 1, "honderden": 2, "duizenden": 3, "tienduizenden": 4, "honderdduizenden": 5,
           "miljoenen": 6, "miljarden": 9},
    "de": {"dutzende": 1, "dutzenden": 1, "hunderte": 2, "hunderten": 2, "tausende": 3, "tausenden": 3,
           "zehntausende": 4, "zehntausenden": 4, "hunderttausende": 5, "hunderttausenden": 5,
           "millionen": 6, "milliarden": 9},
    "fr": {"dizaines": 1, "centaines": 2, "milliers": 3, "dizaines de milliers": 4,
           "centaines de milliers": 5, "millions": 6, "milliards": 9},
    "es": {"decenas": 1, "centenares": 2, "cientos": 2, "miles": 3, "decenas de miles": 4,
           "cientos de miles": 5, "millones": 6},
    "it": {"decine": 1, "centinaia": 2, "migliaia": 3, "decine di migliaia": 4, "centinaia di migliaia": 5,
           "milioni": 6, "miliardi": 9},
}
_GERMAN_ARTICLES = frozenset(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner "
    "im am zum zur vom beim".split())
# German capitalises every noun; these endings mark common nouns, not names.
_GERMAN_NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "tat", "ismus", "chen", "nis", "tum")
_SENTENCE_END = ".!?…:;"
_OPENERS = "\"'“”„«»‘’‚‹›([{-–—•*· \t"
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # apostrophes split: l'OTAN, Putin's
_FIGURE = (r"(?<![\w.,])(?:\d{1,3}(?:(?P<sep>[.,\u00a0\u202f\u2009 '’])\d{3})(?:(?P=sep)\d{3})*(?:[.,]\d+)?"
           r"|\d+(?:[.,]\d+)?)(?!\d)")
_ORDINAL = r"(?:\.|e|er|re|st|nd|rd|th|º|°)?"
# Spelling habits folded away in names, in this order (Dutch oe/sj/tsj, German sch/w/z, English
# y/kh): Poetin and Putin, Tsjaikovski and Tchaikovsky, Selenskyj and Zelensky meet.
_SPELLING = [("tsch", "ch"), ("tsj", "ch"), ("sch", "sh"), ("sj", "sh"), ("oe", "u"), ("ou", "u"),
             ("ph", "f"), ("ck", "k"), ("c", "k"), ("kh", "h"), ("w", "v"), ("y", "i"), ("j", "i"),
             ("z", "s"), ("ie", "i")]
# Endings that languages put differently on the same place name (Rusland/Russia, Italië/Italien).
_PLACE_ENDINGS = ("land", "ien", "ia", "ie", "i", "e", "a", "o", "s")

Key = Hashable


@dataclass(frozen=True)
class CoverageSummary:
    """The paragraphs of each side that have no counterpart, out of how many."""

    left_only: tuple[int, ...]
    right_only: tuple[int, ...]
    left_total: int
    right_total: int


@dataclass(frozen=True)
class Span:
    """A stretch of a paragraph's text: ``text[start:end]``, a number, date or name."""

    start: int
    end: int
    kind: str
    text: str


@dataclass(frozen=True)
class Differences:
    """The numbers, dates and names of each side of a linked pair that the other side lacks."""

    left: tuple[Span, ...]
    right: tuple[Span, ...]


@dataclass(frozen=True)
class _Mention:
    """A number or date in a text: what it may mean, and what the other side must say to match it."""

    start: int
    end: int
    kind: str
    needs: frozenset[Key]
    gives: frozenset[Key]


def unmatched(alignment: Alignment, side: str, document: Document | None = None) -> list[int]:
    """The units of side 'left' or 'right' that are in a link with no counterpart; given the side's
    document, without its separators (a stray dash line is no missing paragraph)."""
    units = [unit for link in alignment.links if link.is_null for unit in getattr(link, side)]
    if document is None:
        return units
    return [unit for unit in units if document.blocks[unit].kind is not BlockKind.SEPARATOR]


def coverage_summary(alignment: Alignment, left: Document | None = None,
                     right: Document | None = None) -> CoverageSummary:
    """Both sides' paragraphs without counterpart, for a list like "only in the Dutch version: 3";
    given the documents, separators are neither missing nor counted."""
    return CoverageSummary(tuple(unmatched(alignment, "left", left)), tuple(unmatched(alignment, "right", right)),
                           _paragraph_count(left, alignment.left_count),
                           _paragraph_count(right, alignment.right_count))


def _paragraph_count(document: Document | None, units: int) -> int:
    """How many of a side's units are text, not separators (all of them without the document)."""
    if document is None:
        return units
    return sum(1 for block in document.blocks if block.kind is not BlockKind.SEPARATOR)


def differences(left_text: str, right_text: str, left_lang: str | None, right_lang: str | None) -> Differences:
    """The numbers, dates and names each of two linked paragraphs has and the other lacks."""
    left_mentions, right_mentions = _mentions(left_text, left_lang), _mentions(right_text, right_lang)
    left = _missing_mentions(left_mentions, right_mentions, left_text)
    right = _missing_mentions(right_mentions, left_mentions, right_text)
    left += _missing_names(left_text, left_lang, right_text, left_mentions)
    right += _missing_names(right_text, right_lang, left_text, right_mentions)
    return Differences(tuple(sorted(left, key=_position)), tuple(sorted(right, key=_position)))


def _position(span: Span) -> tuple[int, int]:
    """Where a span is, for sorting."""
    return span.start, span.end


def _missing_mentions(mine: Sequence[_Mention], theirs: Sequence[_Mention], text: str) -> list[Span]:
    """The spans of mentions nothing on the other side matches."""
    given = frozenset().union(*(m.gives for m in theirs))
    return [Span(m.start, m.end, m.kind, text[m.start:m.end]) for m in mine if not m.needs & given]


# --- text folding -----------------------------------------------------------------------------

# --- numbers and dates ------------------------------------------------------------------------

def _mentions(text: str, lang: str | None) -> list[_Mention]:
    """The dates and numbers in a text, dates first so a day is not also read as a number."""
    folded = fold(text)
    dates = _dates(text, folded)
    # Blank out the dates so their digits are not found again as figures.
    for m in dates:
        folded = folded[:m.start] + " " * (m.end - m.start) + folded[m.end:]
    return dates + _quantities(folded, lang)


def _alternation(words: Iterable[str]) -> str:
    """A regex alternative of words, longest first so 'tens of thousands' wins over 'thousands'."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_MONTH_OF = {word: month for month, words in _MONTHS.items() for word in words.split()}
_WEEKDAY_OF = {word: day for day, words in _WEEKDAYS.items() for word in words.split()}
_MONTH = _alternation(_MONTH_OF)
_YEAR_AFTER = r"(?:,?\s+(?:de\s+|del\s+)?(?P<{}>\d{{4}})(?!\d))?"
_DATE = re.compile("|".join([
    r"(?<!\d)(?P<iso_year>\d{4})-(?P<iso_month>\d{2})-(?P<iso_day>\d{2})(?!\d)",
    r"(?<![\d.,/-])(?P<num_a>\d{1,2})(?P<num_sep>[./-])(?P<num_b>\d{1,2})(?P=num_sep)(?P<num_year>\d{4})(?!\d)",
    rf"(?<![\d.,])(?P<dm_day>\d{{1,2}}){_ORDINAL}\s+(?:de\s+)?(?P<dm_month>{_MONTH})\b"
    + _YEAR_AFTER.format("dm_year"),
    rf"\b(?P<md_month>{_MONTH})\s+(?P<md_day>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)" + _YEAR_AFTER.format("md_year"),
    rf"\b(?P<m_month>{_MONTH})\b" + _YEAR_AFTER.format("m_year"),
    rf"\b(?P<weekday>{_alternation(_WEEKDAY_OF)})\b",
]))


# The group ending the day-and-month part of each date form (the year is a mention of its own).
_DATE_PART_ENDS = ("num_b", "dm_month", "md_day", "m_month", "weekday")


# Every date form holds a digit or a month or weekday name as a whole word: a text with neither
# is passed over without trying the date pattern at each of its letters (a book's links: 1.1 s).
_HAS_DIGIT = re.compile(r"\d").search
_LETTER_RUNS = re.compile(r"[^\W\d_]+").findall
_DATE_WORDS = frozenset(_MONTH_OF) | frozenset(_WEEKDAY_OF)


def _dates(text: str, folded: str) -> list[_Mention]:
    """Day-month dates, months, weekdays and the years written with them."""
    if not _HAS_DIGIT(folded) and _DATE_WORDS.isdisjoint(_LETTER_RUNS(folded)):
        return []
    mentions: list[_Mention] = []
    for match in _DATE.finditer(folded):
        mentions += _date_mentions(match, text)
    return mentions


def _date_mentions(match: re.Match[str], text: str) -> list[_Mention]:
    """The mentions of one date match: its day and month (or month, or weekday), and its year apart."""
    found = {name: value for name, value in match.groupdict().items() if value is not None}
    keys, gives = _date_keys(found)
    if not keys or (found.get("m_month") in _AMBIGUOUS_MONTHS and "m_year" not in found
                    and not _capitalised_mid_sentence(text, match.start())):
        return []
    if "iso_year" in found:
        part = (match.start("iso_month"), match.end())
    else:
        last = next(name for name in _DATE_PART_ENDS if name in found)
        part = (match.start(), match.end(last))
    mentions = [_Mention(*part, "date", keys, gives | keys)]
    year = next((name for name in found if name.endswith("year")), None)
    if year:
        value = frozenset({Decimal(found[year])})
        mentions.append(_Mention(match.start(year), match.end(year), "date", value, value))
    return mentions


def _date_keys(found: dict[str, str]) -> tuple[frozenset[Key], frozenset[Key]]:
    """What a date match needs the other side to say, and what else it gives (its month, to a bare month)."""
    if "weekday" in found:
        return frozenset({("weekday", _WEEKDAY_OF[found["weekday"]])}), frozenset()
    if "m_month" in found:
        return frozenset({("month", _MONTH_OF[found["m_month"]])}), frozenset()
    pairs = _day_months(found)
    return (frozenset(("day", month, day) for month, day in pairs),
            frozenset(("month", month) for month, _ in pairs))


def _day_months(found: dict[str, str]) -> list[tuple[int, int]]:
    """The (month, day) a date match may mean: both readings of 03/04/2022, one of the others."""
    if "iso_month" in found:
        candidates = [(int(found["iso_month"]), int(found["iso_day"]))]
    elif "num_a" in found:
        a, b = int(found["num_a"]), int(found["num_b"])
        candidates = [(b, a), (a, b)]
    else:
        month = found.get("dm_month") or found["md_month"]
        candidates = [(_MONTH_OF[month], int(found.get("dm_day") or found["md_day"]))]
    return [(m, d) for m, d in candidates if 1 <= m <= 12 and 1 <= d <= 31]


@lru_cache(maxsize=None)
def _quantity_pattern(lang: str | None) -> re.Pattern[str]:
    """Figures and spelled-out numbers (with a multiplier after them), lone multipliers, vague quantities."""
    vague = _alternation(_table(_VAGUE, lang))
    words = _alternation(_table(_NUMBER_WORDS_BY_LANG, lang))
    multipliers = _alternation(_table(_MULTIPLIERS, lang))
    return re.compile(rf"\b(?P<vague>{vague})\b|(?:(?P<figure>{_FIGURE})|\b(?P<word>{words})\b)"
                      rf"(?:\s+(?P<multiplier>{multipliers})\b)?|\b(?P<scale>{multipliers})\b")


def _table(tables: dict[str, dict[str, int]], lang: str | None) -> dict[str, int]:
    """The words of one language, or of all languages when the language is unknown."""
    code = (lang or "").split("-")[0].lower()
    if code in tables:
        return tables[code]
    return {word: value for table in tables.values() for word, value in table.items()}


def _number_words(units: str, tens: str) -> dict[str, int]:
    """Number words from two words lists: two to twenty, and thirty on in tens ('-' skips a value)."""
    words = {word: value for value, word in enumerate(units.split(), start=2) if word != "-"}
    words.update({word: value for value, word in zip(range(30, 100, 10), tens.split())})
    return words


_NUMBER_WORDS_BY_LANG = {lang: _number_words(*lists) for lang, lists in _NUMBER_WORDS.items()}


def _quantities(folded: str, lang: str | None) -> list[_Mention]:
    """The numbers of a (folded) text with the values each may mean."""
    pattern = _quantity_pattern(lang)
    vague, multipliers = _table(_VAGUE, lang), _table(_MULTIPLIERS, lang)
    number_words = _table(_NUMBER_WORDS_BY_LANG, lang)
    mentions = []
    for match in pattern.finditer(folded):
        if match.group("vague"):
            keys: frozenset[Key] = frozenset({("about", vague[match.group("vague")])})
            mentions.append(_Mention(match.start(), match.end(), "number", keys, keys))
            continue
        figure, scale = match.group("figure"), match.group("scale")
        if scale:  # "a thousand", "een miljoen"
            values = {Decimal(10) ** multipliers[scale]}
        elif figure:
            values = _figure_values(figure)
        else:
            values = {Decimal(number_words[match.group("word")])}
        if match.group("multiplier"):
            scale = Decimal(10) ** multipliers[match.group("multiplier")]
            values |= {value * scale for value in values}
        kind = "date" if figure and _is_year(figure) and not match.group("multiplier") else "number"
        mentions.append(_Mention(match.start(), match.end(), kind, frozenset(values), frozenset(values)))
    return mentions


def _figure_values(figure: str) -> set[Decimal]:
    """The values a written figure may mean in any of the languages: '1.000' and '1,000' are 1000 or 1.

    >>> sorted(_figure_values("1.000")) == [1, 1000], _figure_values("1 000,5"), _figure_values("2,5")
    (True, {Decimal('1000.5')}, {Decimal('2.5')})
    """
    parts = re.split(r"\D", figure)
    separators = re.findall(r"\D", figure)
    if not separators:
        return {Decimal(figure)}
    if len(set(separators)) > 1:
        # 1.234,5 and 1,234.5: the last separator is the decimal one.
        return {Decimal("".join(parts[:-1]) + "." + parts[-1])}
    if separators[0] not in ".," or len(parts) > 2:
        return {Decimal("".join(parts))}
    values = {Decimal(parts[0] + "." + parts[1])}
    if len(parts[1]) == 3:
        values.add(Decimal(parts[0] + parts[1]))
    return values


def _is_year(figure: str) -> bool:
    """True for a figure that reads as a year: four digits from 1000 to 2099."""
    return len(figure) == 4 and figure.isdigit() and 1000 <= int(figure) <= 2099


# --- names ------------------------------------------------------------------------------------

class _Words:
    """The words of a text in folded forms, to look up whether a name has a look-alike there."""

    def __init__(self, text: str) -> None:
        # every word, of any case, so a name meets its form in a lowercase adjective too
        words = _WORD.findall(text)
        words += [part for word in words if "-" in word for part in word.split("-")]
        self.skeletons = {_skeleton(w): _stem(_skeleton(w)) for w in words if len(w) >= NAME_MIN_LENGTH}
        self.acronyms = frozenset("".join(sorted(w)) for w in words if w.isupper())
        self.stems = frozenset(self.skeletons.values())

    @cached_property
    def by_start(self) -> dict[str, list[str]]:
        """The skeletons by their first three letters (a long common start needs them)."""
        out: dict[str, list[str]] = {}
        for skeleton in self.skeletons:
            out.setdefault(skeleton[:_SHARED_START], []).append(skeleton)
        return out

    @cached_property
    def by_length(self) -> dict[int, list[str]]:
        """The skeletons by length (an edit distance needs a length near); asked for a name that
        is not found whole, so most texts never need it."""
        out: dict[int, list[str]] = {}
        for skeleton in self.skeletons:
            out.setdefault(len(skeleton), []).append(skeleton)
        return out


def _missing_names(text: str, lang: str | None, other_text: str, mentions: Sequence[_Mention]) -> list[Span]:
    """The names in ``text`` with no look-alike word in ``other_text``."""
    other: _Words | None = None  # made at the first name: many texts have none
    spans = []
    for match in _WORD.finditer(text):
        if _is_name(text, match, lang) and not _inside(match.start(), match.end(), mentions):
            other = other or _Words(other_text)
            if not _has_look_alike(match.group(), other):
                spans.append(Span(match.start(), match.end(), "name", match.group()))
    return spans


def _is_name(text: str, match: re.Match[str], lang: str | None) -> bool:
    """True for a capitalised word that is not at a sentence start (nor, in German, a common noun)."""
    word = match.group()
    if len(word) < NAME_MIN_LENGTH or not word[0].isupper() or _at_sentence_start(text, match.start()):
        return False
    folded = fold(word)
    if folded in _MONTH_OF or folded in _WEEKDAY_OF:
        return False
    if (lang or "").startswith("de"):
        previous = fold(text[max(0, match.start() - 12):match.start()]).split()[-1:]
        return not (previous and previous[0] in _GERMAN_ARTICLES) and not folded.endswith(_GERMAN_NOUN_ENDINGS)
    return True


def _at_sentence_start(text: str, start: int) -> bool:
    """True when only quotes, brackets or a list marker stand between ``start`` and a sentence end."""
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_END or text[i] == "\n"


def _capitalised_mid_sentence(text: str, start: int) -> bool:
    """True when the word at ``start`` is capitalised and does not open a sentence."""
    return text[start:start + 1].isupper() and not _at_sentence_start(text, start)


def _inside(start: int, end: int, mentions: Sequence[_Mention]) -> bool:
    """True when the stretch overlaps a number or date already found."""
    return any(start < m.end and m.start < end for m in mentions)


def _has_look_alike(word: str, other: _Words) -> bool:
    """True when a word of the other text is this name, folded, inflected or respelled."""
    if word.isupper() and "".join(sorted(word)) in other.acronyms:
        return True  # NATO and OTAN
    if "-" in word:  # Oost-Europese: the European part is enough
        return any(_has_look_alike(part, other) for part in word.split("-") if len(part) >= NAME_MIN_LENGTH)
    skeleton = _skeleton(word)
    stem = _stem(skeleton)
    # one name: the same stem, a long common start, or few edits apart
    if skeleton in other.skeletons or stem in other.stems:
        return True  # the name itself, or its stem: most names, found without comparing each word
    # else only words with the same first letters can share a long start, and only words of a
    # length near enough can be few edits apart
    if any(_long_common_start(skeleton, candidate) for candidate in other.by_start.get(skeleton[:_SHARED_START], ())):
        return True
    return any(_few_edits_apart(skeleton, candidate)
               for size in range(len(skeleton) // 2, 2 * len(skeleton) + 1)
               for candidate in other.by_length.get(size, ()))


# A long common start is at least this long (NAME_PREFIX and the share's floor are no shorter).
_SHARED_START = 3


def _long_common_start(a: str, b: str) -> bool:
    """True when two folded words start alike for long enough to be one name."""
    prefix = _common_prefix(a, b)
    return prefix >= NAME_PREFIX or prefix >= max(_SHARED_START, NAME_PREFIX_SHARE * min(len(a), len(b)))


@lru_cache(maxsize=1 << 16)  # a book's names meet the same words link after link
def _few_edits_apart(a: str, b: str) -> bool:
    """True when two folded words differ by few enough edits for their length to be one name."""
    longest = max(len(a), len(b))
    allowed = (1 - NAME_SIMILARITY) * longest
    if abs(len(a) - len(b)) > allowed:
        return False  # too different in length for the edit distance to pass
    return 1 - _edit_distance(a, b, allowed) / longest >= NAME_SIMILARITY


@lru_cache(maxsize=8192)
def _skeleton(word: str) -> str:
    """A word reduced to how it sounds across spellings: ASCII, lowercase, habits folded, no doubled letters.

    >>> _skeleton("Poetin") == _skeleton("Putin"), _skeleton("Selenskyj") == _skeleton("Zelensky")
    (True, True)
    """
    folded = re.sub(r"[^a-z]", "", to_ascii(word).lower())
    for written, said in _SPELLING:
        folded = folded.replace(written, said)
    return re.sub(r"(.)\1+", r"\1", folded)


@lru_cache(maxsize=8192)
def _stem(skeleton: str) -> str:
    """A skeleton without the ending languages vary on place names (Rusland, Russia -> rus)."""
    for ending in _PLACE_ENDINGS:
        if skeleton.endswith(ending) and len(skeleton) - len(ending) >= NAME_MIN_LENGTH:
            return skeleton[:-len(ending)]
    return skeleton


def _common_prefix(a: str, b: str) -> int:
    """How many first letters two words share."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _edit_distance(a: str, b: str, give_up: float = float("inf")) -> float:
    """Levenshtein distance: insertions, deletions and substitutions turning a into b; infinity
    as soon as it must exceed ``give_up`` (a row's least cost never falls further on)."""
    previous = list(range(len(b) + 1))
    for i, x in enumerate(a, start=1):
        current = [i]
        for j, y in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x != y)))
        if min(current) > give_up:
            return float("inf")
        previous = current
    return previous[-1]
