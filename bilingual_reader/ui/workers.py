"""Loading, detection and alignment off the UI thread; results come back as signals."""

from __future__ import annotations

import sys
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from ..core import collector
from ..core.decoding import LoadError
from ..core.document import Document
from ..core.loading import load_document
from .text_build import layout_pace, plan_text

if TYPE_CHECKING:
    from ..core.store import Store


@contextmanager
def without_collection_pauses():
    """Run work that makes millions of objects without the garbage collector pausing the window.

    A full collection over a book's alignment holds the interpreter lock for 0.1–0.2 s, and the
    window's Python code waits for it. Nothing is collected meanwhile; what survives is frozen,
    so later collections do not walk it again.
    """
    # Every event the window handles in Python waits for the worker to hand over the lock; a
    # short switch interval keeps each wait well under a millisecond.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(min(interval, 0.0005))
    try:
        with collector.held(freeze=True):
            yield
    finally:
        sys.setswitchinterval(interval)


@contextmanager
def layout_held_back(pace):
    """Hold the panes' background layout back while the work runs (a no-op once the program quits)."""
    try:
        pace.hold()
    except RuntimeError:  # the application, and with it the pace, is gone: no pane to spare
        pace = None
    try:
        yield
    finally:
        if pace is not None:
            try:
                pace.release()
            except RuntimeError:
                pass


class PairJob(QObject):
    """One pair being opened: emits loaded (text can be shown), then aligned, or failed."""

    progress = Signal(str, float)
    loaded = Signal(object, object, object, object)  # left and right Document, then their TextPlans
    aligned = Signal(object)             # Reopened: the pair with the reader's corrections and place
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, left_path: str, right_path: str | None, store: Callable[[], Store | None] | None = None,
                 documents: tuple[Document, Document] | None = None) -> None:
        """A job for two files, or for one aligned bitext (TMX, TSV) when right_path is None.

        With documents, the window has loaded (and shown) them already: the job only aligns.
        """
        super().__init__()
        self.documents = documents  # already loaded and shown by the window
        self.left_path = left_path
        self.right_path = right_path
        self.store = store
        self._cancel = threading.Event()
        self._pace = layout_pace()  # made here, on the UI thread, if it is not there yet

    def cancel(self) -> None:
        """Ask the job to stop at its next stage."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """True once cancel() was called."""
        return self._cancel.is_set()

    def _emit_loaded(self, left: Document, right: Document) -> None:
        """Report the loaded documents with their insertion plans, so the UI thread only inserts."""
        self.loaded.emit(left, right, plan_text(left), plan_text(right))

    def run(self) -> None:
        """Do the work (in a pool thread); every outcome is reported by a signal."""
        # The panes lay their long texts out slowly meanwhile: each layout step on the window's
        # thread would compete with the aligner for the processor and the interpreter lock.
        with without_collection_pauses(), layout_held_back(self._pace):
            try:
                self._run()
            except RuntimeError as exc:
                # Emitting failed because the window closed (the program is quitting) while the
                # work went on: there is no one left to tell.
                if "deleted" not in str(exc):
                    raise

    def _run(self) -> None:
        """The stages of run(): load, show, detect and align, put corrections back."""
        # Imported here, in the worker: the aligner's modules are not needed for the first frame.
        from ..core import pipeline
        from ..core.pipeline import Cancelled

        try:
            self.progress.emit("Loading", 0.0)
            if self.right_path is None:
                pair = pipeline.load_bitext_pair(self.left_path)
                self._emit_loaded(pair.left, pair.right)
            else:
                if self.documents is not None:
                    left, right = self.documents
                else:
                    left = load_document(self.left_path)
                    right = load_document(self.right_path)
                    if self.is_cancelled():
                        raise Cancelled()
                    self._emit_loaded(left, right)
                pair = pipeline.detect_and_align(left, right, progress=self.progress.emit, cancelled=self.is_cancelled)
            self.progress.emit("Restoring your corrections", 0.95)
            from ..core.reopen import index_for_search, reopen

            store = self.store() if self.store else None
            reopened = reopen(store, pair)
            if self.is_cancelled():
                raise Cancelled()
            self.aligned.emit(reopened)
            index_for_search(store, reopened)
            # made here, so that swapping the panes takes the window no time for it: last, as
            # made beside the window showing the pair it slowed that from 25 to 55 ms, and made
            # before it the links came 50 ms later
            reopened.pair.swapped()
            # the coverage view's module, compiled here and not at its first use on the window's thread
            from ..core import coverage  # noqa: F401
        except Cancelled:
            self.cancelled.emit()
        except LoadError as exc:
            self.failed.emit(str(exc))
        except RuntimeError as exc:
            if "deleted" in str(exc):
                raise  # the window is gone: run() ends quietly
            self._report_bug(exc)
        except Exception as exc:  # a bug must reach the user as a message, not kill the thread
            self._report_bug(exc)

    def _report_bug(self, exc: Exception) -> None:
        """Print a bug's traceback and tell the user in one line."""
        import traceback  # not at start-up: PySide reads the source of each module imported after it

        traceback.print_exc()
        names = " and ".join(Path(p).name for p in (self.left_path, self.right_path) if p)
        self.failed.emit(f"Could not open {names}: {exc}")


