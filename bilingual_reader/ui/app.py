"""Starting the GUI: the application object, the window, and offscreen snapshots."""

from __future__ import annotations

import os
import sys

APP_NAME = "Bilingual Reader"
ORG_NAME = "BilingualReader"


def make_application(argv: list[str] | None = None):
    """The QApplication, created once, with the names QSettings and QStandardPaths use."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__import__("bilingual_reader").__version__)
    return app


def run_window(left: str, right: str) -> int:
    """Open the reader window on a pair and run until it closes."""
    app = make_application()
    from .main_window import MainWindow
    from .pair_memory import default_store

    window = MainWindow(store=default_store())
    window.show()
    window.open_pair(left, right)
    return app.exec()


def render_snapshot(left: str, right: str, output: str, size: tuple[int, int], select: int | None) -> int:
    """Render the window for a pair offscreen to a PNG file."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    from ..core.decoding import LoadError
    from ..core.pipeline import load_pair
    from .main_window import MainWindow

    pair = load_pair(left, right)
    window = MainWindow()
    window.resize(*size)
    window.show()
    window.show_pair(pair)
    app.processEvents()
    if select is not None:
        if not 0 <= select < len(pair.alignment):
            raise LoadError(f"--select {select} is out of range (0 to {len(pair.alignment) - 1})")
        window.select_link(select)
        window.scroll_to_link(select)
    app.processEvents()
    if not window.grab().save(output):
        raise LoadError(f"cannot write {output}")
    print(output)
    return 0
