"""Runs of no contact: where they start and end, what ends them, and what they count."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.clock import FixedClock
from app.domain.errors import InvalidEntry
from app.domain.events import ContactKind, Event, StartedBy, UrgeKind
from app.domain.logbook import Logbook, log_urge, plan, record_contact
from app.domain.status import status
from app.domain.streaks import runs
from tests.domain.support import BERLIN, NEW_YORK, just_before, later, local


def _add(logbook: Logbook, *events: Event) -> Logbook:
    return Logbook(events=(*logbook.events, *events))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(local(BERLIN, 2026, 5, 1, 9, 0))


def test_nothing_recorded_means_no_runs(clock: FixedClock) -> None:
    assert runs((), clock.now()) == []
    summary = status(Logbook(), clock.now())
    assert not summary.tracking
    assert summary.streak_days == 0
    assert summary.countdown is None


def test_beginning_starts_one_run_now(clock: FixedClock) -> None:
    book = _add(Logbook(), plan(Logbook(), clock.now()))
    clock.advance(timedelta(days=3, hours=2))
    (only,) = runs(book.events, clock.now())
    assert only.started_at == local(BERLIN, 2026, 5, 1, 9, 0)
    assert only.is_current
    assert only.ended_by is None
    assert only.days == 3


def test_a_contact_i_started_ends_the_run_and_starts_a_new_one_at_its_instant(
    clock: FixedClock,
) -> None:
    book = _add(Logbook(), plan(Logbook(), clock.now()))
    clock.advance(timedelta(days=5, hours=3))
    slip = record_contact(clock.now(), ContactKind.TEXT)
    assert slip.breaks_no_contact
    book = _add(book, slip)
    clock.advance(timedelta(days=2))
    first, second = runs(book.events, clock.now())
    assert first.ended_at == slip.at
    assert first.ended_by == slip
    assert first.days == 5
    assert not first.is_current
    assert second.started_at == slip.at
    assert second.is_current
    assert second.days == 2
    assert status(book, clock.now()).streak_days == 2


@pytest.mark.parametrize(
    ("started_by", "necessary"),
    [(StartedBy.THEM, False), (StartedBy.THEM, True), (StartedBy.ME, True)],
)
def test_contact_they_started_or_that_was_necessary_resets_nothing(
    clock: FixedClock, started_by: StartedBy, necessary: bool
) -> None:
    book = _add(Logbook(), plan(Logbook(), clock.now()))
    clock.advance(timedelta(days=4))
    contact = record_contact(clock.now(), ContactKind.CALL, started_by, necessary)
    assert not contact.breaks_no_contact
    book = _add(book, contact)
    clock.advance(timedelta(days=4))
    (only,) = runs(book.events, clock.now())
    assert only.days == 8
    assert status(book, clock.now()).attempts == 1


def test_replanning_only_the_target_keeps_the_start(clock: FixedClock) -> None:
    first = plan(Logbook(), clock.now(), target_days=21)
    book = _add(Logbook(), first)
    clock.advance(timedelta(days=10))
    again = plan(book, clock.now(), target_days=45)
    assert again.last_contact is None  # the target only: the start stays where the run began
    book = _add(book, again)
    summary = status(book, clock.now())
    assert summary.attempts == 1
    assert summary.streak_days == 10
    assert summary.countdown is not None
    assert summary.countdown.target_days == 45
    assert summary.countdown.started_at == first.last_contact


def test_replanning_without_a_target_keeps_the_target(clock: FixedClock) -> None:
    book = _add(Logbook(), plan(Logbook(), clock.now(), target_days=40))
    clock.advance(timedelta(days=1))
    assert plan(book, clock.now()).target_days == 40


def test_replanning_after_a_slip_keeps_the_start_at_the_slip(clock: FixedClock) -> None:
    book = _add(Logbook(), plan(Logbook(), clock.now()))
    clock.advance(timedelta(days=3))
    slip = record_contact(clock.now(), ContactKind.SOCIAL)
    book = _add(book, slip)
    clock.advance(timedelta(days=2))
    again = plan(book, clock.now(), target_days=21)
    assert again.last_contact is None
    book = _add(book, again)
    first, second = runs(book.events, clock.now())
    assert second.started_at == slip.at
    assert first.ended_by == slip
    assert second.days == 2


def test_replanning_with_an_earlier_start_corrects_the_run(clock: FixedClock) -> None:
    book = _add(Logbook(), plan(Logbook(), clock.now()))
    clock.advance(timedelta(days=2))
    earlier = local(BERLIN, 2026, 4, 25, 9, 0)
    book = _add(book, plan(book, clock.now(), since=earlier))
    (only,) = runs(book.events, clock.now())
    assert only.started_at == earlier
    assert only.days == 8
    assert status(book, clock.now()).attempts == 1


def test_replanning_with_a_later_start_begins_again(clock: FixedClock) -> None:
    book = _add(Logbook(), plan(Logbook(), clock.now()))
    clock.advance(timedelta(days=6))
    restart = local(BERLIN, 2026, 5, 4, 21, 0)
    book = _add(book, plan(book, clock.now(), since=restart))
    first, second = runs(book.events, clock.now())
    assert first.ended_at == restart
    assert first.ended_by is None  # began again: no contact ended it
    assert first.days == 3
    assert second.started_at == restart
    assert second.is_current
    assert second.days == 2


def test_a_start_before_a_recorded_slip_is_refused(clock: FixedClock) -> None:
    book = _add(Logbook(), plan(Logbook(), clock.now()))
    clock.advance(timedelta(days=3))
    slip = record_contact(clock.now(), ContactKind.TEXT)
    book = _add(book, slip)
    clock.advance(timedelta(days=1))
    with pytest.raises(InvalidEntry, match="before the contact"):
        plan(book, clock.now(), since=just_before(slip.at.astimezone(BERLIN)))
    assert plan(book, clock.now(), since=slip.at).last_contact == slip.at


def test_a_contact_they_started_does_not_limit_the_start(clock: FixedClock) -> None:
    theirs = record_contact(clock.now(), ContactKind.CALL, StartedBy.THEM)
    clock.advance(timedelta(days=1))
    earlier = local(BERLIN, 2026, 4, 20, 9, 0)
    assert plan(_add(Logbook(), theirs), clock.now(), since=earlier).last_contact == earlier


def test_a_start_in_the_future_is_refused(clock: FixedClock) -> None:
    with pytest.raises(InvalidEntry, match="future"):
        plan(Logbook(), clock.now(), since=later(clock.now(), minutes=5, seconds=1))
    assert plan(Logbook(), clock.now(), since=clock.now()).last_contact == clock.now()


@pytest.mark.parametrize("days", [20, 46, 0, -30, 30.0, True])
def test_a_target_out_of_range_is_refused_naming_the_range(clock: FixedClock, days: object) -> None:
    with pytest.raises(InvalidEntry) as refused:
        plan(Logbook(), clock.now(), target_days=days)  # type: ignore[arg-type]
    assert "21" in str(refused.value)
    assert "45" in str(refused.value)


@pytest.mark.parametrize("days", [21, 45])
def test_the_bounds_of_the_target_are_allowed(clock: FixedClock, days: int) -> None:
    assert plan(Logbook(), clock.now(), target_days=days).target_days == days


def test_a_new_plan_with_no_target_gets_thirty_days(clock: FixedClock) -> None:
    assert plan(Logbook(), clock.now()).target_days == 30


def test_urges_are_counted_in_the_run_they_happened_in(clock: FixedClock) -> None:
    book = _add(Logbook(), plan(Logbook(), clock.now()))
    for hours in (1, 30, 50):
        book = _add(book, log_urge(later(clock.now(), hours=hours), UrgeKind.TEXT, 6))
    clock.advance(timedelta(days=3))
    slip = record_contact(clock.now(), ContactKind.TEXT)
    book = _add(book, slip, log_urge(clock.now(), UrgeKind.CALL))  # at the slip: the new run's
    clock.advance(timedelta(days=1))
    book = _add(book, log_urge(clock.now(), UrgeKind.SOCIAL))
    first, second = runs(book.events, clock.now())
    assert (first.urges, second.urges) == (3, 2)
    assert status(book, clock.now()).urges_total == 5


def test_urges_before_the_first_run_belong_to_no_run(clock: FixedClock) -> None:
    early = log_urge(clock.now(), UrgeKind.TEXT)
    clock.advance(timedelta(hours=1))
    book = _add(Logbook(), early, plan(Logbook(), clock.now()))
    (only,) = runs(book.events, clock.now())
    assert only.urges == 0
    assert status(book, clock.now()).urges_total == 1


def test_runs_do_not_depend_on_the_order_entries_are_listed(clock: FixedClock) -> None:
    begin = plan(Logbook(), clock.now())
    clock.advance(timedelta(days=3))
    slip = record_contact(clock.now(), ContactKind.TEXT)
    clock.advance(timedelta(days=1))
    urge = log_urge(clock.now(), UrgeKind.TEXT)
    clock.advance(timedelta(days=1))
    forward = runs((begin, slip, urge), clock.now())
    assert runs((urge, slip, begin), clock.now()) == forward
    assert runs((slip, begin, urge), clock.now()) == forward


def test_two_plans_recorded_at_the_same_instant_give_one_answer(clock: FixedClock) -> None:
    # An import can bring a plan made at the very same instant as one here.
    first = plan(Logbook(), clock.now())
    clock.advance(timedelta(days=5))
    restart = plan(Logbook(events=(first,)), clock.now(), since=local(BERLIN, 2026, 5, 4, 9, 0))
    correct = plan(Logbook(events=(first,)), clock.now(), since=local(BERLIN, 2026, 4, 28, 9, 0))
    clock.advance(timedelta(days=1))
    one_way = status(Logbook(events=(first, restart, correct)), clock.now())
    other_way = status(Logbook(events=(first, correct, restart)), clock.now())
    assert one_way == other_way


def test_runs_in_a_zone_with_a_time_change_count_wall_clock_days() -> None:
    clock = FixedClock(local(NEW_YORK, 2026, 3, 7, 22, 0))  # the clocks go forward overnight
    book = _add(Logbook(), plan(Logbook(), clock.now()))
    clock.set(just_before(local(NEW_YORK, 2026, 3, 8, 22, 0)))
    assert runs(book.events, clock.now())[-1].days == 0
    clock.advance(timedelta(seconds=1))
    assert runs(book.events, clock.now())[-1].days == 1
