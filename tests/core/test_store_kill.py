"""A process killed while it writes leaves a sound database holding its last committed change."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from bilingual_reader.core.store import Store, StoreStatus

ROOT = Path(__file__).resolve().parents[2]
LINKS = 40

# Writes generation after generation, each a position and a re-index of LINKS link pairs, and
# says on stdout which generation it has committed.
WRITER = f"""
import sys
from bilingual_reader.core.store import Store
store = Store(sys.argv[1])
pair = store.save_pair("left.txt", "right.txt")
start = int(sys.argv[2])
for generation in range(start, start + 100000):
    store.index_pair(pair, [(f"g{{generation}} links {{k}}", f"g{{generation}} rechts {{k}}") for k in range({LINKS})])
    store.save_position(pair, generation, 0.5, link_count={LINKS})
    print(generation, flush=True)
"""


def write_until_killed(path: Path, start: int, generations: int) -> int:
    """Run the writer, SIGKILL it after ``generations`` more commits; return the last one it reported."""
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(start)], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    last = start - 1
    for line in child.stdout:
        last = int(line)
        if last >= start + generations:
            break
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    # Lines still in the pipe were printed after their commit too: the last one is the truth.
    for line in child.stdout.read().splitlines():
        last = int(line)
    child.stdout.close()
    return last


def indexed_generations(store: Store) -> set[str]:
    """Which generations the search index holds text of."""
    return {hit.left_snippet.split()[0].strip("[]") for hit in store.search("links", limit=1000)}


def test_the_last_commit_survives_sigkill_and_the_file_is_sound(tmp_path):
    path = tmp_path / "library.sqlite"
    start = 0
    for _ in range(2):  # and once more on the file the first kill left behind
        reported = write_until_killed(path, start, generations=60)
        with sqlite3.connect(path) as db:
            assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        with Store(path) as store:
            assert store.status is StoreStatus.OK
            pair = store.pairs()[0].id
            position = store.position(pair).link
            # Killed after the report or during the next generation's two transactions.
            assert position in (reported, reported + 1)
            # A re-index is one transaction: never half of one generation and half of another.
            generations = indexed_generations(store)
            assert len(store.search("links", limit=1000)) == LINKS
            assert generations in ({f"g{position}"}, {f"g{position + 1}"})
        start = position + 1
