"""Old files are upgraded only after a backup of them; newer files are refused untouched; and
the upgrades themselves: version 2 stops target-only re-plans pinning the run's start."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.clock import FixedClock
from app.domain.events import Contact, ContactKind, Event, Plan, StartedBy, Urge, UrgeKind
from app.domain.logbook import Logbook, log_urge, plan, record_contact
from app.domain.status import status
from app.domain.streaks import Run, runs
from app.storage.codec import decode_event, encode_event
from app.storage.errors import DamagedDataFile, NewerDataFile
from app.storage.migrations import MIGRATIONS, Tables, migrate
from app.storage.store import Store
from tests.storage.support import (
    data_file,
    event_ids,
    leftover_temp_files,
    read_tables,
    save_urges,
    to_bytes,
    urge_document,
    version_1_tables,
    write_raw,
)

BERLIN = ZoneInfo("Europe/Berlin")


def rename_strength_to_intensity(tables: Tables) -> Tables:
    """Version 1 → 2 of a made-up history: urges once stored their intensity as "strength"."""
    for document in tables.get("events", {}).values():
        if "strength" in document:
            document["intensity"] = document.pop("strength")  # mutates: migrate must copy first
    return tables


def add_a_marker(mark: str) -> Any:
    def step(tables: Tables) -> Tables:
        for document in tables.get("events", {}).values():
            document["note"] += mark
        return tables

    return step


class MigrationBroke(Exception):
    pass


def broken_migration(tables: Tables) -> Tables:
    raise MigrationBroke("this upgrade does not understand the file")


def _old_file(folder: Path, clock: FixedClock) -> tuple[bytes, str]:
    old = urge_document(clock.now(), note="old")
    del old["intensity"]
    old["strength"] = 7
    return write_raw(folder, to_bytes(version_1_tables(old))).read_bytes(), old["id"]


def test_an_old_file_is_backed_up_then_upgraded_on_the_first_save(
    data_dir: Path, clock: FixedClock
) -> None:
    original, old_id = _old_file(data_dir, clock)
    store = Store(data_dir, migrations=[rename_strength_to_intensity])

    (urge,) = store.load().events  # reading alone upgrades in memory only
    assert isinstance(urge, Urge)
    assert urge.intensity == 7
    assert store.load().events == (urge,)  # the cached tables were not changed by the upgrade
    assert data_file(data_dir).read_bytes() == original
    assert store.backups.list() == []

    new = save_urges(store, clock.now(), 1)

    (backup,) = store.backups.list()
    assert backup.reason == "before-upgrade"
    assert backup.path.read_bytes() == original
    written = read_tables(data_dir)
    assert written["meta"] == {"1": {"schema_version": 2}}
    upgraded = next(d for d in written["events"].values() if d["id"] == old_id)
    assert upgraded["intensity"] == 7
    assert "strength" not in upgraded
    assert event_ids(Store(data_dir, [rename_strength_to_intensity]).load()) == {old_id, *new}


def test_the_file_once_upgraded_is_refused_by_the_older_version(
    data_dir: Path, clock: FixedClock
) -> None:
    _old_file(data_dir, clock)
    save_urges(Store(data_dir, migrations=[rename_strength_to_intensity]), clock.now(), 1)
    upgraded = data_file(data_dir).read_bytes()

    with pytest.raises(NewerDataFile) as refused:
        Store(data_dir, migrations=()).load()  # the version that knows no upgrade
    assert "newer Holdfast" in str(refused.value)
    assert data_file(data_dir).read_bytes() == upgraded
    # The old version can still use the copy taken before the upgrade.
    assert refused.value.newest_backup is not None
    assert "before-upgrade" in refused.value.newest_backup.name


def test_only_the_upgrades_after_the_file_version_run(data_dir: Path, clock: FixedClock) -> None:
    steps = [add_a_marker("+2"), add_a_marker("+3")]
    tables = version_1_tables(urge_document(clock.now(), note="v2 file"))
    tables["meta"] = {"1": {"schema_version": 2}}
    write_raw(data_dir, to_bytes(tables))
    (urge,) = Store(data_dir, migrations=steps).load().events
    assert isinstance(urge, Urge)
    assert urge.note == "v2 file+3"

    tables["meta"] = {"1": {"schema_version": 1}}
    write_raw(data_dir, to_bytes(tables))
    (urge,) = Store(data_dir, migrations=steps).load().events
    assert isinstance(urge, Urge)
    assert urge.note == "v2 file+2+3"


def test_an_upgrade_that_fails_is_reported_and_leaves_the_file_untouched(
    data_dir: Path, clock: FixedClock
) -> None:
    original, _ = _old_file(data_dir, clock)
    store = Store(data_dir, migrations=[broken_migration])

    with pytest.raises(DamagedDataFile, match="could not be upgraded from format 1") as raised:
        store.load()
    assert isinstance(raised.value.__cause__, MigrationBroke)
    entered = False
    with pytest.raises(DamagedDataFile), store.transaction(clock.now()):
        entered = True

    assert not entered
    assert data_file(data_dir).read_bytes() == original
    assert leftover_temp_files(data_dir) == []
    # The version that wrote the file still reads it as it was.
    (urge,) = Store(data_dir, migrations=()).load().events
    assert isinstance(urge, Urge)
    assert urge.note == "old"


def test_a_file_written_by_this_version_is_not_upgraded_or_backed_up_again(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir, migrations=[rename_strength_to_intensity])
    save_urges(store, clock.now(), 1)  # a brand-new file is written at the current version
    save_urges(store, clock.now(), 1)

    assert read_tables(data_dir)["meta"]["1"]["schema_version"] == 2
    assert [b.reason for b in store.backups.list()] == ["regular"]


# Version 1 -> 2: plans that changed only the target stop pinning the run's start


def version_1_plan(
    logbook: Logbook, now: datetime, since: datetime | None = None, target_days: int | None = None
) -> Plan:
    """The plan version 1 recorded: without a last contact it copied in the current run's start."""
    if since is None:
        current = runs(logbook.events, now)
        since = current[-1].started_at if current else now
    return plan(logbook, now, since=since, target_days=target_days)


