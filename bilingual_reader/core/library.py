"""Finding pairs in the user's library folders by how translations are usually named and filed.

Three conventions are recognised, in this order:

- ``story.nl.md`` + ``story.en.md``: twins with a language code before the suffix;
- ``nl/story.txt`` + ``en/story.txt``: twins in folders named by language;
- a folder holding exactly two documents (like the bundled seeds), languages detected.

Every other document is listed as unpaired; aligned bitexts (.tmx, .tsv) are entries of their own.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from dataclasses import dataclass
from enum import Enum
from itertools import combinations
from pathlib import Path
from typing import Callable, Iterable

from .decoding import LoadError
from .formats import bitext
from .language import UNKNOWN
from .loading import document_suffixes
from .store import Store

DOCUMENT_SUFFIXES = document_suffixes()
BITEXT_SUFFIXES = frozenset(bitext.BITEXT_SUFFIXES)

# Two-letter ISO 639-1 codes with an optional region or script: nl, en, pt-BR, zh_TW, sr-Latn.
# Three-letter codes are left out on purpose: "old", "new" or "fin" in a name are words.
_LANGUAGE_CODE = re.compile(r"^([A-Za-z]{2})(?:[-_]([A-Za-z]{2}|[A-Za-z]{4}))?$")

Detect = Callable[[Path], str]


class PairRule(str, Enum):
    """Which convention made two files a pair."""

    SUFFIX = "name.<lang>.<ext>"
    FOLDER = "<lang>/name.<ext>"
    TWO_DOCUMENTS = "folder with two documents"


@dataclass(frozen=True)
class FoundPair:
    """Two files found to be versions of one text, with their languages ('unknown' if not known)."""

    left: Path
    right: Path
    left_language: str
    right_language: str
    name: str
    rule: PairRule


@dataclass(frozen=True)
class LibraryScan:
    """What the library folders hold: pairs, bitexts, documents that pair with nothing, and problems."""

    pairs: tuple[FoundPair, ...]
    bitexts: tuple[Path, ...]
    unpaired: tuple[Path, ...]
    problems: tuple[str, ...]


def language_code(token: str) -> str | None:
    """The language code a file or folder name part stands for, or None.

    >>> language_code("NL"), language_code("pt_br"), language_code("final")
    ('nl', 'pt-BR', None)
    """
    match = _LANGUAGE_CODE.match(token)
    if not match:
        return None
    primary, sub = match.group(1).lower(), match.group(2)
    if sub is None:
        return primary
    return f"{primary}-{sub.upper() if len(sub) == 2 else sub.title()}"


def scan_library(folders: Iterable[str | os.PathLike], detect: Detect | None = None) -> LibraryScan:
    """Walk ``folders`` (each file and folder once, even through symlinks) and find the pairs."""
    documents, bitexts, problems = _walk(folders)
    pairs: list[FoundPair] = []
    paired: set[Path] = set()
    for find in (_suffix_twins, _folder_twins):
        for pair in find([d for d in documents if d not in paired]):
            pairs.append(pair)
            paired.update((pair.left, pair.right))
    for pair in _two_document_folders(documents, paired, detect):
        pairs.append(pair)
        paired.update((pair.left, pair.right))
    unpaired = sorted((d for d in documents if d not in paired), key=str)
    pairs.sort(key=lambda p: (str(p.left), str(p.right)))
    return LibraryScan(tuple(pairs), tuple(sorted(bitexts, key=str)), tuple(unpaired), tuple(problems))


def _walk(folders: Iterable[str | os.PathLike]) -> tuple[list[Path], list[Path], list[str]]:
    """Documents and bitexts under the folders, sorted, and the folders that could not be read."""
    documents: list[Path] = []
    bitexts: list[Path] = []
    problems: list[str] = []
    seen_folders: set[str] = set()
    seen_files: set[str] = set()

    def report(error: OSError) -> None:
        problems.append(f"Cannot read {error.filename}: {error.strerror}")

    for root in folders:
        # Symlinked folders are followed (people link folders into their library), and every
        # folder is entered once by its real path, which also ends symlink loops.
        for folder, subfolders, files in os.walk(os.path.abspath(root), onerror=report, followlinks=True):
            real = os.path.realpath(folder)
            if real in seen_folders:
                subfolders[:] = []
                continue
            seen_folders.add(real)
            subfolders[:] = sorted(s for s in subfolders if not _is_hidden(s))
            for name in sorted(files):
                path = Path(folder, name)
                suffix = path.suffix.lower()
                if _is_hidden(name) or suffix not in DOCUMENT_SUFFIXES | BITEXT_SUFFIXES:
                    continue
                real_file = os.path.realpath(path)
                if real_file in seen_files:
                    continue
                seen_files.add(real_file)
                (bitexts if suffix in BITEXT_SUFFIXES else documents).append(path)
    return documents, bitexts, problems


def _is_hidden(name: str) -> bool:
    """Dot files and folders (.git, .venv) and office lock files (~$story.docx) are not reading matter."""
    return name.startswith((".", "~$"))


def _suffix_twins(documents: list[Path]) -> list[FoundPair]:
    """Pairs such as story.nl.md + story.en.md (same folder, name and suffix)."""
    groups: dict[tuple[Path, str, str], dict[str, Path]] = defaultdict(dict)
    for path in documents:
        base, _, token = path.stem.rpartition(".")
        language = language_code(token) if base else None
        if language:
            groups[(path.parent, base, path.suffix.lower())].setdefault(language, path)
    return [pair for (_, base, _), files in groups.items() for pair in _pairs_of(files, base, PairRule.SUFFIX)]


def _folder_twins(documents: list[Path]) -> list[FoundPair]:
    """Pairs such as nl/story.txt + en/story.txt (sibling folders named by language)."""
    groups: dict[tuple[Path, str], dict[str, Path]] = defaultdict(dict)
    for path in documents:
        language = language_code(path.parent.name)
        if language:
            groups[(path.parent.parent, path.name)].setdefault(language, path)
    return [pair for (_, name), files in groups.items()
            for pair in _pairs_of(files, Path(name).stem, PairRule.FOLDER)]


def _pairs_of(files: dict[str, Path], name: str, rule: PairRule) -> list[FoundPair]:
    """Every two languages of one text make a pair (a text in three languages gives three)."""
    ordered = sorted(files.items(), key=lambda item: str(item[1]))
    return [FoundPair(left, right, left_language, right_language, name, rule)
            for (left_language, left), (right_language, right) in combinations(ordered, 2)]


def _two_document_folders(documents: list[Path], paired: set[Path], detect: Detect | None) -> list[FoundPair]:
    """Pairs of the two documents of a folder that holds exactly two, in different languages."""
    by_folder: dict[Path, list[Path]] = defaultdict(list)
    for path in documents:
        by_folder[path.parent].append(path)
    pairs = []
    for folder, files in by_folder.items():
        # A folder named by a language holds texts in that one language, not a pair.
        if len(files) != 2 or any(f in paired for f in files) or language_code(folder.name):
            continue
        left, right = sorted(files, key=str)
        left_language, right_language = _language_of(left, detect), _language_of(right, detect)
        if left_language == right_language != UNKNOWN:
            continue  # Two texts in one language are not a translation pair.
        pairs.append(FoundPair(left, right, left_language, right_language, folder.name,
                               PairRule.TWO_DOCUMENTS))
    return pairs


def _language_of(path: Path, detect: Detect | None) -> str:
    """The language a name states (story.nl.txt), else what ``detect`` says, else 'unknown'."""
    _, _, token = path.stem.rpartition(".")
    stated = language_code(token) if "." in path.stem else None
    if stated:
        return stated
    if detect is None:
        return UNKNOWN
    try:
        return detect(path) or UNKNOWN
    except (OSError, ValueError, LoadError):
        # A file that cannot be read or judged still pairs; the reader reports it on opening.
        return UNKNOWN


def remember_pairs(store: Store, scan: LibraryScan) -> list[int]:
    """Save the scan's pairs in the store in one transaction; their ids, in the scan's order."""
    with store.batch():
        # Unknown languages are passed as empty so they do not overwrite what a detector found.
        return [store.save_pair(p.left, p.right,
                                left_language="" if p.left_language == UNKNOWN else p.left_language,
                                right_language="" if p.right_language == UNKNOWN else p.right_language)
                for p in scan.pairs]
