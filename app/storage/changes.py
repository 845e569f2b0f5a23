"""The changes a transaction can make: the domain's edits, written to the file.

The domain's `apply` decides what an edit does to the logbook and refuses one that breaks a rule;
this module writes the same edit into the file's tables, so the file and the logbook in memory
never differ.

The edits keep TinyDB's layout (tables of documents under numeric ids), so TinyDB itself reads
the file, but they do not go through TinyDB's Table: its insert rebuilds the whole table twice to
convert the ids, about 10 ms at 20,000 entries, which logging one urge should not pay.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any, assert_never

from app.domain.check_ins import CheckIn
from app.domain.events import Event
from app.domain.goals import Completion, Goal
from app.domain.hard_dates import HardDate
from app.domain.intents.edits import (
    AddCheckIn,
    AddCompletions,
    AddEvents,
    AddHardDate,
    AddJournalEntry,
    DeleteCheckIn,
    DeleteEvent,
    DeleteHardDate,
    DeleteJournalEntry,
    Edit,
    RemoveCompletion,
    ReplaceCheckIn,
    ReplaceEvent,
    ReplaceHardDate,
    ReplaceJournalEntry,
    SetBreakupReasons,
    SetGoals,
    SetPreferences,
    apply,
)
from app.domain.journal import BreakupReason, JournalEntry
from app.domain.logbook import Logbook
from app.domain.preferences import Preferences
from app.storage.codec import (
    encode_check_in,
    encode_completion,
    encode_event,
    encode_hard_date,
    encode_journal_entry,
    encode_preferences,
)
from app.storage.layout import (
    CHECK_INS,
    COMPLETIONS,
    EVENTS,
    GOALS,
    GOALS_DOC_ID,
    HARD_DATES,
    JOURNAL,
    REFLECTION,
    REFLECTION_DOC_ID,
    SETTINGS,
    SETTINGS_DOC_ID,
    goals_document,
    reflection_document,
)
from app.storage.migrations import Tables

Documents = dict[str, dict[str, Any]]


class Changes:
    """Writes entries while the store's lock is held; `logbook` is always what the file holds."""

    def __init__(
        self,
        logbook: Logbook,
        tables_to_edit: Callable[[], Tables],
        save: Callable[[Tables, Logbook], None],
    ) -> None:
        self.logbook = logbook
        self._tables_to_edit = tables_to_edit
        self._save = save

    def apply(self, *edits: Edit) -> None:
        """Makes the edits in one atomic write of the file: all of them, or, when the domain
        refuses one (InvalidEntry) or the write fails, none. No edits write nothing."""
        if not edits:
            return
        # Checked before the file is read for editing, which may create it or take a backup: a
        # refused edit leaves nothing behind.
        logbook = apply(self.logbook, *edits)
        tables = self._tables_to_edit()  # the file as it is now: the lock keeps others out
        for edit in edits:
            write_edit(tables, edit)
        self._save(tables, logbook)  # on failure the storage forgets the edited copy
        self.logbook = logbook

    # One edit each, for callers that make one kind of edit.

    def add(self, *events: Event) -> None:
        self.apply(AddEvents(events))

    def replace(self, event: Event) -> None:
        self.apply(ReplaceEvent(event))

    def delete(self, event_id: str) -> Event:
        event = self.logbook.find_event(event_id)
        self.apply(DeleteEvent(event_id))
        return event

    def set_goals(self, goals: Iterable[Goal]) -> None:
        self.apply(SetGoals(tuple(goals)))

    def set_preferences(self, preferences: Preferences) -> None:
        self.apply(SetPreferences(preferences))

    def add_completions(self, *completions: Completion) -> None:
        self.apply(AddCompletions(completions))

    def remove_completion(self, goal_id: str, day: date) -> None:
        self.apply(RemoveCompletion(goal_id, day))

    def add_journal_entry(self, *entries: JournalEntry) -> None:
        self.apply(*(AddJournalEntry(entry) for entry in entries))

    def replace_journal_entry(self, entry: JournalEntry) -> None:
        self.apply(ReplaceJournalEntry(entry))

    def delete_journal_entry(self, entry_id: str) -> JournalEntry:
        entry = self.logbook.find_journal_entry(entry_id)
        self.apply(DeleteJournalEntry(entry_id))
        return entry

    def set_breakup_reasons(self, reasons: Iterable[BreakupReason]) -> None:
        self.apply(SetBreakupReasons(frozenset(reasons)))

    def add_hard_dates(self, *hard_dates: HardDate) -> None:
        self.apply(*(AddHardDate(hard_date) for hard_date in hard_dates))

    def replace_hard_date(self, hard_date: HardDate) -> None:
        self.apply(ReplaceHardDate(hard_date))

    def delete_hard_date(self, hard_date_id: str) -> None:
        self.apply(DeleteHardDate(hard_date_id))

    def add_check_ins(self, *check_ins: CheckIn) -> None:
        self.apply(*(AddCheckIn(check_in) for check_in in check_ins))

    def replace_check_in(self, check_in: CheckIn) -> None:
        self.apply(ReplaceCheckIn(check_in))

    def delete_check_in(self, check_in_id: str) -> None:
        self.apply(DeleteCheckIn(check_in_id))


