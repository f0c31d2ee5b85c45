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


def test_a_long_text_folded_in_a_thread_is_the_same_as_folded_at_once():
    from bilingual_reader.core.textsearch import _FOLD_PIECE, fold_beside

    # pieces cut inside runs of accented letters, and ASCII-only stretches between them
    text = ("Ça été ÉTÉ. " * 7000) + ("plain ASCII words. " * 5000) + "Ελλάδα İstanbul"
    assert len(text) > 2 * _FOLD_PIECE
    folded = fold_beside(text).result(timeout=10)
    assert folded == "".join(_fold_char(c) for c in text)


def test_an_ascii_text_folds_to_its_lower_case():
    assert fold("The NATO Summit, 2024!") == "the nato summit, 2024!"
