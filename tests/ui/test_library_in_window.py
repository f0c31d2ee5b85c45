"""The library, export, drag and drop and changed files, as used from the window."""


from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent


def test_export_writes_the_corrected_alignment_as_tmx(seed_window, tmp_path):
    seed_window.select_link(3)
    seed_window.unlink_action.trigger()
    out = tmp_path / "pair.tmx"
    assert seed_window.export_to(str(out), "tmx")
    text = out.read_text(encoding="utf-8")
    assert text.count("<tu>") + text.count("<tu ") == len(seed_window.pair.alignment)
    assert 'xml:lang="nl"' in text and 'xml:lang="en"' in text


def test_exported_tmx_opens_as_a_bitext_with_the_same_links(qtbot, seed_window, tmp_path):
    out = tmp_path / "pair.tmx"
    seed_window.export_to(str(out), "tmx")
    before = [(l.left, l.right) for l in seed_window.pair.alignment]
    seed_window.open_bitext(str(out))
    qtbot.waitUntil(lambda: seed_window.pair is not None and seed_window.pair.left.path == str(out), timeout=10000)
    assert [(l.left, l.right) for l in seed_window.pair.alignment] == before
    assert all(l.confirmed for l in seed_window.pair.alignment)


def drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(10, 10), Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    window.dropEvent(event)


def test_dropping_two_files_opens_them(qtbot, seed_window, tmp_path):
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text("Eerste alinea hier.\n\nTweede alinea daar.\n", encoding="utf-8")
    right.write_text("First paragraph here.\n\nSecond paragraph there.\n", encoding="utf-8")
    drop(seed_window, [left, right])
    qtbot.waitUntil(lambda: seed_window.pair is not None and seed_window.pair.left.path == str(left), timeout=10000)
    assert seed_window.panes["right"].block_count() == 2


def test_dropping_a_big_folder_adds_it_to_the_library(qtbot, seed_window, tmp_path):
    for name in ("x.nl.txt", "x.en.txt", "y.nl.txt"):
        (tmp_path / name).write_text("Tekst.\n", encoding="utf-8")
    drop(seed_window, [tmp_path])
    assert seed_window.library_dock.isVisible()
    assert str(tmp_path) in seed_window.library_panel.folders()


def test_library_pair_opens_on_activation(qtbot, seed_window, tmp_path, dutch_seed, english_seed):
    folder = tmp_path / "lib"
    folder.mkdir()
    (folder / "story.nl.txt").write_text(dutch_seed.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "story.en.txt").write_text(english_seed.read_text(encoding="utf-8"), encoding="utf-8")
    seed_window.library_panel.pair_activated.emit(str(folder / "story.en.txt"), str(folder / "story.nl.txt"))
    qtbot.waitUntil(lambda: seed_window.pair is not None and seed_window.pair.left.path.endswith("story.en.txt"),
                    timeout=10000)
    assert "English" in seed_window.panes["left"].header.text()


def test_library_search_result_opens_the_pair_at_that_link(qtbot, open_window, store, dutch_seed, english_seed):
    window = open_window(dutch_seed, english_seed)
    qtbot.waitUntil(lambda: bool(store.search("sancties")), timeout=10000)  # indexed just after it is shown
    hits = store.search("sancties")
    assert hits and hits[0].link == 4
    window.select_link(0)
    window.library_search.result_activated.emit(hits[0].pair_id, hits[0].link)
    assert window.current_link == 4


def test_changed_file_is_reloaded_keeping_the_place(qtbot, open_window, tmp_path, dutch_seed, english_seed):
    left, right = tmp_path / "nl.txt", tmp_path / "en.txt"
    left.write_text(dutch_seed.read_text(encoding="utf-8"), encoding="utf-8")
    right.write_text(english_seed.read_text(encoding="utf-8"), encoding="utf-8")
    window = open_window(left, right, (700, 420))
    window.sync.scroll_to_sync_y("left", window.panes["left"].block_top(6) + 20)
    window.memory.flush()
    right.write_text(english_seed.read_text(encoding="utf-8").replace("red lines", "Red lines"), encoding="utf-8")
    qtbot.waitUntil(lambda: "Red lines" in window.panes["right"].view.toPlainText(), timeout=10000)
    qtbot.waitUntil(lambda: window.pair is not None and window.sync.position() is not None
                    and window.sync.position()[0] == 6, timeout=10000)


def test_export_from_the_menu_is_written_off_the_ui_thread_and_reported(qtbot, seed_window, tmp_path):
    """A book's TMX is 0.2-0.3 s of work: the File menu's export runs it in the background."""
    out = tmp_path / "pair.tsv"
    job = seed_window.start_export(str(out), "tsv")
    assert job in seed_window._exports
    qtbot.waitUntil(lambda: "Exported to" in seed_window.statusBar().currentMessage(), timeout=10000)
    assert out.read_text(encoding="utf-8").count("\n") >= len(seed_window.pair.alignment)
    assert not seed_window._exports


def test_an_export_that_cannot_be_written_says_why(qtbot, seed_window, tmp_path, monkeypatch):
    errors = []
    monkeypatch.setattr(seed_window, "show_error", errors.append)
    seed_window.start_export(str(tmp_path / "no such folder" / "pair.tmx"), "tmx")
    qtbot.waitUntil(lambda: bool(errors), timeout=10000)
    assert "Could not write" in errors[0] and "No such file" in errors[0]
