"""Colours shared by both panes (a link and its counterpart are always the same colour)."""

from __future__ import annotations

from PySide6.QtGui import QColor

CURRENT_LINK = QColor(255, 214, 102, 150)   # amber: the link being read
HOVER_LINK = QColor(120, 170, 255, 70)      # blue tint: the link under the mouse
UNMATCHED = QColor(220, 80, 80, 40)         # red tint: a paragraph with no counterpart
CURRENT_SENTENCE = QColor(255, 170, 0, 110)   # deeper amber: the sentence being read
HOVER_SENTENCE = QColor(70, 130, 255, 80)     # deeper blue: the sentence under the mouse
DIFFERENCE = QColor(255, 120, 0, 110)        # orange: a number, date or name the other side lacks


def for_background(color: QColor, dark: bool) -> QColor:
    """A tint as it should be drawn on a light or a dark page.

    On a dark page light text sits on the tint, so the tint is made deep instead of pale:
    the same hue, low lightness, and opaque enough to be seen.
    """
    if not dark:
        return color
    hue, saturation, _, alpha = color.getHsl()
    return QColor.fromHsl(hue, saturation, 70, max(alpha, 170))
