"""Urges and contacts logged while they cannot be saved, kept on disk until they can be."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.events import Contact, Urge
from app.domain.intents import AddEvents, Change
from app.domain.logbook import Logbook
from app.storage.errors import (
    MissingDataFile,
    StorageError,
    StoreBusy,
    WriteFailed,
    cannot_use,
    explain,
)
from app.storage.lock import lock_is_free as lock_is_free_in
from app.storage.waiting_entries import (
    SavedNow,
    anything_set_aside,
    damaged_list_kept,
    keep_for_later,
    keep_waiting,
    save_set_aside,
    set_aside_waiting,
)
from app.ui.speech import in_window_words, what_went_wrong

if TYPE_CHECKING:
    from app.storage.store import Store

RETRY_INTERVAL_MS = 1000  # how often what waits for a busy process is tried again


class SavingQueue(QObject):
    """What the user logged while another Holdfast process held the lock, or while the data file
    was missing: kept in order, and saved once that is over.

    An urge logged at a hard moment must never be lost to a stuck process or a sync tool that
    took the file away for a while; only these wait, as nothing else is worth keeping unsaved.
    What waits is on disk too (see app/storage/waiting_entries.py), so quitting, a logout, a kill
    or a crash loses none of it: the next window, or the next command, saves it.
    """

    # For the window's banner: not saved yet, as another process is busy; or what went wrong
    # keeping what waits, or saving what an earlier window left.
    kept = Signal(str)
    saved = Signal(str)  # all that waited is saved now: the news, for the window's banner
    # The data file is gone (the MissingDataFile says which backup can put it back): nothing is
    # saved until it is back.
    file_missing = Signal(object)
    # Logged while Holdfast is locked: kept (sealed, on disk if it could be) for the next unlock.
    kept_while_locked = Signal()

    def __init__(
        self,
        store: Store,
        now: Callable[[], datetime],
        save: Callable[[Change], object],
        lock_is_free: Callable[[], bool] | None = None,
        parent: QObject | None = None,
    ) -> None:
        """`save` saves one change, or hands it back to `keep_while_busy` or `file_gone`;
        `lock_is_free` looks, without waiting, whether another process still holds the lock."""
        super().__init__(parent)
        self._store = store
        self._now = now
        self._save = save
        self._lock_is_free = lock_is_free or (lambda: lock_is_free_in(store.folder))
        self._waiting: list[Change] = []
        self._missing = False  # the data file was found gone, and not back yet
        self._saving = False  # the list on disk is written once all were tried
        self._retry = QTimer(self, interval=RETRY_INTERVAL_MS)
        self._retry.timeout.connect(self.save_after_busy)
        # The list an earlier window left is set aside before this one writes its own over it.
        with suppress(OSError):  # a folder that cannot be changed: this window's writes say so
            set_aside_waiting(store.folder)
        self._earlier = anything_set_aside(store.folder)

    def keep_while_busy(self, change: Change) -> None:
        """Keeps `change`, tried every second until the other process lets go."""
        self._keep(change)
        self._retry.start()
        self.kept.emit(
            self.tr(
                "Another Holdfast process is busy with your data, so this is not saved yet. "
                "It is kept, and saved as soon as the other process lets go."
            )
        )
        self._write()  # after the news above: a failure to keep it on disk too says so last

    def keep_while_locked(self, change: Change) -> bool:
        """Keeps what `change` logs while Holdfast is locked, sealed to the folder's public key
        as `holdfast urge` keeps it then: the next unlock adds it, once. False when protection
        was turned off meanwhile: nothing was kept, and it can be saved as usual now."""
        try:
            if not keep_for_later(self._store, list(_entries((change,)))):
                return False
        except StoreBusy:
            self.keep_while_busy(change)  # tried again after the unlock, like any other
        except (StorageError, OSError):
            # Not on disk as a list of its own: kept here (and in this window's list, sealed
            # for later, which says so if it cannot be written either) until the unlock.
            self._keep(change)
            self._write()
        else:
            self._earlier = True
        self.kept_while_locked.emit()
        return True

    def unlocked(self) -> None:
        """Holdfast was unlocked: saves what waited meanwhile, what `holdfast urge` and the
        tray kept sealed while it was locked included."""
        self._earlier = anything_set_aside(self._store.folder)
        if self._waiting:
            self._retry.start()  # until another process lets go, as after a busy one
            self.save_after_busy()
        else:
            self.save_earlier()

    def save_kept_elsewhere(self) -> None:
        """Saves what a command kept sealed while it was locked, if anything: one look at the
        folder, for the watch to take every second while this window is unlocked."""
        if anything_set_aside(self._store.folder):
            self._earlier = True
            self.save_earlier()

    def save_after_busy(self) -> None:
        """Saves what waited for another process, once it has let go of the lock: what this
        window logged, then what an earlier one left. Also the last try, as the window quits."""
        if self._store.locked:
            return  # nothing can be saved; `unlocked` tries again
        if not (self._waiting or self._earlier) or not self._lock_is_free():
            return
        self._retry.stop()
        if self._waiting and self._save_all():
            self.saved.emit(
                self.tr("Saved now: what you logged while another Holdfast process was busy.")
            )
        self.save_earlier()

    def save_earlier(self) -> None:
        """Saves what an earlier window left waiting (it was quit, or ended, before it could),
        and says so once; tried again every second while another process holds the lock."""
        if not self._earlier or self._store.locked:
            return
        if not self._lock_is_free():
            self._retry.start()
            return
        try:
            saved = save_set_aside(self._store, self._now())
        except StoreBusy:
            self._retry.start()
            return
        except MissingDataFile as error:
            self.file_gone(error, again=False)  # and saved once it is back
            return
        except StorageError as error:
            self.kept.emit(what_went_wrong(error))
            return
        except OSError as error:
            self.kept.emit(in_window_words(cannot_use(error, self._store.path)))
            return
        self._earlier = anything_set_aside(self._store.folder)  # kept while there is no file
        if saved.urges or saved.contacts:
            self.saved.emit(self._saved_earlier_text(saved))
        for kept_as in saved.damaged:
            self.kept.emit(in_window_words(damaged_list_kept(kept_as)))

    def file_gone(
        self, missing: MissingDataFile, keep: Change | None = None, again: bool = True
    ) -> None:
        """The data file is missing: `keep` waits for it, and the window is told; told `again`
        for each save refused, where the watch tells it once."""
        if keep is not None:
            self._keep(keep)
        if again or not self._missing:
            self._missing = True
            self.file_missing.emit(missing)
        if keep is not None:
            self._write()

    def file_found(self) -> None:
        """The data file is there: if it was missing, what waited for it is saved now."""
        if not self._missing:
            return
        self._missing = False
        if self._waiting and self._save_all():
            self.saved.emit(self.tr("Saved now: what you logged while your data file was missing."))
        self.save_earlier()

    def _keep(self, change: Change) -> None:
        if change not in self._waiting:
            self._waiting.append(change)

    def _save_all(self) -> bool:
        """Whether none is left waiting: one that still cannot be saved is kept again."""
        waiting, self._waiting = self._waiting, []
        # Until all were tried the list on disk stays whole: a crash midway loses nothing, and
        # an entry saved twice is added once.
        self._saving = True
        try:
            for change in waiting:
                self._save(change)
        finally:
            self._saving = False
        self._write()
        return not self._waiting

    def _write(self) -> None:
        """Writes the list of what waits to disk, as it is now (removed once it is empty)."""
        if self._saving:
            return
        try:
            keep_waiting(self._store.folder, list(_entries(self._waiting)), self._store.sealing)
        except (WriteFailed, OSError) as error:
            self.kept.emit(
                self.tr(
                    "What you logged is kept in this window, but it could not be kept on disk "
                    "as well (%s): keep Holdfast open until it is saved."
                )
                % in_window_words(explain(error))
            )

    def _saved_earlier_text(self, saved: SavedNow) -> str:
        counts = [
            said
            for count, said in (
                (saved.urges, self.tr("%n urges", "", saved.urges)),
                (saved.contacts, self.tr("%n contacts", "", saved.contacts)),
            )
            if count
        ]
        what = self.tr(" and ").join(counts)
        if saved.while_locked:
            return self.tr("Added now: %s you logged while Holdfast was locked.") % what
        if saved.urges + saved.contacts == 1:
            return self.tr("Saved now: %s you logged earlier, while it could not be saved.") % what
        return self.tr("Saved now: %s you logged earlier, while they could not be saved.") % what


def unless_saved(logbook: Logbook, _now: datetime, change: Change) -> Change:
    """`change`, as an intent: with nothing left to write when what it logs is in the file
    already, as a command saves what waits on disk while the window is open."""
    logged = [entry.id for entry in _entries((change,))]
    held = {event.id for event in logbook.events} if logged else set()
    if logged and all(entry_id in held for entry_id in logged):
        return replace(change, edits=())
    return change


def _entries(changes: Iterable[Change]) -> Iterable[Urge | Contact]:
    """The urges and contacts that `changes` log."""
    for change in changes:
        for edit in change.edits:
            if isinstance(edit, AddEvents):
                yield from (e for e in edit.events if isinstance(e, Urge | Contact))
