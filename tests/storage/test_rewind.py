"""An older copy of the data file put in place of the newer one (a sync tool), and a data file
gone missing beside its backups: what was held is written back, nothing new hides a loss."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta
from pathlib import Path

import orjson
import pytest

from app.domain.clock import FixedClock
from app.domain.events import UrgeKind
from app.domain.goals import Area, Completion, Goal, Recurrence
from app.domain.journal import write_entry
from app.domain.logbook import Logbook, log_urge
from app.storage.errors import MissingDataFile
from app.storage.rewind import FileHistory, Touched, mend, note_save
from app.storage.store import Store
from tests.storage.support import (
    content,
    data_file,
    event_ids,
    read_tables,
    save_urges,
    write_raw,
)

DAY = date(2026, 3, 1)


# What to write back: given what was held, what was read and what this process touched


@pytest.fixture
def urges(clock: FixedClock) -> tuple[Logbook, Logbook, Logbook]:
    """Logbooks holding urges a, a+b and a+b+c."""
    a, b, c = (
        log_urge(clock.now(), kind) for kind in (UrgeKind.TEXT, UrgeKind.CALL, UrgeKind.VISIT)
    )
    return Logbook(events=(a,)), Logbook(events=(a, b)), Logbook(events=(a, b, c))


def test_entries_held_and_missing_from_the_file_are_put_back(
    urges: tuple[Logbook, Logbook, Logbook],
) -> None:
    older, _, held = urges

    mended = mend(held, older, Touched())

    assert mended is not None
    assert mended.patches["events"].put == held.events[1:]
    assert (mended.missing, mended.undone) == (2, 0)


def test_a_file_holding_all_that_was_held_needs_nothing(
    urges: tuple[Logbook, Logbook, Logbook],
) -> None:
    _, held, newer = urges
    # Entries another process added are no sign of going back.
    assert mend(held, newer, Touched()) is None
    assert mend(held, held, Touched()) is None


def test_an_entry_deleted_here_that_the_older_copy_holds_is_taken_out_again(
    urges: tuple[Logbook, Logbook, Logbook],
) -> None:
    _, before, _ = urges
    deleted = before.events[1]
    after = Logbook(events=before.events[:1])
    touched = note_save(Touched(), before, after)

    mended = mend(after, before, touched)

    assert mended is not None
    assert mended.patches["events"].remove == {deleted.id}
    assert mended.patches["events"].put == ()
    assert (mended.missing, mended.undone) == (0, 1)


def test_an_entry_put_back_by_undo_is_no_longer_deleted_here(
    urges: tuple[Logbook, Logbook, Logbook],
) -> None:
    _, both, _ = urges
    one = Logbook(events=both.events[:1])
    touched = note_save(note_save(Touched(), both, one), one, both)  # deleted, then undone

    assert touched == Touched()
    assert mend(both, both, touched) is None


def test_an_entry_changed_here_keeps_its_change(clock: FixedClock) -> None:
    entry = write_entry(clock.now(), DAY, "first words")
    edited = dataclasses.replace(entry, text="what I really meant", edited_at=clock.now())
    before, after = Logbook(journal=(entry,)), Logbook(journal=(edited,))
    touched = note_save(Touched(), before, after)

    mended = mend(after, before, touched)

    assert mended is not None
    assert mended.patches["journal"].put == (edited,)
    assert (mended.missing, mended.undone) == (0, 1)
    # An entry changed elsewhere, not here, is left as the file has it.
    assert mend(after, before, Touched()) is None


def test_goals_and_ticks_are_mended_by_id(clock: FixedClock) -> None:
    walk = Goal("walk", Area.BODY, "Walk every day", Recurrence.DAILY)
    call = Goal("call", Area.CONNECTION, "Call a friend", Recurrence.WEEKLY)
    ticked = Completion("walk", DAY, clock.now())
    unticked = Completion("call", DAY, clock.now())
    start = Logbook(goals=(walk, call), completions=(ticked, unticked))
    renamed = dataclasses.replace(walk, title="Walk by the river")
    held = Logbook(goals=(renamed,), completions=(ticked,))  # call deleted, unticked here
    touched = note_save(Touched(), start, held)

    mended = mend(held, Logbook(goals=(walk, call), completions=(unticked,)), touched)

    assert mended is not None
    assert mended.patches["goals"].put == (renamed,)
    assert mended.patches["goals"].remove == {"call"}
    assert mended.patches["completions"].put == (ticked,)
    assert mended.patches["completions"].remove == {("call", DAY)}


def test_a_newer_restore_generation_is_taken_as_it_is(
    urges: tuple[Logbook, Logbook, Logbook],
) -> None:
    older, _, held = urges
    history = FileHistory()
    history.first_sight(held, 0)

    assert history.compare(older, 0) is not None
    assert history.compare(older, 1) is None  # `holdfast restore` put it there


def test_a_copy_from_before_a_restore_is_mended_to_record_that_restore(
    urges: tuple[Logbook, Logbook, Logbook],
) -> None:
    _, held, newer = urges
    history = FileHistory()
    history.first_sight(held, 2)

    mended = history.compare(newer, 1)

    assert mended is not None
    assert (mended.patches, mended.restore_generation) == ({}, 2)


# The store: a file really replaced by an older copy between two reads


def _put_in_place(folder: Path, payload: bytes) -> None:
    """Replaces the data file as a sync tool does: a new file renamed over the old one."""
    incoming = folder / "incoming.part"
    incoming.write_bytes(payload)
    incoming.replace(data_file(folder))


def _rewind_backups(store: Store) -> list[Path]:
    return [b.path for b in store.backups.list() if b.reason == "before-rewind-merge"]


def test_an_older_copy_put_in_place_gets_the_missing_entries_back(
    data_dir: Path, clock: FixedClock
) -> None:
    window = Store(data_dir)
    first = save_urges(window, clock.now(), 2)
    older = data_file(data_dir).read_bytes()
    clock.advance(timedelta(minutes=10))
    later = save_urges(window, clock.now(), 3)
    window.load()

    _put_in_place(data_dir, older)
    clock.advance(timedelta(minutes=10))  # within the hour: a rewind is backed up all the same
    followed = window.follow(clock.now())

    assert event_ids(followed) == {*first, *later}
    assert event_ids(Store(data_dir).load()) == {*first, *later}  # on disk, for everyone
    (rewound,) = _rewind_backups(window)
    assert rewound.read_bytes() == older
    (mended,) = window.take_mended()
    assert (mended.missing, mended.undone) == (3, 0)
    assert window.take_mended() == []


def test_a_save_right_after_the_rewind_keeps_the_missing_entries_too(
    data_dir: Path, clock: FixedClock
) -> None:
    window = Store(data_dir)
    first = save_urges(window, clock.now(), 1)
    older = data_file(data_dir).read_bytes()
    later = save_urges(window, clock.now(), 1)

    _put_in_place(data_dir, older)
    newest = save_urges(window, clock.now(), 1)  # no read in between

    assert event_ids(Store(data_dir).load()) == {*first, *later, *newest}
    assert len(_rewind_backups(window)) == 1
    assert window.take_mended()[0].missing == 1


def test_what_was_deleted_here_stays_deleted(data_dir: Path, clock: FixedClock) -> None:
    window = Store(data_dir)
    kept, gone = save_urges(window, clock.now(), 2)
    older = data_file(data_dir).read_bytes()
    with window.transaction(clock.now()) as changes:
        changes.delete(gone)

    _put_in_place(data_dir, older)
    window.follow(clock.now())

    assert event_ids(Store(data_dir).load()) == {kept}
    assert window.take_mended()[0].undone == 1


def test_a_journal_entry_edited_here_keeps_its_edit(data_dir: Path, clock: FixedClock) -> None:
    window = Store(data_dir)
    entry = write_entry(clock.now(), DAY, "first words")
    with window.transaction(clock.now()) as changes:
        changes.add_journal_entry(entry)
    older = data_file(data_dir).read_bytes()
    edited = dataclasses.replace(entry, text="what I really meant", edited_at=clock.now())
    with window.transaction(clock.now()) as changes:
        changes.replace_journal_entry(edited)

    _put_in_place(data_dir, older)
    window.follow(clock.now())

    assert Store(data_dir).load().journal == (edited,)


def test_entries_another_process_adds_are_no_rewind(data_dir: Path, clock: FixedClock) -> None:
    window = Store(data_dir)
    mine = save_urges(window, clock.now(), 1)
    window.load()
    theirs = save_urges(Store(data_dir), clock.now(), 1)
    before = data_file(data_dir).read_bytes()

    assert event_ids(window.follow(clock.now())) == {*mine, *theirs}

    assert data_file(data_dir).read_bytes() == before
    assert _rewind_backups(window) == []
    assert window.take_mended() == []


def test_a_deliberate_restore_is_followed_not_undone(data_dir: Path, clock: FixedClock) -> None:
    window = Store(data_dir)
    first = save_urges(window, clock.now(), 1)
    clock.advance(timedelta(days=1))
    save_urges(window, clock.now(), 1)  # the backup holds the first urge only
    window.load()

    Store(data_dir).restore(clock.now())  # `holdfast restore`, from another process
    restored = data_file(data_dir).read_bytes()

    assert event_ids(window.follow(clock.now())) == set(first)
    assert data_file(data_dir).read_bytes() == restored
    assert _rewind_backups(window) == []
    # Saves go on from the restored file, and a later rewind is mended from there.
    more = save_urges(window, clock.now(), 1)
    assert event_ids(Store(data_dir).load()) == {*first, *more}


def test_each_restore_raises_the_generation_it_records(data_dir: Path, clock: FixedClock) -> None:
    store = Store(data_dir)
    save_urges(store, clock.now(), 1)
    clock.advance(timedelta(hours=1))
    save_urges(store, clock.now(), 1)  # backs up the file with the first urge

    generations = []
    for _ in range(2):
        store.restore(clock.now())
        generations.append(read_tables(data_dir)["meta"]["1"])

    assert [meta["restore_generation"] for meta in generations] == [1, 2]
    assert content(data_file(data_dir).read_bytes()) == content(
        store.backups.list()[0].path.read_bytes()
    )


def test_an_upgrade_keeps_the_restore_generation(data_dir: Path, clock: FixedClock) -> None:
    tables = {
        "meta": {"1": {"schema_version": 1, "restore_generation": 3}},
        "events": {},
        "goals": {"1": {"goals": []}},
        "completions": {},
    }
    write_raw(data_dir, orjson.dumps(tables))

    save_urges(Store(data_dir), clock.now(), 1)

    meta = read_tables(data_dir)["meta"]["1"]
    assert meta["restore_generation"] == 3
    assert meta["schema_version"] > 1


# A data file missing beside its backups


@pytest.fixture
def lost(data_dir: Path, clock: FixedClock) -> Store:
    """A data folder whose file is gone, with a backup of it."""
    save_urges(Store(data_dir), clock.now(), 1)
    save_urges(Store(data_dir), clock.now(), 1)  # backs up the file with the first urge
    data_file(data_dir).unlink()
    return Store(data_dir)


def test_a_file_missing_beside_backups_is_not_a_first_run(
    lost: Store, data_dir: Path, clock: FixedClock
) -> None:
    files_before = sorted(data_dir.rglob("*"))

    for read in (lost.load, lost.overview, lambda: save_urges(lost, clock.now(), 1)):
        with pytest.raises(MissingDataFile) as refused:
            read()
        assert str(refused.value).startswith(
            "holdfast.json is missing; `holdfast restore` puts back the backup from 2026-03-01 "
        )

    assert not data_file(data_dir).exists()
    assert sorted(data_dir.rglob("*")) == files_before


def test_a_fresh_start_is_the_users_choice(lost: Store, data_dir: Path, clock: FixedClock) -> None:
    lost.start_afresh()

    assert lost.load().events == ()
    assert not data_file(data_dir).exists()  # nothing written until the first entry
    first = save_urges(lost, clock.now(), 1)
    assert event_ids(Store(data_dir).load()) == set(first)
    assert len(lost.backups.list()) == 1  # the old backups stay


def test_a_file_missing_after_it_was_read_is_told_even_without_backups(
    data_dir: Path, clock: FixedClock
) -> None:
    window = Store(data_dir)
    save_urges(window, clock.now(), 1)
    for backup in window.backups.list():
        backup.path.unlink()
    data_file(data_dir).unlink()

    with pytest.raises(MissingDataFile) as refused:
        window.follow(clock.now())

    assert "there is no good backup" in str(refused.value)
    assert not data_file(data_dir).exists()
