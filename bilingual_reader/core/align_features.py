"""What two units in different languages can share without a dictionary: the keys of a unit.

A key is a normalised token: digits as they are, words of three letters or more lowercased,
stripped of accents and transliterated to Latin (so Greek and Cyrillic names meet their Latin
spellings), cut to their first four letters (Simard's cognate rule: 'president'/'presidente',
'invasion'/'invasie'), plus a few punctuation marks that translations keep (question and
exclamation marks, quotes, list markers).
"""

from __future__ import annotations

import re
from bisect import bisect_right
import unicodedata
from collections import Counter
from itertools import chain
from typing import Iterable, Sequence

from .number_words import number_words

try:  # anyascii transliterates every script; without it we only strip accents
    from anyascii import anyascii as _to_ascii
except ImportError:  # pragma: no cover - the dependency is declared, this is a safety net
    _to_ascii = None

# Units handled in one call to a C function (a join, a transliteration, a count): a call holds
# the interpreter lock throughout, and the aligner runs beside the window's thread, which must
# not wait for more than a few milliseconds.
GIL_CHUNK = 500
# Cognate prefix length (Simard, Foster & Isabelle 1992).
PREFIX = 4
# Words shorter than this are no keys. Three-letter words count (whole): short content words
# (sun/soleil, war/guerre, eye/oeil, wir/nous) are what a learned translation table links most
# often, and acronyms and short names (KLM, Tom) are cognates; the frequent ones (the, les, und)
# are dropped with the other keys too common to place a unit. (Strict F1, four words and up ->
# three: sentences/transread .904 -> .913, better on all 8 books; paragraphs .982 the same,
# score AUC .832 -> .854; parice .911 the same; textberg .861 -> .852, 4 of 422 links.)
MIN_WORD = 3
# A key found in more than this share of a side's units tells little about where a unit goes.
MAX_DOCUMENT_SHARE = 0.08
# ...unless the text is short, where every shared key still helps.
MIN_DOCUMENT_COUNT = 3

_WORD = re.compile(r"[a-z]{%d,}" % MIN_WORD)
# the same words' first letters, found in one call
_WORD_PREFIX = re.compile(r"([a-z]{%d,%d})[a-z]*" % (MIN_WORD, PREFIX))
_NUMBER = re.compile(r"[0-9]+(?:[.,][0-9]+)*")
_LIST_MARKER = re.compile(r"^\s*(?:[-–•*·]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)])\s")
# Letters outside Latin script (with its accents and punctuation), which need transliteration.
_NON_LATIN = re.compile(r"[^\x00-\u024f\u0300-\u036f\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf]")
_UNDECOMPOSABLE = {"Þ": "Th", "þ": "th", "Ð": "D", "ð": "d", "Æ": "Ae", "æ": "ae", "Ø": "O", "ø": "o",
                   "ß": "ss", "Œ": "Oe", "œ": "oe", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "ı": "i"}
_UNDECOMPOSABLE_FOUND = re.compile("[%s]" % "".join(_UNDECOMPOSABLE)).search
# Question and exclamation marks of other scripts: Arabic's (U+061F) and the full-width ones of
# Chinese and Japanese
_QUESTION_MARKS = "?¿\u061f\uff1f"
_EXCLAMATION_MARKS = "!¡\uff01"
_QUOTES = set("\"“”„«»‘’‚‹›")
_QUOTE_FOUND = re.compile("[%s]" % re.escape("".join(sorted(_QUOTES)))).search


# Greek is romanised the way Latin took its words (and English and French after it): 'φ' as
# 'ph', 'κ' as 'c', 'η' as 'e', 'ου' as 'u', 'γγ' as 'ng', so that φιλοσοφία, κόσμος, τηλέφωνο,
# Κουνεγόνδη, Πάγγλωσς meet philosophy, cosmos, telephone, Cunégonde, Pangloss. anyascii spells
# modern Greek ('filosofia', 'kosmos', 'tilefono', 'Koynegondi', 'Paggloss'), which shares
# the first four letters with none of them. 'β' stays 'v': names taken from modern languages
# are written with it (Βολταίρος, Βενετία).
_GREEK_FOUND = re.compile("[\u0370-\u03ff\u1f00-\u1fff]").search
_GREEK_PAIRS = {"ου": "u", "αυ": "au", "ευ": "eu", "ηυ": "eu", "γγ": "ng", "γκ": "nc", "γξ": "nx", "γχ": "nch"}
_GREEK_LETTERS = dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω",
                          "a v g d e z e th i c l m n x o p r s s t y ph ch ps o".split()))
_GREEK_UNIT = re.compile("|".join(_GREEK_PAIRS) + "|[%s]" % "".join(_GREEK_LETTERS), re.IGNORECASE)


def _romanised_greek(text: str) -> str:
    """Greek letters in Latin's spelling (see _GREEK_PAIRS), accents dropped; the rest as it was."""
    plain = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))

    def latin(match: re.Match) -> str:
        found = match.group()
        # casefold: the pattern ignores case as Unicode folds it, so it also finds the micro sign
        # 'µ' and the symbol forms 'ϐ', 'ϑ', 'ϕ' of letters
        folded = found.casefold()
        spelled = _GREEK_PAIRS.get(folded) or _GREEK_LETTERS.get(folded, found)
        return spelled.capitalize() if found[0].isupper() else spelled
    return unicodedata.normalize("NFC", _GREEK_UNIT.sub(latin, plain))


