"""Folding text for search: no case, no accents, every character kept at its index."""

from bilingual_reader.core.textsearch import _fold_char, find_all, fold


def test_folding_a_text_folds_each_character_in_place():
    text = "Oekraïne ÉÉN Straße ﬁn Ελλάδα Москва Ǆ 😀 日本語 İstanbul\u2029Naïve café" * 3
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "".join(_fold_char(c) for c in text)  # the character-by-character definition
    assert folded.startswith("oekraine een straße fn ελλαδα москва d")  # a ligature keeps its first letter


def test_a_folded_search_finds_accented_and_capitalised_words_at_their_places():
    text = "Le Café de l'Été. Un cafe, un CAFÉ."
    assert [text[a:b] for a, b in find_all(fold(text), "cafe")] == ["Café", "cafe", "CAFÉ"]
