"""A fake of the desktop's Secret Service (org.freedesktop.secrets) on a private session bus.

It answers what both readers of the login keyring ask: `keyring`'s SecretService backend (through
secretstorage: the default collection, CreateItem, SearchItems, Unlock, Item.GetSecret, Delete
and the properties it reads) and app/system/login_keyring.kept_key (OpenSession, SearchItems,
GetSecrets, Session.Close). Sessions are "plain" only, as a service may choose: secretstorage
asks for an encrypted one first and falls back when told NotSupported.

Items can be locked, as a locked keyring's are: they are found, never read, and never unlocked
(the fake has no prompt to show). A test can also put a damaged value in directly.

Fixtures, for a test module to import by their functions' names (pytest finds fixtures in the
module's namespace; `from tests.secret_service import secret_service_fixture  # noqa: F401`) and
to ask for by these names:

    secret_service   a fake Secret Service on a private bus, the bus named in the environment,
                     keyring using its SecretService backend
    no_secret_service   a private bus with nothing on it, named in the environment, keyring
                     using its SecretService backend (returns the bus's address)
    no_session_bus   no bus named in the environment at all
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from jeepney import HeaderFields, new_error, new_method_return

from tests.dbus_support import _FakeService

BUS_VARIABLE = "DBUS_SESSION_BUS_ADDRESS"
SECRETS = "org.freedesktop.secrets"
SERVICE_PATH = "/org/freedesktop/secrets"
COLLECTION_PATH = "/org/freedesktop/secrets/collection/login"
DEFAULT_ALIAS_PATH = "/org/freedesktop/secrets/aliases/default"
_SESSIONS = "/org/freedesktop/secrets/session/"
_PREFIX = "org.freedesktop.Secret."
_PROPERTIES = "org.freedesktop.DBus.Properties"
PLAIN = "plain"

_UNKNOWN_METHOD = "org.freedesktop.DBus.Error.UnknownMethod"
_UNKNOWN_OBJECT = "org.freedesktop.DBus.Error.UnknownObject"
_NOT_SUPPORTED = "org.freedesktop.DBus.Error.NotSupported"
_NO_SESSION = "org.freedesktop.Secret.Error.NoSession"
_IS_LOCKED = "org.freedesktop.Secret.Error.IsLocked"
_CREATED = 1_767_225_600  # any fixed time: nothing reads it but secretstorage's getters


@dataclass
class StoredItem:
    """One secret in the fake's only collection, the login keyring."""

    label: str
    attributes: dict[str, str]
    secret: bytes
    content_type: str = "text/plain"
    locked: bool = False


