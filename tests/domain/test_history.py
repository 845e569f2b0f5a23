"""The History page: the calendar of the last year, urges per day and the hour-of-day grid."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta
from itertools import count
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.clock import FixedClock
from app.domain.events import Contact, ContactKind, Event, Plan, StartedBy, Urge, UrgeKind
from app.domain.history import DaySummary, HourMatrix, history
from app.domain.logbook import Logbook
from app.domain.status import status
from app.domain.wallclock import local_date
from tests.domain.support import (
    BERLIN,
    KOLKATA,
    NEW_YORK,
    ZONES,
    a_contact,
    a_plan,
    local,
    logbook_of,
)

MONDAY, TUESDAY, WEDNESDAY, SATURDAY, SUNDAY = 0, 1, 2, 5, 6

_ids = count(1)


def _urge(at: datetime, kind: UrgeKind = UrgeKind.TEXT, intensity: int | None = None) -> Urge:
    return Urge(id=f"urge-{next(_ids):06d}", at=at, kind=kind, intensity=intensity)


def _slip(at: datetime, kind: ContactKind = ContactKind.TEXT, note: str = "") -> Contact:
    return Contact(id=f"slip-{next(_ids):06d}", at=at, kind=kind, note=note)


def _on(book: Logbook, now: datetime, year: int, month: int, day: int) -> DaySummary:
    summary = history(book, now).calendar.day(date(year, month, day))
    assert summary is not None
    return summary


def _cells(matrix: HourMatrix) -> dict[tuple[int, int], int]:
    """The cells of the grid that hold urges: (weekday, hour) -> count."""
    return {
        (weekday, hour): urges
        for weekday, row in enumerate(matrix.counts)
        for hour, urges in enumerate(row)
        if urges
    }


def test_a_day_with_urges_of_several_kinds_tells_counts_and_intensities(
    clock: FixedClock,
) -> None:
    book = logbook_of(
        a_plan(local(BERLIN, 2026, 2, 20, 9, 0)),
        _urge(local(BERLIN, 2026, 2, 25, 0, 0), UrgeKind.CALL),  # midnight begins the date
        _urge(local(BERLIN, 2026, 2, 25, 8, 15), UrgeKind.TEXT, 7),
        _urge(local(BERLIN, 2026, 2, 25, 13, 0), UrgeKind.TEXT, 3),
        _urge(local(BERLIN, 2026, 2, 25, 22, 40), UrgeKind.SOCIAL, 9),
        _urge(local(BERLIN, 2026, 2, 25, 23, 59, 59), UrgeKind.TEXT),
        _urge(local(BERLIN, 2026, 2, 26, 0, 0), UrgeKind.VISIT),
    )
    busy = _on(book, clock.now(), 2026, 2, 25)
    assert busy.urges == 5
    assert busy.urges_by_kind == ((UrgeKind.TEXT, 3), (UrgeKind.CALL, 1), (UrgeKind.SOCIAL, 1))
    assert (busy.rated, busy.intensity_total, busy.max_intensity) == (3, 19, 9)
    assert busy.mean_intensity == 19 / 3
    assert busy.tracked and busy.no_contact
    assert not busy.ended_run
    assert busy.contacts == ()

    unrated = _on(book, clock.now(), 2026, 2, 26)
    assert unrated.urges == 1
    assert unrated.urges_by_kind == ((UrgeKind.VISIT, 1),)
    assert (unrated.rated, unrated.max_intensity, unrated.mean_intensity) == (0, None, None)

    quiet = _on(book, clock.now(), 2026, 2, 24)
    assert (quiet.urges, quiet.urges_by_kind, quiet.max_intensity) == (0, (), None)
    assert quiet.no_contact
    assert history(book, clock.now()).calendar.most_urges == 5


def test_a_contact_i_started_marks_the_day_a_run_ended() -> None:
    begin = a_plan(local(BERLIN, 2026, 1, 5, 10, 0))
    slip = _slip(local(BERLIN, 2026, 2, 14, 9, 0), ContactKind.CALL, "answered at last")
    theirs = a_contact(local(BERLIN, 2026, 2, 20, 18, 0), StartedBy.THEM)
    book = logbook_of(begin, slip, theirs)
    now = local(BERLIN, 2026, 3, 25, 10, 0)
    shown = history(book, now)

    assert shown.status.total_no_contact_days == 78
    assert shown.status.tracked_days == 79
    first, second = shown.status.runs  # the table's rows come from status, unchanged
    assert first.ended_by == slip
    assert (first.days, second.days) == (39, 39)

    days = shown.calendar.days
    assert [d.day for d in days if d.ended_run] == [date(2026, 2, 14)]
    assert sum(d.no_contact for d in days) == 78  # the green days add up to the totals
    slip_day = _on(book, now, 2026, 2, 14)
    assert slip_day.slips == (slip,)
    assert slip_day.contacts == (slip,)
    assert slip_day.slips[0].note == "answered at last"
    assert not slip_day.no_contact
    assert _on(book, now, 2026, 2, 13).no_contact
    assert _on(book, now, 2026, 2, 15).no_contact

    their_day = _on(book, now, 2026, 2, 20)
    assert their_day.contacts == (theirs,)
    assert not their_day.ended_run
    assert their_day.no_contact  # their contact breaks nothing

    start_day = _on(book, now, 2026, 1, 5)
    assert start_day.tracked and not start_day.no_contact  # the last contact was that day
    assert _on(book, now, 2026, 3, 25).no_contact  # today: day 39 arrived at 10:00


def test_today_is_counted_once_the_run_reaches_its_time_of_day() -> None:
    book = logbook_of(a_plan(local(BERLIN, 2026, 1, 5, 10, 0)))
    before = local(BERLIN, 2026, 3, 25, 9, 59)
    assert not _on(book, before, 2026, 3, 25).no_contact
    assert sum(d.no_contact for d in history(book, before).calendar.days) == 78
    assert _on(book, local(BERLIN, 2026, 3, 25, 10, 0), 2026, 3, 25).no_contact


def test_a_slip_after_the_runs_time_of_day_lands_on_a_counted_day() -> None:
    book = logbook_of(
        a_plan(local(BERLIN, 2026, 1, 5, 10, 0)), _slip(local(BERLIN, 2026, 2, 14, 11, 0))
    )
    now = local(BERLIN, 2026, 3, 25, 12, 0)
    slip_day = _on(book, now, 2026, 2, 14)
    assert slip_day.ended_run and slip_day.no_contact  # day 40 came at 10:00, the slip at 11:00
    shown = history(book, now)
    assert sum(d.no_contact for d in shown.calendar.days) == shown.status.total_no_contact_days


def test_days_before_the_first_plan_are_not_tracked(clock: FixedClock) -> None:
    book = logbook_of(
        _urge(local(BERLIN, 2026, 2, 10, 20, 0)),
        a_plan(local(BERLIN, 2026, 2, 12, 23, 30), at=local(BERLIN, 2026, 2, 13, 8, 0)),
    )
    days = history(book, clock.now()).calendar.days
    assert next(d.day for d in days if d.tracked) == date(2026, 2, 12)
    assert all(d.tracked for d in days if d.day >= date(2026, 2, 12))
    assert not any(d.no_contact for d in days if d.day <= date(2026, 2, 12))
    before = _on(book, clock.now(), 2026, 2, 10)
    assert not before.tracked
    assert before.urges == 1  # an urge is an urge, tracked or not
    assert _on(book, clock.now(), 2026, 2, 13).no_contact


def test_with_nothing_recorded_no_day_is_tracked(clock: FixedClock) -> None:
    shown = history(Logbook(), clock.now())
    assert not shown.status.tracking
    assert not any(d.tracked or d.no_contact or d.urges for d in shown.calendar.days)
    assert shown.calendar.most_urges == 0
    assert shown.urges_per_day(30).counts == (0,) * 30
    assert shown.hour_matrix().counts == ((0,) * 24,) * 7
    assert shown.urges_by_kind == ()


def test_urges_around_the_time_changes_land_on_their_date_and_hour() -> None:
    now = local(BERLIN, 2026, 11, 1, 12, 0)
    book = logbook_of(
        _urge(local(BERLIN, 2026, 3, 28, 23, 59)),
        _urge(local(BERLIN, 2026, 3, 29, 0, 30)),  # the night the clocks go forward
        _urge(local(BERLIN, 2026, 3, 29, 1, 59)),
        _urge(local(BERLIN, 2026, 3, 29, 3, 0)),  # a minute of real time after 01:59
        _urge(local(BERLIN, 2026, 3, 29, 23, 30)),  # late on a 23-hour day
        _urge(local(BERLIN, 2026, 10, 25, 0, 30)),  # the night the clocks go back
        _urge(local(BERLIN, 2026, 10, 25, 2, 30, fold=0)),  # summer time
        _urge(local(BERLIN, 2026, 10, 25, 2, 30, fold=1)),  # an hour later, winter time
        _urge(local(BERLIN, 2026, 10, 25, 23, 59)),  # late on a 25-hour day
        _urge(local(BERLIN, 2026, 10, 26, 0, 0)),
    )
    shown = history(book, now)
    per_date = {d.day: d.urges for d in shown.calendar.days if d.urges}
    assert per_date == {
        date(2026, 3, 28): 1,
        date(2026, 3, 29): 4,
        date(2026, 10, 25): 4,
        date(2026, 10, 26): 1,
    }
    assert _cells(shown.hour_matrix()) == {
        (SATURDAY, 23): 1,
        (SUNDAY, 0): 2,
        (SUNDAY, 1): 1,
        (SUNDAY, 2): 2,
        (SUNDAY, 3): 1,
        (SUNDAY, 23): 2,
        (MONDAY, 0): 1,
    }
    assert shown.hour_matrix(365) == shown.hour_matrix()


def test_urges_recorded_in_another_zone_keep_their_own_hour() -> None:
    in_new_york = _urge(local(NEW_YORK, 2026, 6, 1, 21, 0))  # Monday; 03:00 Tuesday in Berlin
    in_kolkata = _urge(local(KOLKATA, 2026, 6, 3, 2, 0))  # Wednesday; 22:30 Tuesday in Berlin
    book = logbook_of(in_new_york, in_kolkata)

    at_home = history(book, local(BERLIN, 2026, 6, 7, 12, 0))
    assert {d.day: d.urges for d in at_home.calendar.days if d.urges} == {date(2026, 6, 2): 2}
    assert _cells(at_home.hour_matrix(30)) == {(MONDAY, 21): 1, (WEDNESDAY, 2): 1}

    # Dates follow the zone the user is in now; the hours stay those of the clock they felt it by.
    away = history(book, local(NEW_YORK, 2026, 6, 7, 6, 0))
    assert {d.day: d.urges for d in away.calendar.days if d.urges} == {
        date(2026, 6, 1): 1,
        date(2026, 6, 2): 1,
    }
    assert away.hour_matrix(30) == at_home.hour_matrix(30)


def _spread(now: datetime) -> Logbook:
    """One urge on each edge of the ranges, counted back from Sunday 1 March 2026."""
    return logbook_of(
        _urge(local(BERLIN, 2025, 3, 1, 23, 50)),  # 365 days back: in no range
        _urge(local(BERLIN, 2025, 3, 2, 0, 10)),  # 364 days back: first of the year
        _urge(local(BERLIN, 2025, 12, 2, 0, 0)),  # first of the 90 days
        _urge(local(BERLIN, 2026, 1, 30, 10, 0)),  # 30 days back: in the 90 but not the 30
        _urge(local(BERLIN, 2026, 1, 31, 23, 0)),  # first of the 30 days
        _urge(local(BERLIN, 2026, 3, 1, 9, 0)),  # today
        _urge(local(BERLIN, 2026, 3, 1, 11, 0)),
    )


@pytest.mark.parametrize(
    ("days", "first", "filled"),
    [
        (30, date(2026, 1, 31), {0: 1, 29: 2}),
        (90, date(2025, 12, 2), {0: 1, 59: 1, 60: 1, 89: 2}),
        (365, date(2025, 3, 2), {0: 1, 275: 1, 334: 1, 335: 1, 364: 2}),
    ],
)
def test_urges_per_day_are_zero_filled_oldest_first(
    clock: FixedClock, days: int, first: date, filled: dict[int, int]
) -> None:
    series = history(_spread(clock.now()), clock.now()).urges_per_day(days)
    assert len(series.counts) == days
    assert (series.first, series.last) == (first, date(2026, 3, 1))
    assert {index: n for index, n in enumerate(series.counts) if n} == filled
    assert series.total == sum(filled.values())
    assert series.most == 2


@pytest.mark.parametrize("days", [0, -1, 366, 1000])
def test_a_range_beyond_a_year_is_refused(clock: FixedClock, days: int) -> None:
    with pytest.raises(ValueError, match="365"):
        history(Logbook(), clock.now()).urges_per_day(days)
    with pytest.raises(ValueError, match="365"):
        history(Logbook(), clock.now()).hour_matrix(days)


def test_the_hour_grid_counts_by_weekday_monday_first(clock: FixedClock) -> None:
    book = logbook_of(
        _urge(local(BERLIN, 2024, 6, 4, 8, 0), UrgeKind.CALL),  # a Tuesday long ago
        _urge(local(BERLIN, 2026, 1, 10, 14, 0), UrgeKind.SOCIAL),  # Saturday, 50 days back
        _urge(local(BERLIN, 2026, 2, 23, 0, 15)),  # Monday just after midnight
        _urge(local(BERLIN, 2026, 2, 25, 22, 0)),  # Wednesday night, twice
        _urge(local(BERLIN, 2026, 2, 25, 22, 59), UrgeKind.CALL),
        _urge(local(BERLIN, 2026, 3, 1, 11, 59)),  # this Sunday morning
    )
    shown = history(book, clock.now())
    recent = shown.hour_matrix(30)
    assert len(recent.counts) == 7
    assert all(len(row) == 24 for row in recent.counts)
    assert _cells(recent) == {(MONDAY, 0): 1, (WEDNESDAY, 22): 2, (SUNDAY, 11): 1}
    assert (recent.total, recent.most) == (4, 2)
    assert _cells(shown.hour_matrix(90)) == {**_cells(recent), (SATURDAY, 14): 1}
    assert _cells(shown.hour_matrix()) == {**_cells(recent), (SATURDAY, 14): 1, (TUESDAY, 8): 1}
    assert shown.urges_by_kind == ((UrgeKind.TEXT, 3), (UrgeKind.CALL, 2), (UrgeKind.SOCIAL, 1))


@pytest.mark.parametrize(
    ("now", "first", "length"),
    [
        (local(BERLIN, 2026, 3, 1, 12, 0), date(2025, 2, 24), 371),  # a Sunday: 53 whole weeks
        (local(BERLIN, 2026, 3, 2, 0, 0), date(2025, 3, 3), 365),  # a Monday: one day this week
        (local(BERLIN, 2026, 3, 4, 23, 59), date(2025, 3, 3), 367),
    ],
)
def test_the_calendar_is_whole_weeks_reaching_back_a_year(
    now: datetime, first: date, length: int
) -> None:
    calendar = history(Logbook(), now).calendar
    today = now.date()
    assert (calendar.first, calendar.today, len(calendar.days)) == (first, today, length)
    assert calendar.first.weekday() == MONDAY
    assert calendar.first <= today - timedelta(days=364)
    weeks = calendar.weeks
    assert len(weeks) == 53
    assert all(len(week) == 7 for week in weeks)
    assert [d.day for week in weeks for d in week if d is not None] == [
        first + timedelta(days=n) for n in range(length)
    ]
    assert weeks[-1][today.weekday()] is not None
    assert all(d is None for d in weeks[-1][today.weekday() + 1 :])
    assert calendar.day(first - timedelta(days=1)) is None
    assert calendar.day(today + timedelta(days=1)) is None


def test_a_status_already_worked_out_is_used_as_it_is(clock: FixedClock) -> None:
    book = _spread(clock.now())
    summary = status(book, clock.now())
    assert history(book, clock.now(), summary) == history(book, clock.now())
    with pytest.raises(ValueError, match="another moment"):
        history(book, clock.now() + timedelta(minutes=1), summary)
    with pytest.raises(ValueError, match="another moment"):
        history(book, clock.now().astimezone(NEW_YORK), summary)


# Properties: any entries, in any zones, near the days the clocks change.

NOW_BASE = datetime(2026, 11, 2, 12, 0, tzinfo=UTC)  # a year back covers all of 2026's changes
CHANGES = (
    datetime(2026, 3, 8, 7, 0, tzinfo=UTC),  # New York springs forward
    datetime(2026, 3, 29, 1, 0, tzinfo=UTC),  # Berlin springs forward
    datetime(2026, 4, 4, 15, 0, tzinfo=UTC),  # Lord Howe falls back half an hour
    datetime(2026, 10, 3, 15, 30, tzinfo=UTC),  # Lord Howe springs forward half an hour
    datetime(2026, 10, 25, 1, 0, tzinfo=UTC),  # Berlin falls back
    datetime(2026, 11, 1, 6, 0, tzinfo=UTC),  # New York falls back
)
STEP = timedelta(minutes=10)

zones = st.sampled_from(ZONES)


@st.composite
def instants(draw: st.DrawFn) -> datetime:
    """Near a change of the clocks, or anywhere in the 400 days before now, in any zone."""
    zone: ZoneInfo = draw(zones)
    if draw(st.booleans()):
        anchor = draw(st.sampled_from(CHANGES))
        return (anchor + draw(st.integers(-3 * 24 * 6, 3 * 24 * 6)) * STEP).astimezone(zone)
    return (NOW_BASE - draw(st.integers(0, 400 * 24 * 6)) * STEP).astimezone(zone)


@st.composite
def logbooks(draw: st.DrawFn) -> tuple[list[Event], datetime]:
    events: list[Event] = []
    for number in range(draw(st.integers(0, 30))):
        at = draw(instants())
        kind = draw(st.sampled_from(("urge", "urge", "urge", "plan", "contact")))
        if kind == "urge":
            events.append(
                Urge(
                    id=f"u{number:03d}",
                    at=at,
                    kind=draw(st.sampled_from(UrgeKind)),
                    intensity=draw(st.none() | st.integers(1, 10)),
                )
            )
        elif kind == "plan":
            events.append(Plan(id=f"p{number:03d}", at=at, last_contact=at, target_days=30))
        else:
            events.append(
                Contact(
                    id=f"c{number:03d}",
                    at=at,
                    kind=draw(st.sampled_from(ContactKind)),
                    started_by=draw(st.sampled_from(StartedBy)),
                    necessary=draw(st.booleans()),
                )
            )
    now = (NOW_BASE + draw(st.integers(0, 3 * 24 * 6)) * STEP).astimezone(draw(zones))
    return events, now


@settings(max_examples=200, deadline=None)
@given(logbooks())
def test_every_urge_is_counted_once_on_its_local_date(book: tuple[list[Event], datetime]) -> None:
    events, now = book
    shown = history(Logbook(events=tuple(events)), now)
    zone = now.tzinfo
    assert zone is not None
    today = local_date(now, zone)
    urge_dates = [local_date(e.at, zone) for e in events if isinstance(e, Urge)]

    for summary in shown.calendar.days:
        assert summary.urges == urge_dates.count(summary.day)
        assert summary.urges == sum(n for _, n in summary.urges_by_kind)
    last_year = [d for d in urge_dates if today - timedelta(days=364) <= d <= today]
    assert shown.urges_per_day(365).total == len(last_year)
    assert shown.hour_matrix(365).total == len(last_year)
    assert shown.hour_matrix().total == len(urge_dates) == shown.status.urges_total
    today_summary = shown.calendar.day(today)
    assert today_summary is not None
    assert today_summary.urges == shown.status.urges_today


@settings(max_examples=200, deadline=None)
@given(logbooks())
def test_the_counted_days_add_up_to_the_no_contact_total(
    book: tuple[list[Event], datetime],
) -> None:
    events, now = book
    shown = history(Logbook(events=tuple(events)), now)
    days = shown.calendar.days
    assert all(d.tracked for d in days if d.no_contact or d.ended_run)
    zone = now.tzinfo
    assert zone is not None
    slips = [
        run.ended_by
        for run in shown.status.runs
        if run.ended_by is not None
        and shown.calendar.first <= local_date(run.ended_by.at, zone) <= shown.calendar.today
    ]
    assert [slip for d in days for slip in d.slips] == slips
    counted = sum(d.no_contact for d in days)
    assert counted <= shown.status.total_no_contact_days
    runs = shown.status.runs
    if runs and local_date(runs[0].started_at, zone) >= shown.calendar.first - timedelta(days=1):
        # Day 1 of a run comes the date after it began: every counted day is in the calendar.
        assert counted == shown.status.total_no_contact_days


@settings(max_examples=100, deadline=None)
@given(logbooks(), st.randoms(use_true_random=False))
def test_the_order_entries_are_listed_in_changes_nothing(
    book: tuple[list[Event], datetime], shuffler: random.Random
) -> None:
    events, now = book
    shuffled = list(events)
    shuffler.shuffle(shuffled)
    assert history(Logbook(events=tuple(shuffled)), now) == history(
        Logbook(events=tuple(events)), now
    )


# The urge summary of a range


def test_the_urge_summary_counts_each_kind_the_most_first(clock: FixedClock) -> None:
    now = clock.now()
    start = now - timedelta(days=60)
    urges = [
        *(_urge(now - timedelta(days=d, hours=1), UrgeKind.TEXT) for d in (1, 2, 3)),
        *(_urge(now - timedelta(days=d, hours=1), UrgeKind.CALL) for d in (4, 5)),
        _urge(now - timedelta(days=45), UrgeKind.SOCIAL),  # outside the last 30 days
    ]
    book = logbook_of(a_plan(start, at=start), *urges)

    summary = history(book, now).urge_summary(30)

    assert summary.total == 5
    assert summary.by_kind == ((UrgeKind.TEXT, 3), (UrgeKind.CALL, 2))
    assert summary.days == 30  # tracked all along
    assert summary.per_day == pytest.approx(5 / 30)


def test_the_average_is_over_the_days_tracked_not_the_whole_range(clock: FixedClock) -> None:
    now = clock.now()
    start = now - timedelta(days=9, hours=2)  # tracking began ten dates ago, today included
    urges = [_urge(now - timedelta(days=d, hours=1)) for d in range(5)]
    book = logbook_of(a_plan(start, at=start), *urges)

    for days in (30, 90, 365):
        summary = history(book, now).urge_summary(days)
        assert (summary.total, summary.days) == (5, 10)
        assert summary.per_day == pytest.approx(0.5)


def test_urges_logged_before_tracking_began_widen_the_days_they_fall_in(
    clock: FixedClock,
) -> None:
    now = clock.now()
    start = now - timedelta(days=2, hours=2)
    book = logbook_of(a_plan(start, at=start), _urge(now - timedelta(days=6)))

    assert history(book, now).urge_summary(30).days == 7  # from the urge's date to today


def test_with_nothing_recorded_the_summary_is_empty(clock: FixedClock) -> None:
    summary = history(Logbook(), clock.now()).urge_summary(30)

    assert (summary.total, summary.days, summary.by_kind, summary.per_day) == (0, 0, (), 0.0)
