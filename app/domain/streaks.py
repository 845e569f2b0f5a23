"""Runs of no contact, worked out from the recorded events alone."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from app.domain.events import Contact, Event, Plan, Urge
from app.domain.wallclock import whole_days_between, zone_of


@dataclass(frozen=True, slots=True)
class Run:
    """One stretch of no contact: from a start to the next start, or still going."""

    started_at: datetime
    ended_at: datetime | None
    ended_by: Contact | None  # None with an end: the user began again with a new plan
    days: int
    urges: int

    @property
    def is_current(self) -> bool:
        return self.ended_at is None


@dataclass(frozen=True, slots=True)
class _Start:
    at: datetime
    contact: Contact | None


def runs(
    events: Iterable[Event], now: datetime, urge_times: Sequence[float] | None = None
) -> list[Run]:
    """Every run, oldest first; the last one is the current run. Empty before any start.

    `urge_times` is `urge_timestamps(events)`, for a caller that has it already.
    """
    events = list(events)
    starts = _run_starts(events)
    if urge_times is None:
        urge_times = urge_timestamps(events)
    zone = zone_of(now)
    result = []
    for index, start in enumerate(starts):
        following = starts[index + 1] if index + 1 < len(starts) else None
        end = following.at if following else None
        # A run counts no further than now: a clock set back must not count days to come.
        counted_to = end if end is not None and end < now else now
        result.append(
            Run(
                started_at=start.at,
                ended_at=end,
                ended_by=following.contact if following else None,
                days=whole_days_between(start.at, counted_to, zone),
                urges=count_between(urge_times, start.at, end),
            )
        )
    return result


def _run_starts(events: Sequence[Event]) -> list[_Start]:
    """Where runs begin: at each plan's last contact and at each contact that broke the period.

    A plan says "my last contact was then", so it withdraws the starts of earlier plans that lie
    after that moment: moving the start of the current run back corrects it instead of splitting it.
    """
    plan_starts: list[datetime] = []
    for plan in sorted((e for e in events if isinstance(e, Plan)), key=recorded_order):
        plan_starts = [start for start in plan_starts if start <= plan.last_contact]
        plan_starts.append(plan.last_contact)
    starts = {start: _Start(start, None) for start in plan_starts}
    slips = (e for e in events if isinstance(e, Contact) and e.breaks_no_contact)
    for slip in sorted(slips, key=recorded_order):
        starts[slip.at] = _Start(slip.at, slip)
    return sorted(starts.values(), key=lambda start: start.at)


def recorded_order(event: Event) -> tuple[datetime, str]:
    """Entries in the order they were made; the id settles entries made at the same instant, so
    the figures never depend on the order entries happen to be listed in (imports, merges)."""
    return (event.at, event.id)


def urge_timestamps(events: Iterable[Event]) -> list[float]:
    """When each urge happened, as sorted POSIX timestamps.

    Floats, because comparing and sorting datetimes recorded with different offsets is slow, and
    a heavy user has tens of thousands of urges.
    """
    return sorted(event.at.timestamp() for event in events if isinstance(event, Urge))


def count_between(sorted_times: Sequence[float], start: datetime, end: datetime | None) -> int:
    """How many of `sorted_times` fall from `start` (included) to `end` (excluded, or open)."""
    low = bisect_left(sorted_times, start.timestamp())
    high = len(sorted_times) if end is None else bisect_left(sorted_times, end.timestamp())
    return high - low
