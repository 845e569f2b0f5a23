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
from app.storage.status_cache import CACHE_FILE_NAME
from app.storage.store import Store
from tests.conftest import Result
from tests.storage.support import data_file, protected, save_urges, write_raw

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
SOMEONE_ELSE = 65534  # "nobody"


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
    # With protection on, the user says which export they want (a CSV file is always plain):
    # each is private all the same.
    for name, how in (("all.json", "--encrypted"), ("entries.csv", "--plain")):
        result = holdfast("export", str(exports / name), *([how] if protected() else []))
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


def _open_to_all(*paths: Path) -> None:
    for path in paths:
        path.chmod(0o755 if path.is_dir() else 0o644)


def test_what_holdfast_keeps_is_made_private_again_even_when_the_user_only_looks(
    umask: int, data_dir: Path, clock: FixedClock, holdfast: Callable[..., Result]
) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    clock.advance(timedelta(days=1))
    save_urges(store, clock.now(), 1)  # takes the day's backup
    (backup,) = store.backups.list()
    cache = data_dir / CACHE_FILE_NAME
    assert holdfast("status").code == 0  # writes the status cache
    # As a copy from another disk or a sync tool might leave them.
    _open_to_all(data_dir, data_dir / "backups", backup.path, data_file(data_dir), cache)

    result = holdfast("status")

    assert result.code == 0
    assert result.err == ""  # Holdfast's own: tightened without a word
    assert mode(data_dir) == PRIVATE_FOLDER
    assert mode(data_dir / "backups") == PRIVATE_FOLDER
    assert mode(backup.path) == PRIVATE_FILE
    assert mode(data_file(data_dir)) == PRIVATE_FILE
    assert mode(cache) == PRIVATE_FILE


def test_a_chosen_folder_holding_other_files_is_never_chmodded_and_is_named_in_one_line(
    umask: int, tmp_path: Path, holdfast: Callable[..., Result]
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    letter = documents / "letter.txt"
    letter.write_text("Dear Sam")
    _open_to_all(documents, letter)

    saved = holdfast("--data-dir", str(documents), "urge", "text")
    looked = holdfast("--data-dir", str(documents), "status")

    assert saved.code == 0 and looked.code == 0
    for result in (saved, looked):
        (line,) = result.err.splitlines()
        assert line.startswith(f"holdfast: Other people on this computer can see into {documents}")
        assert f"`chmod 700 {documents}`" in line
    assert mode(documents) == 0o755
    assert mode(letter) == 0o644
    assert mode(data_file(documents)) == PRIVATE_FILE


def test_a_chosen_folder_of_its_own_is_created_private(
    umask: int, tmp_path: Path, holdfast: Callable[..., Result]
) -> None:
    chosen = tmp_path / "not-yet" / "holdfast"

    assert holdfast("--data-dir", str(chosen), "urge", "text").err == ""

    assert mode(chosen) == PRIVATE_FOLDER


def test_the_check_on_start_chmods_nothing_through_a_link(
    data_dir: Path, clock: FixedClock, tmp_path: Path, holdfast: Callable[..., Result]
) -> None:
    save_urges(Store(data_dir), clock.now(), 1)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    victim = elsewhere / "notes.txt"
    victim.write_text("mine")
    _open_to_all(elsewhere, victim)
    (data_dir / CACHE_FILE_NAME).symlink_to(victim)
    (data_dir / "backups").symlink_to(elsewhere)

    assert holdfast("status").code == 0

    assert mode(victim) == 0o644
    assert mode(elsewhere) == 0o755


def test_an_open_file_of_another_account_is_named_and_left_alone(
    data_dir: Path, clock: FixedClock, holdfast: Callable[..., Result]
) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    clock.advance(timedelta(days=1))
    save_urges(store, clock.now(), 1)
    (backup,) = store.backups.list()
    backup.path.chmod(0o644)
    os.chown(backup.path, SOMEONE_ELSE, SOMEONE_ELSE)  # as a run with sudo might leave it

    result = holdfast("status")

    assert result.code == 0
    (line,) = result.err.splitlines()
    assert f"can open {backup.path}" in line
    assert f"`chmod 600 {backup.path}`, run as its owner" in line
    assert mode(backup.path) == 0o644
    assert backup.path.stat().st_uid == SOMEONE_ELSE


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
    data_dir.mkdir(mode=0o700, exist_ok=True)  # protected mode made it already
    lock = data_dir / LOCK_FILE_NAME
    lock.touch()
    lock.chmod(0o644)

    save_urges(Store(data_dir), clock.now(), 1)

    assert mode(lock) == PRIVATE_FILE
