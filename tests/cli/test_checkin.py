"""`holdfast checkin`: one calm line back in words, care on a hard day, today's check-in as JSON,
`checked_in_today` in the status, and bad input refused saying what is allowed."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.storage.store import Store
from tests.cli.support import Holdfast, ok, one_error_line, one_json_line, snapshot, status_json
from tests.conftest import run_holdfast_process


def test_a_check_in_answers_in_words(holdfast: Holdfast, store: Store) -> None:
    result = ok(holdfast("checkin", "--mood", "4", "--pull", "1", "--note", "tea with Sam"))

    assert result.out == "Checked in for today: mood okay, pull light. Note: tea with Sam\n"
    (check_in,) = store.load().check_ins
    assert (check_in.mood, check_in.pull, check_in.note) == (4, 1, "tea with Sam")


@pytest.mark.parametrize("mood", ["1", "2"])
def test_a_hard_day_gets_care_and_where_help_is(holdfast: Holdfast, mood: str) -> None:
    first, care = ok(holdfast("checkin", "--mood", mood, "--pull", "4")).out.splitlines()

    assert first.endswith("pull overwhelming.")
    assert care.startswith("A hard day is allowed to be hard")
    assert "call your local emergency number or a crisis line" in care
    assert not any(digit in care for digit in "0123456789")  # never a made-up number


def test_a_good_day_gets_no_care_line(holdfast: Holdfast) -> None:
    assert ok(holdfast("checkin", "--mood", "5", "--pull", "0")).out.count("\n") == 1


def test_checking_in_again_the_same_day_changes_it_keeping_what_is_not_given(
    holdfast: Holdfast, store: Store, clock: FixedClock
) -> None:
    ok(holdfast("checkin", "--mood", "2", "--pull", "3", "--note", "rough"))
    clock.advance(timedelta(hours=6))

    result = ok(holdfast("checkin", "--mood", "4"))

    assert result.out == "Today's check-in is changed: mood okay, pull strong. Note: rough\n"
    assert len(store.load().check_ins) == 1
    repeated = ok(holdfast("checkin", "--mood", "4"))
    assert repeated.out.startswith("Today's check-in already says this: mood okay")


def test_the_next_day_is_a_new_check_in(
    holdfast: Holdfast, store: Store, clock: FixedClock
) -> None:
    ok(holdfast("checkin", "--mood", "3", "--pull", "2"))
    clock.advance(timedelta(days=1))

    assert ok(holdfast("checkin", "--mood", "3", "--pull", "2")).out.startswith("Checked in")
    assert len(store.load().check_ins) == 2


def test_json_gives_today_s_check_in_or_null(holdfast: Holdfast, clock: FixedClock) -> None:
    assert one_json_line(holdfast("checkin", "--json")) is None
    ok(holdfast("checkin", "--mood", "3", "--pull", "2", "--note", "ok-ish"))

    today = one_json_line(holdfast("checkin", "--json"))

    assert {key: value for key, value in today.items() if key != "id"} == {
        "day": "2026-03-01",
        "at": "2026-03-01T12:00:00+01:00",
        "mood": 3,
        "mood_word": "up and down",
        "pull": 2,
        "pull_word": "moderate",
        "note": "ok-ish",
    }
    clock.advance(timedelta(days=1))
    assert one_json_line(holdfast("checkin", "--json")) is None


def test_without_answers_it_says_today_s_check_in_or_how_to_make_one(holdfast: Holdfast) -> None:
    assert ok(holdfast("checkin")).out.startswith(
        "No check-in today yet; `holdfast checkin --mood 1..5 --pull 0..4` adds one"
    )
    ok(holdfast("checkin", "--mood", "5", "--pull", "0"))

    assert ok(holdfast("checkin")).out == "Today's check-in: mood good, pull none.\n"


def test_status_says_whether_today_was_checked_in(holdfast: Holdfast, clock: FixedClock) -> None:
    ok(holdfast("start"))
    assert status_json(holdfast)["checked_in_today"] is False

    ok(holdfast("checkin", "--mood", "4", "--pull", "1"))
    assert status_json(holdfast)["checked_in_today"] is True  # through the status cache
    assert status_json(holdfast)["checked_in_today"] is True

    clock.advance(timedelta(days=1))
    assert status_json(holdfast)["checked_in_today"] is False


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ("--mood", "6", "--pull", "1"),
            "holdfast: argument --mood: the mood must be a whole number from 1 to 5 "
            "(1 very hard, 2 hard, 3 up and down, 4 okay, 5 good), not 6",
        ),
        (
            ("--mood", "okay", "--pull", "1"),
            "holdfast: argument --mood: the mood must be a whole number from 1 to 5, not 'okay'",
        ),
        (
            ("--mood", "3", "--pull", "-1"),
            "holdfast: argument --pull: the pull must be a whole number from 0 to 4 "
            "(0 none, 1 light, 2 moderate, 3 strong, 4 overwhelming), not -1",
        ),
        (
            ("--pull", "2"),
            "holdfast: a check-in needs both --mood 1..5 (1 very hard, 2 hard, 3 up and down, "
            "4 okay, 5 good) and --pull 0..4 (0 none, 1 light, 2 moderate, 3 strong, "
            "4 overwhelming)",
        ),
        (
            ("--mood", "3", "--pull", "1", "--note", "x" * 501),
            "holdfast: a check-in's note can be at most 500 characters; this one has 501 "
            "(the journal takes longer writing)",
        ),
    ],
)
def test_bad_input_is_refused_saying_what_is_allowed_and_writes_nothing(
    holdfast: Holdfast, data_dir: Path, arguments: tuple[str, ...], message: str
) -> None:
    result = holdfast("checkin", *arguments)

    assert result.code == 2 and result.out == ""
    assert one_error_line(result) == message
    assert snapshot(data_dir) is None


def test_an_urge_appended_to_the_proven_file_keeps_today_s_check_in(
    holdfast: Holdfast, store: Store, data_dir: Path
) -> None:
    ok(holdfast("checkin", "--mood", "3", "--pull", "3"))
    ok(holdfast("status"))  # the status cache now proves the file: urges are appended to it

    ok(holdfast("urge", "text"))
    ok(holdfast("urge", "call"))

    assert status_json(holdfast)["checked_in_today"] is True
    logbook = Store(data_dir).load()
    assert len(logbook.check_ins) == 1 and len(logbook.events) == 2


def test_the_real_command_checks_in_on_the_computer_s_clock(data_dir: Path) -> None:
    done = run_holdfast_process(data_dir, "checkin", "--mood", "5", "--pull", "0")

    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == "Checked in for today: mood good, pull none.\n"
    shown = run_holdfast_process(data_dir, "status", "--json")
    assert '"checked_in_today":true' in shown.stdout


def _writing_to_a_closed_pipe(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    reading, writing = os.pipe()
    os.close(reading)  # as `| head -c0` leaves it
    try:
        return subprocess.run(
            [sys.executable, "-m", "app", *args],
            env={**os.environ, "HOLDFAST_DATA_DIR": str(data_dir)},
            stdout=writing,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
            timeout=120,
        )
    finally:
        os.close(writing)


def test_a_check_in_saved_is_done_even_when_its_answer_cannot_be_printed(data_dir: Path) -> None:
    done = _writing_to_a_closed_pipe(data_dir, "checkin", "--mood", "3", "--pull", "2")

    assert done.returncode == 0  # a script that retries on failure checks in once
    assert "done; only the answer could not be printed" in done.stderr
    assert len(Store(data_dir).load().check_ins) == 1
    # Showing today's check-in saves nothing: not printing it is a failure.
    shown = _writing_to_a_closed_pipe(data_dir, "checkin", "--json")
    assert shown.returncode == 1
