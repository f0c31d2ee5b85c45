"""Language detection: deterministic, per document and per paragraph, and safe on empty text."""

from bilingual_reader.core.language import (LanguageGuess, detect_document_language, detect_language,
                                            detect_paragraph_languages, smooth_paragraph_language)
from bilingual_reader.core.languages import language_name
from bilingual_reader.core.loading import load_document


def test_seeds_are_dutch_and_english_with_high_probability(dutch_seed, english_seed):
    nl = detect_document_language(load_document(dutch_seed).texts)
    en = detect_document_language(load_document(english_seed).texts)
    assert (nl.code, en.code) == ("nl", "en")
    assert nl.probability > 0.9 and en.probability > 0.9


def test_detection_gives_the_same_answer_every_time():
    text = "Grote escalatie"
    answers = {detect_language(text) for _ in range(5)}
    assert len(answers) == 1


def test_short_heading_inherits_the_document_language(dutch_seed):
    doc = load_document(dutch_seed)
    guesses = detect_paragraph_languages(doc.texts, detect_document_language(doc.texts))
    headings = {b.text: g.code for b, g in zip(doc.blocks, guesses) if b.is_heading}
    assert headings == {"Rode lijnen": "nl", "Grote escalatie": "nl"}
    assert {g.code for g in guesses} == {"nl"}


def test_long_foreign_paragraph_keeps_its_own_language():
    dutch = LanguageGuess("nl", 0.99)
    quote = "We are not planning any invasion of Ukraine whatsoever, and we never were, the spokesman said."
    assert smooth_paragraph_language(quote, dutch).code == "en"


def test_text_without_letters_is_unknown_not_an_error():
    for text in ("–", "12345", "", "  ", "!!! ---"):
        assert detect_language(text).code == "unknown"
        assert smooth_paragraph_language(text, LanguageGuess("nl", 0.99)).code == "unknown"


def test_language_names_are_words():
    assert language_name("nl") == "Nederlands / Dutch"
    assert language_name("en") == "English"
    assert language_name("unknown") == "Unknown language"


def test_icelandic_is_told_by_its_thorns_though_langdetect_has_no_profile_for_it():
    icelandic = ("Þingið fer með æðsta ákvörðunarvald ráðsins. Forsætisnefnd fer með æðsta "
                 "ákvörðunarvald ráðsins á milli þingfunda og þess vegna er það mikilvægt.")
    assert detect_language(icelandic).code == "is"
    english = ("The Plenary is the Council's supreme decision-making body, which meets at "
               "Þingvellir once a year when the weather allows and the members agree to it.")
    assert detect_language(english).code == "en"  # one thorn in a name is not enough
