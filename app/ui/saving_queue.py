"""Urges and contacts logged while they cannot be saved, kept until they can be."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.intents import Change

if TYPE_CHECKING:
    from app.storage.errors import MissingDataFile

RETRY_INTERVAL_MS = 1000  # how often what waits for a busy process is tried again


class SavingQueue(QObject):
    """What the user logged while another Holdfast process held the lock, or while the data file
    was missing: kept in memory, in order, and saved once that is over.

    An urge logged at a hard moment must never be lost to a stuck process or a sync tool that
    took the file away for a while; only these wait, as nothing else is worth keeping unsaved.
    """

    kept = Signal(str)  # not saved yet, as another process is busy: the window says so
    saved = Signal(str)  # all that waited is saved now: the news, for the window's banner
    # The data file is gone (the MissingDataFile says which backup can put it back): nothing is
    # saved until it is back.
    file_missing = Signal(object)

    def __init__(
        self,
        save: Callable[[Change], object],
        lock_is_free: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        """`save` saves one change, or hands it back to `keep`; `lock_is_free` looks, without
        waiting, whether another process still holds the lock."""
        super().__init__(parent)
        self._save = save
        self._lock_is_free = lock_is_free
        self._waiting: list[Change] = []
        self._missing = False  # the data file was found gone, and not back yet
        self._retry = QTimer(self, interval=RETRY_INTERVAL_MS)
        self._retry.timeout.connect(self.save_after_busy)

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

    def save_after_busy(self) -> None:
        """Saves what waited for another process, once it has let go of the lock."""
        if not self._waiting or not self._lock_is_free():
            return
        self._retry.stop()
        if self._save_all():
            self.saved.emit(
                self.tr("Saved now: what you logged while another Holdfast process was busy.")
            )

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

    def file_found(self) -> None:
        """The data file is there: if it was missing, what waited for it is saved now."""
        if not self._missing:
            return
        self._missing = False
        if self._waiting and self._save_all():
            self.saved.emit(self.tr("Saved now: what you logged while your data file was missing."))

    def _keep(self, change: Change) -> None:
        if change not in self._waiting:
            self._waiting.append(change)

    def _save_all(self) -> bool:
        """Whether none is left waiting: one that still cannot be saved is kept again."""
        waiting, self._waiting = self._waiting, []
        for change in waiting:
            self._save(change)
        return not self._waiting
