"""Edits reach the file through `Changes.apply`: the file read back holds exactly the logbook the
domain computes, several edits are one write, and a refused edit writes nothing at all."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import partial
from pathlib import Path

import pytest

from app.domain import intents
from app.domain.clock import FixedClock
from app.domain.errors import InvalidEntry
from app.domain.events import ContactKind, StartedBy, Urge, UrgeKind
from app.domain.goals import STARTER_GOALS, Area, Completion, Recurrence
from app.domain.intents import (
    AddCompletions,
    AddEvents,
    AddJournalEntry,
    Change,
    DeleteEvent,
    DeleteJournalEntry,
    Intent,
    RemoveCompletion,
    ReplaceEvent,
    ReplaceJournalEntry,
    SetBreakupReasons,
    SetGoals,
    SetPreferences,
    apply,
)
from app.domain.journal import BreakupReason, JournalEntry, Prompt
from app.domain.logbook import Logbook, log_urge, record_contact
from app.domain.preferences import Preferences, Theme
from app.storage.changes import Changes
from app.storage.migrations import Tables
from app.storage.store import Store
from tests.storage.support import data_file, save_urges


def test_every_kind_of_edit_is_written_as_the_domain_makes_it(
    data_dir: Path, clock: FixedClock
) -> None:
    now = clock.now()
    kept, deleted = save_urges(Store(data_dir), now, 2, note="first")
    today = now.date()
    entry = JournalEntry(id="j1", day=today, written_at=now, text="Rain all day.")
    gone = JournalEntry(id="j2", day=today, written_at=now, text="Not for keeping.")
    contact = record_contact(now, ContactKind.CALL, StartedBy.THEM, necessary=True)
    store = Store(data_dir)
    before = store.load()
    urge = before.find_event(kept)
    assert isinstance(urge, Urge)
    edits = (
        AddEvents((contact,)),
        ReplaceEvent(replace(urge, note="walked it off")),
        DeleteEvent(deleted),
        SetGoals(STARTER_GOALS[3:]),
        AddCompletions((Completion("connection-tell", today, now),)),
        AddCompletions((Completion("connection-friend", today, now),)),
        RemoveCompletion("connection-friend", today),
        SetPreferences(Preferences(theme=Theme.DARK, discreet=True)),
        AddJournalEntry(entry),
        AddJournalEntry(gone),
        ReplaceJournalEntry(replace(entry, text="Rain, then sun.", prompt=Prompt.FOR_MYSELF)),
        DeleteJournalEntry("j2"),
        SetBreakupReasons(frozenset({BreakupReason.TRUST, BreakupReason.BETRAYAL})),
    )

    with store.transaction(now) as changes:
        changes.apply(*edits)
        in_memory = changes.logbook

    expected = apply(before, *edits)
    assert in_memory == expected
    assert Store(data_dir).load() == expected  # decoded afresh from the file


def test_a_session_of_changes_and_undos_leaves_in_the_file_what_the_domain_computes(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)
    steps: list[Intent] = [
        partial(intents.begin, since=None, target_days=30, goals=STARTER_GOALS, betrayal=True),
        partial(intents.log_urge, kind=UrgeKind.TEXT),
        partial(intents.delete_goal, goal_id="body-sleep"),
        partial(intents.add_goal, area=Area.BODY, title="Stretch", recurrence=Recurrence.DAILY),
        partial(intents.add_journal_entry, day=date(2026, 2, 28), text="Yesterday was long."),
        partial(intents.choose_breakup_reason, reason=BreakupReason.CONFLICT, chosen=True),
        partial(intents.set_goal_done, goal_id="body-move", done=True),
    ]
    made: list[Change] = []

    def save(intent: Intent) -> Change:
        clock.advance(timedelta(minutes=3))
        with store.transaction(clock.now()) as changes:
            change = intent(changes.logbook, clock.now())
            changes.apply(*change.edits)
        made.append(change)
        return change

    undos = [change.undo for change in map(save, steps) if change.undo is not None]
    save(undos[2])  # the journal entry taken back
    save(undos[1])  # and the goal put back

    # The changes alone, applied in turn to an empty logbook, owe nothing to the file.
    computed = apply(Logbook(), *(edit for change in made for edit in change.edits))
    on_disk = Store(data_dir).load()
    assert on_disk == computed
    assert [goal.id for goal in on_disk.goals][:2] == ["body-move", "body-sleep"]
    assert on_disk.journal == ()
    assert len(on_disk.events) == 2  # the plan and the urge
    assert on_disk.preferences.relationship_betrayal


def test_several_edits_are_one_write(clock: FixedClock) -> None:
    saved: list[Logbook] = []
    tables: Tables = {}
    changes = Changes(Logbook(), lambda: tables, lambda _tables, logbook: saved.append(logbook))

    changes.add_journal_entry(*(_entry(f"j{n}", clock) for n in range(3)))
    changes.apply(AddEvents((log_urge(clock.now(), UrgeKind.CALL),)), SetGoals(()))

    assert [len(logbook.journal) for logbook in saved] == [3, 3]
    assert [len(logbook.events) for logbook in saved] == [0, 1]
    assert len(tables["journal"]) == 3


def _entry(entry_id: str, clock: FixedClock) -> JournalEntry:
    return JournalEntry(id=entry_id, day=clock.now().date(), written_at=clock.now(), text="Kept.")


# A refused edit writes nothing


def test_a_refused_edit_among_several_writes_none_of_them(
    data_dir: Path, clock: FixedClock
) -> None:
    (urge_id,) = save_urges(Store(data_dir), clock.now(), 1)
    before = data_file(data_dir).read_bytes()
    store = Store(data_dir)
    held = store.load()
    new = log_urge(clock.now(), UrgeKind.TEXT)

    with (
        pytest.raises(
            InvalidEntry, match=f"the logbook already holds an entry with the id {urge_id!r}"
        ),
        store.transaction(clock.now()) as changes,
    ):
        try:
            changes.apply(AddEvents((new,)), SetGoals(()), AddEvents((held.find_event(urge_id),)))
        finally:
            assert changes.logbook == held  # what the file holds, still

    assert data_file(data_dir).read_bytes() == before
    assert Store(data_dir).load() == held


def test_a_refused_edit_takes_no_backup_and_an_accepted_one_does(
    data_dir: Path, clock: FixedClock
) -> None:
    save_urges(Store(data_dir), clock.now(), 1)  # a new file: nothing to back up yet
    store = Store(data_dir)

    with (
        pytest.raises(InvalidEntry, match="there is no entry with the id 'gone'"),
        store.transaction(clock.now()) as changes,
    ):
        changes.apply(DeleteEvent("gone"))
    assert store.backups.list() == []

    with store.transaction(clock.now()) as changes:
        changes.apply(SetPreferences(Preferences(discreet=True)))
    assert len(store.backups.list()) == 1


def test_a_refused_or_empty_change_on_a_first_run_creates_no_file(
    data_dir: Path, clock: FixedClock
) -> None:
    store = Store(data_dir)

    with store.transaction(clock.now()) as changes:
        changes.apply()  # a tick on a goal done already: nothing to write
    with (
        pytest.raises(InvalidEntry, match="there is no journal entry with the id 'j1'"),
        store.transaction(clock.now()) as changes,
    ):
        changes.apply(ReplaceJournalEntry(_entry("j1", clock)))

    assert not data_file(data_dir).exists()


def test_a_failed_write_leaves_the_logbook_as_the_file_holds_it(clock: FixedClock) -> None:
    def full_disk(tables: Tables, logbook: Logbook) -> None:
        raise OSError("no space left on the device")

    held = Logbook()
    changes = Changes(held, lambda: {}, full_disk)

    with pytest.raises(OSError, match="no space left"):
        changes.apply(AddEvents((log_urge(clock.now(), UrgeKind.TEXT),)))

    assert changes.logbook is held
