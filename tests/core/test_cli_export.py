"""`bilingual-reader export` writes every format and reflects the corrections made in the window."""

import pytest

from bilingual_reader.__main__ import main
from bilingual_reader.core.corrections import unlink
from bilingual_reader.core.paths import database_path
from bilingual_reader.core.pipeline import load_pair
from bilingual_reader.core.reopen import pair_key
from bilingual_reader.core.store import Store


@pytest.fixture
def empty_library():
    """No library database (the tests' data folder is a temporary one)."""
    if database_path().exists():
        database_path().unlink()
    yield
    if database_path().exists():
        database_path().unlink()


@pytest.mark.parametrize("fmt,marker", [("tmx", "<tmx"), ("tsv", "\t"), ("html", "<table"), ("beads", "]:[")])
def test_export_writes_each_format(empty_library, tmp_path, dutch_seed, english_seed, fmt, marker):
    out = tmp_path / f"pair.{fmt}"
    assert main(["export", str(dutch_seed), str(english_seed), "--format", fmt, "-o", str(out)]) == 0
    assert marker in out.read_text(encoding="utf-8")


def test_export_reflects_corrections_saved_by_the_window(empty_library, tmp_path, dutch_seed, english_seed):
    pair = load_pair(dutch_seed, english_seed)
    corrected = unlink(pair.alignment, 3)
    database_path().parent.mkdir(parents=True, exist_ok=True)
    with Store(database_path()) as store:
        store.save_corrections(pair_key(pair), corrected.links, pair.left.texts, pair.right.texts)
    out = tmp_path / "pair.beads"
    assert main(["export", str(dutch_seed), str(english_seed), "--format", "beads", "-o", str(out)]) == 0
    beads = out.read_text(encoding="utf-8").split()
    assert "[3]:[]" in beads and "[]:[3]" in beads


def test_export_to_an_unwritable_place_is_one_line(empty_library, capsys, dutch_seed, english_seed):
    code = main(["export", str(dutch_seed), str(english_seed), "--format", "tsv", "-o", "/nonexistent/dir/x.tsv"])
    err = capsys.readouterr().err
    assert code == 2 and "cannot write" in err and len(err.splitlines()) == 1
