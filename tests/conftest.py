"""Test set-up shared by every test: no display, and no touching the user's own settings or data."""

import os
import tempfile
from pathlib import Path

# Before any Qt import: Qt reads these when its first object is made.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_HOME = tempfile.mkdtemp(prefix="bilingual-reader-tests-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_HOME, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_HOME, "data")
os.environ["XDG_CACHE_HOME"] = os.path.join(_HOME, "cache")
os.environ.setdefault("XDG_RUNTIME_DIR", os.path.join(_HOME, "runtime"))
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
DUTCH_SEED = SEEDS / "000_4640660d25516109.txt"
ENGLISH_SEED = SEEDS / "001_78d206994b81d982.txt"


@pytest.fixture
def dutch_seed() -> Path:
    """The bundled Dutch article (blank lines between paragraphs)."""
    return DUTCH_SEED


@pytest.fixture
def english_seed() -> Path:
    """The bundled English translation (one paragraph per line, a stray dash at the end)."""
    return ENGLISH_SEED
