"""`holdfast protect on|off|change`: the passphrase that encrypts everything at rest."""

from __future__ import annotations

import argparse

from app.cli.commands import Context
from app.cli.output import say
from app.cli.passphrase import CliPassphrase, new_passphrase
from app.cli.speech import TranslationContext
from app.cli.unlocking import unlock_with_typed
from app.storage import protecting


class CliProtect(TranslationContext):
    """What `holdfast protect` says."""


def protect(args: argparse.Namespace, ctx: Context) -> int:
    store = ctx.store
    if args.switch == "on":
        if store.sealing.protected:
            raise protecting.AlreadyProtected(protecting.ALREADY_ON)
        recovery_key = protecting.turn_on(store, new_passphrase())
        say(
            CliProtect.tr(
                "Protection is on: your entries, notes and journal are encrypted on this "
                "computer, and Holdfast asks for your passphrase to open them."
            )
        )
        say(
            CliProtect.tr(
                "Your recovery key, shown only this once (write it down and keep it somewhere "
                "safe; it unlocks Holdfast if you forget your passphrase):"
            )
        )
        say(f"    {recovery_key}")
        return 0
    if not store.sealing.protected:
        raise protecting.NotProtected(protecting.ALREADY_OFF)
    store.lock()  # the passphrase is asked for even when the login keyring could open it
    unlock_with_typed(store, CliPassphrase.tr("Current passphrase (or recovery key):"))
    protecting.finish_sealing(store)
    if args.switch == "off":
        from app.storage.protection import read_protection

        protection = read_protection(store.folder)
        protecting.turn_off(store)
        if protection is not None and protection.options.unlock_with_login:
            from app.system.login_keyring import forget_key

            forget_key(store.folder)
        say(CliProtect.tr("Protection is off: your entries are written in plain text again."))
        return 0
    keys = store.sealing.keys
    assert keys is not None  # just unlocked
    protecting.change_passphrase(store, keys, new_passphrase())
    say(CliProtect.tr("The passphrase is changed; your recovery key stays the same."))
    return 0
