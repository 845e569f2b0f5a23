"""The storage tests' protected mode: one passphrase and one set of keys for the whole run, and a
Store that comes up unlocked, as after the user typed the passphrase, for every folder protected
with them, in the test's own process and in the processes it starts.

A test process is in protected mode while HOLDFAST_TEST_KEYS holds the keys (tests/storage/
conftest.py sets it for the test, so every process the test starts inherits it). Nothing of this
is in app/: a process started by a test unlocks by calling `unlock_as_the_user` first.

    python -m tests.storage.protected_mode ARGS...   runs `holdfast ARGS...` so unlocked
"""

from __future__ import annotations

import base64
import os
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

from app.storage import sealing
from app.storage.files import make_private_folder
from app.storage.protection import Keys, Protection, Sealing, new_protection, write_protection

KEYS_VARIABLE = "HOLDFAST_TEST_KEYS"
PASSPHRASE = "seven tired owls at the harbour"
# Argon2id and scrypt as cheap as they go: the real parameters cost about 0.3 s a derivation.
# They are written into protection.json, so whoever unlocks it later derives as cheaply.
QUICK_ARGON2ID = {"name": "argon2id", "memory_kib": 8, "iterations": 1, "lanes": 1}
QUICK_SCRYPT = {"name": "scrypt", "n": 2**4, "r": 8, "p": 1}
# Where the tests' own modules are imported from, by the processes the tests start.
REPOSITORY = Path(__file__).resolve().parents[2]


@cache
def suite_protection() -> tuple[Protection, Keys, str]:
    """The protection every protected-mode folder gets, its keys and its recovery key: made once
    per run, with PASSPHRASE."""
    derivations = sealing.ARGON2ID, sealing.SCRYPT
    sealing.ARGON2ID, sealing.SCRYPT = QUICK_ARGON2ID, QUICK_SCRYPT
    try:
        return new_protection(PASSPHRASE)
    finally:
        sealing.ARGON2ID, sealing.SCRYPT = derivations


def protect(folder: Path) -> Path:
    """Turns protection on for an empty or missing `folder` with the suite's passphrase, as
    `holdfast protect on` leaves a folder that holds nothing yet (protection.json alone)."""
    make_private_folder(folder)
    write_protection(folder, suite_protection()[0])
    return folder


def encoded(keys: Keys) -> str:
    return ":".join(
        base64.b64encode(key).decode("ascii")
        for key in (keys.data_key, keys.private_key, keys.public_key)
    )


def keys_from_environment() -> Keys | None:
    """The keys of protected mode; None in plain mode."""
    value = os.environ.get(KEYS_VARIABLE)
    if not value:
        return None
    data_key, private_key, public_key = (base64.b64decode(part) for part in value.split(":"))
    return Keys(data_key, private_key, public_key)


def unlocked_sealing_of(keys: Keys) -> Callable[[Path], Sealing]:
    """`app.storage.protection.sealing_of`, but a folder protected with `keys` comes up
    unlocked; any other folder as it would (plain, or locked under other keys)."""
    from app.storage.protection import sealing_of

    def unlocked(folder: Path) -> Sealing:
        found = sealing_of(folder)
        if found.public_key == keys.public_key:
            found.keys = keys
        return found

    return unlocked


def unlock_as_the_user() -> None:
    """In a process a protected-mode test started: every Store of a folder protected with the
    suite's keys comes up unlocked from now on. Nothing in plain mode."""
    keys = keys_from_environment()
    if keys is None:
        return
    import app.storage.store

    # The name the Store looks up when it starts (store.py imports it from protection.py).
    vars(app.storage.store)["sealing_of"] = unlocked_sealing_of(keys)


if __name__ == "__main__":
    unlock_as_the_user()
    from app.cli import main

    sys.exit(main(sys.argv[1:]))
