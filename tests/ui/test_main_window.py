"""The reader window as a person uses it: text, languages, synchronized scrolling, highlights, keys."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from bilingual_reader.ui.main_window import MainWindow

TOLERANCE = 2.5  # pixels: scroll bars move in whole pixels


def counterpart_top(window, k, side="right"):
    link = window.pair.alignment[k]
    units = link.right if side == "right" else link.left
    return window.panes[side].block_top(units[0])


def test_window_shows_both_texts_and_their_languages(seed_window):
    left, right = seed_window.panes["left"], seed_window.panes["right"]
    assert "De Russische president Poetin" in left.view.toPlainText()
    assert "Russian President Putin" in right.view.toPlainText()
    assert "Nederlands / Dutch" in left.header.text()
    assert "English" in right.header.text()
    assert left.block_count() == 10 and right.block_count() == 11


@pytest.mark.parametrize("size", [(1200, 800), (700, 420)])
def test_left_paragraph_at_sync_point_puts_its_counterpart_there(open_window, dutch_seed, english_seed, size):
    window = open_window(dutch_seed, english_seed, size)
    checked = 0
    for k in (1, 3, 4, 5, 7, 8):
        left_top = window.panes["left"].block_top(window.pair.alignment[k].left[0])
        window.sync.scroll_to_sync_y("left", left_top)   # as if the user scrolled the left pane
        left_bar = window.panes["left"].view.verticalScrollBar()
        if abs(window.sync.sync_y("left") - left_top) > TOLERANCE:
            continue  # the left pane cannot scroll that far (the last screen)
        right_bar = window.panes["right"].view.verticalScrollBar()
        right_y = window.sync.sync_y("right")
        if 0 < right_bar.value() < right_bar.maximum():
            assert right_y == pytest.approx(counterpart_top(window, k), abs=TOLERANCE), k
            checked += 1
        assert left_bar.value() >= 0
    assert checked >= 2, "the text should be long enough to test at this size"


def test_right_pane_drives_the_left_one_too(open_window, dutch_seed, english_seed):
    window = open_window(dutch_seed, english_seed, (700, 420))
    for k in (3, 5):
        window.sync.scroll_to_sync_y("right", counterpart_top(window, k))
        assert window.sync.sync_y("left") == pytest.approx(counterpart_top(window, k, "left"), abs=TOLERANCE)


def test_a_scroll_event_runs_no_import_statement(open_window, dutch_seed, english_seed, monkeypatch):
    # PySide's import hook is Python: each import statement in a function costs ~5 us per call
    import builtins

    window = open_window(dutch_seed, english_seed, (700, 420))
    left = window.panes["left"]
    left.set_scroll_value(100)  # the first scroll may import what the first frame did without
    imported = []
    real_import = builtins.__import__

    def counting_import(name, *args, **kwargs):
        imported.append(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", counting_import)
    for value in (200, 300, 150):
        left.set_scroll_value(value)
    monkeypatch.undo()
    assert window.panes["right"].scroll_value() > 0  # the right pane followed
    assert imported == []


def test_unlocked_panes_scroll_alone_and_lock_again_at_the_readers_offset(open_window, dutch_seed, english_seed):
    window = open_window(dutch_seed, english_seed, (700, 420))
    left, right = window.panes["left"], window.panes["right"]
    window.sync_action.trigger()
    assert not window.sync.is_enabled()
    left.set_scroll_value(300)
    assert right.scroll_value() == 0
    right.set_scroll_value(150)              # the reader lines the right pane up by hand
    window.sync_action.trigger()             # and locks again
    assert right.scroll_value() == 150
    offset = window.sync.offset
    assert offset != 0
    left.set_scroll_value(360)               # scrolling on keeps that offset
    expected = window.sync.scroll_map().map(window.sync.sync_y("left"), "left") + offset
    assert window.sync.sync_y("right") == pytest.approx(expected, abs=TOLERANCE)
    window.line_up_action.trigger()          # until the reader asks to line up again
    assert window.sync.offset == 0
    assert window.sync.sync_y("right") == pytest.approx(
        window.sync.scroll_map().map(window.sync.sync_y("left"), "left"), abs=TOLERANCE)


def click_block(qtbot, pane, index):
    """Click the middle of a block's first line."""
    y = pane.block_top(index) + 12 - pane.scroll_value()
    qtbot.mouseClick(pane.view.viewport(), Qt.LeftButton, pos=QPoint(60, int(y)))


def test_clicking_a_paragraph_highlights_its_counterpart(qtbot, seed_window):
    pane = seed_window.panes["left"]
    click_block(qtbot, pane, 3)
    assert seed_window.current_link == 3
    assert seed_window.panes["left"].highlighted("current") == {3}
    assert seed_window.panes["right"].highlighted("current") == {3}
    assert "Paragraph 4 of 11" in seed_window.link_label.text()


