"""Correcting the alignment in the window: choose, link, unlink, undo/redo, saved and re-applied."""

from PySide6.QtCore import QPoint, Qt


def beads(window):
    return [(link.left, link.right) for link in window.pair.alignment]


def ctrl_click(qtbot, pane, block):
    y = int(pane.block_top(block) + 6 - pane.scroll_value())
    qtbot.mouseClick(pane.view.viewport(), Qt.LeftButton, Qt.ControlModifier, QPoint(40, y))


def test_linking_chosen_paragraphs_makes_one_confirmed_link(qtbot, seed_window):
    ctrl_click(qtbot, seed_window.panes["left"], 1)
    ctrl_click(qtbot, seed_window.panes["right"], 1)
    ctrl_click(qtbot, seed_window.panes["right"], 2)
    assert seed_window.panes["right"].highlighted("chosen") == {1, 2}
    seed_window.link_chosen_action.trigger()
    k = seed_window.pair.alignment.link_of("left", 1)
    link = seed_window.pair.alignment[k]
    assert (link.left, link.right, link.confirmed) == ((1,), (1, 2), True)
    assert seed_window.panes["right"].highlighted("chosen") == set()
    assert link.sentences, "sentence links are recomputed for the new link"


def test_undo_restores_the_previous_links_and_redo_repeats(qtbot, seed_window):
    before = beads(seed_window)
    seed_window.select_link(3)
    seed_window.unlink_action.trigger()
    after = beads(seed_window)
    assert ((3,), ()) in after and ((), (3,)) in after
    seed_window.activateWindow()
    qtbot.waitActive(seed_window)
    qtbot.keyClick(seed_window.panes["left"].view, Qt.Key_Z, Qt.ControlModifier)
    assert beads(seed_window) == before
    seed_window.redo_action.trigger()
    assert beads(seed_window) == after


def test_merge_then_split_round_trip(seed_window):
    seed_window.select_link(4)
    seed_window.merge_action.trigger()
    merged = seed_window.pair.alignment[4]
    assert (merged.left, merged.right) == ((4, 5), (4, 5))
    seed_window.select_link(4)
    seed_window.split_action.trigger()
    assert ((4,), (4,)) in beads(seed_window) and ((5,), (5,)) in beads(seed_window)


def test_next_doubtful_link_jumps_to_a_low_score_link_and_passes_over_a_stray_dash(open_window, tmp_path):
    """The Dutch has a paragraph the English lacks, the English a dash line at its end: only the
    paragraph is worth a look."""
    left, right = tmp_path / "nl.txt", tmp_path / "en.txt"
    left.write_text("Het kabinet trekt 250 miljoen euro uit voor de dijken.\n\n"
                    "De oppositie reageerde verdeeld op het voorstel van de minister.\n\n"
                    "In Zeeland worden de eerste werken in 2025 verwacht.\n", encoding="utf-8")
    right.write_text("The cabinet is setting aside 250 million euros for the dikes.\n\n"
                     "The first works in Zeeland are expected in 2025.\n\n–\n", encoding="utf-8")
    window = open_window(left, right)
    alignment = window.pair.alignment
    dash = alignment.link_of("right", 2)
    assert alignment[dash].score < 0.5 and not alignment[dash].confirmed  # low, but nothing to check
    window.select_link(0)
    window.next_doubtful_action.trigger()
    k = window.current_link
    assert k == alignment.link_of("left", 1) and alignment[k].score < 0.5
    window.next_doubtful_action.trigger()
    assert window.current_link == k  # round again, past the dash
    window.confirm_action.trigger()
    assert window.pair.alignment[k].confirmed
    window.next_doubtful_action.trigger()
    assert "No doubtful links left" in window.statusBar().currentMessage()


def test_corrections_are_reapplied_when_the_pair_is_opened_again(open_window, dutch_seed, english_seed):
    window = open_window(dutch_seed, english_seed)
    window.select_link(6)
    window.unlink_action.trigger()
    window.close()
    again = open_window(dutch_seed, english_seed)
    assert ((6,), ()) in beads(again) and ((), (6,)) in beads(again)
    k = again.pair.alignment.link_of("left", 6)
    assert again.pair.alignment[k].confirmed


def test_corrections_made_with_swapped_panes_are_saved_the_right_way_round(open_window, dutch_seed, english_seed):
    window = open_window(dutch_seed, english_seed)
    window.swap_action.trigger()
    window.select_link(5)
    window.unlink_action.trigger()
    window.close()
    again = open_window(dutch_seed, english_seed)
    assert "Nederlands" in again.panes["left"].header.text()
    assert ((5,), ()) in beads(again)


def test_gutter_draws_bands_and_a_click_selects_the_link(qtbot, seed_window):
    gutter = seed_window.gutter
    visible = gutter.visible_links()
    assert len(visible) >= 3
    polygon = gutter.band_polygon(visible[1])
    centre = polygon.boundingRect().center()
    qtbot.mouseClick(gutter, Qt.LeftButton, pos=centre.toPoint())
    assert seed_window.current_link == gutter.link_at(centre)
    assert seed_window.current_link == visible[1] or gutter.link_at(centre) is not None
