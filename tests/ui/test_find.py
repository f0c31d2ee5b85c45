"""Find in the panes (Ctrl+F) and the search in both languages."""

from PySide6.QtCore import Qt


def test_find_tints_matches_ignoring_case_and_accents(qtbot, seed_window):
    seed_window.find_action.trigger()
    assert seed_window.find_bar.isVisible()
    qtbot.keyClicks(seed_window.find_bar.term, "oekraine")
    qtbot.waitUntil(lambda: len(seed_window.find_bar.matches) > 0)
    left_matches = [m for m in seed_window.find_bar.matches if m[0] == "left"]
    text = seed_window.panes["left"].view.document().toRawText()
    assert all(text[s:e] == "Oekraïne" for _, s, e in left_matches)
    assert len(left_matches) == 7
    assert seed_window.find_bar.count.text().startswith("7 ")


def test_find_next_makes_the_match_link_current_and_shows_its_counterpart(qtbot, seed_window):
    bar = seed_window.find_bar
    bar.open_bar()
    bar.scope.setCurrentIndex(1)  # left pane only
    bar.term.setText("NAVO")
    bar.search()
    assert len(bar.matches) == 1
    qtbot.keyClick(bar.term, Qt.Key_Return)
    assert seed_window.current_link == 8
    assert seed_window.panes["right"].highlighted("find_counterpart") == {8}
    assert seed_window.panes["right"].is_block_visible(8)
    assert bar.count.text() == "1 of 1"


def test_escape_closes_the_bar_and_clears_tints(qtbot, seed_window):
    bar = seed_window.find_bar
    bar.open_bar()
    bar.term.setText("Biden")
    bar.search()
    assert seed_window.panes["left"].highlighted("find")
    qtbot.keyClick(bar.term, Qt.Key_Escape)
    assert not bar.isVisible()
    assert not seed_window.panes["left"].highlighted("find")


def test_search_in_both_languages_lists_link_pairs_holding_both_words(qtbot, seed_window):
    seed_window.search_both_action.trigger()
    search = seed_window.bilingual_search
    search.left_term.setText("sancties")
    search.right_term.setText("sanctions")
    search.search()
    assert search.results.count() == 1
    item = search.results.item(0)
    assert item.data(Qt.UserRole) == 4
    search._on_results_activated(item)
    assert seed_window.current_link == 4
    search.right_term.setText("banana")
    search.search()
    assert search.results.item(0).data(Qt.UserRole) is None


def test_a_books_text_is_folded_for_searching_before_the_first_search(qtbot, preferences):
    """Folding a book's side took 50-80 ms on the window's thread at the first letter typed; it
    is done beside the window from the moment the find bar opens, and finds the same places."""
    from concurrent.futures import Future

    from test_text_fill import window_with_books

    window, _ = window_with_books(qtbot, preferences)
    pane = window.panes["left"]
    assert pane._folded is None  # not while the text is first shown
    bar = window.find_bar
    bar.open_bar()
    assert isinstance(pane._folded, Future)  # started as the bar opens, before a letter is typed
    bar.scope.setCurrentIndex(1)  # left pane only
    bar.term.setText("LEFT 2999")
    bar.search()
    text = pane.view.document().toRawText()
    assert [text[s:e] for _, s, e in bar.matches] == ["left 2999"]


def test_a_search_in_both_languages_on_a_book_lists_the_first_matches_and_says_how_many_more(qtbot, preferences):
    from test_text_fill import window_with_books

    from bilingual_reader.ui.find_bar import _MAX_RESULTS

    window, _ = window_with_books(qtbot, preferences)
    search = window.bilingual_search
    search.left_term.setText("left")
    search.right_term.setText("RIGHT")
    search.search()
    assert search.results.count() == _MAX_RESULTS + 1
    assert [search.results.item(k).data(Qt.UserRole) for k in range(3)] == [1, 2, 3]  # link 0 is a heading
    holding = sum(1 for block in window.pair.left.blocks if "left" in block.text)
    assert holding > _MAX_RESULTS
    more = search.results.item(_MAX_RESULTS)
    assert more.data(Qt.UserRole) is None
    assert f" {holding - _MAX_RESULTS} more" in more.text()


def test_a_search_in_both_languages_sees_the_links_after_a_correction(qtbot, seed_window):
    search = seed_window.bilingual_search
    search.left_term.setText("sancties")
    search.right_term.setText("sanctions")
    search.search()
    assert [search.results.item(k).data(Qt.UserRole) for k in range(search.results.count())] == [4]
    seed_window.editor.merge_with_next(3)  # links 3 and 4 become link 3
    search.search()
    assert [search.results.item(k).data(Qt.UserRole) for k in range(search.results.count())] == [3]
