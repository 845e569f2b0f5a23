"""Removing a deleted journal entry from the backups: every copy cleaned, nothing else touched."""

from __future__ import annotations

import errno
import os
import stat
from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.domain.journal import JournalEntry, Prompt, write_entry
from app.storage import backups, files
from app.storage.backups import Forgotten
from app.storage.errors import DamagedDataFile, WriteFailed
from app.storage.store import Store
from tests.storage.support import (
    data_file,
    event_ids,
    leftover_temp_files,
    read_plain,
    save_urges,
    untouched,
)

SECRET = "What they said to me that night, written down so I stop doubting it."
KEPT = "Walked to the lake with Sam. Felt like myself."


def _write(store: Store, clock: FixedClock, *entries: JournalEntry) -> None:
    with store.transaction(clock.now()) as changes:
        changes.add_journal_entry(*entries)


def _delete(store: Store, clock: FixedClock, entry_id: str) -> None:
    with store.transaction(clock.now()) as changes:
        changes.delete_journal_entry(entry_id)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _holds(path: Path, text: str) -> bool:
    """Whether the copy at `path` holds `text`; a sealed copy too damaged to open may."""
    try:
        return text.encode() in read_plain(path)
    except DamagedDataFile:
        return True


def test_the_entry_leaves_every_backup_and_everything_else_stays(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    urges = save_urges(store, clock.now(), 2)  # creates the file: nothing to copy yet
    clock.advance(timedelta(hours=2))
    secret = write_entry(clock.now(), clock.now().date(), SECRET, Prompt.WHAT_I_DESERVE)
    kept = write_entry(clock.now(), clock.now().date(), KEPT, Prompt.FOR_MYSELF)
    _write(store, clock, secret, kept)  # backs up the file from before the entries
    (before_the_entry,) = store.backups.list()
    untouched = before_the_entry.path.read_bytes()
    untouched_inode = before_the_entry.path.stat().st_ino
    for _ in range(3):  # a day's copy each, all holding the entry
        clock.advance(timedelta(days=1))
        urges += save_urges(store, clock.now(), 1)
    # One copy is damaged, cut short by a bad disk: it cannot be read, so it is left alone.
    damaged = store.backups.list()[1].path
    damaged.write_bytes(damaged.read_bytes()[:-40])
    damaged_bytes = damaged.read_bytes()
    clock.advance(timedelta(days=1))
    _delete(store, clock, secret.id)  # takes one more copy, with the entry, just before
    backups = store.backups.list()
    assert len(backups) == 5
    names = sorted(b.name for b in backups)
    holding = [b for b in backups if _holds(b.path, secret.id)]
    assert len(holding) == 4  # three days' copies and the one taken right before the delete
    assert damaged in [b.path for b in holding]

    forgotten = store.forget_journal_entry_in_backups(secret.id)

    assert forgotten == Forgotten(cleaned=3, unreadable=1)
    assert sorted(b.name for b in store.backups.list()) == names  # each keeps its name and date
    for backup in store.backups.list():
        payload = backup.path.read_bytes()
        if backup.path == damaged:
            assert payload == damaged_bytes  # byte for byte as it was
            continue
        assert not _holds(backup.path, secret.id)
        assert not _holds(backup.path, SECRET)
        assert _mode(backup.path) == 0o600
        logbook = store.read_backup(backup)
        assert secret.id not in {entry.id for entry in logbook.journal}
        assert event_ids(logbook) <= set(urges)
        if backup.path != before_the_entry.path:
            assert logbook.journal == (kept,)
    assert before_the_entry.path.read_bytes() == untouched
    assert before_the_entry.path.stat().st_ino == untouched_inode  # not even rewritten
    assert store.load().journal == (kept,)
    assert event_ids(Store(data_dir).load()) == set(urges)
    assert not _holds(data_file(data_dir), SECRET)
    assert leftover_temp_files(data_dir) == []


def test_removing_it_again_finds_nothing_left_to_clean(data_dir: Path, clock: FixedClock) -> None:
    store = Store(data_dir)
    entry = write_entry(clock.now(), clock.now().date(), SECRET)
    _write(store, clock, entry)
    clock.advance(timedelta(hours=2))
    _delete(store, clock, entry.id)
    assert store.forget_journal_entry_in_backups(entry.id) == Forgotten(cleaned=1, unreadable=0)
    payloads = [b.path.read_bytes() for b in store.backups.list()]

    assert store.forget_journal_entry_in_backups(entry.id) == Forgotten(cleaned=0, unreadable=0)
    assert [b.path.read_bytes() for b in store.backups.list()] == payloads


def test_without_backups_nothing_is_cleaned_or_created(data_dir: Path) -> None:
    assert Store(data_dir).forget_journal_entry_in_backups("any") == Forgotten(0, 0)
    assert untouched(data_dir)


def test_undo_after_cleaning_puts_the_entry_back_in_the_data_file(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    entry = write_entry(clock.now(), clock.now().date(), SECRET)
    _write(store, clock, entry)
    clock.advance(timedelta(hours=2))
    _delete(store, clock, entry.id)
    store.forget_journal_entry_in_backups(entry.id)

    _write(store, clock, entry)  # what Undo does

    assert Store(data_dir).load().journal == (entry,)
    assert not any(_holds(b.path, entry.id) for b in store.backups.list())


def test_a_disk_that_fills_during_the_cleaning_leaves_each_copy_whole(
    data_dir: Path, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    secret = write_entry(clock.now(), clock.now().date(), SECRET, Prompt.WHAT_I_DESERVE)
    _write(store, clock, secret)
    for _ in range(3):  # three days' copies, each holding the entry
        clock.advance(timedelta(days=1))
        save_urges(store, clock.now(), 1)
    clock.advance(timedelta(days=1))
    _delete(store, clock, secret.id)
    before = {b.path: b.path.read_bytes() for b in store.backups.list()}
    holding = [path for path in before if _holds(path, secret.id)]
    assert len(holding) >= 3
    rewrites = 0
    real_write_file, real_write = files.write_file, os.write

    def counted_write_file(path: Path, payload: bytes) -> None:
        nonlocal rewrites
        rewrites += 1
        real_write_file(path, payload)

    def write_until_the_disk_is_full(fd: int, data: bytes | memoryview) -> int:
        if rewrites == 2:  # the second copy: half of it reaches the disk, then no more room
            real_write(fd, bytes(data[: len(data) // 2]))
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(backups, "write_file", counted_write_file)
    monkeypatch.setattr(os, "write", write_until_the_disk_is_full)

    with pytest.raises(WriteFailed, match="disk is full"):
        store.forget_journal_entry_in_backups(secret.id)

    monkeypatch.undo()
    for backup in store.backups.list():
        store.read_backup(backup)  # every copy still reads whole
        assert backup.path.read_bytes() == before[backup.path] or not _holds(backup.path, secret.id)
    cleaned = [p for p in holding if not _holds(p, secret.id)]
    assert len(cleaned) == 1  # the one before the full disk; the rest as they were
    assert leftover_temp_files(data_dir) == []
    # Once there is room again, the cleaning finishes.
    assert store.forget_journal_entry_in_backups(secret.id).cleaned == len(holding) - 1
