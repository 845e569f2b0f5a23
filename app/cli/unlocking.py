"""Unlocking a protected folder for a command: with the login keyring when the user chose it,
else with the passphrase (or recovery key) typed or piped in."""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress

from app.cli.passphrase import CliPassphrase, typed_passphrase
from app.storage.protection import WrongPassphrase, read_protection
from app.storage.store import Store

# They answer while locked: an urge or contact is sealed for later, status says it is locked,
# and protect asks for the passphrase itself.
ANSWER_LOCKED = frozenset({"urge", "contact", "status", "protect"})
# Urges and contacts never wait on the keyring: a launcher logs them at a hard moment. Changing
# or ending protection takes the passphrase itself, never only the login.
_WITHOUT_KEYRING = frozenset({"urge", "contact", "protect"})


def unlock_for(store: Store, command: str, environ: Mapping[str, str]) -> None:
    """Unlocks `store` for `command` if it is locked and the command needs the data; raises
    WrongPassphrase (nothing written), DamagedProtectionFile, or InvalidEntry when no
    passphrase was given."""
    if not store.locked:
        return
    protection = read_protection(store.folder)
    if (
        protection is not None
        and protection.options.unlock_with_login
        and (command not in _WITHOUT_KEYRING)
    ):
        from app.system.login_keyring import kept_key

        key = kept_key(store.folder, environ)
        if key is not None:
            with suppress(WrongPassphrase):  # a key left from an earlier protection: ask
                store.unlock(protection.keys_from(key))
    if store.locked and command not in ANSWER_LOCKED:
        unlock_with_typed(
            store, CliPassphrase.tr("Holdfast is locked. Passphrase (or recovery key):")
        )
    if not store.locked:
        from app.storage.protecting import finish_sealing

        finish_sealing(store)


def unlock_with_typed(store: Store, prompt: str) -> None:
    """Unlocks `store` with the passphrase or recovery key typed after `prompt`; raises
    WrongPassphrase, DamagedProtectionFile, or InvalidEntry when none was given."""
    protection = read_protection(store.folder)
    if protection is None:
        return
    store.unlock(protection.unlock_with_either(typed_passphrase(prompt)))
