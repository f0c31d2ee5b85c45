"""The library search as a person uses it: type, see link pairs from both languages, open one."""

import pytest
from PySide6.QtCore import Qt

from bilingual_reader.core.store import Store, StoreStatus
from bilingual_reader.ui.search_panel import DEBOUNCE_MS, HIT_ROLE, HTML_ROLE, SearchPanel

NEWS = [
    ("Poetin en Biden", "Putin and Biden"),
    ("De Russische president Poetin zegt dat Rusland Oekraïne niet zal binnenvallen.",
     "Russian President Putin says Russia will not invade Ukraine."),
    ("In Kyiv is men sceptisch.", "People in Kyiv are sceptical."),
    ("Washington dreigt met sancties tegen Moskou.", "Washington threatens Moscow with sanctions."),
]
STORY = [
    ("Het verhaal", "The story"),
    ("Er was eens een kat in OEKRAÏNE.", "Once upon a time there was a cat in Ukraine."),
]


@pytest.fixture
def store(tmp_path):
    """A library with two indexed pairs."""
    with Store(tmp_path / "data" / "library.sqlite") as opened:
        news = opened.save_pair(tmp_path / "news.nl.txt", tmp_path / "news.en.txt", left_language="nl",
                                right_language="en", left_title="Poetin en Biden", right_title="Putin and Biden")
        opened.index_pair(news, NEWS)
        story = opened.save_pair(tmp_path / "story.nl.txt", tmp_path / "story.en.txt", left_language="nl",
                                 right_language="en", left_title="Het verhaal", right_title="The story")
        opened.index_pair(story, STORY)
        opened.ids = {"news": news, "story": story}
        yield opened