def _version_1_file(folder: Path, *events: Event) -> None:
    write_raw(folder, to_bytes(version_1_tables(*(encode_event(e) for e in events))))


def _plan_documents(folder: Path) -> dict[str, object]:
    written = read_tables(folder)
    return {d["id"]: d["last_contact"] for d in written["events"].values() if d["type"] == "plan"}


def _add(logbook: Logbook, *events: Event) -> Logbook:
    return Logbook(events=(*logbook.events, *events))


def _without(logbook: Logbook, event: Event) -> Logbook:
    return Logbook(events=tuple(e for e in logbook.events if e.id != event.id))


def _ended_by_a_plan(logbook: Logbook, now: datetime) -> list[Run]:
    """The runs History says "a new plan" ended."""
    return [run for run in runs(logbook.events, now) if run.ended_at and run.ended_by is None]


def test_a_re_plan_that_pinned_a_slip_no_longer_keeps_the_run_from_coming_back(
    data_dir: Path, clock: FixedClock
) -> None:
    # Written by version 1: a plan, a contact logged by mistake (live, so to the microsecond),
    # then Save plan with only the target changed, which copied the contact's instant.
    began = clock.now() - timedelta(days=12)
    first = plan(Logbook(), began, since=began - timedelta(days=2), target_days=30)
    book = Logbook(events=(first,))
    mistake = record_contact(began + timedelta(days=3, seconds=17.123456), ContactKind.TEXT)
    book = _add(book, mistake, log_urge(began + timedelta(days=4), UrgeKind.CALL))
    target_only = version_1_plan(book, mistake.at + timedelta(hours=2), target_days=35)
    assert target_only.last_contact == mistake.at  # the pin
    _version_1_file(data_dir, *_add(book, target_only).events)
    as_written = Store(data_dir, migrations=()).load()
    # What version 1 did: deleting the contact left the pinned start, "ended by a new plan".
    assert len(_ended_by_a_plan(_without(as_written, mistake), clock.now())) == 1

    store = Store(data_dir)
    upgraded = store.load()

    assert upgraded.find_event(target_only.id) == replace(target_only, last_contact=None)
    assert upgraded.find_event(first.id) == first  # the last contact the user gave stays
    # Nothing the user sees changes with the upgrade itself.
    assert status(upgraded, clock.now()) == status(as_written, clock.now())

    with store.transaction(clock.now()) as changes:
        changes.delete(mistake.id)

    assert [b.reason for b in store.backups.list()] == ["before-upgrade"]
    assert _plan_documents(data_dir) == {
        first.id: first.last_contact.isoformat(),  # type: ignore[union-attr]
        target_only.id: None,
    }
    after = Store(data_dir).load()
    (run,) = runs(after.events, clock.now())  # the run is given back whole
    assert (run.started_at, run.ended_at, run.ended_by) == (first.last_contact, None, None)
    assert _ended_by_a_plan(after, clock.now()) == []
    summary = status(after, clock.now())
    assert (summary.attempts, summary.streak_days) == (1, 14)
    assert summary.countdown is not None and summary.countdown.target_days == 35