class ExportJob(QObject):
    """An aligned pair written to a file off the UI thread: in a child process where one can be
    (a book's TMX is 0.2-0.3 s of pure Python, which a thread would share with the window)."""

    done = Signal(str, str)  # path, and why it could not be written ('' when it was)

    def __init__(self, path: str, fmt: str, pair) -> None:
        super().__init__()
        self.path, self.fmt, self.pair = path, fmt, pair

    def run(self) -> None:
        """Write the file and report."""
        from ..core.parallel import in_child

        _, error = in_child(lambda: write_export(self.path, self.fmt, self.pair))
        self.done.emit(self.path, error or "")


def write_export(path: str, fmt: str, pair) -> str:
    """Write an aligned pair to a file, here; '' when written, else why not (in the user's words)."""
    from ..core.formats.exports import export_file

    try:
        export_file(path, fmt, pair)
    except OSError as exc:
        return exc.strerror or str(exc)
    return ""


class _Runner(QRunnable):
    """Runs a job's run() in the thread pool."""

    def __init__(self, job: QObject) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        """QRunnable entry point."""
        try:
            self.job.run()
        except RuntimeError as exc:
            # the job's object went with its window (closed, or the program ending): there is
            # no one left to tell, and a traceback would only alarm the reader
            if "deleted" not in str(exc):
                raise
        finally:
            _running.discard(self.job)


# Jobs still running: the pool holds only the C++ runner, and a job that Python collected
# mid-run would emit from a deleted object.
_running: set[QObject] = set()
_pools: list[QThreadPool] = []  # every pool a job was started in
_watched_app: QCoreApplication | None = None  # the application whose quitting stops the jobs
_QUIT_WAIT_MS = 2000  # how long quitting waits for cancelled jobs to reach their next check


def start(job: QObject, pool: QThreadPool | None = None) -> None:
    """Run a job (a QObject with a run() method that reports by signals) in the background."""
    global _watched_app
    pool = pool or QThreadPool.globalInstance()
    app = QCoreApplication.instance()
    if app is not None and app is not _watched_app:
        # A job still emitting while Python tears the application down crashes the process.
        app.aboutToQuit.connect(stop_all)
        _watched_app = app
    if pool not in _pools:
        _pools.append(pool)
    _running.add(job)
    pool.start(_Runner(job))


def pair_job_running() -> bool:
    """True while a pair is being opened (its job may hold the library's store)."""
    return any(isinstance(job, PairJob) for job in _running)


def stop_all() -> None:
    """Cancel the running jobs and wait (a bounded time) until their threads are done; called at quit."""
    for job in list(_running):
        cancel = getattr(job, "cancel", None)
        if callable(cancel):
            cancel()
    for pool in _pools:
        pool.waitForDone(_QUIT_WAIT_MS)  # lets go of the interpreter lock while it waits
