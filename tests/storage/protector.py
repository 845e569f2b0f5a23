"""A Holdfast process that changes protection over and over, for the tests that kill it at a
random moment (kill -9).

    python -m tests.storage.protector FOLDER change P1 P2 ...  the folder is protected with P1:
                                      changes the passphrase to P2, then the next, round and
                                      round, printing each new one once change_passphrase
                                      returned
    python -m tests.storage.protector FOLDER on-off P  turns protection on with P, then off, on
                                      again, and so on, printing "on" or "off" once each
                                      returned; a folder a kill left protected, half sealed, is
                                      unlocked with P and turned off

Its key derivations are quick ones (tests/storage/protected_mode.py), as in the test itself.
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from app.storage import sealing
from app.storage.protecting import change_passphrase, turn_off, turn_on
from app.storage.protection import read_protection
from app.storage.store import Store
from tests.storage.protected_mode import QUICK_ARGON2ID, QUICK_SCRYPT


def main(argv: list[str]) -> int:
    sealing.ARGON2ID, sealing.SCRYPT = QUICK_ARGON2ID, QUICK_SCRYPT
    folder, mode, passphrases = Path(argv[0]), argv[1], argv[2:]
    store = Store(folder)
    if mode == "change":
        protection = read_protection(folder)
        assert protection is not None
        keys = protection.unlock(passphrases[0])
        for new in itertools.islice(itertools.cycle(passphrases), 1, None):
            change_passphrase(store, keys, new)
            print(new, flush=True)
    if mode == "on-off":
        (passphrase,) = passphrases
        while True:
            protection = read_protection(folder)
            if protection is None:
                turn_on(store, passphrase)
                print("on", flush=True)
                continue
            if store.locked:
                store.unlock(protection.unlock(passphrase))
            turn_off(store)
            print("off", flush=True)
    print(f"unknown mode {mode!r}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
