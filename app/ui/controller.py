"""The one object between the window and the data: it turns intents into saved entries."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.clock import Clock
from app.domain.errors import InvalidEntry
from app.domain.events import Contact, ContactKind, StartedBy, Urge, UrgeKind
from app.domain.goals import Goal, complete, find_goal
from app.domain.logbook import Logbook, log_urge, plan, record_contact
from app.domain.preferences import Preferences
from app.domain.status import Status, status
from app.domain.timeline import Timeline
from app.domain.wallclock import local_date, zone_of
from app.storage.changes import Changes
from app.storage.errors import DataFileError, StorageError
from app.storage.store import Restored, Store
from app.storage.transfer import export_to

WATCH_INTERVAL_MS = 1000  # another process's change shows within a second or so


class Controller(QObject):
    """Owns the clock and the store; pages read figures from it and send it what the user did.

    Every change is saved before the window shows it. A change that cannot be saved is reported
    through `problem` and the window keeps showing what is on disk.
    """

    changed = Signal()  # the entries changed, here or in another process
    problem = Signal(str)  # something could not be saved or read; the message says what

    def __init__(self, store: Store, clock: Clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._logbook = store.load()  # the caller handles a damaged file before the window opens
        self._timeline = Timeline.of(self._logbook.events)
        self._undo: list[Callable[[Changes], object]] = []
        self._watch = QTimer(self, interval=WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self.refresh)

    # What pages read

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def store(self) -> Store:
        return self._store

    @property
    def logbook(self) -> Logbook:
        return self._logbook

    def now(self) -> datetime:
        return self._clock.now()

    def status(self) -> Status:
        # The timeline is kept between ticks: the countdown asks every second.
        return status(self._timeline, self._clock.now())

    def can_undo(self) -> bool:
        return bool(self._undo)

    # Watching for other processes

    def start_watching(self) -> None:
        self._watch.start()

    def refresh(self) -> None:
        """Picks up what another process saved; cheap when nothing changed (one stat call)."""
        try:
            logbook = self._store.load()
        except DataFileError as error:
            self._watch.stop()  # nothing more is read or written until the user acts
            self.problem.emit(str(error))
            return
        except OSError as error:
            self.problem.emit(str(error))
            return
        if logbook is not self._logbook:
            self._show(logbook)

    # What the user does

    def begin(self, since: datetime | None, target_days: int, goals: tuple[Goal, ...]) -> bool:
        """The first plan, with the starter goals the user kept."""

        def begin(changes: Changes) -> None:
            changes.add(plan(changes.logbook, self.now(), since=since, target_days=target_days))
            if goals != changes.logbook.goals:
                changes.set_goals(goals)

        return self._change(begin)

    def replan(self, since: datetime | None, target_days: int) -> bool:
        return self._change(
            lambda changes: changes.add(
                plan(changes.logbook, self.now(), since=since, target_days=target_days)
            )
        )

    def log_urge(self, kind: UrgeKind) -> Urge | None:
        urge = log_urge(self.now(), kind)
        if not self._change(lambda changes: changes.add(urge)):
            return None
        self._undo.append(lambda changes: changes.delete(urge.id))
        return urge

    def add_urge_details(
        self, urge_id: str, intensity: int | None, note: str, unsent_message: str
    ) -> bool:
        def detail(changes: Changes) -> None:
            urge = changes.logbook.find_event(urge_id)
            if not isinstance(urge, Urge):
                raise InvalidEntry("only an urge has these details")
            changes.replace(
                replace(urge, intensity=intensity, note=note, unsent_message=unsent_message)
            )

        return self._change(detail)

    def record_contact(
        self, kind: ContactKind, started_by: StartedBy, necessary: bool, note: str
    ) -> Contact | None:
        contact = record_contact(self.now(), kind, started_by, necessary, note)
        if not self._change(lambda changes: changes.add(contact)):
            return None
        self._undo.append(lambda changes: changes.delete(contact.id))
        return contact

    def set_goal_done(self, goal_id: str, done: bool) -> bool:
        now = self.now()
        today = local_date(now, zone_of(now))

        def tick(changes: Changes) -> None:
            goal = find_goal(changes.logbook.goals, goal_id)
            if not done:
                changes.remove_completion(goal.id, today)
                return
            completion = complete(goal, changes.logbook.completions, now)
            if completion is not None:
                changes.add_completions(completion)

        return self._change(tick)

    def set_preferences(self, preferences: Preferences) -> bool:
        return self._change(lambda changes: changes.set_preferences(preferences))

    def undo(self) -> bool:
        """Takes back the last urge or contact logged in this window."""
        if not self._undo:
            return False
        action = self._undo.pop()
        # Deleted elsewhere already: there is nothing left to take back.
        return self._change(action, missing_is_fine=True)

    def export(self, target: Path) -> bool:
        try:
            export_to(target, self._logbook, self.now(), self._store.path)
        except (InvalidEntry, StorageError) as error:
            self.problem.emit(str(error))
            return False
        return True

    def import_export(self, export: Path) -> int | None:
        """Adds a JSON export's new entries; returns how many, or None when it failed."""
        try:
            new, _ = self._store.import_from(export, self.now())
        except (InvalidEntry, StorageError) as error:
            self.problem.emit(str(error))
            return None
        self.refresh()
        return len(new.events)

    def restore(self, backup_name: str | None) -> Restored | None:
        try:
            restored = self._store.restore(self.now(), backup_name)
            logbook = self._store.load()
        except (StorageError, OSError) as error:
            self.problem.emit(str(error))
            return None
        self._undo.clear()  # entries logged before the restore may no longer exist
        self._show(logbook)
        self._watch.start()
        return restored

    # Inner workings

    def _change(self, change: Callable[[Changes], object], missing_is_fine: bool = False) -> bool:
        try:
            with self._store.transaction(self.now()) as changes:
                change(changes)
            logbook = changes.logbook
        except InvalidEntry as error:
            if not missing_is_fine:
                self.problem.emit(str(error))
            return False
        except (StorageError, OSError) as error:
            self.problem.emit(str(error))
            return False
        self._show(logbook)
        return True

    def _show(self, logbook: Logbook) -> None:
        if logbook.events is not self._logbook.events:
            self._timeline = Timeline.of(logbook.events)
        self._logbook = logbook
        self.changed.emit()
