"""What the reader remembers about the open pair: its place in the library, reading position, corrections."""

from __future__ import annotations

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from ..core.alignment import Alignment
from ..core.pipeline import AlignedPair
from ..core.store import Store, StoreError, StoreStatus
from ..core.store_keys import content_key

_SAVE_DELAY_MS = 400  # scrolling emits many positions; the last one after a pause is saved


def default_store() -> Store:
    """The library database in the platform's application-data folder."""
    from pathlib import Path

    folder = Path(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation))
    return Store(folder / "library.sqlite3")


def pair_key(pair: AlignedPair) -> str:
    """The content key of a pair: the same texts give the same key wherever the files lie."""
    return content_key("\n\n".join(pair.left.texts), "\n\n".join(pair.right.texts))


class PairMemory(QObject):
    """Saves and restores the open pair's reading position and corrections in the Store."""

    problem = Signal(str)  # a message for the user when something could not be saved

    def __init__(self, store: Store | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.pair_id: int | None = None
        self.key: str | None = None
        self._pending: tuple[int, float, int] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    def status_message(self) -> str | None:
        """The store's message when it is not working normally (damaged, locked, read-only)."""
        if self.store is None or self.store.status is StoreStatus.OK:
            return None
        return self.store.message

    def open_pair(self, pair: AlignedPair) -> None:
        """Register a pair that was opened, remembering it in the library."""
        self.flush()
        self.pair_id, self.key = None, pair_key(pair)
        if self.store is None:
            return
        try:
            self.pair_id = self.store.save_pair(
                pair.left.path or "", pair.right.path or "",
                left_language=pair.left_language.code, right_language=pair.right_language.code,
                left_title=pair.left.title, right_title=pair.right.title, content_key=self.key)
            self.store.mark_opened(self.pair_id)
        except StoreError as exc:
            self.problem.emit(exc.user_message)

    def index_links(self, pair: AlignedPair) -> None:
        """Put the pair's link texts into the library's full-text search."""
        if self.store is None or self.pair_id is None:
            return
        rows = [(" ".join(pair.left.blocks[i].text for i in link.left),
                 " ".join(pair.right.blocks[j].text for j in link.right)) for link in pair.alignment]
        try:
            self.store.index_pair(self.pair_id, rows)
        except StoreError as exc:
            self.problem.emit(exc.user_message)

    def saved_position(self) -> tuple[int, float] | None:
        """The (link, fraction) where the user left this pair."""
        if self.store is None or self.pair_id is None:
            return None
        position = self.store.position(self.pair_id)
        return (position.link, position.fraction) if position else None

    def remember_position(self, link: int, fraction: float, link_count: int) -> None:
        """Note the reading position; it is written after a short pause (or at flush)."""
        if self.pair_id is None:
            return
        self._pending = (link, fraction, link_count)
        self._timer.start()

    def flush(self) -> None:
        """Write a pending reading position now."""
        self._timer.stop()
        if self._pending is None or self.store is None or self.pair_id is None:
            return
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
        try:
            self.store.save_corrections(self.key, alignment.links, pair.left.texts, pair.right.texts,
                                        pair_id=self.pair_id)
        except StoreError as exc:
            self.problem.emit(exc.user_message)

    def saved_corrections(self, pair: AlignedPair):
        """The confirmed links saved for this pair that still fit its text (and those that were dropped)."""
        if self.store is None or self.key is None:
            return None
        return self.store.corrections_for(self.key, pair.left.texts, pair.right.texts, pair_id=self.pair_id)
