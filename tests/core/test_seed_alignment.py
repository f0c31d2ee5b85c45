"""The bundled pair aligns paragraph for paragraph."""

from bilingual_reader.core.alignment import check_monotone
from bilingual_reader.core.pipeline import load_pair


def test_seeds_link_ten_blocks_in_order_and_the_dash_has_no_counterpart(dutch_seed, english_seed):
    pair = load_pair(dutch_seed, english_seed)
    beads = [(l.left, l.right) for l in pair.alignment]
    assert beads[:10] == [((i,), (i,)) for i in range(10)]
    assert beads[10:] == [((), (10,))]
    check_monotone(pair.alignment.links, 10, 11)


def test_seed_links_carry_sentence_links_inside(dutch_seed, english_seed):
    pair = load_pair(dutch_seed, english_seed)
    link = pair.alignment[1]
    assert link.sentences, "paragraph links hold sentence links"
    left_ids = [i for s in link.sentences for i in s.left]
    assert left_ids == list(pair.left.blocks[1].sentence_ids)
