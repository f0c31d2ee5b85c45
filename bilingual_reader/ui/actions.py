"""The window's commands: created once with their shortcuts, their texts set (and re-set) by retranslate().

Texts live in one place so the interface language can change while the program runs, as in
frescobaldi's action collections.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QMainWindow, QMenu


def specs() -> dict[str, tuple[tuple, bool]]:
    """Every command as name: (shortcuts, checkable); a name becomes the window attribute <name>_action.

    Made with the commands, after the first paint: QKeySequence's standard keys build its enums
    (~1 ms), which the first frame does without.
    """
    from PySide6.QtGui import QKeySequence

    K = QKeySequence.StandardKey
    return {
        "open_pair": ((K.Open,), False), "open_folder": (("Ctrl+Shift+O",), False),
        "export": (("Ctrl+E",), False), "quit": ((K.Quit, "Ctrl+Q"), False),
        "undo": ((K.Undo,), False), "redo": ((K.Redo, "Ctrl+Shift+Z"), False),
        "find": ((K.Find,), False), "find_next": ((K.FindNext, "F3"), False),
        "find_previous": ((K.FindPrevious, "Shift+F3"), False),
        "sync": (("Ctrl+L",), True), "line_up": (("Ctrl+Alt+L",), False), "swap": (("Ctrl+Shift+X",), False), "stack": (("Ctrl+Shift+V",), True),
        "font": ((), False), "zoom_in": ((K.ZoomIn, "Ctrl+="), False), "zoom_out": ((K.ZoomOut,), False),
        "zoom_reset": (("Ctrl+0",), False),
        "theme_system": ((), True), "theme_light": ((), True), "theme_dark": ((), True),
        "mode_reading": (("Ctrl+1",), True), "mode_learner": (("Ctrl+2",), True), "mode_coverage": (("Ctrl+3",), True),
        "language_system": ((), True), "language_en": ((), True), "language_nl": ((), True),
        "next": (("Down", "J"), False), "previous": (("Up", "K"), False),
        "next_sentence": (("Right", "L"), False), "previous_sentence": (("Left", "H"), False),
        "next_doubtful": (("Ctrl+D",), False), "bookmark": (("Ctrl+B",), False),
        "link_chosen": (("Ctrl+Shift+L",), False), "unlink": (("Ctrl+U",), False), "merge": (("Ctrl+M",), False),
        "split": (("Ctrl+Shift+M",), False), "confirm": (("Ctrl+Return",), False),
        "reveal": (("Space",), False), "reveal_all": (("Shift+Space",), False), "hide_all": ((), False),
        "share_0": ((), True), "share_25": ((), True), "share_50": ((), True), "share_75": ((), True),
        "hide_left": ((), True),
        "about": ((), False),
    }


# Exclusive choices: only one action of a group is checked.
GROUPS = {"theme": ("theme_system", "theme_light", "theme_dark"),
          "mode": ("mode_reading", "mode_learner", "mode_coverage"),
          "language": ("language_system", "language_en", "language_nl"),
          "share": ("share_0", "share_25", "share_50", "share_75")}

# Menu layout: action names, "-" for a separator, "@name" for a sub-menu (its own entry below).
MENUS: list[tuple[str, list[str]]] = [
    ("file", ["open_pair", "open_folder", "@recent", "-", "export", "-", "quit"]),
    ("edit", ["undo", "redo", "-", "find", "find_next", "find_previous", "+search_both"]),
    ("view", ["sync", "line_up", "swap", "stack", "font", "@theme", "@language", "-", "mode_reading", "mode_learner",
              "mode_coverage", "-", "+library", "+coverage", "-", "zoom_in", "zoom_out", "zoom_reset"]),
    ("alignment", ["link_chosen", "unlink", "merge", "split", "confirm", "-", "next_doubtful"]),
    ("learner", ["reveal", "reveal_all", "hide_all", "-", "share_0", "share_25", "share_50", "share_75", "-",
                 "hide_left"]),
    ("go", ["next", "previous", "next_sentence", "previous_sentence", "-", "bookmark", "@bookmarks"]),
    ("help", ["about"]),
]
SUBMENUS = {"theme": ["theme_system", "theme_light", "theme_dark"],
            "language": ["language_system", "language_en", "language_nl"],
            "recent": [], "bookmarks": []}


def action_texts() -> dict[str, str]:
    """Every command's text in the interface language."""
    return {
        "open_pair": QCoreApplication.translate("Actions", "&Open Pair…"),
        "open_folder": QCoreApplication.translate("Actions", "Open &Folder…"),
        "export": QCoreApplication.translate("Actions", "&Export…"),
        "quit": QCoreApplication.translate("Actions", "&Quit"),
        "undo": QCoreApplication.translate("Actions", "&Undo"),
        "redo": QCoreApplication.translate("Actions", "&Redo"),
        "find": QCoreApplication.translate("Actions", "&Find…"),
        "find_next": QCoreApplication.translate("Actions", "Find &Next"),
        "find_previous": QCoreApplication.translate("Actions", "Find Pre&vious"),
        "sync": QCoreApplication.translate("Actions", "&Synchronized Scrolling"),
        "line_up": QCoreApplication.translate("Actions", "Line the Panes &Up Again"),
        "swap": QCoreApplication.translate("Actions", "S&wap Panes"),
        "stack": QCoreApplication.translate("Actions", "S&tack Panes Vertically"),
        "font": QCoreApplication.translate("Actions", "&Font…"),
        "zoom_in": QCoreApplication.translate("Actions", "Zoom &In"),
        "zoom_out": QCoreApplication.translate("Actions", "Zoom &Out"),
        "zoom_reset": QCoreApplication.translate("Actions", "&Reset Zoom"),
        "theme_system": QCoreApplication.translate("Actions", "Follow the &System"),
        "theme_light": QCoreApplication.translate("Actions", "&Light"),
        "theme_dark": QCoreApplication.translate("Actions", "&Dark"),
        "mode_reading": QCoreApplication.translate("Actions", "&Reading View"),
        "mode_learner": QCoreApplication.translate("Actions", "&Learner View"),
        "mode_coverage": QCoreApplication.translate("Actions", "&Coverage View"),
        "language_system": QCoreApplication.translate("Actions", "Follow the &System"),
        "next": QCoreApplication.translate("Actions", "&Next Paragraph"),
        "previous": QCoreApplication.translate("Actions", "&Previous Paragraph"),
        "next_sentence": QCoreApplication.translate("Actions", "Next &Sentence"),
        "previous_sentence": QCoreApplication.translate("Actions", "Previous S&entence"),
        "next_doubtful": QCoreApplication.translate("Actions", "Next &Doubtful Link"),
        "bookmark": QCoreApplication.translate("Actions", "&Bookmark This Paragraph…"),
        "link_chosen": QCoreApplication.translate("Actions", "&Link Chosen Paragraphs"),
        "unlink": QCoreApplication.translate("Actions", "&Unlink"),
        "merge": QCoreApplication.translate("Actions", "&Merge with Next"),
        "split": QCoreApplication.translate("Actions", "&Split Link"),
        "confirm": QCoreApplication.translate("Actions", "&Confirm Link"),
        "reveal": QCoreApplication.translate("Actions", "Reveal &Paragraph"),
        "reveal_all": QCoreApplication.translate("Actions", "Reveal &All"),
        "hide_all": QCoreApplication.translate("Actions", "&Hide All Again"),
        "share_0": QCoreApplication.translate("Actions", "Reveal Nothing Automatically"),
        "share_25": QCoreApplication.translate("Actions", "Reveal 25 % Automatically"),
        "share_50": QCoreApplication.translate("Actions", "Reveal 50 % Automatically"),
        "share_75": QCoreApplication.translate("Actions", "Reveal 75 % Automatically"),
        "hide_left": QCoreApplication.translate("Actions", "Hide the &Left Side Instead"),
        "about": QCoreApplication.translate("Actions", "&About Bilingual Reader"),
        "search_both": QCoreApplication.translate("Actions", "Search &Both Languages"),
        "library": QCoreApplication.translate("Actions", "&Library"),
        "coverage": QCoreApplication.translate("Actions", "Co&verage Panel"),
        "language_en": "&English",  # a language is named in itself
        "language_nl": "&Nederlands",  # a language is named in itself
    }


