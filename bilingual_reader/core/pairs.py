"""Which two files to open: two paths, a folder holding a pair, or the bundled seeds."""

from __future__ import annotations

from pathlib import Path
from typing import Sequence

from .decoding import LoadError
from .loading import document_suffixes

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"


def documents_in(folder: Path) -> list[Path]:
    """The readable documents directly inside a folder, sorted by name."""
    suffixes = document_suffixes()
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.suffix.lower() in suffixes and not p.name.startswith("."))


def pair_in_folder(folder: Path) -> tuple[Path, Path]:
    """The two documents of a folder that holds exactly two, in name order."""
    docs = documents_in(folder)
    if len(docs) != 2:
        raise LoadError(f"{folder} holds {len(docs)} documents; a pair folder holds exactly two")
    return docs[0], docs[1]


def resolve_pair(paths: Sequence[str]) -> tuple[Path, Path]:
    """The (left, right) files that the given command-line paths name."""
    if not paths:
        return pair_in_folder(SEEDS_DIR)
    resolved = [Path(p).expanduser() for p in paths]
    for p in resolved:
        if not p.exists():
            raise LoadError(f"{p} does not exist")
    if len(resolved) == 1:
        if resolved[0].is_dir():
            return pair_in_folder(resolved[0])
        raise LoadError(f"{resolved[0]} is one file; give two files or a folder holding a pair")
    if len(resolved) == 2:
        for p in resolved:
            if p.is_dir():
                raise LoadError(f"{p} is a folder; give two files or one folder")
        return resolved[0], resolved[1]
    raise LoadError(f"{len(resolved)} paths given; give two files or one folder")
