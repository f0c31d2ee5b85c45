"""The learner view hides one side until the reader reveals it."""

from PySide6.QtCore import QPoint, Qt

from bilingual_reader.ui.learner import auto_revealed


def test_learner_view_hides_the_right_side_until_revealed(qtbot, seed_window):
    seed_window.mode_actions["learner"].trigger()
    right = seed_window.panes["right"]
    assert right.masked() == set(range(11))
    assert seed_window.panes["left"].masked() == set()
    seed_window.panes["left"].view.setFocus()
    qtbot.keyClick(seed_window.panes["left"].view, Qt.Key_Down)
    assert 0 in right.masked(), "stepping alone reveals nothing"
    qtbot.keyClick(seed_window.panes["left"].view, Qt.Key_Space)
    assert 0 not in right.masked() and 1 in right.masked()


def test_clicking_a_hidden_paragraph_reveals_only_it(qtbot, seed_window):
    seed_window.set_mode("learner")
    right = seed_window.panes["right"]
    y = int(right.block_top(2) + 6 - right.scroll_value())
    qtbot.mouseClick(right.view.viewport(), Qt.LeftButton, pos=QPoint(40, y))
    assert 2 not in right.masked() and {0, 1, 3} <= right.masked()


def test_reveal_all_then_hide_all(seed_window):
    seed_window.set_mode("learner")
    seed_window.reveal_all_action.trigger()
    assert seed_window.panes["right"].masked() == set()
    seed_window.hide_all_action.trigger()
    assert len(seed_window.panes["right"].masked()) == 11


def test_leaving_the_learner_view_shows_everything(seed_window):
    seed_window.set_mode("learner")
    seed_window.set_mode("reading")
    assert seed_window.panes["right"].masked() == set()


def test_automatic_share_reveals_about_that_share_and_only_grows():
    links = range(1000)
    quarter = {k for k in links if auto_revealed(k, 0.25)}
    half = {k for k in links if auto_revealed(k, 0.5)}
    assert 200 < len(quarter) < 300 and 450 < len(half) < 550
    assert quarter <= half


def test_share_setting_reveals_links_in_the_window(seed_window, preferences):
    seed_window.set_mode("learner")
    seed_window.share_actions[75].trigger()
    assert len(seed_window.panes["right"].masked()) < 11
    assert preferences.learner_share() == 0.75


def test_hidden_side_can_be_the_left_one(seed_window):
    seed_window.set_mode("learner")
    seed_window.hide_left_action.trigger()
    assert seed_window.panes["left"].masked() == set(range(10))
    assert seed_window.panes["right"].masked() == set()


def _colours_in_first_line(pane, block: int, beyond: int = 0) -> set[int]:
    """The colours of the viewport's pixels on the first line of a block's text (and ``beyond``
    pixels above and below it)."""
    view = pane.view
    image = view.viewport().grab().toImage()
    qblock = view.document().findBlock(pane._ranges[block][0])
    origin = view.document().documentLayout().blockBoundingRect(qblock).topLeft()
    line = qblock.layout().lineAt(0).naturalTextRect().translated(origin.x(), origin.y() - pane.scroll_value())
    line = line.adjusted(0, -beyond, 0, beyond)
    return {image.pixel(x, y) for x in range(int(line.left()) + 1, int(line.right()) - 1, 2)
            for y in range(int(line.top()) + 1, int(line.bottom()) - 1)}


def test_a_hidden_paragraph_shows_a_bar_and_none_of_its_words(qtbot, seed_window):
    seed_window.mode_actions["learner"].trigger()
    right, left = seed_window.panes["right"], seed_window.panes["left"]
    qtbot.wait(20)
    assert 0 in right.masked()
    # one flat colour where the words would be; the shown side has its letters' shades
    assert len(_colours_in_first_line(right, 0)) == 1
    # and a little above and below the line, where accents and Arabic dots reach
    assert len(_colours_in_first_line(right, 0, beyond=2)) == 1
    assert len(_colours_in_first_line(left, 0)) > 2


def test_a_revealed_paragraph_between_hidden_ones_shows_all_its_words(qtbot, open_window, tmp_path):
    """Bars reach a little beyond their lines (marks above and below them stay hidden), not over
    a shown neighbour's words: here a rendered Markdown heading just above its paragraph."""
    left, right = tmp_path / "nl.md", tmp_path / "en.md"
    left.write_text("# Een kop\n\nDit is een **alinea** met een link erin. En een tweede zin.\n\n"
                    "- eerste punt van de lijst\n- tweede punt van de lijst\n", encoding="utf-8")
    right.write_text("# A heading\n\nThis is a **paragraph** with a link in it. And a second sentence.\n\n"
                     "- first item of the list\n- second item of the list\n", encoding="utf-8")
    window = open_window(left, right)
    window.mode_actions["learner"].trigger()
    shown = window.pair.alignment[window.pair.alignment.link_of("right", 1)]
    window.reveal_link(window.pair.alignment.link_of("right", 1))
    qtbot.wait(20)
    pane = window.panes["right"]
    assert 1 not in pane.masked() and {0, 2} <= pane.masked() and shown.right == (1,)
    assert len(_colours_in_first_line(pane, 0)) == 1
    assert len(_colours_in_first_line(pane, 1)) > 2
    # the whole line is there: its top and bottom rows too, right under the heading's bar
    image = pane.view.viewport().grab().toImage()
    qblock = pane.view.document().findBlock(pane._ranges[1][0])
    origin = pane.view.document().documentLayout().blockBoundingRect(qblock).topLeft()
    line = qblock.layout().lineAt(0).naturalTextRect().translated(origin.x(), origin.y() - pane.scroll_value())
    mask = pane.palette().color(pane.palette().ColorRole.Mid).rgb()
    assert all(image.pixel(x, int(line.top()) + 1) != mask for x in range(int(line.left()) + 2, int(line.right()) - 2))