def menu_titles() -> dict[str, str]:
    """Every menu's title in the interface language."""
    return {
        "file": QCoreApplication.translate("Menus", "&File"),
        "edit": QCoreApplication.translate("Menus", "&Edit"),
        "view": QCoreApplication.translate("Menus", "&View"),
        "alignment": QCoreApplication.translate("Menus", "&Alignment"),
        "learner": QCoreApplication.translate("Menus", "L&earner"),
        "go": QCoreApplication.translate("Menus", "&Go"),
        "help": QCoreApplication.translate("Menus", "&Help"),
        "theme": QCoreApplication.translate("Menus", "T&heme"),
        "language": QCoreApplication.translate("Menus", "Interface &Language"),
        "recent": QCoreApplication.translate("Menus", "Open &Recent"),
        "bookmarks": QCoreApplication.translate("Menus", "B&ookmarks"),
    }


def make_menu_bar(window: QMainWindow) -> dict[str, QMenu]:
    """The menu bar's top-level menus, titled and empty: the window shows them before its commands exist."""
    titles = menu_titles()
    bar = window.menuBar()
    return {name: bar.addMenu(titles[name]) for name, _ in MENUS}


def _keys(shortcuts: tuple) -> list[QKeySequence]:
    """Shortcuts without repeats: a key given twice makes Qt call it ambiguous and do nothing."""
    from PySide6.QtGui import QKeySequence

    keys: list[QKeySequence] = []
    for shortcut in shortcuts:
        standard = isinstance(shortcut, QKeySequence.StandardKey)
        for key in (QKeySequence.keyBindings(shortcut) if standard else [QKeySequence(shortcut)]):
            if not key.isEmpty() and key not in keys:
                keys.append(key)
    return keys


