"""Preferences kept between runs (QSettings): window, zoom, synchronized scrolling, recent pairs."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 10


class Preferences:
    """Typed access to the reader's QSettings."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings()

    def recent_pairs(self) -> list[tuple[str, str]]:
        """Recently opened pairs, most recent first."""
        raw = self.settings.value("recent/pairs", []) or []
        if isinstance(raw, str):
            raw = [raw]
        pairs = []
        for item in raw:
            left, sep, right = str(item).partition("\n")
            if sep:
                pairs.append((left, right))
        return pairs

    def add_recent_pair(self, left: str, right: str) -> None:
        """Put a pair at the top of the recent list."""
        pairs = [(left, right)] + [p for p in self.recent_pairs() if p != (left, right)]
        self.settings.setValue("recent/pairs", [f"{l}\n{r}" for l, r in pairs[:MAX_RECENT]])

    def zoom(self) -> int:
        """The text zoom step."""
        return int(self.settings.value("view/zoom", 0) or 0)

    def set_zoom(self, steps: int) -> None:
        """Remember the zoom step."""
        self.settings.setValue("view/zoom", steps)

    def sync_scrolling(self) -> bool:
        """Whether the panes scroll together."""
        return str(self.settings.value("view/sync", "true")).lower() != "false"

    def set_sync_scrolling(self, enabled: bool) -> None:
        """Remember whether the panes scroll together."""
        self.settings.setValue("view/sync", "true" if enabled else "false")

    def geometry(self) -> QByteArray | None:
        """The saved window geometry."""
        value = self.settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, geometry: QByteArray) -> None:
        """Remember the window geometry."""
        self.settings.setValue("window/geometry", geometry)

    def learner_share(self) -> float:
        """The share of links the learner view reveals without asking."""
        try:
            return min(1.0, max(0.0, float(self.settings.value("learner/share", 0.0))))
        except (TypeError, ValueError):
            return 0.0

    def set_learner_share(self, share: float) -> None:
        """Remember the learner view's automatic share."""
        self.settings.setValue("learner/share", share)

    def learner_side(self) -> str:
        """Which side the learner view hides: 'left' or 'right'."""
        return "left" if self.settings.value("learner/side", "right") == "left" else "right"

    def set_learner_side(self, side: str) -> None:
        """Remember which side the learner view hides."""
        self.settings.setValue("learner/side", side)

    def theme(self) -> str:
        """'system' (the default), 'light' or 'dark'."""
        value = str(self.settings.value("view/theme", "system"))
        return value if value in ("system", "light", "dark") else "system"

    def set_theme(self, theme: str) -> None:
        """Remember the theme."""
        self.settings.setValue("view/theme", theme)

    def stacked(self) -> bool:
        """True when the panes stand one above the other."""
        return str(self.settings.value("view/stacked", "false")).lower() == "true"

    def set_stacked(self, stacked: bool) -> None:
        """Remember the panes' layout."""
        self.settings.setValue("view/stacked", "true" if stacked else "false")

    def font_family(self) -> str:
        """The reading font's family ('' for the default)."""
        return str(self.settings.value("view/font_family", "") or "")

    def set_font_family(self, family: str) -> None:
        """Remember the reading font."""
        self.settings.setValue("view/font_family", family)

    def interface_language(self) -> str:
        """'system' (the default), 'en' or 'nl'."""
        value = str(self.settings.value("view/language", "system"))
        return value if value in ("system", "en", "nl") else "system"

    def set_interface_language(self, language: str) -> None:
        """Remember the interface language."""
        self.settings.setValue("view/language", language)
