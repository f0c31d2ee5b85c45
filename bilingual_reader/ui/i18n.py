"""The interface language: English (the source texts) or Dutch, from Qt .ts translation files.

The .ts files (resources/translations/) are read directly, so no compiled .qm files need to be
built or shipped; they are made and updated with pyside6-lupdate like any Qt project's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = ("en", "nl")


class _TsReader:
    """Collects a .ts file's finished translations while expat reads it (ElementTree alone takes 4 ms to import)."""

    def __init__(self) -> None:
        self.table: dict[tuple[str, str], list[str]] = {}
        self._open: list[str] = []  # the elements being read, outermost first
        self._text: list[str] = []  # the innermost element's text so far
        self._context = self._source = ""
        self._kind: str | None = None  # the message's translation type; None without a translation
        self._translation = ""
        self._forms: list[str] = []

    def start(self, name: str, attributes: dict[str, str]) -> None:
        """An element opens."""
        self._open.append(name)
        self._text = []
        if name == "message":
            self._source, self._kind, self._translation, self._forms = "", None, "", []
        elif name == "translation":
            self._kind = attributes.get("type", "")

    def characters(self, data: str) -> None:
        """Text inside the innermost element (expat may hand it over in pieces)."""
        self._text.append(data)

    def end(self, name: str) -> None:
        """An element closes: keep what it held."""
        text = "".join(self._text)
        self._text = []
        self._open.pop()
        parent = self._open[-1] if self._open else ""
        if name == "name" and parent == "context":
            self._context = text
        elif name == "source" and parent == "message":
            self._source = text
        elif name == "numerusform":
            self._forms.append(text)
        elif name == "translation":
            self._translation = text
        elif name == "message":
            self._keep_message()

    def _keep_message(self) -> None:
        """Record a finished message; unfinished, obsolete and vanished ones are left out."""
        if self._kind is None or self._kind in ("unfinished", "obsolete", "vanished"):
            return
        forms = self._forms or [self._translation]
        if any(forms):
            self.table[(self._context, self._source)] = forms

    def read(self, path: Path) -> dict[tuple[str, str], list[str]]:
        """The translations of a .ts file: (context, source text) -> its forms."""
        from xml.parsers import expat

        parser = expat.ParserCreate()
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.characters
        with path.open("rb") as file:  # our own file, shipped with the program
            parser.ParseFile(file)
        return self.table


class TsTranslator(QTranslator):
    """A translator that answers from a .ts file's finished translations."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.table = _TsReader().read(path)

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
_installed_language = ""


def resolve_language(choice: str) -> str:
    """'system' becomes the system's language when it is one we have, else English."""
    if choice in LANGUAGES:
        return choice
    system = QLocale.system().name().split("_")[0]
    return system if system in LANGUAGES else "en"


def install_language(choice: str) -> str:
    """Switch the interface to 'en', 'nl' or the system's language; widgets get a LanguageChange event."""
    global _installed, _installed_language
    app = QCoreApplication.instance()
    language = resolve_language(choice)
    if _installed is not None and _installed_language == language:
        return language  # in place already (the window installs it before its first paint)
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed = None
    # English needs a file too: it holds the plural forms of the texts that count things.
    path = TRANSLATIONS / f"bilingual_reader_{language}.ts"
    if path.exists():
        _installed = TsTranslator(path)
        _installed_language = language
        app.installTranslator(_installed)
    return language


def fmt(template: str, *args: object) -> str:
    """Fill %1, %2 … in a translated template (Qt's way, so translators can reorder them)."""
    for number in range(len(args), 0, -1):  # %10 before %1
        template = template.replace(f"%{number}", str(args[number - 1]))
    return template