class WindowActions:
    """Creates the window's actions and menus, and sets their texts in the current language."""

    def __init__(self, window: QMainWindow, handlers: dict[str, Callable], extra: dict[str, QAction]) -> None:
        from PySide6.QtGui import QAction, QActionGroup  # made after the first paint, so imported then

        self.window = window
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        for name, (shortcuts, checkable) in specs().items():
            action = QAction(window)
            action.setObjectName(f"{name}_action")
            action.setShortcuts(_keys(shortcuts))
            action.setCheckable(checkable)
            action.triggered.connect(handlers[name])
            window.addAction(action)
            self.actions[name] = action
            setattr(window, f"{name}_action", action)
        # Actions made elsewhere (a dock's show/hide toggle) join the menus and get texts here too.
        for name, action in extra.items():
            window.addAction(action)
            self.actions[name] = action
            setattr(window, f"{name}_action", action)
        self.groups = {}
        for group, names in GROUPS.items():
            self.groups[group] = QActionGroup(window)
            for name in names:
                self.groups[group].addAction(self.actions[name])

    def build_menus(self, made: dict[str, QMenu] | None = None) -> None:
        """Fill the menu bar, in the top-level menus already ``made`` (see make_menu_bar) or in new ones."""
        made = made or {}
        bar = self.window.menuBar()
        for menu_name, entries in MENUS:
            menu = made.get(menu_name) or bar.addMenu("")
            self.menus[menu_name] = menu
            self._fill(menu, entries)
        self.retranslate()

    def _fill(self, menu: QMenu, entries: list[str]) -> None:
        """Add entries (actions, separators, sub-menus) to a menu."""
        for entry in entries:
            if entry == "-":
                menu.addSeparator()
            elif entry.startswith("@"):
                submenu = menu.addMenu("")
                self.menus[entry[1:]] = submenu
                self._fill(submenu, SUBMENUS[entry[1:]])
            else:
                menu.addAction(self.actions[entry.lstrip("+")])

    def retranslate(self) -> None:
        """Set every text in the current interface language."""
        texts = action_texts()
        for name, action in self.actions.items():
            action.setText(texts[name])
        for name, title in menu_titles().items():
            if name in self.menus:
                self.menus[name].setTitle(title)
