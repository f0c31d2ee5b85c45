"""Letting big containers go a slice at a time, so a thread freeing them never holds the interpreter lock long."""

from __future__ import annotations

# Freeing a thousand items (sets of keys, paths) takes well under a millisecond.
_SLICE = 1000


def in_slices(*containers: list | dict | None) -> None:
    """Empty big lists and dicts a slice at a time (None is skipped).

    Freeing a book's keys or paths in one go holds the interpreter lock for 5-30 ms, and the
    window's thread waits for it; between slices it can take its turn.
    """
    for container in containers:
        if container is None:
            continue
        if isinstance(container, dict):
            while container:
                for _ in range(min(_SLICE, len(container))):
                    container.popitem()
        else:
            while container:
                del container[-_SLICE:]
