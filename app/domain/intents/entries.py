"""Urges and contacts: logging them, their details, and changing or deleting past ones."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from functools import partial

from app.domain import logbook as recording
from app.domain.errors import InvalidEntry
from app.domain.events import (
    Contact,
    ContactKind,
    Plan,
    StartedBy,
    Urge,
    UrgeKind,
)
from app.domain.instants import check_instant, happened_at
from app.domain.intents.change import Action, Change, restore
from app.domain.intents.edits import AddEvents, DeleteEvent, ReplaceEvent
from app.domain.logbook import Logbook
from app.domain.words import QT_TRANSLATE_NOOP


def log_urge(
    logbook: Logbook,
    now: datetime,
    kind: UrgeKind,
    intensity: int | None = None,
    note: str = "",
    at: datetime | None = None,
) -> Change:
    """An urge resisted `at` (now when not given: see happened_at); undo takes it back, with any
    details added since."""
    when = happened_at(at, now, QT_TRANSLATE_NOOP("InvalidEntry", "the urge"))
    urge = recording.log_urge(when, kind, intensity=intensity, note=note)
    return _logged(Action.LOG_URGE, urge)


def record_contact(
    logbook: Logbook,
    now: datetime,
    kind: ContactKind,
    started_by: StartedBy = StartedBy.ME,
    necessary: bool = False,
    note: str = "",
    at: datetime | None = None,
) -> Change:
    """A contact `at` (now when not given); undo takes it back, and with it the run it ended
    comes back.

    A contact told of late ends the run it falls in at that instant, and every figure counts
    again from the entries, which are counted by their instants, never by the order they were
    recorded in. One before the current run began is taken too: it belongs to an earlier
    stretch, and ends it there (before the first plan, it begins one). A contact's time edited
    on the History page counts the same way.
    """
    when = happened_at(at, now, QT_TRANSLATE_NOOP("InvalidEntry", "the contact"))
    contact = recording.record_contact(when, kind, started_by, necessary, note)
    return _logged(Action.RECORD_CONTACT, contact)


def _logged(action: Action, entry: Urge | Contact) -> Change:
    return Change(
        action=action,
        edits=(AddEvents((entry,)),),
        undo=partial(restore, edits=(DeleteEvent(entry.id),), subject_id=entry.id),
        subject_id=entry.id,
    )


def add_urge_details(
    logbook: Logbook,
    now: datetime,
    urge_id: str,
    intensity: int | None,
    note: str,
    unsent_message: str,
) -> Change:
    """How strong it was, a note, and the message not sent, added after the urge was logged."""
    urge = logbook.find_event(urge_id)
    if not isinstance(urge, Urge):
        raise InvalidEntry(QT_TRANSLATE_NOOP("InvalidEntry", "only an urge has these details"))
    detailed = replace(urge, intensity=intensity, note=note, unsent_message=unsent_message)
    return Change(
        action=Action.ADD_URGE_DETAILS, edits=(ReplaceEvent(detailed),), subject_id=urge_id
    )


def edit_entry(logbook: Logbook, now: datetime, edited: Urge | Contact) -> Change:
    """New contents for a past urge or contact, found by its id; undo puts back the entry as it
    was. Saving it unchanged changes nothing and leaves nothing to undo."""
    entry = logbook.find_event(edited.id)
    if not isinstance(entry, Urge | Contact):
        raise InvalidEntry(QT_TRANSLATE_NOOP("InvalidEntry", "a plan is changed in Settings"))
    if type(entry) is not type(edited):
        raise InvalidEntry(
            QT_TRANSLATE_NOOP("InvalidEntry", "an urge stays an urge, and a contact a contact")
        )
    check_instant(edited.at, now, QT_TRANSLATE_NOOP("InvalidEntry", "the time of an entry"))
    if edited == entry:
        return Change(action=Action.EDIT_ENTRY, subject_id=edited.id)
    return Change(
        action=Action.EDIT_ENTRY,
        edits=(ReplaceEvent(edited),),
        undo=partial(restore, edits=(ReplaceEvent(entry),), subject_id=entry.id),
        subject_id=edited.id,
    )


def delete_entry(logbook: Logbook, now: datetime, entry_id: str) -> Change:
    """Deletes a past urge or contact; undo puts it back as it was."""
    entry = logbook.find_event(entry_id)
    if isinstance(entry, Plan):
        raise InvalidEntry(
            QT_TRANSLATE_NOOP("InvalidEntry", "a plan is changed in Settings, not deleted")
        )
    return Change(
        action=Action.DELETE_ENTRY,
        edits=(DeleteEvent(entry_id),),
        undo=partial(restore, edits=(AddEvents((entry,)),), subject_id=entry_id),
        subject_id=entry_id,
    )
