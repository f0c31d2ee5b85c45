"""Correcting the alignment while reading: choose, link, unlink, merge, split, confirm, undo, redo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor

if TYPE_CHECKING:
    from ..core.alignment import Alignment
    from ..core.corrections import EditHistory

CHOSEN = QColor(46, 160, 67, 90)  # green: paragraphs chosen to be linked
DOUBTFUL_SCORE = 0.5              # below this a link is worth a second look


def _corrections():
    """The corrections module, imported when the reader first edits."""
    from ..core import corrections

    return corrections


class AlignmentEditor(QObject):
    """Holds the undo history of one pair's alignment and the paragraphs chosen for linking."""

    alignment_changed = Signal(object, str)   # new Alignment, what was done
    chosen_changed = Signal()
    refused = Signal(str)                     # a correction that cannot be made, in words

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.history: EditHistory | None = None
        self.chosen: dict[str, set[int]] = {"left": set(), "right": set()}

    def reset(self, alignment: Alignment | None) -> None:
        """Start a fresh history for a newly opened pair."""
        from ..core.corrections import EditHistory  # loaded once a pair is shown, not at start-up

        self.history = EditHistory(alignment) if alignment is not None else None
        self.clear_chosen()

    @property
    def alignment(self) -> Alignment | None:
        """The alignment after the last correction."""
        return self.history.current if self.history else None

    def toggle_chosen(self, side: str, block: int) -> None:
        """Add a paragraph to (or take it from) the ones to be linked."""
        self.chosen[side] ^= {block}
        self.chosen_changed.emit()

    def clear_chosen(self) -> None:
        """Forget the chosen paragraphs."""
        self.chosen = {"left": set(), "right": set()}
        self.chosen_changed.emit()

    def _apply(self, description: str, operation) -> bool:
        """Run one correction; on success push it to the history and announce it."""
        if self.history is None:
            return False
        try:
            alignment = operation(self.history.current)
        except (ValueError, IndexError) as exc:
            self.refused.emit(str(exc))
            return False
        self.history.push(description, alignment)
        self.alignment_changed.emit(alignment, description)
        return True

    def link_chosen(self) -> bool:
        """Link the chosen paragraphs of both sides to each other."""
        left, right = sorted(self.chosen["left"]), sorted(self.chosen["right"])
        if not left and not right:
            self.refused.emit(self.tr("Ctrl+click paragraphs on either side first, then link them."))
            return False
        done = self._apply(self.tr("Link paragraphs"), lambda a: _corrections().link_units(a, left, right))
        if done:
            self.clear_chosen()
        return done

    def unlink(self, k: int) -> bool:
        """Mark a link's paragraphs as having no counterpart."""
        return self._apply(self.tr("Unlink"), lambda a: _corrections().unlink(a, k))

    def merge_with_next(self, k: int) -> bool:
        """Join a link with the one after it."""
        return self._apply(self.tr("Merge with next"), lambda a: _corrections().merge_with_next(a, k))

    def split(self, k: int) -> bool:
        """Split a many-to-one link into smaller links."""
        return self._apply(self.tr("Split link"), lambda a: _corrections().split_link(a, k))

    def confirm(self, k: int) -> bool:
        """Mark a link as checked by the reader."""
        return self._apply(self.tr("Confirm link"), lambda a: _corrections().confirm(a, k))

    def undo(self) -> bool:
        """Take the last correction back."""
        if self.history is None or not self.history.can_undo:
            return False
        description = self.history.undo_description
        self.alignment_changed.emit(self.history.undo(), self.tr("Undo %1").replace("%1", description))
        return True

    def redo(self) -> bool:
        """Do the last undone correction again."""
        if self.history is None or not self.history.can_redo:
            return False
        description = self.history.redo_description
        self.alignment_changed.emit(self.history.redo(), self.tr("Redo %1").replace("%1", description))
        return True

    def next_doubtful(self, after: int | None, skip=lambda link: False) -> int | None:
        """The next link with a low score that the reader has not confirmed (and ``skip`` does not pass over)."""
        if self.alignment is None:
            return None
        return _corrections().next_doubtful(self.alignment, after, DOUBTFUL_SCORE, skip)
