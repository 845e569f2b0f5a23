"""The changes a transaction can make; each one is a single atomic write of the file."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from tinydb import TinyDB, where
from tinydb.table import Document, Table

from app.domain.events import Event
from app.domain.goals import Completion, Goal
from app.domain.logbook import Logbook
from app.storage.codec import encode_completion, encode_event
from app.storage.layout import COMPLETIONS, EVENTS, GOALS, GOALS_DOC_ID, goals_document


class Changes:
    """Writes entries while the store's lock is held; `logbook` is what was there at the start."""

    def __init__(self, db: TinyDB, logbook: Logbook) -> None:
        self.logbook = logbook
        # Fresh tables each time: a Table caches its next document id, which another process
        # may have used since.
        self._events = Table(db.storage, EVENTS)
        self._goals = Table(db.storage, GOALS)
        self._completions = Table(db.storage, COMPLETIONS)

    def add(self, *events: Event) -> None:
        self._events.insert_multiple(encode_event(event) for event in events)

    def replace(self, event: Event) -> None:
        self.logbook.find_event(event.id)
        self._events.update(encode_event(event), where("id") == event.id)

    def delete(self, event_id: str) -> Event:
        event = self.logbook.find_event(event_id)
        self._events.remove(where("id") == event_id)
        return event

    def set_goals(self, goals: Iterable[Goal]) -> None:
        self._goals.upsert(Document(goals_document(goals), doc_id=GOALS_DOC_ID))

    def add_completions(self, *completions: Completion) -> None:
        self._completions.insert_multiple(encode_completion(c) for c in completions)

    def remove_completion(self, goal_id: str, day: date) -> None:
        self._completions.remove((where("goal_id") == goal_id) & (where("day") == day.isoformat()))
