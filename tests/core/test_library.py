"""The library scan finds pairs by their names and folders, and lists what pairs with nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bilingual_reader.core.library import PairRule, language_code, remember_pairs, scan_library
from bilingual_reader.core.store import Store


def make(root: Path, *names: str) -> None:
    """Create small text files at these relative paths."""
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"text of {name}\n", encoding="utf-8")


def relative(root: Path, paths) -> list[str]:
    return [p.relative_to(root).as_posix() for p in paths]


def pairs_of(root: Path, scan) -> list[tuple[str, str, str, str]]:
    return [(p.left.relative_to(root).as_posix(), p.right.relative_to(root).as_posix(),
             p.left_language, p.right_language) for p in scan.pairs]


def test_language_suffix_twins_pair(tmp_path):
    make(tmp_path, "story.nl.md", "story.en.md", "essay.fr.txt", "essay.de.txt")
    scan = scan_library([tmp_path])
    assert pairs_of(tmp_path, scan) == [
        ("essay.de.txt", "essay.fr.txt", "de", "fr"),
        ("story.en.md", "story.nl.md", "en", "nl"),
    ]
    assert {p.rule for p in scan.pairs} == {PairRule.SUFFIX}
    assert [p.name for p in scan.pairs] == ["essay", "story"]
    assert scan.unpaired == ()


def test_language_folder_twins_pair_and_nest(tmp_path):
    make(tmp_path, "book/nl/ch1.txt", "book/en/ch1.txt", "book/nl/ch2.txt", "book/en/ch2.txt",
         "book/nl/only-dutch.txt")
    scan = scan_library([tmp_path])
    assert pairs_of(tmp_path, scan) == [
        ("book/en/ch1.txt", "book/nl/ch1.txt", "en", "nl"),
        ("book/en/ch2.txt", "book/nl/ch2.txt", "en", "nl"),
    ]
    assert {p.rule for p in scan.pairs} == {PairRule.FOLDER}
    assert relative(tmp_path, scan.unpaired) == ["book/nl/only-dutch.txt"]


def test_a_folder_of_two_documents_pairs_with_detected_languages(tmp_path):
    make(tmp_path, "seeds/000_a.txt", "seeds/001_b.txt")
    detected = {"000_a.txt": "nl", "001_b.txt": "en"}
    scan = scan_library([tmp_path], detect=lambda path: detected[path.name])
    assert pairs_of(tmp_path, scan) == [("seeds/000_a.txt", "seeds/001_b.txt", "nl", "en")]
    assert scan.pairs[0].rule is PairRule.TWO_DOCUMENTS


def test_without_a_detector_the_two_documents_pair_with_unknown_languages(tmp_path):
    make(tmp_path, "a.txt", "b.md")
    assert pairs_of(tmp_path, scan_library([tmp_path])) == [("a.txt", "b.md", "unknown", "unknown")]


def test_two_documents_in_one_language_are_not_a_pair(tmp_path):
    make(tmp_path, "notes/a.txt", "notes/b.txt")
    scan = scan_library([tmp_path], detect=lambda path: "en")
    assert scan.pairs == ()
    assert relative(tmp_path, scan.unpaired) == ["notes/a.txt", "notes/b.txt"]


def test_a_stated_language_is_used_instead_of_detection(tmp_path):
    make(tmp_path, "x/artikel.nl.txt", "x/article.txt")
    asked = []
    scan = scan_library([tmp_path], detect=lambda path: asked.append(path.name) or "en")
    assert pairs_of(tmp_path, scan) == [("x/article.txt", "x/artikel.nl.txt", "en", "nl")]
    assert asked == ["article.txt"]


def test_a_detector_that_fails_leaves_the_language_unknown(tmp_path):
    make(tmp_path, "a.txt", "b.txt")

    def detect(path: Path) -> str:
        raise OSError("unreadable")

    assert pairs_of(tmp_path, scan_library([tmp_path], detect=detect))[0][2:] == ("unknown", "unknown")


def test_twins_with_different_suffixes_pair_when_alone_in_their_folder(tmp_path):
    make(tmp_path, "story.nl.md", "story.en.txt")
    assert pairs_of(tmp_path, scan_library([tmp_path])) == [("story.en.txt", "story.nl.md", "en", "nl")]


def test_a_text_in_three_languages_offers_every_two(tmp_path):
    make(tmp_path, "tale.nl.txt", "tale.en.txt", "tale.de.txt")
    assert [(p.left_language, p.right_language) for p in scan_library([tmp_path]).pairs] == [
        ("de", "en"), ("de", "nl"), ("en", "nl")]


def test_lonely_documents_are_listed_unpaired_and_bitexts_on_their_own(tmp_path):
    make(tmp_path, "story.nl.md", "story.en.txt", "notes.txt", "a/one.txt", "b/two.html", "b/three.epub",
         "b/four.docx", "corpus.tmx", "c/lines.tsv", "c/readme.pdf")
    scan = scan_library([tmp_path])
    assert scan.pairs == ()  # different suffixes, and the folders hold one or three documents
    assert relative(tmp_path, scan.unpaired) == [
        "a/one.txt", "b/four.docx", "b/three.epub", "b/two.html", "notes.txt", "story.en.txt", "story.nl.md"]
    assert relative(tmp_path, scan.bitexts) == ["c/lines.tsv", "corpus.tmx"]


def test_hidden_folders_and_lock_files_are_skipped(tmp_path):
    make(tmp_path, ".git/x.nl.txt", ".git/x.en.txt", "~$draft.docx", ".notes.txt", "real.txt")
    scan = scan_library([tmp_path])
    assert scan.pairs == () and relative(tmp_path, scan.unpaired) == ["real.txt"]


def test_a_symlink_loop_is_walked_once(tmp_path):
    make(tmp_path, "lib/story.nl.txt", "lib/story.en.txt")
    os.symlink(tmp_path / "lib", tmp_path / "lib" / "again")
    os.symlink(tmp_path, tmp_path / "lib" / "up")
    scan = scan_library([tmp_path])
    assert len(scan.pairs) == 1 and scan.unpaired == ()


def test_a_symlinked_folder_is_followed(tmp_path):
    make(tmp_path, "elsewhere/story.nl.txt", "elsewhere/story.en.txt")
    (tmp_path / "lib").mkdir()
    os.symlink(tmp_path / "elsewhere", tmp_path / "lib" / "linked")
    scan = scan_library([tmp_path / "lib"])
    assert relative(tmp_path / "lib", [scan.pairs[0].left]) == ["linked/story.en.txt"]


def test_overlapping_folders_list_each_file_once(tmp_path):
    make(tmp_path, "a/story.nl.txt", "a/story.en.txt")
    scan = scan_library([tmp_path, tmp_path / "a", tmp_path])
    assert len(scan.pairs) == 1


def test_a_missing_folder_is_reported_not_raised(tmp_path):
    scan = scan_library([tmp_path / "gone"])
    assert scan.pairs == () and len(scan.problems) == 1 and "gone" in scan.problems[0]


def test_paths_are_absolute_whatever_the_caller_passed(tmp_path, monkeypatch):
    make(tmp_path, "story.nl.txt", "story.en.txt")
    monkeypatch.chdir(tmp_path)
    assert scan_library(["."]).pairs[0].left == tmp_path / "story.en.txt"


@pytest.mark.parametrize("token, code", [("nl", "nl"), ("EN", "en"), ("pt-br", "pt-BR"), ("zh_TW", "zh-TW"),
                                         ("sr-latn", "sr-Latn"), ("final", None), ("v2", None), ("old", None),
                                         ("", None)])
def test_language_codes_in_names(token, code):
    assert language_code(token) == code


def test_remembered_pairs_keep_their_ids_and_what_the_store_knows(tmp_path):
    make(tmp_path, "lib/story.nl.txt", "lib/story.en.txt", "lib/seeds/a.txt", "lib/seeds/b.txt")
    with Store(tmp_path / "library.sqlite") as store:
        detect = {"a.txt": "nl"}.get
        ids = remember_pairs(store, scan_library([tmp_path / "lib"], detect=lambda p: detect(p.name, "en")))
        store.save_position(ids[0], 3, 0.5)
        again = remember_pairs(store, scan_library([tmp_path / "lib"]))  # no detector this time
        assert again == ids
        assert [(p.left_language, p.right_language) for p in store.pairs()] == [("nl", "en"), ("en", "nl")]
        assert store.position(ids[0]).link == 3
