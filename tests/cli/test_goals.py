"""`holdfast goals` and `goals done`: the checklist, and what "done" means day to day."""

from __future__ import annotations

from datetime import datetime, timedelta

from app.domain.clock import FixedClock
from app.domain.goals import STARTER_GOALS
from app.storage.store import Store
from tests.cli.support import BERLIN, Holdfast, ok, one_json_line


def _done(holdfast: Holdfast) -> dict[str, bool]:
    goals = one_json_line(holdfast("goals", "--json"))["goals"]
    return {goal["id"]: goal["done"] for goal in goals}


def test_goals_json_lists_the_starter_goals_in_order(holdfast: Holdfast) -> None:
    goals = one_json_line(holdfast("goals", "--json"))["goals"]

    assert [g["id"] for g in goals] == [g.id for g in STARTER_GOALS]
    assert goals[0] == {
        "id": "body-move",
        "area": "body",
        "area_label": "Body",
        "title": "Move for twenty minutes: a walk counts",
        "recurrence": "daily",
        "done": False,
    }
    assert not any(g["done"] for g in goals)


def test_goals_text_groups_by_area_and_shows_ids(holdfast: Holdfast) -> None:
    lines = ok(holdfast("goals")).out.splitlines()

    assert lines[:4] == [
        "Body",
        "  [ ] Move for twenty minutes: a walk counts (daily)  id: body-move",
        "  [ ] Put the phone away an hour before bed (daily)  id: body-sleep",
        "  [ ] Cook or sit down to one proper meal (daily)  id: body-meal",
    ]
    assert "Emotional steadiness" in lines
    assert "  [ ] Write down why it ended, honestly (once)  id: reflection-ended" in lines
    assert sum(1 for line in lines if line.startswith("  [ ] ")) == len(STARTER_GOALS)


def test_goals_done_marks_the_goal_and_a_second_time_says_already_done(
    holdfast: Holdfast, store: Store
) -> None:
    assert ok(holdfast("goals", "done", "body-move")).out == (
        "Done: Move for twenty minutes: a walk counts.\n"
    )
    assert _done(holdfast)["body-move"] is True
    assert "  [x] Move for twenty minutes: a walk counts (daily)  id: body-move" in (
        ok(holdfast("goals")).out.splitlines()
    )

    assert ok(holdfast("goals", "done", "body-move")).out == (
        "Already done: Move for twenty minutes: a walk counts.\n"
    )
    assert len(store.load().completions) == 1
    assert sum(_done(holdfast).values()) == 1


def test_a_daily_goal_is_open_again_on_the_next_local_day(
    holdfast: Holdfast, clock: FixedClock
) -> None:
    # 23:30 in Berlin is 22:30 UTC: still the same day in both, but 00:10 is a new local day
    # while UTC still says 23:10 the day before.
    clock.set(datetime(2026, 3, 1, 23, 30, tzinfo=BERLIN))
    ok(holdfast("goals", "done", "body-sleep"))
    clock.set(datetime(2026, 3, 1, 23, 59, tzinfo=BERLIN))
    assert _done(holdfast)["body-sleep"] is True

    clock.set(datetime(2026, 3, 2, 0, 10, tzinfo=BERLIN))
    assert _done(holdfast)["body-sleep"] is False
    assert ok(holdfast("goals", "done", "body-sleep")).out.startswith("Done: ")


def test_weekly_goals_open_again_in_a_new_week_and_once_goals_stay_done(
    holdfast: Holdfast, clock: FixedClock
) -> None:
    ok(holdfast("goals", "done", "connection-friend"))  # Sunday: the last day of an ISO week
    ok(holdfast("goals", "done", "reflection-ended"))

    clock.advance(timedelta(days=1))  # Monday
    done = _done(holdfast)
    assert done["connection-friend"] is False
    assert done["reflection-ended"] is True

    clock.advance(timedelta(days=60))
    assert _done(holdfast)["reflection-ended"] is True
    assert ok(holdfast("goals", "done", "reflection-ended")).out.startswith("Already done: ")
