"""Holding off Python's cycle collector while much is made and little becomes garbage.

Start-up (modules, classes, Qt's Python enums, the window's widgets) and alignment (millions of
small tuples and sets, no reference cycles) both allocate enough to trigger collections that
walk a large heap and find nothing. Holds nest, across threads: the collector runs again when
the last one is released, so a worker's hold outlives the start-up's and the other way round.
"""

from __future__ import annotations

# Only built-in modules: the program's start takes its hold before importing anything else (the
# standard library's typing, threading and contextlib ran 8 collections before it could).
import _thread
import gc
import os

_lock = _thread.allocate_lock()
_holds = 0
_was_enabled = True  # the collector's state before the first of the current holds
_start_held = False


def _new_lock_in_child() -> None:
    """A forked child (see parallel.py) starts with a free lock: another thread may have held it at the fork."""
    global _lock
    _lock = _thread.allocate_lock()


os.register_at_fork(after_in_child=_new_lock_in_child)


def hold() -> None:
    """Stop the collector until this and every other hold are released."""
    global _holds, _was_enabled
    with _lock:
        if _holds == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _holds += 1


def release(freeze: bool = False) -> None:
    """Release one hold; with ``freeze``, what survived is moved out of later collections' way."""
    global _holds
    with _lock:
        if _holds == 0:
            return
        _holds -= 1
        if freeze:
            gc.freeze()
        if _holds == 0 and _was_enabled:
            gc.enable()


class held:  # noqa: N801 - used as a function: ``with held():``
    """The collector held off for the duration of a with block."""

    def __init__(self, freeze: bool = False) -> None:
        self._freeze = freeze

    def __enter__(self) -> None:
        hold()

    def __exit__(self, *exc_info) -> None:
        release(self._freeze)


def hold_for_start() -> None:
    """Hold the collector from the program's start until ``release_start`` (called again: no-op).

    The window's start makes some 100,000 objects that live as long as it does: about 50
    collections before the first frame, 7-10 ms of a 0.15 s start.
    """
    global _start_held
    with _lock:
        if _start_held:
            return
        _start_held = True
    hold()


def release_start() -> None:
    """End the start-up hold (if there is one), freezing what start-up made: it lives as long as the program."""
    global _start_held
    with _lock:
        if not _start_held:
            return
        _start_held = False
    release(freeze=True)
