"""A long text goes into a pane a step at a time: no step holds the window long, and the result is the same."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QTextOption
from PySide6.QtWidgets import QHBoxLayout, QWidget

from bilingual_reader.core.alignment import Alignment, Link
from bilingual_reader.core.language import LanguageGuess
from bilingual_reader.core.loading import document_from_text
from bilingual_reader.ui.reading_pane import ReadingPane
from bilingual_reader.ui.sync_scroll import ScrollSynchronizer
from bilingual_reader.ui.text_build import (FILL_STEP_CHARS, FillQueue, TextFill, TextStyle, layout_pace, plan_text,
                                           prepare_text)


def book(paragraphs: int, word: str = "word") -> str:
    """A text with a chapter heading every 40 paragraphs, long enough to be filled in steps."""
    out = []
    for i in range(paragraphs):
        if i % 40 == 0:
            out.append(f"CHAPTER {i // 40 + 1}")
        out.append(f"{word} {i}: " + " ".join(f"{word}{j}" for j in range(3 + i % 30)) + ".")
    return "\n\n".join(out)


def style() -> TextStyle:
    """A pane's text style, without a pane."""
    return TextStyle(QFont(), QTextOption(), 16.0)


def fill_in_steps(fill: TextFill) -> list[int]:
    """Run a fill to the end, one step at a time; the characters each step added."""
    sizes, before = [], fill.doc.characterCount()
    while True:
        done = fill.step()
        sizes.append(fill.doc.characterCount() - before)
        before = fill.doc.characterCount()
        if done:
            return sizes


def test_a_long_text_goes_in_several_steps_none_larger_than_the_budget(qapp):
    document = document_from_text(book(600))
    plan = plan_text(document)
    fill = TextFill(document, style(), plan, step_chars=2000)
    sizes = fill_in_steps(fill)
    assert len(sizes) >= len(plan.whole) // 2000
    assert max(sizes) <= 2000
    assert fill.doc.toRawText() == plan.whole
    assert fill.ranges == plan.ranges


def test_a_block_longer_than_the_budget_goes_in_alone(qapp):
    document = document_from_text("Short.\n\n" + "long " * 1000 + "\n\nAfter.")
    fill = TextFill(document, style(), step_chars=500)
    sizes = [size for size in fill_in_steps(fill) if size]  # the last step makes the layout object
    assert len(sizes) == 3
    assert fill.doc.toPlainText().split("\n") == [block.text for block in document.blocks]


def test_a_character_qt_counts_twice_far_into_a_book_shifts_the_blocks_after_it(qapp):
    """Block ranges are in Qt's units: an emoji past the first slice searched still counts as two."""
    text = book(3000) + "\n\nA smile \U0001F600 here.\n\nThe end."
    document = document_from_text(text)
    assert len(text) > 2 * FILL_STEP_CHARS
    plan = plan_text(document)
    filled = prepare_text(document, style())
    assert plan.ranges == filled.ranges
    last_start, last_end = plan.ranges[-1]
    block = filled.doc.findBlock(last_start)
    assert block.position() == last_start and block.text() == "The end." and last_end - last_start == 8
    smile_start, smile_end = plan.ranges[-2]
    assert smile_end - smile_start == len("A smile \U0001F600 here.") + 1


def test_headings_are_bold_and_only_headings_are_after_a_fill_in_steps(qapp):
    document = document_from_text(book(600))
    # Small steps, so that runs end on headings and on the paragraphs after them.
    fill = TextFill(document, style(), step_chars=700)
    fill.finish()
    whole = prepare_text(document, style()).doc  # the same text filled at once
    headings = 0
    for block, once in zip(document.blocks, iter_blocks(whole)):
        shown = fill.doc.findBlock(fill.ranges[block.index][0])
        bold = shown.charFormat().fontWeight() == QFont.Bold or shown.begin().fragment().charFormat().fontWeight() == QFont.Bold
        assert bold == block.is_heading, block.text
        assert shown.blockFormat().topMargin() == once.blockFormat().topMargin(), block.text
        headings += block.is_heading
    assert headings == 15


def iter_blocks(doc):
    """The text blocks of a QTextDocument in order."""
    block = doc.begin()
    while block.isValid():
        yield block
        block = block.next()


