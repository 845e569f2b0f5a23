"""`holdfast` with no command, when Holdfast already runs for the folder, hands over to it and
leaves; `holdfast --background` (as at login) leaves it as it is. Only when none runs does the
launch start Holdfast itself."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.cli.parser import USAGE_ERROR
from app.domain.clock import Clock, FixedClock
from app.system.instance_link import PING
from tests.system.listener import listening, private_runtime

TOKEN = "kwin-launch-3"


@pytest.fixture
def environ(data_dir: Path) -> Iterator[dict[str, str]]:
    """A launch from the desktop: its session's runtime folder, and the launcher's token."""
    with private_runtime() as runtime:
        yield {
            "HOLDFAST_DATA_DIR": str(data_dir),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_ACTIVATION_TOKEN": TOKEN,
        }


@pytest.fixture
def started(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, bool]]:
    """The data folder, and whether in the background, of each start of Holdfast itself."""
    starts: list[tuple[Path, bool]] = []

    def run_window(
        folder: Path,
        clock: Clock,
        environ: object,
        *,
        background: bool = False,
        language: str | None = None,
    ) -> int:
        starts.append((folder, background))
        return 0

    monkeypatch.setattr("app.ui.app.run_window", run_window)
    return starts


@pytest.mark.parametrize("arguments", [[], ["--data-dir", "{data_dir}"]])
def test_a_launch_hands_over_to_the_running_instance_and_leaves(
    arguments: list[str],
    data_dir: Path,
    environ: dict[str, str],
    clock: FixedClock,
    started: list[tuple[Path, bool]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    with listening(data_dir, environ) as running:
        code = main([a.format(data_dir=data_dir) for a in arguments], clock, environ)

        assert running.sent() == [f"show {TOKEN}\n".encode()]
    assert code == 0
    assert started == []
    assert capsys.readouterr() == ("", "")


def test_a_start_in_the_background_leaves_a_running_instance_as_it_is(
    data_dir: Path,
    environ: dict[str, str],
    clock: FixedClock,
    started: list[tuple[Path, bool]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    with listening(data_dir, environ) as running:
        assert main(["--background"], clock, environ) == 0

        assert running.sent() == [PING]  # no window pops up at login
    assert started == []
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize(("arguments", "background"), [([], False), (["--background"], True)])
def test_with_none_running_the_launch_starts_holdfast_for_the_folder(
    arguments: list[str],
    background: bool,
    data_dir: Path,
    environ: dict[str, str],
    clock: FixedClock,
    started: list[tuple[Path, bool]],
) -> None:
    assert main(arguments, clock, environ) == 0

    assert started == [(data_dir, background)]


def test_background_goes_with_no_command(
    environ: dict[str, str], clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--background", "status"], clock, environ) == USAGE_ERROR

    err = capsys.readouterr().err
    assert err.startswith("holdfast: --background goes without a command")
    assert err.count("\n") == 1
