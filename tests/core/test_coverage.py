"""Coverage for journalists: paragraphs without counterpart, and numbers, dates, names on one side only."""

import pytest

from bilingual_reader.core.alignment import Alignment, Link
from bilingual_reader.core.coverage import coverage_summary, differences, unmatched
from bilingual_reader.core.document import BlockKind
from bilingual_reader.core.loading import document_from_text


def reported(left, right, left_lang="nl", right_lang="en"):
    """The (text, kind) of what each side has and the other lacks."""
    found = differences(left, right, left_lang, right_lang)
    return ([(s.text, s.kind) for s in found.left], [(s.text, s.kind) for s in found.right])


# --- paragraphs without counterpart ---------------------------------------------------------------

def test_unmatched_lists_the_paragraphs_in_links_without_counterpart_per_side():
    a = Alignment((Link((0,), (0,)), Link((1,), ()), Link((2, 3), (1,)), Link((), (2,)), Link((4,), ())), 5, 3)
    assert unmatched(a, "left") == [1, 4]
    assert unmatched(a, "right") == [2]
    summary = coverage_summary(a)
    assert (len(summary.left_only), len(summary.right_only)) == (2, 1)
    assert (summary.left_total, summary.right_total) == (5, 3)


def test_a_stray_separator_line_is_not_a_paragraph_without_counterpart():
    """The English seed ends in a dash line: no paragraph is missing, and it is not counted."""
    left = document_from_text("Eerste alinea.\n\nTweede alinea.")
    right = document_from_text("First paragraph.\n\nSecond paragraph.\n\n–")
    assert right.blocks[-1].kind is BlockKind.SEPARATOR
    a = Alignment((Link((0,), (0,)), Link((1,), (1,)), Link((), (2,))), 2, 3)
    assert unmatched(a, "right") == [2]  # the links alone cannot tell
    assert unmatched(a, "right", right) == []
    summary = coverage_summary(a, left, right)
    assert (summary.left_only, summary.right_only, summary.left_total, summary.right_total) == ((), (), 2, 2)


# --- numbers ------------------------------------------------------------------------------------

@pytest.mark.parametrize("left, right", [
    ("Er kwamen 1.000 mensen.", "There were 1,000 people."),
    ("Er kwamen 1 000 mensen.", "There were 1,000 people."),
    ("Het groeide 2,5 procent.", "It grew 2.5 per cent."),
    ("Het kost 2,5 miljoen euro.", "It costs 2,500,000 euros."),
    ("Het kost 2,5 miljoen euro.", "It costs 2.5 million euros."),
    ("Er vielen twee doden.", "Two people died."),
    ("Er waren tienduizenden betogers.", "There were tens of thousands of protesters."),
])
def test_the_same_number_written_differently_is_not_reported(left, right):
    assert reported(left, right) == ([], [])


def test_a_number_on_one_side_only_is_reported_with_its_span():
    found = differences("Er waren 40 doden en 12 gewonden.", "There were 40 dead.", "nl", "en")
    assert [(s.start, s.end, s.kind) for s in found.left] == [(21, 23, "number")]
    assert found.right == ()


def test_a_vague_quantity_against_a_figure_is_a_difference_on_both_sides():
    assert reported("Er waren tienduizenden betogers.", "There were 25,000 protesters.") == (
        [("tienduizenden", "number")], [("25,000", "number")])


def test_different_spelled_out_numbers_are_reported():
    assert reported("Er vielen drie doden.", "Two people died.") == ([("drie", "number")], [("Two", "number")])


def test_english_miles_are_not_read_as_the_spanish_thousands():
    assert reported("Ze liepen mijlen ver.", "They walked for miles.") == ([], [])


# --- dates ------------------------------------------------------------------------------------

def test_the_same_date_in_two_languages_is_not_reported():
    assert reported("Op 24 februari 2022 begon de oorlog.", "The war began on February 24, 2022.") == ([], [])
    assert reported("Le 1er mars 2022, à Kiev.", "On 1 March 2022, in Kyiv.", "fr", "en") == ([], [])
    assert reported("Am 24.02.2022 in Kiew.", "El 24 de febrero de 2022 en Kiev.", "de", "es") == ([], [])


def test_a_different_day_and_a_missing_year_are_reported_as_dates():
    assert reported("Op 25 februari 2022.", "On 24 February.") == (
        [("25 februari", "date"), ("2022", "date")], [("24 February", "date")])


def test_the_side_with_the_day_is_reported_against_a_bare_month():
    assert reported("Het gebeurde in februari.", "It happened on 24 February.") == ([], [("24 February", "date")])


def test_weekdays_are_compared_as_dates():
    assert reported("Het gebeurde op maandag.", "It happened on Monday.") == ([], [])
    assert reported("Het gebeurde op dinsdag.", "It happened on Monday.") == (
        [("dinsdag", "date")], [("Monday", "date")])


