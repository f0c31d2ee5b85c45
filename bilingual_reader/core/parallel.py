"""Two pieces of pure-Python work at once: one here, one in a forked child process.

The aligner is pure Python, so threads would only take turns on one core; a forked child
works on a second core with everything the parent has already built (no copying of the
models), and sends back only its small result. Where forking is not safe or cannot help
(not Linux, one core, switched off), or when the child fails in any way, the work is done
here instead: a child changes how long the work takes, never its result.
"""

from __future__ import annotations

import marshal
import os
import pickle
import select
import sys
import time
import warnings
from typing import Callable, Sequence, TypeVar

A = TypeVar("A")
B = TypeVar("B")
T = TypeVar("T")
R = TypeVar("R")

# Set to 1 to do everything in one process (for debugging, or to compare timings).
JOBS_VARIABLE = "BILINGUAL_READER_JOBS"


def available() -> bool:
    """True when a forked child can work beside this process on a core of its own."""
    if not can_fork():
        return False
    try:
        return len(os.sched_getaffinity(0)) >= 2
    except OSError:
        return False


def can_fork() -> bool:
    """True where work may be handed to a forked child (not switched off, and fork is sound)."""
    if os.environ.get(JOBS_VARIABLE, "").strip() == "1":
        return False
    # fork only where it is known to be sound with threads around (macOS frameworks are not
    # fork-safe; Windows has no fork)
    return sys.platform.startswith("linux") and hasattr(os, "fork")


def in_child(work: Callable[[], T], cancelled: Callable[[], bool] = lambda: False) -> tuple[bool, T | None]:
    """(True, work()), worked out in a forked child where one can be, else here; (False, None)
    when ``cancelled()`` turned true before the child was done.

    For long pure-Python work started from a thread of the window: in a thread of its own it
    holds the interpreter lock the window's thread needs for each event it handles in Python (a
    book's differences, 8 s of work, left the window turning only every 100 ms). This thread
    only waits for the child, without the lock; even on one core, the system shares the processor
    between the two processes better than the lock does between threads.
    """
    if not can_fork():
        return True, work()
    child = _start(work)
    if child is None:
        return True, work()
    while not select.select([child[1]], [], [], _POLL_S)[0]:
        if cancelled():
            _stop(child)
            return False, None
    ok, result = _finish(child)
    return (True, result) if ok else (True, work())


# How often a thread waiting for its child looks whether the work is still wanted.
_POLL_S = 0.1


def both(here: Callable[[], A], there: Callable[[], B], worth_it: bool = True) -> tuple[A, B]:
    """(here(), there()), with there() run at the same time in a forked child where that helps
    (not where the caller knows the work is too small to pay for a child: ``worth_it`` False)."""
    if not worth_it or not available():
        return here(), there()
    child = _start(there)
    if child is None:
        return here(), there()
    started = time.perf_counter()
    try:
        first = here()
    except BaseException:
        _stop(child)
        raise
    # The halves take about as long: a child far behind is starved of a core (other programs
    # are busy), and waiting for it would make the work slower than doing it all here.
    patience = _PATIENCE * (time.perf_counter() - started) + _PATIENCE_FLOOR_S
    ok, second = _finish(child, patience)
    return first, (second if ok else there())


# How long the parent waits for its child once its own half is done, as a share of the time
# its half took (plus a floor for small halves). The child's half costs more: it copies the
# pages it writes to, and sends its result down a pipe; on a 10 000-line pair it came in up to
# 0.6 of a half late, and at half the parent gave up and did the half again. Doing it again
# costs about a half, so waiting as long is no worse, and only a starved child is given up.
_PATIENCE = 1.0
_PATIENCE_FLOOR_S = 0.05


def both_sides(left: Callable[[], A], right: Callable[[], B], left_size: int, right_size: int,
               worth_it: bool = True) -> tuple[A, B]:
    """(left(), right()) as ``both`` does them, the larger side's work here: the child's half is
    the slower one (it copies the pages it writes to and sends its result back)."""
    if right_size > left_size:
        right_result, left_result = both(right, left, worth_it)
        return left_result, right_result
    return both(left, right, worth_it)


def map_halves(fn: Callable[[T], R], items: Sequence[T], min_items: int = 2) -> list[R]:
    """[fn(x) for x in items], the second half worked out in a forked child where that helps."""
    if len(items) < min_items or not available():
        return [fn(x) for x in items]
    half = len(items) // 2
    first, second = both(lambda: [fn(x) for x in items[:half]], lambda: [fn(x) for x in items[half:]])
    return first + second


