"""A whole pair compared: the marks of every link, in reading order."""

from bilingual_reader.core.alignment import Alignment, Link
from bilingual_reader.core.comparison import _MIN_PARALLEL_LINKS, link_marks, pair_marks
from bilingual_reader.core.language import LanguageGuess
from bilingual_reader.core.loading import document_from_text
from bilingual_reader.core.pipeline import AlignedPair


def numbered_pair(count: int) -> AlignedPair:
    """Dutch and English paragraphs linked one to one; every third English one has another figure."""
    dutch = "\n\n".join(f"Het kabinet trekt {k} miljoen euro uit voor de dijken." for k in range(count))
    english = "\n\n".join(f"The cabinet is setting aside {k + (k % 3 == 0)} million euros for the dikes."
                          for k in range(count))
    alignment = Alignment(tuple(Link((k,), (k,), 0.9) for k in range(count)), count, count)
    return AlignedPair(document_from_text(dutch), document_from_text(english),
                       LanguageGuess("nl", 0.99), LanguageGuess("en", 0.99), alignment)


def test_a_books_marks_worked_out_in_two_halves_are_every_links_marks_in_order():
    pair = numbered_pair(_MIN_PARALLEL_LINKS + 200)
    marks = pair_marks(pair)
    assert marks == [mark for k in range(len(pair.alignment)) for mark in link_marks(pair, k)]
    assert {mark.link for mark in marks} == {k for k in range(len(pair.alignment)) if k % 3 == 0}


def test_a_cancelled_comparison_stops_early():
    pair = numbered_pair(30)
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 5

    assert len({mark.link for mark in pair_marks(pair, cancelled)}) <= 5
