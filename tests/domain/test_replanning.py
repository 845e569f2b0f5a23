"""Re-planning: a change of target changes the target only; a last contact is the user's word.

A plan that copied the current run's start as its "last contact" pinned that start: a contact
logged by mistake and deleted later no longer gave its run back, and History said the run was
ended by "a new plan". These tests hold the rule that replaced it.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.clock import FixedClock
from app.domain.events import (
    MAX_TARGET_DAYS,
    MIN_TARGET_DAYS,
    Contact,
    ContactKind,
    Event,
    StartedBy,
)
from app.domain.logbook import Logbook, plan, record_contact
from app.domain.status import status
from app.domain.streaks import runs
from tests.domain.support import BERLIN, local


def _add(logbook: Logbook, *events: Event) -> Logbook:
    return Logbook(events=(*logbook.events, *events))


def _without(logbook: Logbook, event: Event) -> Logbook:
    return Logbook(events=tuple(e for e in logbook.events if e.id != event.id))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(local(BERLIN, 2026, 5, 1, 9, 0))


def test_the_first_plan_without_a_last_contact_begins_now(clock: FixedClock) -> None:
    assert plan(Logbook(), clock.now()).last_contact == clock.now()


def test_a_change_of_target_records_no_last_contact(clock: FixedClock) -> None:
    book = _add(Logbook(), plan(Logbook(), clock.now(), target_days=30))
    clock.advance(timedelta(days=3))
    book = _add(book, record_contact(clock.now(), ContactKind.TEXT))
    clock.advance(timedelta(days=2))

    again = plan(book, clock.now(), target_days=40)

    assert again.last_contact is None
    assert again.target_days == 40


def test_a_change_of_target_after_contacts_alone_goes_on_from_the_contact(
    clock: FixedClock,
) -> None:
    slip = record_contact(clock.now(), ContactKind.CALL)  # recorded before any plan
    clock.advance(timedelta(days=4))
    book = _add(Logbook(), slip)

    book = _add(book, plan(book, clock.now(), target_days=21))

    (only,) = runs(book.events, clock.now())
    assert only.started_at == slip.at
    countdown = status(book, clock.now()).countdown
    assert countdown is not None and countdown.target_days == 21


def test_deleting_a_slip_after_a_change_of_target_gives_the_run_back(clock: FixedClock) -> None:
    began = clock.now()
    book = _add(Logbook(), plan(Logbook(), clock.now(), target_days=30))
    clock.advance(timedelta(days=6))
    mistake = record_contact(clock.now(), ContactKind.SOCIAL)  # logged by mistake
    book = _add(book, mistake)
    clock.advance(timedelta(hours=1))
    book = _add(book, plan(book, clock.now(), target_days=35))  # only the target changes
    clock.advance(timedelta(days=2))
    assert status(book, clock.now()).attempts == 2  # the slip counts while it is there

    book = _without(book, mistake)

    (only,) = runs(book.events, clock.now())
    assert only.started_at == began
    assert only.ended_at is None and only.ended_by is None
    assert only.days == 8
    summary = status(book, clock.now())
    assert (summary.attempts, summary.streak_days) == (1, 8)
    assert summary.countdown is not None and summary.countdown.target_days == 35


def test_deleting_a_contact_is_as_if_it_had_never_been_logged(clock: FixedClock) -> None:
    # Two logbooks kept side by side: one where the slip was logged, one where it never was;
    # every other step, re-plans of the target included, is the same in both.
    logged = never = _add(Logbook(), plan(Logbook(), clock.now()))
    clock.advance(timedelta(days=2))
    mistake = record_contact(clock.now(), ContactKind.TEXT)
    logged = _add(logged, mistake)
    for target in (25, 40):
        clock.advance(timedelta(days=1))
        logged = _add(logged, plan(logged, clock.now(), target_days=target))
        never = _add(never, plan(never, clock.now(), target_days=target))
    clock.advance(timedelta(days=1))
    theirs = record_contact(clock.now(), ContactKind.CALL, StartedBy.THEM)
    logged, never = _add(logged, theirs), _add(never, theirs)
    clock.advance(timedelta(days=1))
    assert status(logged, clock.now()).attempts == 2

    assert status(_without(logged, mistake), clock.now()) == status(never, clock.now())
    assert status(never, clock.now()).attempts == 1


def test_a_last_contact_the_user_gives_is_kept(clock: FixedClock) -> None:
    book = _add(Logbook(), plan(Logbook(), clock.now()))
    clock.advance(timedelta(days=3))
    slip = record_contact(clock.now(), ContactKind.TEXT)
    book = _add(book, slip)
    clock.advance(timedelta(days=1))
    said = local(BERLIN, 2026, 5, 4, 21, 0)  # after the slip: the user met them again

    again = plan(book, clock.now(), since=said, target_days=30)

    assert again.last_contact == said
    book = _add(book, again)
    assert runs(book.events, clock.now())[-1].started_at == said
    # Deleting the slip leaves the start the user gave: they said the last contact was then.
    first, second = runs(_without(book, slip).events, clock.now())
    assert (first.ended_at, first.ended_by) == (said, None)
    assert second.started_at == said


# Steps a user takes, in order: wait some minutes, log a contact they started, log one they did
# not, change the target only, or give a last contact some minutes back.
_steps = st.lists(
    st.one_of(
        st.tuples(st.just("wait"), st.integers(1, 3 * 24 * 60)),
        st.tuples(st.just("slip"), st.just(0)),
        st.tuples(st.just("theirs"), st.just(0)),
        st.tuples(st.just("target"), st.integers(MIN_TARGET_DAYS, MAX_TARGET_DAYS)),
        st.tuples(st.just("since"), st.integers(0, 5 * 24 * 60)),
    ),
    min_size=1,
    max_size=14,
)


@settings(max_examples=300, deadline=None)
@given(_steps, st.data())
def test_deleting_any_slip_is_as_if_it_had_never_been_logged(
    steps: list[tuple[str, int]], data: st.DataObject
) -> None:
    clock = FixedClock(local(BERLIN, 2026, 3, 20, 9, 0))
    plan_first = plan(Logbook(), clock.now())
    logged = never = Logbook(events=(plan_first,)) if data.draw(st.booleans()) else Logbook()
    slips = [i for i, (step, _) in enumerate(steps) if step == "slip"]
    if not slips:
        return
    skipped = data.draw(st.sampled_from(slips), label="the slip logged by mistake")
    mistake = None
    for index, (step, value) in enumerate(steps):
        if step == "wait":
            clock.advance(timedelta(minutes=value))
        elif step in ("slip", "theirs"):
            by = StartedBy.ME if step == "slip" else StartedBy.THEM
            contact = record_contact(clock.now(), ContactKind.TEXT, by)
            logged = _add(logged, contact)
            if index == skipped:
                mistake = contact
            else:
                never = _add(never, contact)
        else:
            since = None
            if step == "since":
                # A time the user could give where the slip was logged: not before a slip.
                since = clock.now() - timedelta(minutes=value)
                last_slip = max((e.at for e in logged.events if _slip(e)), default=None)
                if last_slip is not None and since < last_slip:
                    since = last_slip
            target = value if step == "target" else None
            logged = _add(logged, plan(logged, clock.now(), since=since, target_days=target))
            never = _add(never, plan(never, clock.now(), since=since, target_days=target))
    clock.advance(timedelta(hours=1))
    assert mistake is not None

    assert status(_without(logged, mistake), clock.now()) == status(never, clock.now())


def _slip(event: Event) -> bool:
    return isinstance(event, Contact) and event.breaks_no_contact
