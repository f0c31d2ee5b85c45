"""The coverage panel: what one version has and the other lacks, for journalists comparing coverage."""

from __future__ import annotations

import time
import weakref

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from typing import TYPE_CHECKING

from . import workers

if TYPE_CHECKING:
    from ..core.comparison import Mark
    from ..core.pipeline import AlignedPair

_SNIPPET = 140  # characters: the panel is as wide as the window
_ROWS_SHOWN = 9  # lines of text the panel asks for (the summary, the list and its margins)
# Up to this many figures and names are listed at once; more (a book has thousands: 0.1 s of the
# window's time to make) are listed when the reader opens their entry.
_LISTED_AT_ONCE = 300
_MARKS_ENTRY = Qt.UserRole + 1  # marks the entry whose children are the figures and names


def _snippet(text: str) -> str:
    """The opening of a paragraph, on one line."""
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[:_SNIPPET].rsplit(" ", 1)[0] + "…"


class _MarksJob(QObject):
    """Finds the numbers, dates and names one side lacks, off the UI thread (books have thousands of links)."""

    done = Signal(object, object)  # pair, list[Mark]

    def __init__(self, pair: AlignedPair) -> None:
        super().__init__()
        self.pair = pair
        self.cancelled = False

    def cancel(self) -> None:
        """Stop at the next check (workers.stop_all calls this when the program quits)."""
        self.cancelled = True

    def run(self) -> None:
        """Compute (in a child process where one can be: see parallel.in_child) and report."""
        from ..core.comparison import pair_marks
        from ..core.parallel import in_child

        pair = self.pair
        done, marks = in_child(lambda: pair_marks(pair, cancelled=self._cancelled), cancelled=lambda: self.cancelled)
        if done and not self.cancelled:
            self.done.emit(pair, marks)

    def _cancelled(self) -> bool:
        """Whether to stop; asked once a link, it also lets the window's thread have the interpreter
        lock (where the work runs in this process)."""
        time.sleep(0)
        return self.cancelled


