"""The data key kept in the desktop's login keyring, for "Unlock with my login".

Keeping and forgetting go through `keyring` (the Secret Service on Linux, the system's keychain
elsewhere): it knows each desktop's ways, unlock prompts included, and they happen only when the
person chooses. Reading happens at every start of the window and of `holdfast status --json`,
where importing `keyring` alone (about 60 ms) would cost more than the rest of a status. So
kept_key speaks the Secret Service protocol itself with jeepney, finds exactly what keyring's
SecretService backend writes (the attributes "service" and "username", the password as UTF-8
text), and never prompts: a locked keyring reads as no key, and the passphrase is asked instead.

Nothing here raises or hangs for want of a keyring: no session bus, no Secret Service, a locked
or damaged item, a service that never answers all mean only "no key kept".
"""

from __future__ import annotations

import base64
import binascii
import os
import threading
from _blake2 import blake2b  # not through hashlib, which loads OpenSSL: see instance_link
from collections.abc import Callable, Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any, TypeVar

SERVICE = "holdfast"
KEY_BYTES = 32
# Reading: long enough for the bus to start a Secret Service that is not running yet, short
# enough that a hung one costs a status only this long before it asks for the passphrase.
TIMEOUT_S = 2.0
# Keeping and forgetting: the desktop may ask for the login password to unlock its keyring
# first, and a person takes a while to type it.
CHANGE_TIMEOUT_S = 60.0

_BUS_VARIABLE = "DBUS_SESSION_BUS_ADDRESS"
_BUS_NAME = "org.freedesktop.secrets"
_PATH = "/org/freedesktop/secrets"
_SERVICE_INTERFACE = "org.freedesktop.Secret.Service"
_SESSION_INTERFACE = "org.freedesktop.Secret.Session"
# keyring deletes one matching item a call; more than one is only left over from another tool.
_MOST_COPIES = 8

_T = TypeVar("_T")


def keep_key(folder: Path, key: bytes, *, timeout: float = CHANGE_TIMEOUT_S) -> bool:
    """Keeps `key`, the data key of `folder`, in the login keyring; True once kept_key reads it.

    False, never an exception, where there is no usable keyring (none at all, a locked one the
    person would not unlock, one that did not answer within `timeout` seconds). It is also False
    where keyring stored the key somewhere kept_key cannot read (another backend chosen in
    keyring's settings, a keychain outside the Secret Service): that copy is removed again, so
    a key is never left in a keyring that does not unlock anything.
    """
    if len(key) != KEY_BYTES:
        raise ValueError(f"a data key has {KEY_BYTES} bytes, not {len(key)}")
    account = _account(folder)
    password = base64.b64encode(key).decode("ascii")

    def store() -> bool:
        import keyring

        keyring.set_password(SERVICE, account, password)
        return True

    if not _bounded(store, timeout):
        return False
    if kept_key(folder) == key:
        return True
    forget_key(folder, timeout=timeout)
    return False


def forget_key(folder: Path, *, timeout: float = CHANGE_TIMEOUT_S) -> None:
    """Removes the data key of `folder` from the login keyring, every copy of it.

    Never raises: a key that is not there (or a keyring that is not there) is already forgotten.
    """
    account = _account(folder)

    def delete() -> None:
        import keyring
        from keyring.errors import PasswordDeleteError

        for _copy in range(_MOST_COPIES):
            try:
                keyring.delete_password(SERVICE, account)
            except PasswordDeleteError:  # none (left): done
                return

    _bounded(delete, timeout)


def kept_key(
    folder: Path, environ: Mapping[str, str] = os.environ, *, timeout: float = TIMEOUT_S
) -> bytes | None:
    """The data key of `folder` from the login keyring; None where there is none to read.

    None too when the keyring is locked (reading never prompts), when the stored value is not a
    key, or when the Secret Service does not answer within `timeout` seconds.
    """
    address = environ.get(_BUS_VARIABLE)
    if not address:
        return None
    account = _account(folder)
    # jeepney's greeting to the bus has no time limit of its own (see desktop_notify), so the
    # whole talk runs in a thread the caller stops waiting for.
    return _bounded(lambda: _read(address, account, timeout), timeout)


def _account(folder: Path) -> str:
    """The keyring's name for the key of `folder`: one name per folder, however it is spelled.

    A digest, not the path: the keyring shows its items' names to anyone browsing it, and a
    folder's path can say more about the person (their name, what the folder is for) than needed.
    """
    resolved = os.path.normcase(os.fsdecode(folder.expanduser().resolve()))
    digest = blake2b(resolved.encode("utf-8", "surrogateescape"), digest_size=8)
    return f"data key {digest.hexdigest()}"


def _read(address: str, account: str, timeout: float) -> bytes | None:
    try:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection
        from jeepney.wrappers import unwrap_msg
    except ImportError:  # not on Linux: no Secret Service
        return None
    service = DBusAddress(_PATH, bus_name=_BUS_NAME, interface=_SERVICE_INTERFACE)
    with open_dbus_connection(address, auth_timeout=timeout) as connection:

        def call(message: Any) -> Any:
            # An error reply raises here, and means no key like any other failure does.
            return unwrap_msg(connection.send_and_get_reply(message, timeout=timeout))

        # "plain": the secret crosses only this user's own bus socket, and encrypting it for
        # the trip would mean loading a cipher into every status.
        _output, session = call(new_method_call(service, "OpenSession", "sv", ("plain", ("s", ""))))
        try:
            query = {"service": SERVICE, "username": account}
            unlocked, _locked = call(new_method_call(service, "SearchItems", "a{ss}", (query,)))
            if not unlocked:
                return None
            (secrets,) = call(new_method_call(service, "GetSecrets", "aoo", (unlocked, session)))
        finally:
            # The service would close it when the connection goes; closing says we are done.
            closing = DBusAddress(session, bus_name=_BUS_NAME, interface=_SESSION_INTERFACE)
            with suppress(Exception):
                call(new_method_call(closing, "Close"))
    for path in unlocked:
        secret = secrets.get(path)  # (session, parameters, value, content type)
        key = _key(bytes(secret[2])) if secret else None
        if key is not None:
            return key
    return None


def _key(value: bytes) -> bytes | None:
    """The key in a stored value, which keep_key wrote as base64 text; None if it is not one."""
    try:
        key = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    return key if len(key) == KEY_BYTES else None


def _bounded(work: Callable[[], _T], timeout: float) -> _T | None:
    """What `work` returns, or None if it raised or had not returned within `timeout` seconds.

    The work runs in a daemon thread: one stuck on a bus that never answers is left behind, and
    ends when the process does, instead of holding up the window or the command.
    """
    results: list[_T] = []

    def run() -> None:
        # Anything can go wrong between here and the keyring (a stale bus address, no service,
        # an error reply, a backend refusing); each means only "no keyring".
        with suppress(Exception):
            results.append(work())

    worker = threading.Thread(target=run, name="login-keyring", daemon=True)
    worker.start()
    worker.join(timeout)
    return results[0] if results else None
