"""The benchmark's inputs: a book-length pair on a fresh clone, and evaldata sets joined in order."""

import importlib.util
import json
import sys
from pathlib import Path

from bilingual_reader.core.loading import load_document

REPO = Path(__file__).resolve().parents[2]


def _bench():
    """benchmarks/run.py as a module (benchmarks/ is not a package)."""
    spec = importlib.util.spec_from_file_location("bench_run", REPO / "benchmarks" / "run.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


def test_book_from_seeds_has_5000_paragraphs_and_1_mb_per_side(tmp_path):
    bench = _bench()
    book = bench.build_book(tmp_path, evaldata=None)
    for path in (book.left_path, book.right_path):
        assert Path(path).stat().st_size >= 1_000_000
        assert len(load_document(path).blocks) >= 5_000
    # Numbered chapters keep the repetitions apart.
    assert "Chapter 7\n" in Path(book.right_path).read_text(encoding="utf-8")


def _write_set(root: Path, name: str, en: list[str], fr: list[str], gold: str) -> None:
    folder = root / "paragraphs" / name
    folder.mkdir(parents=True)
    (folder / "en.txt").write_text("\n".join(en) + "\n", encoding="utf-8")
    (folder / "fr.txt").write_text("\n".join(fr) + "\n", encoding="utf-8")
    (folder / "gold.txt").write_text(gold, encoding="utf-8")
    (folder / "meta.json").write_text(json.dumps({"src": "en", "tgt": "fr"}), encoding="utf-8")


def test_sets_are_joined_in_order_with_their_gold_shifted(tmp_path):
    bench = _bench()
    _write_set(tmp_path, "a", ["A one.", "A two."], ["A un.", "A deux."], "[0]:[0]\n[1]:[1]\n")
    _write_set(tmp_path, "b", ["B one.", "B two.", "B three."], ["B un et deux.", "B trois."],
               "[0, 1]:[0]\n[2]:[1]\n")
    units = bench.build_units(tmp_path, count=7)
    assert units.left == ["A one.", "A two.", "B one.", "B two.", "B three.", "A one.", "A two."]
    assert units.right[:5] == ["A un.", "A deux.", "B un et deux.", "B trois.", "A un."]
    # The cut at 7 units keeps only beads wholly inside it, with each copy's offsets.
    assert units.gold == [((0,), (0,)), ((1,), (1,)), ((2, 3), (2,)), ((4,), (3,)), ((5,), (4,)), ((6,), (5,))]
    assert [(units.left[a[0]][0], units.right[b[0]][0]) for a, b in units.gold] == [(x, x) for x in "AABBAA"]


def _quality():
    """benchmarks/alignment_quality.py as a module."""
    spec = importlib.util.spec_from_file_location("bench_quality", REPO / "benchmarks" / "alignment_quality.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_quality_benchmark_scores_the_align_commands_beads_on_any_such_folder(tmp_path, capsys):
    english = ["The council met on 12 March 2024 in Amsterdam.", "It discussed the budget for 2025.",
               "Mr Jansen said: the new bridge will cost 40 million euros.", "The vote is next week."]
    dutch = ["De raad kwam op 12 maart 2024 bijeen in Amsterdam.", "Hij besprak de begroting voor 2025.",
             "Dhr. Jansen zei: de nieuwe brug gaat 40 miljoen euro kosten.", "De stemming is volgende week."]
    folder = tmp_path / "sentences" / "tiny-council"
    folder.mkdir(parents=True)
    (folder / "en.txt").write_text("\n".join(english) + "\n", encoding="utf-8")
    (folder / "nl.txt").write_text("\n".join(dutch) + "\n", encoding="utf-8")
    (folder / "gold.txt").write_text("".join(f"[{k}]:[{k}]\n" for k in range(4)), encoding="utf-8")
    (folder / "meta.json").write_text(json.dumps({"src": "en", "tgt": "nl", "level": "sentences"}))
    out = tmp_path / "pooled.json"
    assert _quality().main([str(tmp_path), "--no-galechurch", "--json", str(out)]) == 0
    assert "sentences/tiny-council" in capsys.readouterr().out
    pooled = json.loads(out.read_text())["sentences/tiny"]["ours"]
    assert pooled["strict_f1"] == 1.0
