"""The countdown: the target day on the wall clock, real seconds remaining, milestones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.domain.countdown import MILESTONE_DAYS, Countdown, Milestone, countdown
from app.domain.wallclock import as_recorded, whole_days_between
from tests.domain.support import (
    BERLIN,
    DAY_SECONDS,
    KOLKATA,
    LORD_HOWE,
    NEW_YORK,
    just_before,
    later,
    local,
    utc,
    wall,
)


@pytest.mark.parametrize(
    ("start", "days", "target_wall", "seconds"),
    [
        # forward in spring: one hour fewer
        (local(BERLIN, 2026, 3, 15, 20, 0), 30, (2026, 4, 14, 20, 0, 0), 30 * DAY_SECONDS - 3600),
        (local(NEW_YORK, 2026, 2, 20, 7, 15), 21, (2026, 3, 13, 7, 15, 0), 21 * DAY_SECONDS - 3600),
        # back in autumn: one hour more
        (local(NEW_YORK, 2026, 10, 20, 8, 0), 21, (2026, 11, 10, 8, 0, 0), 21 * DAY_SECONDS + 3600),
        (
            local(BERLIN, 2026, 10, 1, 23, 30),
            45,
            (2026, 11, 15, 23, 30, 0),
            45 * DAY_SECONDS + 3600,
        ),
        # half an hour on Lord Howe Island
        (
            local(LORD_HOWE, 2026, 9, 20, 12, 0),
            30,
            (2026, 10, 20, 12, 0, 0),
            30 * DAY_SECONDS - 1800,
        ),
        (
            local(LORD_HOWE, 2026, 3, 20, 12, 0),
            30,
            (2026, 4, 19, 12, 0, 0),
            30 * DAY_SECONDS + 1800,
        ),
        # no change at all
        (local(KOLKATA, 2026, 3, 15, 20, 0), 30, (2026, 4, 14, 20, 0, 0), 30 * DAY_SECONDS),
    ],
)
def test_the_target_is_the_same_wall_time_and_remaining_is_real_seconds(
    start: datetime, days: int, target_wall: tuple[int, ...], seconds: int
) -> None:
    zone = start.tzinfo
    assert isinstance(zone, ZoneInfo)
    result = countdown(as_recorded(start), days, start)
    assert wall(result.target_at, zone) == target_wall
    assert result.remaining.total_seconds() == seconds
    assert result.progress == 0
    assert not result.target_reached

    halfway = countdown(as_recorded(start), days, later(start, seconds=seconds / 2))
    assert halfway.progress == pytest.approx(0.5)
    assert halfway.remaining.total_seconds() == pytest.approx(seconds / 2)


def test_target_reached_flips_exactly_at_the_target_instant() -> None:
    begin = local(BERLIN, 2026, 3, 15, 20, 0)
    start = as_recorded(begin)
    target = local(BERLIN, 2026, 4, 14, 20, 0)
    before = countdown(start, 30, just_before(target))
    assert not before.target_reached
    assert before.remaining == timedelta(seconds=1)
    assert before.progress < 1
    at = countdown(start, 30, target)
    assert at.target_reached
    assert at.remaining == timedelta(0)
    assert at.progress == 1
    long_after = countdown(start, 30, local(BERLIN, 2026, 9, 1, 0, 0))
    assert long_after.remaining == timedelta(0)
    assert long_after.progress == 1


def test_a_start_inside_the_repeated_hour_resolves_sensibly() -> None:
    for fold in (0, 1):
        begin = local(BERLIN, 2026, 10, 25, 2, 30, fold=fold)
        start = as_recorded(begin)
        result = countdown(start, 21, begin)
        assert utc(result.target_at) > utc(start)
        assert result.target_at == local(BERLIN, 2026, 11, 15, 2, 30)
        assert result.remaining.total_seconds() == 21 * DAY_SECONDS + (3600 if fold == 0 else 0)
        assert result.progress == 0
        assert whole_days_between(start, result.target_at, BERLIN) == 21


def test_a_target_in_the_skipped_hour_is_reached_with_its_day() -> None:
    begin = local(NEW_YORK, 2026, 2, 15, 2, 30)
    start = as_recorded(begin)  # 8 March has no 02:30
    result = countdown(start, 21, begin)
    assert utc(result.target_at) == datetime(2026, 3, 8, 7, 0, tzinfo=UTC)  # 03:00 EDT
    assert result.remaining.total_seconds() == 21 * DAY_SECONDS - 1800
    earlier = countdown(start, 21, just_before(result.target_at))
    assert not earlier.target_reached
    assert whole_days_between(start, just_before(result.target_at), NEW_YORK) == 20
    reached = countdown(start, 21, result.target_at)
    assert reached.target_reached
    assert whole_days_between(start, result.target_at, NEW_YORK) == 21


def test_a_target_across_the_leap_day() -> None:
    begin = local(BERLIN, 2028, 2, 10, 9, 0)
    start = as_recorded(begin)
    result = countdown(start, 30, begin)
    assert result.target_at == local(BERLIN, 2028, 3, 11, 9, 0)  # 12 March in a common year
    leap_begin = local(BERLIN, 2028, 2, 29, 9, 0)
    leap_start = as_recorded(leap_begin)
    assert countdown(leap_start, 21, leap_begin).target_at == local(BERLIN, 2028, 3, 21, 9, 0)


def test_the_clock_moved_back_before_the_start_shows_nothing_negative() -> None:
    begin = local(BERLIN, 2026, 5, 10, 12, 0)
    start = as_recorded(begin)
    result = countdown(start, 30, local(BERLIN, 2026, 5, 7, 12, 0))
    assert result.progress == 0
    assert result.remaining.total_seconds() >= 30 * DAY_SECONDS
    assert not result.target_reached
    assert not any(m.reached for m in result.milestones)
    assert result.next_milestone is not None
    assert result.next_milestone.days == 1


def test_milestones_are_the_fixed_days_plus_the_target_once() -> None:
    begin = local(BERLIN, 2026, 5, 1, 8, 0)
    start = as_recorded(begin)
    for target in (21, 30, 45):
        result = countdown(start, target, begin)
        assert [m.days for m in result.milestones] == list(MILESTONE_DAYS)
        assert [m.days for m in result.milestones if m.is_target] == [target]
    odd = countdown(start, 25, begin)
    assert [m.days for m in odd.milestones] == [1, 3, 7, 14, 21, 25, 30, 45]
    assert [m.days for m in odd.milestones if m.is_target] == [25]


def test_milestones_flip_exactly_at_their_wall_clock_instants() -> None:
    begin = local(BERLIN, 2026, 3, 20, 21, 0)  # summer time begins on day 9
    start = as_recorded(begin)
    for milestone in countdown(start, 30, begin).milestones:
        expected = begin.date() + timedelta(days=milestone.days)
        arrives = milestone.at.astimezone(BERLIN)
        assert wall(arrives, BERLIN) == (expected.year, expected.month, expected.day, 21, 0, 0)
        assert not _by_days(countdown(start, 30, just_before(arrives)), milestone.days).reached
        assert _by_days(countdown(start, 30, arrives), milestone.days).reached
        assert whole_days_between(start, arrives, BERLIN) == milestone.days


def test_next_milestone_is_the_first_not_yet_reached() -> None:
    begin = local(NEW_YORK, 2026, 5, 1, 8, 0)
    start = as_recorded(begin)
    assert _next_days(countdown(start, 30, begin)) == 1
    assert _next_days(countdown(start, 30, local(NEW_YORK, 2026, 5, 2, 8, 0))) == 3
    assert _next_days(countdown(start, 30, local(NEW_YORK, 2026, 5, 8, 7, 59))) == 7
    assert _next_days(countdown(start, 30, local(NEW_YORK, 2026, 5, 22, 8, 0))) == 30
    assert _next_days(countdown(start, 30, local(NEW_YORK, 2026, 5, 31, 8, 0))) == 45
    assert countdown(start, 30, local(NEW_YORK, 2026, 6, 15, 8, 0)).next_milestone is None


def _by_days(result: Countdown, days: int) -> Milestone:
    return next(m for m in result.milestones if m.days == days)


def _next_days(result: Countdown) -> int | None:
    return result.next_milestone.days if result.next_milestone else None
