"""Link shapes and scores the aligner must get right on small pairs: omissions, 2-2 links, unrelated texts."""

import math

from bilingual_reader.core.align import align, align_units
from bilingual_reader.core.alignment import beads_of, check_monotone
from bilingual_reader.core.loading import document_from_text
from bilingual_reader.core.document import Document

UNSURE_SCORE = 0.8  # below it the reader's gutter marks a link as one to check

# Two different articles on one story (a report and a commentary): similar lengths, a place name
# in common, but no paragraph is a translation of another.
REPORT_EN = [
    "The Dutch cabinet announced on Tuesday a new plan to strengthen the dikes along the coast of Zeeland.",
    "Engineers warn that rising sea levels will put several towns at risk within the next thirty years.",
    "Local farmers fear that the works will cut off access to their fields during the harvest season.",
    "The plan includes pumping stations, wider beaches and a new storm barrier near Vlissingen.",
    "Environmental groups welcomed the investment but asked for more room for nature along the rivers.",
    "Construction is expected to start next spring and to last at least a decade.",
    "The regional water board will hold public meetings in every municipality before the summer.",
    "Critics in parliament said the budget was far too small for the scale of the problem.",
]
COMMENTARY_NL = [
    "Wie ooit een storm aan de kust heeft meegemaakt, weet hoe kwetsbaar het land achter de duinen is.",
    "Toch lijkt het erop dat Den Haag pas in beweging komt wanneer het water al bijna over de rand klotst.",
    "De boeren in de polder maken zich terecht zorgen over hun bedrijven en hun toekomst.",
    "Natuurorganisaties vragen al jaren om een andere aanpak, met meer ruimte voor de rivieren.",
    "Het is te hopen dat de inspraakavonden meer opleveren dan een handvol boze brieven.",
    "Vroeger bouwden we dammen die de wereld bewonderde; nu twijfelen we over elke euro.",
    "De vraag is niet of het geld er moet komen, maar waarom het zo lang heeft geduurd.",
    "Zeeland verdient beter dan een plan dat over tien jaar alweer verouderd is.",
]


def test_two_different_articles_on_one_story_are_not_paired_by_length():
    links = align_units(COMMENTARY_NL, REPORT_EN, left_lang="nl", right_lang="en")
    check_monotone(links, len(COMMENTARY_NL), len(REPORT_EN))
    paired = [link for link in links if not link.is_null]
    assert len(paired) <= 1  # at most a chance pair, never the 1-1 diagonal
    assert all(link.score < 0.5 for link in links)


def test_the_same_sentences_in_translation_are_paired_with_high_scores():
    # the control for the test above: length-alike units that are translations do pair
    nl = ["Het kabinet trekt 250 miljoen euro uit voor de dijken in Zeeland.",
          "Minister Jansen noemde het plan op 12 maart een doorbraak voor de kust.",
          "De eerste werken bij Vlissingen worden in 2025 verwacht.",
          "Boeren in de polder vrezen dat hun velden in de oogsttijd onbereikbaar worden.",
          "Het waterschap houdt voor de zomer inspraakavonden in elke gemeente."]
    en = ["The cabinet is setting aside 250 million euros for the dikes in Zeeland.",
          "Minister Jansen called the plan a breakthrough for the coast on 12 March.",
          "The first works near Vlissingen are expected in 2025.",
          "Farmers in the polder fear that their fields will be out of reach at harvest time.",
          "The water board will hold public meetings in every municipality before the summer."]
    links = align_units(nl, en, left_lang="nl", right_lang="en")
    assert beads_of(links) == [((k,), (k,)) for k in range(5)]
    assert all(link.score > 0.5 for link in links)


def test_one_sentence_each_that_share_nothing_is_a_guess_not_a_sure_link():
    """Too short for the keys or the lengths to tell: the only possible link is scored as unconfirmed."""
    links = align_units(["De gemeente Amsterdam heeft besloten om meer fietspaden aan te leggen in het centrum."],
                        ["The weather in Paris was sunny yesterday, with temperatures reaching 25 degrees."],
                        left_lang="nl", right_lang="en")
    assert len(links) == 1 and links[0].score < UNSURE_SCORE


