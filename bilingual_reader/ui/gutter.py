"""The gutter between the panes: a band from each paragraph group to its counterpart, click to select."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Signal
from PySide6.QtGui import (QBrush, QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPalette, QPen,
                           QPolygonF, QWheelEvent)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from ..core.document import separators_only
from .colors import CURRENT_LINK, HOVER_LINK
from .lazy_qt import Qt
from .reading_pane import ReadingPane

if TYPE_CHECKING:  # annotations only: the first frame does without the aligner's modules
    from ..core.alignment import Alignment, Link

# Scores are calibrated probabilities: below these a link deserves a second look.
UNSURE_SCORE = 0.8
DOUBTFUL_SCORE = 0.5
# A counterpart far off screen is pulled to just past the edge, so its band points towards it
# instead of drawing a near-vertical stripe across the whole gutter.
_EDGE_MARGIN = 24.0
_MIN_THICKNESS = 2.0     # a band never gets thinner than this, so an empty heading still shows
_WEDGE_REACH = 0.5       # a wedge's tip sits this far across the gutter
_HIT_SLACK = (0.0, 2.0, 4.0)  # click tolerances tried in turn: thin bands stay clickable


# Records are NamedTuples: a frozen dataclass takes ~1 ms to make when the module is imported,
# before the first frame.
class _Placement(NamedTuple):
    """The panes' text relative to the gutter at one moment."""

    origin: dict[str, float]                # gutter y of each pane's document y = 0
    window: dict[str, tuple[float, float]]  # gutter y range where each pane's text is on screen
    x: dict[str, float]                     # the gutter edge facing each pane

    def text_top(self) -> float:
        """The highest gutter y beside either pane's text."""
        return min(top for top, _ in self.window.values())

    def text_bottom(self) -> float:
        """The lowest gutter y beside either pane's text."""
        return max(bottom for _, bottom in self.window.values())


class BandColors(NamedTuple):
    """The fill and outline of one band."""

    fill: QColor
    outline: QColor


def _c(r: int, g: int, b: int, a: int = 255) -> QColor:
    return QColor(r, g, b, a)


# (light, dark) pairs: translucent fills read on either background; outlines are lighter on dark.
_SCHEMES = {
    "match": (BandColors(_c(128, 165, 128, 105), _c(96, 132, 96, 210)),
              BandColors(_c(130, 165, 130, 85), _c(160, 195, 160, 220))),
    "many": (BandColors(_c(90, 140, 225, 105), _c(60, 105, 195, 220)),
             BandColors(_c(90, 140, 235, 100), _c(140, 180, 250, 230))),
    "unsure": (BandColors(_c(240, 150, 45, 125), _c(205, 115, 20, 230)),
               BandColors(_c(235, 150, 60, 110), _c(250, 180, 95, 230))),
    "doubtful": (BandColors(_c(225, 65, 50, 130), _c(185, 40, 30, 230)),
                 BandColors(_c(225, 80, 70, 115), _c(250, 125, 115, 230))),
    "unmatched": (BandColors(_c(200, 70, 110, 110), _c(165, 45, 85, 220)),
                  BandColors(_c(210, 85, 125, 100), _c(240, 135, 165, 230))),
    # a line with no words (a stray dash): alone on purpose, nothing to check
    "separator": (BandColors(_c(150, 150, 150, 70), _c(125, 125, 125, 160)),
                  BandColors(_c(150, 150, 155, 60), _c(175, 175, 180, 170))),
}
_CONFIRMED_OUTLINE = (_c(45, 45, 55), _c(235, 235, 240))
_BACKGROUND = (_c(239, 239, 239), _c(43, 43, 46))


def link_category(link: Link, separators_only: bool = False) -> str:
    """Which colour family a link is drawn in: 'unmatched' ('separator' when its units are lines
    with no words), 'doubtful', 'unsure', 'many' or 'match'."""
    if link.is_null:
        return "separator" if separators_only else "unmatched"
    if link.score < DOUBTFUL_SCORE:
        return "doubtful"
    if link.score < UNSURE_SCORE:
        return "unsure"
    if len(link.left) != 1 or len(link.right) != 1:
        return "many"
    return "match"


def link_colors(link: Link, dark: bool = False, separators_only: bool = False) -> BandColors:
    """The colours of a link's band in the light or dark scheme."""
    return _SCHEMES[link_category(link, separators_only)][1 if dark else 0]


