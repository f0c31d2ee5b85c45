"""Whatever part of a long text the reader jumps to is laid out and painted, while Qt's background
layout of the rest is still paced."""

import time

from bilingual_reader.core.loading import document_from_text
from bilingual_reader.ui.reading_pane import ReadingPane


def _book(paragraphs: int) -> str:
    """A long text of numbered paragraphs (well past the length at which layout is paced)."""
    return "\n\n".join(f"Paragraph {i}: " + " ".join(f"word{j}" for j in range(40 + i % 30)) + "."
                       for i in range(paragraphs))


def _run(qtbot, seconds: float) -> None:
    """Let the event loop (and the pacer's ticks) run for a while."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        qtbot.wait(10)


def _visible_blocks(pane: ReadingPane) -> list[int]:
    """The indices of the blocks on screen."""
    top = pane.scroll_value()
    first = pane.block_at_or_before(top) or 0
    last = pane.block_at_or_before(top + pane.viewport_height()) or first
    return list(range(first, last + 1))


def test_a_far_place_in_a_long_text_has_its_lines_laid_out(qtbot):
    pane = ReadingPane("left")
    qtbot.addWidget(pane)
    pane.resize(600, 700)
    pane.show()
    pane.set_document(document_from_text(_book(3000)))
    qtbot.waitUntil(lambda: not pane.is_filling(), timeout=20000)
    _run(qtbot, 1.0)  # the pacer marks blocks while Qt lays the text out in the background
    doc = pane.view.document()
    pane.set_scroll_value(pane.block_top(2000))
    _run(qtbot, 0.3)
    shown = _visible_blocks(pane)
    assert len(shown) > 3
    lines = [doc.findBlock(pane._ranges[k][0]).layout().lineCount() for k in shown]
    assert all(count > 0 for count in lines), lines