def test_one_sentence_each_that_share_a_number_and_names_is_a_sure_link():
    """The control for the test above: three shared keys in one sentence are far beyond chance."""
    links = align_units(["Het kabinet trekt 250 miljoen euro uit voor de dijken in Zeeland."],
                        ["The cabinet is setting aside 250 million euros for the dikes in Zeeland."],
                        left_lang="nl", right_lang="en")
    assert len(links) == 1 and links[0].score > UNSURE_SCORE


def test_the_sentences_of_a_paragraph_link_are_no_surer_than_the_pair():
    """Sentence links inside an untested pair's paragraph link share the paragraph's cap."""
    left = document_from_text("De gemeente Amsterdam heeft besloten. Er komen meer fietspaden in het centrum.")
    right = document_from_text("The weather in Paris was sunny yesterday. Temperatures reached 25 degrees.")
    alignment = align(left, right, left_lang="nl", right_lang="en")
    sentence_scores = [s.score for link in alignment for s in link.sentences]
    assert sentence_scores and max(sentence_scores) < UNSURE_SCORE


def test_an_extra_short_paragraph_is_an_omission_not_a_merge():
    nl = ["Het kabinet trekt 250 miljoen euro uit voor de dijken.",
          "Minister Jansen noemde het plan op 12 maart een doorbraak.",
          "De oppositie reageerde verdeeld op het voorstel.",
          "In Zeeland worden de eerste werken in 2025 verwacht."]
    en = ["The cabinet is setting aside 300 million euros for the dikes.",
          "Minister Jansen called the plan a breakthrough on 12 March.",
          "The first works in Zeeland are expected in 2025."]
    links = align_units(nl, en, left_lang="nl", right_lang="en")
    assert beads_of(links) == [((0,), (0,)), ((1,), (1,)), ((2,), ()), ((3,), (2,))]
    assert links[2].score < 0.5 < min(links[k].score for k in (0, 1, 3))


def _document(paragraphs: list[list[str]]) -> Document:
    """A Document of the given paragraphs, each a list of sentences, loaded as a reader would."""
    doc = document_from_text("\n\n".join(" ".join(sentences) for sentences in paragraphs))
    assert [len(b.sentence_ids) for b in doc.blocks] == [len(p) for p in paragraphs]
    return doc


# A sentence that the translation moved into the next paragraph makes a 2-2 paragraph link.
_EN_2_2 = [["Anna Berger was born in Graz in 1821, the youngest of seven children."],
           ["In 1848 Anna Berger left Vienna for good.", "She travelled by train to Trieste with 3 heavy trunks."],
           ["In Trieste she boarded the steamer Mercur, bound for Alexandria."],
           ["She did not see Austria again until 1873, when her brother Karl died."]]
_NL_2_2 = [["Anna Berger werd in 1821 in Graz geboren, als jongste van zeven kinderen."],
           ["In 1848 verliet Anna Berger Wenen voorgoed."],
           ["Met 3 zware koffers reisde zij per trein naar Triëst.",
            "In Triëst ging zij aan boord van de stoomboot Mercur, op weg naar Alexandrië."],
           ["Oostenrijk zag zij pas in 1873 terug, toen haar broer Karl stierf."]]


def test_a_sentence_moved_across_a_paragraph_boundary_gives_a_2_2_link():
    en = [" ".join(p) for p in _EN_2_2]
    nl = [" ".join(p) for p in _NL_2_2]
    links = align_units(en, nl, left_lang="en", right_lang="nl")
    assert beads_of(links) == [((0,), (0,)), ((1, 2), (1, 2)), ((3,), (3,))]


def test_sentences_inside_a_2_2_link_pair_one_to_one():
    result = align(_document(_EN_2_2), _document(_NL_2_2), left_lang="en", right_lang="nl")
    two_two = result.links[1]
    assert (two_two.left, two_two.right) == ((1, 2), (1, 2))
    assert beads_of(two_two.sentences) == [((1,), (1,)), ((2,), (2,)), ((3,), (3,))]
def test_a_shared_number_decides_between_two_units_of_equal_length():
    left = ["Er kwamen 48 mensen.", "Er kwamen 73 mensen."]
    right = ["Then 73 people came."]
    assert beads_of(align_units(left, right)) == [((0,), ()), ((1,), (0,))]




