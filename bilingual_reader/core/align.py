"""Alignment of two documents: paragraphs first, then the sentences inside each linked group.

The method: a Gale-Church dynamic programme whose link costs add, to the shape prior and the
length model, the evidence of keys the two sides share (numbers, names, cognates, punctuation,
and translations learned from a first pass). Every parameter is estimated on the pair itself.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Sequence

from .align_dp import Bead, band_around, best_path, diagonal_band, touches_edge
from .align_features import unit_keys
from .align_lexicon import expand, learn_translations
from .align_model import (NULL_COST, PairModel, build_model, neighbourhood_match_rate, random_match_rate,
                          recalibrate, with_lexical)
from .alignment import Alignment, Link
from .document import Document

# Half-width of the band around the diagonal in the first pass; doubled while the best path
# runs along its edge.
_FIRST_BAND = 30
# Half-width of the band around the first pass's path in the second.
_SECOND_BAND = 8
# Below this many 1-1 links a learned translation table is mostly noise.
_MIN_LINKS_TO_LEARN = 30


def align_units(left: Sequence[str], right: Sequence[str], *, left_lang: str | None = None,
                right_lang: str | None = None) -> list[Link]:
    """Link two sequences of text units in order: every unit in exactly one link."""
    n, m = len(left), len(right)
    if n == 0 or m == 0:
        return [Link((i,), (), 0.0) for i in range(n)] + [Link((), (j,), 0.0) for j in range(m)]
    model = build_model(left, right, unit_keys(left), unit_keys(right))
    centre = [round(i * m / n) for i in range(n)]
    model = with_lexical(model, neighbourhood_match_rate(model, centre), random_match_rate(model))
    beads = _search(model, diagonal_band(n, m, _FIRST_BAND))
    model = recalibrate(model, beads)
    model = _with_learned_translations(model, beads)
    beads = _search(model, band_around(_path_points(beads), n, m, _SECOND_BAND))
    return _links(model, beads)


def _search(model: PairModel, band) -> list[Bead]:
    """The best path in the band, widening the band while the path runs along its edge."""
    n, m = model.n, model.m
    cost = model.cost_function()
    width = 0
    while True:
        beads = best_path(n, m, cost, band)
        if not touches_edge(beads, band, m) or width >= max(n, m):
            return beads
        width = max(_SECOND_BAND, width * 2)
        band = band_around(_path_points(beads), n, m, width)


def _path_points(beads: Sequence[Bead]) -> list[tuple[int, int]]:
    """The grid points a path passes through."""
    return [(0, 0)] + [(b, d) for _, b, _, d in beads]


def _with_learned_translations(model: PairModel, beads: Sequence[Bead]) -> PairModel:
    """The model with keys extended by translations learned from a first pass's 1-1 links."""
    ones = [(a, c) for a, b, c, d in beads if b - a == 1 and d - c == 1]
    if len(ones) < _MIN_LINKS_TO_LEARN:
        return model
    table = learn_translations([(model.left_keys[a], model.right_keys[c]) for a, c in ones])
    if not table:
        return model
    model = replace(model, left_keys=expand(model.left_keys, table))
    return recalibrate(model, beads)


def _links(model: PairModel, beads: Sequence[Bead]) -> list[Link]:
    """Links with scores: how much likelier the link is than leaving its units unlinked."""
    cost = model.cost_function()
    links = []
    for a, b, c, d in beads:
        di, dj = b - a, d - c
        if di == 0 or dj == 0:
            score = 0.0
        else:
            margin = (di + dj) * NULL_COST - cost(b, d, di, dj)
            score = 1.0 / (1.0 + math.exp(-margin / 2.0))
        links.append(Link(tuple(range(a, b)), tuple(range(c, d)), score))
    return links


def align(left: Document, right: Document, *, left_lang: str | None = None,
          right_lang: str | None = None) -> Alignment:
    """Align two documents' paragraphs, then the sentences inside each linked group."""
    links = align_units(left.texts, right.texts, left_lang=left_lang, right_lang=right_lang)
    if left.sentences and right.sentences:
        links = [with_sentences(link, left, right, left_lang, right_lang) for link in links]
    return Alignment(tuple(links), len(left.blocks), len(right.blocks))


def with_sentences(link: Link, left: Document, right: Document,
                    left_lang: str | None, right_lang: str | None) -> Link:
    """The link with its sentence-level links filled in (sentence ids are document indices)."""
    lids = [s for b in link.left for s in left.blocks[b].sentence_ids]
    rids = [s for b in link.right for s in right.blocks[b].sentence_ids]
    inner = align_units([left.sentences[s].text for s in lids], [right.sentences[s].text for s in rids],
                        left_lang=left_lang, right_lang=right_lang)
    sentences = tuple(Link(tuple(lids[i] for i in s.left), tuple(rids[j] for j in s.right), s.score)
                      for s in inner)
    return Link(link.left, link.right, link.score, link.confirmed, sentences)
