"""Day arithmetic on the local wall clock, so daylight-saving changes never shift a day."""

from __future__ import annotations

import math
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo


def zone_of(now: datetime) -> tzinfo:
    """The zone whose rules apply: the one the clock reported `now` in."""
    if now.tzinfo is None:
        raise ValueError("the current time must be aware of its zone")
    return now.tzinfo


def whole_days_between(start: datetime, end: datetime, zone: tzinfo) -> int:
    """Whole days that passed on the wall clock of `zone` from `start` to `end`, never negative.

    Day N arrives at `add_days(start, N, zone)`: the first moment the wall clock shows the start's
    time of day N days later. Comparing wall times (not elapsed seconds) is what makes day 1 arrive
    at the same time of day across a 23- or 25-hour day.
    """
    start_wall = start.astimezone(zone).replace(tzinfo=None)
    end_local = end.astimezone(zone)
    days = (end_local.replace(tzinfo=None) - start_wall).days
    # In the hour repeated when clocks go back, the wall clock reads behind a time of day it has
    # already shown; a day that arrived in the first pass must not be taken back in the second.
    if end_local.fold and days + 1 > 0 and add_days(start, days + 1, zone) <= end:
        days += 1
    return max(0, days)


def add_days(start: datetime, days: int, zone: tzinfo) -> datetime:
    """The first instant the wall clock of `zone` shows `start`'s time of day `days` later."""
    return when_wall_clock_shows(
        start.astimezone(zone).replace(tzinfo=None) + timedelta(days=days), zone
    )


def when_wall_clock_shows(wall: datetime, zone: tzinfo) -> datetime:
    """The first instant the wall clock of `zone` shows the naive time `wall`.

    When that time happens twice (clocks go back), it is the first; when it never happens
    (clocks jump over it), it is the moment of the jump, when the wall clock passes it.
    """
    first = wall.replace(tzinfo=zone)  # fold=0: the earlier of two instants
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == wall:
        return first
    # `wall` lies in a gap. fold=1 reads it with the offset after the jump, giving an instant
    # before the gap; fold=0 with the offset before, an instant after it. Zones change offset on
    # whole seconds, so the jump is found by bisecting the seconds between the two.
    before = math.floor(wall.replace(tzinfo=zone, fold=1).timestamp())
    after = math.ceil(first.timestamp())
    while after - before > 1:
        middle = (before + after) // 2
        if datetime.fromtimestamp(middle, zone).replace(tzinfo=None) >= wall:
            after = middle
        else:
            before = middle
    return datetime.fromtimestamp(after, zone)


def local_date(instant: datetime, zone: tzinfo) -> date:
    """The calendar date an instant falls on in `zone`."""
    return instant.astimezone(zone).date()


def day_bounds(day: date, zone: tzinfo) -> tuple[datetime, datetime]:
    """The UTC instants at which `day` begins and the next day begins in `zone`."""
    start = datetime.combine(day, time(), tzinfo=zone)
    end = datetime.combine(day + timedelta(days=1), time(), tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def as_recorded(moment: datetime) -> datetime:
    """The instant with the fixed UTC offset it had when recorded, as entries keep it.

    Python compares and subtracts two datetimes that share one tzinfo object by their wall
    times, which is wrong inside a zone across a change; fixed offsets make every comparison
    between entries a comparison of instants.
    """
    offset = zone_of(moment).utcoffset(moment)
    assert offset is not None  # an aware datetime always has an offset
    return moment.astimezone(timezone(offset))


def seconds_between(start: datetime, end: datetime) -> float:
    """Real seconds elapsed from `start` to `end` (negative when `end` comes first)."""
    return (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds()
