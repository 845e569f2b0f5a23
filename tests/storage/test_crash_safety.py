"""A writer killed at any moment never costs an entry it said was saved, nor the file.

For contrast: TinyDB's stock JSONStorage opens the file with "r+", seeks to 0, writes the new JSON
over the old bytes and then truncates. A process killed between the write and the truncate, or the
machine losing power before the data reaches the disk, leaves a file that is cut short or has old
bytes trailing the new ones, and JSONStorage then reads an empty file as an empty database. The
kill test below is the one that storage would fail; SafeStorage writes a temp file, fsyncs it and
renames it over the old one, so a reader only ever sees the old file or the new one.

A killed process's writes still reach the disk through the kernel, so these tests prove that
saves are atomic and that acknowledged saves were complete; that the fsyncs make them survive a
power cut is not something a test can show without cutting the power.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.storage.store import Store
from tests.storage.support import (
    data_file,
    event_ids,
    killed_at_random,
    leftover_temp_files,
    save_urges,
    start_writer,
)

ROUNDS = 32


def _run_and_kill(folder: Path, rng: random.Random, round_: int) -> tuple[set[str], str]:
    """Starts a writer, kills it at a random moment, returns the ids it acknowledged."""
    # Odd rounds date every save a day later, so that each save also writes a backup and prunes.
    extra = [str(10_000 * round_)] if round_ % 2 else []
    return killed_at_random(start_writer(folder, "loop", *extra), rng)


@pytest.mark.slow
def test_every_acknowledged_urge_survives_a_kill_at_a_random_moment(data_dir: Path) -> None:
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    acknowledged: set[str] = set()
    rounds_with_leftovers = 0
    for round_ in range(ROUNDS):
        new, _ = _run_and_kill(data_dir, rng, round_)
        assert new, f"round {round_} (seed {seed}): the writer acknowledged nothing"
        acknowledged |= new
        rounds_with_leftovers += bool(leftover_temp_files(data_dir))

        fresh = Store(data_dir)
        logbook = fresh.load()  # raises if the kill left a damaged file
        lost = acknowledged - event_ids(logbook)
        assert not lost, f"round {round_} (seed {seed}): {len(lost)} saved urges are gone"
        for backup in fresh.backups.list():
            fresh.read_backup(backup)  # a kill during a backup never leaves a damaged backup

    # The next save sweeps away whatever temp files the kills left, in the backups folder too.
    store = Store(data_dir)
    save_urges(store, store.load().events[-1].at, 1)
    assert leftover_temp_files(data_dir) == [], f"seed {seed}; {rounds_with_leftovers} rounds"
    assert acknowledged <= event_ids(Store(data_dir).load())


def test_a_temp_file_left_by_a_killed_writer_is_ignored_then_removed(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    saved = save_urges(store, clock.now(), 3)
    good = data_file(data_dir).read_bytes()
    # What a writer killed halfway through its write leaves next to the data file.
    leftover = data_dir / ".holdfast.json.k1ll3d__.tmp"
    leftover.write_bytes(good[: len(good) // 2])

    assert event_ids(Store(data_dir).load()) == set(saved)
    assert data_file(data_dir).read_bytes() == good

    more = save_urges(Store(data_dir), clock.now(), 1)
    assert not leftover.exists()
    assert event_ids(Store(data_dir).load()) == {*saved, *more}


def test_a_temp_file_left_in_the_backups_folder_is_removed_by_the_next_backup(
    data_dir: Path, clock: FixedClock
) -> None:
    from datetime import timedelta

    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    backups = data_dir / "backups"
    backups.mkdir()
    leftover = backups / ".holdfast-20260301T110000000000Z.json.k1ll3d__.tmp"
    leftover.write_bytes(b'{"meta": {"1": {"sch')

    clock.advance(timedelta(days=1))
    save_urges(store, clock.now(), 1)

    assert len(store.backups.list()) == 1
    assert not leftover.exists()
