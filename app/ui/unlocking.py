"""Turning what the lock screen was given into the keys, beside the window; and the keys from the
login keyring, for "Unlock with my login"."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from app.storage.errors import StorageError
from app.storage.protection import Keys, Protection, WrongPassphrase, read_protection
from app.ui.lock_screen import LockScreen
from app.ui.off_thread import Done, OffThread
from app.ui.speech import what_went_wrong

if TYPE_CHECKING:
    from app.storage.store import Store


class Unlocking(QObject):
    """Unlocks with what is typed on `screen`: protection.json is read afresh each time (a
    command may have changed the passphrase meanwhile), and the slow derivation runs off the
    window's thread. A wrong passphrase is said on the screen; nothing is written."""

    # The keys; or None when protection was turned off meanwhile (by `holdfast protect off`),
    # and there is nothing left to unlock.
    unlocked = Signal(object)

    def __init__(self, folder: Path, screen: LockScreen) -> None:
        super().__init__(screen)
        self._folder = folder
        self._screen = screen
        self._work = OffThread(self)
        self._work.finished.connect(self._answer)
        screen.unlock_requested.connect(self._try)

    def _try(self, typed: str) -> None:
        self._screen.show_unlocking()
        folder = self._folder
        self._work.run(lambda: _keys(folder, typed), catching=(StorageError, OSError))

    def _answer(self, done: Done[Keys | None]) -> None:
        if done.error is None:
            self.unlocked.emit(done.value)
        else:
            self._screen.show_refused(what_went_wrong(done.error))


def _keys(folder: Path, typed: str) -> Keys | None:
    protection = read_protection(folder)
    return None if protection is None else protection.unlock_with_either(typed)


def login_keys(folder: Path, protection: Protection, environ: Mapping[str, str]) -> Keys | None:
    """The keys from the login keyring when the user chose "Unlock with my login" and the key
    kept there opens this folder; None otherwise, and the passphrase is asked for."""
    if not protection.options.unlock_with_login:
        return None
    from app.system.login_keyring import kept_key

    key = kept_key(folder, environ)
    if key is None:
        return None
    with suppress(WrongPassphrase):  # a key left from an earlier protection: ask instead
        return protection.keys_from(key)
    return None


def unlock_store(store: Store, keys: Keys | None) -> None:
    """Opens `store` as protection.json says now, with `keys` where they open it: plain when
    protection was turned off (by Settings, or by a command meanwhile); still locked when it was
    turned on afresh with keys of its own. Then seals what a change of protection left plain;
    call before anything reads. Raises DamagedProtectionFile; or StorageError or OSError when
    that sealing fails, everything left readable as it was (the next unlock tries again)."""
    from app.storage.protecting import finish_sealing

    protection = read_protection(store.folder)
    store.lock()  # nothing held in memory was read with keys that may no longer be these
    store.sealing.public_key = None if protection is None else protection.public_key
    if protection is not None and keys is not None:
        with suppress(WrongPassphrase):
            store.unlock(protection.keys_from(keys.data_key))
    finish_sealing(store)
