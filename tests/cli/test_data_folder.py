"""Where the data lives: --data-dir beats HOLDFAST_DATA_DIR, which beats the user data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.domain.clock import FixedClock
from tests.cli.support import Holdfast, ok


def test_data_dir_option_beats_the_environment_variable(
    holdfast: Holdfast, data_dir: Path, tmp_path: Path
) -> None:
    chosen = tmp_path / "chosen"

    ok(holdfast("--data-dir", str(chosen), "start"))

    assert (chosen / "holdfast.json").is_file()
    assert not data_dir.exists()


def test_environment_variable_beats_the_user_data_folder(
    holdfast: Holdfast, data_dir: Path, tmp_path: Path
) -> None:
    ok(holdfast("start"))

    assert (data_dir / "holdfast.json").is_file()
    assert not (tmp_path / "home" / ".local" / "share" / "holdfast").exists()


def test_without_either_the_data_goes_to_the_user_data_folder(
    clock: FixedClock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["urge", "text"], clock=clock, environ={}) == 0

    assert (tmp_path / "home" / ".local" / "share" / "holdfast" / "holdfast.json").is_file()


def test_data_dir_option_expands_the_home_folder(
    clock: FixedClock, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", "~/notes/holdfast", "start"], clock=clock, environ={}) == 0

    assert (tmp_path / "home" / "notes" / "holdfast" / "holdfast.json").is_file()


def test_a_real_process_finds_the_same_folders(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != "HOLDFAST_DATA_DIR"}
    env.update(HOME=str(home), XDG_DATA_HOME=str(tmp_path / "xdg"))

    def run(*args: str, **extra: str) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "app", *args],
            env={**env, **extra},
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stderr

    run("urge", "text")
    assert (tmp_path / "xdg" / "holdfast" / "holdfast.json").is_file()

    run("urge", "text", HOLDFAST_DATA_DIR=str(tmp_path / "from-env"))
    assert (tmp_path / "from-env" / "holdfast.json").is_file()

    flag = tmp_path / "from-flag"
    run("--data-dir", str(flag), "urge", "text", HOLDFAST_DATA_DIR=str(tmp_path / "unused"))
    assert (flag / "holdfast.json").is_file()
    assert not (tmp_path / "unused").exists()


@pytest.mark.parametrize("how", ["variable", "option"])
def test_a_relative_folder_is_made_absolute_once_and_named(
    how: str,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    if how == "variable":
        code = main(["urge", "text"], clock=clock, environ={"HOLDFAST_DATA_DIR": "rel/data"})
        source = "HOLDFAST_DATA_DIR"
    else:
        code = main(["--data-dir", "rel/data", "urge", "text"], clock=clock, environ={})
        source = "--data-dir"

    assert code == 0
    assert (tmp_path / "rel" / "data" / "holdfast.json").is_file()
    assert capsys.readouterr().err == (
        f"holdfast: {source} 'rel/data' is a relative path; "
        f"using the data folder {tmp_path / 'rel' / 'data'}.\n"
    )


def test_an_absolute_folder_is_used_without_a_word(holdfast: Holdfast, tmp_path: Path) -> None:
    ok(holdfast("--data-dir", str(tmp_path / "chosen"), "urge", "text"))
