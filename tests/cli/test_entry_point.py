"""`python -m app` as a real process, as a desktop shortcut or a panel runs it: exit codes,
output a script can parse, no Qt for subcommands, and argv bytes that are not UTF-8."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from importlib.metadata import version
from pathlib import Path

import pytest

from tests.cli.support import STATUS_KEYS, Holdfast
from tests.conftest import run_holdfast_process


def test_no_subcommand_opens_the_window(data_dir: Path) -> None:
    assert run_holdfast_process(data_dir, "start").returncode == 0  # no first-run questions
    env = {
        **os.environ,
        "HOLDFAST_DATA_DIR": str(data_dir),
        "QT_QPA_PLATFORM": "offscreen",
        "HOLDFAST_QUIT_AFTER_PAINT": "1",  # the window quits once it has painted
    }
    done = subprocess.run(
        [sys.executable, "-m", "app"], env=env, capture_output=True, text=True, timeout=60
    )

    assert done.returncode == 0, done.stderr
    # The window saved its size and place for next time.
    assert "geometry" in (data_dir / "window.ini").read_text()


def test_help_lists_every_command(data_dir: Path) -> None:
    done = run_holdfast_process(data_dir, "--help")

    assert done.returncode == 0
    assert done.stdout.startswith("usage: holdfast ")
    for command in ("start", "status", "urge", "contact", "history", "goals", "export", "import"):
        assert command in done.stdout
    assert not data_dir.exists()


def test_version(data_dir: Path) -> None:
    done = run_holdfast_process(data_dir, "--version")

    assert done.returncode == 0
    assert done.stdout == f"holdfast {version('holdfast')}\n"
    assert done.stderr == ""


def test_version_in_process_goes_to_stdout(holdfast: Holdfast) -> None:
    result = holdfast("--version")

    assert result.code == 0
    assert result.out == f"holdfast {version('holdfast')}\n"
    assert result.err == ""


def test_help_of_a_subcommand_succeeds(data_dir: Path) -> None:
    done = run_holdfast_process(data_dir, "urge", "--help")

    assert done.returncode == 0
    assert "--intensity" in done.stdout


def test_the_help_of_start_says_what_target_is_usual_without_pressing_it(data_dir: Path) -> None:
    done = run_holdfast_process(data_dir, "start", "--help")

    assert done.returncode == 0
    assert "about 30 is usual" in " ".join(done.stdout.split())


def test_status_json_is_one_parseable_line(data_dir: Path) -> None:
    since = (datetime.now(UTC) - timedelta(days=3, minutes=5)).isoformat(timespec="seconds")
    assert (
        run_holdfast_process(data_dir, "start", "--since", since, "--target", "21").returncode == 0
    )

    done = run_holdfast_process(data_dir, "status", "--json")

    assert done.returncode == 0
    assert done.stderr == ""
    assert done.stdout.count("\n") == 1 and done.stdout.endswith("\n")
    figures = json.loads(done.stdout)
    assert figures.keys() >= STATUS_KEYS
    assert figures["tracking"] is True
    assert figures["streak_days"] == 3
    assert figures["target_days"] == 21
    assert 0 < figures["remaining_seconds"] < 18 * 86400 + 3600
    assert 0 < figures["progress"] < 1
    for key in ("streak_started_at", "target_at"):
        instant = datetime.fromisoformat(figures[key])
        assert instant.utcoffset() is not None, figures[key]
    assert datetime.fromisoformat(figures["streak_started_at"]) == datetime.fromisoformat(since)


def test_exit_codes(data_dir: Path) -> None:
    assert run_holdfast_process(data_dir, "urge", "text").returncode == 0
    assert run_holdfast_process(data_dir, "urge", "shout").returncode == 2
    assert run_holdfast_process(data_dir, "start", "--target", "99").returncode == 2
    assert run_holdfast_process(data_dir, "frobnicate").returncode == 2

    (data_dir / "holdfast.json").write_bytes(b"{")
    damaged = run_holdfast_process(data_dir, "status", "--json")
    assert damaged.returncode == 1
    assert damaged.stdout == ""
    assert damaged.stderr.count("\n") == 1
    assert str(data_dir / "holdfast.json") in damaged.stderr
    assert "Traceback" not in damaged.stderr


def test_a_note_that_is_not_utf8_is_refused_and_nothing_is_written(data_dir: Path) -> None:
    note = os.fsdecode(b"caf\xe9 \xff")  # bytes as a shell passes them, decoded as Python does

    done = run_holdfast_process(data_dir, "urge", "text", "--note", note)

    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1
    assert done.stderr.startswith("holdfast: ")
    assert "UTF-8" in done.stderr
    assert not data_dir.exists()


def test_a_contact_note_that_is_not_utf8_leaves_the_file_as_it_was(data_dir: Path) -> None:
    assert run_holdfast_process(data_dir, "start").returncode == 0
    before = (data_dir / "holdfast.json").read_bytes()

    done = run_holdfast_process(data_dir, "contact", "call", "--note", os.fsdecode(b"\xff"))

    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert (data_dir / "holdfast.json").read_bytes() == before


QT_CHECK = """
import sys
from app.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exit_:  # argparse refuses bad arguments this way
    code = exit_.code
loaded = sorted(m for m in sys.modules if m == "PySide6" or m.startswith(("PySide6.", "shiboken")))
print("QT-MODULES:", ",".join(loaded), "EXIT:", code)
"""


@pytest.mark.parametrize(
    "args",
    [
        ["status", "--json"],
        ["status"],
        ["urge", "text", "--intensity", "3"],
        ["contact", "text", "--by", "them"],
        ["history", "--json"],
        ["goals", "--json"],
        ["goals", "done", "body-move"],
        ["start", "--target", "30"],
        ["export", "{tmp}/out.csv"],
        ["backups"],
        ["urge", "shout"],
    ],
    ids=" ".join,
)
def test_subcommands_do_not_import_qt(args: list[str], data_dir: Path, tmp_path: Path) -> None:
    argv = [arg.replace("{tmp}", str(tmp_path)) for arg in args]
    env = {**os.environ, "HOLDFAST_DATA_DIR": str(data_dir)}

    done = subprocess.run(
        [sys.executable, "-c", QT_CHECK, *argv],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )

    report = done.stdout.splitlines()[-1] if done.stdout else done.stderr
    assert report.startswith("QT-MODULES:  EXIT:"), report


def test_qt_is_installed_so_the_import_check_means_something() -> None:
    done = subprocess.run(
        [sys.executable, "-c", "import PySide6, sys; print('PySide6' in sys.modules)"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout == "True\n"
