"""Runs of no contact, worked out from the recorded events alone."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from app.domain.events import Contact, Event, recorded_order
from app.domain.timeline import Timeline
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


def runs(entries: Iterable[Event] | Timeline, now: datetime) -> list[Run]:
    """Every run, oldest first; the last one is the current run. Empty before any start."""
    timeline = entries if isinstance(entries, Timeline) else Timeline.of(entries)
    starts = _run_starts(timeline)
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
                urges=count_between(timeline.urge_times, start.at, end),
            )
        )
    return result


def _run_starts(timeline: Timeline) -> list[_Start]:
    """Where runs begin: at each plan's last contact and at each contact that broke the period.

    A plan says "my last contact was then", so it withdraws the starts of earlier plans that lie
    after that moment: moving the start of the current run back corrects it instead of splitting it.
    A plan without a last contact changed the target only and starts nothing, unless nothing
    had started by then (the contact it went on from was deleted): then it begins when it was
    made, as it would have if that contact had never been logged.
    """
    slips = sorted(
        (contact for contact in timeline.contacts if contact.breaks_no_contact),
        key=recorded_order,
    )
    first_slip = min((slip.at for slip in slips), default=None)
    plan_starts: list[datetime] = []
    for plan in sorted(timeline.plans, key=recorded_order):
        since = plan.last_contact
        if since is None:
            if (first_slip is not None and first_slip <= plan.at) or any(
                start <= plan.at for start in plan_starts
            ):
                continue
            since = plan.at
        plan_starts = [start for start in plan_starts if start <= since]
        plan_starts.append(since)
    starts = {start: _Start(start, None) for start in plan_starts}
    for slip in slips:
        starts[slip.at] = _Start(slip.at, slip)
    return sorted(starts.values(), key=lambda start: start.at)


def count_between(sorted_times: Sequence[float], start: datetime, end: datetime | None) -> int:
    """How many of `sorted_times` fall from `start` (included) to `end` (excluded, or open)."""
    low = bisect_left(sorted_times, start.timestamp())
    high = len(sorted_times) if end is None else bisect_left(sorted_times, end.timestamp())
    return high - low
