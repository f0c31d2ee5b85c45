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


def test_the_first_paint_gives_the_start_up_hold_on_the_collector_back(qtbot, monkeypatch, preferences, store,
                                                                        dutch_seed, english_seed):
    """The collector, held off while the window was made, runs again before the aligner starts."""
    import gc

    from bilingual_reader.core import collector

    held_at_start = []
    real_start = workers.start
    monkeypatch.setattr(workers, "start", lambda job, pool=None: (held_at_start.append(collector._start_held),
                                                                   real_start(job, pool)))
    collector.hold_for_start()
    try:
        window = MainWindow(preferences, store)
        qtbot.addWidget(window)
        window.show()
        window.open_pair(str(dutch_seed), str(english_seed))
        assert not gc.isenabled()
        qtbot.waitUntil(lambda: window.pair is not None, timeout=20000)
        assert held_at_start == [False]  # given back before the worker took its own hold
        qtbot.waitUntil(gc.isenabled, timeout=5000)  # once the worker has left its own hold too
    finally:
        collector.release_start()


def test_a_hidden_window_aligns_at_once(qtbot, preferences, store, dutch_seed, english_seed, started):
    """Without a paint to wait for, the job starts immediately."""
    window = MainWindow(preferences, store)
    qtbot.addWidget(window)
    job = window.open_pair(str(dutch_seed), str(english_seed))
    assert started == [job]
    qtbot.waitUntil(lambda: window.pair is not None, timeout=20000)


def test_the_first_frame_has_the_menu_bar_and_the_rest_follows_when_asked_for(qtbot, preferences):
    """Before it is finished the window has its titled menus; asking for a command finishes it, menus filled in place."""
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert len(titles) == 7 and "&File" in titles
    assert "find_bar" not in window.__dict__  # made after the first paint
    assert window.find_action.shortcut().toString()  # asking for a command finishes the window
    assert [action.text() for action in window.menuBar().actions()] == titles
    assert window.commands.menus["file"].actions()
    assert window.find_bar.parent() is not None


def test_the_window_is_finished_right_after_its_first_paint(qtbot, preferences):
    """Shown, the window makes its commands, find bar and docks once it has painted."""
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "commands" in window.__dict__, timeout=5000)
    assert window._painted and "coverage_dock" in window.__dict__


def test_a_dark_theme_is_in_place_before_the_first_paint(qtbot, preferences):
    """The dark palette cannot wait: the first frame would flash white."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    preferences.set_theme("dark")
    window = MainWindow(preferences)
    qtbot.addWidget(window)
    try:
        assert "commands" not in window.__dict__
        assert QApplication.instance().palette().color(QPalette.Base).lightness() < 60
        assert window.gutter.is_dark()
    finally:
        window.set_theme("light")


def test_a_job_whose_object_went_with_its_window_ends_without_a_traceback(qapp):
    """Emitting from a deleted object raises in the pool's thread, where PySide prints it."""
    import shiboken6
    from PySide6.QtCore import QObject, Signal

    class Orphan(QObject):
        done = Signal(object)

        def run(self):
            self.done.emit(1)

    class Broken(QObject):
        def run(self):
            raise RuntimeError("a bug of the job's own")

    orphan = Orphan()
    shiboken6.delete(orphan)  # as closing the window does to the objects it owns
    workers._Runner(orphan).run()  # no error escapes
    with pytest.raises(RuntimeError, match="own"):
        workers._Runner(Broken()).run()  # any other error still does


def test_quitting_cancels_the_coverage_panels_job(qapp):
    """The panel's job stops at its next check when the program quits (it took a book's time)."""
    from bilingual_reader.ui.coverage_panel import _MarksJob

    job = _MarksJob(pair=None)
    workers._running.add(job)
    try:
        workers.stop_all()
        assert job.cancelled
    finally:
        workers._running.discard(job)


def test_quitting_cancels_running_jobs_and_waits_for_them(qapp):
    """A job left running while Python tears the window down could crash the process at exit."""
    import threading
    import time

    from PySide6.QtCore import QObject

    class Patient(QObject):
        """Works until cancelled."""

        def __init__(self):
            super().__init__()
            self.stop = threading.Event()
            self.finished = False

        def cancel(self):
            self.stop.set()

        def run(self):
            while not self.stop.wait(0.01):
                time.sleep(0)
            self.finished = True

    job = Patient()
    workers.start(job)
    workers.stop_all()  # what QCoreApplication.aboutToQuit calls
    assert job.finished and job not in workers._running


def test_the_first_frame_is_painted_before_qts_namespace_is_built(tmp_path):
    """Touching Qt's namespace builds ~90 Python enums (25-30 ms): the first frame must not need it."""
    import os
    import subprocess
    import sys

    import importlib.util
    from pathlib import Path

    # the start-up benchmark's own reader script, which says whether the namespace was built
    script = Path(__file__).resolve().parents[2] / "benchmarks" / "startup.py"
    spec = importlib.util.spec_from_file_location("bench_startup", script)
    startup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(startup)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path),
               XDG_DATA_HOME=str(tmp_path), T0="0")
    out = subprocess.run([sys.executable, "-c", startup._READER], env=env, capture_output=True, text=True,
                         timeout=60, cwd=startup.REPO)
    assert "qt namespace not built" in out.stdout, out.stdout + out.stderr[-2000:]


def test_pyside_still_tells_the_modules_that_use_it_from_their_files():
    """The cheaper check PySide's import hook is given answers as reading the whole source did."""
    import inspect
    import sys

    import bilingual_reader.core.document as core_module
    import bilingual_reader.ui.gutter as qt_module

    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None:
        pytest.skip("this PySide has no such import hook")
    assert getattr(check, "reads_file_once", False)  # installed by bilingual_reader.ui
    for module, expected in ((qt_module, True), (core_module, False), (inspect, False)):
        assert check(module) is expected
    assert check(sys) is False  # a built-in module has no file: PySide's own check answers
