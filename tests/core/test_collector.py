"""The cycle collector's holds: nested, across start-up and workers, always given back."""

import gc

import pytest

from bilingual_reader.core import collector


@pytest.fixture(autouse=True)
def collector_restored(monkeypatch):
    """Each test starts with the collector on and no hold, and the real state is put back after."""
    was_enabled = gc.isenabled()
    monkeypatch.setattr(collector, "_holds", 0)
    monkeypatch.setattr(collector, "_start_held", False)
    gc.enable()
    yield
    gc.enable() if was_enabled else gc.disable()


def test_the_collector_runs_again_only_when_the_last_hold_is_released():
    collector.hold()
    collector.hold()
    assert not gc.isenabled()
    collector.release()
    assert not gc.isenabled()  # a worker's hold outlives the start-up's
    collector.release()
    assert gc.isenabled()


def test_a_collector_switched_off_before_the_holds_stays_off():
    gc.disable()
    with collector.held():
        pass
    assert not gc.isenabled()


def test_a_release_without_a_hold_changes_nothing():
    collector.release()
    collector.hold()
    assert not gc.isenabled()
    collector.release()
    collector.release()
    assert gc.isenabled() and collector._holds == 0


def test_the_start_hold_is_taken_once_and_given_back_once():
    collector.hold_for_start()
    collector.hold_for_start()
    assert collector._holds == 1
    with collector.held():
        collector.release_start()
        collector.release_start()
        assert not gc.isenabled()  # the block's own hold still stands
    assert gc.isenabled()


def test_the_start_release_freezes_what_start_up_made():
    collector.hold_for_start()
    made = [object() for _ in range(10)]
    before = gc.get_freeze_count()
    collector.release_start()
    assert gc.get_freeze_count() >= before + len(made)
    gc.unfreeze()


def test_a_block_that_raises_gives_its_hold_back():
    with pytest.raises(ValueError):
        with collector.held():
            raise ValueError("stop")
    assert gc.isenabled()


def test_a_forked_child_takes_a_hold_even_if_the_lock_was_held_at_the_fork():
    """The aligner's helper process is forked while the window's threads run: a lock one of them
    held at that moment would stay held in the child for ever."""
    import os
    import time

    with collector._lock:  # as another thread might, at the moment of the fork
        pid = os.fork()
        if pid == 0:  # the child: a hold and its release must not wait for the lock
            collector.hold()
            collector.release()
            os._exit(0)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.01)
    else:
        os.kill(pid, 9)
        os.waitpid(pid, 0)
        pytest.fail("the child waited for a lock held by the parent's thread at the fork")
    assert os.waitstatus_to_exitcode(status) == 0