@pytest.fixture
def panel(qtbot, store):
    """A search panel on the store, shown."""
    widget = SearchPanel(store)
    qtbot.addWidget(widget)
    widget.resize(400, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def results(panel):
    """(pair id, link, text shown) of every result, top to bottom."""
    return [(*panel.results.item(i).data(HIT_ROLE), panel.results.item(i).text())
            for i in range(panel.results.count())]


def type_query(qtbot, panel, text):
    """Type into the search field as a person would and wait for the results."""
    panel.search_edit.clear()
    qtbot.keyClicks(panel.search_edit, text)
    qtbot.waitUntil(lambda: panel._shown_query == text.strip(), timeout=DEBOUNCE_MS * 10)


def test_typing_without_accents_finds_the_accented_word_in_every_pair(qtbot, panel, store):
    type_query(qtbot, panel, "oekraine")
    found = {(pair, link) for pair, link, _ in results(panel)}
    assert found == {(store.ids["news"], 1), (store.ids["story"], 1)}
    texts = " ".join(text for _, _, text in results(panel))
    assert "Oekraïne" in texts and "OEKRAÏNE" in texts
    assert "Ukraine" in texts  # the counterpart is shown beside the match
    assert panel.status_label.text() == "2 paragraphs in 2 texts"


def test_a_result_shows_its_pair_titles_and_highlights_the_match(qtbot, panel):
    type_query(qtbot, panel, "sancties")
    [item] = [panel.results.item(0)]
    rich = item.data(HTML_ROLE)
    assert "Poetin en Biden ↔ Putin and Biden · paragraph 4" in rich
    assert ">sancties</span>" in rich
    assert "Washington threatens Moscow with sanctions." in rich


def test_words_of_the_other_language_find_the_same_link_pair(qtbot, panel, store):
    type_query(qtbot, panel, "SCEPTICAL kyiv")
    assert [(pair, link) for pair, link, _ in results(panel)] == [(store.ids["news"], 2)]


def test_double_clicking_a_result_emits_its_pair_and_link(qtbot, panel, store):
    type_query(qtbot, panel, "oekraine")
    item = [panel.results.item(i) for i in range(panel.results.count())
            if panel.results.item(i).data(HIT_ROLE)[0] == store.ids["story"]][0]
    centre = panel.results.visualItemRect(item).center()
    with qtbot.waitSignal(panel.result_activated, timeout=2000) as signal:
        qtbot.mouseClick(panel.results.viewport(), Qt.LeftButton, pos=centre)
        qtbot.mouseDClick(panel.results.viewport(), Qt.LeftButton, pos=centre)
    assert signal.args == [store.ids["story"], 1]


def test_keyboard_down_then_enter_opens_a_result(qtbot, panel, store):
    type_query(qtbot, panel, "washington")
    qtbot.keyClick(panel.search_edit, Qt.Key_Down)
    assert panel.results.currentRow() == 0
    with qtbot.waitSignal(panel.result_activated, timeout=2000) as signal:
        qtbot.keyClick(panel.results, Qt.Key_Return)
    assert signal.args == [store.ids["news"], 3]


def test_enter_in_the_field_searches_at_once_then_opens_the_first_result(qtbot, panel, store):
    panel.search_edit.setText("kat")
    qtbot.keyClick(panel.search_edit, Qt.Key_Return)  # no waiting for the pause in typing
    assert results(panel)[0][:2] == (store.ids["story"], 1)
    with qtbot.waitSignal(panel.result_activated, timeout=2000) as signal:
        qtbot.keyClick(panel.search_edit, Qt.Key_Return)
    assert signal.args == [store.ids["story"], 1]


def test_typing_searches_once_after_a_pause_not_at_every_key(qtbot, panel, store, monkeypatch):
    calls = []
    search = store.search
    monkeypatch.setattr(store, "search", lambda query, **kw: calls.append(query) or search(query, **kw))
    qtbot.keyClicks(panel.search_edit, "moskou")
    assert calls == [] and panel.result_count() == 0
    qtbot.waitUntil(lambda: panel.result_count() == 1, timeout=DEBOUNCE_MS * 10)
    assert calls == ["moskou"]


def test_no_match_and_an_emptied_field_say_so(qtbot, panel):
    type_query(qtbot, panel, "zebra")
    assert panel.result_count() == 0
    assert panel.status_label.text() == "No paragraph in the library contains “zebra”."
    type_query(qtbot, panel, "kat")
    assert panel.result_count() == 1
    panel.search_edit.clear()
    assert panel.result_count() == 0
    assert "Type words" in panel.status_label.text()


def test_search_syntax_in_the_query_is_taken_as_plain_words(qtbot, panel, store):
    type_query(qtbot, panel, '"poetin" AND (biden')
    assert (store.ids["news"], 0) in {(pair, link) for pair, link, _ in results(panel)}
    assert "cannot be searched" not in panel.status_label.text()


def test_a_pair_indexed_later_is_found_after_refresh(qtbot, panel, store, tmp_path):
    type_query(qtbot, panel, "gedicht")
    assert panel.result_count() == 0
    poem = store.save_pair(tmp_path / "poem.nl.txt", tmp_path / "poem.de.txt", left_title="Het gedicht",
                           right_title="Das Gedicht")
    store.index_pair(poem, [("Het gedicht", "Das Gedicht")])
    panel.refresh()
    assert results(panel)[0][:2] == (poem, 0)


def test_a_damaged_store_is_reported_above_the_results(qtbot, tmp_path):
    path = tmp_path / "library.sqlite"
    path.write_bytes(b"not a database at all" * 50)
    with Store(path) as store:
        assert store.status is StoreStatus.RECOVERED
        panel = SearchPanel(store)
        qtbot.addWidget(panel)
        panel.show()
        assert "damaged" in panel.status_label.text()
        type_query(qtbot, panel, "anything")
        assert panel.result_count() == 0
        assert "damaged" in panel.status_label.text()


def test_a_store_that_fails_while_searching_gives_a_message_not_a_traceback(qtbot, panel, store):
    store.close()
    type_query(qtbot, panel, "poetin")
    assert panel.result_count() == 0
    assert panel.status_label.text().startswith("The library cannot be searched")
