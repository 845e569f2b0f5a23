"""The daily reminder is not needed once anything was logged on that local day, whatever its
kind, a check-in included."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app.domain.check_ins import CheckIn, Mood, Pull
from app.domain.daily_reminder import logged_on
from app.domain.events import Contact, ContactKind, Plan, Urge, UrgeKind
from app.domain.goals import STARTER_GOALS, Completion
from app.domain.journal import JournalEntry
from app.domain.logbook import Logbook

BERLIN = ZoneInfo("Europe/Berlin")
MONDAY = date(2026, 3, 2)
# Late on Monday in Berlin, already Tuesday in Tokyo and still Monday in UTC.
LATE_MONDAY = datetime(2026, 3, 2, 23, 30, tzinfo=BERLIN)
LONG_AGO = datetime(2026, 2, 1, 9, tzinfo=BERLIN)


def _check_in(at: datetime) -> CheckIn:
    return CheckIn(id="k", day=at.date(), at=at, mood=Mood.MIXED, pull=Pull.LIGHT)


def _entries_of_each_kind(at: datetime) -> dict[str, Logbook]:
    goal = STARTER_GOALS[0]
    return {
        "urge": Logbook(events=(Urge(id="u", at=at, kind=UrgeKind.TEXT),)),
        "contact": Logbook(events=(Contact(id="c", at=at, kind=ContactKind.CALL),)),
        "plan": Logbook(events=(Plan(id="p", at=at, last_contact=None, target_days=30),)),
        "journal": Logbook(
            journal=(JournalEntry(id="j", day=at.date(), written_at=at, text="A walk."),)
        ),
        "journal edited": Logbook(
            journal=(
                JournalEntry(
                    id="j", day=LONG_AGO.date(), written_at=LONG_AGO, text="A walk.", edited_at=at
                ),
            )
        ),
        "goal ticked": Logbook(completions=(Completion(goal.id, at.date(), at),)),
        "check-in": Logbook(check_ins=(_check_in(at),)),
    }


@pytest.mark.parametrize("kind", list(_entries_of_each_kind(LATE_MONDAY)))
def test_anything_logged_that_day_counts(kind: str) -> None:
    logbook = _entries_of_each_kind(LATE_MONDAY)[kind]

    assert logged_on(logbook, MONDAY, BERLIN)
    assert not logged_on(logbook, MONDAY + timedelta(days=1), BERLIN)
    assert not logged_on(logbook, MONDAY - timedelta(days=1), BERLIN)


def test_the_day_is_the_local_day_of_the_zone_given() -> None:
    logbook = _entries_of_each_kind(LATE_MONDAY)["urge"]

    assert logged_on(logbook, MONDAY + timedelta(days=1), ZoneInfo("Asia/Tokyo"))
    assert not logged_on(logbook, MONDAY, ZoneInfo("Asia/Tokyo"))


def test_a_check_in_counts_on_its_own_day_wherever_the_reminder_runs() -> None:
    # Made late on Monday in Berlin: it answers Monday, even read on a clock in Tokyo, where
    # that instant was Tuesday already.
    logbook = Logbook(check_ins=(_check_in(LATE_MONDAY),))

    assert logged_on(logbook, MONDAY, ZoneInfo("Asia/Tokyo"))


def test_nothing_logged_is_nothing() -> None:
    assert not logged_on(Logbook(), MONDAY, BERLIN)
    assert not logged_on(_entries_of_each_kind(LONG_AGO)["urge"], MONDAY, BERLIN)
