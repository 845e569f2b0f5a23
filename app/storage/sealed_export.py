"""Encrypted exports: the JSON export sealed under the data key, carrying the data key wrapped as
protection.json wraps it, so the export opens anywhere with the passphrase (or the recovery key)
that was in force when it was written, and with no prompt in the folder it came from.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from app.domain.words import QT_TRANSLATE_NOOP, Said
from app.storage.errors import NotAnExport
from app.storage.protection import Keys, Protection, WrongPassphrase

SEALED_EXPORT_FORMAT = "holdfast-export-sealed"
SEALED_EXPORT_VERSION = 1
# What ask_passphrase returns when the user would rather not give one.
AskPassphrase = Callable[[], str | None]


@dataclass(frozen=True, slots=True)
class SealedWith:
    """The protection an encrypted export is written under, and the keys it unlocked."""

    protection: Protection
    keys: Keys


def sealed_export(plain_export: bytes, sealed: SealedWith) -> bytes:
    from app.storage import sealing

    protection = sealed.protection
    return orjson.dumps(
        {
            "format": SEALED_EXPORT_FORMAT,
            "version": SEALED_EXPORT_VERSION,
            "kdf": protection.kdf,
            "passphrase_wrap": sealing.text(protection.passphrase_wrap),
            "recovery_salt": sealing.text(protection.recovery_salt),
            "recovery_wrap": sealing.text(protection.recovery_wrap),
            "sealed": sealing.text(sealing.seal(sealed.keys.data_key, plain_export, 1)),
        },
        option=orjson.OPT_INDENT_2,
    )


def is_sealed_export(data: object) -> bool:
    return isinstance(data, dict) and data.get("format") == SEALED_EXPORT_FORMAT


def opened_export(
    path: Path, data: dict[str, Any], keys: Keys | None, ask_passphrase: AskPassphrase | None
) -> bytes:
    """The plain JSON export an encrypted one holds: opened with `keys` when they are the ones
    it was written with, else with what `ask_passphrase` gives (asked until it opens or the user
    gives nothing). Raises NotAnExport."""
    from app.storage import sealing

    try:
        if data.get("version") != SEALED_EXPORT_VERSION:
            raise ValueError("version")
        stored = sealing.data(data["sealed"])
        wrapped = Protection(
            kdf=dict(data["kdf"]),
            passphrase_wrap=sealing.data(data["passphrase_wrap"]),
            recovery_salt=sealing.data(data["recovery_salt"]),
            recovery_wrap=sealing.data(data["recovery_wrap"]),
            public_key=b"",
            sealed_private_key=b"",
        )
    except (ValueError, KeyError, TypeError):
        raise _damaged(path) from None
    if keys is not None:
        try:
            return sealing.open_sealed(keys.data_key, stored)
        except sealing.CannotOpen:
            pass  # written under another folder's protection: its passphrase opens it
    while ask_passphrase is not None and (typed := ask_passphrase()) is not None:
        try:
            data_key = wrapped.data_key(typed)
        except WrongPassphrase:
            continue
        try:
            return sealing.open_sealed(data_key, stored)
        except sealing.CannotOpen:
            raise _damaged(path) from None
    raise NotAnExport(
        Said(
            QT_TRANSLATE_NOOP(
                "StorageError",
                "{path} is an encrypted export, and it opens only with the passphrase or "
                "recovery key in force when it was written",
            ),
            path=str(path),
        )
    )


def _damaged(path: Path) -> NotAnExport:
    return NotAnExport(
        Said(
            QT_TRANSLATE_NOOP(
                "StorageError", "{path} is an encrypted export that is damaged and cannot be opened"
            ),
            path=str(path),
        )
    )
