"""Protection with a passphrase: the protection file beside the data, the keys it guards, and the
Sealing every file holding the user's words is written and read through.

protection.json holds no secret in the clear: a random data key wrapped twice (by the key the
passphrase stands for, and by the recovery key's), the folder's X25519 public key, its private key
sealed under the data key, and the options that must be known before unlocking. Its absence means
protection is off. A checksum of its content tells a file damaged by accident from a wrong
passphrase: a wrong passphrase fails on the wrapped key alone, never on the data file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from app.domain.words import QT_TRANSLATE_NOOP, Said
from app.storage.errors import DamagedDataFile, StorageError
from app.storage.files import read_ordinary_file, write_file

PROTECTION_FILE_NAME = "protection.json"
FORMAT = 1
_PASSPHRASE = b"holdfast passphrase wrap"
_RECOVERY = b"holdfast recovery wrap"
_PRIVATE_KEY = b"holdfast private key"
# The choices a user can make for how long an unlocked window stays unlocked while unused.
LOCK_AFTER_MINUTES = (1, 5, 15, 60)
DEFAULT_LOCK_AFTER_MINUTES = 5


class Locked(StorageError):
    """The data is protected and this process holds no key: nothing was read or written."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StorageError",
                "Holdfast is locked: your entries are protected with a passphrase. Unlock the "
                "window, or give the passphrase when asked; nothing was read or written.",
            )
        )


class WrongPassphrase(StorageError):
    """The passphrase (or recovery key) does not unwrap the data key; nothing was written."""

    def __init__(self, recovery: bool = False) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "StorageError",
                "That recovery key does not unlock Holdfast; check it and try again. Nothing "
                "was changed.",
            )
            if recovery
            else QT_TRANSLATE_NOOP(
                "StorageError",
                "That passphrase does not unlock Holdfast; check it (and Caps Lock) and try "
                "again. Nothing was changed.",
            )
        )


class DamagedProtectionFile(StorageError):
    """protection.json cannot be read: without it the data cannot be opened, so nothing is
    written; it is left exactly as it is."""

    def __init__(self, path: Path, problem: str) -> None:
        self.path = path
        super().__init__(
            Said(
                QT_TRANSLATE_NOOP(
                    "StorageError",
                    "Holdfast cannot read {path}, which holds the key to your protected entries: "
                    "{problem}. Nothing was written. Put back a copy of it from a backup of this "
                    "folder to unlock.",
                ),
                path=str(path),
                problem=problem,
            )
        )


@dataclass(frozen=True, slots=True)
class LockOptions:
    """What the user chose in Settings > Privacy, known before unlocking."""

    unlock_with_login: bool = False  # the data key is in the desktop's keyring
    day_count_while_locked: bool = False  # `status --json` gives the day figures while locked
    lock_after_minutes: int = DEFAULT_LOCK_AFTER_MINUTES


@dataclass(frozen=True, slots=True)
class Keys:
    """What unlocking gives: the data key and the folder's key pair."""

    data_key: bytes = field(repr=False)
    private_key: bytes = field(repr=False)
    public_key: bytes