class FakeSecretService(_FakeService):
    """org.freedesktop.secrets with one collection ("login", the default alias) holding `items`
    by their object path. `opened` lists every session opened, `closed` those closed since."""

    def __init__(self, address: str) -> None:
        self.address = address
        self.items: dict[str, StoredItem] = {}
        self.sessions: set[str] = set()  # open now
        self.opened: list[str] = []
        self.closed: list[str] = []
        self._numbers = itertools.count(1)
        super().__init__(address, SECRETS)

    def put(
        self,
        attributes: dict[str, str],
        secret: bytes,
        *,
        locked: bool = False,
        label: str = "put by the test",
    ) -> str:
        """Stores an item as another program (or a damaged keyring) would; returns its path."""
        path = f"{COLLECTION_PATH}/{next(self._numbers)}"
        self.items[path] = StoredItem(label, dict(attributes), secret, locked=locked)
        return path

    def find(self, attributes: dict[str, str]) -> list[StoredItem]:
        """The items whose attributes include all of `attributes`."""
        return [self.items[path] for path in self._matching(attributes)]

    # What the service answers ------------------------------------------------------------------

    def answer(self, call: Any, member: str) -> Any:
        fields = call.header.fields
        path = fields.get(HeaderFields.path)
        interface = fields.get(HeaderFields.interface)
        if interface == _PROPERTIES:
            return self._properties(call, path, member)
        if path == SERVICE_PATH and interface == _PREFIX + "Service":
            return self._service(call, member)
        if path in (COLLECTION_PATH, DEFAULT_ALIAS_PATH) and interface == _PREFIX + "Collection":
            return self._collection(call, member)
        if path in self.items and interface == _PREFIX + "Item":
            return self._item(call, path, member)
        if path in self.sessions and interface == _PREFIX + "Session" and member == "Close":
            self.sessions.discard(path)
            self.closed.append(path)
            return new_method_return(call)
        if self._exists(path):
            return new_error(call, _UNKNOWN_METHOD)
        return new_error(call, _UNKNOWN_OBJECT)

    def _service(self, call: Any, member: str) -> Any:
        if member == "OpenSession":
            algorithm, _input = call.body
            if algorithm != PLAIN:
                return new_error(call, _NOT_SUPPORTED, "s", (f"{algorithm} is not offered",))
            session = f"{_SESSIONS}{next(self._numbers)}"
            self.sessions.add(session)
            self.opened.append(session)
            return new_method_return(call, "vo", (("s", ""), session))
        if member == "SearchItems":
            (attributes,) = call.body
            found = self._matching(attributes)
            unlocked = [path for path in found if not self.items[path].locked]
            locked = [path for path in found if self.items[path].locked]
            return new_method_return(call, "aoao", (unlocked, locked))
        if member == "GetSecrets":
            paths, session = call.body
            if session not in self.sessions:
                return new_error(call, _NO_SESSION)
            # Locked items are left out, as the specification says; nothing is unlocked.
            secrets = {
                path: self._secret(session, self.items[path])
                for path in paths
                if path in self.items and not self.items[path].locked
            }
            return new_method_return(call, "a{o(oayays)}", (secrets,))
        if member == "ReadAlias":
            (alias,) = call.body
            return new_method_return(call, "o", (COLLECTION_PATH if alias == "default" else "/",))
        if member == "Unlock":
            # No prompt: what is unlocked stays so, a locked item stays locked (as if the person
            # dismissed the prompt).
            (paths,) = call.body
            unlocked = [path for path in paths if self._exists(path) and not self._locked(path)]
            return new_method_return(call, "aoo", (unlocked, "/"))
        return new_error(call, _UNKNOWN_METHOD)

    def _collection(self, call: Any, member: str) -> Any:
        if member == "SearchItems":
            (attributes,) = call.body
            return new_method_return(call, "ao", (self._matching(attributes),))
        if member == "CreateItem":
            properties, (session, _parameters, value, content_type), replace = call.body
            if session not in self.sessions:
                return new_error(call, _NO_SESSION)
            label = properties[_PREFIX + "Item.Label"][1]
            attributes = dict(properties[_PREFIX + "Item.Attributes"][1])
            same = [path for path, item in self.items.items() if item.attributes == attributes]
            if replace and same:
                path = same[0]
                self.items[path] = StoredItem(label, attributes, bytes(value), content_type)
            else:
                path = f"{COLLECTION_PATH}/{next(self._numbers)}"
                self.items[path] = StoredItem(label, attributes, bytes(value), content_type)
            return new_method_return(call, "oo", (path, "/"))
        return new_error(call, _UNKNOWN_METHOD)

    def _item(self, call: Any, path: str, member: str) -> Any:
        item = self.items[path]
        if member == "GetSecret":
            (session,) = call.body
            if item.locked:
                return new_error(call, _IS_LOCKED)
            if session not in self.sessions:
                return new_error(call, _NO_SESSION)
            return new_method_return(call, "(oayays)", (self._secret(session, item),))
        if member == "Delete":
            if item.locked:
                return new_error(call, _IS_LOCKED)
            del self.items[path]
            return new_method_return(call, "o", ("/",))
        return new_error(call, _UNKNOWN_METHOD)

    def _properties(self, call: Any, path: str, member: str) -> Any:
        values = self._property_values(path)
        if values is None:
            return new_error(call, _UNKNOWN_OBJECT)
        if member == "Get":
            _interface, name = call.body
            if name not in values:
                return new_error(call, "org.freedesktop.DBus.Error.InvalidArgs")
            return new_method_return(call, "v", (values[name],))
        if member == "GetAll":
            return new_method_return(call, "a{sv}", (values,))
        return new_error(call, _UNKNOWN_METHOD)

    def _property_values(self, path: str) -> dict[str, tuple[str, Any]] | None:
        if path == SERVICE_PATH:
            return {"Collections": ("ao", [COLLECTION_PATH])}
        if path in (COLLECTION_PATH, DEFAULT_ALIAS_PATH):
            return {
                "Label": ("s", "Login"),
                "Locked": ("b", False),
                "Items": ("ao", list(self.items)),
                "Created": ("t", _CREATED),
                "Modified": ("t", _CREATED),
            }
        if path in self.items:
            item = self.items[path]
            return {
                "Label": ("s", item.label),
                "Locked": ("b", item.locked),
                "Attributes": ("a{ss}", item.attributes),
                "Created": ("t", _CREATED),
                "Modified": ("t", _CREATED),
            }
        return None

    def _matching(self, attributes: dict[str, str]) -> list[str]:
        return [
            path
            for path, item in self.items.items()
            if all(item.attributes.get(name) == value for name, value in attributes.items())
        ]

    def _exists(self, path: str) -> bool:
        return path in (SERVICE_PATH, COLLECTION_PATH, DEFAULT_ALIAS_PATH) or path in self.items

    def _locked(self, path: str) -> bool:
        return path in self.items and self.items[path].locked

    @staticmethod
    def _secret(session: str, item: StoredItem) -> tuple[str, bytes, bytes, str]:
        return (session, b"", item.secret, item.content_type)


