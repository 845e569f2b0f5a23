"""What the History page shows: the calendar of the last year, urges per day and by hour.

One pass over the entries files every urge and contact under its local date; the calendar, the
urge chart and the hour grid then only slice that record, so switching the range the page shows
costs a walk over days, never another walk over years of entries. The runs and the totals are
the ones `status()` gives.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.domain.events import Contact, Event, Urge, UrgeKind, recorded_order
from app.domain.logbook import Logbook
from app.domain.status import Status, status
from app.domain.timeline import Timeline
from app.domain.wallclock import day_bounds, local_date, zone_of

CALENDAR_WEEKS = 53  # this week and the 52 before it: always today and the 364 days before
RANGE_DAYS = (30, 90, 365)  # the spans the page offers for the urge chart and the hour grid
WEEKDAYS = 7
HOURS = 24
# The local dates of one instant in two zones differ by at most this (offsets run -12h to +14h);
# an urge recorded this many days before the calendar's first date cannot fall within it.
_ZONE_DATE_SPREAD = 2

_KIND_ORDER = {kind: index for index, kind in enumerate(UrgeKind)}


@dataclass(frozen=True, slots=True)
class DaySummary:
    """One local date: how the calendar colours it and what its tooltip says."""

    day: date
    tracked: bool  # on or after the date the first run began
    # Counted by a run: day N of a run arrives on the N-th date after the date it began, so the
    # days marked add up to the total no-contact days the totals show. A date a run began on is
    # not counted (the last contact was that day), nor today before the run's time of day.
    no_contact: bool
    urges: int = 0
    urges_by_kind: tuple[tuple[UrgeKind, int], ...] = ()  # the most first; kinds with none left out
    rated: int = 0  # how many of the urges were given an intensity
    intensity_total: int = 0
    max_intensity: int | None = None  # None when no urge that day was given an intensity
    contacts: tuple[Contact, ...] = ()  # every contact that day, in recorded order
    # The contacts that ended a run that day. A slip after the run's time of day can land on a
    # date the run still counted; the page should show the slip.
    slips: tuple[Contact, ...] = ()

    @property
    def ended_run(self) -> bool:
        return bool(self.slips)

    @property
    def mean_intensity(self) -> float | None:
        return self.intensity_total / self.rated if self.rated else None


@dataclass(frozen=True, slots=True)
class Calendar:
    """A heatmap of whole weeks, Monday first: from the Monday 52 weeks before this week's to
    today, 365 to 371 dates. Whole weeks keep every column a week and every row a weekday."""

    days: tuple[DaySummary, ...]  # oldest first: a Monday first, today last

    @property
    def first(self) -> date:
        return self.days[0].day

    @property
    def today(self) -> date:
        return self.days[-1].day

    @property
    def weeks(self) -> tuple[tuple[DaySummary | None, ...], ...]:
        """Columns of seven days, Monday first; the dates after today in this week are None."""
        padded = (*self.days, *(None,) * (-len(self.days) % WEEKDAYS))
        return tuple(
            tuple(padded[start : start + WEEKDAYS]) for start in range(0, len(padded), WEEKDAYS)
        )

    @property
    def most_urges(self) -> int:
        """The most urges on one date: the top of the colour scale."""
        return max(summary.urges for summary in self.days)

    def day(self, on: date) -> DaySummary | None:
        """The summary of `on`, or None when the calendar does not reach it."""
        offset = (on - self.first).days
        return self.days[offset] if 0 <= offset < len(self.days) else None


@dataclass(frozen=True, slots=True)
class DailyUrges:
    """Urges per local date, oldest first; a date without urges counts zero."""

    first: date
    counts: tuple[int, ...]

    @property
    def last(self) -> date:
        return self.first + timedelta(days=len(self.counts) - 1)

    @property
    def total(self) -> int:
        return sum(self.counts)

    @property
    def most(self) -> int:
        return max(self.counts)


@dataclass(frozen=True, slots=True)
class UrgeSummary:
    """The urges of a range of days, in figures a sentence can tell."""

    total: int
    # The days the average is over: from the first date tracked (or the first with an urge,
    # if earlier) to today. A range reaching back before tracking began is not a quiet stretch.
    days: int
    by_kind: tuple[tuple[UrgeKind, int], ...]  # the most first; a tie in the kinds' own order

    @property
    def per_day(self) -> float:
        return self.total / self.days if self.days else 0.0


@dataclass(frozen=True, slots=True)
class HourMatrix:
    """Urges by weekday and hour: counts[weekday][hour], Monday 0, hours 0 to 23."""

    counts: tuple[tuple[int, ...], ...]

    @property
    def total(self) -> int:
        return sum(map(sum, self.counts))

    @property
    def most(self) -> int:
        return max(map(max, self.counts))


@dataclass(frozen=True, slots=True)
class History:
    status: Status  # the runs for the table and the totals ("78 of 79 days", attempts, longest)
    calendar: Calendar
    urges_by_kind: tuple[tuple[UrgeKind, int], ...]  # every urge ever recorded, the most first
    # For the hour grid, per calendar date: weekday * 24 + hour of each urge, sorted; and the
    # counts of every urge ever, in the same cells.
    _hours: tuple[tuple[int, ...], ...] = field(repr=False)
    _hours_ever: tuple[int, ...] = field(repr=False)

    @property
    def today(self) -> date:
        return self.calendar.today

    def urges_per_day(self, days: int) -> DailyUrges:
        """Urges on each of the last `days` local dates, today the last."""
        _check_range(days)
        counts = tuple(summary.urges for summary in self.calendar.days[-days:])
        return DailyUrges(first=self.today - timedelta(days=days - 1), counts=counts)

    def urge_summary(self, days: int) -> UrgeSummary:
        """How many urges the last `days` local dates held, how many a day, and of which kinds."""
        _check_range(days)
        shown = self.calendar.days[-days:]
        kinds: Counter[UrgeKind] = Counter()
        for summary in shown:
            for kind, count in summary.urges_by_kind:
                kinds[kind] += count
        first = next(
            (index for index, summary in enumerate(shown) if summary.tracked or summary.urges),
            len(shown),
        )
        return UrgeSummary(
            total=sum(kinds.values()),
            days=len(shown) - first,
            by_kind=_most_first(kinds),
        )

    def hour_matrix(self, days: int | None = None) -> HourMatrix:
        """Urges by weekday and hour over the last `days` local dates, or all of them (None).

        The dates are those of the calendar, in the zone of now. The weekday and the hour are
        those the user's clock showed when the urge was recorded, wherever that was: the grid
        is there to show the user's risky times, and 23:00 is late at night in any zone.
        """
        if days is None:
            return _matrix(self._hours_ever)
        _check_range(days)
        cells = [0] * (WEEKDAYS * HOURS)
        for hours in self._hours[-days:]:
            for cell in hours:
                cells[cell] += 1
        return _matrix(cells)


def history(
    entries: Logbook | Iterable[Event], now: datetime, summary: Status | None = None
) -> History:
    """What the History page shows at `now`, with days on the local calendar of `now`'s zone.

    `summary` is `status()` at the same `now` when the caller has it already (the window keeps
    the timeline it needs); it is worked out here otherwise. Build it again when the entries
    change or the local date does; switching the range only slices what this returns.
    """
    events = entries.events if isinstance(entries, Logbook) else tuple(entries)
    if summary is None:
        summary = status(Timeline.of(events), now)
    elif summary.now != now or summary.now.tzinfo is not now.tzinfo:
        raise ValueError("the status given describes another moment or zone")
    zone = zone_of(now)
    today = local_date(now, zone)
    first = today - timedelta(days=today.weekday() + WEEKDAYS * (CALENDAR_WEEKS - 1))
    span = (today - first).days + 1
    # starts[i] is the POSIX time date first + i begins, and starts[span] when tomorrow does:
    # an instant is filed under its local date by a search, whatever the clocks do in between.
    starts = [day_bounds(first + timedelta(days=i), zone)[0].timestamp() for i in range(span)]
    starts.append(day_bounds(today, zone)[1].timestamp())
    window_start, window_end = starts[0], starts[-1]
    earliest = first.toordinal() - _ZONE_DATE_SPREAD

    urges_on: list[list[Urge]] = [[] for _ in range(span)]
    hours_on: list[list[int]] = [[] for _ in range(span)]
    contacts_on: list[list[Contact]] = [[] for _ in range(span)]
    hours_ever = [0] * (WEEKDAYS * HOURS)
    kinds_ever: dict[UrgeKind, int] = dict.fromkeys(UrgeKind, 0)
    for event in events:
        if isinstance(event, Urge):
            at = event.at  # it keeps the offset it was recorded with: its own wall clock
            cell = at.weekday() * HOURS + at.hour
            hours_ever[cell] += 1
            kinds_ever[event.kind] += 1
            # Reading the recorded date is far cheaper than working out the instant, and years
            # of urges lie before the calendar.
            if at.toordinal() < earliest:
                continue
            moment = at.timestamp()
            if window_start <= moment < window_end:
                offset = bisect_right(starts, moment) - 1
                urges_on[offset].append(event)
                hours_on[offset].append(cell)
        elif isinstance(event, Contact):
            moment = event.at.timestamp()
            if window_start <= moment < window_end:
                contacts_on[bisect_right(starts, moment) - 1].append(event)

    slips_on: list[list[Contact]] = [[] for _ in range(span)]
    counted = [False] * span
    for run in summary.runs:
        if run.ended_by is not None:
            moment = run.ended_by.at.timestamp()
            if window_start <= moment < window_end:
                slips_on[bisect_right(starts, moment) - 1].append(run.ended_by)
        began = local_date(run.started_at, zone)
        # Day N of the run is counted on the date `began` + N; only those the calendar shows.
        for n in range(max(1, (first - began).days), min(run.days, (today - began).days) + 1):
            counted[(began - first).days + n] = True
    tracked_from = local_date(summary.runs[0].started_at, zone) if summary.runs else None

    days = []
    for offset in range(span):
        day = first + timedelta(days=offset)
        tracked = tracked_from is not None and day >= tracked_from
        days.append(
            _summary(
                day,
                tracked,
                counted[offset],
                urges_on[offset],
                contacts_on[offset],
                slips_on[offset],
            )
        )
    return History(
        status=summary,
        calendar=Calendar(tuple(days)),
        urges_by_kind=_most_first(kinds_ever),
        _hours=tuple(tuple(sorted(hours)) for hours in hours_on),
        _hours_ever=tuple(hours_ever),
    )


def _summary(
    day: date,
    tracked: bool,
    no_contact: bool,
    urges: list[Urge],
    contacts: list[Contact],
    slips: list[Contact],
) -> DaySummary:
    if not (urges or contacts or slips):
        return DaySummary(day, tracked, no_contact)  # most dates: nothing more to say
    intensities = [urge.intensity for urge in urges if urge.intensity is not None]
    return DaySummary(
        day,
        tracked,
        no_contact,
        urges=len(urges),
        urges_by_kind=_most_first(Counter(urge.kind for urge in urges)),
        rated=len(intensities),
        intensity_total=sum(intensities),
        max_intensity=max(intensities, default=None),
        contacts=tuple(sorted(contacts, key=recorded_order)),
        slips=tuple(sorted(slips, key=recorded_order)),
    )


def _most_first(counts: Mapping[UrgeKind, int]) -> tuple[tuple[UrgeKind, int], ...]:
    """Kinds with urges, the most first; a tie keeps the order the kinds are listed in."""
    ranked = sorted(counts.items(), key=lambda item: (-item[1], _KIND_ORDER[item[0]]))
    return tuple((kind, count) for kind, count in ranked if count)


def _matrix(cells: Iterable[int]) -> HourMatrix:
    flat = tuple(cells)
    return HourMatrix(tuple(flat[day * HOURS : (day + 1) * HOURS] for day in range(WEEKDAYS)))


def _check_range(days: int) -> None:
    # The calendar always holds at least 365 dates, so any span up to a year is a slice of it.
    if not 1 <= days <= max(RANGE_DAYS):
        raise ValueError(f"a range runs from 1 to {max(RANGE_DAYS)} days, not {days}")
