"""Several Holdfast processes saving into one folder at once never lose one another's entries."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.domain.events import Urge
from app.storage.store import Store
from tests.storage.support import (
    event_ids,
    leftover_temp_files,
    run_holdfast,
    save_urges,
    start_writer,
)

PROCESSES = 4
URGES_EACH = 40


def _start_ready_writers(folder: Path, count: int, urges: int) -> list[subprocess.Popen[str]]:
    writers = [start_writer(folder, "count", str(urges)) for _ in range(count)]
    for writer in writers:
        assert writer.stdout is not None
        assert writer.stdout.readline() == "ready\n"
    return writers


def _release(writers: list[subprocess.Popen[str]]) -> None:
    # Every writer has started and built its Store; now they all begin saving at once.
    for writer in writers:
        assert writer.stdin is not None
        writer.stdin.write("go\n")
        writer.stdin.flush()


def _finish(writers: list[subprocess.Popen[str]]) -> list[str]:
    acknowledged = []
    for writer in writers:
        out, errors = writer.communicate(timeout=120)
        assert writer.returncode == 0, errors
        acknowledged += out.split()
    return acknowledged


@pytest.mark.slow
def test_processes_saving_at_the_same_time_keep_every_entry(data_dir: Path) -> None:
    writers = _start_ready_writers(data_dir, PROCESSES, URGES_EACH)
    _release(writers)
    acknowledged = _finish(writers)

    assert len(acknowledged) == len(set(acknowledged)) == PROCESSES * URGES_EACH
    logbook = Store(data_dir).load()
    assert len(logbook.events) == PROCESSES * URGES_EACH  # nothing lost, nothing twice
    assert event_ids(logbook) == set(acknowledged)
    assert leftover_temp_files(data_dir) == []


@pytest.mark.slow
def test_an_open_window_saving_while_other_processes_save_loses_nothing(
    data_dir: Path, clock: FixedClock
) -> None:
    window = Store(data_dir)  # lives for the whole test, like the open window's store
    mine = save_urges(window, clock.now(), 1)
    window.load()

    writers = _start_ready_writers(data_dir, 2, URGES_EACH)
    _release(writers)
    for _ in range(URGES_EACH):
        mine += save_urges(window, clock.now(), 1)
    theirs = _finish(writers)

    expected = {*mine, *theirs}
    assert len(expected) == 1 + 3 * URGES_EACH
    assert event_ids(window.load()) == expected
    assert event_ids(Store(data_dir).load()) == expected
    assert len(Store(data_dir).load().events) == len(expected)


def test_a_store_that_cached_the_file_sees_and_keeps_another_process_entry(
    data_dir: Path, clock: FixedClock
) -> None:
    window = Store(data_dir)
    first = save_urges(window, clock.now(), 1)
    assert event_ids(window.load()) == set(first)  # now held in memory

    result = run_holdfast(data_dir, "urge", "call", "--note", "from a shortcut")
    assert result.returncode == 0, result.stderr

    seen = window.load()
    assert len(seen.events) == 2
    (theirs,) = event_ids(seen) - set(first)
    assert [e.note for e in seen.events if isinstance(e, Urge) and e.id == theirs] == [
        "from a shortcut"
    ]

    later = save_urges(window, clock.now(), 1)
    assert event_ids(Store(data_dir).load()) == {*first, theirs, *later}


def test_a_save_right_after_another_process_saved_does_not_overwrite_it(
    data_dir: Path, clock: FixedClock
) -> None:
    window = Store(data_dir)
    first = save_urges(window, clock.now(), 1)
    window.load()

    result = run_holdfast(data_dir, "urge", "text")
    assert result.returncode == 0, result.stderr
    # No load() in between: the transaction itself must notice the file changed under it.
    later = save_urges(window, clock.now(), 1)

    logbook = Store(data_dir).load()
    assert len(logbook.events) == 3
    assert {*first, *later} < event_ids(logbook)
