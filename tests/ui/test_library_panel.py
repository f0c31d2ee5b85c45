"""The library panel as a person uses it: the pairs of their folders, unpaired files, opening, filtering."""

import shutil
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from bilingual_reader.core.store import Store, StoreStatus
from bilingual_reader.ui import library_scan
from bilingual_reader.ui.library_panel import (BITEXT, DETAIL_ROLE, FOLDER, KIND_ROLE, PAIR, PROGRESS_COLUMN,
                                               TITLE_COLUMN, UNPAIRED, UNPAIRED_HEADING, LibraryPanel)

SCAN_TIMEOUT = 20000


@pytest.fixture
def library(tmp_path, dutch_seed, english_seed):
    """A library folder with the three pair conventions, a bitext and a file with no counterpart."""
    root = tmp_path / "Teksten"
    root.mkdir()
    (root / "story.nl.txt").write_text("Het verhaal\n\nEr was eens een kat in Oekraïne.\n", encoding="utf-8")
    (root / "story.en.txt").write_text("The story\n\nOnce upon a time there was a cat in Ukraine.\n",
                                       encoding="utf-8")
    (root / "nl").mkdir()
    (root / "en").mkdir()
    (root / "nl" / "x.txt").write_text("Naar huis\n\nX gaat naar huis.\n", encoding="utf-8")
    (root / "en" / "x.txt").write_text("Going home\n\nX goes home.\n", encoding="utf-8")
    (root / "article").mkdir()
    shutil.copy(dutch_seed, root / "article" / "a.txt")
    shutil.copy(english_seed, root / "article" / "b.txt")
    (root / "notes.txt").write_text("A file that pairs with nothing.\n", encoding="utf-8")
    (root / "glossary.tsv").write_text("kat\tcat\n", encoding="utf-8")
    return root


@pytest.fixture
def store(tmp_path):
    """A library database in the test's own folder."""
    with Store(tmp_path / "data" / "library.sqlite") as opened:
        yield opened


@pytest.fixture
def make_panel(qtbot):
    """A function that shows a panel on a store and waits for its first scan."""
    panels = []

    def maker(store, width=420, height=560):
        panel = LibraryPanel()
        qtbot.addWidget(panel)
        panels.append(panel)
        panel.resize(width, height)
        panel.show()
        qtbot.waitExposed(panel)
        panel.set_store(store)
        wait_for_scan(qtbot, panel)
        return panel

    yield maker
    for panel in panels:  # no scan may outlive its store
        qtbot.waitUntil(lambda: not panel.is_scanning(), timeout=SCAN_TIMEOUT)


def wait_for_scan(qtbot, panel):
    """Let the background scan finish."""
    qtbot.waitUntil(lambda: not panel.is_scanning(), timeout=SCAN_TIMEOUT)


def items(panel, kind=None):
    """Every row of the tree (of one kind), depth first."""
    found, stack = [], [panel.tree.topLevelItem(i) for i in reversed(range(panel.tree.topLevelItemCount()))]
    while stack:
        item = stack.pop()
        found.append(item)
        stack.extend(item.child(i) for i in reversed(range(item.childCount())))
    return [i for i in found if kind is None or i.data(TITLE_COLUMN, KIND_ROLE) == kind]


def shown(item):
    """True when a person can see the row: it and every row above it are shown and expanded."""
    if item.isHidden():
        return False
    parent = item.parent()
    while parent is not None:
        if parent.isHidden() or not parent.isExpanded():
            return False
        parent = parent.parent()
    return True


def pair_row(panel, title_part):
    """The pair row whose title contains ``title_part``."""
    rows = [i for i in items(panel, PAIR) if title_part in i.text(TITLE_COLUMN)]
    assert len(rows) == 1, [i.text(TITLE_COLUMN) for i in items(panel, PAIR)]
    return rows[0]


def double_click(qtbot, panel, item):
    """Press and double-click a row, as a person opens something."""
    panel.tree.scrollToItem(item)
    centre = panel.tree.visualItemRect(item).center()
    qtbot.mouseClick(panel.tree.viewport(), Qt.LeftButton, pos=centre)
    qtbot.mouseDClick(panel.tree.viewport(), Qt.LeftButton, pos=centre)


