"""The one object between the window and the data: it turns intents into saved entries."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain import goals as checklist
from app.domain.clock import Clock
from app.domain.clock_doubt import clock_doubt
from app.domain.errors import InvalidEntry
from app.domain.events import (
    Contact,
    ContactKind,
    Plan,
    StartedBy,
    Urge,
    UrgeKind,
)
from app.domain.goals import Area, Goal, Recurrence, complete, find_goal
from app.domain.instants import check_instant
from app.domain.journal import BreakupReason, JournalEntry, Prompt, edit_entry, write_entry
from app.domain.logbook import Logbook, NewEntries, log_urge, plan, record_contact
from app.domain.preferences import Preferences
from app.domain.status import Status, status
from app.domain.timeline import Timeline
from app.domain.wallclock import local_date, zone_of
from app.storage.backups import Forgotten
from app.storage.errors import (
    DataFileError,
    MissingDataFile,
    StorageError,
    StoreBusy,
    cannot_use,
)
from app.storage.lock import lock_is_free
from app.storage.status_cache import Overview
from app.storage.store import Restored, Store

if TYPE_CHECKING:
    from app.storage.changes import Changes  # loaded with the first change, not at start
    from app.storage.conflict_copies import MergedCopies

WATCH_INTERVAL_MS = 1000  # another process's change shows within a second or so
REMEMBER_AFTER_MS = 5000
# The window's thread waits no longer than this for another process to finish saving: a normal
# save takes milliseconds, and a stuck process must never freeze the window.
SAVE_WAIT_SECONDS = 1.0
RETRY_INTERVAL_MS = 1000  # how often an entry kept while another process was busy is tried again


class Controller(QObject):
    """Owns the clock and the store; pages read figures from it and send it what the user did.

    Every change is saved before the window shows it. A change that cannot be saved is reported
    through `problem` and the window keeps showing what is on disk.
    """

    changed = Signal()  # the entries changed, here or in another process
    problem = Signal(str)  # something could not be saved or read; the message says what
    news = Signal(str)  # good news for the banner: what waited for a busy process is saved
    # The data file is gone (a MissingDataFile says which backup can put it back): nothing is
    # saved until it is back, and urges and contacts logged meanwhile wait in `_waiting`.
    file_missing = Signal(object)

    def __init__(
        self,
        store: Store,
        clock: Clock,
        parent: QObject | None = None,
        overview: Overview | None = None,
    ) -> None:
        """With an `overview` from the status cache the window can show its figures at once,
        before every entry is decoded; `load_everything` then reads the rest.
        """
        super().__init__(parent)
        store.lock_wait = SAVE_WAIT_SECONDS
        self._store = store
        self._clock = clock
        if overview is None:
            # The caller handles a damaged file before the window opens.
            self._logbook = store.load()
            self._timeline = Timeline.of(self._logbook.events)
        else:
            self._logbook, self._timeline = overview.logbook, overview.timeline
        self._everything_loaded = overview is None
        self._undo: list[Callable[[Changes], object]] = []
        self._watch = QTimer(self, interval=WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self.refresh)
        # Once things are quiet, the status cache is brought up to date for a quick next start.
        self._remember = QTimer(self, interval=REMEMBER_AFTER_MS, singleShot=True)
        self._remember.timeout.connect(store.remember_overview)
        self.changed.connect(self._remember.start)
        # Urges and contacts logged while another process held the lock, saved once it lets go.
        self._waiting: list[Urge | Contact] = []
        self._retry = QTimer(self, interval=RETRY_INTERVAL_MS)
        self._retry.timeout.connect(self.save_waiting)
        self._missing = False  # the data file was found gone, and not back yet

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

    def clock_doubt(self) -> str | None:
        """Why the computer's clock looks wrong, judged from the entries; None if it looks right."""
        return clock_doubt(self._timeline, self._clock.now())

    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def everything_loaded(self) -> bool:
        """False while a quick start shows the overview only: the urges are not decoded yet."""
        return self._everything_loaded

    def load_everything(self) -> None:
        if not self._everything_loaded:
            self._everything_loaded = self.refresh()

    # Watching for other processes

    def start_watching(self) -> None:
        self._watch.start()

    def refresh(self) -> bool:
        """Picks up what another process saved; cheap when nothing changed (one stat call).

        Returns whether the data file could be read.
        """
        try:
            logbook = self._store.follow(self.now())  # an older copy put in place is mended
        except MissingDataFile as error:
            if not self._missing:  # said once; the watch goes on, to see it come back
                self._missing = True
                self.file_missing.emit(error)
            return False
        except DataFileError as error:
            self._watch.stop()  # nothing more is read or written until the user acts
            self.problem.emit(str(error))
            return False
        except StoreBusy:
            return False  # the next look, a second later, tries again
        except (StorageError, OSError) as error:
            self._report(error)
            return False
        if logbook is not self._logbook:
            self._show(logbook)
        if self._missing:  # put back by the user or a sync tool
            self._file_is_back()
        return True

    def _file_is_back(self) -> None:
        self._missing = False
        if self._waiting and self._save_waiting_now():
            self.news.emit(self.tr("Saved now: what you logged while your data file was missing."))

    # What the user does

    def begin(
        self,
        since: datetime | None,
        target_days: int,
        goals: tuple[Goal, ...],
        unsafe: bool = False,
        betrayal: bool = False,
    ) -> bool:
        """The first plan, with the starter goals the user kept, and healing first if they said
        the relationship was abusive, controlling or unsafe, or full of betrayal."""

        def begin(changes: Changes) -> None:
            changes.add(plan(changes.logbook, self.now(), since=since, target_days=target_days))
            if goals != changes.logbook.goals:
                changes.set_goals(goals)
            said = changes.logbook.preferences
            if unsafe or betrayal:
                changes.set_preferences(
                    replace(
                        said,
                        relationship_unsafe=said.relationship_unsafe or unsafe,
                        relationship_betrayal=said.relationship_betrayal or betrayal,
                    )
                )

        return self._change(begin)

    def replan(self, since: datetime | None, target_days: int) -> bool:
        return self._change(
            lambda changes: changes.add(
                plan(changes.logbook, self.now(), since=since, target_days=target_days)
            )
        )

    def log_urge(self, kind: UrgeKind) -> Urge | None:
        urge = log_urge(self.now(), kind)
        return urge if self._record(urge) else None

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
        return contact if self._record(contact) else None

    def _record(self, entry: Urge | Contact) -> bool:
        """Saves a new urge or contact. One that finds another process busy is kept here and
        saved as soon as that process lets go (see `save_waiting`)."""
        if not self._change(lambda changes: changes.add(entry), keep_if_busy=entry):
            return False
        self._undo.append(partial(self._take_back, entry))
        return True

    def save_waiting(self) -> None:
        """Saves what was kept while another process held the lock, once it is free."""
        if not self._waiting or not lock_is_free(self._store.folder):
            return
        self._retry.stop()
        if self._save_waiting_now():
            self.news.emit(
                self.tr("Saved now: what you logged while another Holdfast process was busy.")
            )

    def _save_waiting_now(self) -> bool:
        """Saves the urges and contacts kept here; whether none is left waiting."""
        waiting, self._waiting = self._waiting, []
        for entry in waiting:
            self._record(entry)  # kept again if it still cannot be saved
        return not self._waiting

    def undo_logging(self, entry_id: str) -> bool:
        """Takes back an urge or contact just logged here, even when other changes came since."""
        return self._undo_one((self._take_back,), entry_id)

    def _take_back(self, entry: Urge | Contact, changes: Changes) -> None:
        changes.delete(entry.id)  # refused if it was deleted elsewhere: nothing to undo

    def set_goal_done(self, goal_id: str, done: bool) -> bool:
        now = self.now()
        today = local_date(now, zone_of(now))

        def tick(changes: Changes) -> None:
            goal = find_goal(changes.logbook.goals, goal_id)
            if not done:
                # A weekly goal may have been ticked on an earlier day of the week, a one-off
                # long ago: unticking takes back what makes it done now.
                for tick in checklist.ticks_to_take_back(goal, changes.logbook.completions, today):
                    changes.remove_completion(tick.goal_id, tick.day)
                return
            completion = complete(goal, changes.logbook.completions, now)
            if completion is not None:
                changes.add_completions(completion)

        return self._change(tick)

    def set_preferences(self, preferences: Preferences) -> bool:
        return self._change(lambda changes: changes.set_preferences(preferences))

    def undo(self) -> bool:
        """Takes back the last change made in this window: an urge or contact logged, a past
        one edited or deleted, a goal deleted, a journal entry written, edited or deleted."""
        if not self._undo:
            return False
        action = self._undo.pop()
        # Deleted elsewhere already: there is nothing left to take back.
        return self._change(action, missing_is_fine=True)

    def export(self, target: Path, overwrite: bool = False) -> bool:
        """Writes an export to `target`; replaces a file there only with `overwrite` (the save
        dialog asked)."""
        try:
            from app.storage.transfer import export_to

            export_to(target, self._logbook, self.now(), self._store.folder, overwrite)
        except (InvalidEntry, StorageError) as error:
            self.problem.emit(str(error))
            return False
        return True

    def import_file(self, source: Path) -> NewEntries | None:
        """Adds what an export or a Holdfast data file holds that is missing here; returns it,
        or None when nothing was imported."""
        try:
            new, _ = self._store.import_from(source, self.now())
        except (InvalidEntry, StorageError, OSError) as error:
            self._report(error)
            return None
        self.refresh()
        return new

    def conflict_copies(self) -> list[Path]:
        """Copies of the data file a sync tool set aside beside it, waiting to be merged."""
        from app.storage.conflict_copies import conflict_copies

        return conflict_copies(self._store.folder)

    def merge_conflict_copies(self) -> MergedCopies | None:
        """Merges the sync tool's copies in and keeps them in merged/; None when it failed."""
        from app.storage.conflict_copies import merge_conflict_copies

        try:
            merged = merge_conflict_copies(self._store, self.now())
        except (InvalidEntry, StorageError, OSError) as error:
            self._report(error)
            return None
        self.refresh()
        return merged

    def restore(self, backup_name: str | None) -> Restored | None:
        try:
            restored = self._store.restore(self.now(), backup_name)
            logbook = self._store.follow(self.now())
        except (StorageError, OSError) as error:
            self._report(error)
            return None
        self._undo.clear()  # entries logged before the restore may no longer exist
        self._show(logbook)
        self._watch.start()
        if self._missing:
            self._file_is_back()
        return restored

    # Goals

    def add_goal(self, area: Area, title: str, recurrence: Recurrence) -> Goal | None:
        """Adds a goal at the end of its area; returns it, or None when it was not saved."""
        added: list[Goal] = []

        def add(changes: Changes) -> None:
            goals = changes.logbook.goals
            # Ids with a history stay theirs, so a new goal never inherits old ticks.
            reserved = {c.goal_id for c in changes.logbook.completions}
            reserved.update(self._deleted_goal_ids())
            longer = checklist.add_goal(goals, area, title, recurrence, reserved)
            changes.set_goals(longer)
            added.extend(g for g in longer if g not in goals)

        return added[0] if self._change(add) and added else None

    def answer_healing_swap(self, swap: bool) -> bool:
        """Swaps the starter goals that invite self-blame or longing for healing ones, or keeps
        them; either way the question is not asked again."""

        def answer(changes: Changes) -> None:
            logbook = changes.logbook
            if swap:
                reserved = {c.goal_id for c in logbook.completions} | self._deleted_goal_ids()
                swaps = checklist.healing_swaps(logbook.goals, reserved)
                changes.set_goals(checklist.swap_goals(logbook.goals, swaps))
            changes.set_preferences(replace(logbook.preferences, healing_goals_offered=True))

        return self._change(answer)

    def rename_goal(self, goal_id: str, title: str) -> bool:
        return self._change(
            lambda changes: changes.set_goals(
                checklist.rename_goal(changes.logbook.goals, goal_id, title)
            )
        )

    def set_goal_recurrence(self, goal_id: str, recurrence: Recurrence) -> bool:
        """Once, daily or weekly; the goal's completions so far stay as they are."""
        return self._change(
            lambda changes: changes.set_goals(
                checklist.change_recurrence(changes.logbook.goals, goal_id, recurrence)
            )
        )

    def move_goal(self, goal_id: str, steps: int) -> bool:
        """Moves a goal `steps` places up (negative) or down its area's list."""
        return self._change(
            lambda changes: changes.set_goals(
                checklist.move_within_area(changes.logbook.goals, goal_id, steps)
            )
        )

    def delete_goal(self, goal_id: str) -> Goal | None:
        """Takes a goal off the list; its completions stay, so undo brings it back whole."""
        deleted: list[Goal] = []
        neighbour: list[str | None] = []  # the goal before it, where undo puts it back

        def delete(changes: Changes) -> None:
            goals = changes.logbook.goals
            goal = find_goal(goals, goal_id)
            index = goals.index(goal)
            changes.set_goals(checklist.delete_goal(goals, goal_id))
            deleted.append(goal)
            neighbour.append(goals[index - 1].id if index else None)

        if not self._change(delete) or not deleted:
            return None
        self._undo.append(partial(self._put_goal_back, deleted[0], neighbour[0]))
        return deleted[0]

    def undo_goal_deletion(self, goal_id: str) -> bool:
        """Brings back a goal deleted in this window, even when other entries were made since."""
        return self._undo_one((self._put_goal_back,), goal_id)

    def _put_goal_back(self, goal: Goal, after: str | None, changes: Changes) -> None:
        goals = changes.logbook.goals
        ids = [g.id for g in goals]
        if goal.id in ids:
            raise InvalidEntry(f"the goal {goal.title!r} is on the list already")
        if after in ids:
            position = ids.index(after) + 1  # right after the goal that was before it
        else:  # it was first, or the goal before it is gone too: the start of its area
            position = next((i for i, g in enumerate(goals) if g.area is goal.area), len(goals))
        changes.set_goals(checklist.move_goal((*goals, goal), goal.id, position))

    def _deleted_goal_ids(self) -> set[str]:
        restores = (self._put_goal_back,)
        return {goal_id for a in self._undo if (goal_id := _subject(a, restores)) is not None}

    # Journal

    def add_journal_entry(
        self, day: date, text: str, prompt: Prompt | None = None
    ) -> JournalEntry | None:
        """Saves a new entry about `day`; returns it, or None when it was not saved."""
        written: list[JournalEntry] = []

        def add(changes: Changes) -> None:
            written.append(write_entry(self.now(), day, text, prompt))
            changes.add_journal_entry(written[0])

        if not self._change(add) or not written:
            return None
        entry_id = written[0].id
        self._undo.append(lambda changes: changes.delete_journal_entry(entry_id))
        return written[0]

    def edit_journal_entry(
        self, entry_id: str, day: date, text: str, prompt: Prompt | None
    ) -> JournalEntry | None:
        """Saves new contents for an entry; returns it as saved, or None when it was not saved."""
        before: list[JournalEntry] = []
        after: list[JournalEntry] = []

        def edit(changes: Changes) -> None:
            entry = changes.logbook.find_journal_entry(entry_id)
            edited = edit_entry(entry, self.now(), day, text, prompt)
            if edited is not entry:
                changes.replace_journal_entry(edited)
                before.append(entry)
            after.append(edited)

        if not self._change(edit) or not after:
            return None
        if before:
            previous = before[0]
            self._undo.append(lambda changes: changes.replace_journal_entry(previous))
        return after[0]

    def delete_journal_entry(self, entry_id: str) -> JournalEntry | None:
        """Deletes an entry; undo, or `undo_journal_deletion`, puts it back as it was."""
        deleted: list[JournalEntry] = []

        def delete(changes: Changes) -> None:
            deleted.append(changes.delete_journal_entry(entry_id))

        if not self._change(delete) or not deleted:
            return None
        self._undo.append(partial(self._put_journal_entry_back, deleted[0]))
        return deleted[0]

    def undo_journal_deletion(self, entry_id: str) -> bool:
        """Brings back an entry deleted in this window, even when other entries were made since."""
        return self._undo_one((self._put_journal_entry_back,), entry_id)

    def forget_journal_entry_in_backups(self, entry_id: str) -> Forgotten | None:
        """Removes a deleted entry's older copies from the backups; None when that failed.

        The data file is not touched, so undoing the delete still puts the entry back there.
        """
        try:
            return self._store.forget_journal_entry_in_backups(entry_id)
        except (StorageError, OSError) as error:
            self._report(error)
            return None

    def set_breakup_reasons(self, reasons: Iterable[BreakupReason]) -> bool:
        """The reasons the relationship ended; choosing abuse puts healing first."""
        chosen = frozenset(reasons)
        return self._change(lambda changes: changes.set_breakup_reasons(chosen))

    def choose_breakup_reason(self, reason: BreakupReason, chosen: bool) -> bool:
        """Ticks or unticks one reason, leaving the others as the file holds them.

        A box ticked while the window still shows an older list (a quick start, another
        process) must never drop a reason, least of all the one that puts healing first.
        """

        def choose(changes: Changes) -> None:
            reasons = changes.logbook.breakup_reasons
            changes.set_breakup_reasons(reasons | {reason} if chosen else reasons - {reason})

        return self._change(choose)

    def _put_journal_entry_back(self, entry: JournalEntry, changes: Changes) -> None:
        changes.add_journal_entry(entry)  # refused if it is there already: nothing to undo

    # Past entries

    def edit_entry(self, edited: Urge | Contact) -> Urge | Contact | None:
        """Saves new contents for a past urge or contact, found by its id; returns it as
        saved, or None when it was not saved. Undo puts back the entry as it was."""
        before: list[Urge | Contact] = []

        def edit(changes: Changes) -> None:
            entry = changes.logbook.find_event(edited.id)
            if not isinstance(entry, Urge | Contact):
                raise InvalidEntry("a plan is changed in Settings")
            if type(entry) is not type(edited):
                raise InvalidEntry("an urge stays an urge, and a contact a contact")
            check_instant(edited.at, self.now(), "the time of an entry")
            if edited != entry:
                changes.replace(edited)
                before.append(entry)

        if not self._change(edit):
            return None
        if before:
            self._undo.append(partial(self._restore_entry, before[0]))
        return edited

    def delete_entry(self, entry_id: str) -> Urge | Contact | None:
        """Deletes a past urge or contact; undo, or `undo_entry_change`, puts it back as it was."""
        deleted: list[Urge | Contact] = []

        def delete(changes: Changes) -> None:
            entry = changes.logbook.find_event(entry_id)
            if isinstance(entry, Plan):
                raise InvalidEntry("a plan is changed in Settings, not deleted")
            changes.delete(entry_id)
            deleted.append(entry)

        if not self._change(delete) or not deleted:
            return None
        self._undo.append(partial(self._put_entry_back, deleted[0]))
        return deleted[0]

    def undo_entry_change(self, entry_id: str) -> bool:
        """Takes back the last edit or delete of an urge or contact made in this window, even
        when other entries were made since."""
        return self._undo_one((self._restore_entry, self._put_entry_back), entry_id)

    def _restore_entry(self, entry: Urge | Contact, changes: Changes) -> None:
        changes.replace(entry)  # refused if it was deleted since: nothing to undo

    def _put_entry_back(self, entry: Urge | Contact, changes: Changes) -> None:
        if any(event.id == entry.id for event in changes.logbook.events):
            raise InvalidEntry("the entry is there already")  # never in the file twice
        changes.add(entry)

    # Inner workings

    def _undo_one(self, steps: tuple[Callable[..., None], ...], subject_id: str) -> bool:
        """Takes back the latest of `steps` done to `subject_id`, leaving later steps in place."""
        for index in range(len(self._undo) - 1, -1, -1):
            if _subject(self._undo[index], steps) == subject_id:
                return self._change(self._undo.pop(index), missing_is_fine=True)
        return False

    def _change(
        self,
        change: Callable[[Changes], object],
        missing_is_fine: bool = False,
        keep_if_busy: Urge | Contact | None = None,
    ) -> bool:
        try:
            with self._store.transaction(self.now()) as changes:
                change(changes)
            logbook = changes.logbook
        except InvalidEntry as error:
            if not missing_is_fine:
                self.problem.emit(str(error))
            return False
        except MissingDataFile as error:
            # Refused, so that no new file hides the loss; what can wait, waits for its return.
            if keep_if_busy is not None and keep_if_busy not in self._waiting:
                self._waiting.append(keep_if_busy)
            self._missing = True
            self.file_missing.emit(error)
            return False
        except StoreBusy as error:
            if keep_if_busy is None:
                self.problem.emit(str(error))
                return False
            if keep_if_busy not in self._waiting:
                self._waiting.append(keep_if_busy)
            self._retry.start()
            self.problem.emit(
                self.tr(
                    "Another Holdfast process is busy with your data, so this is not saved yet. "
                    "It is kept, and saved as soon as the other process lets go."
                )
            )
            return False
        except (StorageError, OSError) as error:
            self._report(error)
            return False
        self._show(logbook)
        return True

    def _report(self, error: Exception) -> None:
        """Tells the user what went wrong; the system's refusals in words that say what to do."""
        self.problem.emit(
            cannot_use(error, self._store.path) if isinstance(error, OSError) else str(error)
        )

    def _show(self, logbook: Logbook) -> None:
        if logbook.events is not self._logbook.events:
            self._timeline = Timeline.of(logbook.events)
        self._logbook = logbook
        self.changed.emit()
        for mend in self._store.take_mended():  # an older copy of the file was put in place
            from app.ui.file_notices import went_back_text  # its pages import this module

            self.news.emit(went_back_text(mend))


def _subject(
    action: Callable[[Changes], object], steps: tuple[Callable[..., None], ...]
) -> str | None:
    """The id of the goal or entry an undo step puts back, if it is one of `steps`."""
    if isinstance(action, partial) and action.func in steps:
        subject: Goal | JournalEntry | Urge | Contact = action.args[0]
        return subject.id
    return None
