"""Build the aligner's word-translation tables from FreeDict's dictionaries (Debian packages).

    python packaging/build_dictionaries.py [--dictd DIR] [--download]

For each pair of languages in PAIRS it reads FreeDict's dictd files (``freedict-eng-fra.index``
and ``.dict.dz``, both directions where Debian has them), keeps the entries whose headword is one
word, turns both sides into the aligner's keys (``align_features.raw_keys``: accent-free, four
letters) and writes ``bilingual_reader/core/dictionaries/<a>-<b>.tsv.gz``: one line per key of
language a, then the keys of language b it translates to. ``--download`` fetches the packages
with ``apt-get download`` into a temporary folder first (no root needed); otherwise they are
read from ``--dictd`` (``/usr/share/dictd`` once the packages are installed).

The tables are committed: the reader must work offline, with no download. FreeDict's
dictionaries are under the GNU GPL (version 2 or later) or, those WikDict made from Wiktionary,
CC BY-SA; each table's first line names its sources and their licence.
"""

from __future__ import annotations

import argparse
import gzip
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bilingual_reader.core.align_features import MIN_WORD, PREFIX, raw_keys  # noqa: E402
from bilingual_reader.core.dictionaries import FORMAT, OUT_DIR  # noqa: E402

# Our language codes and FreeDict's.
CODES = {"en": "eng", "nl": "nld", "de": "deu", "fr": "fra", "es": "spa", "it": "ita", "pt": "por",
         "el": "ell", "is": "isl", "sv": "swe", "da": "dan", "pl": "pol", "ru": "rus", "fi": "fin"}
# The pairs shipped: English with each, and the pairs of the other western European languages
# that FreeDict has in at least one direction.
PAIRS = [("en", x) for x in ("nl", "de", "fr", "es", "it", "pt", "el", "is", "sv", "da", "pl", "ru", "fi")] + [
    ("de", "fr"), ("de", "nl"), ("de", "it"), ("de", "es"), ("de", "pt"), ("fr", "nl"), ("fr", "es"),
    ("fr", "it"), ("fr", "pt"), ("nl", "es"), ("nl", "it"), ("es", "it"), ("es", "pt"), ("it", "pt")]
# The most frequent words of each language, left out of its tables.
COMMON_WORDS = 100
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _number(text: str) -> int:
    """A dictd index's base-64 number."""
    value = 0
    for ch in text:
        value = value * 64 + _B64.index(ch)
    return value


def entries(dictd: Path, name: str):
    """(headword, [translations]) of one dictd dictionary; nothing when it is missing.

    An entry is its headword line, then lines of translations ('1. maison, logis') between
    lines that explain the sense in the headword's language (WikDict's); only the translations
    are kept."""
    index, data = dictd / f"{name}.index", dictd / f"{name}.dict.dz"
    if not index.exists() or not data.exists():
        return
    raw = gzip.open(data).read()
    for line in index.read_text(encoding="utf-8").splitlines():
        head, offset, length = line.split("\t")[:3]
        if head.startswith("00"):
            continue
        start = _number(offset)
        lines = raw[start:start + _number(length)].decode("utf-8", "replace").split("\n")[1:]
        translations: list[str] = []
        first = True
        for text in lines:
            if not text.strip():
                continue
            numbered = re.match(r"\d+\.\s", text)
            if text[0].isspace() or not (first or numbered):
                first = False
                continue  # a sense's explanation, or a sense number with no translation
            first = False
            text = re.sub(r"^\d+\.\s*|\s\d+\.\s*$", "", text)
            text = re.sub(r"\(.*?\)|<.*?>|/.*?/|#", " ", text)
            translations += [t.strip() for t in re.split(r"[,;]", text) if t.strip()]
        yield head, translations


def common_keys(lang: str, count: int) -> set[str]:
    """The keys of a language's ``count`` most frequent words (wordfreq's lists; none without it).

    Function words ('that', 'dat', 'with', 'met') are in every text: as translations of each
    other they would make any two texts look alike."""
    try:
        from wordfreq import top_n_list
    except ImportError:
        print("wordfreq is not installed: tables keep function words", file=sys.stderr)
        return set()
    return {key for word in top_n_list(lang, count) for key in raw_keys(word)}


