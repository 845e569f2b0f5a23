"""What storage can do to the logbook, as values, and the rules every edit obeys wherever it runs.

An intent returns edits instead of writing: the domain decides, storage records. `apply` is the
one place for the rules the file depends on, so the window, the command line and storage never
disagree about them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from enum import Flag, auto
from typing import ClassVar, TypeVar, assert_never

from app.domain.check_ins import CheckIn
from app.domain.errors import InvalidEntry
from app.domain.events import Event
from app.domain.goals import Completion, Goal
from app.domain.hard_dates import HardDate
from app.domain.journal import BreakupReason, JournalEntry
from app.domain.logbook import Logbook
from app.domain.preferences import Preferences
from app.domain.words import QT_TRANSLATE_NOOP, Said


class Touched(Flag):
    """What a change touched, so each page redraws only when what it shows has changed.

    The breakup reasons have their own flag: they sit beside the journal on disk, but with the
    preferences they decide whether healing comes first, which Today, Goals, Next steps and the
    journal's prompts all follow. A page that follows healing first listens to PREFERENCES and
    REASONS, and is not redrawn for every journal entry saved.
    """

    EVENTS = auto()  # plans, urges and contacts
    GOALS = auto()  # the goal list and the ticks
    JOURNAL = auto()
    PREFERENCES = auto()
    REASONS = auto()  # why it ended
    HARD_DATES = auto()  # the days the user expects to be hard, and their plans
    CHECK_INS = auto()  # the daily check-ins
    # Another process's change, a restore, an import: the window cannot tell what it touched.
    EVERYTHING = EVENTS | GOALS | JOURNAL | PREFERENCES | REASONS | HARD_DATES | CHECK_INS


@dataclass(frozen=True, slots=True)
class AddEvents:
    touches: ClassVar[Touched] = Touched.EVENTS
    events: tuple[Event, ...]


@dataclass(frozen=True, slots=True)
class ReplaceEvent:
    touches: ClassVar[Touched] = Touched.EVENTS
    event: Event


@dataclass(frozen=True, slots=True)
class DeleteEvent:
    touches: ClassVar[Touched] = Touched.EVENTS
    event_id: str


@dataclass(frozen=True, slots=True)
class SetGoals:
    touches: ClassVar[Touched] = Touched.GOALS
    goals: tuple[Goal, ...]


@dataclass(frozen=True, slots=True)
class AddCompletions:
    touches: ClassVar[Touched] = Touched.GOALS
    completions: tuple[Completion, ...]


@dataclass(frozen=True, slots=True)
class RemoveCompletion:
    """Takes back every tick of the goal on that day."""

    touches: ClassVar[Touched] = Touched.GOALS
    goal_id: str
    day: date


@dataclass(frozen=True, slots=True)
class SetPreferences:
    touches: ClassVar[Touched] = Touched.PREFERENCES
    preferences: Preferences


@dataclass(frozen=True, slots=True)
class AddJournalEntry:
    touches: ClassVar[Touched] = Touched.JOURNAL
    entry: JournalEntry


@dataclass(frozen=True, slots=True)
class ReplaceJournalEntry:
    touches: ClassVar[Touched] = Touched.JOURNAL
    entry: JournalEntry


@dataclass(frozen=True, slots=True)
class DeleteJournalEntry:
    touches: ClassVar[Touched] = Touched.JOURNAL
    entry_id: str


@dataclass(frozen=True, slots=True)
class SetBreakupReasons:
    touches: ClassVar[Touched] = Touched.REASONS
    reasons: frozenset[BreakupReason]


@dataclass(frozen=True, slots=True)
class AddHardDate:
    touches: ClassVar[Touched] = Touched.HARD_DATES
    hard_date: HardDate


@dataclass(frozen=True, slots=True)
class ReplaceHardDate:
    touches: ClassVar[Touched] = Touched.HARD_DATES
    hard_date: HardDate


@dataclass(frozen=True, slots=True)
class DeleteHardDate:
    touches: ClassVar[Touched] = Touched.HARD_DATES
    hard_date_id: str


@dataclass(frozen=True, slots=True)
class AddCheckIn:
    """Adds a check-in; refused when its day is checked in already (checking in again edits)."""

    touches: ClassVar[Touched] = Touched.CHECK_INS
    check_in: CheckIn


@dataclass(frozen=True, slots=True)
class ReplaceCheckIn:
    touches: ClassVar[Touched] = Touched.CHECK_INS
    check_in: CheckIn


@dataclass(frozen=True, slots=True)
class DeleteCheckIn:
    touches: ClassVar[Touched] = Touched.CHECK_INS
    check_in_id: str


Edit = (
    AddEvents
    | ReplaceEvent
    | DeleteEvent
    | SetGoals
    | AddCompletions
    | RemoveCompletion
    | SetPreferences
    | AddJournalEntry
    | ReplaceJournalEntry
    | DeleteJournalEntry
    | SetBreakupReasons
    | AddHardDate
    | ReplaceHardDate
    | DeleteHardDate
    | AddCheckIn
    | ReplaceCheckIn
    | DeleteCheckIn
)


def touched_by(edits: Iterable[Edit]) -> Touched:
    touched = Touched(0)
    for edit in edits:
        touched |= edit.touches
    return touched


def apply(logbook: Logbook, *edits: Edit) -> Logbook:
    """The logbook with the edits made in turn; raises InvalidEntry, having changed nothing, if
    one breaks a rule: an entry is never held twice (an undone delete may meet an entry another
    process put back), and only an entry that is there can be replaced or deleted."""
    for edit in edits:
        logbook = _apply_one(logbook, edit)
    return logbook


def _apply_one(logbook: Logbook, edit: Edit) -> Logbook:
    match edit:
        case AddEvents(events):
            return replace(
                logbook,
                events=_added(
                    logbook.events, events, QT_TRANSLATE_NOOP("InvalidEntry", "the logbook")
                ),
            )
        case ReplaceEvent(event):
            logbook.find_event(event.id)
            return replace(logbook, events=_replaced(logbook.events, event))
        case DeleteEvent(event_id):
            event = logbook.find_event(event_id)
            return replace(logbook, events=tuple(e for e in logbook.events if e is not event))
        case SetGoals(goals):
            return replace(logbook, goals=goals)
        case AddCompletions(completions):
            return replace(logbook, completions=(*logbook.completions, *completions))
        case RemoveCompletion(goal_id, day):
            kept = tuple(c for c in logbook.completions if (c.goal_id, c.day) != (goal_id, day))
            return replace(logbook, completions=kept)
        case SetPreferences(preferences):
            return replace(logbook, preferences=preferences)
        case AddJournalEntry(entry):
            return replace(
                logbook,
                journal=_added(
                    logbook.journal, (entry,), QT_TRANSLATE_NOOP("InvalidEntry", "the journal")
                ),
            )
        case ReplaceJournalEntry(entry):
            logbook.find_journal_entry(entry.id)
            return replace(logbook, journal=_replaced(logbook.journal, entry))
        case DeleteJournalEntry(entry_id):
            entry = logbook.find_journal_entry(entry_id)
            return replace(logbook, journal=tuple(e for e in logbook.journal if e is not entry))
        case SetBreakupReasons(reasons):
            return replace(logbook, breakup_reasons=reasons)
        case AddHardDate(hard_date):
            added = _added(
                logbook.hard_dates,
                (hard_date,),
                QT_TRANSLATE_NOOP("InvalidEntry", "the list of hard dates"),
            )
            return replace(logbook, hard_dates=added)
        case ReplaceHardDate(hard_date):
            _held_hard_date(logbook, hard_date.id)
            return replace(logbook, hard_dates=_replaced(logbook.hard_dates, hard_date))
        case DeleteHardDate(hard_date_id):
            held = _held_hard_date(logbook, hard_date_id)
            return replace(
                logbook, hard_dates=tuple(h for h in logbook.hard_dates if h is not held)
            )
        case AddCheckIn(check_in):
            _check_day_free(logbook, check_in)
            added_check_ins = _added(
                logbook.check_ins, (check_in,), QT_TRANSLATE_NOOP("InvalidEntry", "the check-ins")
            )
            return replace(logbook, check_ins=added_check_ins)
        case ReplaceCheckIn(check_in):
            logbook.find_check_in(check_in.id)
            _check_day_free(logbook, check_in)
            return replace(logbook, check_ins=_replaced(logbook.check_ins, check_in))
        case DeleteCheckIn(check_in_id):
            held_check_in = logbook.find_check_in(check_in_id)
            others = tuple(c for c in logbook.check_ins if c is not held_check_in)
            return replace(logbook, check_ins=others)
        case _:
            assert_never(edit)


def _check_day_free(logbook: Logbook, check_in: CheckIn) -> None:
    """One check-in a local date: another one about the same day refuses this one."""
    for held in logbook.check_ins:
        if held.day == check_in.day and held.id != check_in.id:
            raise InvalidEntry(
                Said(
                    QT_TRANSLATE_NOOP(
                        "InvalidEntry",
                        "{day} has a check-in already; checking in again that day changes it",
                    ),
                    day=check_in.day,
                )
            )


def _held_hard_date(logbook: Logbook, hard_date_id: str) -> HardDate:
    """The hard date with exactly this id: an edit names the one it means, never part of it."""
    for hard_date in logbook.hard_dates:
        if hard_date.id == hard_date_id:
            return hard_date
    raise InvalidEntry(
        Said(
            QT_TRANSLATE_NOOP("InvalidEntry", "there is no hard date with the id {id}"),
            id=repr(hard_date_id),
        )
    )


_Entry = TypeVar("_Entry", Event, JournalEntry, HardDate, CheckIn)


def _added(held: tuple[_Entry, ...], new: tuple[_Entry, ...], holder: Said) -> tuple[_Entry, ...]:
    taken = {entry.id for entry in held}
    for entry in new:
        if entry.id in taken:
            raise InvalidEntry(
                Said(
                    QT_TRANSLATE_NOOP(
                        "InvalidEntry", "{holder} already holds an entry with the id {id}"
                    ),
                    holder=holder,
                    id=repr(entry.id),
                )
            )
        taken.add(entry.id)
    return held + new


def _replaced(held: tuple[_Entry, ...], entry: _Entry) -> tuple[_Entry, ...]:
    return tuple(entry if e.id == entry.id else e for e in held)