def test_the_verb_may_is_not_a_month():
    assert reported("Je mag gaan.", "You may go.") == ([], [])


# --- names ------------------------------------------------------------------------------------

def test_names_spelled_the_way_each_language_does_are_not_reported():
    assert reported("Volgens Poetin is Oekraïne geen land, zei Selenski in Kyiv.",
                    "According to Putin, Ukraine is no country, Zelensky said in Kiev.") == ([], [])
    assert reported("Laut Putin ist die Ukraine schuld, sagte Selenskyj in Kiew.",
                    "Selon Poutine, l'Ukraine est fautive, a dit Zelensky à Kyiv.", "de", "fr") == ([], [])


def test_a_name_with_nothing_like_it_on_the_other_side_is_reported():
    found = differences("Poetin sprak met Lavrov en Macron.", "Putin spoke with Macron.", "nl", "en")
    assert [(s.text, s.kind) for s in found.left] == [("Lavrov", "name")]
    assert found.right == ()


def test_a_name_opening_a_sentence_still_matches_but_is_not_itself_a_candidate():
    # "Moskou" opens the sentence: it is not reported, yet it is what "Moscow" matches.
    assert reported("Moskou ontkent alles.", "Officials in Moscow deny everything.") == ([], [])
    assert reported("Moskou ontkent alles.", "Officials deny everything.") == ([], [])


def test_place_names_with_different_endings_match():
    assert reported("Ze reisden naar Rusland en Italië.", "They travelled to Russia and Italy.") == ([], [])


def test_acronyms_with_the_same_letters_match():
    assert reported("Selon l'OTAN, rien.", "According to NATO, nothing.", "fr", "en") == ([], [])


def test_german_common_nouns_are_not_taken_for_names():
    assert reported("Die Regierung schickte russische Soldaten.", "The government sent Russian soldiers.",
                    "de", "en") == ([], [])


def test_spans_point_into_the_original_text_past_accented_letters():
    text = "Ça coûte 1 000 euros à Zoë, dit Müller."
    found = differences(text, "It costs euros, says Zoë.", "fr", "en")
    assert [text[s.start:s.end] for s in found.left] == ["1 000", "Müller"]


def test_a_lone_thousand_or_million_is_a_number():
    assert reported("Er kwamen 1.000 mensen.", "A thousand people came.") == ([], [])
    assert reported("Het kost een miljoen.", "It costs 2 million.") == ([("miljoen", "number")], [("2 million", "number")])


def test_inflected_and_hyphenated_forms_of_a_name_match():
    assert reported("Dat ontkennen de Russen, zei het Oost-Europese land.",
                    "That, the Russians deny, said the European country.") == ([], [])


def test_numeric_dates_match_written_ones_in_either_day_month_order():
    assert reported("Op 2022-02-24 in Kiev.", "On 24/02/2022 in Kyiv.") == ([], [])
    assert reported("Op 03/04/2022.", "On 4 March 2022.") == ([], [])
    assert reported("Op 03/05/2022.", "On 4 March 2022.") == ([("03/05", "date")], [("4 March", "date")])


def test_a_name_is_looked_up_by_its_start_and_length_as_it_is_by_comparing_every_word():
    """The look-up of a name's look-alikes passes over the words that cannot be one: it must
    answer as comparing the name with every word of the other text does."""
    import random

    from bilingual_reader.core.coverage import (_few_edits_apart, _has_look_alike, _long_common_start, _skeleton,
                                                _stem, _Words)

    def alike(a, a_stem, b, b_stem):
        """Two folded words are one name: the same stem, a long common start, or few edits apart."""
        return a_stem == b_stem or _long_common_start(a, b) or _few_edits_apart(a, b)

    rng = random.Random(7)
    letters = "aeioustrnlkcbdgmpvz"
    words = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 11))).capitalize() for _ in range(400)]
    for k in range(400):
        chosen = rng.sample(words, 25)
        other = _Words(" ".join(chosen))
        near = rng.choice(chosen).lower()
        name = [rng.choice(words),  # mostly no look-alike
                rng.choice(letters) + near[1:],  # another first letter: only few edits apart
                rng.choice(letters) + near,  # one letter more in front
                near[:-2] + rng.choice(letters) * 2][k % 4].capitalize()  # another ending
        skeleton = _skeleton(name)
        every_word = any(alike(skeleton, _stem(skeleton), candidate, candidate_stem)
                         for candidate, candidate_stem in other.skeletons.items())
        assert _has_look_alike(name, other) == every_word, name


def test_a_text_without_digits_month_or_weekday_names_has_no_dates():
    from bilingual_reader.core.coverage import _dates
    from bilingual_reader.core.textsearch import fold

    for text, count in [("Nothing to date here, marsupials aside.", 0), ("On Monday it rained.", 1),
                        ("Le 3 mars il pleuvait.", 1), ("In May.", 1)]:
        assert len(_dates(text, fold(text))) == count, text
