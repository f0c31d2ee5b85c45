"""The coverage view: paragraphs found on one side only, and numbers, dates and names that differ."""


DUTCH = ("Het kabinet trekt 250 miljoen euro uit voor de dijken.\n\n"
         "Minister Jansen noemde het plan op 12 maart een doorbraak.\n\n"
         "De oppositie reageerde verdeeld op het voorstel. Sommige partijen vinden het bedrag te laag en willen "
         "dat het kabinet ook geld reserveert voor rivieren en polders, andere vinden dat de provincies eerst "
         "zelf moeten bijdragen voordat het Rijk meer geld op tafel legt.\n\n"
         "In Zeeland worden de eerste werken in 2025 verwacht.\n")
ENGLISH = ("The cabinet is setting aside 300 million euros for the dikes.\n\n"
           "Minister Jansen called the plan a breakthrough on 12 March.\n\n"
           "The first works in Zeeland are expected in 2025.\n")


def _open_pair(open_window, tmp_path):
    """A window on the Dutch and English texts above (the Dutch has a paragraph more)."""
    left, right = tmp_path / "nl.txt", tmp_path / "en.txt"
    left.write_text(DUTCH, encoding="utf-8")
    right.write_text(ENGLISH, encoding="utf-8")
    return open_window(left, right)


def test_coverage_lists_paragraphs_found_on_one_side_only(qtbot, open_window, tmp_path):
    window = _open_pair(open_window, tmp_path)
    window.mode_actions["coverage"].trigger()
    assert window.coverage_dock.isVisible()
    assert window.panes["left"].highlighted("unmatched") == {2}
    assert window.panes["right"].highlighted("unmatched") == set()
    top = window.coverage_panel.tree.topLevelItem(0)
    assert "Dutch" in top.text(0) and "1 paragraph" in top.text(0)
    window.coverage_panel._on_tree_activated(top.child(0))
    assert window.current_link == window.pair.alignment.link_of("left", 2)


def test_coverage_marks_a_figure_that_differs(qtbot, open_window, tmp_path):
    window = _open_pair(open_window, tmp_path)
    window.set_mode("coverage")
    qtbot.waitUntil(lambda: window.coverage_panel.marks is not None, timeout=10000)
    texts = {(m.side, m.text) for m in window.coverage_panel.marks}
    assert ("left", "250 miljoen") in texts and ("right", "300 million") in texts
    assert not any(m.text in ("Jansen", "2025", "12 maart", "12 March") for m in window.coverage_panel.marks)
    spans = window.panes["left"].highlighted("differences")
    raw = window.panes["left"].view.document().toRawText()
    assert "250 miljoen" in {raw[s:e] for s, e in spans}


def test_leaving_coverage_view_clears_its_marks(qtbot, open_window, tmp_path):
    window = _open_pair(open_window, tmp_path)
    window.set_mode("coverage")
    assert window.panes["left"].highlighted("unmatched") == {2}
    window.set_mode("reading")
    assert window.panes["left"].highlighted("unmatched") == set()
    assert not window.coverage_dock.isVisible()


def test_the_seeds_stray_dash_line_is_not_reported_missing(seed_window):
    """The English seed ends in a line with a dash: a separator, not a paragraph the Dutch lacks."""
    seed_window.set_mode("coverage")
    assert seed_window.pair.alignment.link_of("right", 10) is not None  # the dash has a link of its own
    assert seed_window.panes["right"].highlighted("unmatched") == set()
    tops = [seed_window.coverage_panel.tree.topLevelItem(k) for k in range(2)]
    assert all(top.childCount() == 0 and "0 paragraphs" in top.text(0) for top in tops)


def test_leaving_the_coverage_view_lets_go_of_the_pair(qtbot, open_window, tmp_path):
    """The panel's job holds its pair: kept after the view was left, a book read before stayed
    in memory (~90 MB) after another pair was opened."""
    window = _open_pair(open_window, tmp_path)
    panel = window.coverage_panel
    panel.set_pair(window.pair)
    assert panel._job is not None and panel._job.pair is window.pair  # its differences are being found
    panel.set_pair(None)  # what leaving the view does
    assert panel._job is None and panel.pair is None


def test_the_differences_found_once_are_shown_at_once_when_the_view_comes_back(qtbot, open_window, tmp_path):
    """A book's differences take 8 s to work out: entering the view again on the same pair reuses them."""
    window = _open_pair(open_window, tmp_path)
    window.set_mode("coverage")
    qtbot.waitUntil(lambda: window.coverage_panel.marks is not None, timeout=10000)
    found = window.coverage_panel.marks
    window.set_mode("reading")
    assert window.panes["left"].highlighted("differences") == set()
    window.set_mode("coverage")
    assert window.coverage_panel.marks is found and window.coverage_panel._job is None
    assert window.panes["left"].highlighted("differences")
    tree = window.coverage_panel.tree
    entry = tree.topLevelItem(tree.topLevelItemCount() - 1)
    assert entry.isExpanded() and entry.childCount() == len(found)  # a short list is shown open


def test_a_long_list_of_figures_and_names_is_made_when_its_entry_is_opened(seed_window):
    """A book has thousands (6,316 took the window 0.1 s to list): past a few hundred, the entry
    waits closed until the reader opens it, and then lists every one."""
    from bilingual_reader.core.comparison import Mark

    panel = seed_window.coverage_panel
    seed_window.set_mode("coverage")
    many = [Mark("right", 3, 3, k % 100, k % 100 + 3, "number", str(k)) for k in range(1000)]
    panel._on_job_done(panel.pair, many)
    entry = panel.tree.topLevelItem(panel.tree.topLevelItemCount() - 1)
    assert "1000" in entry.text(0) and entry.childCount() == 0 and not entry.isExpanded()
    entry.setExpanded(True)
    assert entry.childCount() == 1000
    panel._on_tree_activated(entry.child(999))
    assert seed_window.current_link == seed_window.pair.alignment.link_of("right", 3)


def test_texts_with_nothing_linked_are_said_not_to_look_like_translations(qtbot, open_window, tmp_path):
    """A long English text beside the short Dutch one above: no paragraph is linked, and the
    reader is told why rather than left with two unlinked texts."""
    left, right = tmp_path / "nl.txt", tmp_path / "story.en.txt"
    left.write_text(DUTCH, encoding="utf-8")
    right.write_text("\n\n".join(f"Paragraph {k} of a long story about a cat who walked in the garden at night."
                                 for k in range(400)) + "\n", encoding="utf-8")
    window = open_window(left, right)
    assert all(link.is_null for link in window.pair.alignment)
    assert "do not look like translations" in window.statusBar().currentMessage()


def test_a_translation_gets_no_such_note(qtbot, open_window, tmp_path):
    window = _open_pair(open_window, tmp_path)
    assert "translations" not in window.statusBar().currentMessage()