def test_rendered_blocks_go_in_steps_with_the_same_ranges_as_at_once(qapp):
    text = "\n\n".join(f"## Part {i}\n\nSome *text* number {i}.\n\n> a quote {i}\n\n- a {i}\n- b {i}" for i in range(120))
    document = document_from_text(text, format="md")
    fill = TextFill(document, style(), step_chars=3000)
    assert len(fill_in_steps(fill)) > 3
    once = prepare_text(document, style())
    assert fill.ranges == once.ranges
    assert fill.doc.toRawText() == once.doc.toRawText()


@pytest.fixture
def pane(qtbot):
    pane = ReadingPane("left")
    qtbot.addWidget(pane)
    pane.resize(500, 600)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def test_a_long_text_shows_once_complete_and_a_short_one_at_once(qtbot, pane):
    short = document_from_text("One.\n\nTwo.")
    pane.set_document(short)
    assert not pane.is_filling() and pane.block_count() == 2
    long = document_from_text(book(3000))
    assert len(plan_text(long).whole) > 3 * FILL_STEP_CHARS
    pane.set_document(long)
    assert pane.is_filling() and pane.block_count() == 0 and pane.view.document().isEmpty()
    qtbot.waitUntil(lambda: not pane.is_filling(), timeout=10000)
    assert pane.block_count() == len(long.blocks)
    assert pane.view.document().toRawText() == plan_text(long).whole


def test_opening_another_text_while_one_fills_drops_the_first(qtbot, pane):
    first, second = document_from_text(book(3000, "first")), document_from_text(book(2500, "second"))
    pane.set_document(first)
    pane.set_document(second)
    shown = []
    pane.layout_changed.connect(lambda: shown.append(pane.view.document().toRawText()[:20]))
    qtbot.waitUntil(lambda: not pane.is_filling(), timeout=10000)
    qtbot.wait(50)  # a stale fill would have its turn now
    assert pane.view.document().toRawText() == plan_text(second).whole
    assert pane.document is second and pane.block_count() == len(second.blocks)
    assert not any(text.startswith("CHAPTER 1\u2029first") for text in shown)


def test_asking_where_a_block_is_while_the_text_fills_completes_it(qtbot, pane):
    document = document_from_text(book(3000))
    pane.set_document(document)
    assert pane.is_filling()
    last = len(document.blocks) - 1
    assert pane.block_top(last) > pane.block_top(0)
    assert not pane.is_filling() and pane.block_count() == len(document.blocks)
    start, end = pane.text_span(last, 0, 4)
    assert pane.folded_text()[start:end] == "word"


def test_tints_language_and_zoom_set_while_the_text_fills_are_shown_with_it(qtbot, pane):
    document = document_from_text(book(3000))
    pane.set_document(document)
    pane.highlight("current", {5}, QColor("yellow"))
    pane.set_language(LanguageGuess("ar", 0.99))
    size = pane.view.document().defaultFont().pointSizeF()
    pane.set_zoom(3)
    assert pane.is_filling()
    qtbot.waitUntil(lambda: not pane.is_filling(), timeout=10000)
    assert pane.view.document().defaultFont().pointSizeF() > size
    start, end = pane._ranges[5]
    selections = pane.view.extraSelections()
    assert [s.cursor.selectionStart() for s in selections] == [start]
    assert selections[0].cursor.selectionEnd() in (end, end + 1)  # the paragraph break once laid out (below)
    assert pane.view.document().defaultTextOption().textDirection() == Qt.RightToLeft
    qtbot.waitUntil(lambda: not pane._pacer.isActive(), timeout=20000)
    qtbot.waitUntil(lambda: [(s.cursor.selectionStart(), s.cursor.selectionEnd())
                             for s in pane.view.extraSelections()] == [(start, end + 1)], timeout=2000)


def test_whole_line_tints_reach_into_the_next_paragraph_only_once_a_long_text_is_laid_out(qtbot, pane):
    """Qt repaints a selection over two blocks by asking for the whole text's frame, and lays all
    of a long text out for that at once: the tint that makes a paragraph's last line full width
    takes in its paragraph break only once the pacer has laid the text out to its end."""
    pane.set_document(document_from_text(book(3000)))
    qtbot.waitUntil(lambda: not pane.is_filling(), timeout=10000)
    pane.highlight("current", {5}, QColor("yellow"))
    start, end = pane._ranges[5]
    assert pane._pacer.isActive()
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in pane.view.extraSelections()] == [(start, end)]
    qtbot.waitUntil(lambda: not pane._pacer.isActive(), timeout=20000)
    qtbot.waitUntil(lambda: [(s.cursor.selectionStart(), s.cursor.selectionEnd())
                             for s in pane.view.extraSelections()] == [(start, end + 1)], timeout=2000)


