"""Loading, detection and alignment off the UI thread; results come back as signals."""

from __future__ import annotations

import threading
import traceback
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.decoding import LoadError
from ..core.loading import load_document
from ..core.pipeline import Cancelled, detect_and_align, load_bitext_pair


class PairJob(QObject):
    """One pair being opened: emits loaded (text can be shown), then aligned, or failed."""

    progress = Signal(str, float)
    loaded = Signal(object, object)      # left Document, right Document
    aligned = Signal(object)             # AlignedPair
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, left_path: str, right_path: str | None) -> None:
        """A job for two files, or for one aligned bitext (TMX, TSV) when right_path is None."""
        super().__init__()
        self.left_path = left_path
        self.right_path = right_path
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the job to stop at its next stage."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """True once cancel() was called."""
        return self._cancel.is_set()

    def run(self) -> None:
        """Do the work (in a pool thread); every outcome is reported by a signal."""
        try:
            self.progress.emit("Loading", 0.0)
            if self.right_path is None:
                pair = load_bitext_pair(self.left_path)
                self.loaded.emit(pair.left, pair.right)
                self.aligned.emit(pair)
                return
            left = load_document(self.left_path)
            right = load_document(self.right_path)
            if self.is_cancelled():
                raise Cancelled()
            self.loaded.emit(left, right)
            pair = detect_and_align(left, right, progress=self.progress.emit, cancelled=self.is_cancelled)
            self.aligned.emit(pair)
        except Cancelled:
            self.cancelled.emit()
        except LoadError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:  # a bug must reach the user as a message, not kill the thread
            traceback.print_exc()
            names = " and ".join(Path(p).name for p in (self.left_path, self.right_path) if p)
            self.failed.emit(f"Could not open {names}: {exc}")


class _Runner(QRunnable):
    """Runs a job's run() in the thread pool."""

    def __init__(self, job: PairJob) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        """QRunnable entry point."""
        self.job.run()


def start(job: PairJob, pool: QThreadPool | None = None) -> None:
    """Run a job in the background."""
    (pool or QThreadPool.globalInstance()).start(_Runner(job))
