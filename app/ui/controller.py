"""The one object between the window and the data: it runs the domain's intents and saves them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain import intents
from app.domain.check_ins import CheckIn, Mood, Pull
from app.domain.clock import Clock
from app.domain.clock_doubt import clock_doubt
from app.domain.errors import InvalidEntry
from app.domain.events import Contact, ContactKind, StartedBy, Urge, UrgeKind
from app.domain.goals import Area, Goal, Recurrence, find_goal
from app.domain.hard_dates import HardDate
from app.domain.intents import Action, Change, Intent, Touched, UndoStack
from app.domain.journal import BreakupReason, JournalEntry, Prompt
from app.domain.logbook import Logbook
from app.domain.preferences import Preferences
from app.domain.status import Status, status
from app.domain.timeline import Timeline
from app.storage.errors import DataFileError, MissingDataFile, StorageError, StoreBusy
from app.storage.protection import Locked
from app.storage.status_cache import Overview
from app.storage.store import Restored, Store
from app.ui.file_notices import went_back_text
from app.ui.keeping import Keeping
from app.ui.saving_queue import SavingQueue, unless_saved
from app.ui.speech import what_went_wrong

if TYPE_CHECKING:
    from app.storage.protection import Keys

WATCH_INTERVAL_MS = 1000  # another process's change shows within a second or so
REMEMBER_AFTER_MS = 5000
# The window's thread waits no longer than this for another process to finish saving: a normal
# save takes milliseconds, and a stuck process must never freeze the window.
SAVE_WAIT_SECONDS = 1.0


class _Saved(NamedTuple):
    subject: str  # the id of what the change added or changed, if it names one
    before: Logbook  # the file's logbook as the change found it


class Controller(QObject):
    """Owns the clock, the store and the undo stack; pages read figures from it and send it what
    the user did, which the domain's intents turn into edits.

    Every change is saved before the window shows it. A change that cannot be saved is reported
    through `problem` and the window keeps showing what is on disk: a method then returns None
    or False, where it returns what it saved (as it was, for a delete) or True. An urge or
    contact that waits to be saved (see `_log`) is None until it is.
    """

    # What changed, a Touched: what a change here touched, or EVERYTHING for another process's.
    changed = Signal(object)
    problem = Signal(str)  # something could not be saved or read; the message says what
    news = Signal(str)  # good news for the banner: what waited is saved, an older file mended
    file_missing = Signal(object)  # a MissingDataFile: see SavingQueue.file_missing

    def __init__(
        self,
        store: Store,
        clock: Clock,
        parent: QObject | None = None,
        overview: Overview | None = None,
    ) -> None:
        """With an `overview` from the status cache the window can show its figures at once,
        before every entry is decoded; `load_everything` then reads the rest."""
        super().__init__(parent)
        store.lock_wait = SAVE_WAIT_SECONDS
        self._store = store
        self._clock = clock
        self.keeping = Keeping(store, self)
        if overview is None:
            # The caller handles a damaged file before the window opens.
            self._logbook = store.load()
            self._timeline = Timeline.of(self._logbook.events)
        else:
            self._logbook, self._timeline = overview.logbook, overview.timeline
        self._everything_loaded = overview is None
        self._undo = UndoStack()
        self._watch = QTimer(self, interval=WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self.refresh)
        # Once things are quiet, the status cache is brought up to date for a quick next start.
        self._remember = QTimer(self, interval=REMEMBER_AFTER_MS, singleShot=True)
        self._remember.timeout.connect(self.remember_overview)
        self.changed.connect(lambda: self._remember.start())
        # What waits to be saved; `waiting.save_earlier` saves what an earlier window left.
        self.waiting = SavingQueue(store, self.now, self._log, parent=self)
        self.waiting.kept.connect(self.problem)
        self.waiting.saved.connect(lambda _news: self.refresh())  # saved without the controller
        self.waiting.saved.connect(self.news)
        self.waiting.file_missing.connect(self.file_missing)

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

    @contextmanager
    def problems_told(self) -> Iterator[list[str]]:
        """What goes wrong meanwhile, for a dialog to say itself: the window's banner, where a
        problem is told otherwise, is behind the dialog."""
        told: list[str] = []
        hear = told.append  # the one bound method, so the same one is disconnected
        self.problem.connect(hear)
        try:
            yield told
        finally:
            self.problem.disconnect(hear)

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

    # Watching for other processes, and the file coming back

    def start_watching(self) -> None:
        self._watch.start()

    def refresh(self) -> bool:
        """Picks up what another process saved (one stat call when nothing changed); returns
        whether the data file could be read."""
        try:
            logbook = self._store.follow(self.now())  # an older copy put in place is mended
        except MissingDataFile as error:
            self.waiting.file_gone(error, again=False)  # the watch goes on, to see it come back
            return False
        except DataFileError as error:
            self._watch.stop()  # nothing more is read or written until the user acts
            self.problem.emit(what_went_wrong(error))
            return False
        except StoreBusy:
            return False  # the next look, a second later, tries again
        except (StorageError, OSError) as error:
            self.keeping.report(error)
            return False
        if logbook is not self._logbook:
            self._show(logbook, Touched.EVERYTHING)
        self.waiting.file_found()  # put back by the user or a sync tool, if it was gone
        if self._store.sealing.protected:
            # `holdfast urge`, locked where this window is not, kept its entry sealed for later.
            self.waiting.save_kept_elsewhere()
        return True

    def remember_overview(self) -> None:
        """Brings the status cache (and the day count a locked panel may show) up to date, for
        a quick next start."""
        self._store.remember_overview()
        if self._store.sealing.protected:
            from app.storage.day_count import follow_day_count

            # Once things are quiet, so the overview comes from the status cache just written.
            follow_day_count(self._store, self.now())

    # Protection: locked, nothing is read or saved

    def lock(self) -> None:
        """Stops reading and saving, and forgets the keys and every table the store held. An
        urge or contact logged meanwhile is kept sealed for the next unlock (see `_run`)."""
        self._watch.stop()
        self._remember.stop()
        if self._store.sealing.keys is not None:
            self.remember_overview()  # while it can still be read
        self._store.lock()

    def unlock(self, keys: Keys | None) -> None:
        """Reads and saves again, with `keys` (those the lock screen or Settings ended with),
        as protection.json says now (see unlocking.unlock_store): what waited is saved, and
        what other processes saved meanwhile shows. Still locked when they no longer open it."""
        from app.ui.unlocking import unlock_store  # loaded only where protection is on

        try:
            unlock_store(self._store, keys)
        except (StorageError, OSError) as error:
            self.keeping.report(error)  # left readable as it is; the next unlock tries again
        if self._store.locked:
            return
        self._watch.start()
        self.refresh()  # which stops the watch again if the file cannot be read
        self.waiting.unlocked()

    def restore(self, backup_name: str | None) -> Restored | None:
        """Puts a backup in place of the data file; None when that failed."""
        try:
            restored = self._store.restore(self.now(), backup_name)
            logbook = self._store.follow(self.now())
        except (StorageError, OSError) as error:
            self.keeping.report(error)
            return None
        self._undo.clear()  # entries logged before the restore may no longer exist
        self._show(logbook, Touched.EVERYTHING)
        self._watch.start()
        self.waiting.file_found()
        return restored

    # What the user does: each runs one of the domain's intents

    def begin(
        self,
        since: datetime | None,
        target_days: int,
        goals: tuple[Goal, ...],
        unsafe: bool = False,
        betrayal: bool = False,
    ) -> bool:
        begin = partial(intents.begin, since=since, target_days=target_days, goals=goals)
        return self._done(partial(begin, unsafe=unsafe, betrayal=betrayal))

    def replan(self, since: datetime | None, target_days: int) -> bool:
        return self._done(partial(intents.replan, since=since, target_days=target_days))

    def set_preferences(self, preferences: Preferences) -> bool:
        return self._done(partial(intents.set_preferences, preferences=preferences))

    def log_urge(self, kind: UrgeKind) -> Urge | None:
        change = intents.log_urge(self._logbook, self.now(), kind)
        return intents.added(change, Urge) if self._log(change) else None

    def save_logged(self, change: Change) -> bool:
        """Saves an urge logged before this controller was made, as logged then: from the tray
        of a Holdfast locked at its start, which the folder would not take then."""
        return self._log(change)

    def record_contact(
        self,
        kind: ContactKind,
        started_by: StartedBy,
        necessary: bool,
        note: str,
        at: datetime | None = None,
    ) -> Contact | None:
        """Records a contact `at` (when it happened; now when not given). One the domain refuses
        is said in the window's problem line, and nothing is saved."""
        now = self.now()
        try:
            change = intents.record_contact(
                self._logbook, now, kind, started_by, necessary, note, at=at
            )
        except InvalidEntry as error:
            self.problem.emit(what_went_wrong(error))
            return None
        return intents.added(change, Contact) if self._log(change) else None

    def add_urge_details(
        self, urge_id: str, intensity: int | None, note: str, unsent_message: str
    ) -> bool:
        add = partial(intents.add_urge_details, intensity=intensity, note=note)
        return self._done(partial(add, urge_id=urge_id, unsent_message=unsent_message))

    def edit_entry(self, edited: Urge | Contact) -> Urge | Contact | None:
        return edited if self._done(partial(intents.edit_entry, edited=edited)) else None

    def delete_entry(self, entry_id: str) -> Urge | Contact | None:
        saved = self._run(partial(intents.delete_entry, entry_id=entry_id))
        entry = None if saved is None else saved.before.find_event(entry_id)
        return entry if isinstance(entry, Urge | Contact) else None

    def set_goal_done(self, goal_id: str, done: bool) -> bool:
        return self._done(partial(intents.set_goal_done, goal_id=goal_id, done=done))

    def add_goal(self, area: Area, title: str, recurrence: Recurrence) -> Goal | None:
        reserved = intents.deleted_goal_ids(self._undo)
        add = partial(intents.add_goal, area=area, title=title, recurrence=recurrence)
        saved = self._run(partial(add, reserved=reserved))
        return None if saved is None else find_goal(self._logbook.goals, saved.subject)

    def answer_healing_swap(self, swap: bool) -> bool:
        reserved = intents.deleted_goal_ids(self._undo)
        return self._done(partial(intents.answer_healing_swap, swap=swap, reserved=reserved))

    def rename_goal(self, goal_id: str, title: str) -> bool:
        return self._done(partial(intents.rename_goal, goal_id=goal_id, title=title))

    def set_goal_recurrence(self, goal_id: str, recurrence: Recurrence) -> bool:
        return self._done(
            partial(intents.set_goal_recurrence, goal_id=goal_id, recurrence=recurrence)
        )

    def move_goal(self, goal_id: str, steps: int) -> bool:
        return self._done(partial(intents.move_goal, goal_id=goal_id, steps=steps))

    def delete_goal(self, goal_id: str) -> Goal | None:
        saved = self._run(partial(intents.delete_goal, goal_id=goal_id))
        return None if saved is None else find_goal(saved.before.goals, goal_id)

    def add_journal_entry(
        self, day: date, text: str, prompt: Prompt | None = None
    ) -> JournalEntry | None:
        saved = self._run(partial(intents.add_journal_entry, day=day, text=text, prompt=prompt))
        return None if saved is None else self._logbook.find_journal_entry(saved.subject)

    def edit_journal_entry(
        self, entry_id: str, day: date, text: str, prompt: Prompt | None
    ) -> JournalEntry | None:
        edit = partial(intents.edit_journal_entry, day=day, text=text, prompt=prompt)
        saved = self._run(partial(edit, entry_id=entry_id))
        return None if saved is None else self._logbook.find_journal_entry(entry_id)

    def delete_journal_entry(self, entry_id: str) -> JournalEntry | None:
        saved = self._run(partial(intents.delete_journal_entry, entry_id=entry_id))
        return None if saved is None else saved.before.find_journal_entry(entry_id)

    def check_in(self, mood: Mood, pull: Pull, note: str | None = None) -> CheckIn | None:
        """Today's check-in; checking in again the same day changes it (the note stays as it was
        when `note` is None). Returns the check-in as saved."""
        saved = self._run(partial(intents.check_in, mood=mood, pull=pull, note=note))
        return None if saved is None else self._logbook.find_check_in(saved.subject)

    def edit_check_in(
        self, check_in_id: str, mood: Mood, pull: Pull, note: str | None = None
    ) -> CheckIn | None:
        """New answers for a check-in of any day (History); returns it as saved."""
        edit = partial(intents.edit_check_in, check_in_id=check_in_id, mood=mood, pull=pull)
        saved = self._run(partial(edit, note=note))
        return None if saved is None else self._logbook.find_check_in(check_in_id)

    def delete_check_in(self, check_in_id: str) -> CheckIn | None:
        """Deletes a check-in; returns it as it was, for the line that offers to undo it."""
        saved = self._run(partial(intents.delete_check_in, check_in_id=check_in_id))
        return None if saved is None else saved.before.find_check_in(check_in_id)

    def set_breakup_reasons(self, reasons: Iterable[BreakupReason]) -> bool:
        return self._done(partial(intents.set_breakup_reasons, reasons=frozenset(reasons)))

    def choose_breakup_reason(self, reason: BreakupReason, chosen: bool) -> bool:
        return self._done(partial(intents.choose_breakup_reason, reason=reason, chosen=chosen))

    def add_hard_date(
        self, month: int, day: int, year: int | None, label: str, plan: str
    ) -> HardDate | None:
        """A day the user expects to be hard, every year when `year` is None."""
        add = partial(intents.add_hard_date, month=month, day=day, year=year)
        saved = self._run(partial(add, label=label, plan=plan))
        return None if saved is None else self._logbook.find_hard_date(saved.subject)

    def edit_hard_date(
        self, hard_date_id: str, month: int, day: int, year: int | None, label: str, plan: str
    ) -> HardDate | None:
        edit = partial(intents.edit_hard_date, month=month, day=day, year=year)
        saved = self._run(partial(edit, hard_date_id=hard_date_id, label=label, plan=plan))
        return None if saved is None else self._logbook.find_hard_date(hard_date_id)

    def remove_hard_date(self, hard_date_id: str) -> HardDate | None:
        """Removes a hard date; returns it as it was, for the line that offers to undo it."""
        saved = self._run(partial(intents.remove_hard_date, hard_date_id=hard_date_id))
        return None if saved is None else saved.before.find_hard_date(hard_date_id)

    # Undo: Edit > Undo takes back the newest change; the banners, one change of one thing

    def undo(self) -> bool:
        return self._take_back(self._undo.pop())

    def undo_logging(self, entry_id: str) -> bool:
        """Takes back an urge or contact just logged here, even when other changes came since."""
        logged = (Action.LOG_URGE, Action.RECORD_CONTACT)
        return self._take_back(self._undo.pop_latest(entry_id, *logged))

    def undo_entry_change(self, entry_id: str) -> bool:
        """Takes back the last edit or delete of an urge or contact made here."""
        changed = (Action.EDIT_ENTRY, Action.DELETE_ENTRY)
        return self._take_back(self._undo.pop_latest(entry_id, *changed))

    def undo_goal_deletion(self, goal_id: str) -> bool:
        return self._take_back(self._undo.pop_latest(goal_id, Action.DELETE_GOAL))

    def undo_journal_deletion(self, entry_id: str) -> bool:
        return self._take_back(self._undo.pop_latest(entry_id, Action.DELETE_JOURNAL_ENTRY))

    def undo_hard_date_removal(self, hard_date_id: str) -> bool:
        return self._take_back(self._undo.pop_latest(hard_date_id, Action.REMOVE_HARD_DATE))

    def undo_check_in_change(self, check_in_id: str) -> bool:
        """Takes back the last edit or delete of a check-in made here."""
        changed = (Action.EDIT_CHECK_IN, Action.DELETE_CHECK_IN)
        return self._take_back(self._undo.pop_latest(check_in_id, *changed))

    # Inner workings

    def _done(self, intent: Intent) -> bool:
        return self._run(intent) is not None

    def _log(self, change: Change) -> bool:
        """Saves an urge or contact logged. One that finds another process busy, or the data
        file gone, waits in the saving queue and is saved as soon as it can be."""
        return self._run(partial(unless_saved, change=change), waiting=change) is not None

    def _take_back(self, undo: Intent | None) -> bool:
        # Refused when what it puts back is there already or what it takes back is gone (another
        # process got there first): then there is nothing left to undo, and nothing to say.
        return undo is not None and self._run(undo, undoing=True) is not None

    def _run(
        self, intent: Intent, undoing: bool = False, waiting: Change | None = None
    ) -> _Saved | None:
        """Runs `intent` on the file's logbook under the store's lock and saves its edits in one
        write; None, once the user is told why, when nothing was saved."""
        now = self.now()
        try:
            with self._store.transaction(now) as changes:
                before = changes.logbook
                change = intent(before, now)
                changes.apply(*change.edits)
        except InvalidEntry as error:
            if not undoing:
                self.problem.emit(what_went_wrong(error))
            return None
        except MissingDataFile as error:
            # Refused, so that no new file hides the loss; what can wait, waits for its return.
            self.waiting.file_gone(error, keep=waiting)
            return None
        except StoreBusy as error:
            if waiting is None:
                self.problem.emit(what_went_wrong(error))
            else:
                self.waiting.keep_while_busy(waiting)  # which says so
            return None
        except Locked as error:
            if waiting is None:
                self.keeping.report(error)
                return None
            if self.waiting.keep_while_locked(waiting):
                return None
            return self._run(intent, undoing, waiting)  # protection was turned off meanwhile
        except (StorageError, OSError) as error:
            self.keeping.report(error)
            return None
        self._undo.push(change)  # before the signal, so the Edit menu sees it at once
        # The transaction may have picked up another process's change on the way.
        self._show(
            changes.logbook, change.touched if before is self._logbook else Touched.EVERYTHING
        )
        return _Saved(change.subject_id or "", before)

    def _show(self, logbook: Logbook, touched: Touched) -> None:
        if logbook.events is not self._logbook.events:
            self._timeline = Timeline.of(logbook.events)
        self._logbook = logbook
        if touched:
            self.changed.emit(touched)
        for mend in self._store.take_mended():  # an older copy of the file was put in place
            self.news.emit(went_back_text(mend.missing, mend.undone))