def synchronized_panes(qtbot) -> tuple[QWidget, ReadingPane, ReadingPane, ScrollSynchronizer]:
    """Two reading panes side by side on screen, scrolled together (the host keeps them alive)."""
    host = QWidget()
    qtbot.addWidget(host)
    left, right = ReadingPane("left"), ReadingPane("right")
    box = QHBoxLayout(host)
    box.addWidget(left)
    box.addWidget(right)
    host.resize(900, 600)
    host.show()
    qtbot.waitExposed(host)
    return host, left, right, ScrollSynchronizer(left, right)


def test_a_reading_place_restored_while_the_texts_fill_is_put_back_once_they_show(qtbot):
    _host, left, right, sync = synchronized_panes(qtbot)
    documents = document_from_text(book(2000, "left")), document_from_text(book(2000, "right"))
    left.set_document(documents[0])
    right.set_document(documents[1])
    count = len(documents[0].blocks)
    sync.set_alignment(Alignment(tuple(Link((i,), (i,), 0.9) for i in range(count)), count, count))
    sync.restore_position(1200, 0.0)
    assert left.is_filling() and right.is_filling()
    qtbot.waitUntil(lambda: not left.is_filling() and not right.is_filling(), timeout=10000)

    def back() -> bool:
        """In link 1200, under a pixel past its start (two where a scroll pixel moves the sync point two)."""
        position, scroll_map = sync.position(), sync.scroll_map()
        return (position is not None and position[0] == 1200
                and 0 <= sync.sync_y("left") - scroll_map.y_of("left", 1200, 0.0) < 2)
    qtbot.waitUntil(back, timeout=10000)
    assert left.scroll_value() > 0 and right.scroll_value() > 0


def test_the_pacer_lays_a_long_text_out_to_its_end_without_changing_it(qtbot, pane):
    """Marking blocks dirty to keep Qt's steps short left stretches placed without lines (blank
    on screen); the pacer now only asks for layout, step by step, and stops at the end."""
    pane.set_document(document_from_text(book(4000)))
    qtbot.waitUntil(lambda: not pane.is_filling(), timeout=10000)
    doc = pane.view.document()
    marked = []
    original = doc.markContentsDirty
    doc.markContentsDirty = lambda position, length: (marked.append(position), original(position, length))
    assert pane._pacer.isActive()
    qtbot.waitUntil(lambda: not pane._pacer.isActive(), timeout=20000)
    assert laid_out_blocks(pane) == doc.blockCount()
    assert marked == []
    last = doc.lastBlock()
    assert last.layout().lineCount() > 0
    assert pane._brake._watched is None  # Qt's own steps are let go once the text is laid out


def test_qts_own_doubling_steps_are_held_back_while_the_pacer_lays_the_text_out(qtbot, pane):
    """Qt's background steps double up to 200,000 characters (20-100 ms each on a book)."""
    pane.set_document(document_from_text(book(6000)))
    qtbot.waitUntil(lambda: not pane.is_filling(), timeout=10000)
    pane._pacer.stop()  # only Qt's own steps could lay the text out now
    before = laid_out_blocks(pane)
    qtbot.wait(300)
    assert laid_out_blocks(pane) == before < pane.view.document().blockCount()
    pane._on_pacer_timeout()
    assert laid_out_blocks(pane) > before


def test_after_a_zoom_the_pacer_lays_the_text_out_again_from_its_start(qtbot, pane):
    """Blocks keep their old places until laid out again: the pacer starts over with Qt."""
    pane.set_document(document_from_text(book(4000)))
    qtbot.waitUntil(lambda: not pane.is_filling(), timeout=10000)
    qtbot.waitUntil(lambda: not pane._pacer.isActive(), timeout=20000)
    doc = pane.view.document()
    old_bottom = doc.documentLayout().blockBoundingRect(doc.lastBlock()).bottom()
    pane.set_zoom(3)
    assert pane._laid_to == 0 and pane._pacer.isActive()
    qtbot.waitUntil(lambda: not pane._pacer.isActive(), timeout=20000)
    assert doc.documentLayout().blockBoundingRect(doc.lastBlock()).bottom() > old_bottom  # a larger font


