"""Holdfast writes, renames, deletes and chmods only its own files: never through a link."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.domain.journal import JournalDraft
from app.storage.errors import WriteFailed
from app.storage.journal_draft import DRAFT_FILE_NAME, load_draft, remove_draft, save_draft
from app.storage.lock import LOCK_FILE_NAME
from app.storage.status_cache import CACHE_FILE_NAME
from app.storage.store import Store
from tests.conftest import Result
from tests.storage.support import data_file, folder_sealing, save_urges

Holdfast = Callable[..., Result]
SOMEONE_ELSE = 65534  # "nobody": a file that is not this user's


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A file of the user's that has nothing to do with Holdfast, outside its folder."""
    path = tmp_path / "elsewhere" / "notes.txt"
    path.parent.mkdir()
    path.write_bytes(b"my own notes\n")
    path.chmod(0o644)
    return path


def _unchanged(victim: Path) -> bool:
    return victim.read_bytes() == b"my own notes\n" and stat.S_IMODE(victim.stat().st_mode) == 0o644


def _saved(data_dir: Path, clock: FixedClock) -> None:
    save_urges(Store(data_dir), clock.now(), 1)
    assert data_file(data_dir).is_file()


def test_a_data_file_that_is_a_link_is_refused_in_one_line_and_the_link_kept(
    holdfast: Holdfast, data_dir: Path, tmp_path: Path, clock: FixedClock
) -> None:
    _saved(data_dir, clock)
    real = tmp_path / "elsewhere.json"
    data_file(data_dir).rename(real)
    data_file(data_dir).symlink_to(real)
    before = real.read_bytes()

    result = holdfast("urge", "text")

    assert result.code == 1
    assert result.err.count("\n") == 1
    assert "is a link to another file" in result.err
    assert "put the file itself in its place" in result.err
    assert "Traceback" not in result.err
    assert data_file(data_dir).is_symlink()
    assert real.read_bytes() == before


def test_a_status_cache_that_is_a_link_is_neither_written_through_nor_replaced(
    holdfast: Holdfast, data_dir: Path, victim: Path, clock: FixedClock
) -> None:
    _saved(data_dir, clock)
    cache = data_dir / CACHE_FILE_NAME
    cache.unlink(missing_ok=True)
    cache.symlink_to(victim)

    assert holdfast("status").code == 0
    assert holdfast("urge", "text").code == 0

    assert cache.is_symlink()
    assert _unchanged(victim)


def test_a_backups_folder_that_is_a_link_gets_nothing_written_or_pruned_in_it(
    data_dir: Path, tmp_path: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # Named like a backup far older than any kept: a prune would delete it.
    old = elsewhere / "holdfast-20200101T000000000000Z.json"
    old.write_bytes(b"{}")
    (data_dir / "backups").symlink_to(elsewhere)
    clock.advance(timedelta(days=1))

    with pytest.raises(WriteFailed, match="is a link to another file"):
        save_urges(store, clock.now(), 1)

    assert sorted(p.name for p in elsewhere.iterdir()) == [old.name]
    assert (data_dir / "backups").is_symlink()
    assert len(Store(data_dir).load().events) == 1  # the first save is all there is


def test_a_link_named_like_a_backup_is_not_a_backup(
    data_dir: Path, victim: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    (data_dir / "backups").mkdir(mode=0o700)
    link = data_dir / "backups" / "holdfast-20200101T000000000000Z.json"
    link.symlink_to(victim)
    clock.advance(timedelta(days=1))

    save_urges(store, clock.now(), 1)  # takes a backup, then prunes the old ones
    store.forget_journal_entry_in_backups("no-such-entry")

    assert link.is_symlink()
    assert _unchanged(victim)
    assert link.name not in [backup.name for backup in store.backups.list()]


def test_a_journal_draft_that_is_a_link_is_not_read_written_or_deleted(
    data_dir: Path, victim: Path
) -> None:
    data_dir.mkdir(mode=0o700, exist_ok=True)  # protected mode made it already
    link = data_dir / DRAFT_FILE_NAME
    link.symlink_to(victim)
    draft = JournalDraft(entry_id=None, day=date(2026, 3, 1), prompt=None, text="dear diary")

    with pytest.raises(WriteFailed, match="is a link to another file"):
        save_draft(data_dir, draft, folder_sealing())
    assert load_draft(data_dir, folder_sealing()) is None
    remove_draft(data_dir)

    assert link.is_symlink()
    assert _unchanged(victim)


def test_a_lock_file_that_is_a_link_is_not_emptied_or_chmodded(
    holdfast: Holdfast, data_dir: Path, victim: Path
) -> None:
    data_dir.mkdir(mode=0o700, exist_ok=True)  # protected mode made it already
    (data_dir / LOCK_FILE_NAME).symlink_to(victim)

    result = holdfast("urge", "text")

    assert result.code == 1
    assert result.err.count("\n") == 1
    assert "Traceback" not in result.err
    assert (data_dir / LOCK_FILE_NAME).is_symlink()
    assert _unchanged(victim)


def _plant(folder: Path, name: str, payload: bytes = b"partial") -> Path:
    path = folder / name
    path.write_bytes(payload)
    return path


def test_clean_up_removes_only_the_temp_files_holdfast_itself_left(
    data_dir: Path, victim: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    (data_dir / "backups").mkdir(mode=0o700)
    ours = [
        _plant(data_dir, ".holdfast.json.a1b2c3d4.tmp"),
        _plant(data_dir / "backups", ".holdfast-20260301T110000000000Z.json.zz_9y8x7.tmp"),
    ]
    # Someone else's, in a folder the user may share with other programs.
    kept = [
        _plant(data_dir, ".bashrc.tmp"),
        _plant(data_dir, ".notes.txt.a1b2c3d4.tmp"),
        _plant(data_dir, ".holdfast.json.tmp"),
    ]
    foreign = _plant(data_dir, ".holdfast.json.q1w2e3r4.tmp")
    os.chown(foreign, SOMEONE_ELSE, SOMEONE_ELSE)
    link = data_dir / ".holdfast.json.zzzzzzzz.tmp"
    link.symlink_to(victim)

    clock.advance(timedelta(days=1))
    save_urges(store, clock.now(), 1)

    assert [path for path in ours if path.exists()] == []
    assert all(path.read_bytes() == b"partial" for path in [*kept, foreign])
    assert link.is_symlink()
    assert _unchanged(victim)


def test_clean_up_leaves_a_draft_being_written_by_the_window_alone(
    data_dir: Path, clock: FixedClock
) -> None:
    """Only files written under the store's lock are cleaned by a save: the window writes the
    journal draft and the status cache without it, and a save elsewhere must not pull their
    temp file from under them."""
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    in_flight = [
        _plant(data_dir, f".{DRAFT_FILE_NAME}.k3j4h5g6.tmp"),
        _plant(data_dir, f".{CACHE_FILE_NAME}.k3j4h5g6.tmp"),
    ]

    save_urges(store, clock.now(), 1)

    assert all(path.exists() for path in in_flight)


def test_removing_the_draft_also_removes_what_a_killed_draft_write_left(data_dir: Path) -> None:
    draft = JournalDraft(entry_id=None, day=date(2026, 3, 1), prompt=None, text="dear diary")
    save_draft(data_dir, draft, folder_sealing())
    leftover = _plant(data_dir, f".{DRAFT_FILE_NAME}.k3j4h5g6.tmp", b"dear di")

    remove_draft(data_dir)

    assert not leftover.exists()
    assert not (data_dir / DRAFT_FILE_NAME).exists()
