"""The data key in the login keyring: kept through `keyring`, read back by Holdfast's own fast
Secret Service reader, forgotten; and, without a keyring, nothing kept, nothing read, nothing
raised, nothing waited on. Every test talks to a fake Secret Service on a private bus."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.system.login_keyring import SERVICE, forget_key, keep_key, kept_key
from tests.secret_service import (
    BUS_VARIABLE,
    FakeSecretService,
    SilentSecretService,
    no_secret_service_fixture,  # noqa: F401  (fixtures: no_secret_service, ...)
    no_session_bus_fixture,  # noqa: F401
    secret_service_fixture,  # noqa: F401
    use_keyring_backend,
)

KEY = bytes(range(32))
OTHER_KEY = bytes(range(100, 132))
# Without a Secret Service each call fails at the bus's first answer, in milliseconds; this
# allows for a slow machine and still fails a call that waits for a timeout.
QUICK_S = 1.5


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


def _ours(service: FakeSecretService) -> list[str]:
    return [item.attributes["username"] for item in service.find({"service": SERVICE})]


def test_a_kept_key_is_read_back_by_the_fast_reader(
    secret_service: FakeSecretService, folder: Path
) -> None:
    assert keep_key(folder, KEY)

    assert kept_key(folder) == KEY
    assert kept_key(folder, {BUS_VARIABLE: secret_service.address}) == KEY
    # What keyring wrote: the attributes its SecretService backend always writes, the key as
    # base64 text.
    (item,) = secret_service.find({"service": SERVICE})
    assert set(item.attributes) == {"service", "username", "application"}
    assert base64.b64decode(item.secret) == KEY


def test_keyring_itself_reads_what_was_kept(
    secret_service: FakeSecretService, folder: Path
) -> None:
    import keyring

    keep_key(folder, KEY)
    (account,) = _ours(secret_service)

    assert keyring.get_password(SERVICE, account) == base64.b64encode(KEY).decode("ascii")


def test_the_reader_closes_its_session(secret_service: FakeSecretService, folder: Path) -> None:
    keep_key(folder, KEY)
    before = len(secret_service.opened)

    kept_key(folder)

    (session,) = secret_service.opened[before:]
    assert session in secret_service.closed


def test_keeping_again_replaces_the_key(secret_service: FakeSecretService, folder: Path) -> None:
    keep_key(folder, KEY)

    assert keep_key(folder, OTHER_KEY)

    assert kept_key(folder) == OTHER_KEY
    assert len(_ours(secret_service)) == 1


def test_a_forgotten_key_is_gone(secret_service: FakeSecretService, folder: Path) -> None:
    keep_key(folder, KEY)

    forget_key(folder)

    assert kept_key(folder) is None
    assert _ours(secret_service) == []


def test_forgetting_removes_every_copy(secret_service: FakeSecretService, folder: Path) -> None:
    keep_key(folder, KEY)
    (account,) = _ours(secret_service)
    text = base64.b64encode(KEY)
    secret_service.put({"service": SERVICE, "username": account}, text)  # another tool's copy

    forget_key(folder)

    assert kept_key(folder) is None
    assert _ours(secret_service) == []


def test_forgetting_a_key_never_kept_is_fine(
    secret_service: FakeSecretService, folder: Path
) -> None:
    forget_key(folder)

    assert kept_key(folder) is None


def test_two_folders_keep_two_keys(secret_service: FakeSecretService, tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    keep_key(first, KEY)

    assert kept_key(second) is None

    keep_key(second, OTHER_KEY)
    assert (kept_key(first), kept_key(second)) == (KEY, OTHER_KEY)
    forget_key(first)
    assert (kept_key(first), kept_key(second)) == (None, OTHER_KEY)


def test_two_spellings_of_one_folder_share_its_key(
    secret_service: FakeSecretService, tmp_path: Path
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    keep_key(folder, KEY)

    assert kept_key(tmp_path / "data" / ".." / "data") == KEY


def test_the_keyring_is_not_told_the_folders_path(
    secret_service: FakeSecretService, tmp_path: Path
) -> None:
    folder = tmp_path / "Ex-partner's diary"
    keep_key(folder, KEY)

    (item,) = secret_service.find({"service": SERVICE})
    for said in (item.label, *item.attributes.values()):
        assert "diary" not in said
        assert str(tmp_path) not in said


def test_a_locked_key_is_not_read(secret_service: FakeSecretService, folder: Path) -> None:
    keep_key(folder, KEY)
    (item,) = secret_service.find({"service": SERVICE})
    item.locked = True

    assert kept_key(folder) is None
    assert secret_service.opened[-1] in secret_service.closed


@pytest.mark.parametrize(
    "stored",
    [
        b"not base64 at all!",
        base64.b64encode(KEY[:31]),  # too short
        base64.b64encode(KEY + b"x"),  # too long
        b"",
        b"\xff\xfe" + base64.b64encode(KEY),  # not even text
    ],
)
def test_a_damaged_value_is_no_key(
    secret_service: FakeSecretService, folder: Path, stored: bytes
) -> None:
    keep_key(folder, KEY)
    (item,) = secret_service.find({"service": SERVICE})
    item.secret = stored

    assert kept_key(folder) is None


def test_a_good_copy_is_read_past_a_damaged_one(
    secret_service: FakeSecretService, folder: Path
) -> None:
    keep_key(folder, KEY)
    (kept,) = secret_service.find({"service": SERVICE})
    secret_service.items.clear()
    secret_service.put(kept.attributes, b"damaged")  # found first
    secret_service.put(kept.attributes, kept.secret)

    assert kept_key(folder) == KEY


def test_a_key_of_the_wrong_size_is_refused(
    secret_service: FakeSecretService, folder: Path
) -> None:
    with pytest.raises(ValueError, match="32 bytes"):
        keep_key(folder, KEY[:16])

    assert secret_service.items == {}


# Without a keyring ------------------------------------------------------------------------------


def test_without_a_secret_service_nothing_is_kept_or_read(
    no_secret_service: str, folder: Path
) -> None:
    _nothing_kept_quickly(folder)


def test_without_a_session_bus_nothing_is_kept_or_read(no_session_bus: None, folder: Path) -> None:
    _nothing_kept_quickly(folder)


@pytest.mark.parametrize("backend", ["fail", "null"])
def test_a_keyring_that_keeps_nothing_is_no_keyring(
    no_secret_service: str, monkeypatch: pytest.MonkeyPatch, folder: Path, backend: str
) -> None:
    """What keyring uses where it finds no keyring at all ("fail" raises, "null" does nothing)."""
    use_keyring_backend(monkeypatch, backend)

    _nothing_kept_quickly(folder)


def test_a_key_keyring_stores_where_it_cannot_be_read_is_removed_again(
    secret_service: FakeSecretService, monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    """keyring chose a backend the fast reader does not read (here: the fake, but the reader
    looks on another bus): keeping fails, and the copy kept is taken back."""
    unread = {BUS_VARIABLE: secret_service.address}
    monkeypatch.setattr("app.system.login_keyring.kept_key", lambda *_args, **_kw: None)

    assert not keep_key(folder, KEY)

    assert kept_key(folder, unread) is None
    assert _ours(secret_service) == []


def _nothing_kept_quickly(folder: Path) -> None:
    started = time.monotonic()

    assert not keep_key(folder, KEY)
    assert kept_key(folder) is None
    forget_key(folder)

    assert time.monotonic() - started < QUICK_S


def test_a_secret_service_that_never_answers_is_waited_on_only_briefly(
    session_bus: str, monkeypatch: pytest.MonkeyPatch, folder: Path
) -> None:
    monkeypatch.setenv(BUS_VARIABLE, session_bus)
    use_keyring_backend(monkeypatch, "SecretService")
    silent = SilentSecretService(session_bus)
    try:
        started = time.monotonic()
        assert kept_key(folder, timeout=0.2) is None
        assert not keep_key(folder, KEY, timeout=0.2)
        forget_key(folder, timeout=0.2)
        assert time.monotonic() - started < QUICK_S
    finally:
        silent.close()


def test_reading_does_not_load_keyring(secret_service: FakeSecretService, folder: Path) -> None:
    """`holdfast status --json` reads the key on every run: importing keyring (and secretstorage
    with its cipher) would cost it more than the rest of a status."""
    keep_key(folder, KEY)
    program = (
        "import sys\n"
        "from pathlib import Path\n"
        "from app.system.login_keyring import kept_key\n"
        f"assert kept_key(Path({str(folder)!r})) == bytes(range(32))\n"
        "loaded = [name for name in ('keyring', 'secretstorage', 'cryptography')\n"
        "          if name in sys.modules]\n"
        "print(' '.join(loaded) or 'none')\n"
    )
    env = {**os.environ, BUS_VARIABLE: secret_service.address}  # ours, never the user's

    finished = subprocess.run(
        [sys.executable, "-c", program],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )

    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.strip() == "none"
