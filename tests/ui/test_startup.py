"""Start-up: the text reaches the screen before the work that can wait for it."""

import pytest

from bilingual_reader.ui import workers
from bilingual_reader.ui.main_window import MainWindow


@pytest.fixture
def started(monkeypatch):
    """The jobs handed to the thread pool, in order."""
    jobs = []
    real_start = workers.start

    def recording_start(job, pool=None):
        jobs.append(job)
        real_start(job, pool)

    monkeypatch.setattr(workers, "start", recording_start)
    return jobs


def test_aligning_waits_for_the_first_paint_of_shown_text(qtbot, preferences, store, dutch_seed, english_seed,
                                                          started):
    """Text loaded on the spot is painted first; the worker starts after the paint and still aligns."""
    window = MainWindow(preferences, store)
    qtbot.addWidget(window)
    window.show()
    job = window.open_pair(str(dutch_seed), str(english_seed))
    assert window.panes["left"].block_count()  # the text is in the pane at once
    assert job not in started  # not before the window painted
    qtbot.waitUntil(lambda: window.pair is not None, timeout=20000)
    assert window._painted and started == [job]


def test_a_hidden_window_aligns_at_once(qtbot, preferences, store, dutch_seed, english_seed, started):
    """Without a paint to wait for, the job starts immediately."""
    window = MainWindow(preferences, store)
    qtbot.addWidget(window)
    job = window.open_pair(str(dutch_seed), str(english_seed))
    assert started == [job]
    qtbot.waitUntil(lambda: window.pair is not None, timeout=20000)
