"""Starting the GUI: the application object, the window, and offscreen snapshots."""

from __future__ import annotations

import gc
import os
import sys

from ..core.paths import APPLICATION as APP_NAME
from ..core.paths import ORGANISATION as ORG_NAME


def make_application(argv: list[str] | None = None):
    """The QApplication, created once, with the names QSettings and QStandardPaths use."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        _quiet_offscreen_warnings()
        # By now start-up has made its long-lived objects (modules, classes, Qt's Python enums);
        # frozen, they are no longer walked by every collection of the garbage collector, and
        # every full collection while reading is shorter. The worker freezes what it made too.
        # (A reader started by __main__ has held the collector off since its start and freezes
        # again at the first frame, see core/collector.py; this serves windows made otherwise,
        # snapshots among them: 2 ms less before their first frame.)
        gc.freeze()
        # Fusion from the start (the theme insists on it): the first frame is drawn in the
        # style the window keeps, whatever the desktop's default, and no style is made twice.
        app = QApplication([*(argv or [sys.argv[0]]), "-style", "Fusion"])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__import__("bilingual_reader").__version__)
    return app


def _quiet_offscreen_warnings() -> None:
    """Drop the offscreen platform's notice about window size hints, which every snapshot would print."""
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def run_window(left: str, right: str | None, documents=None) -> int:
    """Open the reader window on a pair (or on an aligned bitext when right is None) and run until it closes."""
    app = make_application()
    from .main_window import MainWindow
    from .pair_memory import default_store

    window = MainWindow(store=default_store)  # opened by the first job, off the UI thread
    window.show()
    window.open_pair(left, right, documents)
    return app.exec()


def render_snapshot(pair, output: str, size: tuple[int, int], select: int | None,
                    view: str = "reading", theme: str = "light") -> int:
    """Render the window for an aligned pair offscreen to a PNG file, in a given view and theme."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    import tempfile

    from PySide6.QtCore import QSettings

    from ..core.decoding import LoadError
    from . import workers
    from .main_window import MainWindow
    from .settings import Preferences

    if select is not None and not 0 <= select < len(pair.alignment):
        raise LoadError(f"--select {select} is out of range (0 to {len(pair.alignment) - 1})")
    with tempfile.TemporaryDirectory() as scratch:
        # A snapshot shows the defaults, never the user's own settings, and saves nothing.
        window = MainWindow(Preferences(QSettings(os.path.join(scratch, "settings.ini"), QSettings.IniFormat)))
        window.set_theme(theme)
        window.resize(*size)
        window.show()
        window.show_pair(pair)
        window.set_mode(view)
        _until_filled(app, window.panes.values())
        if select is not None:
            window.select_link(select)
            window.scroll_to_link(select)
        _until_still(app, window.panes.values())
        saved = window.grab().save(output)
        window.close()
        workers.stop_all()  # the window's background jobs end before the process does
    if not saved:
        raise LoadError(f"cannot write {output}")
    print(output)
    return 0


def _until_filled(app, panes, seconds: float = 60.0) -> None:
    """Let the event loop run until every pane shows its whole text (a book is filled in steps)."""
    import time

    deadline = time.monotonic() + seconds
    app.processEvents()
    while any(pane.is_filling() for pane in panes) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()


def _until_still(app, panes, seconds: float = 5.0, quiet: int = 15) -> None:
    """Let the event loop run until the panes stop scrolling (the other pane follows in steps
    while a book is still being laid out)."""
    import time

    deadline = time.monotonic() + seconds
    last, unchanged = None, 0
    while unchanged < quiet and time.monotonic() < deadline:
        app.processEvents()
        now = tuple(pane.view.verticalScrollBar().value() for pane in panes)
        unchanged = unchanged + 1 if now == last else 0
        last = now
        time.sleep(0.01)
