"""The units a text is made of: a Document holds Blocks (paragraphs, headings), which hold Sentences."""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple


class BlockKind(str, Enum):
    """What a block is on the page."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    # A line with no words in it (a stray dash, a row of asterisks): kept so nothing of the
    # text disappears, but never expected to have a counterpart.
    SEPARATOR = "separator"


# The three units are NamedTuples, not frozen dataclasses: importing dataclasses and making
# three of them cost ~7 ms of every start-up, and a NamedTuple is made faster too.
class Sentence(NamedTuple):
    """A sentence: its index in the document, its block, and where it stands in the block's text."""

    index: int
    block: int
    start: int
    end: int
    text: str


class Block(NamedTuple):
    """One paragraph, heading or separator, with its plain text and optional rendered HTML."""

    index: int
    kind: BlockKind
    text: str
    html: str | None = None
    level: int = 0
    sentence_ids: tuple[int, ...] = ()

    @property
    def is_heading(self) -> bool:
        """True for a heading."""
        return self.kind is BlockKind.HEADING


class Document(NamedTuple):
    """A loaded text: its blocks and sentences, where it came from and how it was decoded."""

    blocks: tuple[Block, ...]
    sentences: tuple[Sentence, ...] = ()
    title: str = ""
    path: str | None = None
    format: str = "txt"
    encoding: str = "utf-8"
    notices: tuple[str, ...] = ()

    @property
    def texts(self) -> list[str]:
        """The plain text of every block, in order."""
        return [b.text for b in self.blocks]

    def sentences_of(self, block_index: int) -> tuple[Sentence, ...]:
        """The sentences of one block."""
        return tuple(self.sentences[i] for i in self.blocks[block_index].sentence_ids)


def separators_only(link, left: Document | None, right: Document | None) -> bool:
    """True when every unit of a link (anything with .left and .right block indices) is a line
    with no words: alone on purpose, nothing in it to compare or to check."""
    for document, units in ((left, link.left), (right, link.right)):
        blocks = document.blocks if document is not None else ()
        if any(unit >= len(blocks) or blocks[unit].kind is not BlockKind.SEPARATOR for unit in units):
            return False
    return True