class Gutter(QWidget):
    """Draws the links between two reading panes as bands; a click on a band selects its link."""

    link_clicked = Signal(int)
    link_hovered = Signal(object)   # link index or None, as the mouse moves over the bands

    def __init__(self, left: ReadingPane, right: ReadingPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panes = {"left": left, "right": right}
        self.alignment: Alignment | None = None
        self._current: int | None = None
        self._hover: int | None = None
        self._dark: bool | None = None   # None: follow the palette
        self._pressed: int | None = None
        self._mouse_link: int | None = None
        self._still = None  # a picture shown instead of the bands (see hold_picture)
        # For a link with no block on one side: how many blocks of that side come before it.
        self._before: dict[str, list[int]] = {"left": [], "right": []}
        self.setObjectName("gutter")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Expanding)
        for pane in left, right:
            # Straight to the C++ slot: a scroll is repainted without a call into Python, which
            # would wait for the interpreter lock while a worker aligns.
            pane.view.verticalScrollBar().valueChanged.connect(self.update)
            # A relaid or resized text (a new scroll range, a splitter or header moving the view
            # always resizes it too): one signal, where event filters on the pane, view and
            # viewport made three calls into Python for every paint of theirs.
            pane.layout_changed.connect(self.update)

    def _separators_only(self, link: Link) -> bool:
        """True when every unit of a link is a line with no words (a stray dash, a row of stars)."""
        return separators_only(link, self.panes["left"].document, self.panes["right"].document)

    # -- state ---------------------------------------------------------------------------------
    def set_alignment(self, alignment: Alignment | None) -> None:
        """Draw the links of an alignment (None draws nothing); forgets the current and hovered link."""
        self.alignment = alignment
        self._current = self._hover = self._pressed = self._mouse_link = None
        for side in ("left", "right"):
            before, count = [], 0
            for link in alignment or ():
                before.append(count)
                count += len(link.left if side == "left" else link.right)
            self._before[side] = before
        self.update()

    def set_current(self, k: int | None) -> None:
        """Show one link (the one being read) more strongly than the others."""
        if k != self._current:
            self._current = k
            self.update()

    def current(self) -> int | None:
        """The link shown as current."""
        return self._current

    def set_hover(self, k: int | None) -> None:
        """Show the link under the mouse (in either pane or here) raised."""
        if k != self._hover:
            self._hover = k
            self.update()

    def hovered(self) -> int | None:
        """The link shown as hovered."""
        return self._hover

    def set_dark(self, dark: bool | None) -> None:
        """Use the dark (True) or light (False) colours, or follow the palette (None)."""
        self._dark = dark
        self.update()

    def is_dark(self) -> bool:
        """True when the dark colours are in use."""
        if self._dark is not None:
            return self._dark
        return self.palette().color(QPalette.Window).lightness() < 128

    def sizeHint(self) -> QSize:
        """About the width of a scroll bar and a half: enough to see a band's slope."""
        return QSize(48, 200)

    def minimumSizeHint(self) -> QSize:
        """Narrower than this and the bands cannot be told apart."""
        return QSize(24, 40)

    # -- geometry ------------------------------------------------------------------------------
    def _usable(self) -> bool:
        """True when the panes show the documents the alignment was made for."""
        a = self.alignment
        return (a is not None and len(a) > 0
                and self.panes["left"].block_count() == a.left_count
                and self.panes["right"].block_count() == a.right_count)

    def _placement(self) -> _Placement | None:
        """Where the panes' text is relative to the gutter now; None when there is nothing to draw."""
        if not self._usable():
            return None
        origin, window, centre = {}, {}, {}
        for side, pane in self.panes.items():
            top = self.mapFromGlobal(pane.view.viewport().mapToGlobal(QPointF(0, 0))).y()
            origin[side] = top - pane.scroll_value()
            window[side] = (top, top + pane.viewport_height())
            centre[side] = self.mapFromGlobal(pane.mapToGlobal(QPointF(pane.rect().center()))).x()
        # Each side's bands end at the edge facing its pane, wherever the panes were put.
        left_first = centre["left"] <= centre["right"]
        x = {"left": 0.0 if left_first else float(self.width()),
             "right": float(self.width()) if left_first else 0.0}
        return _Placement(origin, window, x)

    def _visible_blocks(self, side: str) -> range:
        """The blocks of a pane that are (partly) on screen.

        Found from the block at the top of the view and walking down, so only blocks near the
        screen are laid out: bisecting all block tops would lay out a whole book at once.
        """
        pane = self.panes[side]
        n = pane.block_count()
        top = pane.scroll_value()
        bottom = top + pane.viewport_height()
        first = pane.block_at_or_before(top) or 0
        last = first
        while last < n and pane.block_top(last) < bottom:
            last += 1
        return range(first, max(first, last))

    def visible_links(self) -> list[int]:
        """The links that have a block on screen in either pane, in order."""
        place = self._placement()
        return self._visible_links(place) if place is not None else []

    def _visible_links(self, place: _Placement) -> list[int]:
        found: set[int] = set()
        for side in ("left", "right"):
            blocks = self._visible_blocks(side)
            if blocks:
                first = self.alignment.link_of(side, blocks[0])
                last = self.alignment.link_of(side, blocks[-1])
                # Null links of the other side sit between these; those off screen are dropped below.
                found.update(range(first, last + 1))
        return [k for k in sorted(found) if self._on_screen(place, k)]

    def _span(self, place: _Placement, side: str, k: int) -> tuple[float, float] | None:
        """A link's blocks on one side as a gutter y range, or None when it has none there."""
        link = self.alignment[k]
        ids = link.left if side == "left" else link.right
        if not ids:
            return None
        pane, origin = self.panes[side], place.origin[side]
        return origin + pane.block_top(ids[0]), origin + pane.block_bottom(ids[-1])

    def _gap_y(self, place: _Placement, side: str, k: int) -> float:
        """The gutter y between blocks where a link with nothing on this side would sit."""
        pane, origin = self.panes[side], place.origin[side]
        j, n = self._before[side][k], pane.block_count()
        if n == 0:
            return origin
        if j == 0:
            return origin + pane.block_top(0)
        if j >= n:
            return origin + pane.block_bottom(n - 1)
        return origin + (pane.block_bottom(j - 1) + pane.block_top(j)) / 2

    def _on_screen(self, place: _Placement, k: int) -> bool:
        """True when some of a link's blocks are visible in their pane."""
        for side in ("left", "right"):
            span = self._span(place, side, k)
            if span is not None:
                top, bottom = place.window[side]
                if span[1] > top and span[0] < bottom:
                    return True
        return False

    @staticmethod
    def _clamped(place: _Placement, side: str, y0: float, y1: float) -> tuple[float, float]:
        """A span held to just past the pane's visible range, and never thinner than a hairline."""
        top, bottom = place.window[side]
        lo, hi = top - _EDGE_MARGIN, bottom + _EDGE_MARGIN
        a, b = min(max(y0, lo), hi), min(max(y1, lo), hi)
        if b - a < _MIN_THICKNESS:
            mid = (a + b) / 2
            a, b = mid - _MIN_THICKNESS / 2, mid + _MIN_THICKNESS / 2
        return a, b

    def _band_path(self, place: _Placement, k: int) -> QPainterPath | None:
        """The outline of link k's band in gutter coordinates, or None when it is not drawn."""
        if not 0 <= k < len(self.alignment) or not self._on_screen(place, k):
            return None
        spans = {side: self._span(place, side, k) for side in ("left", "right")}
        path = QPainterPath()
        if spans["left"] is not None and spans["right"] is not None:
            a0, a1 = self._clamped(place, "left", *spans["left"])
            b0, b1 = self._clamped(place, "right", *spans["right"])
            xa, xb = place.x["left"], place.x["right"]
            # Control points at a third and two thirds keep every band's edges in the same order
            # as their ends, so the bands of a monotone alignment never cross.
            c1, c2 = xa + (xb - xa) / 3, xa + 2 * (xb - xa) / 3
            path.moveTo(xa, a0)
            path.cubicTo(c1, a0, c2, b0, xb, b0)
            path.lineTo(xb, b1)
            path.cubicTo(c2, b1, c1, a1, xa, a1)
            path.closeSubpath()
            return path
        own = "left" if spans["left"] is not None else "right"
        other = "right" if own == "left" else "left"
        a0, a1 = self._clamped(place, own, *spans[own])
        x0 = place.x[own]
        tip_x = x0 + (place.x[other] - x0) * _WEDGE_REACH
        # The tip leans towards where the missing counterpart would be, between its neighbours.
        gap, _ = self._clamped(place, other, self._gap_y(place, other, k), math.inf)
        tip_y = ((a0 + a1) / 2 + gap) / 2
        cx = x0 + (tip_x - x0) * 0.6
        path.moveTo(x0, a0)
        path.cubicTo(cx, a0, cx, tip_y, tip_x, tip_y)
        path.cubicTo(cx, tip_y, cx, a1, x0, a1)
        path.closeSubpath()
        return path

    def band_polygon(self, k: int) -> QPolygonF | None:
        """The polygon of link k's band in gutter coordinates (before clipping to the text); None when off screen."""
        place = self._placement()
        path = self._band_path(place, k) if place is not None else None
        return path.toFillPolygon() if path is not None else None

    def _bands(self, place: _Placement) -> list[tuple[int, QPainterPath]]:
        """The visible bands in drawing order: the hovered and then the current one last, on top."""
        visible = self._visible_links(place)
        order = [k for k in visible if k not in (self._hover, self._current)]
        order += [k for k in (self._hover, self._current) if k in visible and k not in order]
        return [(k, self._band_path(place, k)) for k in order]

    def link_at(self, pos: QPointF) -> int | None:
        """The link whose band is under a point (the topmost; else the nearest within a few pixels)."""
        place = self._placement()
        if place is None or not place.text_top() <= pos.y() <= place.text_bottom():
            return None   # beside a header, where no band is drawn
        bands = self._bands(place)[::-1]
        for slack in _HIT_SLACK:
            probe = QRectF(pos.x() - slack, pos.y() - slack, 2 * slack, 2 * slack)
            for k, path in bands:
                if path.contains(pos) if slack == 0 else path.intersects(probe):
                    return k
        return None

    # -- painting ------------------------------------------------------------------------------
    def hold_picture(self, hold: bool) -> None:
        """Show a picture of the gutter as it is now (True), or the bands again (see ReadingPane.hold_picture)."""
        self._still = self.grab() if hold else None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Background, then a band per visible link, the hovered and current ones on top."""
        painter = QPainter(self)
        try:
            if self._still is not None:
                painter.drawPixmap(0, 0, self._still)
            else:
                self._paint(painter)
        finally:
            # ended here, not when the painter is collected: an exception's traceback (or a
            # profiler) keeping this frame alive would leave it active past the paint, and Qt
            # then aborts
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        """Paint the gutter with an active painter."""
        dark = self.is_dark()
        painter.setRenderHint(QPainter.Antialiasing)
        # Erased with a background brush rather than fillRect(rect, colour): fillRect's overloads
        # (gradient presets among them) made PySide build QGradient's enums at the first paint (2 ms).
        painter.setBackground(self._background(dark))
        painter.eraseRect(self.rect())
        place = self._placement()
        if place is None:
            return
        # Bands stay beside the text: not over the panes' headers or past their bottom edges.
        painter.setClipRect(QRectF(0, place.text_top(), self.width(), place.text_bottom() - place.text_top()))
        for k, path in self._bands(place):
            link = self.alignment[k]
            colors = link_colors(link, dark, link.is_null and self._separators_only(link))
            fill, outline, width = QColor(colors.fill), QColor(colors.outline), 1.0
            if k == self._hover:
                fill.setAlpha(min(255, fill.alpha() + 60))
                outline, width = QColor(HOVER_LINK), 1.5
            if k == self._current:
                fill.setAlpha(min(255, fill.alpha() + 110))
                outline, width = QColor(CURRENT_LINK), 2.5
            outline.setAlpha(255)
            painter.setPen(Qt.NoPen)
            painter.setBrush(fill)
            painter.drawPath(path)
            painter.setBrush(Qt.NoBrush)
            if link.confirmed:
                # A firm dark (light) rim that still shows round a hovered or current band's outline.
                painter.setPen(QPen(_CONFIRMED_OUTLINE[dark], width + 1.5))
                painter.drawPath(path)
                if k not in (self._hover, self._current):
                    continue
            painter.setPen(QPen(outline, width))
            painter.drawPath(path)

    def _background(self, dark: bool) -> QBrush:
        """A plain brush of the palette's window colour, unless the scheme was forced against it.

        Taken from a palette: a brush made from a colour (QBrush(colour), or a colour where a brush
        is wanted) builds Qt's namespace at the first paint (see lazy_qt).
        """
        palette = self.palette()
        color = palette.color(QPalette.Window)
        if (color.lightness() < 128) != dark:
            color = _BACKGROUND[dark]
        palette.setColor(QPalette.Window, color)
        return palette.window()

    # -- events ------------------------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Raise the band under the mouse, say so, and show that it can be clicked."""
        k = self.link_at(event.position())
        self.setCursor(Qt.PointingHandCursor if k is not None else Qt.ArrowCursor)
        if k != self._mouse_link:
            self._mouse_link = k
            self.set_hover(k)
            self.link_hovered.emit(k)

    def leaveEvent(self, event: QEvent) -> None:
        """Nothing in the gutter is hovered once the mouse leaves."""
        if self._mouse_link is not None:
            self._mouse_link = None
            self.set_hover(None)
            self.link_hovered.emit(None)
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Remember the band a click starts on."""
        self._pressed = self.link_at(event.position()) if event.button() == Qt.LeftButton else None
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click that starts and ends on the same band selects its link."""
        pressed, self._pressed = self._pressed, None
        if event.button() == Qt.LeftButton and pressed is not None and self.link_at(event.position()) == pressed:
            self.link_clicked.emit(pressed)
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        """The wheel over the gutter scrolls the text (the left pane; synchronized scrolling does the rest)."""
        QApplication.sendEvent(self.panes["left"].view.viewport(), event)

    def event(self, event: QEvent) -> bool:
        """A tooltip names the link under the mouse: its shape, score and whether it was confirmed."""
        if event.type() == QEvent.ToolTip:
            k = self.link_at(QPointF(event.pos()))
            if k is None:
                QToolTip.hideText()
            else:
                link = self.alignment[k]
                shape = link.kind.replace("-", "–")
                text = f"Link {k + 1}: {shape} · score {link.score:.2f}"
                if link.confirmed:
                    text += " · confirmed"
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)
