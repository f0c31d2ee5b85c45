"""Bilingual Reader: two language versions of a text, side by side, linked paragraph by paragraph."""

__version__ = "0.1.0"
