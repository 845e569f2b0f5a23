"""`holdfast start` and `holdfast status`: exact figures on the fixed clock, in text and JSON."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from app.domain.clock import FixedClock
from app.domain.journal import BreakupReason
from app.storage.store import Store
from tests.cli.support import STATUS_KEYS, Holdfast, ok, status_json

# Started seven days before the fixed clock's noon, aiming for 40 days: the target falls on
# Friday 3 April at noon, after the clocks went forward on 29 March, so one hour is missing.
SINCE = "2026-02-22T12:00"
SPAN_SECONDS = 40 * 86400 - 3600
REMAINING_SECONDS = 33 * 86400 - 3600


def test_before_start_status_says_not_tracking(holdfast: Holdfast) -> None:
    assert ok(holdfast("status")).out == (
        "Not tracking yet. Begin with `holdfast start` "
        "(add --since to give the time of your last contact).\n"
    )
    figures = status_json(holdfast)
    assert figures.keys() >= STATUS_KEYS
    assert figures["tracking"] is False
    assert figures["streak_days"] == 0
    assert figures["attempts"] == 0
    assert figures["progress"] == 0.0
    assert figures["target_reached"] is False
    assert figures["streak_started_at"] is None


def test_start_with_since_and_target_reports_the_plan(holdfast: Holdfast) -> None:
    result = ok(holdfast("start", "--since", SINCE, "--target", "40"))
    assert result.out == ("Tracking from 2026-02-22 12:00 toward 40 days. Day 7 without contact.\n")


def test_status_json_gives_exact_figures(holdfast: Holdfast) -> None:
    ok(holdfast("start", "--since", SINCE, "--target", "40"))

    figures = status_json(holdfast)

    assert figures.keys() >= STATUS_KEYS
    assert figures["tracking"] is True
    assert figures["streak_started_at"] == "2026-02-22T12:00:00+01:00"
    assert figures["streak_days"] == 7
    assert figures["target_days"] == 40
    assert figures["target_at"] == "2026-04-03T12:00:00+02:00"  # same wall time, summer offset
    assert figures["remaining_seconds"] == REMAINING_SECONDS
    assert figures["progress"] == round(7 * 86400 / SPAN_SECONDS, 6)
    assert figures["target_reached"] is False
    assert figures["longest_streak_days"] == 7
    assert figures["total_no_contact_days"] == 7
    assert figures["attempts"] == 1
    assert figures["urges_today"] == 0
    assert figures["urges_total"] == 0


def test_status_text_gives_the_same_figures(holdfast: Holdfast) -> None:
    ok(holdfast("start", "--since", SINCE, "--target", "40"))

    assert ok(holdfast("status")).out == (
        "Day 7 without contact.\n"
        "32 days, 23 h 0 min to go until day 40, Fri 03 Apr 2026 at 12:00.\n"
        "Longest run 7 days; 7 of 7 days without contact; this is run 1.\n"
        "Urges resisted today: 0; in all: 0.\n"
    )


def test_start_without_since_begins_now(holdfast: Holdfast) -> None:
    ok(holdfast("start", "--target", "30"))

    figures = status_json(holdfast)

    assert figures["streak_started_at"] == "2026-03-01T12:00:00+01:00"
    assert figures["streak_days"] == 0
    assert figures["target_days"] == 30
    assert figures["target_at"] == "2026-03-31T12:00:00+02:00"
    assert figures["remaining_seconds"] == 30 * 86400 - 3600
    assert figures["progress"] == 0.0


def test_start_without_target_aims_for_30_days(holdfast: Holdfast) -> None:
    ok(holdfast("start"))

    assert status_json(holdfast)["target_days"] == 30


def test_since_without_a_time_is_local_midnight(holdfast: Holdfast) -> None:
    ok(holdfast("start", "--since", "2026-02-22"))

    figures = status_json(holdfast)

    assert figures["streak_started_at"] == "2026-02-22T00:00:00+01:00"
    assert figures["streak_days"] == 7


def test_since_with_an_offset_is_that_instant_shown_in_local_time(holdfast: Holdfast) -> None:
    ok(holdfast("start", "--since", "2026-02-22T11:00:00+00:00"))

    assert status_json(holdfast)["streak_started_at"] == "2026-02-22T12:00:00+01:00"


def test_a_day_counts_only_when_its_time_of_day_comes(
    holdfast: Holdfast, clock: FixedClock
) -> None:
    ok(holdfast("start", "--since", SINCE, "--target", "40"))

    clock.advance(timedelta(days=1) - timedelta(minutes=1))
    assert status_json(holdfast)["streak_days"] == 7
    clock.advance(timedelta(minutes=1))
    assert status_json(holdfast)["streak_days"] == 8


def test_target_reached_once_the_clock_passes_the_target(
    holdfast: Holdfast, clock: FixedClock
) -> None:
    ok(holdfast("start", "--since", SINCE, "--target", "40"))

    clock.advance(timedelta(days=33) - timedelta(minutes=1))
    figures = status_json(holdfast)
    assert figures["remaining_seconds"] == 60
    assert figures["target_reached"] is False
    assert 0.99 < figures["progress"] < 1.0

    clock.advance(timedelta(minutes=2))
    figures = status_json(holdfast)
    assert figures["remaining_seconds"] == 0
    assert figures["target_reached"] is True
    assert figures["progress"] == 1.0
    assert figures["streak_days"] == 40
    assert ok(holdfast("status")).out.splitlines()[:2] == [
        "Day 40 without contact.",
        "You reached your 40-day target on Fri 03 Apr 2026. "
        "Whatever comes next, this time was yours.",
    ]


@pytest.mark.parametrize("said", ["unsafe", "betrayal", "the abuse reason"])
def test_past_the_target_healing_first_hints_at_no_choice_about_reaching_out(
    holdfast: Holdfast, clock: FixedClock, store: Store, said: str
) -> None:
    ok(holdfast("start", "--since", SINCE, "--target", "40"))
    with store.transaction(clock.now()) as changes:
        if said == "the abuse reason":
            changes.set_breakup_reasons({BreakupReason.ABUSE})
        else:
            unsafe = said == "unsafe"
            changes.set_preferences(
                replace(
                    changes.logbook.preferences,
                    relationship_unsafe=unsafe,
                    relationship_betrayal=not unsafe,
                )
            )
    clock.advance(timedelta(days=34))

    reached = ok(holdfast("status")).out.splitlines()[1]

    assert reached == (
        "You reached your 40-day target on Fri 03 Apr 2026. "
        "These days were yours to keep; healing goes on at your own pace."
    )
    assert "comes next" not in ok(holdfast("status")).out


def test_urges_today_counts_the_local_day_only(holdfast: Holdfast, clock: FixedClock) -> None:
    ok(holdfast("start", "--since", SINCE))
    ok(holdfast("urge", "text"))
    clock.advance(timedelta(hours=11, minutes=59))  # 23:59 the same evening
    ok(holdfast("urge", "call"))
    ok(holdfast("urge", "social"))
    figures = status_json(holdfast)
    assert (figures["urges_today"], figures["urges_total"]) == (3, 3)

    clock.advance(timedelta(minutes=2))  # 00:01 the next day
    figures = status_json(holdfast)
    assert (figures["urges_today"], figures["urges_total"]) == (0, 3)
    ok(holdfast("urge", "visit"))
    figures = status_json(holdfast)
    assert (figures["urges_today"], figures["urges_total"]) == (1, 4)
    assert ok(holdfast("status")).out.splitlines()[-1] == "Urges resisted today: 1; in all: 4."


def test_a_contact_you_started_makes_a_new_attempt(holdfast: Holdfast, clock: FixedClock) -> None:
    ok(holdfast("start", "--since", SINCE, "--target", "40"))
    ok(holdfast("contact", "call"))
    clock.advance(timedelta(days=2))

    figures = status_json(holdfast)

    assert figures["attempts"] == 2
    assert figures["streak_started_at"] == "2026-03-01T12:00:00+01:00"
    assert figures["streak_days"] == 2
    assert figures["longest_streak_days"] == 7
    assert figures["total_no_contact_days"] == 9
    assert figures["target_days"] == 40
    assert figures["target_at"] == "2026-04-10T12:00:00+02:00"
    assert "this is run 2." in ok(holdfast("status")).out
