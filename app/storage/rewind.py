"""A data file that went back in time, and what mends it.

A sync tool (Syncthing, Dropbox, Nextcloud) or a copy from another machine can put an older
holdfast.json where the newer one was, while a window holds the newer entries. Entries are facts
with ids, so what this process held and the older copy lacks is written back; what this process
deleted stays deleted, and what it changed keeps its change. A deliberate `holdfast restore`
raises the file's restore generation: a file with a newer one is taken as it is.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from app.domain.check_ins import CheckIn, check_in_on
from app.domain.events import Event
from app.domain.goals import Completion, Goal
from app.domain.hard_dates import HardDate
from app.domain.journal import JournalEntry
from app.domain.logbook import Logbook
from app.storage.layout import META
from app.storage.migrations import Tables

if TYPE_CHECKING:
    from app.storage.changes import Changes

RESTORE_GENERATION = "restore_generation"  # in the meta document; raised by every restore

_Entry = TypeVar("_Entry")


@dataclass(frozen=True)  # not slotted: Generic's subscripted call sets an attribute
class _Kind(Generic[_Entry]):
    field: str  # of the Logbook
    key: Callable[[_Entry], Hashable]  # what names one entry, in memory and in the file


def _completion_key(completion: Completion) -> Hashable:
    return (completion.goal_id, completion.day)  # a goal is ticked once a day


_EVENTS = _Kind[Event]("events", lambda event: event.id)
_JOURNAL = _Kind[JournalEntry]("journal", lambda entry: entry.id)
_GOALS = _Kind[Goal]("goals", lambda goal: goal.id)
_COMPLETIONS = _Kind[Completion]("completions", _completion_key)
_HARD_DATES = _Kind[HardDate]("hard_dates", lambda hard_date: hard_date.id)
_CHECK_INS = _Kind[CheckIn]("check_ins", lambda check_in: check_in.id)
_KINDS: tuple[_Kind[Any], ...] = (
    _EVENTS,
    _JOURNAL,
    _GOALS,
    _COMPLETIONS,
    _HARD_DATES,
    _CHECK_INS,
)


@dataclass(frozen=True, slots=True)
class Touched:
    """What this process took out of the file or changed in it, as (field, key) pairs."""

    deleted: frozenset[tuple[str, Hashable]] = frozenset()
    changed: frozenset[tuple[str, Hashable]] = frozenset()


@dataclass(frozen=True, slots=True)
class Patch(Generic[_Entry]):
    """What one table needs so that an older copy holds this process's entries again."""

    put: tuple[_Entry, ...] = ()  # written as they are: the missing ones and those changed here
    remove: frozenset[Hashable] = frozenset()  # keys deleted here that the older copy brought back

    def __bool__(self) -> bool:
        return bool(self.put or self.remove)


@dataclass(frozen=True, slots=True)
class Mend:
    """What an older copy of the file needs to hold what this process held, table by table."""

    patches: Mapping[str, Patch[Any]]  # by Logbook field
    missing: int  # entries held here that the older copy lacked
    undone: int  # deletions and changes made here that the older copy had undone
    restore_generation: int = 0  # what the mended file records


def note_save(touched: Touched, before: Logbook, after: Logbook) -> Touched:
    """`touched` once a save here turned `before` into `after`."""
    deleted, changed = set(touched.deleted), set(touched.changed)
    for kind in _KINDS:
        old: tuple[Any, ...] = getattr(before, kind.field)
        new: tuple[Any, ...] = getattr(after, kind.field)
        if new is old:
            continue
        if len(new) >= len(old) and new[: len(old)] == old:  # entries added: the usual save
            # An entry added back (an undone delete) is no longer deleted here.
            deleted.difference_update((kind.field, kind.key(entry)) for entry in new[len(old) :])
            continue
        old_by_key = _by_key(kind, old)
        new_by_key = _by_key(kind, new)
        for key in old_by_key.keys() - new_by_key.keys():
            deleted.add((kind.field, key))
            changed.discard((kind.field, key))
        for key, entry in new_by_key.items():
            if key not in old_by_key:
                deleted.discard((kind.field, key))
            elif old_by_key[key] != entry:
                changed.add((kind.field, key))
    return Touched(frozenset(deleted), frozenset(changed))


def mend(held: Logbook, read: Logbook, touched: Touched) -> Mend | None:
    """How the file `read` holds everything this process `held`, or None when it does already.

    Entries held here and missing from the file are put back, entries deleted here that the file
    brought back are taken out, and entries changed here get their change back. Anything else
    the file holds (entries from another process or machine) is kept as it is.
    """
    patches: dict[str, Patch[Any]] = {}
    missing = undone = 0
    for kind in _KINDS:
        patch, lacked = _compare(
            kind, getattr(held, kind.field), getattr(read, kind.field), touched
        )
        if patch:
            patches[kind.field] = patch
            missing += lacked
            undone += len(patch.put) - lacked + len(patch.remove)
    if not patches:
        return None
    return Mend(patches, missing, undone)