def test_block_positions_follow_the_text_when_it_is_laid_out_again(qtbot, pane):
    pane.set_document(document_from_text(book(200)))
    qtbot.waitUntil(lambda: not pane.is_filling(), timeout=10000)
    before = pane.block_top(150), pane.block_bottom(150)
    pane.set_zoom(4)  # a larger font: every block lower down
    zoomed = pane.block_top(150), pane.block_bottom(150)
    assert zoomed[0] > before[0] and zoomed[1] > before[1]
    pane.resize(300, 600)  # a narrower pane: more lines per paragraph
    qtbot.waitUntil(lambda: pane.block_top(150) > zoomed[0], timeout=5000)
    doc = pane.view.document()
    exact = doc.documentLayout().blockBoundingRect(doc.findBlock(pane._ranges[150][0])).top()
    assert pane.block_top(150) == exact


def test_a_text_is_shown_in_a_later_turn_than_the_step_that_completes_it(qapp):
    """Showing lays out the first screen: in the turn of the last step the window would wait for both."""
    queue = FillQueue()
    fill = TextFill(document_from_text(book(3000)), style())
    shown = []
    fill.on_done = shown.append
    queue.add(fill)
    queue._timer.stop()  # the turns are taken by hand below
    while fill.ranges is None:
        assert not shown
        queue._on_timer_timeout()
    assert not shown, "shown in the turn that completed it"
    queue._on_timer_timeout()
    assert shown == [fill]


def laid_out_blocks(pane) -> int:
    """How many blocks of the pane's text Qt has placed (from the start; it does the rest in the background)."""
    doc = pane.view.document()
    low, high = 0, doc.blockCount()
    while low < high:
        middle = (low + high) // 2
        if doc.findBlockByNumber(middle).layout().position().y() > 0:
            low = middle + 1
        else:
            high = middle
    return low


def test_while_a_worker_holds_the_pace_a_long_text_is_laid_out_slowly_then_at_full_pace(qtbot, pane):
    pace = layout_pace()
    pace.hold()
    try:
        pane.set_document(document_from_text(book(6000)))
        qtbot.waitUntil(lambda: not pane.is_filling(), timeout=10000)
        ticks = []
        pane._pacer.timeout.connect(lambda: ticks.append(laid_out_blocks(pane)))
        qtbot.waitUntil(lambda: len(ticks) >= 4, timeout=5000)
        # Still growing, so the reader can scroll on, but a step (~2,000 px of text) per tick.
        steps = [b - a for a, b in zip(ticks, ticks[1:])]
        assert all(0 < step < 400 for step in steps), steps  # ~190 blocks here; unbraked, thousands
    finally:
        pace.release()
    count = pane.view.document().blockCount()
    qtbot.waitUntil(lambda: laid_out_blocks(pane) == count, timeout=20000)  # at full pace, to the end


def test_a_pair_job_holds_the_pace_back_while_it_runs_and_lets_go_after(qapp, monkeypatch):
    from bilingual_reader.core import pipeline
    from bilingual_reader.ui import workers

    held = []

    def failing(left, right, **kwargs):
        held.append(layout_pace().is_held())
        raise ValueError("a bug in the aligner")

    monkeypatch.setattr(pipeline, "detect_and_align", failing)
    documents = document_from_text("One.\n\nTwo."), document_from_text("Een.\n\nTwee.")
    job = workers.PairJob("a.txt", "b.txt", documents=documents)
    failures = []
    job.failed.connect(failures.append)
    job.run()  # here, not in a thread: the failure is reported, the pace let go
    assert held == [True] and failures
    assert not layout_pace().is_held()