@dataclass(frozen=True, slots=True)
class Protection:
    """What protection.json holds."""

    kdf: dict[str, Any]
    passphrase_wrap: bytes
    recovery_salt: bytes
    recovery_wrap: bytes
    public_key: bytes
    sealed_private_key: bytes
    options: LockOptions = LockOptions()

    def unlock(self, passphrase: str) -> Keys:
        """The keys, for the right passphrase; raises WrongPassphrase."""
        return self.keys_from(self._passphrase_data_key(passphrase))

    def unlock_with_recovery_key(self, recovery_key: str) -> Keys:
        """The keys, for the recovery key shown at setup (typed with or without its dashes, in
        either case); raises WrongPassphrase."""
        return self.keys_from(self._recovery_data_key(recovery_key))

    def unlock_with_either(self, typed: str) -> Keys:
        """The keys, for the passphrase or the recovery key, whichever `typed` is; raises
        WrongPassphrase. Wherever a passphrase is asked for, the recovery key also unlocks."""
        return self.keys_from(self.data_key(typed))

    def data_key(self, typed: str) -> bytes:
        """The data key, for the passphrase or the recovery key; raises WrongPassphrase."""
        if recovery_key_bytes(typed) is not None:
            try:
                return self._recovery_data_key(typed)
            except WrongPassphrase:
                pass  # a passphrase that looks like a recovery key
        try:
            return self._passphrase_data_key(typed)
        except WrongPassphrase:
            # Said of the recovery key when it was one, mistyped: checking Caps Lock won't help.
            raise WrongPassphrase(recovery=_RECOVERY_KEY_SHAPE.match(typed) is not None) from None

    def _passphrase_data_key(self, passphrase: str) -> bytes:
        from app.storage import sealing

        try:
            wrapping = sealing.passphrase_key(passphrase, self.kdf)
            return sealing.unwrap(wrapping, self.passphrase_wrap, _PASSPHRASE)
        except (sealing.CannotOpen, ValueError, KeyError):  # a kdf no Holdfast wrote: damaged
            raise WrongPassphrase from None

    def _recovery_data_key(self, recovery_key: str) -> bytes:
        from app.storage import sealing

        raw = recovery_key_bytes(recovery_key)
        if raw is None:
            raise WrongPassphrase(recovery=True)
        wrapping = sealing.recovery_wrapping_key(raw, self.recovery_salt)
        try:
            return sealing.unwrap(wrapping, self.recovery_wrap, _RECOVERY)
        except sealing.CannotOpen:
            raise WrongPassphrase(recovery=True) from None

    def keys_from(self, data_key: bytes) -> Keys:
        """The keys, given the data key (from the keyring, say); raises WrongPassphrase for a
        key that does not open this folder's private key."""
        from app.storage import sealing

        try:
            private = sealing.unwrap(data_key, self.sealed_private_key, _PRIVATE_KEY)
        except sealing.CannotOpen:
            raise WrongPassphrase from None
        return Keys(data_key, private, self.public_key)

    def with_passphrase(self, keys: Keys, passphrase: str) -> Protection:
        """This protection, the same data key now wrapped by a new passphrase."""
        from app.storage import sealing

        kdf = sealing.new_kdf()
        wrapped = sealing.wrap(sealing.passphrase_key(passphrase, kdf), keys.data_key, _PASSPHRASE)
        return replace(self, kdf=kdf, passphrase_wrap=wrapped)

    def encoded(self) -> bytes:
        from app.storage import sealing

        body = {
            "format": FORMAT,
            "kdf": self.kdf,
            "passphrase_wrap": sealing.text(self.passphrase_wrap),
            "recovery_salt": sealing.text(self.recovery_salt),
            "recovery_wrap": sealing.text(self.recovery_wrap),
            "public_key": sealing.text(self.public_key),
            "sealed_private_key": sealing.text(self.sealed_private_key),
            "unlock_with_login": self.options.unlock_with_login,
            "day_count_while_locked": self.options.day_count_while_locked,
            "lock_after_minutes": self.options.lock_after_minutes,
        }
        canonical = json.dumps(body, sort_keys=True).encode("utf-8")
        return json.dumps(
            {**body, "checksum": sealing.fingerprint(canonical)}, sort_keys=True, indent=1
        ).encode("utf-8")


def new_protection(passphrase: str) -> tuple[Protection, Keys, str]:
    """Fresh keys for a folder, wrapped by `passphrase`; and the recovery key to show once."""
    import os

    from app.storage import sealing

    data_key = sealing.new_key()
    private, public = sealing.new_key_pair()
    recovery = os.urandom(_RECOVERY_BYTES)
    recovery_salt = os.urandom(16)
    recovery_wrap = sealing.wrap(
        sealing.recovery_wrapping_key(recovery, recovery_salt), data_key, _RECOVERY
    )
    keys = Keys(data_key, private, public)
    unfinished = Protection(
        kdf={},
        passphrase_wrap=b"",
        recovery_salt=recovery_salt,
        recovery_wrap=recovery_wrap,
        public_key=public,
        sealed_private_key=sealing.wrap(data_key, private, _PRIVATE_KEY),
    )
    return unfinished.with_passphrase(keys, passphrase), keys, recovery_key_text(recovery)


def protection_path(folder: Path) -> Path:
    return folder / PROTECTION_FILE_NAME


def is_protected(folder: Path) -> bool:
    return protection_path(folder).is_file()


def read_protection(folder: Path) -> Protection | None:
    """The folder's protection; None when it is off. Raises DamagedProtectionFile."""
    path = protection_path(folder)
    try:
        payload = read_ordinary_file(path)
    except (FileNotFoundError, NotADirectoryError):  # the folder's own trouble is said elsewhere
        return None
    except OSError as error:
        raise DamagedProtectionFile(path, str(error)) from None
    return _decoded(path, payload)


def write_protection(folder: Path, protection: Protection) -> None:
    """Replaces protection.json atomically: an interrupted write leaves the old one whole."""
    write_file(protection_path(folder), protection.encoded())


def remove_protection(folder: Path) -> None:
    from app.storage.files import remove_private_file

    remove_private_file(protection_path(folder))


