"""The hard dates: adding one, changing it, removing it, each with its undo."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from functools import partial

from app.domain.hard_dates import HardDate, check_not_passed, check_room, new_hard_date
from app.domain.intents.change import Action, Change, restore
from app.domain.intents.edits import AddHardDate, DeleteHardDate, ReplaceHardDate
from app.domain.logbook import Logbook
from app.domain.wallclock import local_date, zone_of


def add_hard_date(
    logbook: Logbook,
    now: datetime,
    month: int,
    day: int,
    year: int | None,
    label: str,
    plan: str = "",
) -> Change:
    """A new hard date, every year when `year` is None; a one-off date must not have passed.
    Undo takes it back."""
    check_room(logbook.hard_dates)
    added = new_hard_date(_today(now), month, day, year, label, plan)
    return Change(
        action=Action.ADD_HARD_DATE,
        edits=(AddHardDate(added),),
        undo=partial(restore, edits=(DeleteHardDate(added.id),), subject_id=added.id),
        subject_id=added.id,
    )


def edit_hard_date(
    logbook: Logbook,
    now: datetime,
    hard_date_id: str,
    month: int,
    day: int,
    year: int | None,
    label: str,
    plan: str,
) -> Change:
    """New contents for a hard date; undo puts it back as it was. Saved unchanged, it changes
    nothing and leaves nothing to undo. A one-off date moved must not move into the past; one
    left on its day may have passed (its plan can still be read and changed)."""
    held = logbook.find_hard_date(hard_date_id)
    edited = replace(held, month=month, day=day, year=year, label=label, plan=plan)
    if edited == held:
        return Change(action=Action.EDIT_HARD_DATE, subject_id=held.id)
    if (edited.month, edited.day, edited.year) != (held.month, held.day, held.year):
        check_not_passed(edited, _today(now))
    return Change(
        action=Action.EDIT_HARD_DATE,
        edits=(ReplaceHardDate(edited),),
        undo=partial(restore, edits=(ReplaceHardDate(held),), subject_id=held.id),
        subject_id=held.id,
    )


def remove_hard_date(logbook: Logbook, now: datetime, hard_date_id: str) -> Change:
    """Removes a hard date; undo puts it back as it was. `hard_date_id` may be the start of the
    id, as the command line shows it."""
    held: HardDate = logbook.find_hard_date(hard_date_id)
    return Change(
        action=Action.REMOVE_HARD_DATE,
        edits=(DeleteHardDate(held.id),),
        undo=partial(restore, edits=(AddHardDate(held),), subject_id=held.id),
        subject_id=held.id,
    )


def _today(now: datetime) -> date:

    return local_date(now, zone_of(now))
