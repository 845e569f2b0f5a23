"""Every failure is one line that says what to do: odd dates, closed output, refusals, bugs."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.storage.errors import explain
from app.storage.store import Store
from tests.cli.support import BERLIN, Holdfast, ok, one_error_line
from tests.conftest import run_holdfast_process

DATA_FILE = "holdfast.json"


def _with_urge_dated(folder: Path, written: str) -> bytes:
    """Puts `written` as the instant of the file's urge, as a hand edit or a bad disk might;
    returns the file's bytes."""
    path = folder / DATA_FILE
    tables = json.loads(path.read_text())
    (urge,) = (e for e in tables["events"].values() if e["type"] == "urge")
    urge["at"] = written
    path.write_text(json.dumps(tables))
    return path.read_bytes()


# Dates in the file


@pytest.mark.parametrize(
    "written",
    ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "2026-02-27T21:30:00"],
    ids=["year 1", "year 9999", "no time zone"],
)
@pytest.mark.parametrize("command", [["status"], ["history"], ["urge", "call"], ["goals"]])
def test_an_odd_date_in_the_file_gives_one_line_and_exit_1_and_touches_nothing(
    holdfast: Holdfast, data_dir: Path, written: str, command: list[str]
) -> None:
    ok(holdfast("start"))
    ok(holdfast("urge", "text"))
    before = _with_urge_dated(data_dir, written)

    result = holdfast(*command)

    assert result.code == 1
    line = one_error_line(result)
    assert f"Holdfast cannot use its data file {data_dir / DATA_FILE}" in line
    assert "`holdfast restore`" in line or "no good backup" in line
    assert (data_dir / DATA_FILE).read_bytes() == before


def test_a_date_at_the_edge_of_the_calendar_says_so_without_a_traceback(data_dir: Path) -> None:
    assert run_holdfast_process(data_dir, "start").returncode == 0
    assert run_holdfast_process(data_dir, "urge", "text").returncode == 0
    _with_urge_dated(data_dir, "0001-01-01T00:00:00+05:00")

    done = run_holdfast_process(data_dir, "status")

    assert done.returncode == 1
    assert done.stderr.count("\n") == 1, done.stderr
    assert "the date 0001-01-01T00:00:00+05:00 is not one Holdfast can count with" in done.stderr


@pytest.mark.parametrize(
    ("since", "words"),
    [
        ("1926-03-01T12:00", "the last contact cannot be before 1970 (it reads 1926-03-01)"),
        ("0001-01-01T00:00+05:00", "the last contact cannot be before 1970"),
        ("9999-12-31T23:59", "the last contact cannot be in the future"),
    ],
)
def test_a_last_contact_typed_out_of_range_is_refused(
    holdfast: Holdfast, data_dir: Path, since: str, words: str
) -> None:
    result = holdfast("start", "--since", since)

    assert result.code == 2
    assert words in one_error_line(result)
    assert not data_dir.exists()


# A clock that is clearly wrong


def test_a_clock_set_back_years_is_pointed_out_and_the_urge_still_logged(
    holdfast: Holdfast, clock: FixedClock, data_dir: Path
) -> None:
    ok(holdfast("start"))
    clock.set(datetime(2000, 1, 1, 0, 5, tzinfo=BERLIN))  # a flat battery reset it

    result = holdfast("urge", "text")

    assert result.code == 0
    assert result.err == (
        "holdfast: Your computer's clock reads Sat 1 Jan 2000, a date before Holdfast existed. "
        "Set the right date and time in your system settings, so that new entries are dated "
        "right.\n"
    )
    assert len(Store(data_dir).load().events) == 2


def test_a_run_begun_while_the_clock_read_2000_is_pointed_out_once_it_is_right(
    holdfast: Holdfast, clock: FixedClock
) -> None:
    right_now = clock.now()
    clock.set(datetime(2000, 1, 1, 0, 5, tzinfo=BERLIN))
    holdfast("start")
    clock.set(right_now)

    result = holdfast("status")

    assert result.code == 0
    assert result.out.startswith("Day 9556 without contact.")
    assert "the run's 9,556 days may be too many" in one_error_line(result)
    assert "`holdfast start --since`" in result.err

    ok(holdfast("start", "--since", "2026-02-20T08:00"))  # the user says when it really was
    assert ok(holdfast("status")).out.startswith("Day 9 without contact.")


def test_a_right_clock_adds_nothing_to_the_answer(holdfast: Holdfast, clock: FixedClock) -> None:
    ok(holdfast("start"))
    clock.advance(timedelta(days=3))
    ok(holdfast("urge", "call"))
    ok(holdfast("status"))
    ok(holdfast("history"))


# Output that cannot be printed


def _holdfast_writing_to(
    data_dir: Path, stdout: int, *args: str
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOLDFAST_DATA_DIR": str(data_dir)}
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        env=env,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
        timeout=120,
    )


def _urges_on_disk(data_dir: Path) -> int:
    return sum(1 for e in Store(data_dir).load().events if type(e).__name__ == "Urge")


def _broken_pipe() -> int:
    """The writing end of a pipe whose reader has gone, as `| head -c0` leaves it."""
    reading, writing = os.pipe()
    os.close(reading)
    return writing