def write_back(mend: Mend, changes: Changes) -> None:
    """Makes the edits `mend` needs on `changes`, which holds the file's logbook as read."""
    events: Patch[Event] = mend.patches.get(_EVENTS.field, Patch())
    for event_id in events.remove:
        changes.delete(str(event_id))
    there = {event.id for event in changes.logbook.events}
    for event in events.put:
        if event.id in there:
            changes.replace(event)
    if missing_events := [event for event in events.put if event.id not in there]:
        changes.add(*missing_events)

    journal: Patch[JournalEntry] = mend.patches.get(_JOURNAL.field, Patch())
    for entry_id in journal.remove:
        changes.delete_journal_entry(str(entry_id))
    there = {entry.id for entry in changes.logbook.journal}
    for entry in journal.put:
        if entry.id in there:
            changes.replace_journal_entry(entry)
    if missing_entries := [entry for entry in journal.put if entry.id not in there]:
        changes.add_journal_entry(*missing_entries)

    completions: Patch[Completion] = mend.patches.get(_COMPLETIONS.field, Patch())
    for key in completions.remove:
        goal_id, day = cast("tuple[str, date]", key)  # as _completion_key makes it
        changes.remove_completion(goal_id, day)
    if completions.put:
        changes.add_completions(*completions.put)  # never changed: a tick is there or not

    hard_dates: Patch[HardDate] = mend.patches.get(_HARD_DATES.field, Patch())
    for hard_date_id in hard_dates.remove:
        changes.delete_hard_date(str(hard_date_id))
    there = {hard_date.id for hard_date in changes.logbook.hard_dates}
    for hard_date in hard_dates.put:
        if hard_date.id in there:
            changes.replace_hard_date(hard_date)
    if missing_dates := [hard_date for hard_date in hard_dates.put if hard_date.id not in there]:
        changes.add_hard_dates(*missing_dates)

    check_ins: Patch[CheckIn] = mend.patches.get(_CHECK_INS.field, Patch())
    for check_in_id in check_ins.remove:
        changes.delete_check_in(str(check_in_id))
    for check_in in check_ins.put:
        _put_back_check_in(changes, check_in)

    goals: Patch[Goal] = mend.patches.get(_GOALS.field, Patch())
    if goals:
        changes.set_goals(_patched(_GOALS, changes.logbook.goals, goals))


def _put_back_check_in(changes: Changes, check_in: CheckIn) -> None:
    """Puts back a check-in held here. The older copy may hold another one about the same day
    (made on another machine): a day has one check-in, and the one made later stays, as a
    second check-in the same day changes the first."""
    if any(held.id == check_in.id for held in changes.logbook.check_ins):
        changes.replace_check_in(check_in)
        return
    same_day = check_in_on(changes.logbook.check_ins, check_in.day)
    if same_day is not None:
        if (same_day.at, same_day.id) > (check_in.at, check_in.id):
            return
        changes.delete_check_in(same_day.id)
    changes.add_check_ins(check_in)


def restore_generation(tables: Tables) -> int:
    """How many restores the file has seen; 0 for a file from before they were counted."""
    generation = tables.get(META, {}).get("1", {}).get(RESTORE_GENERATION, 0)
    return generation if type(generation) is int and generation > 0 else 0


def with_restore_generation(tables: Tables, generation: int) -> Tables:
    """`tables` recording `generation`; the tables given are left untouched."""
    meta = {**tables.get(META, {}).get("1", {}), RESTORE_GENERATION: generation}
    return {**tables, META: {**tables.get(META, {}), "1": meta}}


class FileHistory:
    """What this process knows of the data file: the logbook it last read or wrote, the restore
    generation that came with it, and what it deleted or changed in the file."""

    def __init__(self) -> None:
        self.held: Logbook | None = None
        self.restore_generation = 0
        self.touched = Touched()

    def first_sight(self, logbook: Logbook, generation: int) -> None:
        if self.held is None:
            self.held, self.restore_generation = logbook, generation

    def compare(self, read: Logbook, generation: int) -> Mend | None:
        """How to mend `read`, or None when it follows from what is held: then `accept` it."""
        held = self.held
        if held is None or read is held or generation > self.restore_generation:
            return None
        mended = mend(held, read, self.touched)
        if mended is None and generation == self.restore_generation:
            return None
        # A copy from before a restore made here: it is mended to record that restore again,
        # or a later restore could look no newer than this window's file.
        return replace(mended or Mend({}, 0, 0), restore_generation=self.restore_generation)

    def accept(self, logbook: Logbook, generation: int) -> None:
        if generation > self.restore_generation:
            self.touched = Touched()  # a restore: its file is where this process starts from
        self.held, self.restore_generation = logbook, max(generation, self.restore_generation)

    def wrote(self, logbook: Logbook) -> None:
        if self.held is not None:
            self.touched = note_save(self.touched, self.held, logbook)
        self.held = logbook


def _by_key(kind: _Kind[_Entry], entries: Iterable[_Entry]) -> dict[Hashable, _Entry]:
    return {kind.key(entry): entry for entry in entries}


def _compare(
    kind: _Kind[_Entry], held: tuple[_Entry, ...], read: tuple[_Entry, ...], touched: Touched
) -> tuple[Patch[_Entry], int]:
    """The patch that mends `read`, and how many of its entries were missing from it."""
    if held is read:
        return Patch(), 0
    read_by_key = _by_key(kind, read)
    missing = [entry for entry in held if kind.key(entry) not in read_by_key]
    changed_back = []
    for entry in held:
        key = kind.key(entry)
        if (kind.field, key) in touched.changed and read_by_key.get(key, entry) != entry:
            changed_back.append(entry)
    removed = frozenset(key for key in read_by_key if (kind.field, key) in touched.deleted)
    return Patch((*missing, *changed_back), removed), len(missing)


def _patched(
    kind: _Kind[_Entry], read: tuple[_Entry, ...], patch: Patch[_Entry]
) -> tuple[_Entry, ...]:
    put = _by_key(kind, patch.put)
    kept = tuple(
        put.pop(key, entry) for entry in read if (key := kind.key(entry)) not in patch.remove
    )
    return (*kept, *put.values())  # what the file lacked comes after what it holds
