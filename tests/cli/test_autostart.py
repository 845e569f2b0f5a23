"""`holdfast autostart on|off|status`: one calm line each, the autostart entry it writes under
$XDG_CONFIG_HOME, and nothing of the data touched."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from app.cli import main
from app.cli.parser import build_parser
from app.domain.clock import FixedClock
from app.system.autostart import BACKGROUND_OPTION
from app.system.identity import APP_ID
from tests.cli.support import Holdfast, ok, one_error_line
from tests.conftest import Result
from tests.packaging.support import exec_arguments, read_entry, validator

# The command pip installed beside the Python running the tests: what a login start should run
# when Holdfast is run as `python -m app` (pytest runs it in this process the same way).
INSTALLED = Path(sys.executable).parent / "holdfast"


@pytest.fixture
def config(tmp_path: Path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def entry(config: Path) -> Path:
    return config / "autostart" / f"{APP_ID}.desktop"


@pytest.fixture
def autostart(
    config: Path, data_dir: Path, clock: FixedClock, capsys: pytest.CaptureFixture[str]
) -> Callable[..., Result]:
    """Runs `holdfast autostart ...` in this process with XDG_CONFIG_HOME set to a test folder."""

    def run(*args: str) -> Result:
        capsys.readouterr()
        environ = {"HOLDFAST_DATA_DIR": str(data_dir), "XDG_CONFIG_HOME": str(config)}
        try:
            code = main(["autostart", *args], clock=clock, environ=environ)
        except SystemExit as exit_:  # argparse exits for bad arguments
            code = int(exit_.code or 0)
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def _one_line(result: Result) -> str:
    ok(result)
    assert result.out.count("\n") == 1, result.out
    return result.out.rstrip("\n")


def test_on_writes_an_entry_that_starts_the_installed_command_in_the_background(
    autostart: Holdfast, entry: Path, data_dir: Path
) -> None:
    said = _one_line(autostart("on"))

    assert said == (
        f"Holdfast will start in the background when you log in: {entry} runs {INSTALLED}."
    )
    main_group = read_entry(entry)["Desktop Entry"]
    assert exec_arguments(main_group["Exec"]) == [str(INSTALLED), "--background"]
    assert sorted(p.name for p in entry.parent.iterdir()) == [entry.name]
    assert not data_dir.exists()  # the data is not touched, not even created


def test_status_says_whether_it_is_on_and_where(autostart: Holdfast, entry: Path) -> None:
    assert _one_line(autostart("status")) == (
        "Holdfast does not start when you log in; "
        "`holdfast autostart on` makes it start in the background."
    )
    ok(autostart("on"))

    assert _one_line(autostart("status")) == (
        f"Holdfast starts in the background when you log in ({entry}); "
        "`holdfast autostart off` stops that."
    )
    assert _one_line(autostart()) == _one_line(autostart("status"))  # the default


def test_off_removes_the_entry_and_only_it(autostart: Holdfast, entry: Path) -> None:
    other = entry.with_name("org.example.Other.desktop")
    other.parent.mkdir(parents=True)
    other.write_text("someone else's", encoding="utf-8")
    ok(autostart("on"))

    said = _one_line(autostart("off"))

    assert said == f"Holdfast will no longer start when you log in: removed {entry}."
    assert list(entry.parent.iterdir()) == [other]
    assert other.read_text(encoding="utf-8") == "someone else's"
    assert _one_line(autostart("off")) == (
        "Holdfast was not set to start when you log in; nothing removed."
    )


def test_a_folder_in_the_entry_s_place_is_left_alone_and_named(
    autostart: Holdfast, entry: Path
) -> None:
    entry.mkdir(parents=True)

    for switch in ("on", "off"):
        result = autostart(switch)
        assert result.code == 1
        line = one_error_line(result)
        assert f"{entry} is a folder, not a file Holdfast wrote" in line
        assert "remove it yourself" in line
    # Status only reports: the same words, as its answer.
    said = _one_line(autostart("status"))
    assert said.startswith(f"{entry} is a folder, not a file Holdfast wrote")
    assert entry.is_dir()


def test_a_file_where_the_autostart_folder_should_be_is_named_in_one_line(
    autostart: Holdfast, config: Path
) -> None:
    config.mkdir()
    (config / "autostart").write_text("a file where the folder should be", encoding="utf-8")

    result = autostart("on")

    assert result.code == 1
    assert one_error_line(result) == (
        f"holdfast: cannot write into {config / 'autostart'}: it is a file, not a folder"
    )


def test_without_an_installed_command_nothing_is_written(
    autostart: Holdfast, config: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "argv", ["-c"])
    monkeypatch.setattr(sys, "executable", str(tmp_path / "nowhere" / "python3"))

    result = autostart("on")

    assert result.code == 1
    assert "pipx install" in one_error_line(result)
    assert not config.exists()


def test_a_word_other_than_on_off_or_status_is_refused_in_one_line(autostart: Holdfast) -> None:
    result = autostart("yes")

    assert result.code == 2
    assert "invalid choice: 'yes'" in one_error_line(result)


def test_without_xdg_config_home_the_entry_goes_under_the_home_folder(
    holdfast: Holdfast, tmp_path: Path
) -> None:
    ok(holdfast("autostart", "on"))  # its environment names no XDG_CONFIG_HOME

    entry = tmp_path / "home" / ".config" / "autostart" / f"{APP_ID}.desktop"
    assert entry.is_file()
    ok(holdfast("autostart", "off"))
    assert not entry.exists()


def test_help_lists_autostart(holdfast: Holdfast) -> None:
    assert "autostart" in holdfast("--help").out


def test_the_option_the_entry_passes_is_the_command_s_own() -> None:
    assert build_parser().parse_args([BACKGROUND_OPTION]).background


def _installed(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed `holdfast` command as a process, in a home and XDG folder of the test's."""
    env = {
        **os.environ,
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOLDFAST_DATA_DIR": str(tmp_path / "data"),
    }
    return subprocess.run(
        [str(INSTALLED), *args], env=env, capture_output=True, text=True, check=False, timeout=60
    )


def test_the_installed_command_writes_a_valid_entry_and_takes_it_out_again(
    tmp_path: Path,
) -> None:
    entry = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"

    done = _installed(tmp_path, "autostart", "on")

    assert (done.returncode, done.stderr) == (0, ""), done
    checked = subprocess.run(
        [validator("desktop-file-validate"), str(entry)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert exec_arguments(read_entry(entry)["Desktop Entry"]["Exec"]) == [
        str(INSTALLED),
        "--background",
    ]
    assert "starts in the background" in _installed(tmp_path, "autostart", "status").stdout
    assert _installed(tmp_path, "autostart", "off").returncode == 0
    assert not entry.exists()
    assert not (tmp_path / "data").exists()


def test_a_real_process_turns_it_on_without_loading_qt_or_the_data(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from app.cli import main\n"
        "code = main(sys.argv[1:])\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'app.storage'))]\n"
        "print('LOADED:', loaded, 'EXIT:', code)\n"
    )
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}

    done = subprocess.run(
        [sys.executable, "-c", script, "autostart", "on"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )

    assert done.stdout.splitlines()[-1] == "LOADED: [] EXIT: 0", done.stdout + done.stderr
    assert (tmp_path / "config" / "autostart" / f"{APP_ID}.desktop").is_file()
