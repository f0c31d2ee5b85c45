"""What a word of one language may be translated by in another, from FreeDict's dictionaries.

The aligner learns translations from the texts themselves, but only for words that come back
often enough in its first links; a dictionary also knows the rarer ones ('maid'/'criada',
'tears'/'larmes'). The tables are FreeDict's (freedict.org) turned into the aligner's keys by
``packaging/build_dictionaries.py`` and shipped with the reader, so nothing is downloaded.
"""

from __future__ import annotations

import gzip
import zlib
from functools import lru_cache
from pathlib import Path

from .align_features import MIN_WORD, PREFIX

# The first word of a table's header: a table in another format, or made with other key
# rules, would match the wrong keys, so it is not used.
FORMAT = "bilingual-reader-keys-1"
OUT_DIR = Path(__file__).with_name("dictionary_tables")
_HEADER = f"# {FORMAT} prefix={PREFIX} min_word={MIN_WORD} "


def translations(left_lang: str | None, right_lang: str | None) -> dict[str, frozenset[str]]:
    """For each key of the left language, the keys of the right language it may be translated
    by; empty where no table covers the pair."""
    left, right = _code(left_lang), _code(right_lang)
    if not left or not right or left == right:
        return {}
    return _table(left, right)


def _code(lang: str | None) -> str:
    """A language code as the tables name it ('en' for 'en-GB', 'no' for Bokmål)."""
    code = (lang or "").split("-")[0].lower()
    return "no" if code in ("nb", "nn") else code


@lru_cache(maxsize=8)
def _table(left: str, right: str) -> dict[str, frozenset[str]]:
    """The left -> right table, read once per process (turned round from right -> left where
    only that one is shipped)."""
    forward = _read(OUT_DIR / f"{left}-{right}.tsv.gz")
    if forward is not None:
        return forward
    backward = _read(OUT_DIR / f"{right}-{left}.tsv.gz")
    if not backward:
        return {}
    turned: dict[str, set[str]] = {}
    for key, targets in backward.items():
        for target in targets:
            turned.setdefault(target, set()).add(key)
    return {key: frozenset(keys) for key, keys in turned.items()}


def _read(path: Path) -> dict[str, frozenset[str]] | None:
    """A table file's key -> keys, None when it is missing, damaged or made for other key rules."""
    try:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            text = handle.read()
    except (OSError, EOFError, zlib.error, UnicodeDecodeError):
        return None
    lines = text.splitlines()
    if not lines or not lines[0].startswith(_HEADER):
        return None
    table = {}
    for line in lines[1:]:
        key, _, targets = line.partition("\t")
        if key and targets:
            table[key] = frozenset(targets.split())
    return table