def to_ascii(text: str) -> str:
    """Text transliterated to plain ASCII (accents dropped, Greek/Cyrillic romanised)."""
    if text.isascii():
        return text
    if _GREEK_FOUND(text):
        text = _romanised_greek(text)
        if text.isascii():
            return text
    if _to_ascii is not None and _NON_LATIN.search(text):
        return _to_ascii(text)
    # Latin script: dropping the accents is enough, and fast (done in C), once the letters that
    # do not decompose (Icelandic, Danish, German, Polish) are spelled out
    if _UNDECOMPOSABLE_FOUND(text):  # str.translate looks up every letter: slow on long texts
        for letter, spelled in _UNDECOMPOSABLE.items():
            if letter in text:
                text = text.replace(letter, spelled)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def raw_keys(text: str) -> set[str]:
    """Every key of one unit of text, before frequent ones are dropped."""
    plain = to_ascii(text).lower()
    keys = {word[:PREFIX] for word in _WORD.findall(plain)}
    keys.update(number.replace(",", ".") for number in _NUMBER.findall(plain))
    if any(mark in text for mark in _QUESTION_MARKS):
        keys.add("?")
    if any(mark in text for mark in _EXCLAMATION_MARKS):
        keys.add("!")
    if not _QUOTES.isdisjoint(text):
        keys.add('"')
    if _LIST_MARKER.match(text):
        keys.add("•")
    return keys


def raw_keys_all(texts: Sequence[str], lang: str | None = None) -> list[set[str]]:
    """``raw_keys`` of every text, with the transliteration and lowercasing done once for all;
    with a language, its number words count as their digits.

    Transliteration and lowercasing work letter by letter (the Latin path yields plain ASCII), so
    doing them on the texts joined by newlines gives each text's own result; texts with letters
    outside Latin script, or with newlines of their own, go one by one.
    """
    plains = []
    for start in range(0, len(texts), GIL_CHUNK):
        plains += _plains(texts[start:start + GIL_CHUNK])
    words, numbers, marker, quoted = _WORD_PREFIX.findall, _NUMBER.findall, _LIST_MARKER.match, _QUOTE_FOUND
    starts = [0]
    for p in plains:
        starts.append(starts[-1] + len(p) + 1)
    joined_plain = "\n".join(plains)
    with_digits = _with_digits(joined_plain, starts)
    spelled = _spelled_numbers(joined_plain, starts, lang)
    # Greek ends a question with ';' (its semicolon is '·')
    question_marks = _QUESTION_MARKS + ";\u037e" if (lang or "").split("-")[0].lower() == "el" else _QUESTION_MARKS
    out = []
    for k, text in enumerate(texts):
        keys = set(words(plains[k]))
        if k in with_digits:
            keys.update(number.replace(",", ".") for number in numbers(plains[k]))
        if k in spelled:
            keys.update(spelled[k])
        if any(mark in text for mark in question_marks):
            keys.add("?")
        if any(mark in text for mark in _EXCLAMATION_MARKS):
            keys.add("!")
        if quoted(text):
            keys.add('"')
        if marker(text):
            keys.add("•")
        out.append(keys)
    return out


def _plains(texts: Sequence[str]) -> list[str]:
    """Each text transliterated and lowercased (joined, when they are all Latin script)."""
    joined = "\n".join(texts)
    if _NON_LATIN.search(joined) is None:
        plains = to_ascii(joined).lower().split("\n")
        if len(plains) == len(texts):
            return plains
    return [to_ascii(t).lower() for t in texts]


def union_all(sets: Sequence[Iterable[str]]) -> set[str]:
    """Every key of all the units, a slice at a time."""
    out: set[str] = set()
    for start in range(0, len(sets), GIL_CHUNK):
        out.update(*sets[start:start + GIL_CHUNK])
    return out


def _with_digits(joined: str, starts: Sequence[int]) -> set[int]:
    """The indices of the texts with a digit in them (a scan for each digit: faster than a regex).

    ``joined`` is the texts joined by newlines, ``starts`` where each begins (and the end).
    """
    found: set[int] = set()
    for digit in "0123456789":
        at = joined.find(digit)
        while at >= 0:
            k = bisect_right(starts, at) - 1
            found.add(k)
            at = joined.find(digit, starts[k + 1])
    return found


def unit_keys(units: Sequence[str]) -> list[frozenset[str]]:
    """The keys of every unit of one side, without keys too common on that side to place a unit."""
    return filtered_keys(raw_keys_all(units))


def filtered_keys(raw: Sequence[set[str]]) -> list[frozenset[str]]:
    """The raw keys of every unit of one side, without keys too common on that side to place a unit."""
    df: Counter[str] = Counter()
    for start in range(0, len(raw), GIL_CHUNK):
        df.update(chain.from_iterable(raw[start:start + GIL_CHUNK]))
    limit = max(MIN_DOCUMENT_COUNT, MAX_DOCUMENT_SHARE * len(raw))
    common = {k for k, c in df.items() if c > limit and k not in '?!"•'}
    return [frozenset(keys - common) for keys in raw]


def _spelled_numbers(joined: str, starts: Sequence[int], lang: str | None) -> dict[int, set[str]]:
    """The digits of the number words of each text that has some (a scan for each word, as above)."""
    found: dict[int, set[str]] = {}
    end = len(joined)
    for word, digits in number_words(lang).items():
        at = joined.find(word)
        while at >= 0:
            after = at + len(word)
            # a whole word only: 'ten' in 'often' is no number
            if (at == 0 or not joined[at - 1].isalnum()) and (after == end or not joined[after].isalnum()):
                found.setdefault(bisect_right(starts, at) - 1, set()).add(digits)
            at = joined.find(word, after)
    return found
