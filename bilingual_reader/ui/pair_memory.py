"""What the reader remembers about the open pair: its place in the library, reading position, corrections."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from ..core.paths import database_path

if TYPE_CHECKING:
    from ..core.alignment import Alignment
    from ..core.pipeline import AlignedPair
    from ..core.reopen import Reopened
    from ..core.store import Store

# The store's modules (and sqlite3) are imported where the store is used, not at start-up.

_SAVE_DELAY_MS = 400  # scrolling emits many positions; the last one after a pause is saved


def default_store() -> Store:
    """The library database in the platform's application-data folder (the command line uses it too)."""
    from ..core.store import Store

    return Store(database_path())


class PairMemory(QObject):
    """Saves and restores the open pair's reading position and corrections in the Store."""

    problem = Signal(str)  # a message for the user when something could not be saved

    def __init__(self, store: Store | Callable[[], Store] | None, parent: QObject | None = None) -> None:
        """With a store, or a function that opens one when first needed (so start-up does not wait for it)."""
        super().__init__(parent)
        self._store = None if callable(store) else store
        self._opener = store if callable(store) else None
        self._lock = threading.Lock()
        self.pair_id: int | None = None
        self.key: str | None = None
        self._pending: tuple[int, float, int] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_SAVE_DELAY_MS)
        self._timer.timeout.connect(self._save_when_free)
        # True while a worker may hold the store (the window sets it): a position written then
        # waits for the worker's transaction, such as the library indexing a book's links (0.2 s)
        self.busy: Callable[[], bool] = lambda: False

    @property
    def store(self) -> Store | None:
        """The library database, opened on first use (from any thread)."""
        with self._lock:
            if self._store is None and self._opener is not None:
                from ..core.store_open import StoreStatus

                self._store, self._opener = self._opener(), None
                if self._store.status is not StoreStatus.OK:
                    self.problem.emit(self._store.message)  # queued to the window when in a worker
            return self._store

    def status_message(self) -> str | None:
        """The store's message when it is open and not working normally (damaged, locked, read-only)."""
        if self._store is None:
            return None
        from ..core.store_open import StoreStatus

        if self._store.status is StoreStatus.OK:
            return None
        return self._store.message

    def adopt(self, reopened: Reopened) -> None:
        """Take over a pair that the worker registered in the library."""
        self.flush()
        self.pair_id, self.key = reopened.pair_id, reopened.key
        if reopened.problem:
            self.problem.emit(reopened.problem)

    def remember_position(self, link: int, fraction: float, link_count: int) -> None:
        """Note the reading position; it is written after a short pause (or at flush)."""
        if self.pair_id is None:
            return
        self._pending = (link, fraction, link_count)
        self._timer.start()

    def _save_when_free(self) -> None:
        """Write the pending position after the pause, or after another one while a worker holds the store."""
        if self.busy():
            self._timer.start()
        else:
            self.flush()

    def flush(self) -> None:
        """Write a pending reading position now."""
        self._timer.stop()
        if self._pending is None or self.store is None or self.pair_id is None:
            return
        from ..core.store_open import StoreError

        link, fraction, count = self._pending
        self._pending = None
        try:
            self.store.save_position(self.pair_id, link, fraction, count)
        except StoreError as exc:
            self.problem.emit(exc.user_message)

    def save_corrections(self, pair: AlignedPair, alignment: Alignment) -> None:
        """Store the confirmed links of an alignment, keyed by the pair's content."""
        if self.store is None or self.key is None:
            return
        from ..core.store_open import StoreError

        try:
            self.store.save_corrections(self.key, alignment.links, pair.left.texts, pair.right.texts,
                                        pair_id=self.pair_id)
        except StoreError as exc:
            self.problem.emit(exc.user_message)

    def add_bookmark(self, link: int, note: str) -> bool:
        """Mark a link of the open pair with a note; False when there is nowhere to keep it."""
        if self.store is None or self.pair_id is None:
            return False
        from ..core.store_open import StoreError

        try:
            self.store.add_bookmark(self.pair_id, link, note)
        except StoreError as exc:
            self.problem.emit(exc.user_message)
            return False
        return True

    def bookmarks(self) -> list:
        """The open pair's bookmarks in reading order."""
        if self.store is None or self.pair_id is None:
            return []
        return self.store.bookmarks(self.pair_id)

    def remove_bookmark(self, bookmark_id: int) -> None:
        """Delete one of the open pair's bookmarks."""
        if self.store is not None:
            from ..core.store_open import StoreError

            try:
                self.store.remove_bookmark(bookmark_id)
            except StoreError as exc:
                self.problem.emit(exc.user_message)
