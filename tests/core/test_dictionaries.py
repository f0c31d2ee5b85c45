"""The shipped word-translation tables and their use by the aligner."""

import gzip

from bilingual_reader.core import dictionaries
from bilingual_reader.core.align import align_units
from bilingual_reader.core.dictionaries import translations


def test_a_shipped_table_gives_the_keys_a_word_translates_to_both_ways():
    english_french = translations("en", "fr")
    assert "serv" in english_french["maid"] and "larm" in english_french["tear"]
    # the same table read the other way round, and a regional code is its language's
    assert "maid" in translations("fr-CA", "en-GB")["serv"]
    assert "main" in translations("de", "fr")["hand"]


def test_no_table_for_an_unknown_pair_or_a_language_with_itself():
    assert translations("en", "xx") == {} and translations("en", "en") == {} and translations(None, "fr") == {}


def test_a_table_made_for_other_key_rules_or_damaged_is_not_used(tmp_path):
    stale = tmp_path / "stale.tsv.gz"
    stale.write_bytes(gzip.compress(f"# {dictionaries.FORMAT} prefix=5 min_word=3 from x\nmaid\tserv\n".encode()))
    assert dictionaries._read(stale) is None
    broken = tmp_path / "broken.tsv.gz"
    broken.write_bytes(b"\x1f\x8b not gzip at all")
    assert dictionaries._read(broken) is None
    good = tmp_path / "good.tsv.gz"
    good.write_bytes(gzip.compress(f"{dictionaries._HEADER}from x\nmaid\tserv femm\n".encode()))
    assert dictionaries._read(good) == {"maid": frozenset({"serv", "femm"})}


def test_the_dictionary_puts_a_sentence_beside_its_translation_where_lengths_cannot_tell():
    left = ["The maid wept bitter tears in the garden.", "The roads froze and the river was white.",
            "Nobody came to the house that winter.", "Then the old woman said nothing more about the money."]
    right = ["La servante pleurait des larmes amères dans le jardin.", "Les routes gelèrent et la rivière était blanche.",
             "Alors la vieille femme ne dit plus rien de l'argent."]

    def partner_of_the_roads(links):
        return next(link.right for link in links if 1 in link.left)

    assert partner_of_the_roads(align_units(left, right, left_lang="en", right_lang="fr")) == (1,)
    # the same texts with no dictionary for the pair: the lengths join the roads to the maid
    assert partner_of_the_roads(align_units(left, right, left_lang="en", right_lang="xx")) == (0,)


def test_two_articles_on_one_story_are_not_made_translations_by_the_words_a_dictionary_links():
    from test_align_links import COMMENTARY_NL, REPORT_EN

    assert "farm" in translations("nl", "en")["boer"]  # the dictionary does link their topic words
    links = align_units(COMMENTARY_NL, REPORT_EN, left_lang="nl", right_lang="en")
    assert all(link.score < 0.5 for link in links)
