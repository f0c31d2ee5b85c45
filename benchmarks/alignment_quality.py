"""Alignment quality on hand-aligned sets: strict and lax P/R/F1 per set and pooled per group.

Usage: python benchmarks/alignment_quality.py DIR [--only GROUP_OR_SET] [--no-galechurch]

DIR is laid out like ../shared/evaldata: <level>/<set>/{<src>.txt,<tgt>.txt,gold.txt,meta.json},
one unit per line (the `--units lines` semantics of `bilingual-reader align`). A set's group is
``<level>/<name before the first '-'>``. Beside ours, the `galechurch` package is scored when it
is installed.

The pooled rows end with the score AUC: how often a right link (a strict hit) scores above a wrong
one; 0.5 means the scores say nothing.

Ours is what `bilingual-reader align SRC TGT --units lines --format beads` prints: the files are
loaded as the command loads them, their languages detected (meta.json's are not used) and the
documents aligned, in this process. ``--units-api`` scores ``align_units`` on the raw lines with
meta.json's languages instead (the aligner alone).
"""

from __future__ import annotations

import argparse
import json
from bisect import bisect_left, bisect_right
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bilingual_reader.core.align import align_units  # noqa: E402
from bilingual_reader.core.metrics import Counts, parse_beads, score  # noqa: E402
from bilingual_reader.core.pipeline import load_pair  # noqa: E402


def read_lines(path: Path) -> list[str]:
    """Each line of a file is one unit (a final newline does not make an empty unit)."""
    text = path.read_text(encoding="utf-8")
    if text.endswith("\n"):
        text = text[:-1]
    return [line.rstrip("\r") for line in text.split("\n")] if text else []


def find_sets(root: Path) -> list[Path]:
    """Every directory under root holding a gold.txt and a meta.json, sorted."""
    return sorted(p.parent for p in root.rglob("gold.txt") if (p.parent / "meta.json").exists())


def group_of(set_dir: Path, meta: dict) -> str:
    """'<level>/<set name before the first dash>', e.g. 'sentences/parice'."""
    level = meta.get("level") or set_dir.parent.name
    return f"{level}/{set_dir.name.split('-')[0]}"


def ours(set_dir: Path, meta: dict, src: list[str], tgt: list[str]):
    """Our beads with their scores, as the align command gives them."""
    pair = load_pair(set_dir / f"{meta['src']}.txt", set_dir / f"{meta['tgt']}.txt", units="lines")
    return [(l.left, l.right, l.score) for l in pair.alignment]


def ours_units(set_dir: Path, meta: dict, src: list[str], tgt: list[str]):
    """Our aligner alone on the raw lines, with the languages of meta.json."""
    return [(l.left, l.right, l.score)
            for l in align_units(src, tgt, left_lang=meta["src"], right_lang=meta["tgt"])]


def score_auc(right: list[float], wrong: list[float]) -> float | None:
    """How often a right link scores above a wrong one (ties count half): 0.5 is no better than chance.

    >>> score_auc([0.9, 0.8], [0.1]), score_auc([0.5], [0.5]), score_auc([0.9], [])
    (1.0, 0.5, None)
    """
    if not right or not wrong:
        return None
    ordered = sorted(wrong)
    above = 0.0
    for value in right:
        below = bisect_left(ordered, value)
        ties = bisect_right(ordered, value) - below
        above += below + ties / 2
    return above / (len(right) * len(wrong))


def galechurch_beads(set_dir: Path, meta: dict, src: list[str], tgt: list[str]):
    """The galechurch package's beads."""
    import galechurch

    block = galechurch.align(src, tgt, max_block_size=max(50_000_000, (len(src) + 1) * (len(tgt) + 1)))
    return [(tuple(range(b.source_start, b.source_end)), tuple(range(b.target_start, b.target_end)))
            for b in block.beads]


def _galechurch_available() -> bool:
    """True when the optional galechurch package imports."""
    try:
        import galechurch  # noqa: F401
    except ImportError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    """Run every aligner over every set and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--only", help="run only sets whose group or name contains this")
    parser.add_argument("--no-galechurch", action="store_true")
    parser.add_argument("--units-api", action="store_true", help="score align_units on the raw lines instead")
    parser.add_argument("--json", type=Path, help="also write the pooled figures here")
    args = parser.parse_args(argv)

    aligners = {"ours": ours_units if args.units_api else ours}
    if not args.no_galechurch and _galechurch_available():
        aligners["galechurch"] = galechurch_beads
    sets = find_sets(args.dir)
    if not sets:
        print(f"no sets (gold.txt + meta.json) under {args.dir}", file=sys.stderr)
        return 2

    pooled: dict[tuple[str, str], Counts] = defaultdict(Counts)
    seconds: dict[tuple[str, str], float] = defaultdict(float)
    linked: dict[tuple[str, str], dict[bool, list[float]]] = defaultdict(lambda: {True: [], False: []})
    header = f"{'set':<52} {'aligner':<10} {'strict P/R/F1':>17} {'lax P/R/F1':>17} {'time':>7}"
    print(header)
    for set_dir in sets:
        meta = json.loads((set_dir / "meta.json").read_text(encoding="utf-8"))
        group = group_of(set_dir, meta)
        name = f"{set_dir.parent.name}/{set_dir.name}"
        if args.only and args.only not in group and args.only not in name:
            continue
        src = read_lines(set_dir / f"{meta['src']}.txt")
        tgt = read_lines(set_dir / f"{meta['tgt']}.txt")
        gold = parse_beads((set_dir / "gold.txt").read_text(encoding="utf-8"))
        for label, aligner in aligners.items():
            start = time.perf_counter()
            found = aligner(set_dir, meta, src, tgt)
            elapsed = time.perf_counter() - start
            predicted = [(bead[0], bead[1]) for bead in found]
            counts = score(gold, predicted)
            if found and len(found[0]) == 3:  # scored links: right and wrong ones apart
                golden = {(tuple(a), tuple(b)) for a, b in gold}
                for a, b, value in found:
                    if a and b:
                        linked[(group, label)][(tuple(a), tuple(b)) in golden].append(value)
            pooled[(group, label)] += counts
            seconds[(group, label)] += elapsed
            print(_row(name, label, counts, elapsed), flush=True)

    print("\npooled per group")
    print(header.replace("set ", "group"))
    summary = {}
    for (group, label), counts in sorted(pooled.items()):
        auc = score_auc(linked[(group, label)][True], linked[(group, label)][False])
        print(_row(group, label, counts, seconds[(group, label)])
              + (f"   score AUC {auc:.3f}" if auc is not None else ""))
        summary.setdefault(group, {})[label] = {**counts.scores(), "seconds": seconds[(group, label)],
                                                "score_auc": auc}
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2), encoding="utf-8")
    return 0


def _row(name: str, label: str, counts: Counts, elapsed: float) -> str:
    """One line of the table."""
    s = counts.scores()
    strict = f"{s['strict_p']:.3f}/{s['strict_r']:.3f}/{s['strict_f1']:.3f}"
    lax = f"{s['lax_p']:.3f}/{s['lax_r']:.3f}/{s['lax_f1']:.3f}"
    return f"{name:<52} {label:<10} {strict:>17} {lax:>17} {elapsed:>6.2f}s"


if __name__ == "__main__":
    sys.exit(main())