def linked_books_shown(qtbot) -> tuple[QWidget, ReadingPane, ReadingPane, ScrollSynchronizer, int]:
    """Two long texts shown side by side, paragraph i linked to paragraph i, while the pacer
    still lays them out; and how many paragraphs each has (the caller keeps the host alive)."""
    host, left, right, sync = synchronized_panes(qtbot)
    documents = document_from_text(book(3000, "left")), document_from_text(book(3000, "right"))
    left.set_document(documents[0])
    right.set_document(documents[1])
    qtbot.waitUntil(lambda: not left.is_filling() and not right.is_filling(), timeout=10000)
    count = len(documents[0].blocks)
    sync.set_alignment(Alignment(tuple(Link((i,), (i,), 0.9) for i in range(count)), count, count))
    return host, left, right, sync, count


def test_a_scroll_while_the_pacer_lays_out_text_below_is_not_pulled_back(qtbot):
    """Each pacer step changes the document's size; that used to arm the 'put the place back
    after a relayout' timer, and a scroll made before it fired was undone."""
    _host, left, right, sync, count = linked_books_shown(qtbot)
    sync.restore_position(10, 0.0)
    qtbot.wait(20)
    assert left._pacer.isActive()  # the text below is still being laid out
    target: list[int] = []

    def scroll_now() -> None:  # the reader scrolls right after a pacer step grew the text below
        if not target:
            target.append(left.scroll_value() + 300)
            left.set_scroll_value(target[0])

    left.layout_changed.connect(scroll_now)
    qtbot.waitUntil(lambda: bool(target), timeout=5000)
    qtbot.wait(50)
    assert abs(left.scroll_value() - target[0]) <= 1
    assert sync.position()[0] > 10


def test_the_following_pane_catches_up_with_a_far_place_once_its_text_is_laid_out(qtbot):
    """A place far into a book, set while the texts are still laid out: the other pane cannot
    reach it yet (its scroll range ends where its layout does), and must get there once it can."""
    _host, left, right, sync, count = linked_books_shown(qtbot)
    far = count - 100
    sync.restore_position(far, 0.0)
    assert right._pacer.isActive()  # the right text is not laid out that far yet
    qtbot.waitUntil(lambda: not left._pacer.isActive() and not right._pacer.isActive(), timeout=20000)
    qtbot.waitUntil(lambda: sync.position("right") is not None and sync.position("right")[0] == far, timeout=5000)
    assert sync.position("left")[0] == far


@pytest.mark.parametrize("extra", ["", "Eine Blume \U0001F33C blüht. Sie ist gelb."], ids=["plain", "astral"])
def test_every_sentence_is_located_on_its_own_words(qtbot, pane, extra):
    """Sentence positions come from the sentences' offsets (one pass where no character counts
    twice in Qt, a search per block where one does): each range holds its sentence's text."""
    text = "First one here. Second one there.\n\nA heading\n\nThird. Fourth sentence! " + extra
    document = document_from_text(text)
    pane.set_document(document)
    raw = pane.view.document().toRawText()
    located = pane.sentence_ranges()
    assert len(located) == len(document.sentences) >= 5
    for sentence, (start, end) in zip(document.sentences, located):
        # Qt counts a character beyond the BMP as two units: compare in those units
        assert raw.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le") == sentence.text


def test_a_right_to_left_text_stands_against_the_right_edge(qtbot, pane):
    """Qt mirrors a non-absolute alignment in a right-to-left text: AlignRight put Arabic on the left."""
    pane.set_document(document_from_text("مرحبا بالعالم. هذا نص قصير.\n\nواشنطن تخشى أن تخطط موسكو لغزو."))
    pane.set_language(LanguageGuess("ar", 0.99))
    doc = pane.view.document()
    doc.documentLayout().documentSize()  # laid out
    width = doc.textWidth() if doc.textWidth() > 0 else pane.view.viewport().width()
    line = doc.firstBlock().layout().lineAt(0).naturalTextRect()
    assert line.left() > width / 3  # a short line, pushed to the right
    assert line.right() > width - doc.documentMargin() - 30


def test_a_place_far_into_a_book_waits_for_the_layout_instead_of_forcing_it(qtbot):
    """Reopening a book at its middle put the place back at once, and Qt laid out all the text
    above it first (0.4 s with the window held); now the place is put back once the pacer is there."""
    _host, left, right, sync, count = linked_books_shown(qtbot)
    far = count - 100
    sync.restore_when_laid_out(far, 0.0)
    assert not left.is_laid_out(far)
    assert left.scroll_value() == 0 and right.scroll_value() == 0  # not yet: that would lay it all out now
    qtbot.waitUntil(lambda: sync.position() is not None and abs(sum(sync.position()) - far) < 0.01, timeout=20000)
    assert abs(sum(sync.position("right")) - far) < 0.01


