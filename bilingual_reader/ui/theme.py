"""Light and dark themes; by default the reader follows the system's colour scheme."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from .lazy_qt import Qt

THEMES = ("system", "light", "dark")
_palette_set = False  # True once apply_theme has replaced the desktop's palette with one of ours


def system_is_dark() -> bool:
    """True when the desktop asks for a dark colour scheme."""
    if not _palette_set:
        # The application's palette is still the desktop's, which Qt makes dark for a dark
        # scheme (the Fusion palette of either scheme, unless the desktop gives its own). Read
        # from it, the answer spares the first frame Qt's namespace (Qt.ColorScheme, see lazy_qt).
        return QGuiApplication.palette().color(QPalette.Window).lightness() < 128
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    """A calm dark palette for long reading: not pure black, not pure white."""
    palette = QPalette()
    roles = {
        QPalette.Window: "#25272b", QPalette.WindowText: "#dcdcdc", QPalette.Base: "#1e1f22",
        QPalette.AlternateBase: "#2a2c31", QPalette.Text: "#e2e2e2", QPalette.Button: "#2f3136",
        QPalette.ButtonText: "#dcdcdc", QPalette.Highlight: "#3d6fb4", QPalette.HighlightedText: "#ffffff",
        QPalette.ToolTipBase: "#2f3136", QPalette.ToolTipText: "#e2e2e2", QPalette.PlaceholderText: "#8a8a8a",
        QPalette.Link: "#7fb2ff", QPalette.Mid: "#4a4d54", QPalette.Dark: "#151618", QPalette.Light: "#3a3d44",
        QPalette.BrightText: "#ff6b6b",
    }
    for role, color in roles.items():
        palette.setColor(role, QColor(color))
    for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText):
        palette.setColor(QPalette.Disabled, role, QColor("#777777"))
    return palette


def light_palette() -> QPalette:
    """The Fusion style's own light palette, with a paper-white text area."""
    palette = QApplication.style().standardPalette()
    palette.setColor(QPalette.Base, QColor("#fdfdfb"))
    palette.setColor(QPalette.Mid, QColor("#c4c4c4"))
    return palette


def apply_theme(theme: str) -> bool:
    """Apply 'system', 'light' or 'dark' to the application; returns True when the result is dark."""
    global _palette_set
    app = QApplication.instance()
    if app.style().name().lower() != "fusion":  # making a style costs tens of milliseconds at start-up
        app.setStyle("Fusion")  # the same look everywhere, and a palette that is fully honoured
    dark = system_is_dark() if theme == "system" else theme == "dark"
    _palette_set = True
    app.setPalette(dark_palette() if dark else light_palette())
    return dark