def test_every_pair_is_listed_with_its_titles_and_both_languages(make_panel, store, library):
    store.add_folder(library)
    panel = make_panel(store)
    folder = items(panel, FOLDER)
    assert [f.text(TITLE_COLUMN) for f in folder] == ["Teksten"]
    assert "3 pairs" in folder[0].data(TITLE_COLUMN, DETAIL_ROLE)
    story = pair_row(panel, "Het verhaal")
    assert "The story" in story.text(TITLE_COLUMN)
    assert "English" in story.data(TITLE_COLUMN, DETAIL_ROLE)
    assert "Nederlands / Dutch" in story.data(TITLE_COLUMN, DETAIL_ROLE)
    home = pair_row(panel, "Naar huis")
    assert "Going home" in home.text(TITLE_COLUMN)
    # The seeds' folder names no language: both were detected from the text.
    article = pair_row(panel, "Poetin")
    assert article.data(TITLE_COLUMN, DETAIL_ROLE) == "Nederlands / Dutch ↔ English"
    assert all(shown(row) for row in items(panel, PAIR))
    assert panel.status_label.text() == "3 pairs, 1 bitext, 1 unpaired file"
    assert panel.error_label.isHidden()


def test_a_file_without_counterpart_is_listed_greyed_under_its_own_heading(make_panel, store, library):
    store.add_folder(library)
    panel = make_panel(store)
    [heading] = items(panel, UNPAIRED_HEADING)
    assert heading.text(TITLE_COLUMN) == "Unpaired files"
    [lonely] = items(panel, UNPAIRED)
    assert lonely.parent() is heading
    assert lonely.text(TITLE_COLUMN) == "notes.txt"
    assert shown(lonely)
    grey = panel.palette().color(QPalette.Disabled, QPalette.Text)
    assert lonely.foreground(TITLE_COLUMN).color() == grey
    assert pair_row(panel, "Het verhaal").foreground(TITLE_COLUMN).color() != grey
    [bitext] = items(panel, BITEXT)
    assert bitext.text(TITLE_COLUMN) == "glossary.tsv"
    assert bitext.data(TITLE_COLUMN, DETAIL_ROLE) == "Aligned bitext (TSV)"


def test_double_click_on_a_pair_emits_its_two_paths(qtbot, make_panel, store, library):
    store.add_folder(library)
    panel = make_panel(store)
    story = pair_row(panel, "Het verhaal")
    with qtbot.waitSignal(panel.pair_activated, timeout=2000) as signal:
        double_click(qtbot, panel, story)
    assert sorted(signal.args) == sorted([str(library / "story.en.txt"), str(library / "story.nl.txt")])


def test_enter_on_a_pair_emits_its_paths_and_on_an_unpaired_file_nothing(qtbot, make_panel, store, library):
    store.add_folder(library)
    panel = make_panel(store)
    emitted = []
    panel.pair_activated.connect(lambda left, right: emitted.append((left, right)))
    panel.tree.setFocus()
    panel.tree.setCurrentItem(items(panel, UNPAIRED)[0])
    qtbot.keyClick(panel.tree, Qt.Key_Return)
    assert emitted == []
    panel.tree.setCurrentItem(pair_row(panel, "Naar huis"))
    qtbot.keyClick(panel.tree, Qt.Key_Return)
    assert emitted == [(str(library / "en" / "x.txt"), str(library / "nl" / "x.txt"))]


def test_activating_a_bitext_emits_its_path(qtbot, make_panel, store, library):
    store.add_folder(library)
    panel = make_panel(store)
    with qtbot.waitSignal(panel.bitext_activated, timeout=2000) as signal:
        double_click(qtbot, panel, items(panel, BITEXT)[0])
    assert signal.args == [str(library / "glossary.tsv")]


def test_the_scan_is_saved_with_languages_and_titles(make_panel, store, library):
    store.add_folder(library)
    make_panel(store)
    saved = {p.left_title: p for p in store.pairs()}
    assert set(saved) >= {"The story", "Going home"}
    assert (saved["The story"].left_language, saved["The story"].right_language) == ("en", "nl")
    assert saved["The story"].right_title == "Het verhaal"
    article = [p for p in store.pairs() if p.left_path.endswith("a.txt")][0]
    assert (article.left_language, article.right_language) == ("nl", "en")


def test_reading_progress_is_shown_as_a_percentage(make_panel, store, library):
    store.add_folder(library)
    panel = make_panel(store)
    story = pair_row(panel, "Het verhaal")
    assert story.text(PROGRESS_COLUMN) == ""
    pair_id = [p.id for p in store.pairs() if p.left_title == "The story"][0]
    store.save_position(pair_id, link=4, fraction=0.5, link_count=9)
    panel.update_progress()
    assert story.text(PROGRESS_COLUMN) == "50 %"


