"""Day arithmetic on the local wall clock, so daylight-saving changes never shift a day."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo


def zone_of(now: datetime) -> tzinfo:
    """The zone whose rules apply: the one the clock reported `now` in."""
    if now.tzinfo is None:
        raise ValueError("the current time must be aware of its zone")
    return now.tzinfo


def whole_days_between(start: datetime, end: datetime, zone: tzinfo) -> int:
    """Whole days that passed on the wall clock of `zone` from `start` to `end`, never negative.

    Comparing wall times (not elapsed seconds) is what makes day 1 arrive at the same time of day
    across a 23- or 25-hour day.
    """
    start_wall = start.astimezone(zone).replace(tzinfo=None)
    end_wall = end.astimezone(zone).replace(tzinfo=None)
    return max(0, (end_wall - start_wall).days)


def add_days(start: datetime, days: int, zone: tzinfo) -> datetime:
    """The instant `days` later on the wall clock of `zone`, at the same time of day."""
    local = start.astimezone(zone)
    wall = local.replace(tzinfo=None) + timedelta(days=days)
    # A wall time that falls in a spring-forward gap resolves, by zoneinfo's rules, to the
    # instant just after the gap, which is what a person would expect.
    return wall.replace(tzinfo=zone, fold=local.fold)


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
