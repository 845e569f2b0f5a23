"""The summary every view shows: the current streak, the countdown and the totals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.countdown import Countdown, countdown
from app.domain.logbook import Logbook
from app.domain.streaks import Run, count_between, runs
from app.domain.timeline import Timeline
from app.domain.wallclock import day_bounds, local_date, whole_days_between, zone_of


@dataclass(frozen=True, slots=True)
class Status:
    """The figures every view shows at one moment: runs, countdown, days tracked and urges."""

    now: datetime  # the moment it describes, in the zone figures were counted in
    runs: tuple[Run, ...]
    countdown: Countdown | None  # None before the period has begun
    tracked_days: int  # whole days since the first run began
    urges_today: int
    urges_total: int

    @property
    def tracking(self) -> bool:
        return bool(self.runs)

    @property
    def current_run(self) -> Run | None:
        return self.runs[-1] if self.runs else None

    @property
    def streak_days(self) -> int:
        return self.runs[-1].days if self.runs else 0

    @property
    def longest_streak_days(self) -> int:
        return max((run.days for run in self.runs), default=0)

    @property
    def total_no_contact_days(self) -> int:
        return sum(run.days for run in self.runs)

    @property
    def attempts(self) -> int:
        return len(self.runs)


def status(entries: Logbook | Timeline, now: datetime) -> Status:
    timeline = entries if isinstance(entries, Timeline) else Timeline.of(entries.events)
    zone = zone_of(now)
    urge_times = timeline.urge_times
    all_runs = tuple(runs(timeline, now))
    today_starts, tomorrow_starts = day_bounds(local_date(now, zone), zone)
    current = all_runs[-1] if all_runs else None
    tracked_days = whole_days_between(all_runs[0].started_at, now, zone) if all_runs else 0
    # A run begun in an hour the clocks repeat can reach its day before the first run's day
    # comes round on the wall clock; the days tracked never read fewer than the days counted.
    tracked_days = max(tracked_days, sum(run.days for run in all_runs))
    return Status(
        now=now,
        runs=all_runs,
        countdown=countdown(current.started_at, timeline.target_days, now) if current else None,
        tracked_days=tracked_days,
        urges_today=count_between(urge_times, today_starts, tomorrow_starts),
        urges_total=len(urge_times),
    )