class SilentSecretService(_FakeService):
    """Owns org.freedesktop.secrets and never answers: a hung keyring daemon."""

    def __init__(self, address: str) -> None:
        super().__init__(address, SECRETS)

    def answer(self, call: Any, member: str) -> Any:
        return None


def use_keyring_backend(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Makes keyring use one of its own backends for this test: "SecretService", "fail" (raises
    NoKeyringError: what keyring uses where it found none) or "null" (stores nothing).

    Left to itself, keyring would choose at first use, once per process, from whatever bus the
    test that happened to come first had; its own choice is put back after the test.
    """
    import keyring.core
    from keyring.backend import KeyringBackend
    from keyring.backends import SecretService, fail, null

    backends: dict[str, type[KeyringBackend]] = {
        "SecretService": SecretService.Keyring,
        "fail": fail.Keyring,
        "null": null.Keyring,
    }
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    # keyring.set_keyring has no way back: the module's own choice is put back by monkeypatch.
    monkeypatch.setattr(keyring.core, "_keyring_backend", backends[name]())


@pytest.fixture(name="secret_service")
def secret_service_fixture(
    session_bus: str, monkeypatch: pytest.MonkeyPatch
) -> Iterator[FakeSecretService]:
    """A fake Secret Service on this test's private bus, which the environment names."""
    monkeypatch.setenv(BUS_VARIABLE, session_bus)
    use_keyring_backend(monkeypatch, "SecretService")
    service = FakeSecretService(session_bus)
    yield service
    service.close()


@pytest.fixture(name="no_secret_service")
def no_secret_service_fixture(session_bus: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """A private bus with no Secret Service on it (nor any to start), named in the environment;
    keyring uses its SecretService backend, which then finds nobody to talk to."""
    monkeypatch.setenv(BUS_VARIABLE, session_bus)
    use_keyring_backend(monkeypatch, "SecretService")
    return session_bus


@pytest.fixture(name="no_session_bus")
def no_session_bus_fixture(monkeypatch: pytest.MonkeyPatch) -> None:
    """No session bus named in the environment, as in a console or over ssh."""
    monkeypatch.delenv(BUS_VARIABLE, raising=False)
    use_keyring_backend(monkeypatch, "SecretService")