def test_progress_survives_a_rescan(qtbot, make_panel, store, library):
    store.add_folder(library)
    panel = make_panel(store)
    pair_id = [p.id for p in store.pairs() if p.left_title == "Going home"][0]
    store.save_position(pair_id, link=0, fraction=1.0, link_count=4)
    panel.rescan_button.click()
    wait_for_scan(qtbot, panel)
    assert pair_row(panel, "Going home").text(PROGRESS_COLUMN) == "25 %"


def test_the_scan_runs_in_the_background_while_the_panel_stays_usable(qtbot, monkeypatch, make_panel, store,
                                                                       library):
    make_panel(store)
    release = threading.Event()
    slow_load = library_scan.load_document

    def held_load(path, **kwargs):
        release.wait(10)  # the scan stops here until the test lets it go
        return slow_load(path, **kwargs)

    monkeypatch.setattr(library_scan, "load_document", held_load)
    panel = LibraryPanel(store)
    qtbot.addWidget(panel)
    panel.show()
    panel.add_folder(str(library))
    try:
        assert panel.is_scanning()
        assert panel.status_label.text() == "Scanning the library folders…"
        assert not panel.rescan_button.isEnabled()
        qtbot.keyClicks(panel.filter_edit, "kat")  # the event loop runs: typing still works
        assert panel.filter_edit.text() == "kat"
    finally:
        release.set()
    wait_for_scan(qtbot, panel)
    assert len(items(panel, PAIR)) == 3
    assert panel.rescan_button.isEnabled()


def test_add_folder_asks_for_a_folder_and_lists_its_pairs(qtbot, monkeypatch, make_panel, store, library):
    panel = make_panel(store)
    assert items(panel) == []
    assert "Add a folder" in panel.status_label.text()
    monkeypatch.setattr("bilingual_reader.ui.library_panel.QFileDialog.getExistingDirectory",
                        lambda *args, **kwargs: str(library))
    qtbot.mouseClick(panel.add_button, Qt.LeftButton)
    wait_for_scan(qtbot, panel)
    assert store.folders() == [str(library)]
    assert len(items(panel, PAIR)) == 3


def test_remove_folder_removes_the_selected_folder_only(qtbot, make_panel, store, library, tmp_path):
    other = tmp_path / "Other"
    other.mkdir()
    (other / "poem.fr.md").write_text("Le poème\n", encoding="utf-8")
    (other / "poem.de.md").write_text("Das Gedicht\n", encoding="utf-8")
    store.add_folder(library)
    store.add_folder(other)
    panel = make_panel(store)
    assert not panel.remove_button.isEnabled()
    panel.tree.setCurrentItem(pair_row(panel, "Le poème"))
    assert panel.remove_button.isEnabled()
    qtbot.mouseClick(panel.remove_button, Qt.LeftButton)
    assert store.folders() == [str(library)]
    assert [f.text(TITLE_COLUMN) for f in items(panel, FOLDER)] == ["Teksten"]
    assert not [i for i in items(panel, PAIR) if "poème" in i.text(TITLE_COLUMN)]
    # The pair stays in the store, so its reading position is kept if the folder comes back.
    assert any(p.left_path.endswith("poem.de.md") for p in store.pairs())


def test_rescan_finds_files_added_since(qtbot, make_panel, store, library):
    store.add_folder(library)
    panel = make_panel(store)
    (library / "letter.de.txt").write_text("Ein Brief\n\nLiebe Anna.\n", encoding="utf-8")
    (library / "letter.fr.txt").write_text("Une lettre\n\nChère Anna.\n", encoding="utf-8")
    qtbot.mouseClick(panel.rescan_button, Qt.LeftButton)
    wait_for_scan(qtbot, panel)
    letter = pair_row(panel, "Ein Brief")
    assert letter.data(TITLE_COLUMN, DETAIL_ROLE) == "Deutsch / German ↔ Français / French"


def test_filter_shows_only_matching_rows_ignoring_accents_and_case(qtbot, make_panel, store, library):
    store.add_folder(library)
    panel = make_panel(store)
    qtbot.keyClicks(panel.filter_edit, "HUIS")
    assert [r.text(TITLE_COLUMN) for r in items(panel, PAIR) if shown(r)] == ["Going home ↔ Naar huis"]
    assert not shown(items(panel, UNPAIRED)[0])
    panel.filter_edit.clear()
    qtbot.keyClicks(panel.filter_edit, "francais")
    assert [r for r in items(panel, PAIR) if shown(r)] == []
    panel.filter_edit.clear()
    qtbot.keyClicks(panel.filter_edit, "dutch")
    assert len([r for r in items(panel, PAIR) if shown(r)]) == 3
    panel.filter_edit.clear()
    assert all(shown(r) for r in items(panel))


