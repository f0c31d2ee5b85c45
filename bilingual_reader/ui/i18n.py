"""The interface language: English (the source texts) or Dutch, from Qt .ts translation files.

The .ts files (resources/translations/) are read directly, so no compiled .qm files need to be
built or shipped; they are made and updated with pyside6-lupdate like any Qt project's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("en", "nl")


class TsTranslator(QTranslator):
    """A translator that answers from a .ts file's finished translations."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        from xml.etree import ElementTree  # only when a translation is installed

        self.table: dict[tuple[str, str], list[str]] = {}
        root = ElementTree.parse(path).getroot()  # our own file, shipped with the program
        for context in root.iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
                if any(forms):
                    self.table[(name, message.findtext("source", ""))] = forms

    def isEmpty(self) -> bool:
        """False once a translation is loaded."""
        return not self.table

    def translate(self, context, source, disambiguation=None, n=-1):
        """The translation, or None so that Qt falls back to the English source."""
        forms = self.table.get((context, source))
        if not forms:
            return None
        # Dutch, like English, has one form for 1 and another for every other count.
        return forms[0] if n == 1 or len(forms) == 1 else forms[min(1, len(forms) - 1)]


_installed: TsTranslator | None = None


def resolve_language(choice: str) -> str:
    """'system' becomes the system's language when it is one we have, else English."""
    if choice in LANGUAGES:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_language(choice: str) -> str:
    """Switch the interface to 'en', 'nl' or the system's language; widgets get a LanguageChange event."""
    global _installed
    app = QCoreApplication.instance()
    language = resolve_language(choice)
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    # English needs a file too: it holds the plural forms of the texts that count things.
    path = TRANSLATIONS / f"bilingual_reader_{language}.ts"
    if path.exists():
        _installed = TsTranslator(path)
        app.installTranslator(_installed)
    return language


def fmt(template: str, *args: object) -> str:
    """Fill %1, %2 … in a translated template (Qt's way, so translators can reorder them)."""
    for number in range(len(args), 0, -1):  # %10 before %1
        template = template.replace(f"%{number}", str(args[number - 1]))
    return template
