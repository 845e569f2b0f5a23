"""The offers above the pages that mend the data file, wired to the controller: merging a sync
tool's copies, and restoring the newest backup while the file is missing."""

from __future__ import annotations

from datetime import datetime, tzinfo
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject

from app.ui.controller import Controller
from app.ui.widgets.merge_offer import MergeOffer
from app.ui.widgets.restore_offer import RestoreOffer


class _MissingFile(Protocol):
    """What the window reads of the controller's `file_missing` (the storage's own record)."""

    @property
    def path(self) -> Path: ...

    @property
    def newest_backup_at(self) -> datetime | None: ...


class FileOffers(QObject):
    """Holds the two offers, which only show what they are told and ask by signals: here what
    they ask runs through the controller, and what came of it goes back to them."""

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.merge = MergeOffer()
        self.merge.merge_requested.connect(self._merge)
        self.restore = RestoreOffer()
        self.restore.restore_requested.connect(self._restore)
        controller.file_missing.connect(self._file_missing)
        controller.changed.connect(self._look)
        self._offer_copies()

    def _look(self) -> None:
        # A sync tool that sets a copy aside has usually just replaced the data file too.
        self._offer_copies()
        if self.restore.waiting_for_the_file and not self._controller.keeping.file_is_missing():
            self.restore.hide()  # restored here, or put back by the user or a sync tool

    def _offer_copies(self) -> None:
        self.merge.offer(self._controller.keeping.conflict_copies())

    def _merge(self) -> None:
        merged = self._controller.keeping.merge_conflict_copies()
        if merged is None:  # the window's banner says why; the copies are where they were
            self.merge.hide()
            return
        self.merge.show_merged(merged.kept, merged.entries_added, merged.refused)

    def _file_missing(self, missing: _MissingFile) -> None:
        taken = missing.newest_backup_at
        self.restore.offer(missing.path, taken.astimezone(self._zone()) if taken else None)

    def _restore(self) -> None:
        restored = self._controller.restore(None)
        if restored is not None:  # else the window's banner says why
            self.restore.show_restored(restored.backup.taken_at.astimezone(self._zone()))

    def _zone(self) -> tzinfo | None:
        return self._controller.now().tzinfo
