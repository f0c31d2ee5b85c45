"""Start-up time: process start to the first painted text, for the reader and for a bare PySide6 baseline.

    python benchmarks/startup.py [--runs 5]

Each run is a fresh process (offscreen). The baseline shows the same two seed texts in two plain
QPlainTextEdit widgets, so the ratio says what the reader adds over Qt itself.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# The steps of `bilingual-reader` with no arguments, in its order (__main__.main, cli.run,
# cli._cmd_open, then ui.app.run_window): the garbage collector held off until the first frame,
# the command line parsed, the seeds found and read before Qt is imported, the window made after
# the application. Only the library database is left out (it is opened off the UI thread, by
# the first job).
_READER = r"""
import os, sys, time
from bilingual_reader.core.collector import hold_for_start
hold_for_start()
from bilingual_reader.cli import _open_args
args = _open_args(["open"])
from bilingual_reader.core.loading import load_document
from bilingual_reader.core.pairs import resolve_pair
left, right = resolve_pair(args.paths)
documents = (load_document(left), load_document(right))
import PySide6.QtCore as QtCore
from PySide6.QtCore import QTimer
from bilingual_reader.ui.app import make_application
app = make_application()
from bilingual_reader.ui.main_window import MainWindow
from bilingual_reader.ui.reading_pane import ReadingView
# The first paint is seen in the text view's own paintEvent: an event filter would need the view's
# viewport(), and the first viewport() call of a process costs ~20 ms (PySide makes QtWidgets'
# enum types then), which the reader itself leaves until after its first frame.
painted = []
paint_text = ReadingView.paintEvent
def first_paint(view, event):
    paint_text(view, event)
    if not painted and view is window.panes["left"].view and window.panes["left"].block_count():
        painted.append(time.time())
        # PySide puts Qt's namespace in the module (building its ~90 enums) when first touched;
        # the first frame must not need it (tests/ui/test_startup.py reads this line)
        print("qt namespace", "built" if "Qt" in QtCore.__dict__ else "not built", flush=True)
        print(painted[0] - float(os.environ["T0"]), flush=True)
        QTimer.singleShot(0, app.quit)
ReadingView.paintEvent = first_paint
window = MainWindow()
window.show()
window.open_pair(str(left), str(right), documents)
QTimer.singleShot(20000, app.quit)
app.exec()
"""

_BARE = r"""
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPlainTextEdit, QWidget
app = QApplication([])
painted = []
class Edit(QPlainTextEdit):
    # the first paint, seen without asking for the viewport (see _READER)
    def paintEvent(self, event):
        super().paintEvent(event)
        if not painted and self is edits[0]:
            painted.append(time.time())
            print(painted[0] - float(os.environ["T0"]), flush=True)
            QTimer.singleShot(0, app.quit)
seeds = sorted(Path(sys.argv[1]).glob("*.txt"))
window = QWidget(); box = QHBoxLayout(window); edits = []
for path in seeds:
    edit = Edit(); edit.setPlainText(path.read_text(encoding="utf-8")); box.addWidget(edit); edits.append(edit)
window.resize(1280, 820); window.show()
app.exec()
"""


def time_once(code: str, *args: str) -> float:
    """Seconds from spawning a Python process running ``code`` to its first painted text."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", T0=repr(time.time()))
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
                         timeout=60, cwd=REPO)
    lines = [ln for ln in out.stdout.splitlines() if ln.strip()]
    if out.returncode != 0 or not lines:
        raise RuntimeError(out.stderr[-2000:])
    return float(lines[-1])


def stale_bytecode() -> list[str]:
    """The package's modules whose cached bytecode is missing or older than their source.

    With PYTHONDONTWRITEBYTECODE set, each of them is compiled again at every start (a large
    module costs tens of milliseconds), which an installed reader (compileall) never does.
    """
    import importlib.util

    stale = []
    for source in sorted((REPO / "bilingual_reader").rglob("*.py")):
        cached = Path(importlib.util.cache_from_source(str(source)))
        if not cached.exists() or cached.stat().st_mtime < source.stat().st_mtime:
            stale.append(str(source.relative_to(REPO)))
    return stale


def measure(runs: int) -> dict:
    """Median start-up of the reader and of the bare baseline, alternating runs to share the noise."""
    reader, bare = [], []
    for _ in range(runs):
        bare.append(time_once(_BARE, str(REPO / "seeds")))
        reader.append(time_once(_READER))
    r, b = statistics.median(reader), statistics.median(bare)
    result = {"reader_s": r, "bare_pyside6_s": b, "ratio": r / b, "runs": runs,
              "reader_runs_s": reader, "bare_runs_s": bare}
    if os.environ.get("PYTHONDONTWRITEBYTECODE") and (stale := stale_bytecode()):
        result["stale_bytecode"] = stale  # a diagnostic: these were compiled in every reader run
    return result


def main() -> None:
    """Print the start-up table (and JSON with --json)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(args.runs)
    if args.json:
        print(json.dumps(result))
        return
    print(f"{'what':<34}{'median s':>10}")
    print(f"{'bare PySide6, two text widgets':<34}{result['bare_pyside6_s']:>10.3f}")
    print(f"{'Bilingual Reader on the seeds':<34}{result['reader_s']:>10.3f}")
    print(f"{'ratio':<34}{result['ratio']:>10.2f}")
    if result.get("stale_bytecode"):
        print(f"note: bytecode older than the source, compiled at every start (python -m compileall "
              f"bilingual_reader to measure an installed reader): {', '.join(result['stale_bytecode'])}")


if __name__ == "__main__":
    main()
