"""The countdown toward the target day and the milestones on the way."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain.wallclock import add_days, seconds_between, zone_of

MILESTONE_DAYS = (1, 3, 7, 14, 21, 30, 45)


@dataclass(frozen=True, slots=True)
class Milestone:
    days: int
    at: datetime
    reached: bool
    is_target: bool


@dataclass(frozen=True, slots=True)
class Countdown:
    started_at: datetime
    target_days: int
    target_at: datetime
    remaining: timedelta
    progress: float  # 0 to 1
    milestones: tuple[Milestone, ...]

    @property
    def target_reached(self) -> bool:
        return self.remaining <= timedelta(0)

    @property
    def next_milestone(self) -> Milestone | None:
        return next((m for m in self.milestones if not m.reached), None)


def countdown(started_at: datetime, target_days: int, now: datetime) -> Countdown:
    """Where the user stands against the target; figures are clamped when the clock runs back."""
    zone = zone_of(now)
    target_at = add_days(started_at, target_days, zone)
    span = seconds_between(started_at, target_at)
    elapsed = seconds_between(started_at, now)
    remaining = max(0.0, seconds_between(now, target_at))
    milestones = tuple(
        _milestone(add_days(started_at, days, zone), days, target_days, now)
        for days in sorted({*MILESTONE_DAYS, target_days})
    )
    return Countdown(
        started_at=started_at,
        target_days=target_days,
        target_at=target_at,
        remaining=timedelta(seconds=remaining),
        progress=min(1.0, max(0.0, elapsed / span)),
        milestones=milestones,
    )


def _milestone(at: datetime, days: int, target_days: int, now: datetime) -> Milestone:
    return Milestone(
        days=days, at=at, reached=seconds_between(at, now) >= 0, is_target=days == target_days
    )
