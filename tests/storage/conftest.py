"""Every storage test that uses the data folder runs both ways: [plain], as ever, and [protected],
the folder protected with a passphrase and every Store of it unlocked, as after the user typed
it. The same test asserts the same thing in both: support.py reads and writes what a file holds
through the folder's sealing (read_tables, write_raw, as_stored), and the processes a test starts
unlock from HOLDFAST_TEST_KEYS (see protected_mode.py).

A test that is inherently about one plain folder is marked `plain_only("why")` and runs once,
plain; tests/storage/test_protection*.py are, as they turn protection on and off themselves.
Tests without the data folder run once, plain: there is nothing to protect.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import app.storage.store
from app.storage import sealing
from tests.storage.protected_mode import (
    KEYS_VARIABLE,
    QUICK_ARGON2ID,
    QUICK_SCRYPT,
    encoded,
    protect,
    suite_protection,
    unlocked_sealing_of,
)

PLAIN = "plain"
PROTECTED = "protected"
MODES = (PLAIN, PROTECTED)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "plain_only(reason): a storage test that runs once, on a plain data folder, for the "
        "reason given (see tests/storage/conftest.py)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "data_dir" not in metafunc.fixturenames:
        return
    plain_only = metafunc.definition.get_closest_marker("plain_only")
    if plain_only is not None:
        if not plain_only.args or not str(plain_only.args[0]).strip():
            raise pytest.UsageError(f"{metafunc.definition.nodeid}: plain_only needs a reason")
        return
    metafunc.parametrize("storage_mode", MODES, indirect=True)


@pytest.fixture(autouse=True)
def storage_mode(request: pytest.FixtureRequest) -> Iterator[str]:
    """ "plain" or "protected"; in protected mode the data folder exists, protected with the
    suite's passphrase, before the test begins."""
    # Its own patches, which a test's `monkeypatch.undo()` leaves in place.
    with pytest.MonkeyPatch.context() as patch:
        # In both modes: whatever passphrase a test sets derives in no time.
        patch.setattr(sealing, "ARGON2ID", QUICK_ARGON2ID)
        patch.setattr(sealing, "SCRYPT", QUICK_SCRYPT)
        mode: str = getattr(request, "param", PLAIN)
        if mode == PROTECTED:
            _, keys, _ = suite_protection()
            patch.setenv(KEYS_VARIABLE, encoded(keys))
            patch.setattr(app.storage.store, "sealing_of", unlocked_sealing_of(keys))
            protect(request.getfixturevalue("data_dir"))
        yield mode
