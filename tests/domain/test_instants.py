"""Which instants come in (typed, picked, imported), and when the computer's clock looks wrong."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from app.domain.clock_doubt import clock_doubt
from app.domain.errors import InvalidEntry
from app.domain.events import ContactKind, Event, Plan, UrgeKind, new_id
from app.domain.goals import Completion
from app.domain.instants import check_instant
from app.domain.logbook import Logbook, log_urge, new_entries, plan, record_contact
from app.domain.timeline import Timeline
from tests.domain.support import BERLIN, NEW_YORK, later

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=BERLIN)


# One check for every instant that comes in


def test_the_present_the_past_and_a_clock_a_few_minutes_ahead_are_accepted() -> None:
    assert check_instant(NOW, NOW, "the urge") == NOW
    assert check_instant(later(NOW, days=-400), NOW, "the urge")
    # Another computer's clock, a little ahead (an export made there a moment ago).
    assert check_instant(later(NOW, minutes=5), NOW, "the urge")
    assert check_instant(NOW.astimezone(NEW_YORK), NOW, "the urge")  # the same instant


def test_the_future_beyond_the_allowance_is_refused_with_the_time_it_is() -> None:
    with pytest.raises(InvalidEntry) as refused:
        check_instant(later(NOW, minutes=5, seconds=1), NOW, "the urge")
    assert str(refused.value) == "the urge cannot be in the future (it is now 2026-03-01 12:00)"


@pytest.mark.parametrize(
    "moment",
    [
        datetime(1969, 12, 31, 23, 59, tzinfo=UTC),
        datetime(1926, 3, 1, 12, tzinfo=BERLIN),  # 2026 with one digit wrong
        datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5))),  # the first date there is
    ],
    ids=["a minute before 1970", "1926", "year 1"],
)
def test_a_date_before_1970_is_refused_as_a_wrong_year(moment: datetime) -> None:
    with pytest.raises(InvalidEntry) as refused:
        check_instant(moment, NOW, "the last contact")
    assert str(refused.value) == (
        f"the last contact cannot be before 1970 (it reads {moment.date().isoformat()}); "
        "check the year"
    )


def test_the_first_moment_of_1970_is_accepted() -> None:
    first = datetime(1970, 1, 1, tzinfo=UTC)
    assert check_instant(first, NOW, "the last contact") == first


@pytest.mark.parametrize("moment", [NOW.replace(tzinfo=None), "2026-03-01T12:00", None])
def test_a_moment_without_a_zone_or_not_a_moment_is_refused(moment: object) -> None:
    with pytest.raises(InvalidEntry, match="needs a date and time with its time zone"):
        check_instant(moment, NOW, "the urge")


def test_a_plans_last_contact_is_checked_the_same_way() -> None:
    with pytest.raises(InvalidEntry, match="cannot be before 1970"):
        plan(Logbook(), NOW, since=datetime(1926, 2, 1, tzinfo=BERLIN))
    with pytest.raises(InvalidEntry, match="in the future"):
        plan(Logbook(), NOW, since=later(NOW, hours=1))


def test_a_last_contact_a_moment_ahead_of_this_clock_is_taken_as_now() -> None:
    made = plan(Logbook(), NOW, since=later(NOW, minutes=3))
    assert made.last_contact == NOW


def test_an_import_is_checked_the_same_way_the_last_contact_of_a_plan_included() -> None:
    in_1926 = Plan(
        id=new_id(), at=NOW, last_contact=datetime(1926, 2, 1, tzinfo=BERLIN), target_days=30
    )
    with pytest.raises(InvalidEntry) as refused:
        new_entries(Logbook(), Logbook(events=(in_1926,)), NOW)
    assert str(refused.value) == (
        "the last contact of the plan made 2026-03-01 cannot be before 1970 "
        "(it reads 1926-02-01); check the year"
    )
    ahead = Plan(id=new_id(), at=NOW, last_contact=later(NOW, hours=2), target_days=30)
    with pytest.raises(InvalidEntry, match="in the future"):
        new_entries(Logbook(), Logbook(events=(ahead,)), NOW)


def test_an_imported_goal_tick_in_the_future_is_refused() -> None:
    tick = Completion(goal_id="body-walk", day=NOW.date(), at=later(NOW, days=2))
    with pytest.raises(InvalidEntry, match=r"the goal ticked off .* cannot be in the future"):
        new_entries(Logbook(), Logbook(completions=(tick,)), NOW)


@pytest.mark.parametrize(
    "written",
    ["0001-01-01T00:00:00+05:00", "9999-12-31T23:00:00-05:00", "0001-01-01T00:00:00+00:00"],
)
def test_an_instant_at_the_edge_of_the_calendar_is_refused_as_an_entry(written: str) -> None:
    # Only a damaged or hand-edited file holds one; counting with it would overflow.
    with pytest.raises(InvalidEntry, match="not one Holdfast can count with"):
        log_urge(datetime.fromisoformat(written), UrgeKind.TEXT)


# A clock that is clearly wrong


def _timeline(*events: Event) -> Timeline:
    return Timeline.of(events)


def _begun(at: datetime, since: datetime | None = None) -> Plan:
    return Plan(id=new_id(), at=at, last_contact=since, target_days=30)


def test_a_clock_that_agrees_with_the_entries_raises_no_doubt() -> None:
    timeline = _timeline(
        _begun(later(NOW, days=-12)), log_urge(later(NOW, hours=-1), UrgeKind.TEXT)
    )
    assert clock_doubt(timeline, NOW) is None
    assert clock_doubt(Timeline.of(()), NOW) is None  # nothing recorded yet
    # Set back by a few hours (a correction, a wrong zone fixed): not years.
    assert clock_doubt(timeline, later(NOW, hours=-20)) is None


def test_a_clock_set_back_before_the_latest_entry_is_doubted() -> None:
    timeline = _timeline(_begun(later(NOW, days=-12)), log_urge(NOW, UrgeKind.CALL))
    reset = datetime(2026, 1, 20, 9, 0, tzinfo=BERLIN)  # a flat battery, a wrong month typed

    assert clock_doubt(timeline, reset) == (
        "Your computer's clock reads Tue 20 Jan 2026, earlier than your latest entry "
        "(Sun 1 Mar 2026). Check the date and time in your system settings, so that new "
        "entries are dated right."
    )


def test_a_clock_before_holdfast_existed_is_doubted_even_with_nothing_recorded() -> None:
    reset = datetime(2000, 1, 1, 0, 5, tzinfo=BERLIN)
    expected = (
        "Your computer's clock reads Sat 1 Jan 2000, a date before Holdfast existed. Set the "
        "right date and time in your system settings, so that new entries are dated right."
    )
    assert clock_doubt(Timeline.of(()), reset) == expected


def test_a_run_begun_by_a_clock_in_2000_is_doubted_not_counted_silently() -> None:
    # The period was begun while the clock read 2000; the clock is right again today.
    begun_wrong = _begun(datetime(2000, 1, 1, 0, 5, tzinfo=BERLIN))
    doubt = clock_doubt(_timeline(begun_wrong), NOW)
    assert doubt == (
        "Your current run counts from Sat 1 Jan 2000, before Holdfast existed: the computer's "
        "clock was probably wrong when that was recorded, and the run's 9,556 days may be too "
        "many. Set when your last contact really was, in Settings or with "
        "`holdfast start --since`."
    )
    slip_wrong = record_contact(datetime(2000, 1, 1, 0, 5, tzinfo=BERLIN), ContactKind.TEXT)
    assert clock_doubt(_timeline(_begun(later(NOW, days=-30)), slip_wrong), NOW) is not None


def test_a_last_contact_before_holdfast_given_with_a_right_clock_is_believed() -> None:
    # Someone whose last contact was in 2019 begins today: a long run, and a true one.
    told = _begun(later(NOW, days=-1), since=datetime(2019, 6, 1, tzinfo=BERLIN))
    assert clock_doubt(_timeline(told), NOW) is None
    # And re-planning with the right date, once the clock is right, answers the doubt.
    begun_wrong = _begun(datetime(2000, 1, 1, tzinfo=BERLIN))
    corrected = _begun(NOW, since=datetime(2025, 12, 20, tzinfo=BERLIN))
    assert clock_doubt(_timeline(begun_wrong, corrected), NOW) is None