def test_a_link_the_sentences_joined_scores_by_their_evidence_not_as_a_coin_flip():
    # the short sentence moved into the next paragraph leaves the paragraphs' lengths nearly
    # right as 1-1 links, so the paragraph pass splits them and the sentences join them
    en = ["Anna Berger was born in Graz in 1821, the youngest of seven children of a miller.",
          "In 1848 Anna Berger left Vienna for good after the revolution had failed. She took the train to Trieste.",
          "In Trieste she boarded the steamer Mercur, bound for Alexandria, with three trunks and her sister Marie.",
          "She did not see Austria again until 1873, when her brother Karl died in Linz."]
    nl = ["Anna Berger werd in 1821 in Graz geboren, als jongste van zeven kinderen van een molenaar.",
          "In 1848 verliet Anna Berger Wenen voorgoed, nadat de revolutie was mislukt.",
          "Met de trein reisde zij naar Triëst. In Triëst ging zij aan boord van de stoomboot Mercur, op weg "
          "naar Alexandrië, met drie koffers en haar zuster Marie.",
          "Oostenrijk zag zij pas in 1873 terug, toen haar broer Karl in Linz stierf."]
    links = align_units(en, nl, left_lang="en", right_lang="nl")
    assert beads_of(links) == [((0,), (0,)), ((1, 2), (1, 2)), ((3,), (3,))]
    assert min(link.score for link in links) > 0.9


class _DiagonalPaths:
    """Sentence paths that pair sentences one to one at no cost, noting the windows asked for."""

    def __init__(self, chars: dict[str, list[int]]) -> None:
        self.lengths, self.asked = chars, []

    def path(self, i0, i1, j0, j1):
        self.asked.append((i0, i1, j0, j1))
        k = min(i1 - i0, j1 - j0)
        beads = [(x, x + 1, x, x + 1) for x in range(k)]
        beads += [(x, x + 1, k, k) for x in range(k, i1 - i0)]
        beads += [(i1 - i0, i1 - i0, y, y + 1) for y in range(k, j1 - j0)]
        return beads, [0.0] * (len(beads) + 1)

    def chars(self, side, i):
        return self.lengths[side][i]


def test_a_break_is_checked_one_clause_further_past_a_short_clause_beside_it():
    from bilingual_reader.core.align_regroup import _crossing

    spans = [(0, 3), (3, 6)]  # two paragraphs of three clauses a side
    long_clauses = _DiagonalPaths({"left": [120] * 6, "right": [120] * 6})
    _crossing((0, 1, 0, 1), (1, 2, 1, 2), long_clauses, spans, spans)
    assert long_clauses.asked[-1] == (2, 4, 2, 4)  # one clause either side of the break
    # 'Puis elle se leva.' just before the break on the left: the window starts a clause earlier there
    short_before = _DiagonalPaths({"left": [120, 120, 30, 120, 120, 120], "right": [120] * 6})
    _crossing((0, 1, 0, 1), (1, 2, 1, 2), short_before, spans, spans)
    assert short_before.asked[-1] == (1, 4, 1, 4)


def test_a_book_beside_a_short_unrelated_article_gets_no_links_from_coincidences():
    """The path puts each paragraph of the short text where the long one happens to share most
    with it (a name, a year): ten such coincidences along the path looked like a translation's
    sharing, and each paragraph of a Dutch article was linked to four of an English book."""
    import random

    rng = random.Random(5)
    common = ("the of and a to in was he it that for on with as his they at be this from had by not but what "
              "all were when we there can an your which their said if do will each about how up out them then "
              "she many some so these would other into has more her two like him see time could no make than "
              "first been its who now people made over did down only way find use may water long little very "
              "after words called just where most know").split()
    # the article's names and figures turn up in the book now and then, as they would by chance
    rare = ["Zeeland", "Vlissingen", "2025", "dikes", "polder", "Jansen", "parliament", "nature", "storm"]
    book = []
    for _ in range(3000):
        words = [rng.choice(common) for _ in range(rng.randint(20, 60))]
        if rng.random() < 0.05:
            words.insert(rng.randrange(len(words)), rng.choice(rare))
        book.append(" ".join(words).capitalize() + ".")
    links = align_units(book, COMMENTARY_NL, left_lang="en", right_lang="nl")
    check_monotone(links, len(book), len(COMMENTARY_NL))
    assert [link for link in links if not link.is_null] == []


