"""Fixtures every test shares: a fixed clock, a private data folder, the command line, and a
private session bus with a notification service."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest

from app.cli import main
from app.domain.clock import FixedClock
from app.storage.store import Store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from tests.dbus_support import FakeNotifications

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(autouse=True)
def _keep_away_from_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may read or write the real user's data folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))  # where autostart entries go
    monkeypatch.delenv("HOLDFAST_DATA_DIR", raising=False)


@pytest.fixture(scope="session")
def qapp(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> QApplication:
    """pytest-qt's application in English as Holdfast shows it: with the English catalogue's
    plural forms ("1 urge", "3 urges"), and English dates ("Sun 1 Mar 2026")."""
    from app.ui.translation import use_language
    from tests.catalogues import TRANSLATIONS, compiled

    english = compiled(TRANSLATIONS / "holdfast_en.ts", tmp_path_factory.mktemp("english"))
    use_language(qapp, "en", english)
    return qapp


@pytest.fixture
def clock() -> FixedClock:
    """Noon on a Sunday in Berlin, a zone with daylight saving (it starts 29 March 2026)."""
    return FixedClock(datetime(2026, 3, 1, 12, 0, tzinfo=BERLIN))


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Store:
    return Store(data_dir)


@pytest.fixture
def session_bus(tmp_path: Path) -> Iterator[str]:
    """The address of a private session bus that lives as long as the test (dbus-daemon)."""
    from tests.dbus_support import private_session_bus  # jeepney: on Linux only

    with private_session_bus(tmp_path) as address:
        yield address


@pytest.fixture
def notifications(session_bus: str) -> Iterator[FakeNotifications]:
    """A fake of the desktop's notification service on the private bus, buttons and all."""
    from tests.dbus_support import FakeNotifications

    service = FakeNotifications(session_bus)
    yield service
    service.close()


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def holdfast(
    data_dir: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> Callable[..., Result]:
    """Runs the `holdfast` command line in this process, on the fixed clock and test folder."""

    def run(*args: str) -> Result:
        capsys.readouterr()
        try:
            code = main(list(args), clock=clock, environ={"HOLDFAST_DATA_DIR": str(data_dir)})
        except SystemExit as exit_:  # argparse exits for --help, --version and bad arguments
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def run_holdfast_process(
    data_dir: Path, *args: str, **kwargs: object
) -> subprocess.CompletedProcess[str]:
    """Runs `python -m app` as a separate process on the real clock, as a shortcut would."""
    env = {**os.environ, "HOLDFAST_DATA_DIR": str(data_dir)}
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        [sys.executable, "-m", "app", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,  # a command that hangs fails the test instead of the whole run
        **kwargs,
    )