def _decoded(path: Path, payload: bytes) -> Protection:
    from app.storage import sealing

    try:
        raw = json.loads(payload)
        body = {key: value for key, value in raw.items() if key != "checksum"}
        canonical = json.dumps(body, sort_keys=True).encode("utf-8")
        if raw.get("checksum") != sealing.fingerprint(canonical):
            raise ValueError("checksum")
        if body["format"] != FORMAT:
            raise DamagedProtectionFile(
                path,
                QT_TRANSLATE_NOOP(
                    "StorageError", "it was written by a newer Holdfast, so update Holdfast"
                ),
            )
        minutes = body["lock_after_minutes"]
        return Protection(
            kdf=dict(body["kdf"]),
            passphrase_wrap=sealing.data(body["passphrase_wrap"]),
            recovery_salt=sealing.data(body["recovery_salt"]),
            recovery_wrap=sealing.data(body["recovery_wrap"]),
            public_key=sealing.data(body["public_key"]),
            sealed_private_key=sealing.data(body["sealed_private_key"]),
            options=LockOptions(
                unlock_with_login=body["unlock_with_login"] is True,
                day_count_while_locked=body["day_count_while_locked"] is True,
                lock_after_minutes=(
                    minutes if minutes in LOCK_AFTER_MINUTES else DEFAULT_LOCK_AFTER_MINUTES
                ),
            ),
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        raise DamagedProtectionFile(
            path, QT_TRANSLATE_NOOP("StorageError", "it is damaged (its checksum does not match)")
        ) from None


# The recovery key: 20 random bytes (160 bits), shown as 32 letters and digits in groups of four.
_RECOVERY_BYTES = 20
# What a recovery key typed with a slip still looks like: groups of four letters or digits.
_RECOVERY_KEY_SHAPE = re.compile(r"^\s*[A-Za-z0-9]{3,5}([-\s]+[A-Za-z0-9]{3,5}){5,}\s*$")


def recovery_key_text(raw: bytes) -> str:
    import base64

    letters = base64.b32encode(raw).decode("ascii")
    return "-".join(letters[start : start + 4] for start in range(0, len(letters), 4))


def recovery_key_bytes(typed: str) -> bytes | None:
    """The bytes of a recovery key as typed; None when it cannot be one."""
    import base64
    import binascii

    letters = "".join(typed.split()).replace("-", "").upper()
    # Letters easily misread when written down by hand.
    letters = letters.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(letters)
    except (binascii.Error, ValueError):
        return None
    return raw if len(raw) == _RECOVERY_BYTES else None


# What every file protection writes starts with (sealing.MAGIC_SEALED, MAGIC_BOXED): a plain
# file is told apart without loading the cryptography.
_SEALED_PREFIX = b"HOLDFAST-"


def looks_sealed(stored: bytes) -> bool:
    """Whether the bytes of a file were written by protection rather than as plain JSON."""
    return stored.startswith(_SEALED_PREFIX)


class Sealing:
    """How the files holding the user's words are written and read in one folder.

    Without protection, they are plain JSON as ever. With protection and the keys, each is sealed
    on write and opened on read. With protection and no keys (locked), nothing can be read or
    written but an entry to fold in later, sealed to the folder's public key. A plain file is
    read as it is in every case: one written before protection was turned on, or by a change of
    protection that was interrupted, which the next unlock finishes.
    """

    def __init__(self, public_key: bytes | None = None, keys: Keys | None = None) -> None:
        self.public_key = public_key
        self.keys = keys
        self._counter = 0

    @property
    def protected(self) -> bool:
        return self.public_key is not None

    @property
    def locked(self) -> bool:
        return self.protected and self.keys is None

    def seal(self, plain: bytes) -> bytes:
        """The bytes to write for `plain`; raises Locked when locked."""
        if self.public_key is None:
            return plain
        if self.keys is None:
            raise Locked
        from app.storage import sealing

        self._counter += 1
        return sealing.seal(self.keys.data_key, plain, self._counter)

    def seal_for_later(self, plain: bytes) -> bytes:
        """`seal`, but while locked sealed to the public key, for the next unlock to open."""
        if self.locked:
            from app.storage import sealing

            assert self.public_key is not None
            return sealing.box(self.public_key, plain)
        return self.seal(plain)

    def opened(self, path: Path, stored: bytes) -> bytes:
        """The plain bytes of a file read at `path`; raises Locked, or DamagedDataFile when a
        sealed file does not open with the right key."""
        if not looks_sealed(stored):
            return stored
        from app.storage import sealing

        if not sealing.is_sealed(stored):
            return stored
        if self.public_key is None:
            raise DamagedDataFile(
                path,
                QT_TRANSLATE_NOOP(
                    "StorageError",
                    "it is protected with a passphrase, but protection.json, which holds its key, "
                    "is missing from the folder; put it back to open it",
                ),
            )
        if self.keys is None:
            raise Locked
        try:
            if sealing.is_boxed(stored):
                return sealing.unbox(self.keys.private_key, stored)
            plain = sealing.open_sealed(self.keys.data_key, stored)
        except sealing.CannotOpen:
            raise DamagedDataFile(
                path,
                QT_TRANSLATE_NOOP(
                    "StorageError",
                    "it is protected, and it does not open with the key that opens the others: "
                    "it is damaged",
                ),
            ) from None
        self._counter = max(self._counter, sealing.counter_of(stored))
        return plain


def sealing_of(folder: Path) -> Sealing:
    """The folder's Sealing as it starts: plain, or locked. Raises DamagedProtectionFile."""
    protection = read_protection(folder)
    return Sealing() if protection is None else Sealing(protection.public_key)
