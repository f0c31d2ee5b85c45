"""Language detection with langdetect: deterministic, per document and per paragraph (smoothed)."""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass
from typing import Sequence

from .languages import language_name

UNKNOWN = "unknown"
# How much a document's language is believed before a paragraph is read: a short paragraph
# needs strong evidence to be given another language than its document's.
_DOCUMENT_PRIOR = 0.9
# Probability given to a language langdetect did not list (it drops those below 0.1).
_UNLISTED = 1e-5
# Letters at which a paragraph's own evidence counts in full.
_FULL_EVIDENCE_LETTERS = 60
_SAMPLE_CHARS = 10_000
# langdetect's profiles: the prior's remainder is spread over all the other languages.
_LANGUAGE_COUNT = 55
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
# langdetect has no Icelandic profile and calls Icelandic Norwegian; but thorn is written in no
# other living language, and thorn and eth together make some 5 % of Icelandic letters. A text
# with both, at this share, is Icelandic; an Icelandic name or two in another language is not.
_THORN_ETH = re.compile("[þÞðÐ]")
_ICELANDIC_SHARE = 0.03
_ICELANDIC_PROBABILITY = 0.99

_factory = None
_factory_lock = threading.Lock()


@dataclass(frozen=True)
class LanguageGuess:
    """A language code (ISO 639-1 as langdetect gives it, or 'unknown') with its probability."""

    code: str
    probability: float

    @property
    def name(self) -> str:
        """The language in words, e.g. 'Nederlands / Dutch'."""
        return language_name(self.code)

    @property
    def is_known(self) -> bool:
        """False when there was nothing to detect."""
        return self.code != UNKNOWN


UNKNOWN_GUESS = LanguageGuess(UNKNOWN, 0.0)


def _detector_factory():
    """langdetect's profiles, loaded once (0.1 s, the table's rows made as texts need them) and seeded."""
    global _factory
    with _factory_lock:
        if _factory is None:
            from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

            from .language_profiles import load_profiles_lazily

            factory = DetectorFactory()
            try:
                load_profiles_lazily(factory, PROFILES_DIRECTORY)
            except (OSError, ValueError, KeyError, TypeError):  # a langdetect laid out otherwise
                factory = DetectorFactory()
                factory.load_profile(PROFILES_DIRECTORY)
            # langdetect samples n-grams at random; a fixed seed makes every run agree.
            factory.set_seed(0)
            _factory = factory
        return _factory


def letter_count(text: str) -> int:
    """How many letters a text has."""
    return len(_LETTER.findall(text))


def language_probabilities(text: str) -> dict[str, float]:
    """langdetect's probabilities for a text (Icelandic told apart by its thorns); empty when
    there is nothing to detect."""
    letters = letter_count(text)
    if letters == 0:
        return {}
    if _is_icelandic(text, letters):
        return {"is": _ICELANDIC_PROBABILITY}
    from langdetect.lang_detect_exception import LangDetectException

    detector = _detector_factory().create()
    detector.append(text)
    try:
        return {p.lang: p.prob for p in detector.get_probabilities()}
    except LangDetectException:
        return {}


def _is_icelandic(text: str, letters: int) -> bool:
    """True for a text with thorn, eth, and enough of them to be Icelandic."""
    found = _THORN_ETH.findall(text)
    return len(found) >= _ICELANDIC_SHARE * letters and any(c in "þÞ" for c in found) and any(c in "ðÐ" for c in found)


def detect_language(text: str) -> LanguageGuess:
    """The language of a text, or 'unknown' when it has no letters to judge by."""
    probs = language_probabilities(text)
    if not probs:
        return UNKNOWN_GUESS
    code, prob = max(probs.items(), key=lambda item: item[1])
    return LanguageGuess(code, prob)


def sample_text(paragraphs: Sequence[str], limit: int = _SAMPLE_CHARS) -> str:
    """Up to ``limit`` characters drawn evenly from across the paragraphs of a long text."""
    total = sum(len(p) for p in paragraphs)
    if total <= limit:
        return "\n".join(paragraphs)
    # Every step-th paragraph, so the sample spans the whole text, not just its opening.
    step = math.ceil(total / limit)
    picked = "\n".join(paragraphs[i] for i in range(0, len(paragraphs), step))
    return picked[:limit]


def detect_document_language(paragraphs: Sequence[str]) -> LanguageGuess:
    """The language of a whole document, from a sample drawn across it."""
    return detect_language(sample_text(list(paragraphs)))


def smooth_paragraph_language(text: str, document: LanguageGuess) -> LanguageGuess:
    """A paragraph's language: its document's, unless the paragraph's own evidence outweighs it.

    Evidence is weighted by length, so "Grote escalatie" in a Dutch text stays Dutch even though
    langdetect alone calls it Romanian, while a long English quotation is English.
    """
    letters = letter_count(text)
    if letters == 0:
        return UNKNOWN_GUESS
    probs = language_probabilities(text)
    if not document.is_known:
        return detect_language(text) if probs else UNKNOWN_GUESS
    if not probs:
        return document
    weight = min(1.0, letters / _FULL_EVIDENCE_LETTERS)

    def log_score(code: str) -> float:
        prior = _DOCUMENT_PRIOR if code == document.code else (1 - _DOCUMENT_PRIOR) / (_LANGUAGE_COUNT - 1)
        return math.log(prior) + weight * math.log(probs.get(code, _UNLISTED))

    candidates = set(probs) | {document.code}
    best = max(candidates, key=log_score)
    return LanguageGuess(best, probs.get(best, document.probability if best == document.code else 0.0))


def detect_paragraph_languages(paragraphs: Sequence[str], document: LanguageGuess) -> list[LanguageGuess]:
    """Each paragraph's language, smoothed by the document's."""
    return [smooth_paragraph_language(p, document) for p in paragraphs]
