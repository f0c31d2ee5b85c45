"""The whole path from two files to an aligned pair, in stages a worker can report and cancel."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from .alignment import Alignment
from .decoding import LoadError
from .document import Document
from .language import LanguageGuess, detect_document_language
from .loading import load_document


class Cancelled(Exception):
    """The user cancelled the work before it finished."""


@dataclass(frozen=True)
class AlignedPair:
    """Two documents, their languages, and the alignment between their blocks."""

    left: Document
    right: Document
    left_language: LanguageGuess
    right_language: LanguageGuess
    alignment: Alignment
    # the swapped pair, once made (see swapped); a list, as the dataclass is frozen
    _swapped: list = field(default_factory=list, init=False, compare=False, repr=False)

    def swapped(self, like: "AlignedPair | None" = None) -> "AlignedPair":
        """The same pair with left and right exchanged (made once: a book's takes 40-60 ms, so the
        worker makes it before the reader asks, and swapping back gives this pair again).

        ``like``, the pair before a correction, lends the swapped links the two share, if its own
        swapped pair is made.
        """
        from .alignment import swapped

        if not self._swapped:
            known = (like.alignment, like._swapped[0].alignment) if like is not None and like._swapped else None
            other = AlignedPair(self.right, self.left, self.right_language, self.left_language,
                                swapped(self.alignment, known))
            other._swapped.append(self)
            self._swapped.append(other)
        return self._swapped[0]

    @property
    def swapped_made(self) -> bool:
        """Whether the swapped pair is made already."""
        return bool(self._swapped)

    def to_json(self) -> dict:
        """A JSON-ready description: languages, units' text, and each link with its score."""
        def side(doc: Document, lang: LanguageGuess) -> dict:
            return {"path": doc.path, "title": doc.title, "language": lang.code,
                    "language_probability": round(lang.probability, 4),
                    "units": [{"id": b.index, "kind": b.kind.value, "text": b.text} for b in doc.blocks]}

        return {
            "left": side(self.left, self.left_language),
            "right": side(self.right, self.right_language),
            "links": [{"left": list(l.left), "right": list(l.right), "kind": l.kind,
                       "score": round(l.score, 4), "confirmed": l.confirmed,
                       "sentences": [{"left": list(s.left), "right": list(s.right),
                                      "score": round(s.score, 4)} for s in l.sentences]}
                      for l in self.alignment],
        }


Progress = Callable[[str, float], None]


def _no_progress(stage: str, fraction: float) -> None:
    """Progress callback that does nothing."""


def detect_and_align(left: Document, right: Document, *, progress: Progress = _no_progress,
                     cancelled: Callable[[], bool] = lambda: False) -> AlignedPair:
    """Detect both documents' languages and align them."""
    from .align import align

    progress("Detecting languages", 0.1)
    left_language = detect_document_language(left.texts)
    right_language = detect_document_language(right.texts)
    if cancelled():
        raise Cancelled()
    progress("Aligning paragraphs", 0.3)
    alignment = align(left, right, left_lang=left_language.code, right_lang=right_language.code)
    if cancelled():
        raise Cancelled()
    progress("Done", 1.0)
    return AlignedPair(left, right, left_language, right_language, alignment)


def load_pair(left_path: str | Path, right_path: str | Path, *, units: str = "paragraphs",
              progress: Progress = _no_progress) -> AlignedPair:
    """Load two files and align them."""
    progress("Loading", 0.0)
    left = load_document(left_path, units=units)
    right = load_document(right_path, units=units)
    return detect_and_align(left, right, progress=progress)


def load_pair_from_paths(paths: Sequence[str], *, units: str = "paragraphs") -> AlignedPair:
    """An aligned pair from command-line paths: two files, a pair folder, or one bitext."""
    if len(paths) == 1 and Path(paths[0]).is_file():
        return load_bitext_pair(paths[0])
    from .pairs import resolve_pair

    left, right = resolve_pair(paths)
    return load_pair(left, right, units=units)


def load_bitext_pair(path: str) -> AlignedPair:
    """A pair whose alignment comes with it (TMX, TSV, beads)."""
    try:
        from .formats.bitext import is_bitext, load_bitext
    except ImportError:
        raise LoadError(f"{path} is one file; give two files or a folder holding a pair") from None
    if not is_bitext(path):
        raise LoadError(f"{path} is one file and not an aligned bitext; give two files or a folder")
    left, right, alignment = load_bitext(path)
    return AlignedPair(left, right, detect_document_language(left.texts),
                       detect_document_language(right.texts), alignment)