def test_a_scroll_before_the_awaited_place_is_reached_keeps_the_readers_place(qtbot):
    """The reader scrolling while the place waits for the layout makes their own place the one that counts."""
    _host, left, right, sync, count = linked_books_shown(qtbot)
    sync.restore_when_laid_out(count - 100, 0.0)
    left.set_scroll_value(400)
    qtbot.waitUntil(lambda: not left._pacer.isActive() and not right._pacer.isActive(), timeout=20000)
    qtbot.wait(50)
    assert abs(left.scroll_value() - 400) <= 1
    assert sync.position()[0] < 100


def test_finding_the_block_at_a_place_probes_no_block_past_the_laid_out_text(qtbot, pane):
    """The galloping search doubled its steps past the place asked for, and each probe beyond the
    pacer's progress had Qt lay out the text up to it (94 ms in a book, at a reopened place)."""
    pane.set_document(document_from_text(book(4000)))
    qtbot.waitUntil(lambda: not pane.is_filling(), timeout=10000)
    pane._pacer.stop()
    pane._on_pacer_timeout()  # a few steps of the text laid out, the rest not
    unlaid = pane._first_unlaid_block()
    assert 20 < unlaid < pane.block_count() // 2
    y = pane.block_top(unlaid - 3) + 1
    pane._hint = 0
    probed = []
    original = pane._rect_of_position
    pane._rect_of_position = lambda position: (probed.append(pane._block_of_position(position)), original(position))[1]
    pane._tops.clear()
    assert pane.block_at_or_before(y) == unlaid - 3
    assert max(probed) <= unlaid


def test_only_the_tints_around_the_view_are_handed_to_qt_and_scrolling_brings_the_next(qtbot, pane):
    """Qt works out where every extra selection stands: a book's 1,944 find matches took it 0.25 s.
    The pane hands it those within two screens of the view, and more as the view moves on."""
    pane.set_document(document_from_text(book(3000)))
    qtbot.waitUntil(lambda: not pane.is_filling() and not pane._pacer.isActive(), timeout=20000)  # all laid out
    spans = [(start, start + 4) for start, _ in pane._ranges[::3]]  # one tint every third block
    pane.highlight_spans("find", spans, QColor("orange"))

    def tinted() -> set[int]:
        return {s.cursor.selectionStart() for s in pane.view.extraSelections()}

    near = tinted()
    assert spans[0][0] in near and 0 < len(near) < len(spans) // 10
    far = spans[len(spans) // 2][0]
    pane.scroll_to_position(far)
    qtbot.waitUntil(lambda: far in tinted(), timeout=2000)
    assert spans[0][0] not in tinted()
    assert pane.highlighted("find") == set(spans)  # the role keeps them all


def test_a_zoom_far_into_a_book_looks_for_the_tints_only_after_the_font_change(qtbot, pane):
    """A new font clamps the scroll bar while the text is not laid out again yet: looking for the
    blocks in view then would lay out the text above the old place (137 ms in a book), in vain."""
    pane.set_document(document_from_text(book(3000)))
    qtbot.waitUntil(lambda: not pane.is_filling() and not pane._pacer.isActive(), timeout=20000)
    pane.highlight("current", {1500}, QColor("yellow"))
    pane.scroll_to_position(pane._ranges[1500][0])
    qtbot.wait(20)
    looked = []
    original = pane._around_view
    pane._around_view = lambda screens: (looked.append(screens), original(screens))[1]
    pane.set_zoom(2)
    assert looked == []
    qtbot.waitUntil(lambda: bool(looked), timeout=2000)  # once the event that moved the view is over


def test_a_word_tint_is_drawn_over_its_paragraphs_band_whichever_came_first(qtbot, pane):
    """A figure the other side lacks, marked before its paragraph became the current one, was
    hidden under the current paragraph's band in the dark theme: finer tints are drawn last."""
    pane.set_document(document_from_text("One paragraph here.\n\nAnother one, with 250 in it."))
    start = pane._ranges[1][0] + pane.document.blocks[1].text.index("250")
    pane.highlight_spans("differences", [(start, start + 3)], QColor("red"))
    pane.highlight("current", {1}, QColor("yellow"))
    order = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in pane.view.extraSelections()]
    assert [begin for begin, _ in order] == [pane._ranges[1][0], start]  # the band, then the word
    assert order[-1] == (start, start + 3)


