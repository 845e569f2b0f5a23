"""The window's way to protection.json and the keys: what Settings > Privacy and the locking
read and change, run beside the window on a store of their own (see dialogs/protection.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.storage.protection import (
    DEFAULT_LOCK_AFTER_MINUTES,
    LOCK_AFTER_MINUTES,
    Keys,
    LockOptions,
    read_protection,
)
from app.storage.store import Store

__all__ = [
    "DEFAULT_LOCK_AFTER_MINUTES",
    "LOCK_AFTER_MINUTES",
    "Keys",
    "LockOptions",
    "Protected",
    "change_passphrase",
    "keep_in_keyring",
    "lock_after_minutes",
    "options_now",
    "protect_folder",
    "save_options",
    "turn_protection_off",
]


@dataclass(frozen=True, slots=True)
class Protected:
    """What turning protection on gives: the recovery key to show once, and the keys."""

    recovery_key: str
    keys: Keys


def options_now(folder: Path) -> LockOptions | None:
    """The choices protection.json holds; None while protection is off. Raises StorageError."""
    protection = read_protection(folder)
    return None if protection is None else protection.options


def lock_after_minutes(folder: Path, before: int) -> int:
    """How long the window may go unused before it locks; `before` when protection.json cannot
    be read (unlocking says what is wrong) or protection is off."""
    from app.storage.errors import StorageError

    try:
        options = options_now(folder)
    except StorageError:
        return before
    return before if options is None else options.lock_after_minutes


def save_options(store: Store, chosen: LockOptions) -> None:
    """Keeps `chosen` in protection.json (nothing while protection is off); raises StorageError
    or OSError."""
    from app.storage.protecting import set_options

    if read_protection(store.folder) is not None:
        set_options(store, chosen)


# The work, each beside the window, on a store of its own: the window's is held meanwhile.


def protect_folder(folder: Path, passphrase: str) -> Protected:
    from app.storage.protecting import turn_on

    store = Store(folder)
    recovery_key = turn_on(store, passphrase)
    assert store.sealing.keys is not None  # unlocked by turning on
    return Protected(recovery_key, store.sealing.keys)


def change_passphrase(folder: Path, current: str, passphrase: str) -> None:
    from app.storage import protecting

    protecting.change_passphrase(Store(folder), _keys(folder, current), passphrase)


def turn_protection_off(folder: Path, current: str) -> None:
    from app.storage.protecting import turn_off
    from app.system.login_keyring import forget_key

    store = Store(folder)
    store.unlock(_keys(folder, current))
    turn_off(store)
    forget_key(folder)  # a key left there would unlock nothing


def keep_in_keyring(folder: Path, key: bytes, chosen: bool) -> bool:
    """Whether the key is where the choice says: kept (False when there is no keyring), or
    forgotten."""
    from app.system.login_keyring import forget_key, keep_key

    if chosen:
        return keep_key(folder, key)
    forget_key(folder)
    return True


def _keys(folder: Path, typed: str) -> Keys:
    """The keys for the passphrase or recovery key `typed`; raises WrongPassphrase."""
    from app.storage.protecting import ALREADY_OFF, NotProtected

    protection = read_protection(folder)
    if protection is None:  # turned off meanwhile, by a command
        raise NotProtected(ALREADY_OFF)
    return protection.unlock_with_either(typed)
