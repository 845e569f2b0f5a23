""" "Unlock with my login": with the data key in the login keyring, `status --json` answers in
full without a passphrase, while ending protection still asks for it; without a keyring (or with
a key in it that opens nothing), every command falls back to asking, or to the locked answer.

The keyring is a fake Secret Service on a private bus (tests/secret_service.py)."""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli import main
from app.domain.clock import FixedClock
from app.storage.protecting import set_options
from app.storage.protection import LockOptions, read_protection
from app.storage.store import Store
from app.system.login_keyring import SERVICE, keep_key
from tests.cli.support import STATUS_KEYS, one_error_line, one_json_line, snapshot
from tests.cli.test_protect import (
    PASSPHRASE,
    protected_fixture,  # noqa: F401  (fixtures: recovery_key, written, typed, ...)
    quick_key_derivation_fixture,  # noqa: F401
    typed_fixture,  # noqa: F401
    urges_in,
    written_fixture,  # noqa: F401
)
from tests.conftest import Result, run_holdfast_process
from tests.secret_service import (
    BUS_VARIABLE,
    FakeSecretService,
    no_secret_service_fixture,  # noqa: F401  (fixtures: no_secret_service, secret_service)
    secret_service_fixture,  # noqa: F401
)

OnTheBus = Callable[..., Result]


@pytest.fixture
def unlock_with_login(recovery_key: str, data_dir: Path) -> bytes:
    """ "Unlock with my login" chosen; returns the folder's data key (not kept anywhere yet)."""
    set_options(Store(data_dir), LockOptions(unlock_with_login=True))
    protection = read_protection(data_dir)
    assert protection is not None
    return protection.unlock(PASSPHRASE).data_key


@pytest.fixture
def on_the_bus(
    data_dir: Path,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> OnTheBus:
    """`holdfast` in this process, on the fixed clock, with the session bus the environment
    names (the fake keyring's, or one with nothing on it) and `stdin` as standard input."""

    def run(*args: str, stdin: str = "") -> Result:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        environ = {"HOLDFAST_DATA_DIR": str(data_dir), BUS_VARIABLE: os.environ[BUS_VARIABLE]}
        capsys.readouterr()
        code = main(list(args), clock=clock, environ=environ)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def test_status_json_answers_in_full_with_the_key_in_the_login_keyring(
    unlock_with_login: bytes, secret_service: FakeSecretService, data_dir: Path
) -> None:
    assert keep_key(data_dir, unlock_with_login)

    # A whole process, as a panel polls it, on the fake keyring's bus; no standard input.
    answered = run_holdfast_process(data_dir, "status", "--json", input="")

    assert answered.returncode == 0, answered.stderr
    assert answered.stderr == ""
    figures = json.loads(answered.stdout)
    assert set(figures) >= STATUS_KEYS
    assert "locked" not in figures
    assert figures["tracking"] is True
    assert figures["urges_total"] == 1


def test_the_keyring_unlocks_commands_that_read_on_the_fixed_clock(
    unlock_with_login: bytes,
    secret_service: FakeSecretService,
    on_the_bus: OnTheBus,
    data_dir: Path,
) -> None:
    assert keep_key(data_dir, unlock_with_login)

    figures = one_json_line(on_the_bus("status", "--json"))
    history = on_the_bus("history", "--json")

    assert "locked" not in figures
    assert figures["streak_days"] == 7
    assert history.code == 0, history
    assert urges_in(json.loads(history.out)) == 1


def test_protect_off_asks_for_the_passphrase_even_with_the_keyring(
    unlock_with_login: bytes, secret_service: FakeSecretService, data_dir: Path
) -> None:
    assert keep_key(data_dir, unlock_with_login)
    before = snapshot(data_dir)

    unasked = run_holdfast_process(data_dir, "protect", "off", input="")

    assert unasked.returncode == 2
    assert unasked.stderr == "holdfast: no passphrase was given; nothing was changed\n"
    assert snapshot(data_dir) == before

    turned_off = run_holdfast_process(data_dir, "protect", "off", input=f"{PASSPHRASE}\n")

    assert turned_off.returncode == 0, turned_off.stderr
    assert not (data_dir / "protection.json").exists()
    assert secret_service.find({"service": SERVICE}) == []  # the key is forgotten too


def test_without_a_secret_service_status_says_locked_and_history_asks(
    unlock_with_login: bytes, no_secret_service: str, on_the_bus: OnTheBus, data_dir: Path
) -> None:
    assert not keep_key(data_dir, unlock_with_login, timeout=5)
    before = snapshot(data_dir)

    assert one_json_line(on_the_bus("status", "--json")) == {"locked": True}
    unasked = on_the_bus("history", "--json")
    assert unasked.code == 2
    assert "no passphrase was given" in one_error_line(unasked)
    assert snapshot(data_dir) == before

    history = on_the_bus("history", "--json", stdin=f"{PASSPHRASE}\n")
    assert history.code == 0, history
    assert urges_in(json.loads(history.out)) == 1


def test_a_key_in_the_keyring_that_opens_nothing_falls_back_to_the_passphrase(
    unlock_with_login: bytes,
    secret_service: FakeSecretService,
    on_the_bus: OnTheBus,
    data_dir: Path,
) -> None:
    # Left from an earlier protection of this folder, turned off and on again meanwhile.
    assert keep_key(data_dir, bytes(range(32)))
    before = snapshot(data_dir)

    assert one_json_line(on_the_bus("status", "--json")) == {"locked": True}
    unasked = on_the_bus("history", "--json")
    assert unasked.code == 2
    assert "no passphrase was given" in one_error_line(unasked)
    assert snapshot(data_dir) == before
    history = on_the_bus("history", "--json", stdin=f"{PASSPHRASE}\n")
    assert history.code == 0, history
