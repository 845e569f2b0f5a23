"""`holdfast urge` processes adding to a proven file at once, or killed in the middle of it,
never lose an urge they said was saved, never damage the file, and never leave a cache that
tells another story than the file."""

from __future__ import annotations

import json
import random
import signal
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.domain.events import Urge
from app.storage.status_cache import CACHE_FILE_NAME, Overview
from app.storage.store import Store
from tests.storage.support import (
    event_ids,
    leftover_temp_files,
    run_holdfast,
    save_urges,
    start_writer,
)

PROCESSES = 4
URGES_EACH = 5
ROUNDS = 16
MOST_ACKS_BEFORE_KILL = 6
LONGEST_EXTRA_DELAY = 0.03  # seconds; the kill lands anywhere inside the next urge or two
LOGGED = "Logged: "


def _urges(folder: Path) -> list[Urge]:
    return [event for event in Store(folder).load().events if isinstance(event, Urge)]


def _cold_urge_count(folder: Path) -> int:
    """What `holdfast status` counts with no status cache to start from."""
    (folder / CACHE_FILE_NAME).unlink(missing_ok=True)
    result = run_holdfast(folder, "status", "--json")
    assert result.returncode == 0, result.stderr
    total: int = json.loads(result.stdout)["urges_total"]
    return total


def _urge_processes(folder: Path, processes: int, urges_each: int) -> list[str]:
    """Runs `processes` lines of `holdfast urge text` processes at once, `urges_each` one after
    the other in each; returns the error output of any that failed."""

    def one_line(_: int) -> list[str]:
        failures = []
        for _ in range(urges_each):
            result = run_holdfast(folder, "urge", "text")
            if result.returncode != 0 or not result.stdout.startswith(LOGGED):
                failures.append(result.stderr)
        return failures

    with ThreadPoolExecutor(processes) as pool:
        return [failure for line in pool.map(one_line, range(processes)) for failure in line]


@pytest.mark.slow
def test_urge_processes_adding_at_once_keep_every_urge(data_dir: Path, clock: FixedClock) -> None:
    (first,) = save_urges(Store(data_dir), clock.now(), 1)
    Store(data_dir).overview()  # proven, as after any status

    assert _urge_processes(data_dir, PROCESSES, URGES_EACH) == []

    urges = _urges(data_dir)
    assert len(urges) == len({urge.id for urge in urges}) == 1 + PROCESSES * URGES_EACH
    assert first in event_ids(Store(data_dir).load())
    # The last one left a cache for the file as it is: it went the quick way.
    assert Store(data_dir).cached_overview() == Overview.of(Store(data_dir).load())
    assert _cold_urge_count(data_dir) == 1 + PROCESSES * URGES_EACH
    assert leftover_temp_files(data_dir) == []


@pytest.mark.slow
def test_urge_processes_and_an_open_window_saving_at_once_keep_every_entry(
    data_dir: Path, clock: FixedClock
) -> None:
    save_urges(Store(data_dir), clock.now(), 1)
    Store(data_dir).overview()
    window = start_writer(data_dir, "count", str(URGES_EACH * 2))  # saves the full way
    assert window.stdout is not None and window.stdin is not None
    assert window.stdout.readline() == "ready\n"
    window.stdin.write("go\n")
    window.stdin.flush()

    failures = _urge_processes(data_dir, PROCESSES, URGES_EACH)
    saved_by_window, errors = window.communicate(timeout=120)

    assert failures == [] and window.returncode == 0, errors
    assert set(saved_by_window.split()) <= event_ids(Store(data_dir).load())
    total = 1 + PROCESSES * URGES_EACH + URGES_EACH * 2
    assert len(_urges(data_dir)) == total
    assert _cold_urge_count(data_dir) == total


def _run_and_kill(folder: Path, rng: random.Random, round_: int) -> int:
    """Starts a process running `holdfast urge` over and over, kills it at a random moment,
    returns how many urges it said were saved."""
    # Odd rounds date every urge a day later, so that each one also takes a backup and prunes.
    extra = [str(10_000 * round_)] if round_ % 2 else []
    process = start_writer(folder, "urges", *extra)
    assert process.stdout is not None
    said = 0
    try:
        for _ in range(rng.randint(1, MOST_ACKS_BEFORE_KILL)):
            line = process.stdout.readline()
            if not line.endswith("\n"):
                break  # it died by itself; its stderr says why
            said += line.startswith(LOGGED)
        time.sleep(rng.uniform(0, LONGEST_EXTRA_DELAY))  # the random moment of the kill
        process.send_signal(signal.SIGKILL)
    finally:
        process.kill()
        rest, errors = process.communicate(timeout=30)
    assert process.returncode == -signal.SIGKILL, f"it failed on its own:\n{errors}"
    # A line cut short by the kill was never said.
    return said + sum(
        line.startswith(LOGGED) and line.endswith("\n") for line in rest.splitlines(keepends=True)
    )


@pytest.mark.slow
def test_an_urge_process_killed_at_any_moment_leaves_the_old_file_or_the_new_one(
    data_dir: Path,
) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    said = 0
    for round_ in range(ROUNDS):
        said += _run_and_kill(data_dir, rng, round_)

        fresh = Store(data_dir)
        held = len(_urges(data_dir))  # raises if the kill left a damaged file
        assert said <= held <= said + round_ + 1, f"round {round_} (seed {seed})"
        # Whatever the kill left, the cache either tells what the file holds or is not used.
        assert fresh.overview() == Overview.of(Store(data_dir).load()), f"seed {seed}"
        for backup in fresh.backups.list():
            fresh.read_backup(backup)

    # The next urge sweeps away whatever temp files of the data file and its backups the kills
    # left. (Not those of the status cache, which `status` writes without the lock: a copy of
    # it cut short is never read, and clean-up must not race a writer it cannot lock out.)
    result = run_holdfast(data_dir, "urge", "text")
    assert result.returncode == 0, result.stderr
    left = [path for path in leftover_temp_files(data_dir) if CACHE_FILE_NAME not in path.name]
    assert left == [], f"seed {seed}"