def window_with_books(qtbot, preferences):
    """A shown window with two 3,000-paragraph books linked one to one, filled (and being laid
    out); and the number of links."""
    from bilingual_reader.core.pipeline import AlignedPair
    from bilingual_reader.ui.main_window import MainWindow

    window = MainWindow(preferences)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    left, right = document_from_text(book(3000, "left")), document_from_text(book(3000, "right"))
    count = len(left.blocks)
    alignment = Alignment(tuple(Link((i,), (i,), 0.9) for i in range(count)), count, count)
    window.show_pair(AlignedPair(left, right, LanguageGuess("en", 0.99), LanguageGuess("fr", 0.99), alignment))
    qtbot.waitUntil(lambda: not any(pane.is_filling() for pane in window.panes.values()), timeout=10000)
    return window, count


def test_the_window_says_it_goes_back_to_the_readers_place_while_the_text_is_laid_out(qtbot, preferences):
    """Reopened far into a book, the place waits for the layout: the status bar says why the
    text's start shows meanwhile, and the note goes once the place is back."""
    window, count = window_with_books(qtbot, preferences)
    far = count - 100
    window._return_to(far, 0.0)
    assert "where you left off" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.sync.position() is not None and abs(sum(window.sync.position()) - far) < 0.01,
                    timeout=20000)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "", timeout=2000)


def wall_of_text(sentences: int) -> str:
    """One paragraph of many sentences (a text with no line breaks at all)."""
    return " ".join(f"Sentence {k} goes on for a few more words than most." for k in range(sentences))


def test_a_very_long_paragraph_is_shown_as_several_of_qts_blocks_cut_where_sentences_end(qapp):
    """Qt lays out and inserts a block in one go (a megabyte's paragraph held the window 1-2 s)."""
    from bilingual_reader.ui.text_build import _LONGEST_SHOWN_BLOCK, _SHOWN_PIECE

    text = wall_of_text(3000)
    document = document_from_text("Title\n\n" + text)
    plan = plan_text(document)
    assert len(plan.whole) == len("Title") + 1 + len(text)  # every position where it was
    pieces = plan.whole.split("\u2029")[1:]
    assert len(pieces) > 1
    assert all(_SHOWN_PIECE <= len(piece) <= _LONGEST_SHOWN_BLOCK for piece in pieces[:-1])
    assert all(piece.endswith("most.") for piece in pieces[:-1])  # cut after a sentence
    assert " ".join(pieces) == text
    assert plan.ranges[1] == (len("Title") + 1, len(plan.whole))  # still one paragraph for the reader


def test_a_stretch_with_no_sentence_end_is_cut_at_spaces():
    from bilingual_reader.ui.text_build import _LONGEST_SHOWN_BLOCK, _cuts

    text = " ".join(["word"] * 10_000)
    cuts = _cuts(text, [])
    assert cuts and all(text[c] == " " for c in cuts)
    assert max(b - a for a, b in zip([0] + cuts, cuts + [len(text)])) <= _LONGEST_SHOWN_BLOCK


def test_the_bottom_of_a_long_paragraph_not_laid_out_yet_does_not_lay_it_all_out(qtbot, pane):
    pane.set_document(document_from_text("Title\n\n" + wall_of_text(20_000)))
    qtbot.waitUntil(lambda: not pane.is_filling(), timeout=10000)
    pane._pacer.stop()
    doc = pane.view.document()
    assert doc.blockCount() > 50 and doc.lastBlock().layout().lineCount() == 0
    bottom = pane.block_bottom(1)
    assert doc.lastBlock().layout().lineCount() == 0  # still not laid out
    assert bottom > pane.block_top(1)
    pane._on_pacer_timeout()
    while pane._pacer.isActive() or laid_out_blocks(pane) < doc.blockCount():
        pane._on_pacer_timeout()
    assert pane.block_bottom(1) > bottom  # the whole paragraph, once laid out