def test_an_unreadable_folder_is_reported_in_the_panel(make_panel, store, library, tmp_path):
    store.add_folder(library)
    store.add_folder(tmp_path / "gone")
    panel = make_panel(store)
    assert panel.error_label.isVisible()
    assert "Cannot read" in panel.error_label.text() and "gone" in panel.error_label.text()
    gone = [f for f in items(panel, FOLDER) if f.text(TITLE_COLUMN) == "gone"][0]
    assert gone.data(TITLE_COLUMN, DETAIL_ROLE) == "Cannot be read"
    assert len(items(panel, PAIR)) == 3  # the readable folder is still listed


def test_a_damaged_store_is_reported_and_the_panel_still_works(qtbot, make_panel, tmp_path, library):
    path = tmp_path / "broken" / "library.sqlite"
    path.parent.mkdir()
    path.write_bytes(b"this is not a database" * 100)
    with Store(path) as store:
        assert store.status is StoreStatus.RECOVERED
        panel = make_panel(store)
        assert panel.error_label.isVisible()
        assert "damaged" in panel.error_label.text()
        panel.add_folder(str(library))
        wait_for_scan(qtbot, panel)
        assert len(items(panel, PAIR)) == 3
        assert "damaged" in panel.error_label.text()  # still said: the old file was kept aside


def test_typing_the_heading_shows_the_unpaired_files(qtbot, make_panel, store, library):
    store.add_folder(library)
    panel = make_panel(store)
    qtbot.keyClicks(panel.filter_edit, "unpaired")
    assert [i.text(TITLE_COLUMN) for i in items(panel, UNPAIRED) if shown(i)] == ["notes.txt"]
    assert not [i for i in items(panel, PAIR) if shown(i)]


def test_a_rescan_reads_no_document_it_already_knows(qtbot, monkeypatch, make_panel, store, library):
    store.add_folder(library)
    panel = make_panel(store)
    loaded = []
    real_load = library_scan.load_document
    monkeypatch.setattr(library_scan, "load_document", lambda path, **kw: loaded.append(path) or real_load(path, **kw))
    qtbot.mouseClick(panel.rescan_button, Qt.LeftButton)
    wait_for_scan(qtbot, panel)
    assert loaded == []
    assert pair_row(panel, "Poetin").data(TITLE_COLUMN, DETAIL_ROLE) == "Nederlands / Dutch ↔ English"
    assert "Het verhaal" in pair_row(panel, "The story").text(TITLE_COLUMN)


def test_folders_added_while_a_scan_runs_are_all_listed(qtbot, make_panel, store, library, tmp_path):
    other = tmp_path / "Other"
    other.mkdir()
    (other / "poem.fr.md").write_text("Le poème\n", encoding="utf-8")
    (other / "poem.de.md").write_text("Das Gedicht\n", encoding="utf-8")
    panel = make_panel(store)
    panel.add_folder(str(library))
    panel.add_folder(str(other))  # the first scan is still running
    wait_for_scan(qtbot, panel)
    assert sorted(f.text(TITLE_COLUMN) for f in items(panel, FOLDER)) == ["Other", "Teksten"]
    assert len(items(panel, PAIR)) == 4


def test_switching_to_another_store_mid_scan_lists_the_new_stores_folders(qtbot, monkeypatch, make_panel, store,
                                                                           library, tmp_path):
    other = tmp_path / "Other"
    other.mkdir()
    (other / "poem.fr.md").write_text("Le poème\n", encoding="utf-8")
    (other / "poem.de.md").write_text("Das Gedicht\n", encoding="utf-8")
    panel = make_panel(store)
    release = threading.Event()
    real_load = library_scan.load_document
    monkeypatch.setattr(library_scan, "load_document", lambda path, **kw: release.wait(10) and real_load(path, **kw))
    with Store(tmp_path / "second" / "library.sqlite") as second:
        second.add_folder(other)
        panel.add_folder(str(library))   # this scan waits on its first document…
        panel.set_store(second)
        store.close()                    # …and then fails, its store closed: no error of the new store
        release.set()
        wait_for_scan(qtbot, panel)
        assert [f.text(TITLE_COLUMN) for f in items(panel, FOLDER)] == ["Other"]
        assert [p.text(TITLE_COLUMN) for p in items(panel, PAIR)] == ["Das Gedicht ↔ Le poème"]
        assert panel.error_label.isHidden()