class CoveragePanel(QWidget):
    """Lists paragraphs found on one side only, and links whose numbers, dates or names differ."""

    block_activated = Signal(str, int)   # side, block
    marks_ready = Signal(object)         # list[Mark] for the current pair

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pair: AlignedPair | None = None
        self.marks: list[Mark] | None = None
        self._job: _MarksJob | None = None
        # the differences last worked out, with (weakly) their pair: the view entered again on the
        # same pair shows them at once (a book's take 8 s), and a pair left behind is not kept
        self._known: tuple[weakref.ref, list[Mark]] | None = None
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setObjectName("coverage_tree")
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.summary)
        box.addWidget(self.tree, 1)
        self.tree.itemActivated.connect(self._on_tree_activated)
        self.tree.itemClicked.connect(self._on_tree_activated)
        self.tree.itemExpanded.connect(self._on_tree_expanded)

    def sizeHint(self) -> QSize:
        """Below the texts, as high as a few entries: the texts keep most of the window."""
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * _ROWS_SHOWN)

    def set_pair(self, pair: AlignedPair | None) -> None:
        """Show the coverage of a pair (its differences arrive a moment later)."""
        if self._job is not None:
            self._job.cancel()
            self._job = None  # it holds its pair: kept, a book left behind stayed in memory (~90 MB)
        known = self._known is not None and pair is not None and self._known[0]() is pair
        self.pair, self.marks = pair, (self._known[1] if known else None)
        self._fill()
        if known:
            self.marks_ready.emit(self.marks)
        elif pair is not None:
            self._job = _MarksJob(pair)
            self._job.done.connect(self._on_job_done)
            workers.start(self._job)

    def _on_job_done(self, pair: AlignedPair, marks: list[Mark]) -> None:
        """Differences are known: list them and hand them to the panes."""
        if pair is not self.pair:
            return
        self._job = None
        self.marks = marks
        self._known = (weakref.ref(pair), marks)
        self._fill()
        self.marks_ready.emit(marks)

    def _fill(self) -> None:
        """Rebuild the list."""
        self.tree.clear()
        if self.pair is None:
            self.summary.setText("")
            return
        from ..core.coverage import coverage_summary

        pair = self.pair
        summary = coverage_summary(pair.alignment, pair.left, pair.right)
        for side, doc, lang, only, total in (
                ("left", pair.left, pair.left_language, summary.left_only, summary.left_total),
                ("right", pair.right, pair.right_language, summary.right_only, summary.right_total)):
            name = lang.name.split(" / ")[-1]
            top = QTreeWidgetItem([self.tr("Only in %1: %n paragraph(s)", "", len(only)).replace("%1", name)])
            top.setToolTip(0, self.tr("Paragraphs of the %1 text that have no counterpart, out of %2")
                           .replace("%1", name).replace("%2", str(total)))
            for block in only:
                child = QTreeWidgetItem([_snippet(doc.blocks[block].text)])
                child.setData(0, Qt.UserRole, (side, block))
                child.setToolTip(0, doc.blocks[block].text[:600])
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
        if self.marks is None:
            top = QTreeWidgetItem([self.tr("Comparing numbers, dates and names…")])
        else:
            top = QTreeWidgetItem([self.tr("Figures and names on one side: %n", "", len(self.marks))])
            top.setToolTip(0, self.tr("Numbers, dates and names that one text has and its counterpart lacks"))
            top.setData(0, _MARKS_ENTRY, True)
            if len(self.marks) <= _LISTED_AT_ONCE:
                self._list_marks(top)
            else:
                top.setChildIndicatorPolicy(QTreeWidgetItem.ShowIndicator)
        self.tree.addTopLevelItem(top)
        # open once in the tree (an item opened before was not), unless its long list waits
        top.setExpanded(self.marks is not None and len(self.marks) <= _LISTED_AT_ONCE)
        self.summary.setText(self.tr("%1 links; %2 and %3 paragraphs without counterpart.")
                             .replace("%1", str(len(pair.alignment)))
                             .replace("%2", str(len(summary.left_only))).replace("%3", str(len(summary.right_only))))

    def _list_marks(self, top: QTreeWidgetItem) -> None:
        """Put an entry for each figure and name under ``top``."""
        pair = self.pair
        # the texts around each entry are translated once, not once an entry: a book's 6,316
        # entries made 25,000 calls into Qt's translator
        template = self.tr("%1 (%2, only in %3)")
        kinds = {kind: self._kind_name(kind) for kind in ("number", "date", "name")}
        sides = {"left": pair.left_language.name.split(" / ")[-1], "right": pair.right_language.name.split(" / ")[-1]}
        children = []
        for mark in self.marks:
            child = QTreeWidgetItem([template.replace("%1", mark.text).replace("%2", kinds.get(mark.kind, mark.kind))
                                     .replace("%3", sides[mark.side])])
            child.setData(0, Qt.UserRole, (mark.side, mark.block))
            children.append(child)
        top.addChildren(children)

    def _on_tree_expanded(self, item: QTreeWidgetItem) -> None:
        """List the figures and names when their entry is opened (a long list waits for that)."""
        if item.data(0, _MARKS_ENTRY) and not item.childCount() and self.marks:
            self._list_marks(item)

    def _kind_name(self, kind: str) -> str:
        """'number', 'date' or 'name' in the interface language."""
        return {"number": self.tr("number"), "date": self.tr("date"), "name": self.tr("name")}.get(kind, kind)

    def _on_tree_activated(self, item: QTreeWidgetItem) -> None:
        """Go to the paragraph an entry names."""
        data = item.data(0, Qt.UserRole)
        if data:
            self.block_activated.emit(data[0], int(data[1]))

    def changeEvent(self, event: QEvent) -> None:
        """Rebuild the texts when the interface language changes."""
        if event.type() == QEvent.LanguageChange:
            self._fill()
        super().changeEvent(event)
