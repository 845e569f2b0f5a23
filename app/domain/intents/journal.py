"""The journal's entries and the reasons it ended."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from functools import partial

from app.domain.intents.change import Action, Change, restore
from app.domain.intents.edits import (
    AddJournalEntry,
    DeleteJournalEntry,
    ReplaceJournalEntry,
    SetBreakupReasons,
)
from app.domain.journal import BreakupReason, Prompt, edit_entry, write_entry
from app.domain.logbook import Logbook


def add_journal_entry(
    logbook: Logbook, now: datetime, day: date, text: str, prompt: Prompt | None = None
) -> Change:
    """A new entry about `day`, written now; undo takes it back."""
    entry = write_entry(now, day, text, prompt)
    return Change(
        action=Action.ADD_JOURNAL_ENTRY,
        edits=(AddJournalEntry(entry),),
        undo=partial(restore, edits=(DeleteJournalEntry(entry.id),), subject_id=entry.id),
        subject_id=entry.id,
    )


def edit_journal_entry(
    logbook: Logbook, now: datetime, entry_id: str, day: date, text: str, prompt: Prompt | None
) -> Change:
    """New contents for an entry; undo puts back the entry as it was, its edit time included.
    Saving it unchanged changes nothing and leaves nothing to undo."""
    entry = logbook.find_journal_entry(entry_id)
    edited = edit_entry(entry, now, day, text, prompt)
    if edited is entry:
        return Change(action=Action.EDIT_JOURNAL_ENTRY, subject_id=entry_id)
    return Change(
        action=Action.EDIT_JOURNAL_ENTRY,
        edits=(ReplaceJournalEntry(edited),),
        undo=partial(restore, edits=(ReplaceJournalEntry(entry),), subject_id=entry_id),
        subject_id=entry_id,
    )


def delete_journal_entry(logbook: Logbook, now: datetime, entry_id: str) -> Change:
    """Deletes an entry; undo puts it back as it was."""
    entry = logbook.find_journal_entry(entry_id)
    return Change(
        action=Action.DELETE_JOURNAL_ENTRY,
        edits=(DeleteJournalEntry(entry_id),),
        undo=partial(restore, edits=(AddJournalEntry(entry),), subject_id=entry_id),
        subject_id=entry_id,
    )


def set_breakup_reasons(
    logbook: Logbook, now: datetime, reasons: Iterable[BreakupReason]
) -> Change:
    """The reasons the relationship ended; choosing abuse or betrayal puts healing first."""
    return Change(action=Action.SET_BREAKUP_REASONS, edits=(SetBreakupReasons(frozenset(reasons)),))


def choose_breakup_reason(
    logbook: Logbook, now: datetime, reason: BreakupReason, chosen: bool
) -> Change:
    """Ticks or unticks one reason, leaving the others as the logbook holds them.

    A box ticked while the window still shows an older list (a quick start, another process)
    must never drop a reason, least of all the one that puts healing first.
    """
    held = logbook.breakup_reasons
    reasons = held | {reason} if chosen else held - {reason}
    return Change(action=Action.CHOOSE_BREAKUP_REASON, edits=(SetBreakupReasons(reasons),))