def _start(work: Callable[[], B]) -> tuple[int, int] | None:
    """A child process running ``work`` and writing its pickled result to a pipe: (pid, read end)."""
    try:
        read, write = os.pipe()
    except OSError:
        return None
    with warnings.catch_warnings():
        # Python 3.12+ warns about forking a process with threads (the window's): the child
        # only runs pure-Python work on objects it inherited, takes no lock another thread may
        # hold, and leaves with os._exit
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            pid = os.fork()
        except OSError:
            os.close(read)
            os.close(write)
            return None
    if pid == 0:  # the child
        os.close(read)
        code = 1
        try:
            _yield_to_the_window()
            data = _encode(work())
            with os.fdopen(write, "wb") as out:
                out.write(data)
            code = 0
        finally:
            # no atexit handlers, no Qt clean-up, no flushing of the parent's buffers
            os._exit(code)
    os.close(write)
    return pid, read


# A child runs at this much lower priority: with the parent's worker thread, it makes two busy
# threads on a two-core machine, and the window's thread must still get a core when it needs one
# (where nothing else wants the core, the child runs at full speed all the same).
_CHILD_NICENESS = 5


def _yield_to_the_window() -> None:
    """Lower this (child) process's priority below the window's."""
    try:
        os.nice(_CHILD_NICENESS)
    except OSError:
        pass


def _finish(child: tuple[int, int], patience: float | None = None) -> tuple[bool, object]:
    """(True, result) from a child, or (False, None) when it failed, was killed, or sent nothing
    within ``patience`` seconds (then it is stopped)."""
    pid, read = child
    if patience is not None and not select.select([read], [], [], patience)[0]:
        _stop(child)
        return False, None
    with os.fdopen(read, "rb") as pipe:
        data = pipe.read()  # read before waiting: a result larger than the pipe holds blocks the child
    _, status = os.waitpid(pid, 0)
    if status != 0 or not data:
        return False, None
    try:
        return True, _decode(data)
    except Exception:  # a truncated result: the parent does the work itself
        return False, None


def _encode(result: object) -> bytes:
    """A result as bytes; long lists in it (itself, or items of it) in pieces of _PIECE items."""
    return marshal.dumps(_packed(result, 1))


def _decode(data: bytes) -> object:
    """The result ``_encode`` made, read a piece at a time."""
    return _unpacked(marshal.loads(data))


# Reading a book's keys back in one call would hold the interpreter lock for 50-100 ms, and the
# window's thread needs it for every event it handles in Python; a piece this long takes under
# a millisecond of keys, or 3-5 ms of pickled links with their sentence links.
_PIECE = 300


def _packed(value: object, depth: int) -> tuple:
    """(kind, body): a long list as pieces, a tuple or list (to ``depth`` levels) item by item,
    anything else as one blob."""
    if type(value) is list and len(value) > _PIECE:
        return "pieces", [_blob(value[k:k + _PIECE]) for k in range(0, len(value), _PIECE)]
    if depth and type(value) in (tuple, list):
        return type(value).__name__, [_packed(item, depth - 1) for item in value]
    return "one", _blob(value)


def _unpacked(packed: tuple) -> object:
    """The value ``_packed`` describes."""
    kind, body = packed
    if kind == "pieces":
        out: list = []
        for blob in body:
            out += _unblob(blob)
        return out
    if kind == "one":
        return _unblob(body)
    items = [_unpacked(item) for item in body]
    return tuple(items) if kind == "tuple" else items


def _blob(value: object) -> bytes:
    """Marshal for plain data (strings, numbers, tuples, lists, sets: it reads back about twice
    as fast), pickle for anything else; a list of sets of strings (the aligner's keys) as one
    string per set."""
    joined = _joined_sets(value)
    if joined is not None:
        return b"s" + marshal.dumps(joined)
    try:
        return b"m" + marshal.dumps(value)
    except ValueError:
        return b"p" + pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def _unblob(blob: bytes) -> object:
    """The value ``_blob`` made."""
    kind = blob[:1]
    if kind == b"s":
        empty: frozenset[str] = frozenset()
        return [frozenset(text.split(_SEPARATOR)) if text else empty for text in marshal.loads(blob[1:])]
    return marshal.loads(blob[1:]) if kind == b"m" else pickle.loads(blob[1:])


# Joins the members of a set of strings: a control character that no key holds.
_SEPARATOR = "\x1f"


def _joined_sets(value: object) -> list[str] | None:
    """A list of frozensets of strings as one string per set, its members joined by _SEPARATOR
    (None for anything else, where a member holds the separator, or where a set holds the empty
    string, which its joined string could not tell from an empty set).

    Marshal writes a set member by member, five times slower than the joined string; the keys
    of a book's units took the child 0.1 s a side, while the parent waited for them.
    """
    if type(value) is not list or not value or any(type(item) is not frozenset or "" in item for item in value):
        return None
    try:
        joined = [_SEPARATOR.join(item) for item in value]
    except TypeError:  # a member that is not a string
        return None
    # a member holding the separator would come back cut in two: then each set has more
    # separators than members less one
    if "".join(joined).count(_SEPARATOR) != sum(map(len, value)) - sum(1 for item in value if item):
        return None
    return joined


def _stop(child: tuple[int, int]) -> None:
    """End a child whose result is no longer wanted."""
    pid, read = child
    try:
        os.kill(pid, 9)
    except OSError:
        pass
    os.close(read)
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
