"""Whether the computer's clock looks wrong, judged from what was recorded with it.

A clock reset by a flat battery, or set by hand to the wrong year, dates new entries wrongly and
can turn a run into thousands of days without a word. The figures stay as recorded; the user is
told, so they can set the clock right and say when their last contact really was.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.domain.streaks import runs
from app.domain.timeline import Timeline
from app.domain.wallclock import whole_days_between, zone_of

# Holdfast did not exist before this, so neither did anything it recorded: a clock that reads
# earlier is wrong, and so was the clock that dated a run's start earlier (unless the user gave
# that date themselves, as when their last contact was).
HOLDFAST_BEGAN = datetime(2026, 1, 1, tzinfo=UTC)
# A clock corrected by a few minutes, or a laptop taken across time zones, never goes back this
# far: every entry is an instant, whatever the zone.
SET_BACK_BY = timedelta(days=1)


def clock_doubt(timeline: Timeline, now: datetime) -> str | None:
    """A sentence saying why the clock looks wrong and what to do, or None when nothing does."""
    zone = zone_of(now)
    if now < HOLDFAST_BEGAN:
        return (
            f"Your computer's clock reads {_day(now)}, a date before Holdfast existed. "
            "Set the right date and time in your system settings, so that new entries are "
            "dated right."
        )
    newest = _newest_instant(timeline)
    if newest is not None and now < newest - SET_BACK_BY:
        return (
            f"Your computer's clock reads {_day(now)}, earlier than your latest entry "
            f"({_day(newest.astimezone(zone))}). Check the date and time in your system "
            "settings, so that new entries are dated right."
        )
    found = runs(timeline, now)
    if found and _dated_by_a_wrong_clock(timeline, found[-1].started_at):
        start = found[-1].started_at
        days = whole_days_between(start, now, zone)
        return (
            f"Your current run counts from {_day(start.astimezone(zone))}, before Holdfast "
            "existed: the computer's clock was probably wrong when that was recorded, and the "
            f"run's {days:,} days may be too many. Set when your last contact really was, in "
            "Settings or with `holdfast start --since`."
        )
    return None


def _newest_instant(timeline: Timeline) -> datetime | None:
    recorded = [plan.at for plan in timeline.plans] + [c.at for c in timeline.contacts]
    if timeline.urge_times:
        recorded.append(datetime.fromtimestamp(timeline.urge_times[-1], UTC))
    return max(recorded, default=None)


def _dated_by_a_wrong_clock(timeline: Timeline, start: datetime) -> bool:
    """A run's start before Holdfast existed came from a wrong clock, unless a plan made with a
    right one gives it as the last contact."""
    if start >= HOLDFAST_BEGAN:
        return False
    return not any(
        plan.last_contact == start and plan.at >= HOLDFAST_BEGAN for plan in timeline.plans
    )


def _day(moment: datetime) -> str:
    return f"{moment:%a} {moment.day} {moment:%b %Y}"
