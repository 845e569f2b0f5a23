"""Urges and contacts logged in the window that could not be saved yet, kept on disk until they are.

An urge logged at a hard moment must not be lost because another Holdfast process held the lock
too long or the data file was gone for a while, not even when the window is then quit, killed or
logged out of. The open window keeps its list of what waits in `waiting.json`, beside the data
file: private, written atomically and by that window alone, each time an entry joins or leaves
the list. A list found there is first set aside under a name of its own (`waiting-<8 hex
digits>.json`), never written again, and removed once its entries are in the data file. Setting
a list aside, instead of reading it and deleting it, lets a command save what waited while a
window is open: whatever the window writes next is a new file, which nothing deletes unsaved.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Sequence
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from app.domain.events import Contact, Urge
from app.domain.words import QT_TRANSLATE_NOOP, Said
from app.storage.codec import decode_event, encode_event
from app.storage.errors import StorageError
from app.storage.files import (
    files_named,
    make_private,
    make_private_folder,
    read_ordinary_file,
    remove_leftover_temp_files,
    remove_private_file,
    write_file,
)

if TYPE_CHECKING:
    from app.storage.protection import Sealing
    from app.storage.store import Store

WAITING_FILE_NAME = "waiting.json"
VERSION = 1
# A list set aside. One that cannot be read is renamed out of this pattern: it is said once, and
# kept for whoever wants to look at it.
_SET_ASIDE = re.compile(r"^waiting-[0-9a-f]{8}\.json$")

Waiting = Urge | Contact


class SavedNow(NamedTuple):  # not a dataclass: every command imports this, and status is quick
    """What saving the lists set aside did: the entries it added to the data file (not those
    that were in it already), and where lists that could not be read are kept."""

    urges: int = 0
    contacts: int = 0
    damaged: tuple[Path, ...] = ()
    while_locked: bool = False  # every entry added was logged while Holdfast was locked


def damaged_list_kept(path: Path) -> Said:
    """The sentence for a list of what waited that could not be read, and is kept at `path`:
    the window and the command line both say it."""
    return Said(
        QT_TRANSLATE_NOOP(
            "StorageError",
            "Some urges or contacts that were waiting to be saved could not be read (the file "
            "holding them is damaged), so they are not saved; the file is kept as {path}.",
        ),
        path=str(path),
    )


def waiting_path(folder: Path) -> Path:
    return folder / WAITING_FILE_NAME


def keep_waiting(folder: Path, entries: Sequence[Waiting], sealing: Sealing) -> None:
    """Writes the open window's list of what waits, or removes it once nothing does; raises
    WriteFailed or OSError. A link in its place is neither written through nor removed. With
    protection on it is sealed, to the public key while locked."""
    path = waiting_path(folder)
    if not entries:
        remove_private_file(path)
        # Only the open window writes this list, and one window runs per folder: no write of it
        # is cut off here, only what a killed one left.
        remove_leftover_temp_files(folder, WAITING_FILE_NAME)
        return
    make_private_folder(folder)
    write_file(path, sealing.seal_for_later(_list_bytes(entries)))


def keep_for_later(store: Store, entries: Sequence[Waiting]) -> bool:
    """Keeps urges or contacts logged while Holdfast is locked, sealed to the folder's public
    key, as a list set aside of their own: the next unlock adds them to the data file, once.

    Written as the data file is (a whole new file, fsynced, then renamed into place), under a
    name no other list has, holding the store's lock: turning protection off, which opens every
    list under it, cannot miss this one. False when protection was turned off meanwhile: nothing
    was written, and the store is now plain, to save them the usual way. Raises WriteFailed,
    StoreBusy or OSError.
    """
    from app.storage.lock import store_lock
    from app.storage.protection import read_protection

    make_private_folder(store.folder)
    with store_lock(store.folder, store.lock_wait):
        # Read again under the lock: protection may have been turned off, or on afresh with
        # new keys, since the store was made.
        protection = read_protection(store.folder)
        store.sealing.public_key = None if protection is None else protection.public_key
        if protection is None:
            return False
        path = _free_name(store.folder, lambda token: f"waiting-{token}.json")
        write_file(path, store.sealing.seal_for_later(_list_bytes(entries)))
    return True


def _list_bytes(entries: Sequence[Waiting]) -> bytes:
    payload = {"version": VERSION, "entries": [encode_event(entry) for entry in entries]}
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def set_aside_waiting(folder: Path) -> None:
    """Sets the open list aside, to be saved: a window does so before it writes its own list, as
    the list there was left by an earlier one. A link, or another account's file, stays."""
    path = waiting_path(folder)
    if not make_private(path):
        return  # nothing there, or not Holdfast's to rename
    aside = _free_name(folder, lambda token: f"waiting-{token}.json")
    # One step: the list is under one name or the other, never neither. It may be gone already,
    # set aside by another process.
    with suppress(FileNotFoundError):
        path.rename(aside)


