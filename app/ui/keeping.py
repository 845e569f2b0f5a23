"""The data file as a whole, from the window: export, import, a sync tool's copies, backups."""

from __future__ import annotations

from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import SignalInstance

from app.domain.errors import InvalidEntry
from app.domain.journal import JournalDraft
from app.domain.logbook import Logbook, NewEntries
from app.storage.backups import Backup, Forgotten
from app.storage.errors import StorageError, cannot_use
from app.storage.journal_draft import load_draft, remove_draft, save_draft
from app.storage.store import Store
from app.ui.speech import in_window_words, what_went_wrong

if TYPE_CHECKING:
    from app.storage.conflict_copies import MergedCopies
    from app.storage.sealed_export import AskPassphrase, SealedWith


class Owner(Protocol):
    """What Keeping asks of the controller that owns it: named here, so that neither module
    imports the other."""

    @property
    def logbook(self) -> Logbook: ...

    @property
    def problem(self) -> SignalInstance: ...

    def now(self) -> datetime: ...

    def refresh(self) -> bool: ...


class Keeping:
    """What the window does with the data file as a whole, beside the entries the controller
    changes. A failure is told through the controller's `problem`; what an import or a merge
    added shows through its `refresh`, as another process's change would."""

    def __init__(self, store: Store, controller: Owner) -> None:
        self._store = store
        self._controller = controller

    @property
    def folder(self) -> Path:
        """The data folder, where the journal's draft and the merged copies are kept too."""
        return self._store.folder

    def backups(self) -> list[Backup]:
        """The backups beside the data file, newest first."""
        return self._store.backups.list()

    def file_is_missing(self) -> bool:
        """Whether the data file is missing where it should be, as a sync tool can leave it."""
        return self._store.missing_file() is not None

    @property
    def protected(self) -> bool:
        """Whether the data is protected with a passphrase: an export may then be encrypted."""
        return self._store.sealing.protected

    def export(self, target: Path, overwrite: bool = False, encrypted: bool = False) -> bool:
        """Writes an export to `target`, `encrypted` under the protection in force (it opens
        with the passphrase or the recovery key); replaces a file there only with `overwrite`
        (the save dialog asked)."""
        from app.storage.transfer import export_to

        now = self._controller.now()
        try:
            sealed = self._sealed_with() if encrypted else None
            export_to(target, self._controller.logbook, now, self._store.folder, overwrite, sealed)
        except (InvalidEntry, StorageError) as error:
            self._controller.problem.emit(what_went_wrong(error))
            return False
        return True

    def _sealed_with(self) -> SealedWith:
        from app.storage.protecting import ALREADY_OFF, NotProtected
        from app.storage.protection import Locked, read_protection
        from app.storage.sealed_export import SealedWith

        protection, keys = read_protection(self._store.folder), self._store.sealing.keys
        if protection is None:  # turned off meanwhile, by a command
            raise NotProtected(ALREADY_OFF)
        if keys is None:
            raise Locked
        return SealedWith(protection, keys)

    def import_file(
        self, source: Path, ask_passphrase: AskPassphrase | None = None
    ) -> NewEntries | None:
        """Adds what an export or a Holdfast data file holds that is missing here; returns it,
        or None when nothing was imported. An encrypted export written under other keys opens
        with what `ask_passphrase` gives."""
        try:
            new, _ = self._store.import_from(source, self._controller.now(), ask_passphrase)
        except (InvalidEntry, StorageError, OSError) as error:
            self.report(error)
            return None
        self._controller.refresh()
        return new

    def conflict_copies(self) -> list[Path]:
        """Copies of the data file a sync tool set aside beside it, waiting to be merged."""
        from app.storage.conflict_copies import conflict_copies

        return conflict_copies(self._store.folder)

    def merge_conflict_copies(self) -> MergedCopies | None:
        """Merges the sync tool's copies in and keeps them in merged/; None when it failed."""
        from app.storage.conflict_copies import merge_conflict_copies

        try:
            merged = merge_conflict_copies(self._store, self._controller.now())
        except (InvalidEntry, StorageError, OSError) as error:
            self.report(error)
            return None
        self._controller.refresh()
        return merged

    def forget_journal_entry_in_backups(self, entry_id: str) -> Forgotten | None:
        """Removes a deleted entry's older copies from the backups; None when that failed.

        The data file is not touched, so undoing the delete still puts the entry back there.
        """
        try:
            return self._store.forget_journal_entry_in_backups(entry_id)
        except (StorageError, OSError) as error:
            self.report(error)
            return None

    def journal_draft(self) -> JournalDraft | None:
        """The journal entry being written when the window last closed, if one was kept."""
        return load_draft(self._store.folder, self._store.sealing)

    def keep_journal_draft(self, draft: JournalDraft | None) -> None:
        """Keeps what the Journal's editor holds beside the data; None removes the draft.

        A failure says nothing: it is no reason to interrupt writing, and the next pause in the
        typing tries again.
        """
        with suppress(StorageError, OSError):
            if draft is None:
                remove_draft(self._store.folder)
            else:
                save_draft(self._store.folder, draft, self._store.sealing)

    def report(self, error: Exception) -> None:
        """Tells the user what went wrong; the system's refusals in words that say what to do."""
        self._controller.problem.emit(
            in_window_words(cannot_use(error, self._store.path))
            if isinstance(error, OSError)
            else what_went_wrong(error)
        )
