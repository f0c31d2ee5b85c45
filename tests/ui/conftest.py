"""Fixtures for GUI tests: a real window on the seeds, with settings kept in a temporary file."""

import pytest
from PySide6.QtCore import QSettings, QStandardPaths

from bilingual_reader.core.store import Store
from bilingual_reader.ui.app import make_application
from bilingual_reader.ui.main_window import MainWindow
from bilingual_reader.ui.settings import Preferences

QStandardPaths.setTestModeEnabled(True)


@pytest.fixture
def preferences(tmp_path):
    """Preferences stored in a throw-away INI file."""
    return Preferences(QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))


@pytest.fixture
def store(tmp_path):
    """A library database in a throw-away folder."""
    with Store(tmp_path / "library.sqlite3") as db:
        yield db


@pytest.fixture
def open_window(qtbot, qapp, preferences, store):
    """A function that opens a window on a pair and waits until it is aligned."""
    make_application()

    def opener(left, right, size=(1200, 800)):
        window = MainWindow(preferences, store)
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        window.open_pair(str(left), str(right))
        qtbot.waitUntil(lambda: window.pair is not None, timeout=20000)
        return window

    return opener


@pytest.fixture
def seed_window(open_window, dutch_seed, english_seed):
    """The window on the bundled Dutch/English pair."""
    return open_window(dutch_seed, english_seed)