def test_hovering_a_paragraph_tints_both_sides_alike(qtbot, seed_window):
    pane = seed_window.panes["right"]
    y = int(pane.block_top(2) + 8 - pane.scroll_value())
    qtbot.mouseMove(pane.view.viewport(), QPoint(50, y))
    qtbot.waitUntil(lambda: seed_window.hover_link == 2)
    assert seed_window.panes["left"].highlighted("hover") == {2}
    assert seed_window.panes["right"].highlighted("hover") == {2}


def test_clicked_counterpart_is_scrolled_into_view(open_window, qtbot, dutch_seed, english_seed):
    window = open_window(dutch_seed, english_seed, (700, 420))
    window.sync_action.trigger()  # unlocked: the right pane stays at the top
    left = window.panes["left"]
    left.set_scroll_value(left.block_top(8) - 20)
    click_block(qtbot, left, 8)
    assert window.current_link == 8
    assert window.panes["right"].is_block_visible(8)


def test_keyboard_steps_through_every_link_and_both_panes_follow(open_window, qtbot, dutch_seed, english_seed):
    window = open_window(dutch_seed, english_seed, (700, 420))
    window.panes["left"].view.setFocus()
    seen = []
    for _ in range(12):
        qtbot.keyClick(window.panes["left"].view, Qt.Key_Down)
        seen.append(window.current_link)
        link = window.pair.alignment[window.current_link]
        for side, units in (("left", link.left), ("right", link.right)):
            if units:
                assert window.panes[side].is_block_visible(units[0])
    assert seen == list(range(11)) + [10]
    qtbot.keyClick(window.panes["right"].view, Qt.Key_K)
    assert window.current_link == 9
    qtbot.keyClick(window.panes["right"].view, Qt.Key_J)
    assert window.current_link == 10


def test_zoom_changes_text_size_keeps_links_aligned_and_is_remembered(open_window, preferences, dutch_seed, english_seed):
    window = open_window(dutch_seed, english_seed, (700, 420))
    before = window.panes["left"].view.document().defaultFont().pointSizeF()
    window.zoom_in_action.trigger()
    window.zoom_in_action.trigger()
    assert window.panes["left"].view.document().defaultFont().pointSizeF() > before
    window.sync.scroll_to_sync_y("left", counterpart_top(window, 4, "left"))
    assert window.sync.sync_y("right") == pytest.approx(counterpart_top(window, 4), abs=TOLERANCE)
    assert preferences.zoom() == 2
    again = MainWindow(preferences)
    assert again.panes["left"].zoom() == 2
    again.close()


def test_opened_pair_is_added_to_recent_pairs(seed_window, preferences, dutch_seed, english_seed):
    assert preferences.recent_pairs()[0] == (str(dutch_seed), str(english_seed))


def test_missing_file_shows_a_message_in_the_window(qtbot, seed_window, tmp_path, english_seed):
    seed_window.open_pair(str(tmp_path / "gone.txt"), str(english_seed))
    qtbot.waitUntil(lambda: seed_window.message.isVisible())
    assert "does not exist" in seed_window.message.text()
    assert "Russian President Putin" in seed_window.panes["right"].view.toPlainText()


def test_swap_panes_exchanges_texts_and_keeps_links(seed_window):
    seed_window.swap_action.trigger()
    assert "English" in seed_window.panes["left"].header.text()
    assert "Russian President" in seed_window.panes["left"].view.toPlainText()
    assert seed_window.pair.alignment[10].left == (10,) and seed_window.pair.alignment[10].right == ()


