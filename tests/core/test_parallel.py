"""Work split between this process and a forked child gives what one process gives."""

import marshal
import os
import random
from fractions import Fraction

import pytest

from bilingual_reader.core import parallel
from bilingual_reader.core.align import align_units

needs_fork = pytest.mark.skipif(not parallel.available(), reason="no second core or no fork here")


@pytest.fixture
def forks(monkeypatch):
    """The number of children started, counted as they start."""
    started = []
    real = parallel._start

    def counting(work):
        started.append(work)
        return real(work)

    monkeypatch.setattr(parallel, "_start", counting)
    return started


@needs_fork
def test_both_returns_the_child_result_in_order(forks):
    parent = os.getpid()
    assert parallel.both(lambda: ("here", os.getpid()), lambda: ("there", os.getpid() != parent)) \
        == (("here", parent), ("there", True))
    assert len(forks) == 1


@needs_fork
def test_a_result_marshal_cannot_carry_comes_back_pickled(forks):
    assert parallel.both(lambda: 1, lambda: [Fraction(1, 3)]) == (1, [Fraction(1, 3)])
    assert len(forks) == 1


@needs_fork
def test_work_that_fails_in_the_child_is_done_here(forks):
    parent = os.getpid()

    def only_here() -> str:
        if os.getpid() != parent:
            raise RuntimeError("fails in the child")
        return "done"

    assert parallel.both(lambda: 0, only_here) == (0, "done")
    assert len(forks) == 1


def test_an_error_of_the_work_itself_reaches_the_caller():
    with pytest.raises(ZeroDivisionError):
        parallel.both(lambda: 0, lambda: 1 // 0)


def test_map_halves_keeps_order_and_every_item():
    items = list(range(101))
    assert parallel.map_halves(lambda x: x * x, items) == [x * x for x in items]


def test_one_job_set_in_the_environment_forks_nothing(monkeypatch, forks):
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "1")
    assert not parallel.available()
    assert parallel.both(lambda: 1, lambda: 2) == (1, 2)
    assert forks == []


def _synthetic_pair(seed: int, paragraphs: int) -> tuple[list[str], list[str]]:
    """A text and a 'translation' of it: a word-for-word cipher, names and numbers kept, some
    paragraphs split, joined or left out, so the path is not a plain diagonal."""
    rnd = random.Random(seed)
    vocabulary = ["".join(rnd.choice("aeioulmnrstkdpgv") for _ in range(rnd.randint(2, 9))) for _ in range(900)]
    cipher = {w: "".join(rnd.choice("aeiouybcfhjqwxz") for _ in range(max(2, int(len(w) * 1.2)))) for w in vocabulary}
    names = ["Anna", "Berlin", "Casimir", "Dover", "Elsa", "Fjord", "Gent", "Hugo"]

    def sentence() -> list[str]:
        words = [rnd.choice(vocabulary) for _ in range(rnd.randint(4, 18))]
        if rnd.random() < 0.3:
            words.insert(rnd.randrange(len(words)), rnd.choice(names))
        if rnd.random() < 0.2:
            words.append(str(rnd.randint(2, 2000)))
        return words

    left, right = [], []
    for _ in range(paragraphs):
        text = [sentence() for _ in range(rnd.randint(1, 4))]
        lpar = " ".join(" ".join(s).capitalize() + "." for s in text)
        rpar = " ".join(" ".join(cipher.get(w, w) for w in s).capitalize() + "." for s in text)
        roll = rnd.random()
        left.append(lpar)
        if roll < 0.03:
            continue  # left out of the translation
        if roll < 0.06 and " " in rpar:
            cut = rpar.index(". ") + 2 if ". " in rpar else len(rpar) // 2
            right += [rpar[:cut].strip(), rpar[cut:].strip()]
        elif roll < 0.09 and right:
            right[-1] += " " + rpar
        else:
            right.append(rpar)
    return left, right


@needs_fork
def test_a_long_pair_aligns_the_same_in_two_processes_as_in_one(monkeypatch, forks):
    left, right = _synthetic_pair(7, 2300)
    together = align_units(left, right, left_lang="en", right_lang="fr")
    assert len(forks) >= 4  # the sides' keys, the path, the paragraph breaks, the link scores
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "1")
    alone = align_units(left, right, left_lang="en", right_lang="fr")
    assert [(x.left, x.right) for x in together] == [(x.left, x.right) for x in alone]
    assert [x.score for x in together] == pytest.approx([x.score for x in alone], abs=1e-9)


