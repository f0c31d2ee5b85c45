"""The plain records the store hands out."""

from __future__ import annotations

from dataclasses import dataclass

from .alignment import Link


@dataclass(frozen=True)
class Pair:
    """Two files that are versions of one text, as the library knows them."""

    id: int
    left_path: str
    right_path: str
    left_language: str = ""
    right_language: str = ""
    left_title: str = ""
    right_title: str = ""
    content_key: str | None = None


@dataclass(frozen=True)
class ReadingPosition:
    """Where the reader was: a link and how far into it (0..1), out of ``link_count`` links."""

    link: int
    fraction: float
    link_count: int = 0

    @property
    def progress(self) -> float | None:
        """The share of the pair read so far, or None when the number of links is unknown."""
        if self.link_count <= 0:
            return None
        return min(1.0, (self.link + self.fraction) / self.link_count)


@dataclass(frozen=True)
class Bookmark:
    """A mark on one link of a pair, with the user's note (may be empty)."""

    id: int
    pair_id: int
    link: int
    note: str
    created: float


@dataclass(frozen=True)
class SearchHit:
    """A link pair that matches a search, with the matching part of each side."""

    pair_id: int
    link: int
    left_snippet: str
    right_snippet: str


@dataclass(frozen=True)
class StoredCorrections:
    """Confirmed links that still fit the texts (ids as they are now), and those that no longer do."""

    links: tuple[Link, ...]
    dropped: tuple[Link, ...]
