"""Where the reader keeps its data, worked out without Qt so the command line finds the same place.

It matches what Qt's QStandardPaths.AppDataLocation gives for this program's organisation and
application names on each platform.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANISATION = "BilingualReader"
APPLICATION = "Bilingual Reader"
DATABASE_NAME = "library.sqlite3"


def app_data_dir() -> Path:
    """The folder for the reader's own data (the library database)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / ORGANISATION / APPLICATION


def database_path() -> Path:
    """The library database's file."""
    return app_data_dir() / DATABASE_NAME
