"""The aligner: seeds, shapes, coverage, scores, and sentence links inside paragraph links."""

from pathlib import Path


from bilingual_reader.core.align import align, align_units
from bilingual_reader.core.alignment import beads_of, check_monotone
from bilingual_reader.core.loading import document_from_text
from bilingual_reader.core.document import Document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seed_units():
    """Dutch seed split on blank lines, English seed on lines (as the segmenter does)."""
    nl = next(SEEDS.glob("000_*.txt")).read_text(encoding="utf-8")
    en = next(SEEDS.glob("001_*.txt")).read_text(encoding="utf-8")
    return ([p.strip() for p in nl.split("\n\n") if p.strip()],
            [line.strip() for line in en.splitlines() if line.strip()])


def test_seeds_align_in_order_and_the_stray_dash_has_no_counterpart():
    nl, en = _seed_units()
    assert (len(nl), len(en)) == (10, 11)
    links = align_units(nl, en, left_lang="nl", right_lang="en")
    check_monotone(links, len(nl), len(en))
    assert beads_of(links) == [((k,), (k,)) for k in range(10)] + [((), (10,))]
    assert all(link.score > 0.5 for link in links[:10])


def test_every_unit_is_in_exactly_one_link_of_an_allowed_shape():
    left = ["One two three.", "Four five six seven eight nine ten.", "Eleven.", "Twelve thirteen."]
    right = ["Un deux trois.", "Quatre cinq six sept", "huit neuf dix.", "Onze douze treize."]
    links = align_units(left, right)
    check_monotone(links, len(left), len(right))
    assert {link.kind for link in links} <= {"0-1", "1-0", "1-1", "1-2", "2-1", "2-2", "1-3", "3-1", "1-4", "4-1"}
    assert all(0.0 <= link.score <= 1.0 for link in links)


def test_empty_sides_give_null_links():
    assert beads_of(align_units([], ["a", "b"])) == [((), (0,)), ((), (1,))]
    assert beads_of(align_units(["a"], [])) == [((0,), ())]
    assert align_units([], []) == []


def _document(paragraphs: list[list[str]]) -> Document:
    """A Document of the given paragraphs, each a list of sentences, loaded as a reader would."""
    doc = document_from_text("\n\n".join(" ".join(sentences) for sentences in paragraphs))
    assert [len(b.sentence_ids) for b in doc.blocks] == [len(p) for p in paragraphs]
    return doc


def test_align_links_sentences_inside_paragraph_links_with_document_ids():
    left = _document([["A first short sentence.", "And a second, much longer sentence follows it here."],
                      ["Third one."]])
    right = _document([["Une première phrase courte.", "Et une deuxième phrase, bien plus longue, la suit ici."],
                       ["La troisième."]])
    result = align(left, right, left_lang="en", right_lang="fr")
    assert beads_of(result.links) == [((0,), (0,)), ((1,), (1,))]
    assert beads_of(result.links[0].sentences) == [((0,), (0,)), ((1,), (1,))]
    assert beads_of(result.links[1].sentences) == [((2,), (2,))]
    assert result.left_count == 2 and result.right_count == 2
