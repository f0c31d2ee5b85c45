"""The interface in English and Dutch: switchable while running, following the system by default."""

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QLocale

from bilingual_reader.ui import i18n

TS = i18n.TRANSLATIONS / "bilingual_reader_nl.ts"
UI = Path(i18n.__file__).resolve().parent


def menu_titles(window):
    return [action.text() for action in window.menuBar().actions()]


def test_switching_to_dutch_translates_menus_actions_and_panels(seed_window):
    assert "&File" in menu_titles(seed_window)
    seed_window.language_nl_action.trigger()
    try:
        assert menu_titles(seed_window)[:3] == ["&Bestand", "Be&werken", "Beel&d"]
        assert seed_window.find_action.text() == "&Zoeken…"
        assert seed_window.find_bar.term.placeholderText() == "Zoeken in de tekst…"
        assert seed_window.library_dock.windowTitle() == "Bibliotheek"
        assert seed_window.link_label.text().startswith("11 koppelingen")
    finally:
        seed_window.language_en_action.trigger()
    assert "&File" in menu_titles(seed_window)
    assert seed_window.link_label.text().startswith("11 links")


def test_choice_is_remembered(seed_window, preferences):
    seed_window.language_nl_action.trigger()
    seed_window.language_en_action.trigger()
    assert preferences.interface_language() == "en"


def test_system_language_is_followed_when_we_have_it(monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("nl_BE")))
    assert i18n.resolve_language("system") == "nl"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("ja_JP")))
    assert i18n.resolve_language("system") == "en"


def test_every_dutch_message_is_translated():
    root = ElementTree.parse(TS).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 100
    for message in messages:
        translation = message.find("translation")
        assert translation.get("type") is None, message.findtext("source")
        forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
        assert all(forms), message.findtext("source")


def test_translation_file_covers_every_text_in_the_code(tmp_path):
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    copy = tmp_path / "nl.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in UI.glob("*.py"))
    subprocess.run([lupdate, "-no-obsolete", *sources, "-ts", str(copy)], check=True, capture_output=True)
    untranslated = [m.findtext("source") for m in ElementTree.parse(copy).getroot().iter("message")
                    if m.find("translation").get("type") == "unfinished"]
    assert untranslated == [], "run pyside6-lupdate and translate these in resources/translations"


def test_english_counts_have_proper_plurals(qtbot, seed_window):
    seed_window.language_en_action.trigger()
    bar = seed_window.find_bar
    bar.open_bar()
    bar.term.setText("Biden")
    bar.search()
    assert bar.count.text() == f"{len(bar.matches)} matches"
    bar.term.setText("NAVO")
    bar.search()
    assert bar.count.text() == "1 match"