def key_table(pairs, left_common: set[str] = frozenset(), right_common: set[str] = frozenset()) -> dict[str, set[str]]:
    """For each key of a one-word headword, the keys of its translations (not itself), without
    the languages' most common keys."""
    table: dict[str, set[str]] = {}
    for left, right in pairs:
        lkeys = raw_keys(left)
        if len(lkeys) != 1:
            continue
        (key,) = lkeys
        if key[0].isdigit() or len(key) < MIN_WORD or key in left_common:
            continue
        targets = {k for k in raw_keys(right)
                   if k != key and not k[0].isdigit() and k not in '?!"•' and k not in right_common}
        if targets:
            table.setdefault(key, set()).update(targets)
    return table


def build(dictd: Path, a: str, b: str, common: int = COMMON_WORDS) -> tuple[dict[str, set[str]], list[str]]:
    """The a -> b key table from both directions' dictionaries, without each language's
    ``common`` most frequent words, and the dictionaries used."""
    fa, fb = CODES[a], CODES[b]
    pairs, used = [], []
    forward = list(entries(dictd, f"freedict-{fa}-{fb}"))
    backward = list(entries(dictd, f"freedict-{fb}-{fa}"))
    if forward:
        used.append(f"freedict-{fa}-{fb}")
        pairs += [(h, t) for h, ts in forward for t in ts]
    if backward:
        used.append(f"freedict-{fb}-{fa}")
        # a one-word translation is a headword the other way round
        pairs += [(t, h) for h, ts in backward for t in ts if len(raw_keys(h)) == 1]
    return key_table(pairs, common_keys(a, common), common_keys(b, common)), used


def _download(folder: Path) -> Path:
    """FreeDict's Debian packages for PAIRS, unpacked in ``folder``; its dictd folder."""
    wanted = {f"dict-freedict-{CODES[x]}-{CODES[y]}" for a, b in PAIRS for x, y in ((a, b), (b, a))}
    known = subprocess.run(["apt-cache", "pkgnames", "dict-freedict-"], capture_output=True, text=True).stdout.split()
    names = sorted(wanted & set(known))
    subprocess.run(["apt-get", "download", *names], cwd=folder, check=True, capture_output=True)
    for deb in folder.glob("*.deb"):
        subprocess.run(["dpkg-deb", "-x", str(deb), str(folder / "x")], check=True)
    return folder / "x" / "usr" / "share" / "dictd"


def write(table: dict[str, set[str]], used: list[str], path: Path) -> None:
    """One table as gzip'd lines 'key<TAB>key key ...', after a header naming its sources."""
    lines = [f"# {FORMAT} prefix={PREFIX} min_word={MIN_WORD} from {' '.join(used)} "
             f"(FreeDict, freedict.org: GNU GPL 2+, or CC BY-SA for WikDict's)"]
    lines += [f"{key}\t{' '.join(sorted(targets))}" for key, targets in sorted(table.items())]
    # mtime=0: the same dictionaries give the same bytes
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, compresslevel=9) as out:
        out.write(("\n".join(lines) + "\n").encode("utf-8"))


def main() -> int:
    """Build every table of PAIRS that FreeDict has a dictionary for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dictd", type=Path, default=Path("/usr/share/dictd"))
    parser.add_argument("--download", action="store_true")
    parser.add_argument("--common", type=int, default=COMMON_WORDS, help="leave out each language's N most frequent words")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        dictd = _download(Path(tmp)) if args.download else args.dictd
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        for a, b in PAIRS:
            table, used = build(dictd, a, b, args.common)
            if not table:
                print(f"{a}-{b}: no dictionary")
                continue
            path = OUT_DIR / f"{a}-{b}.tsv.gz"
            write(table, used, path)
            print(f"{a}-{b}: {len(table)} keys, {sum(map(len, table.values()))} translations, "
                  f"{path.stat().st_size // 1024} KB ({', '.join(used)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
