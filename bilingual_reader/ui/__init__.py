"""The Qt side of the reader: window, panes, synchronized scrolling, workers."""

from __future__ import annotations

import sys

import PySide6


def _read_sources_once() -> None:
    """Let PySide tell whether a module uses it from one read of the module's file.

    For its ``__feature__`` switches PySide looks for the word "PySide6" in the source of every
    module imported after it, through ``inspect.getsource`` (which also searches sys.modules for
    the module each time): 5-7 ms for the forty modules the first frame imports. The same
    question asked of the file's bytes saved a median 3 ms of those imports (15 alternating
    runs). Where PySide's internals are not as expected (another version), nothing changes.
    """
    feature = sys.modules.get("shibokensupport.feature")
    inspect_source = getattr(feature, "_mod_uses_pyside", None)
    if not callable(inspect_source) or getattr(inspect_source, "reads_file_once", False):
        return

    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return inspect_source(module)

    uses_pyside.reads_file_once = True
    feature._mod_uses_pyside = uses_pyside


_read_sources_once()
del PySide6