def test_an_urge_saved_exits_0_when_the_pipe_it_prints_to_is_gone(data_dir: Path) -> None:
    assert run_holdfast_process(data_dir, "start").returncode == 0
    pipe = _broken_pipe()
    try:
        done = _holdfast_writing_to(data_dir, pipe, "urge", "text")
    finally:
        os.close(pipe)

    assert done.returncode == 0  # a script that retries on failure logs it once
    assert done.stderr == (
        "holdfast: done; only the answer could not be printed (the output was closed or full)\n"
    )
    assert _urges_on_disk(data_dir) == 1


def test_an_urge_saved_exits_0_with_its_output_closed(data_dir: Path) -> None:
    assert run_holdfast_process(data_dir, "start").returncode == 0

    done = subprocess.run(
        ["sh", "-c", 'exec "$0" -m app urge text >&-', sys.executable],
        env={**os.environ, "HOLDFAST_DATA_DIR": str(data_dir)},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert _urges_on_disk(data_dir) == 1


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="only Linux has a full device")
def test_a_contact_saved_exits_0_when_the_output_is_full(data_dir: Path) -> None:
    assert run_holdfast_process(data_dir, "start").returncode == 0
    with Path("/dev/full").open("w") as full:
        done = _holdfast_writing_to(data_dir, full.fileno(), "contact", "text")

    assert done.returncode == 0
    assert "done; only the answer could not be printed" in done.stderr
    assert sum(1 for e in Store(data_dir).load().events if type(e).__name__ == "Contact") == 1


def test_a_status_that_cannot_be_printed_fails_in_one_line(data_dir: Path) -> None:
    assert run_holdfast_process(data_dir, "start").returncode == 0
    pipe = _broken_pipe()
    try:
        done = _holdfast_writing_to(data_dir, pipe, "status", "--json")
    finally:
        os.close(pipe)

    assert done.returncode == 1
    assert done.stderr == (
        "holdfast: the answer could not be printed (the output was closed or full)\n"
    )


# The system's refusals, in words that say what to do


@pytest.mark.parametrize(
    ("code", "strerror", "fix"),
    [
        (errno.EEXIST, "File exists", "move it aside or choose another name"),
        (errno.ELOOP, "Too many levels of symbolic links", "put the real file or folder"),
        (errno.EACCES, "Permission denied", "check who owns it"),
        (errno.ENOSPC, "No space left on device", "free some space and try again"),
        (errno.EROFS, "Read-only file system", "choose a folder on a disk you can write to"),
    ],
)
def test_an_os_error_becomes_a_sentence_naming_the_fix(code: int, strerror: str, fix: str) -> None:
    sentence = explain(OSError(code, strerror, "/somewhere/holdfast.json"))
    assert fix in sentence
    assert strerror not in sentence


def test_a_data_folder_under_a_file_says_which_path_and_what_to_do(
    holdfast: Holdfast, tmp_path: Path
) -> None:
    # A failure even for root, unlike a file made unreadable.
    (tmp_path / "notes.txt").write_text("mine")

    result = holdfast("--data-dir", str(tmp_path / "notes.txt" / "holdfast"), "urge", "text")

    assert result.code == 1  # the system said "File exists"
    assert one_error_line(result) == (
        f"holdfast: Holdfast cannot use {tmp_path / 'notes.txt'}: something of that name is "
        "already there; move it aside or choose another name."
    )
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_a_link_in_place_of_the_lock_is_refused_in_words(
    holdfast: Holdfast, data_dir: Path, tmp_path: Path
) -> None:
    ok(holdfast("start"))
    (tmp_path / "elsewhere").write_text("not Holdfast's")
    (data_dir / "holdfast.lock").unlink()
    (data_dir / "holdfast.lock").symlink_to(tmp_path / "elsewhere")

    result = holdfast("urge", "text")

    assert result.code == 1
    line = one_error_line(result)
    assert "it is a symbolic link, which Holdfast does not follow" in line
    assert "Too many levels" not in line
    assert (tmp_path / "elsewhere").read_text() == "not Holdfast's"


def test_an_unexpected_error_is_one_line_not_a_traceback(
    holdfast: Holdfast, monkeypatch: pytest.MonkeyPatch
) -> None:
    ok(holdfast("start"))

    def broken(*_: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr("app.cli.commands.status", broken)
    result = holdfast("status")

    assert result.code == 1
    assert one_error_line(result) == (
        "holdfast: something unexpected went wrong (RuntimeError: a bug); whatever was saved "
        "before stays saved. Please report this, with the command you ran"
    )


# A note that starts with a dash


@pytest.mark.parametrize(
    "words", [["--note", "-x"], ["--note=-x"], ["--note", "--x"]], ids=["apart", "joined", "two"]
)
def test_a_note_may_start_with_a_dash(holdfast: Holdfast, data_dir: Path, words: list[str]) -> None:
    ok(holdfast("start"))

    ok(holdfast("urge", "text", *words, "--intensity", "4"))
    ok(holdfast("contact", "text", *words))

    notes = [getattr(e, "note", None) for e in Store(data_dir).load().events]
    expected = words[-1].removeprefix("--note=")
    assert notes.count(expected) == 2


def test_a_note_still_needs_its_text(holdfast: Holdfast) -> None:
    result = holdfast("urge", "text", "--note")
    assert result.code == 2
    assert "--note: expected one argument" in one_error_line(result)