@needs_fork
def test_a_long_document_pair_gets_the_same_links_and_sentence_links_in_two_processes(tmp_path, monkeypatch, forks):
    from bilingual_reader.core.align import align
    from bilingual_reader.core.loading import load_document

    left, right = _synthetic_pair(11, 1500)
    (tmp_path / "a.txt").write_text("\n\n".join(left), encoding="utf-8")
    (tmp_path / "b.txt").write_text("\n\n".join(right), encoding="utf-8")
    ldoc, rdoc = load_document(tmp_path / "a.txt"), load_document(tmp_path / "b.txt")

    def flat(alignment):
        return [(x.left, x.right, round(x.score, 9), [(s.left, s.right, round(s.score, 9)) for s in x.sentences])
                for x in alignment.links]

    together = flat(align(ldoc, rdoc, left_lang="en", right_lang="fr"))
    assert len(forks) >= 2  # at least the sides' keys and the sentence links
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "1")
    assert together == flat(align(ldoc, rdoc, left_lang="en", right_lang="fr"))


def test_results_travel_in_pieces_and_come_back_whole():
    from bilingual_reader.core.parallel import _PIECE, _decode, _encode

    value = (list(range(3 * _PIECE + 7)), [frozenset({"a", "b"})] * (_PIECE + 1), "short", [Fraction(1, 2)] * 5)
    packed = marshal.loads(_encode(value))
    assert packed[0] == "tuple" and packed[1][0][0] == "pieces" and len(packed[1][0][1]) == 4
    assert _decode(_encode(value)) == value
    assert _decode(_encode([Fraction(1, 3)] * (2 * _PIECE))) == [Fraction(1, 3)] * (2 * _PIECE)


@needs_fork
def test_a_child_far_behind_is_stopped_and_its_work_done_here(forks):
    import time

    parent = os.getpid()

    def slow_in_the_child() -> str:
        if os.getpid() != parent:
            time.sleep(5)  # as a child starved of a core by other programs would be
        return "done"

    start = time.perf_counter()
    assert parallel.both(lambda: 0, slow_in_the_child) == (0, "done")
    assert time.perf_counter() - start < 2.0
    assert len(forks) == 1


def test_sets_of_strings_travel_as_joined_strings_and_come_back_equal():
    from bilingual_reader.core.parallel import _SEPARATOR, _blob, _unblob

    keys = [frozenset({"chat", "?", "1.5"}), frozenset(), frozenset({"hund"})]
    assert _blob(keys)[:1] == b"s"
    assert _unblob(_blob(keys)) == keys
    # a member holding the separator, or a set of other things, goes as it is
    odd = [frozenset({"a" + _SEPARATOR + "b", "c"}), frozenset({"d"})]
    assert _blob(odd)[:1] == b"m" and _unblob(_blob(odd)) == odd
    blank = [frozenset({""}), frozenset()]
    assert _blob(blank)[:1] == b"m" and _unblob(_blob(blank)) == blank
    numbers = [frozenset({1, 2}), frozenset({3})]
    assert _blob(numbers)[:1] == b"m" and _unblob(_blob(numbers)) == numbers


@needs_fork
def test_both_sides_does_the_larger_side_here_and_keeps_the_order(forks):
    parent = os.getpid()

    def side(name):
        return lambda: (name, os.getpid() == parent)

    assert parallel.both_sides(side("left"), side("right"), 10, 500) == (("left", False), ("right", True))
    assert parallel.both_sides(side("left"), side("right"), 500, 10) == (("left", True), ("right", False))
    assert len(forks) == 2


@pytest.mark.skipif(not parallel.can_fork(), reason="no fork here")
def test_in_child_works_in_another_process_and_hands_back_the_result(forks):
    parent = os.getpid()
    assert parallel.in_child(lambda: [Fraction(1, 3), os.getpid() != parent]) == (True, [Fraction(1, 3), True])
    assert len(forks) == 1


@pytest.mark.skipif(not parallel.can_fork(), reason="no fork here")
def test_in_child_stops_a_child_whose_work_is_no_longer_wanted(forks):
    import time

    start = time.perf_counter()
    assert parallel.in_child(lambda: time.sleep(30), cancelled=lambda: time.perf_counter() - start > 0.2) == (False, None)
    assert time.perf_counter() - start < 5


def test_in_child_works_here_where_forking_is_switched_off(monkeypatch, forks):
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "1")
    assert parallel.in_child(lambda: os.getpid()) == (True, os.getpid())
    assert forks == []
