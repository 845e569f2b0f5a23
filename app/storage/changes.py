"""The changes a transaction can make; each one is a single atomic write of the file.

The edits keep TinyDB's layout (tables of documents under numeric ids), so TinyDB itself reads
the file, but they do not go through TinyDB's Table: its insert rebuilds the whole table twice to
convert the ids, about 10 ms at 20,000 entries, which logging one urge should not pay.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Generic, TypeVar

from app.domain.errors import InvalidEntry
from app.domain.events import Event
from app.domain.goals import Completion, Goal
from app.domain.journal import BreakupReason, JournalEntry
from app.domain.logbook import Logbook
from app.domain.preferences import Preferences
from app.storage.codec import (
    encode_completion,
    encode_event,
    encode_journal_entry,
    encode_preferences,
)
from app.storage.layout import (
    COMPLETIONS,
    EVENTS,
    GOALS,
    GOALS_DOC_ID,
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
_Entry = TypeVar("_Entry", Event, JournalEntry)


@dataclass(frozen=True)  # not slotted: Generic's subscripted call sets an attribute
class _EntryTable(Generic[_Entry]):
    table: str  # in the file
    field: str  # of the Logbook
    encode: Callable[[_Entry], dict[str, Any]]


_EVENTS = _EntryTable[Event](EVENTS, "events", encode_event)
_JOURNAL = _EntryTable[JournalEntry](JOURNAL, "journal", encode_journal_entry)


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

    def add(self, *events: Event) -> None:
        self._insert(_EVENTS, events)

    def replace(self, event: Event) -> None:
        self.logbook.find_event(event.id)
        self._overwrite(_EVENTS, event)

    def delete(self, event_id: str) -> Event:
        event = self.logbook.find_event(event_id)
        self._remove(_EVENTS, event)
        return event

    def set_goals(self, goals: Iterable[Goal]) -> None:
        goals = tuple(goals)

        def store_list(documents: Documents) -> None:
            documents[str(GOALS_DOC_ID)] = goals_document(goals)

        self._edit(GOALS, store_list, goals=goals)

    def set_preferences(self, preferences: Preferences) -> None:
        def store_settings(documents: Documents) -> None:
            documents[str(SETTINGS_DOC_ID)] = encode_preferences(preferences)

        self._edit(SETTINGS, store_settings, preferences=preferences)

    def add_completions(self, *completions: Completion) -> None:
        def insert(documents: Documents) -> None:
            for completion in completions:
                documents[_free_key(documents)] = encode_completion(completion)

        self._edit(COMPLETIONS, insert, completions=(*self.logbook.completions, *completions))

    def remove_completion(self, goal_id: str, day: date) -> None:
        def remove(documents: Documents) -> None:
            for key, document in list(documents.items()):
                if document.get("goal_id") == goal_id and document.get("day") == day.isoformat():
                    del documents[key]

        kept = tuple(c for c in self.logbook.completions if (c.goal_id, c.day) != (goal_id, day))
        self._edit(COMPLETIONS, remove, completions=kept)

    def add_journal_entry(self, *entries: JournalEntry) -> None:
        taken = {entry.id for entry in self.logbook.journal}
        for entry in entries:
            # An undone delete puts an entry back; it must never end up in the file twice.
            if entry.id in taken:
                raise InvalidEntry(f"the journal already holds an entry with the id {entry.id!r}")
            taken.add(entry.id)
        self._insert(_JOURNAL, entries)

    def replace_journal_entry(self, entry: JournalEntry) -> None:
        self.logbook.find_journal_entry(entry.id)
        self._overwrite(_JOURNAL, entry)

    def delete_journal_entry(self, entry_id: str) -> JournalEntry:
        entry = self.logbook.find_journal_entry(entry_id)
        self._remove(_JOURNAL, entry)
        return entry

    def set_breakup_reasons(self, reasons: Iterable[BreakupReason]) -> None:
        chosen = frozenset(reasons)

        def store_reasons(documents: Documents) -> None:
            documents[str(REFLECTION_DOC_ID)] = reflection_document(chosen)

        self._edit(REFLECTION, store_reasons, breakup_reasons=chosen)

    # Entries with an id, one document each: the events and the journal.

    def _insert(self, kind: _EntryTable[_Entry], entries: tuple[_Entry, ...]) -> None:
        def insert(documents: Documents) -> None:
            for entry in entries:
                documents[_free_key(documents)] = kind.encode(entry)

        held: tuple[_Entry, ...] = getattr(self.logbook, kind.field)
        self._edit(kind.table, insert, **{kind.field: (*held, *entries)})

    def _overwrite(self, kind: _EntryTable[_Entry], entry: _Entry) -> None:
        def overwrite(documents: Documents) -> None:
            documents[_key_of(documents, entry.id)] = kind.encode(entry)

        held: tuple[_Entry, ...] = getattr(self.logbook, kind.field)
        kept = tuple(entry if e.id == entry.id else e for e in held)
        self._edit(kind.table, overwrite, **{kind.field: kept})

    def _remove(self, kind: _EntryTable[_Entry], entry: _Entry) -> None:
        def remove(documents: Documents) -> None:
            del documents[_key_of(documents, entry.id)]

        held: tuple[_Entry, ...] = getattr(self.logbook, kind.field)
        self._edit(kind.table, remove, **{kind.field: tuple(e for e in held if e is not entry)})

    def _edit(self, table: str, edit: Callable[[Documents], None], **changed: Any) -> None:
        tables = self._tables_to_edit()  # the file as it is now: the lock keeps others out
        edit(tables.setdefault(table, {}))
        logbook = replace(self.logbook, **changed)
        self._save(tables, logbook)  # on failure the storage forgets the edited copy
        self.logbook = logbook


def _free_key(documents: Documents) -> str:
    key = len(documents) + 1
    while str(key) in documents:  # only after deletions
        key += 1
    return str(key)


def _key_of(documents: Documents, entry_id: str) -> str:
    return next(key for key, document in documents.items() if document.get("id") == entry_id)