def write_edit(tables: Tables, edit: Edit) -> None:
    """Makes `edit` in the file's tables as the domain's `apply` makes it in the logbook."""
    match edit:
        case AddEvents(events):
            _insert(tables.setdefault(EVENTS, {}), [encode_event(e) for e in events])
        case ReplaceEvent(event):
            documents = tables.setdefault(EVENTS, {})
            documents[_key_of(documents, event.id)] = encode_event(event)
        case DeleteEvent(event_id):
            documents = tables.setdefault(EVENTS, {})
            del documents[_key_of(documents, event_id)]
        case SetGoals(goals):
            tables.setdefault(GOALS, {})[str(GOALS_DOC_ID)] = goals_document(goals)
        case AddCompletions(completions):
            encoded = [encode_completion(c) for c in completions]
            _insert(tables.setdefault(COMPLETIONS, {}), encoded)
        case RemoveCompletion(goal_id, day):
            documents = tables.setdefault(COMPLETIONS, {})
            for key, document in list(documents.items()):
                if document.get("goal_id") == goal_id and document.get("day") == day.isoformat():
                    del documents[key]
        case SetPreferences(preferences):
            settings = encode_preferences(preferences)
            tables.setdefault(SETTINGS, {})[str(SETTINGS_DOC_ID)] = settings
        case AddJournalEntry(entry):
            _insert(tables.setdefault(JOURNAL, {}), [encode_journal_entry(entry)])
        case ReplaceJournalEntry(entry):
            documents = tables.setdefault(JOURNAL, {})
            documents[_key_of(documents, entry.id)] = encode_journal_entry(entry)
        case DeleteJournalEntry(entry_id):
            documents = tables.setdefault(JOURNAL, {})
            del documents[_key_of(documents, entry_id)]
        case SetBreakupReasons(reasons):
            tables.setdefault(REFLECTION, {})[str(REFLECTION_DOC_ID)] = reflection_document(reasons)
        case AddHardDate(hard_date):
            _insert(tables.setdefault(HARD_DATES, {}), [encode_hard_date(hard_date)])
        case ReplaceHardDate(hard_date):
            documents = tables.setdefault(HARD_DATES, {})
            documents[_key_of(documents, hard_date.id)] = encode_hard_date(hard_date)
        case DeleteHardDate(hard_date_id):
            documents = tables.setdefault(HARD_DATES, {})
            del documents[_key_of(documents, hard_date_id)]
        case AddCheckIn(check_in):
            _insert(tables.setdefault(CHECK_INS, {}), [encode_check_in(check_in)])
        case ReplaceCheckIn(check_in):
            documents = tables.setdefault(CHECK_INS, {})
            documents[_key_of(documents, check_in.id)] = encode_check_in(check_in)
        case DeleteCheckIn(check_in_id):
            documents = tables.setdefault(CHECK_INS, {})
            del documents[_key_of(documents, check_in_id)]
        case _:
            assert_never(edit)


def _insert(documents: Documents, encoded: Iterable[dict[str, Any]]) -> None:
    for document in encoded:
        documents[_free_key(documents)] = document


def _free_key(documents: Documents) -> str:
    key = len(documents) + 1
    while str(key) in documents:  # only after deletions
        key += 1
    return str(key)


def _key_of(documents: Documents, entry_id: str) -> str:
    return next(key for key, document in documents.items() if document.get("id") == entry_id)
