"""Slips and urges logged after they happened: the run ends at the instant given, every figure
counts again from the entries, and the order they were logged in never matters."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import intents
from app.domain.errors import InvalidEntry
from app.domain.events import ContactKind, StartedBy, UrgeKind
from app.domain.history import history
from app.domain.instants import CLOCK_SKEW
from app.domain.intents import Change, apply
from app.domain.logbook import Logbook
from app.domain.status import Status, status
from app.domain.streaks import Run
from app.domain.wallclock import local_date, zone_of
from tests.domain.support import BERLIN, a_plan, figures, later, local, utc

BEGAN = local(BERLIN, 2026, 3, 1, 12)  # the last contact before the period, as the plan says


def _begun(since: datetime = BEGAN) -> Logbook:
    return Logbook(events=(a_plan(since),))


def _slip(logbook: Logbook, now: datetime, at: datetime | None) -> Logbook:
    change = intents.record_contact(logbook, now, ContactKind.TEXT, StartedBy.ME, at=at)
    return _saved(logbook, change)


def _urge(logbook: Logbook, now: datetime, at: datetime | None) -> Logbook:
    return _saved(logbook, intents.log_urge(logbook, now, UrgeKind.TEXT, at=at))


Logging = Callable[[Logbook, datetime, datetime | None], Logbook]


def _saved(logbook: Logbook, change: Change) -> Logbook:
    return apply(logbook, *change.edits)


def _runs(summary: Status) -> list[tuple[datetime, int, int]]:
    """Each run as the History table shows it: when it began, its days and its urges."""
    return [(run.started_at, run.days, run.urges) for run in summary.runs]


def _counted_dates(summary: Status) -> list[set[date]]:
    """The local dates each run counts: day N of a run is the N-th date after it began."""
    zone = zone_of(summary.now)
    counted = []
    for run in summary.runs:
        began = local_date(run.started_at, zone)
        counted.append({began + timedelta(days=n) for n in range(1, run.days + 1)})
    return counted


def _no_date_counted_twice(summary: Status) -> None:
    counted = _counted_dates(summary)
    every = [day for dates in counted for day in dates]
    assert len(every) == len(set(every)), "a date is counted by two runs"
    assert len(every) == summary.total_no_contact_days
    assert all(run.days >= 0 for run in summary.runs)


def test_a_slip_logged_after_a_later_urge_ends_the_run_before_that_urge() -> None:
    urged = local(BERLIN, 2026, 3, 8, 20)
    slipped = local(BERLIN, 2026, 3, 8, 18)
    told = local(BERLIN, 2026, 3, 9, 9)
    logbook = _urge(_begun(), urged, None)  # logged as it came

    after = _slip(logbook, told, slipped)  # told of the next morning

    summary = status(after, told)
    assert _runs(summary) == [(BEGAN, 7, 0), (slipped, 0, 1)]
    assert summary.runs[0].ended_by is not None
    assert summary.runs[0].ended_by.at == slipped
    assert (summary.streak_days, summary.longest_streak_days, summary.attempts) == (0, 7, 2)
    _no_date_counted_twice(summary)


def test_undoing_a_slip_told_late_gives_the_run_back() -> None:
    told = local(BERLIN, 2026, 3, 9, 9)
    logbook = _begun()
    change = intents.record_contact(
        logbook, told, ContactKind.CALL, at=local(BERLIN, 2026, 3, 8, 18)
    )
    after = _saved(logbook, change)
    assert change.undo is not None

    undone = apply(after, *change.undo(after, told).edits)

    assert _runs(status(undone, told)) == [(BEGAN, 7, 0)]


def test_a_slip_late_last_night_told_after_midnight_falls_on_the_day_it_happened() -> None:
    slipped = local(BERLIN, 2026, 3, 10, 23, 50)
    told = local(BERLIN, 2026, 3, 11, 0, 20)  # already the 11th, and still the 10th in UTC

    after = _slip(_begun(), told, slipped)

    summary = status(after, told)
    assert _runs(summary) == [(BEGAN, 9, 0), (slipped, 0, 0)]
    shown = history(after, told)
    slip_day = shown.calendar.day(date(2026, 3, 10))
    assert slip_day is not None and slip_day.ended_run and slip_day.no_contact
    next_day = shown.calendar.day(date(2026, 3, 11))
    assert next_day is not None and not next_day.ended_run and not next_day.no_contact
    _no_date_counted_twice(summary)


@pytest.mark.parametrize(
    ("began", "slipped", "days"),
    [
        # 29 March: the clocks jump from 02:00 to 03:00. Day 1 arrives at the jump, as 02:30
        # never shows on the wall clock that morning.
        (local(BERLIN, 2026, 3, 28, 2, 30), local(BERLIN, 2026, 3, 29, 1, 50), 0),
        (local(BERLIN, 2026, 3, 28, 2, 30), local(BERLIN, 2026, 3, 29, 3, 10), 1),
        # 25 October: the clocks go back from 03:00 to 02:00. Day 1 arrived at the first 02:30;
        # in the repeated hour after it, the wall clock reads earlier, and the day stays.
        (local(BERLIN, 2026, 10, 24, 2, 30), local(BERLIN, 2026, 10, 25, 2, 15), 0),
        (local(BERLIN, 2026, 10, 24, 2, 30), local(BERLIN, 2026, 10, 25, 2, 15, fold=1), 1),
    ],
    ids=["spring-before-the-jump", "spring-after", "autumn-first-pass", "autumn-second-pass"],
)
def test_a_slip_told_late_across_a_daylight_saving_change(
    began: datetime, slipped: datetime, days: int
) -> None:
    told = later(slipped, hours=26)  # a day on from the slip on the wall clock, either way

    after = _slip(_begun(began), told, slipped)

    summary = status(after, told)
    # In UTC: Python never finds a time in the repeated hour equal to one in another zone.
    runs = [(utc(at), days, urges) for at, days, urges in _runs(summary)]
    assert runs == [(utc(began), days, 0), (utc(slipped), 1, 0)]
    _no_date_counted_twice(summary)


def test_two_slips_on_one_day_told_in_reverse_order_split_that_day_once() -> None:
    morning = local(BERLIN, 2026, 3, 8, 8)
    evening = local(BERLIN, 2026, 3, 8, 22)
    told = local(BERLIN, 2026, 3, 12, 9)

    after = _slip(_slip(_begun(), told, evening), told, morning)

    summary = status(after, told)
    assert _runs(summary) == [(BEGAN, 6, 0), (morning, 0, 0), (evening, 3, 0)]
    assert _counted_dates(summary)[1] == set()  # the morning's run counts no date
    _no_date_counted_twice(summary)
    calendar = history(after, told).calendar
    assert [day.day.day for day in calendar.days if day.ended_run] == [8]


def test_a_slip_before_the_current_run_began_ends_an_earlier_stretch() -> None:
    told = local(BERLIN, 2026, 3, 9, 9)
    before_the_plan = local(BERLIN, 2026, 2, 20, 19)

    after = _slip(_begun(), told, before_the_plan)

    summary = status(after, told)
    assert _runs(summary) == [(before_the_plan, 8, 0), (BEGAN, 7, 0)]
    assert summary.runs[0].ended_by is None  # the plan began the current run
    assert summary.streak_days == 7  # the current run is as it was
    _no_date_counted_twice(summary)


def test_an_urge_told_late_counts_on_its_own_day() -> None:
    told = local(BERLIN, 2026, 3, 9, 0, 30)
    last_night = local(BERLIN, 2026, 3, 8, 23, 40)

    after = _urge(_begun(), told, last_night)

    summary = status(after, told)
    assert (summary.urges_today, summary.urges_total) == (0, 1)
    assert summary.current_run is not None and summary.current_run.urges == 1
    march_8 = history(after, told).calendar.day(date(2026, 3, 8))
    assert march_8 is not None and march_8.urges == 1


def test_a_time_just_ahead_of_the_clock_is_taken_as_now_so_no_run_is_negative() -> None:
    now = local(BERLIN, 2026, 3, 9, 9)

    after = _slip(_begun(), now, later(now, minutes=3))

    summary = status(after, now)
    assert summary.runs[-1].started_at == now
    assert summary.streak_days == 0
    _no_date_counted_twice(summary)


@pytest.mark.parametrize("log", [_slip, _urge], ids=["contact", "urge"])
def test_a_time_in_the_future_is_refused_saying_what_the_time_is(log: Logging) -> None:
    now = local(BERLIN, 2026, 3, 9, 9)

    with pytest.raises(InvalidEntry, match=r"cannot be in the future \(it is now 2026-03-09 09:00"):
        log(_begun(), now, now + CLOCK_SKEW + timedelta(seconds=1))


@pytest.mark.parametrize("log", [_slip, _urge], ids=["contact", "urge"])
def test_a_time_before_1970_is_refused_as_a_typo_in_the_year(log: Logging) -> None:
    now = local(BERLIN, 2026, 3, 9, 9)

    with pytest.raises(InvalidEntry, match=r"cannot be before 1970 \(it reads 1926-03-08\); check"):
        log(_begun(), now, datetime(1926, 3, 8, 21, tzinfo=UTC))


def test_a_time_without_its_zone_is_refused() -> None:
    now = local(BERLIN, 2026, 3, 9, 9)

    with pytest.raises(InvalidEntry, match="needs a date and time with its time zone"):
        _slip(_begun(), now, datetime.fromisoformat("2026-03-08T21:00"))


# Logging in any order: what was logged late counts as if it had been logged then.

STEP = timedelta(minutes=20)
START = local(BERLIN, 2026, 3, 20, 12)  # days before the spring change, weeks before autumn's


@st.composite
def told_late(draw: st.DrawFn) -> tuple[list[tuple[str, datetime]], datetime]:
    """Slips, contacts that keep the run, and urges at instants across both of Berlin's clock
    changes of 2026, and a moment after all of them to tell of them from."""
    span = int((local(BERLIN, 2026, 11, 1) - START) / STEP)
    steps = draw(st.lists(st.integers(1, span), min_size=1, max_size=12))
    kinds = st.sampled_from(("slip", "kept", "urge"))
    entries = [(draw(kinds), (START.astimezone(UTC) + n * STEP).astimezone(BERLIN)) for n in steps]
    now = max(at for _, at in entries) + draw(st.integers(0, 72)) * STEP
    return entries, now


def _logged(order: list[tuple[str, datetime]], now: datetime) -> Logbook:
    logbook = _begun(START)
    for kind, at in order:
        if kind == "urge":
            change = intents.log_urge(logbook, now, UrgeKind.CALL, at=at)
        else:
            by = StartedBy.ME if kind == "slip" else StartedBy.THEM
            change = intents.record_contact(logbook, now, ContactKind.TEXT, by, at=at)
        logbook = _saved(logbook, change)
    return logbook


@settings(max_examples=150, deadline=None)
@given(told_late(), st.randoms(use_true_random=False))
def test_logging_in_any_order_gives_the_figures_of_logging_in_time_order(
    entries: tuple[list[tuple[str, datetime]], datetime], shuffler: random.Random
) -> None:
    happened, now = entries
    in_time_order = sorted(happened, key=lambda entry: entry[1])
    told = list(happened)
    shuffler.shuffle(told)

    as_told, as_happened = _logged(told, now), _logged(in_time_order, now)

    summary, expected = status(as_told, now), status(as_happened, now)
    assert figures(summary) == figures(expected)
    assert _runs(summary) == _runs(expected)
    assert [_ended_at(run) for run in summary.runs] == [_ended_at(run) for run in expected.runs]
    assert _calendar(as_told, now) == _calendar(as_happened, now)
    _no_date_counted_twice(summary)


def _ended_at(run: Run) -> datetime | None:
    return None if run.ended_by is None else run.ended_by.at


def _calendar(logbook: Logbook, now: datetime) -> list[tuple[object, ...]]:
    """What the History calendar shows of each date (each entry logged gets its own id)."""
    return [
        (day.day, day.tracked, day.no_contact, day.urges, len(day.contacts), day.ended_run)
        for day in history(logbook, now).calendar.days
    ]
