"""Day arithmetic on the wall clock: days arrive at the same time of day, whatever the clocks do."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from app.domain.wallclock import (
    add_days,
    as_recorded,
    day_bounds,
    local_date,
    seconds_between,
    whole_days_between,
)
from tests.domain.support import (
    BERLIN,
    DAY_SECONDS,
    KOLKATA,
    LORD_HOWE,
    NEW_YORK,
    SECOND,
    local,
    utc,
    wall,
)


@pytest.mark.parametrize(
    ("start", "hours_in_day"),
    [
        (local(BERLIN, 2026, 3, 28, 10, 0), 23),  # the day the clocks go forward
        (local(BERLIN, 2026, 10, 24, 10, 0), 25),  # the day they go back
        (local(NEW_YORK, 2026, 3, 7, 21, 30), 23),
        (local(NEW_YORK, 2026, 10, 31, 21, 30), 25),
        (local(LORD_HOWE, 2026, 10, 3, 8, 0), 23.5),  # a 30-minute shift
        (local(LORD_HOWE, 2026, 4, 4, 8, 0), 24.5),
    ],
)
def test_day_one_arrives_at_the_same_wall_time_across_a_short_or_long_day(
    start: datetime, hours_in_day: float
) -> None:
    zone = start.tzinfo
    assert isinstance(zone, ZoneInfo)
    next_day = datetime.combine(start.date() + timedelta(days=1), start.time(), tzinfo=zone)
    assert seconds_between(start, next_day) == hours_in_day * 3600

    assert whole_days_between(start, utc(next_day) - SECOND, zone) == 0
    assert whole_days_between(start, next_day, zone) == 1
    assert add_days(start, 1, zone) == next_day
    assert wall(add_days(start, 1, zone), zone) == wall(next_day, zone)


def test_a_recorded_start_counts_the_same_as_the_zoned_one() -> None:
    start = local(BERLIN, 2026, 3, 28, 10, 0)
    recorded = as_recorded(start)
    assert recorded.utcoffset() == timedelta(hours=1)
    end = local(BERLIN, 2026, 3, 29, 10, 0)
    assert whole_days_between(recorded, utc(end) - SECOND, BERLIN) == 0
    assert whole_days_between(recorded, end, BERLIN) == 1


def test_days_are_never_negative_when_the_end_comes_first() -> None:
    start = local(BERLIN, 2026, 5, 10, 12, 0)
    assert whole_days_between(start, local(BERLIN, 2026, 5, 1, 12, 0), BERLIN) == 0
    assert whole_days_between(start, utc(start) - SECOND, BERLIN) == 0


def test_midnight_is_not_a_day() -> None:
    start = local(KOLKATA, 2026, 6, 1, 23, 59)
    assert whole_days_between(start, local(KOLKATA, 2026, 6, 2, 0, 1), KOLKATA) == 0
    assert whole_days_between(start, local(KOLKATA, 2026, 6, 2, 23, 58), KOLKATA) == 0
    assert whole_days_between(start, local(KOLKATA, 2026, 6, 2, 23, 59), KOLKATA) == 1


def test_leap_day_is_a_day_like_any_other() -> None:
    start = local(BERLIN, 2028, 2, 28, 9, 0)
    assert add_days(start, 1, BERLIN) == local(BERLIN, 2028, 2, 29, 9, 0)
    assert add_days(start, 2, BERLIN) == local(BERLIN, 2028, 3, 1, 9, 0)
    assert whole_days_between(start, local(BERLIN, 2028, 3, 1, 8, 59), BERLIN) == 1
    leap_day = local(BERLIN, 2028, 2, 29, 9, 0)
    assert whole_days_between(leap_day, local(BERLIN, 2029, 2, 28, 9, 0), BERLIN) == 365


def test_a_day_that_the_clocks_skip_arrives_when_they_jump() -> None:
    # 02:30 on 29 March 2026 does not exist in Berlin: the clocks go from 02:00 to 03:00.
    start = local(BERLIN, 2026, 3, 8, 2, 30)
    target = add_days(start, 21, BERLIN)
    assert utc(target) == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # 03:00 summer time
    assert seconds_between(start, target) > 0
    assert whole_days_between(start, target, BERLIN) == 21
    assert whole_days_between(start, utc(target) - SECOND, BERLIN) == 20


def test_a_day_skipped_by_a_half_hour_jump_arrives_when_it_jumps() -> None:
    start = local(LORD_HOWE, 2026, 9, 13, 2, 15)  # 02:15 on 4 October does not exist there
    target = add_days(start, 21, LORD_HOWE)
    assert utc(target) == utc(local(LORD_HOWE, 2026, 10, 4, 1, 59)) + timedelta(minutes=1)
    assert wall(target, LORD_HOWE) == (2026, 10, 4, 2, 30, 0)
    assert whole_days_between(start, target, LORD_HOWE) == 21
    assert whole_days_between(start, utc(target) - SECOND, LORD_HOWE) == 20


def test_a_repeated_hour_never_takes_a_day_back() -> None:
    # Day 21 arrives at the first 02:30 of 25 October; the clocks then go back to 02:00.
    start = local(BERLIN, 2026, 10, 4, 2, 30)
    first_pass = local(BERLIN, 2026, 10, 25, 2, 30)
    assert add_days(start, 21, BERLIN) == first_pass
    assert whole_days_between(start, utc(first_pass) - SECOND, BERLIN) == 20
    counts = [
        whole_days_between(start, utc(first_pass) + timedelta(minutes=minutes), BERLIN)
        for minutes in range(0, 150, 5)
    ]
    assert counts == [21] * len(counts)


def test_an_ambiguous_start_counts_from_the_instant_it_was() -> None:
    first = local(BERLIN, 2026, 10, 25, 2, 30, fold=0)  # summer time
    second = local(BERLIN, 2026, 10, 25, 2, 30, fold=1)  # an hour later, winter time
    assert seconds_between(first, second) == 3600
    for start in (first, second):
        next_day = local(BERLIN, 2026, 10, 26, 2, 30)
        assert add_days(start, 1, BERLIN) == next_day
        assert whole_days_between(start, utc(next_day) - SECOND, BERLIN) == 0
        assert whole_days_between(start, next_day, BERLIN) == 1
        assert whole_days_between(start, start, BERLIN) == 0


def test_days_are_counted_on_the_wall_clock_of_the_zone_given() -> None:
    # Berlin's clocks go forward on 29 March; Kolkata's never move.
    start = local(BERLIN, 2026, 3, 28, 12, 0)  # 16:30 in Kolkata
    berlin_day_one = local(BERLIN, 2026, 3, 29, 12, 0)  # 15:30 in Kolkata
    kolkata_day_one = local(KOLKATA, 2026, 3, 29, 16, 30)  # 13:00 in Berlin
    assert whole_days_between(start, berlin_day_one, BERLIN) == 1
    assert whole_days_between(start, berlin_day_one, KOLKATA) == 0
    assert whole_days_between(start, utc(kolkata_day_one) - SECOND, KOLKATA) == 0
    assert whole_days_between(start, kolkata_day_one, KOLKATA) == 1


def test_local_date_and_day_bounds_follow_the_zone() -> None:
    moment = datetime(2026, 6, 1, 20, 0, tzinfo=UTC)
    assert local_date(moment, KOLKATA) == date(2026, 6, 2)  # 01:30 the next morning
    assert local_date(moment, NEW_YORK) == date(2026, 6, 1)
    start, end = day_bounds(date(2026, 3, 29), BERLIN)
    assert start == datetime(2026, 3, 28, 23, 0, tzinfo=UTC)
    assert end == datetime(2026, 3, 29, 22, 0, tzinfo=UTC)  # a 23-hour day


def test_as_recorded_keeps_the_offset_of_the_moment() -> None:
    summer = as_recorded(local(BERLIN, 2026, 7, 1, 12, 0))
    winter = as_recorded(local(BERLIN, 2026, 12, 1, 12, 0))
    assert summer.tzinfo == timezone(timedelta(hours=2))
    assert winter.tzinfo == timezone(timedelta(hours=1))
    assert wall(summer, BERLIN) == (2026, 7, 1, 12, 0, 0)


def test_seconds_between_counts_real_seconds() -> None:
    start = local(BERLIN, 2026, 3, 28, 12, 0)
    end = local(BERLIN, 2026, 3, 29, 12, 0)
    assert seconds_between(start, end) == DAY_SECONDS - 3600
    assert seconds_between(end, start) == -(DAY_SECONDS - 3600)
