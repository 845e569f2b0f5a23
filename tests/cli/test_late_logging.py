"""`holdfast contact --at` and `holdfast urge --at`: a slip or an urge told of after it happened."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.domain.clock import FixedClock
from app.domain.events import Contact, Urge
from app.storage.status_cache import CACHE_FILE_NAME
from app.storage.store import Store
from tests.cli.support import (
    BERLIN,
    Holdfast,
    history_json,
    ok,
    one_error_line,
    snapshot,
    status_json,
)

# The clock reads noon on Sunday 1 March 2026 in Berlin; the run began a week before: day 7.
SINCE = "2026-02-22T12:00"


@pytest.fixture
def started(holdfast: Holdfast) -> Holdfast:
    ok(holdfast("start", "--since", SINCE))
    return holdfast


def _contacts(store: Store) -> list[Contact]:
    return [e for e in store.load().events if isinstance(e, Contact)]


def _urges(store: Store) -> list[Urge]:
    return [e for e in store.load().events if isinstance(e, Urge)]


def test_a_slip_last_night_ends_the_run_then_and_says_so(started: Holdfast, store: Store) -> None:
    result = ok(started("contact", "text", "--at", "2026-02-28T21:30"))

    assert result.out == (
        "Recorded for 2026-02-28 21:30. A new run began then: you are on day 0; the days "
        "before it stay in your history (6 days without contact so far).\n"
    )
    (saved,) = _contacts(store)
    assert saved.at == datetime(2026, 2, 28, 21, 30, tzinfo=BERLIN)
    runs = history_json(started)["runs"]
    assert [(run["started_at"], run["days"]) for run in runs] == [
        ("2026-02-22T12:00:00+01:00", 6),
        ("2026-02-28T21:30:00+01:00", 0),
    ]


def test_a_time_of_day_alone_is_earlier_today(started: Holdfast, store: Store) -> None:
    result = ok(started("urge", "call", "--at", "09:15"))

    assert result.out == (
        "Logged for 2026-03-01 09:15: the urge to call them, resisted. "
        "Urges resisted today: 1. It will pass; you are on day 7.\n"
    )
    (urge,) = _urges(store)
    assert urge.at == datetime(2026, 3, 1, 9, 15, tzinfo=BERLIN)


def test_a_time_with_an_offset_is_that_instant(started: Holdfast, store: Store) -> None:
    ok(started("contact", "call", "--by", "them", "--at", "2026-03-01T08:00+00:00"))

    (saved,) = _contacts(store)
    assert saved.at == datetime(2026, 3, 1, 8, 0, tzinfo=UTC)
    assert status_json(started)["streak_days"] == 7  # they called: the run goes on


def test_a_contact_they_started_told_late_keeps_the_run(started: Holdfast) -> None:
    result = ok(started("contact", "call", "--by", "them", "--at", "2026-02-27T18:00"))

    assert result.out == (
        "Recorded for 2026-02-27 18:00. It does not end your run, because they started it: "
        "you are on day 7.\n"
    )


def test_a_slip_before_the_current_run_began_leaves_it_going(started: Holdfast) -> None:
    result = ok(started("contact", "in_person", "--at", "2026-02-15T10:00"))

    assert result.out == (
        "Recorded for 2026-02-15 10:00. It ended the run it fell in; your current run goes on: "
        "you are on day 7.\n"
    )
    current = status_json(started)
    assert (current["streak_days"], current["attempts"]) == (7, 2)


def test_an_urge_told_late_counts_the_same_as_one_logged_then(
    started: Holdfast, store: Store, clock: FixedClock
) -> None:
    ok(started("urge", "text"))  # noon today
    ok(started("urge", "text", "--at", "2026-02-28T23:50"))  # late last night, told after
    ok(started("urge", "social", "--at", "00:10"))  # just after midnight

    counted = status_json(started)
    assert (counted["urges_today"], counted["urges_total"]) == (2, 3)
    assert history_json(started)["runs"][-1]["urges"] == 3
    assert sorted(urge.at for urge in _urges(store)) == [
        datetime(2026, 2, 28, 23, 50, tzinfo=BERLIN),
        datetime(2026, 3, 1, 0, 10, tzinfo=BERLIN),
        clock.now(),
    ]


@pytest.mark.parametrize(
    ("when", "said"),
    [
        ("2026-03-01T12:10", "the contact cannot be in the future (it is now 2026-03-01 12:00)"),
        ("2026-03-02", "the contact cannot be in the future (it is now 2026-03-01 12:00)"),
        (
            "13:00",
            "13:00 today has not come yet (it is now 12:00); for an earlier day give the date "
            "too, such as 2026-02-28T13:00",
        ),
        ("1969-12-31T23:00+00:00", "the contact cannot be before 1970 (it reads 1969-12-31)"),
    ],
    ids=["later-today", "tomorrow", "a-time-still-to-come", "before-1970"],
)
def test_a_time_that_cannot_be_is_refused_and_nothing_is_written(
    started: Holdfast, data_dir: Path, when: str, said: str
) -> None:
    before = snapshot(data_dir)

    result = started("contact", "text", "--at", when)

    assert result.code == 2
    assert said in one_error_line(result)
    assert result.out == ""
    assert snapshot(data_dir) == before


def test_an_urge_in_the_future_is_refused(started: Holdfast) -> None:
    result = started("urge", "text", "--at", "2026-03-01T18:00")

    assert result.code == 2
    assert "the urge cannot be in the future" in one_error_line(result)


@pytest.mark.parametrize("when", ["yesterday evening", "9:30", "25:00", "2026-02-30T10:00", ""])
@pytest.mark.parametrize("command", ["contact", "urge"])
def test_a_form_that_is_not_a_time_is_refused_in_one_line(
    started: Holdfast, command: str, when: str
) -> None:
    result = started(command, "text", "--at", when)

    assert result.code == 2
    line = one_error_line(result)
    assert f"{when!r} is not a time; use HH:MM for earlier today, or a date and time" in line
    assert status_json(started)["urges_total"] == 0
    assert status_json(started)["attempts"] == 1


@pytest.mark.parametrize("command", ["contact", "urge"])
def test_help_says_which_times_are_allowed(holdfast: Holdfast, command: str) -> None:
    result = holdfast(command, "--help")

    assert result.code == 0
    text = " ".join(result.out.split())
    assert "--at WHEN" in text
    assert "HH:MM for earlier today" in text
    assert "never in the future" in text


def test_the_order_entries_were_appended_in_never_changes_the_figures(
    started: Holdfast, data_dir: Path
) -> None:
    # Each goes to the end of the file, through the status cache: the slip after the urges
    # that came later than it, and an urge from before the slip after both.
    ok(started("urge", "text", "--at", "10:00"))
    ok(started("urge", "call", "--at", "11:30"))
    ok(started("contact", "text", "--at", "09:00"))
    ok(started("urge", "social", "--at", "08:15"))
    from_the_cache = status_json(started)

    (data_dir / CACHE_FILE_NAME).unlink()  # the next command decodes the whole file

    assert status_json(started) == from_the_cache
    assert (from_the_cache["streak_days"], from_the_cache["attempts"]) == (0, 2)
    assert from_the_cache["streak_started_at"] == "2026-03-01T09:00:00+01:00"
    runs = history_json(started)["runs"]
    assert [(run["days"], run["urges"]) for run in runs] == [(6, 1), (0, 2)]
