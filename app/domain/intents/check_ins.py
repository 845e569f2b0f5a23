"""Checking in for the day, changing a check-in and deleting one."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from app.domain.check_ins import (
    CheckIn,
    Mood,
    Pull,
    changed_check_in,
    check_in_on,
    new_check_in,
    today,
)
from app.domain.intents.change import Action, Change, restore
from app.domain.intents.edits import AddCheckIn, DeleteCheckIn, ReplaceCheckIn
from app.domain.logbook import Logbook


def check_in(
    logbook: Logbook, now: datetime, mood: Mood, pull: Pull, note: str | None = None
) -> Change:
    """Today's check-in, on the wall clock that reads `now`; undo takes it back.

    Checking in again the same day changes that day's check-in (its note stays as it was when
    `note` is None), and undo puts back the answers it had.
    """
    held = check_in_on(logbook.check_ins, today(now))
    if held is not None:
        return _changed(held, mood, pull, note)
    made = new_check_in(now, mood, pull, note or "")
    return Change(
        action=Action.CHECK_IN,
        edits=(AddCheckIn(made),),
        undo=partial(restore, edits=(DeleteCheckIn(made.id),), subject_id=made.id),
        subject_id=made.id,
    )


def edit_check_in(
    logbook: Logbook,
    now: datetime,
    check_in_id: str,
    mood: Mood,
    pull: Pull,
    note: str | None = None,
) -> Change:
    """New answers for a check-in of any day (History); undo puts back the ones it had."""
    return _changed(logbook.find_check_in(check_in_id), mood, pull, note)


def delete_check_in(logbook: Logbook, now: datetime, check_in_id: str) -> Change:
    """Deletes a check-in; undo puts it back as it was."""
    held = logbook.find_check_in(check_in_id)
    return Change(
        action=Action.DELETE_CHECK_IN,
        edits=(DeleteCheckIn(check_in_id),),
        undo=partial(restore, edits=(AddCheckIn(held),), subject_id=check_in_id),
        subject_id=check_in_id,
    )


def _changed(held: CheckIn, mood: Mood, pull: Pull, note: str | None) -> Change:
    """The change that gives `held` new answers; nothing to save or undo when they are the same."""
    changed = changed_check_in(held, mood, pull, note)
    if changed is held:
        return Change(action=Action.EDIT_CHECK_IN, subject_id=held.id)
    return Change(
        action=Action.EDIT_CHECK_IN,
        edits=(ReplaceCheckIn(changed),),
        undo=partial(restore, edits=(ReplaceCheckIn(held),), subject_id=held.id),
        subject_id=held.id,
    )
