"""Daily backups, pruning, and putting a backup back without losing the file it replaces."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from app.domain.clock import FixedClock
from app.storage.backups import DAYS_KEPT
from app.storage.errors import DamagedDataFile, NoSuchBackup
from app.storage.store import Store
from tests.storage.support import (
    as_stored,
    content,
    data_file,
    event_ids,
    save_urges,
    to_bytes,
    version_1_tables,
    write_raw,
)

BERLIN = ZoneInfo("Europe/Berlin")


def test_the_first_save_in_an_hour_backs_up_the_file_as_it_was(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    earlier = save_urges(store, clock.now(), 2)
    before = data_file(data_dir).read_bytes()
    clock.advance(timedelta(hours=2))

    save_urges(store, clock.now(), 1)
    for _ in range(3):
        clock.advance(timedelta(minutes=15))
        save_urges(store, clock.now(), 1)

    (backup,) = store.backups.list()
    assert backup.reason == "regular"
    assert backup.path.read_bytes() == before
    assert event_ids(store.read_backup(backup)) == set(earlier)


def test_a_save_an_hour_after_the_last_backup_takes_another(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)  # creates the file: nothing to copy yet
    save_urges(store, clock.now(), 1)
    clock.advance(timedelta(minutes=59))
    save_urges(store, clock.now(), 1)
    assert len(store.backups.list()) == 1

    clock.advance(timedelta(minutes=1))
    save_urges(store, clock.now(), 1)
    assert len(store.backups.list()) == 2


def test_a_clock_set_back_still_takes_backups(data_dir: Path, clock: FixedClock) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    save_urges(store, clock.now(), 1)
    clock.advance(timedelta(days=-2))

    save_urges(store, clock.now(), 1)

    assert [b.taken_at for b in store.backups.list()][-1] == clock.now()


def test_the_last_day_is_kept_whole_and_before_it_one_copy_a_day_for_thirty_days(
    data_dir: Path, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 3, 1, 9, 0, tzinfo=BERLIN))
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    for _ in range(40):  # forty days, with a morning and an evening save each
        clock.advance(timedelta(hours=10))
        save_urges(store, clock.now(), 1)
        clock.advance(timedelta(hours=14))
        save_urges(store, clock.now(), 1)
    for _ in range(5):  # and a busy last few hours
        clock.advance(timedelta(hours=1))
        save_urges(store, clock.now(), 1)

    kept = store.backups.list()
    recent = [b for b in kept if clock.now() - b.taken_at < timedelta(days=1)]
    older = kept[len(recent) :]
    assert len(recent) == 7  # the last evening's, the morning before, and the five hourly ones
    assert len(older) == DAYS_KEPT
    older_days = [b.taken_at.astimezone(BERLIN).date() for b in older]
    assert len(set(older_days)) == DAYS_KEPT  # one copy per day: the day's last
    # Each day keeps its last copy: the evening's. The newest older day is the one whose evening
    # copy is still among the recent ones, so its morning copy stands for it.
    assert older[0].taken_at.astimezone(BERLIN).hour == 9
    assert all(b.taken_at.astimezone(BERLIN).hour == 19 for b in older[1:])
    assert [b.taken_at for b in kept] == sorted((b.taken_at for b in kept), reverse=True)


def test_the_newest_good_backup_skips_damaged_and_newer_ones(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    good = store.backups.take(as_stored(to_bytes(version_1_tables())), clock.now())
    clock.advance(timedelta(hours=1))
    store.backups.take(as_stored(to_bytes({"meta": {"1": {"schema_version": 5}}})), clock.now())
    clock.advance(timedelta(hours=1))
    store.backups.take(as_stored(b'{"meta": {"1": {"schema'), clock.now())
    clock.advance(timedelta(hours=1))
    store.backups.take(as_stored(to_bytes(version_1_tables()))[:-1], clock.now())  # cut short
    clock.advance(timedelta(hours=1))
    store.backups.take(b"", clock.now())

    assert len(store.backups.list()) == 5
    newest = store.newest_good_backup()
    assert newest is not None
    assert newest.path == good.path


def test_there_is_no_good_backup_when_every_one_is_damaged(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    store.backups.take(as_stored(b"not json"), clock.now())
    assert store.newest_good_backup() is None
    with pytest.raises(NoSuchBackup):
        store.restore(clock.now())


def test_restore_puts_the_backup_back_and_keeps_the_damaged_file_aside(
    data_dir: Path, clock: FixedClock
) -> None:
    window = Store(data_dir)
    saved = save_urges(window, clock.now(), 3)
    clock.advance(timedelta(days=1))
    save_urges(window, clock.now(), 1)  # the backup holds the first three urges
    # Cut short by a bad disk (in protected mode the sealed file, which then does not open).
    damaged = data_file(data_dir).read_bytes()[:-30]
    data_file(data_dir).write_bytes(damaged)
    with pytest.raises(DamagedDataFile):
        window.load()

    restored = window.restore(clock.now())

    assert restored.set_aside is not None
    assert restored.set_aside.parent == data_dir
    assert restored.set_aside.read_bytes() == damaged
    assert content(data_file(data_dir).read_bytes()) == content(restored.backup.path.read_bytes())
    assert event_ids(window.load()) == set(saved)  # the same open store recovers
    assert event_ids(Store(data_dir).load()) == set(saved)
    more = save_urges(window, clock.now(), 1)
    assert event_ids(Store(data_dir).load()) == {*saved, *more}


def test_restore_by_name_picks_that_backup(data_dir: Path, clock: FixedClock) -> None:
    store = Store(data_dir)
    first = save_urges(store, clock.now(), 1)
    clock.advance(timedelta(days=1))
    second = save_urges(store, clock.now(), 1)
    clock.advance(timedelta(days=1))
    save_urges(store, clock.now(), 1)
    newest, older = store.backups.list()

    restored = store.restore(clock.now(), older.name)

    assert restored.backup.path == older.path
    assert event_ids(Store(data_dir).load()) == set(first)
    assert event_ids(store.read_backup(newest)) == {*first, *second}


def test_restore_without_a_data_file_sets_nothing_aside(data_dir: Path, clock: FixedClock) -> None:
    store = Store(data_dir)
    backup = store.backups.take(as_stored(to_bytes(version_1_tables())), clock.now())
    restored = store.restore(clock.now())
    assert restored.set_aside is None
    assert content(data_file(data_dir).read_bytes()) == content(backup.path.read_bytes())


@pytest.mark.parametrize(
    "name",
    ["holdfast-20000101T000000000000Z.json", "holdfast.json", "../holdfast.json", "latest", ""],
)
def test_restore_of_an_unknown_backup_changes_nothing(
    name: str, data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    clock.advance(timedelta(days=1))
    save_urges(store, clock.now(), 1)
    before = data_file(data_dir).read_bytes()
    files_before = sorted(data_dir.rglob("*"))

    with pytest.raises(NoSuchBackup) as refused:
        store.restore(clock.now(), name)

    assert "holdfast backups" in str(refused.value)
    assert data_file(data_dir).read_bytes() == before
    assert sorted(data_dir.rglob("*")) == files_before


@pytest.mark.parametrize("payload", [b"", b"{", b"[]", to_bytes({"meta": {"1": {}}})])
@pytest.mark.parametrize("cut_short", [False, True], ids=["whole", "cut short"])
def test_restore_of_a_damaged_backup_changes_nothing(
    payload: bytes, cut_short: bool, data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 2)
    before = data_file(data_dir).read_bytes()
    stored = as_stored(payload)
    bad = store.backups.take(stored[: len(stored) // 2] if cut_short else stored, clock.now())
    files_before = sorted(data_dir.rglob("*"))

    with pytest.raises(NoSuchBackup) as refused:
        store.restore(clock.now(), bad.name)

    assert bad.name in str(refused.value)
    assert "cannot be used" in str(refused.value)
    assert data_file(data_dir).read_bytes() == before
    assert sorted(data_dir.rglob("*")) == files_before


def test_restoring_twice_in_the_same_second_keeps_both_replaced_files(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    clock.advance(timedelta(days=1))
    save_urges(store, clock.now(), 1)
    damaged = write_raw(data_dir, b"{ this is what the disk gave back").read_bytes()

    first = store.restore(clock.now())
    second = store.restore(clock.now())  # e.g. a double click, or a script run twice

    assert first.set_aside is not None
    assert second.set_aside is not None
    assert first.set_aside != second.set_aside
    assert first.set_aside.read_bytes() == damaged
    assert content(second.set_aside.read_bytes()) == content(first.backup.path.read_bytes())


def test_no_copy_is_kept_longer_than_a_month_even_after_a_pause(
    data_dir: Path, clock: FixedClock
) -> None:
    # The window says a deleted journal entry stays in the backups for up to a month: that holds
    # for someone who did not open Holdfast every day too.
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    clock.advance(timedelta(hours=2))
    save_urges(store, clock.now(), 1)
    (old,) = store.backups.list()
    clock.advance(timedelta(days=DAYS_KEPT - 1))
    save_urges(store, clock.now(), 1)
    assert old in store.backups.list()  # a month has not passed yet

    clock.advance(timedelta(days=3))
    save_urges(store, clock.now(), 1)

    kept = store.backups.list()
    assert old not in kept
    assert len(kept) == 2
    assert all(clock.now() - b.taken_at <= timedelta(days=DAYS_KEPT + 1) for b in kept)
