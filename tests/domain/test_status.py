"""The summary a user sees: streak, totals, today's urges and the countdown, on their clock."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.domain.clock import FixedClock
from app.domain.events import ContactKind, Event, StartedBy, UrgeKind
from app.domain.logbook import Logbook, log_urge, plan, record_contact
from app.domain.status import status
from tests.domain.support import (
    BERLIN,
    DAY_SECONDS,
    KOLKATA,
    LORD_HOWE,
    NEW_YORK,
    UTC_ZONE,
    a_contact,
    a_plan,
    an_urge,
    figures,
    just_before,
    later,
    local,
    logbook_of,
)


def _book(*events: Event) -> Logbook:
    return Logbook(events=events)


def test_after_a_slip_the_totals_read_78_of_79_days() -> None:
    clock = FixedClock(local(BERLIN, 2026, 1, 5, 10, 0))
    begin = plan(Logbook(), clock.now())
    clock.set(local(BERLIN, 2026, 2, 14, 9, 0))  # day 40 has not quite arrived
    slip = record_contact(clock.now(), ContactKind.TEXT)
    clock.set(local(BERLIN, 2026, 3, 25, 10, 0))  # 79 days after the start
    summary = status(_book(begin, slip), clock.now())
    assert summary.tracked_days == 79
    assert summary.total_no_contact_days == 78
    assert summary.longest_streak_days == 39
    assert summary.streak_days == 39
    assert summary.attempts == 2
    assert summary.countdown is not None
    assert summary.countdown.started_at == slip.at


def test_the_countdown_follows_the_current_run_and_the_latest_target() -> None:
    clock = FixedClock(local(NEW_YORK, 2026, 6, 1, 8, 0))
    first = plan(Logbook(), clock.now(), target_days=21)
    clock.advance(timedelta(days=2))
    slip = record_contact(clock.now(), ContactKind.CALL)
    clock.advance(timedelta(days=1))
    replanned = plan(_book(first, slip), clock.now(), target_days=35)
    summary = status(_book(first, slip, replanned), clock.now())
    assert summary.countdown is not None
    assert summary.countdown.started_at == slip.at
    assert summary.countdown.target_days == 35
    assert summary.countdown.remaining.total_seconds() == 34 * DAY_SECONDS


@pytest.mark.parametrize(
    ("start", "next_day"),
    [
        (local(BERLIN, 2026, 3, 28, 22, 15), local(BERLIN, 2026, 3, 29, 22, 15)),  # 23 hours
        (local(BERLIN, 2026, 10, 24, 6, 45), local(BERLIN, 2026, 10, 25, 6, 45)),  # 25 hours
        (local(NEW_YORK, 2026, 3, 7, 12, 0), local(NEW_YORK, 2026, 3, 8, 12, 0)),
        (local(NEW_YORK, 2026, 10, 31, 23, 0), local(NEW_YORK, 2026, 11, 1, 23, 0)),
        (local(LORD_HOWE, 2026, 10, 3, 18, 0), local(LORD_HOWE, 2026, 10, 4, 18, 0)),
        (local(LORD_HOWE, 2026, 4, 4, 18, 0), local(LORD_HOWE, 2026, 4, 5, 18, 0)),
    ],
)
def test_the_streak_turns_one_at_the_same_wall_time_across_a_time_change(
    start: datetime, next_day: datetime
) -> None:
    book = _book(plan(Logbook(), start))
    assert status(book, just_before(next_day)).streak_days == 0
    assert status(book, next_day).streak_days == 1
    assert status(book, later(next_day, days=6)).streak_days == 7


def test_a_start_at_23_59_is_day_0_after_midnight_and_day_1_at_23_59() -> None:
    book = _book(plan(Logbook(), local(KOLKATA, 2026, 6, 1, 23, 59)))
    assert status(book, local(KOLKATA, 2026, 6, 2, 0, 1)).streak_days == 0
    assert status(book, local(KOLKATA, 2026, 6, 2, 23, 58)).streak_days == 0
    assert status(book, local(KOLKATA, 2026, 6, 2, 23, 59)).streak_days == 1


def test_urges_today_counts_by_the_local_calendar_day() -> None:
    book = logbook_of(
        a_plan(local(BERLIN, 2026, 6, 1, 8, 0)),
        an_urge(local(BERLIN, 2026, 6, 1, 23, 59)),  # yesterday, one minute before midnight
        an_urge(local(BERLIN, 2026, 6, 2, 0, 0)),
        an_urge(local(BERLIN, 2026, 6, 2, 13, 0)),
        an_urge(local(BERLIN, 2026, 6, 2, 23, 59, 59)),
    )
    summary = status(book, local(BERLIN, 2026, 6, 2, 23, 59, 59))
    assert summary.urges_today == 3
    assert summary.urges_total == 4
    assert status(book, local(BERLIN, 2026, 6, 3, 0, 0)).urges_today == 0
    assert status(book, local(BERLIN, 2026, 6, 1, 23, 59, 59)).urges_today == 1


def test_urges_today_on_a_23_hour_day() -> None:
    book = logbook_of(
        an_urge(local(BERLIN, 2026, 3, 28, 23, 30)),
        an_urge(local(BERLIN, 2026, 3, 29, 0, 30)),
        an_urge(local(BERLIN, 2026, 3, 29, 23, 30)),
        an_urge(local(BERLIN, 2026, 3, 30, 0, 0)),
    )
    assert status(book, local(BERLIN, 2026, 3, 29, 12, 0)).urges_today == 2


def test_urges_today_follow_the_zone_the_user_is_in_now() -> None:
    # 20:00 UTC is still 1 June in New York but already 2 June in Kolkata.
    book = logbook_of(an_urge(local(UTC_ZONE, 2026, 6, 1, 20, 0)))
    assert status(book, local(NEW_YORK, 2026, 6, 1, 22, 0)).urges_today == 1
    assert status(book, local(KOLKATA, 2026, 6, 2, 8, 0)).urges_today == 1
    assert status(book, local(KOLKATA, 2026, 6, 2, 1, 0)).urges_today == 1
    assert status(book, local(NEW_YORK, 2026, 6, 2, 8, 0)).urges_today == 0


def test_a_start_on_the_leap_day() -> None:
    book = _book(plan(Logbook(), local(BERLIN, 2028, 2, 29, 20, 0)))
    assert status(book, local(BERLIN, 2028, 3, 1, 19, 59)).streak_days == 0
    assert status(book, local(BERLIN, 2028, 3, 1, 20, 0)).streak_days == 1
    assert status(book, local(BERLIN, 2029, 2, 28, 20, 0)).streak_days == 365
    summary = status(book, local(BERLIN, 2028, 3, 1, 20, 0))
    assert summary.countdown is not None
    assert summary.countdown.target_at == local(BERLIN, 2028, 3, 30, 20, 0)


def test_a_change_of_zone_counts_days_on_the_new_wall_clock() -> None:
    book = _book(plan(Logbook(), local(BERLIN, 2026, 5, 1, 22, 0)))  # 16:00 in New York
    assert status(book, local(NEW_YORK, 2026, 5, 2, 15, 59)).streak_days == 0
    assert status(book, local(NEW_YORK, 2026, 5, 2, 16, 0)).streak_days == 1
    summary = status(book, local(NEW_YORK, 2026, 5, 11, 16, 0))
    assert summary.streak_days == 10
    assert summary.countdown is not None
    assert summary.countdown.target_at == local(NEW_YORK, 2026, 5, 31, 16, 0)


def test_flying_west_right_after_starting_never_shows_a_negative_day() -> None:
    start = local(KOLKATA, 2026, 5, 2, 3, 0)  # 17:30 on 1 May in New York
    book = _book(plan(Logbook(), start))
    summary = status(book, later(start, hours=1).astimezone(NEW_YORK))
    assert figures(summary)[:5] == (0, 0, 0, 0, 1)
    assert summary.countdown is not None
    assert summary.countdown.progress >= 0
    assert summary.countdown.remaining.total_seconds() > 0


def test_a_change_of_zone_across_a_time_change_counts_the_new_zone_rules() -> None:
    # Begun in Kolkata (no time changes), now in Berlin the night the clocks go forward.
    book = _book(plan(Logbook(), local(BERLIN, 2026, 3, 28, 12, 0).astimezone(KOLKATA)))
    assert status(book, local(BERLIN, 2026, 3, 29, 11, 59)).streak_days == 0
    assert status(book, local(BERLIN, 2026, 3, 29, 12, 0)).streak_days == 1
    assert status(book, local(KOLKATA, 2026, 3, 29, 15, 30)).streak_days == 0  # same instant


def test_the_clock_moved_back_before_the_start_shows_nothing_negative() -> None:
    start = local(BERLIN, 2026, 5, 10, 12, 0)
    book = _book(plan(Logbook(), start), log_urge(later(start, hours=2), UrgeKind.CALL, 3))
    summary = status(book, local(BERLIN, 2026, 5, 7, 9, 0))
    assert figures(summary)[:5] == (0, 0, 0, 0, 1)
    assert summary.countdown is not None
    assert summary.countdown.progress == 0
    assert summary.countdown.remaining.total_seconds() >= 30 * DAY_SECONDS
    assert not summary.countdown.target_reached
    assert summary.urges_today == 0
    assert summary.urges_total == 1


def test_the_clock_moved_back_between_two_runs_keeps_totals_within_tracked_days() -> None:
    start = local(BERLIN, 2026, 5, 1, 12, 0)
    slip = a_contact(local(BERLIN, 2026, 5, 20, 12, 0))
    book = logbook_of(a_plan(start), slip)
    summary = status(book, local(BERLIN, 2026, 5, 11, 12, 0))  # the clock says 11 May
    assert summary.tracked_days == 10
    assert summary.total_no_contact_days <= summary.tracked_days
    assert summary.longest_streak_days <= summary.tracked_days
    assert summary.streak_days == 0


def test_a_slip_in_the_repeated_hour_keeps_totals_within_tracked_days() -> None:
    # Begun at 02:50 summer time; a slip 20 minutes later, at 02:10 winter time.
    start = local(BERLIN, 2026, 10, 25, 2, 50, fold=0)
    slip = a_contact(local(BERLIN, 2026, 10, 25, 2, 10, fold=1))
    book = logbook_of(a_plan(start), slip)
    summary = status(book, local(BERLIN, 2026, 10, 26, 2, 30))
    assert summary.streak_days == 1
    assert summary.total_no_contact_days <= summary.tracked_days


def test_their_contact_changes_no_figure() -> None:
    start = local(BERLIN, 2026, 5, 1, 12, 0)
    now = local(BERLIN, 2026, 5, 20, 12, 0)
    without = status(logbook_of(a_plan(start)), now)
    theirs = a_contact(local(BERLIN, 2026, 5, 8, 12, 0), StartedBy.THEM)
    needed = a_contact(local(BERLIN, 2026, 5, 9, 12, 0), necessary=True)
    with_them = status(logbook_of(a_plan(start), theirs, needed), now)
    assert figures(with_them) == figures(without)
    assert figures(without)[:5] == (19, 19, 19, 19, 1)
