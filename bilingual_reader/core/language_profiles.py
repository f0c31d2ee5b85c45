"""langdetect's language profiles, read without building its whole probability table.

langdetect's ``load_profile`` turns 55 profiles into a table of 87,598 n-grams x 55 languages in
a Python loop (0.4 s, more than detecting a book's language). Reading the profiles is 0.07 s; a
row of the table is made when a text first asks for its n-gram, with the same arithmetic, so
detection gives the same probabilities.
"""

from __future__ import annotations

import json
import os
from typing import Iterator


class LazyWordProbabilities:
    """n-gram -> its probability in each language, in the order of ``languages``; rows made on demand."""

    def __init__(self, profiles: list[tuple[dict[str, int], list[int]]]) -> None:
        self._profiles = profiles
        # one profile at a time: the union of all 87,598 in one call held the interpreter lock
        # (and so the window's thread) for 15-20 ms
        self._words: set[str] = set()
        for freq, _ in profiles:
            self._words.update(freq)
        self._rows: dict[str, list[float]] = {}

    def __contains__(self, word: object) -> bool:
        return word in self._words

    def __getitem__(self, word: str) -> list[float]:
        row = self._rows.get(word)
        if row is None:
            if word not in self._words:
                raise KeyError(word)
            row = self._rows[word] = _row(word, self._profiles)
        return row

    def __len__(self) -> int:
        return len(self._words)

    def __iter__(self) -> Iterator[str]:
        return iter(self._words)


def _row(word: str, profiles: list[tuple[dict[str, int], list[int]]]) -> list[float]:
    """One n-gram's row, as langdetect's add_profile computes it (n-grams longer than 3 count 0)."""
    length = len(word)
    if not 1 <= length <= 3:
        return [0.0] * len(profiles)
    return [1.0 * freq[word] / n_words[length - 1] if word in freq else 0.0 for freq, n_words in profiles]


def load_profiles_lazily(factory, directory: str) -> None:
    """Give a langdetect DetectorFactory the profiles in ``directory``, as load_profile would
    (same languages in the same order), with the table's rows made on demand."""
    profiles, names = [], []
    # load_profile's order: the directory's listing order, hidden files and folders skipped
    for filename in os.listdir(directory):
        path = os.path.join(directory, filename)
        if filename.startswith(".") or not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as file:
            data = json.load(file)
        if data["name"] in names:
            raise ValueError(f"two profiles for {data['name']}")
        names.append(data["name"])
        profiles.append((data["freq"], data["n_words"]))
    if len(profiles) < 2:
        raise ValueError(f"no language profiles in {directory}")
    factory.langlist = names
    factory.word_lang_prob_map = LazyWordProbabilities(profiles)
