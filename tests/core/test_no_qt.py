"""The core and the non-window commands never import Qt, so they run without a display and start fast."""

import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "bilingual_reader" / "core"


def test_core_modules_do_not_import_qt():
    modules = [f"bilingual_reader.core.{p.stem}" for p in CORE.glob("*.py") if p.stem != "__init__"]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
            "print(bad); sys.exit(1 if bad else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_align_command_does_not_import_qt(dutch_seed, english_seed):
    code = ("import sys\nfrom bilingual_reader.__main__ import main\n"
            f"main(['align', {str(dutch_seed)!r}, {str(english_seed)!r}])\n"
            "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
