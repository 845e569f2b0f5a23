"""Turning protection on and off, and changing the passphrase, without a moment where the data
cannot be opened.

Every step happens under the store's lock and writes whole files atomically. Turning on writes
protection.json first, then seals the folder's files one by one; turning off opens them one by
one, then removes protection.json. Each file is readable whether plain or sealed, so a change
interrupted anywhere leaves everything readable with the passphrase in force, and the next unlock
(or the same command run again) finishes it. A change of passphrase rewrites protection.json
alone, atomically: the old passphrase works until the rename, the new one from then on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from app.domain.words import QT_TRANSLATE_NOOP
from app.storage.conflict_copies import MERGED_FOLDER
from app.storage.day_count import keep_day_count
from app.storage.errors import DamagedDataFile, StorageError
from app.storage.files import (
    files_named,
    read_ordinary_file,
    remove_leftover_temp_files,
    write_file,
)
from app.storage.lock import store_lock
from app.storage.protection import (
    Keys,
    LockOptions,
    Protection,
    Sealing,
    looks_sealed,
    new_protection,
    read_protection,
    remove_protection,
    write_protection,
)
from app.storage.store import Store

# The files that hold what the user wrote: the data file and its copies (backups, those restore
# set aside, a sync tool's conflict copies), the status cache, the journal draft, the urges and
# contacts waiting to be saved. The lock, window.ini and the language hold none.
_WITH_WORDS = re.compile(
    r"^(holdfast.*\.json|status-cache\.json|journal-draft\.json|waiting(-[0-9a-f]{8}(-damaged)?)?"
    r"\.json)$"
)
# Backups, and the sync tool's conflict copies kept in merged/ once merged.
_COPIES = re.compile(r"^holdfast.*\.json$")
# The same files, as globs naming what their killed writes left (files.remove_leftover_temp_files).
_TEMP_WITH_WORDS = ("holdfast*.json", "status-cache.json", "journal-draft.json", "waiting*.json")


class AlreadyProtected(StorageError):
    pass


class NotProtected(StorageError):
    pass


def turn_on(store: Store, passphrase: str) -> str:
    """Protects the folder with `passphrase` and unlocks `store`; returns the recovery key, to
    show once. Raises AlreadyProtected, or as a save does (the folder then readable as before)."""
    from app.storage.files import make_private_folder

    make_private_folder(store.folder)
    with store_lock(store.folder, store.lock_wait):
        if read_protection(store.folder) is not None:
            raise AlreadyProtected(ALREADY_ON)
        protection, keys, recovery_key = new_protection(passphrase)
        write_protection(store.folder, protection)
        store.unlock(keys)
        _reseal(store, Sealing(keys.public_key, keys))
    return recovery_key


def finish_sealing(store: Store) -> None:
    """Seals what an interrupted `turn_on` (or `turn_off`) left plain; call once unlocked. A
    look at the first bytes of each file when there is nothing to do."""
    if not store.sealing.protected or store.locked:
        return
    if not any(_plain(path) for path in _files_with_words(store.folder)):
        return
    with store_lock(store.folder, store.lock_wait):
        _reseal(store, store.sealing)


def turn_off(store: Store) -> None:
    """Writes every protected file plain again, then removes protection.json; `store` must be
    unlocked. What was logged while locked is opened too, and saved as it would have been."""
    if not store.sealing.protected:
        raise NotProtected(ALREADY_OFF)
    with store_lock(store.folder, store.lock_wait):
        _reseal(store, Sealing())
        remove_protection(store.folder)
        keep_day_count(store.folder, None)


def change_passphrase(store: Store, keys: Keys, passphrase: str) -> None:
    """Wraps the same data key by `passphrase`, in one atomic write of protection.json."""
    with store_lock(store.folder, store.lock_wait):
        protection = _protection(store)
        write_protection(store.folder, protection.with_passphrase(keys, passphrase))


def set_options(store: Store, options: LockOptions) -> None:
    """Keeps what the user chose in Settings > Privacy, in protection.json."""
    with store_lock(store.folder, store.lock_wait):
        protection = _protection(store)
        write_protection(store.folder, replace(protection, options=options))
        if not options.day_count_while_locked:
            keep_day_count(store.folder, None)


def _protection(store: Store) -> Protection:
    protection = read_protection(store.folder)
    if protection is None:
        raise NotProtected(ALREADY_OFF)
    return protection


def _reseal(store: Store, target: Sealing) -> None:
    """Writes each file holding the user's words as `target` writes it, read as the store
    reads it; call holding the lock. Files already as `target` writes them are left alone, and
    what killed writes left is removed: a copy cut short still holds words.

    A copy that no longer opens (a damaged backup, status cache or list) is left byte for byte
    as it is, as Holdfast leaves every damaged file: only a damaged data file stops the change,
    which the next try, after a restore, finishes.
    """
    public_key, keys = target.public_key, target.keys  # `target` may be the store's own
    for folder in (store.folder, store.backups.folder):
        for written in _TEMP_WITH_WORDS:
            remove_leftover_temp_files(folder, written)
    for path in _files_with_words(store.folder):
        try:
            stored = read_ordinary_file(path)
        except FileNotFoundError:
            continue
        if looks_sealed(stored) == (public_key is not None):
            continue
        try:
            plain = store.sealing.opened(path, stored)
        except DamagedDataFile:
            if path == store.path:
                raise
            continue
        write_file(path, target.seal(plain))
    store.lock()  # nothing held in memory was read as the files now are
    store.sealing.public_key, store.sealing.keys = public_key, keys


def _files_with_words(folder: Path) -> Iterator[Path]:
    yield from files_named(folder, _WITH_WORDS)
    yield from files_named(folder / "backups", _COPIES)
    yield from files_named(folder / MERGED_FOLDER, _COPIES)


def _plain(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return not looks_sealed(file.read(16))
    except OSError:
        return False


ALREADY_ON = QT_TRANSLATE_NOOP(
    "StorageError",
    "protection is already on; `holdfast protect change` changes the passphrase",
)
ALREADY_OFF = QT_TRANSLATE_NOOP(
    "StorageError", "protection is off; `holdfast protect on` turns it on"
)
