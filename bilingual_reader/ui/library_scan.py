"""Scanning the library folders off the UI thread: find pairs, detect languages, read titles, save."""

from __future__ import annotations

import os
import threading
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from ..core.decoding import LoadError
from ..core.language import UNKNOWN, detect_document_language
from ..core.library import LibraryScan, remember_pairs, scan_library
from ..core.loading import load_document
from ..core.store import Store, StoreError


class Cancelled(Exception):
    """The scan was asked to stop."""


@dataclass
class LibraryListing:
    """What a scan found, with what the store adds: pair ids, titles and languages it knows."""

    folders: tuple[str, ...]
    scan: LibraryScan
    pair_ids: tuple[int | None, ...]
    titles: dict[Path, str] = field(default_factory=dict)
    # Each paired file's language: from its name or detection, else what the store knew.
    languages: dict[Path, str] = field(default_factory=dict)
    # Library folders that are missing or cannot be opened.
    unreadable: tuple[str, ...] = ()
    # The problem with saving the scan, in words, if any (the list is still shown).
    store_problem: str = ""


class DocumentReader:
    """Loads documents for the scan, once each: their language (for the detector) and their title."""

    def __init__(self, cancelled: Callable[[], bool] = lambda: False,
                 known_languages: dict[Path, str] | None = None) -> None:
        self.titles: dict[Path, str] = {}
        self._cancelled = cancelled
        self._known_languages = known_languages or {}

    def detect(self, path: Path) -> str:
        """The language code of a document, as scan_library's detector."""
        # A language detected in an earlier scan is trusted, so a rescan reads no file twice.
        if self._known_languages.get(Path(path)):
            return self._known_languages[Path(path)]
        if self._cancelled():
            raise Cancelled()
        document = load_document(path)
        self.titles[Path(path)] = document.title
        guess = detect_document_language(document.texts)
        return guess.code if guess.is_known else UNKNOWN

    def title(self, path: Path) -> str:
        """A document's title ('' when it cannot be read: the panel then shows the pair's name)."""
        if path not in self.titles:
            if self._cancelled():
                raise Cancelled()
            try:
                self.titles[path] = load_document(path).title
            except (LoadError, OSError, ValueError):
                self.titles[path] = ""
        return self.titles[path]


def scan_and_remember(store: Store | None, folders: tuple[str, ...],
                      cancelled: Callable[[], bool] = lambda: False,
                      progress: Callable[[int, int], None] = lambda done, total: None) -> LibraryListing:
    """Scan ``folders``, save the pairs in ``store`` and fill in titles it does not know yet."""
    known_languages: dict[Path, str] = {}
    for pair in store.pairs() if store is not None else ():
        known_languages[Path(pair.left_path)] = pair.left_language
        known_languages[Path(pair.right_path)] = pair.right_language
    reader = DocumentReader(cancelled, known_languages)
    scan = scan_library(folders, reader.detect)
    store_problem = ""
    pair_ids: list[int | None] = [None] * len(scan.pairs)
    if store is not None and store.writable:
        try:
            pair_ids = list(remember_pairs(store, scan))
        except StoreError as error:
            store_problem = error.user_message
    known = {(p.left_path, p.right_path): p for p in store.pairs()} if store is not None else {}
    titles: dict[Path, str] = {}
    languages: dict[Path, str] = {}
    untitled = []  # pairs whose titles were read now: saved so the next scan need not read them
    for done, found in enumerate(scan.pairs):
        progress(done, len(scan.pairs))
        stored = known.get((str(found.left), str(found.right)))
        if stored is not None and pair_ids[done] is None:
            pair_ids[done] = stored.id  # a read-only store still knows the pair's id and position
        left_title = stored.left_title if stored and stored.left_title else reader.title(found.left)
        right_title = stored.right_title if stored and stored.right_title else reader.title(found.right)
        titles[found.left], titles[found.right] = left_title, right_title
        languages[found.left] = _known(found.left_language, stored.left_language if stored else "")
        languages[found.right] = _known(found.right_language, stored.right_language if stored else "")
        if stored is not None and (left_title, right_title) != (stored.left_title, stored.right_title):
            untitled.append((found, left_title, right_title))
    if untitled and store is not None and store.writable and not store_problem:
        try:
            with store.batch():
                for found, left_title, right_title in untitled:
                    store.save_pair(found.left, found.right, left_title=left_title, right_title=right_title)
        except StoreError as error:
            store_problem = error.user_message
    unreadable = tuple(f for f in folders if not (os.path.isdir(f) and os.access(f, os.R_OK | os.X_OK)))
    return LibraryListing(tuple(folders), scan, tuple(pair_ids), titles, languages, unreadable, store_problem)


def _known(found: str, stored: str) -> str:
    """The language a scan found, else the one the store knew, else 'unknown'."""
    if found and found != UNKNOWN:
        return found
    return stored or UNKNOWN


class LibraryScanJob(QObject):
    """One scan of the library folders: emits progress, then finished or failed."""

    progress = Signal(int, int)          # pairs given titles so far, of how many
    finished = Signal(object)            # LibraryListing
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, store: Store | None, folders: list[str]) -> None:
        super().__init__()
        self.store = store
        self.folders = tuple(folders)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the scan to stop before the next document it would read."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        """True once cancel() was called."""
        return self._cancel.is_set()

    def run(self) -> None:
        """Do the scan (in a pool thread); every outcome is reported by a signal."""
        try:
            listing = scan_and_remember(self.store, self.folders, self.is_cancelled, self.progress.emit)
        except Cancelled:
            self.cancelled.emit()
        except Exception as error:  # a bug must reach the user as a message, not kill the thread
            traceback.print_exc()
            self.failed.emit(str(error) or type(error).__name__)
        else:
            self.finished.emit(listing)


def start(job: LibraryScanJob, pool: QThreadPool | None = None) -> None:
    """Run a scan in the background."""
    from . import workers

    workers.start(job, pool)