def anything_set_aside(folder: Path) -> bool:
    return bool(_set_aside_lists(folder))


def _anything_to_save(folder: Path, open_list_too: bool) -> bool:
    """One look at the folder, cheap enough for every command."""
    return anything_set_aside(folder) or (open_list_too and waiting_path(folder).is_file())


def save_set_aside(store: Store, now: datetime, open_list_too: bool = False) -> SavedNow:
    """Adds the entries of every list set aside that the data file does not hold yet, merged by
    id, and removes those lists: all under the store's lock, so two processes never both add.

    With `open_list_too` the open list is set aside first, under the lock: a command cannot tell
    a list left behind from an open window's, and the window saves its own entries once only.

    Raises as a transaction does (StoreBusy, MissingDataFile, a damaged data file, a full disk),
    the lists then kept for the next try, as they are while there is no data file. A list that
    cannot be read is renamed out of the way and named in the result, once.
    """
    folder = store.folder
    if not _anything_to_save(folder, open_list_too) or not store.path.exists():
        # Nothing waits: the usual case, seen without taking the lock. Or no data file: a data
        # file is never started here, where what waits was meant for one that went missing.
        return SavedNow()
    with store.transaction(now) as changes:
        # Lists set aside are written under the lock alone (keep_for_later): a temp file of
        # one is what a killed writer left.
        remove_leftover_temp_files(folder, "waiting-*.json")
        if open_list_too:
            set_aside_waiting(folder)
        held = {event.id for event in changes.logbook.events}
        found: dict[str, Waiting] = {}
        logged_unlocked = False
        saved: list[Path] = []
        damaged: list[Path] = []
        for path in _set_aside_lists(folder):
            try:
                entries, boxed = _read_list(path, store.sealing)
            except FileNotFoundError:
                continue
            except (OSError, StorageError, ValueError, KeyError, TypeError):
                damaged.append(path)
                continue
            saved.append(path)
            new = {entry.id: entry for entry in entries if entry.id not in held}
            found.update(new)
            logged_unlocked = logged_unlocked or (bool(new) and not boxed)
        if found:
            changes.add(*sorted(found.values(), key=lambda entry: entry.at))
        for path in saved:
            remove_private_file(path)
        kept = tuple(_keep_damaged(path) for path in damaged)  # under the lock: said once
    return SavedNow(
        urges=sum(isinstance(entry, Urge) for entry in found.values()),
        contacts=sum(isinstance(entry, Contact) for entry in found.values()),
        while_locked=bool(found) and not logged_unlocked,
        damaged=kept,
    )


def save_if_free(store: Store, now: datetime) -> SavedNow:
    """`save_set_aside` for a command, the open list too, when no other process holds the lock:
    a command never waits for it here, and whatever fails, what waits keeps waiting and the
    command goes on (it says in its own words what is wrong with the data file, if anything)."""
    from app.storage.lock import lock_is_free  # only when something waits

    if not (_anything_to_save(store.folder, open_list_too=True) and lock_is_free(store.folder)):
        return SavedNow()
    try:
        return save_set_aside(store, now, open_list_too=True)
    except (StorageError, OSError):
        return SavedNow()


def _read_list(path: Path, sealing: Sealing) -> tuple[list[Waiting], bool]:
    """The entries a list holds, and whether it was sealed while locked (by keep_for_later)."""
    from app.storage.sealing import is_boxed

    stored = read_ordinary_file(path)
    raw = json.loads(sealing.opened(path, stored).decode("utf-8"))
    if raw["version"] != VERSION:
        raise ValueError(f"unknown version {raw['version']!r}")
    entries = [decode_event(document) for document in raw["entries"]]
    waiting = [entry for entry in entries if isinstance(entry, Urge | Contact)]
    if len(waiting) != len(entries):
        raise ValueError("only urges and contacts wait to be saved")
    return waiting, is_boxed(stored)


def _keep_damaged(path: Path) -> Path:
    """Renames a list that cannot be read out of the lists to save, so it is said only once."""
    kept = _free_name(path.parent, lambda token: f"waiting-{token}-damaged.json")
    try:
        path.rename(kept)
    except OSError:
        return path  # said again next time: better than a list quietly forgotten
    return kept


def _set_aside_lists(folder: Path) -> list[Path]:
    return files_named(folder, _SET_ASIDE)


def _free_name(folder: Path, name: Callable[[str], str]) -> Path:
    """A new name in `folder`, from `name` given a random token: nothing there is replaced."""
    while True:
        path = folder / name(os.urandom(4).hex())
        if not (path.exists() or path.is_symlink()):
            return path
