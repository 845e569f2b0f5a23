"""Everything the user has recorded, and the intents that add to it with the rules checked."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.domain.check_ins import CheckIn, find_check_in
from app.domain.errors import InvalidEntry
from app.domain.events import (
    Contact,
    ContactKind,
    Event,
    Plan,
    StartedBy,
    Urge,
    UrgeKind,
    check_target,
    new_id,
)
from app.domain.goals import STARTER_GOALS, Completion, Goal
from app.domain.hard_dates import HardDate, find_hard_date
from app.domain.instants import check_instant, happened_at
from app.domain.journal import BreakupReason, JournalEntry, find_entry
from app.domain.preferences import Preferences
from app.domain.streaks import runs
from app.domain.timeline import Timeline
from app.domain.words import QT_TRANSLATE_NOOP, Said


@dataclass(frozen=True, slots=True)
class Logbook:
    """Everything the user has recorded: entries, goals and ticks, settings, journal, reasons."""

    events: tuple[Event, ...] = ()
    goals: tuple[Goal, ...] = field(default=STARTER_GOALS)
    completions: tuple[Completion, ...] = ()
    preferences: Preferences = field(default_factory=Preferences)
    journal: tuple[JournalEntry, ...] = ()
    # The reasons are part of the user's reflection, like the journal, not a setting of the app:
    # they live here, travel with an export, and an import adds to them. Whether the app puts
    # healing first reads them together with the unsafe flag in Preferences (see safety.py).
    breakup_reasons: frozenset[BreakupReason] = frozenset()
    # The days the user expects to be hard, in the order they were added.
    hard_dates: tuple[HardDate, ...] = ()
    # One a local date at most, in a table of their own: see check_ins.py.
    check_ins: tuple[CheckIn, ...] = ()

    def find_event(self, event_id: str) -> Event:
        for event in self.events:
            if event.id == event_id:
                return event
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP("InvalidEntry", "there is no entry with the id {id}"),
                id=repr(event_id),
            )
        )

    def find_journal_entry(self, entry_id: str) -> JournalEntry:
        return find_entry(self.journal, entry_id)

    def find_check_in(self, check_in_id: str) -> CheckIn:
        return find_check_in(self.check_ins, check_in_id)

    def find_hard_date(self, wanted: str) -> HardDate:
        return find_hard_date(self.hard_dates, wanted)


def plan(
    logbook: Logbook, now: datetime, since: datetime | None = None, target_days: int | None = None
) -> Plan:
    """Begins the period, or re-plans it.

    `since` is the last contact as the user gives it. Without it the first plan begins now,
    and a re-plan changes the target only: it records no last contact, so the run goes on from
    wherever it began, and deleting a contact later gives its run back. Copying the run's start
    into the plan would pin it, a contact's instant included, beyond that contact's deletion.
    """
    timeline = Timeline.of(logbook.events)
    if since is None:
        if not runs(timeline, now):
            since = now
    else:
        since = happened_at(since, now, QT_TRANSLATE_NOOP("InvalidEntry", "the last contact"))
        last_slip = max(
            (contact.at for contact in timeline.contacts if contact.breaks_no_contact),
            default=None,
        )
        if last_slip is not None and since < last_slip:
            raise InvalidEntry(
                Said(
                    QT_TRANSLATE_NOOP(
                        "InvalidEntry",
                        "the last contact cannot be before the contact you recorded on {when}; "
                        "give a time after it",
                    ),
                    when=last_slip,
                )
            )
    target = check_target(target_days if target_days is not None else timeline.target_days)
    # A re-plan replaces the latest plan, so it is recorded after it, even when the clock was
    # set back since or reads the very same instant: the newest plan is the one that counts.
    latest = timeline.latest_plan
    at = now if latest is None or now > latest.at else latest.at + timedelta(microseconds=1)
    return Plan(id=new_id(), at=at, last_contact=since, target_days=target)


def log_urge(now: datetime, kind: UrgeKind, intensity: int | None = None, note: str = "") -> Urge:
    return Urge(id=new_id(), at=now, kind=kind, intensity=intensity, note=note)


def record_contact(
    now: datetime,
    kind: ContactKind,
    started_by: StartedBy = StartedBy.ME,
    necessary: bool = False,
    note: str = "",
) -> Contact:
    return Contact(
        id=new_id(), at=now, kind=kind, started_by=started_by, necessary=necessary, note=note
    )


@dataclass(frozen=True, slots=True)
class NewEntries:
    """What an imported logbook adds to this one; entries already here are left alone."""

    events: tuple[Event, ...]
    goals: tuple[Goal, ...]
    completions: tuple[Completion, ...]
    journal: tuple[JournalEntry, ...] = ()
    breakup_reasons: frozenset[BreakupReason] = frozenset()  # reasons not chosen here yet
    hard_dates: tuple[HardDate, ...] = ()
    # A check-in about a day already checked in here is left out: one a day, and this one stays.
    check_ins: tuple[CheckIn, ...] = ()
    # The import says the relationship was unsafe, or held betrayal, and this logbook does not
    # yet. An import only ever sets them: healing first is never switched off by moving data.
    marks_unsafe: bool = False
    marks_betrayal: bool = False

    @property
    def is_empty(self) -> bool:
        return not (
            self.events
            or self.goals
            or self.completions
            or self.journal
            or self.hard_dates
            or self.check_ins
            or self.breakup_reasons
            or self.marks_unsafe
            or self.marks_betrayal
        )


def new_entries(existing: Logbook, incoming: Logbook, now: datetime) -> NewEntries:
    """The entries of `incoming` that `existing` lacks, matched by id (completions by goal and day).

    An import never rewrites or removes what is here, so importing the same file twice is harmless.
    A journal entry already here keeps its text even if the import holds another version of it.
    """
    for event in incoming.events:
        check_instant(
            event.at,
            now,
            Said(QT_TRANSLATE_NOOP("InvalidEntry", "the entry dated {when}"), when=event.at),
        )
        if isinstance(event, Plan) and event.last_contact is not None:
            check_instant(
                event.last_contact,
                now,
                Said(
                    QT_TRANSLATE_NOOP("InvalidEntry", "the last contact of the plan made {day}"),
                    day=event.at.date(),
                ),
            )
    for completion in incoming.completions:
        check_instant(
            completion.at,
            now,
            Said(
                QT_TRANSLATE_NOOP("InvalidEntry", "the goal ticked off {when}"), when=completion.at
            ),
        )
    for entry in incoming.journal:
        for stamp in (entry.written_at, entry.edited_at):
            if stamp is not None:
                check_instant(
                    stamp,
                    now,
                    Said(
                        QT_TRANSLATE_NOOP("InvalidEntry", "the journal entry written {when}"),
                        when=stamp,
                    ),
                )
    # Checked here, before anything is written: an id twice would otherwise add an entry twice,
    # or stop an import halfway with some of it saved.
    _check_unique((e.id for e in incoming.events), QT_TRANSLATE_NOOP("InvalidEntry", "entry"))
    _check_unique((g.id for g in incoming.goals), QT_TRANSLATE_NOOP("InvalidEntry", "goal"))
    _check_unique(
        (j.id for j in incoming.journal), QT_TRANSLATE_NOOP("InvalidEntry", "journal entry")
    )
    _check_unique(
        (h.id for h in incoming.hard_dates), QT_TRANSLATE_NOOP("InvalidEntry", "hard date")
    )
    _check_unique((c.id for c in incoming.check_ins), QT_TRANSLATE_NOOP("InvalidEntry", "check-in"))
    for check_in in incoming.check_ins:
        check_instant(
            check_in.at,
            now,
            Said(QT_TRANSLATE_NOOP("InvalidEntry", "the check-in made {when}"), when=check_in.at),
        )
    event_ids = {e.id for e in existing.events}
    goal_ids = {g.id for g in existing.goals}
    done = {(c.goal_id, c.day) for c in existing.completions}
    journal_ids = {j.id for j in existing.journal}
    hard_date_ids = {h.id for h in existing.hard_dates}
    return NewEntries(
        events=tuple(e for e in incoming.events if e.id not in event_ids),
        goals=tuple(g for g in incoming.goals if g.id not in goal_ids),
        completions=tuple(c for c in incoming.completions if (c.goal_id, c.day) not in done),
        journal=tuple(j for j in incoming.journal if j.id not in journal_ids),
        hard_dates=tuple(h for h in incoming.hard_dates if h.id not in hard_date_ids),
        check_ins=_check_ins_on_new_days(existing.check_ins, incoming.check_ins),
        breakup_reasons=incoming.breakup_reasons - existing.breakup_reasons,
        marks_unsafe=(
            incoming.preferences.relationship_unsafe
            and not existing.preferences.relationship_unsafe
        ),
        marks_betrayal=(
            incoming.preferences.relationship_betrayal
            and not existing.preferences.relationship_betrayal
        ),
    )


def _check_unique(ids: Iterable[str], what: str) -> None:
    seen: set[str] = set()
    for entry_id in ids:
        if entry_id in seen:
            raise InvalidEntry(
                Said(
                    QT_TRANSLATE_NOOP(
                        "InvalidEntry",
                        "the import holds more than one {what} with the id {id}; each must appear "
                        "once",
                    ),
                    what=what,
                    id=repr(entry_id),
                )
            )
        seen.add(entry_id)


def _check_ins_on_new_days(
    existing: tuple[CheckIn, ...], incoming: tuple[CheckIn, ...]
) -> tuple[CheckIn, ...]:
    """The incoming check-ins about days nobody checked in on here, the first of each day."""
    taken = {c.day for c in existing}
    new = []
    for check_in in sorted(incoming, key=lambda c: (c.at, c.id)):
        if check_in.day not in taken:
            taken.add(check_in.day)
            new.append(check_in)
    return tuple(new)
