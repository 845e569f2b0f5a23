"""Everything Holdfast writes is private to the user, whatever the umask."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.storage.lock import LOCK_FILE_NAME
from app.storage.store import Store
from tests.conftest import Result
from tests.storage.support import data_file, save_urges, write_raw

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(params=[0o022, 0o002, 0o000], ids=["umask-022", "umask-002", "umask-000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def test_every_file_and_folder_holdfast_makes_is_private(
    umask: int,
    data_dir: Path,
    clock: FixedClock,
    tmp_path: Path,
    holdfast: Callable[..., Result],
) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)  # creates the folder, the data file and the lock
    clock.advance(timedelta(days=1))
    save_urges(store, clock.now(), 1)  # takes the day's backup
    restored = store.restore(clock.now())  # keeps the replaced file aside
    exports = tmp_path / "exports"
    exports.mkdir()
    for name in ("all.json", "entries.csv"):
        result = holdfast("export", str(exports / name))
        assert result.code == 0, result.err

    assert mode(data_dir) == PRIVATE_FOLDER
    assert mode(data_file(data_dir)) == PRIVATE_FILE
    assert mode(data_dir / LOCK_FILE_NAME) == PRIVATE_FILE
    assert mode(data_dir / "backups") == PRIVATE_FOLDER
    (backup,) = store.backups.list()
    assert mode(backup.path) == PRIVATE_FILE
    assert restored.set_aside is not None
    assert mode(restored.set_aside) == PRIVATE_FILE
    assert mode(exports / "all.json") == PRIVATE_FILE
    assert mode(exports / "entries.csv") == PRIVATE_FILE


def test_folders_that_are_open_to_others_are_closed_on_the_next_save(
    umask: int, data_dir: Path, clock: FixedClock
) -> None:
    data_dir.mkdir(mode=0o755)
    data_dir.chmod(0o755)
    (data_dir / "backups").mkdir(mode=0o755)
    (data_dir / "backups").chmod(0o755)
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    assert mode(data_dir) == PRIVATE_FOLDER

    clock.advance(timedelta(days=1))
    save_urges(store, clock.now(), 1)
    assert mode(data_dir / "backups") == PRIVATE_FOLDER


def test_a_data_file_copied_in_readable_by_all_becomes_private_on_the_next_save(
    umask: int, data_dir: Path, clock: FixedClock, tmp_path: Path
) -> None:
    save_urges(Store(tmp_path / "elsewhere"), clock.now(), 2)
    path = write_raw(data_dir, data_file(tmp_path / "elsewhere").read_bytes())
    path.chmod(0o644)

    save_urges(Store(data_dir), clock.now(), 1)

    assert mode(path) == PRIVATE_FILE
    assert len(Store(data_dir).load().events) == 3


def test_a_lock_file_readable_by_all_becomes_private_on_the_next_save(
    umask: int, data_dir: Path, clock: FixedClock
) -> None:
    data_dir.mkdir(mode=0o700)
    lock = data_dir / LOCK_FILE_NAME
    lock.touch()
    lock.chmod(0o644)

    save_urges(Store(data_dir), clock.now(), 1)

    assert mode(lock) == PRIVATE_FILE
