"""Keys held as bit masks count exactly what sets of keys count."""

import random

from dataclasses import replace

from bilingual_reader.core.align_model import build_model, calibrate_lexical, coarsen, window
from bilingual_reader.core.align_lexicon import translated_counts


def _random_keys(rnd: random.Random, count: int, vocabulary: list[str]) -> list[frozenset[str]]:
    return [frozenset(rnd.sample(vocabulary, rnd.randint(0, 6))) for _ in range(count)]


def _model(seed: int = 3, n: int = 40, m: int = 37):
    rnd = random.Random(seed)
    left_words = [f"w{k}" for k in range(30)] + [str(k) for k in range(5)]
    right_words = [f"w{k}" for k in range(15, 45)] + [str(k) for k in range(3, 8)]
    left, right = _random_keys(rnd, n, left_words), _random_keys(rnd, m, right_words)
    texts_l = ["x" * rnd.randint(5, 80) for _ in range(n)]
    texts_r = ["y" * rnd.randint(5, 80) for _ in range(m)]
    return calibrate_lexical(build_model(texts_l, texts_r, left, right))


def test_unit_masks_meet_where_the_key_sets_meet():
    model = _model()
    lmasks, rmasks = model.masks()
    for a in range(model.n):
        for b in range(model.m):
            assert (lmasks[a] & rmasks[b]).bit_count() == len(model.left_keys[a] & model.right_keys[b])


def test_coarse_blocks_count_the_keys_of_their_units_pooled():
    model = _model()
    coarse = coarsen(model, 4)
    for block in range(coarse.n):
        pooled = frozenset().union(*model.left_keys[4 * block:4 * block + 4])
        assert coarse.left_count[block + 1] - coarse.left_count[block] == len(pooled)
    for a in range(coarse.n):
        for b in range(coarse.m):
            lpool = frozenset().union(*model.left_keys[4 * a:4 * a + 4])
            rpool = frozenset().union(*model.right_keys[4 * b:4 * b + 4])
            assert coarse.matches(a, b) == len(lpool & rpool)


def _with_translations(keys, table):
    """Each unit's keys and their translations, as sets."""
    return [k.union(*(table[x] for x in k if x in table)) for k in keys]


def test_masks_count_translations_as_keys_of_the_unit_and_follow_windows():
    model = _model()
    model.masks()  # made for the keys alone...
    table = {"w0": {"w40"}, "w1": {"w41", "w42"}, "w2": {"w16"}, "w3": {"w3", "w17"}, "w44": {"w18"}}
    learned = replace(model, translations=table)
    lmasks, rmasks = learned.masks()  # ...and made again with the translations
    expanded = _with_translations(model.left_keys, table)
    meets = [(lmasks[a] & rmasks[b]).bit_count() for a in range(learned.n) for b in range(learned.m)]
    assert meets == [len(expanded[a] & model.right_keys[b]) for a in range(learned.n) for b in range(learned.m)]
    assert meets != [len(model.left_keys[a] & model.right_keys[b]) for a in range(model.n) for b in range(model.m)]
    part = window(learned, 5, 20, 7, 30)
    for a in range(part.n):
        for b in range(part.m):
            assert part.matches(a, b) == len(expanded[a + 5] & model.right_keys[b + 7])
    fewer = learned.with_fewer_translations({"w1": {"w41", "w42"}})
    lmasks, _ = fewer.masks()
    expanded = _with_translations(model.left_keys, {"w1": {"w41", "w42"}})
    for a in range(fewer.n):
        for b in range(fewer.m):
            assert (lmasks[a] & rmasks[b]).bit_count() == len(expanded[a] & model.right_keys[b])


def test_translated_counts_are_the_sizes_of_the_units_with_their_translations():
    model = _model()
    table = {"w0": {"w40", "w0"}, "w1": {"w41", "w42"}, "w2": {"w16", "w41"}}
    counts = translated_counts(model.left_keys, table)
    assert counts == [len(k) for k in _with_translations(model.left_keys, table)]
    assert counts != [len(k) for k in model.left_keys]


def test_the_one_to_one_cost_is_the_pair_cost_of_a_1_1_link_to_the_last_bit():
    model = _model(seed=5)
    # separators ('* * *', no letters) on both sides, and numbers on some units (the _model keys hold digits)
    words = list(model.left_words)
    words[3] = words[11] = False
    model = replace(model, left_words=words, right_words=[w if k % 9 else False for k, w in enumerate(model.right_words)])
    cost = model.cost_function()
    values = [(cost.one(i, j), cost.pair(i, j, 1, 1)) for i in range(1, model.n + 1) for j in range(1, model.m + 1)]
    assert all(a == b for a, b in values)
    assert len({b for _, b in values}) > 100  # the costs differ from pair to pair: a real comparison


def test_a_translation_that_is_a_number_is_no_number_of_the_sentence():
    # a first pass can learn a word's "translation" that is a number ('mann' seen beside '20'
    # in a few links): the sentence matches a '20' through it, but has no number of its own to miss
    from bilingual_reader.core.align import sentence_model
    from bilingual_reader.core.align_features import unit_keys

    left = ["In this manner they walked on.", "Then 20 men came down the road."]
    right = ["Ils marchèrent ainsi.", "Puis 20 hommes descendirent la route."]
    keys = unit_keys(left)
    assert "mann" in keys[0]
    paragraphs = replace(_model(), translations={"mann": {"20", "mani"}})
    model = sentence_model(left, right, paragraphs, keys, unit_keys(right))
    lnumbers, rnumbers = model.numbers()
    assert lnumbers[0] == frozenset() and "20" in lnumbers[1] and "20" in rnumbers[1]
    lmasks, rmasks = model.masks()
    assert (lmasks[0] & rmasks[1]).bit_count() == 1  # through the translation, '20' is shared