def test_re_plans_that_copied_a_plans_start_or_a_slip_are_all_recognised(
    data_dir: Path, clock: FixedClock
) -> None:
    now = clock.now() - timedelta(days=20)
    book = _add(Logbook(), plan(Logbook(), now, since=now - timedelta(days=1)))
    copies = []
    for days, slip in ((1, False), (2, True), (3, False), (4, False), (5, True)):
        if slip:
            book = _add(book, record_contact(now + timedelta(days=days), ContactKind.CALL))
        copy = version_1_plan(book, now + timedelta(days=days, hours=1), target_days=20 + days)
        copies.append(copy)
        book = _add(book, copy)
    _version_1_file(data_dir, *book.events)

    upgraded = Store(data_dir).load()

    assert {upgraded.find_event(c.id).last_contact for c in copies} == {None}  # type: ignore[union-attr]
    assert status(upgraded, clock.now()) == status(book, clock.now())


def test_a_first_plan_that_copied_an_earlier_contact_begins_when_made_once_it_is_deleted(
    data_dir: Path, clock: FixedClock
) -> None:
    # `holdfast contact` before any `holdfast start`: version 1 began the period at the contact.
    mistake = record_contact(clock.now() - timedelta(days=3), ContactKind.SOCIAL)
    started = version_1_plan(Logbook(events=(mistake,)), clock.now() - timedelta(days=2))
    assert started.last_contact == mistake.at
    _version_1_file(data_dir, mistake, started)

    upgraded = Store(data_dir).load()

    assert upgraded.find_event(started.id).last_contact is None  # type: ignore[union-attr]
    assert status(upgraded, clock.now()) == status(Logbook(events=(mistake, started)), clock.now())
    (run,) = runs(_without(upgraded, mistake).events, clock.now())
    assert run.started_at == started.at  # as `start` would have begun it without the contact