def test_window_picture_is_not_blank(seed_window):
    image = seed_window.grab().toImage()
    colors = {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert image.width() >= 1000 and len(colors) > 20


def test_reading_position_is_restored_when_the_pair_is_reopened(open_window, qtbot, dutch_seed, english_seed):
    window = open_window(dutch_seed, english_seed, (700, 420))
    left = window.panes["left"]
    window.sync.scroll_to_sync_y("left", left.block_top(7) + 30)
    link, fraction = window.sync.position()
    assert link == 7 and 0 < fraction < 1
    window.close()
    again = open_window(dutch_seed, english_seed, (900, 500))
    qtbot.waitUntil(lambda: again.sync.position() is not None and again.sync.position()[0] == 7)
    assert again.sync.position()[1] == pytest.approx(fraction, abs=0.05)


def test_position_survives_zoom_and_resize(open_window, qtbot, dutch_seed, english_seed):
    window = open_window(dutch_seed, english_seed, (700, 420))
    window.sync.scroll_to_sync_y("left", window.panes["left"].block_top(5) + 20)
    before = window.sync.position()
    window.zoom_in_action.trigger()
    assert window.sync.position()[0] == before[0]
    assert window.sync.position()[1] == pytest.approx(before[1], abs=0.05)
    window.resize(560, 420)
    qtbot.wait(50)
    assert window.sync.position()[0] == before[0]
    assert window.sync.position()[1] == pytest.approx(before[1], abs=0.08)
    window.resize(560, 640)  # taller: the scroll bar's range and the sync point move
    qtbot.wait(50)
    assert window.sync.position()[0] == before[0]
    assert window.sync.position()[1] == pytest.approx(before[1], abs=0.08)


def sentence_point(pane, sentence_id):
    """A point in the viewport on the first characters of a sentence."""
    start, _ = pane.sentence_ranges()[sentence_id]
    cursor = pane.view.textCursor()
    cursor.setPosition(start + 2)
    return pane.view.cursorRect(cursor).center()


def test_hovering_a_sentence_tints_its_counterpart_sentence(qtbot, seed_window):
    left = seed_window.panes["left"]
    sentence = left.document.blocks[1].sentence_ids[1]   # "Goed om je te zien", antwoordde Biden …
    qtbot.mouseMove(left.view.viewport(), sentence_point(left, sentence))
    qtbot.waitUntil(lambda: left.highlighted("hover_sentence") == {sentence})
    right = seed_window.panes["right"]
    (counterpart,) = right.highlighted("hover_sentence")
    assert right.document.sentences[counterpart].text.startswith("“Good to see you,”")


def test_sentence_keys_step_through_sentences_and_paragraph_follows(qtbot, seed_window):
    view = seed_window.panes["left"].view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key_Right)
    assert seed_window.current_sentence == (0, 0) and seed_window.current_link == 0
    steps = len(seed_window.pair.alignment[0].sentences)
    for _ in range(steps):
        qtbot.keyClick(view, Qt.Key_L)
    assert seed_window.current_sentence == (1, 0) and seed_window.current_link == 1
    assert "sentence 1 of" in seed_window.link_label.text()
    qtbot.keyClick(view, Qt.Key_H)
    assert seed_window.current_sentence == (0, steps - 1)
    left_ids = seed_window.pair.alignment[0].sentences[steps - 1].left
    assert seed_window.panes["left"].highlighted("current_sentence") == set(left_ids)


def test_opening_can_be_cancelled_and_the_text_stays(qtbot, open_window, monkeypatch, dutch_seed, english_seed):
    import threading

    from bilingual_reader.core import pipeline

    window = open_window(dutch_seed, english_seed)
    release = threading.Event()
    real = pipeline.detect_and_align

    def slow(left, right, **kwargs):
        release.wait(5)
        return real(left, right, **kwargs)

    monkeypatch.setattr(pipeline, "detect_and_align", slow)
    window.open_pair(str(english_seed), str(dutch_seed))
    assert window.cancel_button.isVisible()
    qtbot.mouseClick(window.cancel_button, Qt.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: not window.cancel_button.isVisible(), timeout=10000)
    assert window.pair is None
    assert "cancelled" in window.link_label.text()
    assert "Russian President Putin" in window.panes["left"].view.toPlainText()


def test_bookmarks_are_kept_with_notes_and_lead_back(open_window, dutch_seed, english_seed):
    window = open_window(dutch_seed, english_seed)
    window.select_link(6)
    assert window.add_bookmark("escalation heading")
    window.close()
    again = open_window(dutch_seed, english_seed)
    again._fill_bookmarks_menu()
    actions = again.bookmarks_menu.actions()
    assert [a.text() for a in actions] == ["Paragraph 7 — escalation heading"]
    actions[0].trigger()
    assert again.current_link == 6


def test_a_reading_position_waits_while_a_worker_holds_the_library(qtbot):
    """Written while a worker indexed a book's links, a position held the window until the
    worker's transaction ended (0.2 s): it is written after the next pause instead."""
    from bilingual_reader.ui.pair_memory import PairMemory

    written = []

    class Library:
        def save_position(self, *args):
            written.append(args)

    memory = PairMemory(Library())
    memory.pair_id = 1
    busy = [True]
    memory.busy = lambda: busy[0]
    memory.remember_position(7, 0.5, 10)
    qtbot.wait(1000)
    assert written == []  # still busy after two pauses
    busy[0] = False
    qtbot.waitUntil(lambda: bool(written), timeout=2000)
    assert written[0][1:] == (7, 0.5, 10)
    memory.remember_position(8, 0.0, 10)
    busy[0] = True
    memory.flush()  # closing the pair writes at once, busy or not
    assert written[-1][1:] == (8, 0.0, 10)
