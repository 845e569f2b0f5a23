"""Then and now: what the first days of this run held beside the latest, in the user's own words.

Shown once the target is reached, before the two paths. It shows and never judges: no praise, no
verdict on a week with more urges, no reading of a mood. A part with nothing in it is left out
rather than shown empty, and nothing here speaks of them: it is the user's words and figures only.

Everything is counted from the start of the current run, the stretch that reached the target: a
check-in or a journal line from before a slip belongs to another stretch.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Generic, TypeVar

from app.domain.check_ins import CheckIn, Mood, Pull
from app.domain.goals import Completion, Goal, shown_title
from app.domain.journal import JournalEntry
from app.domain.logbook import Logbook
from app.domain.status import status
from app.domain.timeline import Timeline
from app.domain.wallclock import add_days, local_date, zone_of

# How many lines each column holds: a few, so the two columns can be read at a glance.
FEW = 3
# A line of the user's words is cut at a word boundary near here; the rest stays in the Journal.
WORDS_LENGTH = 140
WEEK_DAYS = 7
ELLIPSIS = "…"

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class CheckInLine:
    """One check-in as the review shows it: the day, the answers, the note shortened."""

    day: date
    mood: Mood
    pull: Pull
    note: str


@dataclass(frozen=True, slots=True)
class JournalLine:
    """One journal entry as the review shows it: its day and its first line, shortened."""

    day: date
    text: str


@dataclass(frozen=True, slots=True)
class ThenAndNow(Generic[T]):
    """The first few beside the latest few, oldest first in each; `latest` may be empty."""

    first: tuple[T, ...]
    latest: tuple[T, ...]


@dataclass(frozen=True, slots=True)
class UrgeWeek:
    """Week `number` of the run (1 the first), its first local date, and the urges logged in it.
    `whole` is False for the week still going on, which counts up to now only."""

    number: int
    starts: date
    urges: int
    whole: bool


@dataclass(frozen=True, slots=True)
class GoalKept:
    title: str
    times: int


@dataclass(frozen=True, slots=True)
class Review:
    """What the review holds. Every part but the days is None or empty when there is nothing."""

    began: date  # the local date the run began
    days_without_contact: int
    check_ins: ThenAndNow[CheckInLine] | None
    journal: ThenAndNow[JournalLine] | None
    urge_weeks: tuple[UrgeWeek, ...]  # empty when no urge was logged in the run
    goals_kept: tuple[GoalKept, ...]  # most kept first


def review(logbook: Logbook, now: datetime) -> Review | None:
    """The review of the current run at `now`; None before any run began."""
    timeline = Timeline.of(logbook.events)
    current = status(timeline, now)
    run = current.current_run
    if run is None:
        return None
    zone = zone_of(now)
    began = local_date(run.started_at, zone)
    today = local_date(now, zone)
    return Review(
        began=began,
        days_without_contact=current.streak_days,
        check_ins=_check_in_lines(logbook.check_ins, began, today),
        journal=_journal_lines(logbook.journal, began, today),
        urge_weeks=urge_weeks(timeline.urge_times, run.started_at, now),
        goals_kept=goals_kept(logbook.goals, logbook.completions, began, today),
    )


def shortened(text: str, limit: int = WORDS_LENGTH) -> str:
    """The first line of `text`, cut after the last whole word that fits within `limit`.

    Only a single word longer than the limit (a pasted link) is cut inside itself: there is no
    word boundary to cut at, and a line that long would not wrap on the page.
    """
    stripped = text.strip()
    line = stripped.splitlines()[0].strip() if stripped else ""
    if len(line) <= limit and line == stripped:
        return line
    if len(line) <= limit:
        return line + " " + ELLIPSIS  # more lines follow: say so, keeping the last word whole
    room = line[: limit + 1]  # one more, to see whether the limit falls between two words
    cut = room.rfind(" ")
    kept = room[:cut] if cut > 0 else line[: limit - 1]
    return kept.rstrip(" ,;:") + ELLIPSIS


def urge_weeks(
    urge_times: Sequence[float], started_at: datetime, now: datetime
) -> tuple[UrgeWeek, ...]:
    """Urges per week of the run, from the week it began to the week of `now`; () when the run
    holds no urge. Weeks are seven days on the local wall clock, so a week across a clock
    change is still seven days, begun at the run's time of day."""
    zone = zone_of(now)
    weeks = []
    number = 1
    start = started_at
    while start <= now:
        end = add_days(started_at, number * WEEK_DAYS, zone)
        counted_to = min(end, now)
        urges = bisect_left(urge_times, counted_to.timestamp()) - bisect_left(
            urge_times, start.timestamp()
        )
        weeks.append(UrgeWeek(number, local_date(start, zone), urges, whole=end <= now))
        if end > now:
            break
        number += 1
        start = end
    if not any(week.urges for week in weeks):
        return ()
    return tuple(weeks)


def goals_kept(
    goals: Iterable[Goal], completions: Iterable[Completion], began: date, today: date
) -> tuple[GoalKept, ...]:
    """How often each goal was ticked off in the run, in the goal's own title, most first.
    A goal never ticked off is left out, and so are ticks of a goal since deleted."""
    titles = {goal.id: shown_title(goal) for goal in goals}  # a starter's in the reader's words
    times = Counter(
        c.goal_id for c in completions if began <= c.day <= today and c.goal_id in titles
    )
    kept = (GoalKept(titles[goal_id], count) for goal_id, count in times.items())
    return tuple(sorted(kept, key=lambda g: (-g.times, g.title.casefold())))


def _check_in_lines(
    check_ins: Iterable[CheckIn], began: date, today: date
) -> ThenAndNow[CheckInLine] | None:
    ordered = sorted((c for c in check_ins if began <= c.day <= today), key=lambda c: c.day)
    lines = [CheckInLine(c.day, c.mood, c.pull, shortened(c.note)) for c in ordered]
    return _beside(lines)


def _journal_lines(
    journal: Iterable[JournalEntry], began: date, today: date
) -> ThenAndNow[JournalLine] | None:
    ordered = sorted(
        (e for e in journal if began <= e.day <= today), key=lambda e: (e.day, e.written_at)
    )
    return _beside([JournalLine(e.day, shortened(e.text)) for e in ordered])


def _beside(ordered: Sequence[T]) -> ThenAndNow[T] | None:
    """The first few and the latest few of `ordered`, never the same one in both: with fewer
    than two columns' worth, the first half (the larger) is "then" and the rest "now"."""
    if not ordered:
        return None
    first = min(FEW, (len(ordered) + 1) // 2)
    return ThenAndNow(tuple(ordered[:first]), tuple(ordered[first:][-FEW:]))