def test_a_window_too_big_for_a_diagonal_band_is_searched_in_the_band_a_coarse_pass_finds():
    """The sentences of one huge link: a band around the diagonal widened where the path met its
    edge took 22.6 s for 6,400 x 7,200 sentences; the coarse pass finds the band as for paragraphs."""
    import random

    from bilingual_reader.core.align import _long_search
    from bilingual_reader.core.align_features import unit_keys
    from bilingual_reader.core.align_model import build_model, calibrate_lexical

    rng = random.Random(4)
    names = ["".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3)).capitalize()
             for _ in range(1500)]
    left = [f"De stad {name} ligt aan de rivier." for name in names]
    extra = [f"Dit is een zin zonder tegenhanger, nummer {'een twee drie'.split()[k % 3]}." for k in range(120)]
    left = left[:700] + extra + left[700:]  # the path leaves the diagonal by 120
    right = [f"The town of {name} lies on the river." for name in names]
    model = calibrate_lexical(build_model(left, right, unit_keys(left), unit_keys(right)))
    beads = _long_search(model)
    linked = {(a, c) for a, b, c, d in beads if b - a == 1 and d - c == 1}
    expected = {(k if k < 700 else k + 120, k) for k in range(1500)}
    assert len(linked & expected) >= 0.95 * len(expected)  # 1,460 of 1,500; the diagonal band: 1,456, 60 x slower


def test_two_texts_of_one_long_paragraph_each_are_linked_and_their_sentences_aligned_inside():
    """A text with no line breaks is one paragraph; one of thousands of keys cost its only link
    more than leaving both sides alone, so two such translations got no link and no sentence link."""
    import random

    rng = random.Random(2)
    names = ["".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3)).capitalize()
             for _ in range(3000)]
    dutch = " ".join(f"De stad {name} ligt aan de rivier en telt veel inwoners." for name in names)
    english = " ".join(f"The town of {name} lies on the river and has many inhabitants." for name in names)
    alignment = align(document_from_text(dutch), document_from_text(english), left_lang="nl", right_lang="en")
    (link,) = alignment.links
    assert (link.left, link.right) == ((0,), (0,))
    assert 0.5 < link.score < UNSURE_SCORE  # the pair the reader opened: likely, but the keys could not tell
    pairs = [(s.left, s.right) for s in link.sentences]
    assert pairs == [((k,), (k,)) for k in range(3000)]


def test_a_sentence_the_translator_dropped_is_left_unlinked_not_merged_into_its_neighbour(monkeypatch):
    from dataclasses import replace

    import bilingual_reader.core.align as align_module

    english = ["Emma Woodhouse lived with her father at Hartfield.", "Her mother had died when she was five years old.",
               "Miss Taylor had been her governess for sixteen years.",
               "It was Miss Taylor's loss which first brought grief.",
               "On the wedding day Emma sat alone in mournful thought.",
               "Mr. Weston was a man of good character and easy fortune.",
               "The evening was long and her father fell asleep after dinner."]
    french = ["Emma Woodhouse vivait avec son père à Hartfield.", "Sa mère était morte quand elle avait cinq ans.",
              "Mlle Taylor avait été sa gouvernante pendant seize ans.",
              "Le jour du mariage, Emma resta seule, plongée dans de tristes pensées.",
              "M. Weston était un homme de bon caractère et d'une fortune aisée.",
              "La soirée fut longue et son père s'endormit après le dîner."]

    def pairs():
        return [(link.left, link.right) for link in align_units(english, french, left_lang="en", right_lang="fr")]

    assert ((3,), ()) in pairs() and ((4,), (3,)) in pairs()
    # the control: weighed by pooled keys and length alone, the dropped sentence joins the next one
    build = align_module.build_model
    monkeypatch.setattr(align_module, "build_model", lambda *a: replace(build(*a), merge_check=False))
    assert ((3, 4), (3,)) in pairs()


def test_the_chance_of_sharing_as_many_keys_as_a_book_does_is_tiny_however_large_the_mean():
    from bilingual_reader.core.align import _poisson_tail

    # a 3,000-line translation shares about ten times the keys chance would along its path: the
    # tail once underflowed to 1.0 past a mean of ~745, and the texts were taken for unrelated
    assert _poisson_tail(16036, 1612.1) < 1e-100
    assert 0.01 < _poisson_tail(1700, 1612.1) < 0.02  # about 2.2 standard deviations above
    assert 0.99 < _poisson_tail(1500, 1612.1) < 1.0
    assert abs(_poisson_tail(3, 2.0) - (1 - 5 * math.exp(-2.0))) < 1e-12