def test_a_last_contact_the_user_gave_is_left_as_it_is(data_dir: Path, clock: FixedClock) -> None:
    base = clock.now() - timedelta(days=20)
    first = plan(Logbook(), base, since=base - timedelta(days=1))
    book = _add(Logbook(), first)
    slip = record_contact(base + timedelta(days=2), ContactKind.TEXT)
    book = _add(book, slip)
    # After the slip, the user said they met again later that evening: a restart.
    restart = plan(book, base + timedelta(days=3), since=base + timedelta(days=2, hours=5))
    book = _add(book, restart)
    # Then they moved the start back to the very instant of the first plan's last contact:
    # that was a start once, but not the current one, so it is their word, not a copy.
    moved_back = plan(book, base + timedelta(days=4), since=slip.at)
    book = _add(book, moved_back)
    corrected = plan(book, base + timedelta(days=5), since=slip.at + timedelta(hours=1))
    book = _add(book, corrected)
    _version_1_file(data_dir, *book.events)

    upgraded = Store(data_dir).load()

    assert upgraded.events == book.events
    assert status(upgraded, clock.now()) == status(book, clock.now())


def test_the_upgrade_leaves_entries_it_cannot_read_for_the_check_that_names_them(
    data_dir: Path, clock: FixedClock
) -> None:
    good = plan(Logbook(), clock.now())
    broken = {**encode_event(good), "id": "broken", "at": "not a time", "last_contact": 7}
    tables = version_1_tables(encode_event(good), broken)
    tables["events"]["3"] = ["odd"]  # not even a document
    write_raw(data_dir, to_bytes(tables))

    with pytest.raises(DamagedDataFile) as raised:
        Store(data_dir).load()
    assert "could not be upgraded" not in str(raised.value)


_steps = st.lists(
    st.one_of(
        st.tuples(st.just("wait"), st.integers(1, 3 * 24 * 60)),
        st.tuples(st.sampled_from(("slip", "theirs")), st.just(0)),
        st.tuples(st.just("target"), st.integers(21, 45)),
        st.tuples(st.just("since"), st.integers(0, 4 * 24 * 60)),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=200, deadline=None)
@given(_steps, st.data())
def test_after_the_upgrade_deleting_a_slip_is_as_if_it_had_never_been_logged(
    steps: list[tuple[str, int]], data: st.DataObject
) -> None:
    """Any history version 1 wrote: once upgraded, its figures are unchanged, and deleting any
    slip gives what this version counts for the same steps without that slip."""
    clock = FixedClock(datetime(2026, 3, 20, 9, 0, tzinfo=BERLIN))
    slips = [index for index, (step, _) in enumerate(steps) if step == "slip"]
    skipped = data.draw(st.sampled_from(slips)) if slips else None
    written = never = Logbook()
    for index, (step, value) in enumerate(steps):
        if step == "wait":
            clock.advance(timedelta(minutes=value))
        elif step in ("slip", "theirs"):
            # Logged as it happens, so to the microsecond, like every entry the clock stamps.
            clock.advance(timedelta(microseconds=123_457))
            by = StartedBy.ME if step == "slip" else StartedBy.THEM
            contact = record_contact(clock.now(), ContactKind.TEXT, by)
            written = _add(written, contact)
            if index != skipped:
                never = _add(never, contact)
        else:
            since = None
            if step == "since":
                # A time the user gives: whole seconds, as the date-time fields and --since take.
                since = (clock.now() - timedelta(minutes=value)).replace(microsecond=0)
                if any(_is_slip(e) and e.at > since for e in written.events):
                    continue  # refused: not before a recorded contact
            target = value if step == "target" else None
            written = _add(written, version_1_plan(written, clock.now(), since, target))
            never = _add(never, plan(never, clock.now(), since, target))
    clock.advance(timedelta(hours=5))
    tables = version_1_tables(*(encode_event(e) for e in written.events))

    upgraded = Logbook(
        events=tuple(decode_event(d) for d in migrate(tables, 1, MIGRATIONS)["events"].values())
    )

    assert status(upgraded, clock.now()) == status(written, clock.now())
    if skipped is not None:
        mistake = next(e for e in written.events if _is_slip(e) and e not in never.events)
        assert status(_without(upgraded, mistake), clock.now()) == status(never, clock.now())


def _is_slip(event: Event) -> bool:
    return isinstance(event, Contact) and event.breaks_no_contact
