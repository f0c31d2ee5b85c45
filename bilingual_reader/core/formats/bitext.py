"""Aligned bitexts (TMX, two-column TSV, two line files with Vecalign beads) opened as a pair."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..alignment import Alignment, Link, check_monotone
from ..decoding import LoadError, decode_bytes
from ..document import BlockKind, Document
from ..loading import read_bytes
from ..segment import RawBlock, build_document

BITEXT_SUFFIXES = (".tmx", ".tsv", ".beads")


@dataclass(frozen=True)
class Bitext:
    """Both sides of a bitext, its alignment as given (every link confirmed), and its languages if known."""

    left: Document
    right: Document
    alignment: Alignment
    left_lang: str | None = None
    right_lang: str | None = None


def is_bitext(path: str | os.PathLike) -> bool:
    """True for a file this module reads as an aligned pair (by its suffix)."""
    return Path(path).suffix.lower() in BITEXT_SUFFIXES


def load_bitext(path: str | os.PathLike, **options) -> tuple[Document, Document, Alignment]:
    """The left and right Documents of a bitext and its alignment; see read_bitext for options."""
    bitext = read_bitext(path, **options)
    return bitext.left, bitext.right, bitext.alignment


def read_bitext(path: str | os.PathLike, *, left_lang: str | None = None, right_lang: str | None = None,
                left_path: str | os.PathLike | None = None,
                right_path: str | os.PathLike | None = None) -> Bitext:
    """Read a TMX (choosing two languages), TSV, or beads file (with its two line files)."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix == ".tmx":
        from .tmx import read_tmx

        tmx = read_tmx(read_bytes(p), p.name, left_lang, right_lang)
        return _bitext(p, "tmx", tmx.left, tmx.right, tmx.links, (tmx.left_lang, tmx.right_lang))
    if suffix == ".tsv":
        from .tsv import read_tsv

        left, right, links = read_tsv(read_bytes(p), p.name)
        return _bitext(p, "tsv", left, right, links, (left_lang, right_lang))
    if suffix == ".beads":
        return _read_beads(p, left_path, right_path, left_lang, right_lang)
    raise LoadError(f"{p.name} is not an aligned bitext (expected {', '.join(BITEXT_SUFFIXES)})")


def _bitext(path: Path, fmt: str, left: list[RawBlock], right: list[RawBlock], links: list[Link],
            langs: tuple[str | None, str | None], paths: tuple[Path, Path] | None = None) -> Bitext:
    """A Bitext from both sides' blocks and the links between them."""
    docs = []
    for side, blocks, lang, own in zip(("left", "right"), (left, right), langs, paths or (None, None)):
        label = own.stem if own else f"{path.stem} ({lang or side})"
        docs.append(build_document(blocks, title=label, path=str(own or path),
                                   format="txt" if own else fmt, lang=lang))
    return Bitext(docs[0], docs[1], Alignment(tuple(links), len(left), len(right)), *langs)


def _line_units(path: Path) -> list[RawBlock]:
    """Every line of a file as one unit, blank lines too, so that bead ids count lines."""
    text = decode_bytes(read_bytes(path), path.name).text.lstrip("\ufeff")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the final line break ends the last line, it starts no new one
    return [RawBlock(BlockKind.PARAGRAPH, ln.strip()) if ln.strip() else RawBlock(BlockKind.SEPARATOR, "")
            for ln in lines]


def beads_partners(beads: Path) -> tuple[Path, Path]:
    """The two line files of a beads file: `name.nl-en.beads` -> name.nl[.txt], name.en[.txt];
    else the only two files named `name.*` beside it, in name order."""
    stem = beads.name[: -len(beads.suffix)]
    base, _, pair = stem.rpartition(".")
    if base and pair.count("-") == 1:
        found = [_sibling(beads.parent, base, lang) for lang in pair.split("-")]
        if all(found):
            return found[0], found[1]
    siblings = sorted(f for f in beads.parent.glob(f"{stem}.*") if f != beads and f.is_file())
    if len(siblings) != 2:
        raise LoadError(f"{beads.name}: cannot tell which two files it aligns; name it like "
                        f"story.nl-en.beads beside story.nl.txt and story.en.txt")
    return siblings[0], siblings[1]


def _sibling(folder: Path, base: str, lang: str) -> Path | None:
    """`base.lang.txt` or `base.lang` in a folder, whichever exists."""
    for candidate in (folder / f"{base}.{lang}.txt", folder / f"{base}.{lang}"):
        if candidate.is_file():
            return candidate
    return None


def _read_beads(path: Path, left_path, right_path, left_lang, right_lang) -> Bitext:
    """Two one-unit-per-line files aligned by a Vecalign beads file."""
    from .beads import parse_beads

    if (left_path is None) != (right_path is None):
        raise LoadError("give both line files of the beads file, or neither")
    left_file, right_file = (Path(left_path), Path(right_path)) if left_path else beads_partners(path)
    left, right = _line_units(left_file), _line_units(right_file)
    links = [Link(l, r, 1.0, confirmed=True) for l, r in parse_beads(read_bytes(path), path.name)]
    try:
        check_monotone(links, len(left), len(right))
    except ValueError as exc:
        raise LoadError(f"{path.name} does not fit {left_file.name} and {right_file.name}: {exc}") from None
    return _bitext(path, "beads", left, right, links, (left_lang, right_lang), (left_file, right_file))
