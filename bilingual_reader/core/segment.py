"""Paragraphs, headings and sentences from plain text, and the Document built from them."""

from __future__ import annotations

import re
from typing import Iterable, NamedTuple, Sequence

from .document import Block, BlockKind, Document, Sentence
from .sentences import split_sentences

# A heading is a short line that does not end like a sentence.
_HEADING_MAX_CHARS = 80
_HEADING_MAX_WORDS = 12
_SENTENCE_END = ".!?…:;,\"'”’»)。！？，；：」』）"
_PARAGRAPH_END = ".!?…\"'”’»)。！？」』）"
_HAS_WORD = re.compile(r"\w", re.UNICODE)
_BLANK_LINE = re.compile(r"\n[ \t\f\v\u00a0]*\n")


class RawBlock(NamedTuple):  # a NamedTuple for the reason given in document
    """A block before it has an index: what a loader produces for the segmenter."""

    kind: BlockKind
    text: str
    html: str | None = None
    level: int = 0


def is_separator(line: str) -> bool:
    """True for a line with no letter or digit in it (a dash, a row of stars)."""
    return bool(line.strip()) and not _HAS_WORD.search(line)


def looks_like_heading(line: str) -> bool:
    """True for a short line that does not end like a sentence: a heading or a title."""
    line = line.strip()
    if not line or is_separator(line) or "\n" in line:
        return False
    if len(line) > _HEADING_MAX_CHARS or len(line.split()) > _HEADING_MAX_WORDS:
        return False
    return line[-1] not in _SENTENCE_END


def _classify(text: str) -> RawBlock:
    """A raw block for one paragraph-sized piece of text."""
    if is_separator(text):
        return RawBlock(BlockKind.SEPARATOR, text.strip())
    if looks_like_heading(text):
        return RawBlock(BlockKind.HEADING, text.strip(), level=2)
    return RawBlock(BlockKind.PARAGRAPH, text)


def _split_chunk(chunk: str) -> list[str]:
    """Split one blank-line-delimited chunk into paragraphs.

    Hard-wrapped lines are joined; a line stays a paragraph of its own when it is a heading
    or separator, or when the chunk is written one paragraph per line (every line but the
    last ends a sentence and the lines are not of a wrapped text's even width).
    """
    lines = [ln.strip() for ln in chunk.split("\n") if ln.strip()]
    if len(lines) <= 1:
        return lines
    one_per_line = _reads_one_paragraph_per_line(lines)
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        standalone = is_separator(line) or looks_like_heading(line)
        if standalone or one_per_line:
            if current:
                paragraphs.append(" ".join(current))
                current = []
            paragraphs.append(line)
        else:
            current.append(line)
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def _reads_one_paragraph_per_line(lines: Sequence[str]) -> bool:
    """True when lines look like whole paragraphs rather than a hard-wrapped paragraph."""
    body = [ln for ln in lines if not (is_separator(ln) or looks_like_heading(ln))]
    if len(body) < 2:
        return True
    ends_sentence = sum(ln[-1] in _PARAGRAPH_END for ln in body[:-1]) / (len(body) - 1)
    widths = sorted(len(ln) for ln in body[:-1])
    # Wrapped text has most lines of nearly the same width (within ~20% of the longest), and that
    # width is a wrap width (40 to 100 columns), not a row of short sentences.
    even = 40 <= widths[-1] <= 100 and widths[len(widths) // 2] > 0.8 * widths[-1]
    return ends_sentence >= 0.6 and not even


def paragraphs_of(text: str) -> list[RawBlock]:
    """The paragraphs, headings and separators of a plain text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n\n")
    blocks: list[RawBlock] = []
    for chunk in _BLANK_LINE.split(text):
        for piece in _split_chunk(chunk):
            blocks.append(_classify(piece))
    return blocks


def lines_of(text: str) -> list[RawBlock]:
    """Every line as one unit (as hunalign and Vecalign take their input), so that unit k is
    line k of the file: aligned sets number their links by line. A blank line is a unit with
    no text (the aligner leaves it unlinked); a final line break does not start another."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return [RawBlock(BlockKind.PARAGRAPH, ln.strip()) if ln.strip() else RawBlock(BlockKind.SEPARATOR, "")
            for ln in lines]


def build_document(raw: Iterable[RawBlock], *, lang: str | None = None, **meta) -> Document:
    """Number the blocks and split their sentences into a Document."""
    blocks: list[Block] = []
    sentences: list[Sentence] = []
    for raw_block in raw:
        index = len(blocks)
        ids: list[int] = []
        if raw_block.kind is not BlockKind.SEPARATOR:
            for start, end in split_sentences(raw_block.text, lang):
                ids.append(len(sentences))
                sentences.append(Sentence(len(sentences), index, start, end, raw_block.text[start:end]))
        blocks.append(Block(index, raw_block.kind, raw_block.text, raw_block.html,
                            raw_block.level, tuple(ids)))
    return Document(tuple(blocks), tuple(sentences), **meta)
