"""Qt's namespace (Qt.AlignLeft, Qt.Key_Down …) for modules on the first frame's path, built when first used.

PySide6 builds a Python enum for each of the namespace's ~90 enums the moment anything touches
``PySide6.QtCore.Qt`` (25-30 ms); the first frame needs none of them. Code that runs before
the first paint must not use these names either (nor call a Qt function that takes or returns
one of the namespace's enums): that builds the namespace all the same.
"""

from __future__ import annotations


class _LazyQt:
    """Stands in for PySide6.QtCore.Qt: an attribute is looked up there when first asked for, then kept."""

    def __getattr__(self, name: str):
        """Qt's attribute ``name``, remembered so that the next look-up does not come here."""
        from PySide6.QtCore import Qt

        value = getattr(Qt, name)
        setattr(self, name, value)
        return value


Qt = _LazyQt()
