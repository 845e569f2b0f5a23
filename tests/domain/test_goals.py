"""Growth goals: the starter checklist, editing it, and when a tick counts as done."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest

from app.domain.clock import FixedClock
from app.domain.errors import InvalidEntry
from app.domain.goals import (
    MAX_TITLE_LENGTH,
    STARTER_GOALS,
    Area,
    Completion,
    Goal,
    Recurrence,
    add_goal,
    change_recurrence,
    complete,
    delete_goal,
    find_goal,
    is_done,
    move_goal,
    rename_goal,
)
from app.domain.wallclock import local_date
from tests.domain.support import BERLIN, KOLKATA, NEW_YORK, local


def _ids(goals: tuple[Goal, ...]) -> list[str]:
    return [g.id for g in goals]


def _goal(recurrence: Recurrence) -> Goal:
    return next(g for g in STARTER_GOALS if g.recurrence is recurrence)


def test_the_starter_set_covers_all_six_areas_with_unique_ids() -> None:
    assert {g.area for g in STARTER_GOALS} == set(Area)
    assert len(Area) == 6
    assert len(set(_ids(STARTER_GOALS))) == len(STARTER_GOALS)
    assert {g.recurrence for g in STARTER_GOALS} == set(Recurrence)
    assert all(g.title.strip() == g.title and g.title for g in STARTER_GOALS)
    assert all(area.label for area in Area)


def test_the_starter_set_lists_each_area_together() -> None:
    areas = [g.area for g in STARTER_GOALS]
    changes = sum(1 for before, after in itertools.pairwise(areas) if before != after)
    assert changes == len(Area) - 1


def test_a_new_goal_gets_an_id_from_its_title_and_goes_to_the_end_of_its_area() -> None:
    goals = add_goal(STARTER_GOALS, Area.BODY, "  Stretch in the morning  ", Recurrence.DAILY)
    assert len(goals) == len(STARTER_GOALS) + 1
    new = find_goal(goals, "body-stretch-in-the")
    assert new.title == "Stretch in the morning"
    assert new.recurrence is Recurrence.DAILY
    body = [g for g in goals if g.area is Area.BODY]
    assert body[-1] == new
    index = goals.index(new)
    assert goals[index + 1].area is not Area.BODY
    assert [g for g in goals if g != new] == list(STARTER_GOALS)


def test_ids_stay_unique_when_titles_repeat() -> None:
    goals = STARTER_GOALS
    for _ in range(3):
        goals = add_goal(goals, Area.CONFIDENCE, "Say yes", Recurrence.ONCE)
    confidence = [g.id for g in goals if g.area is Area.CONFIDENCE]
    assert confidence[-3:] == ["confidence-say-yes", "confidence-say-yes-2", "confidence-say-yes-3"]
    assert len(set(_ids(goals))) == len(goals)
    odd = add_goal(goals, Area.REFLECTION, "✍️ 日記", Recurrence.DAILY)
    assert len(set(_ids(odd))) == len(odd)
    assert find_goal(odd, "reflection-goal").title == "✍️ 日記"


def test_a_goal_in_an_empty_area_goes_at_the_end() -> None:
    only_body = tuple(g for g in STARTER_GOALS if g.area is Area.BODY)
    goals = add_goal(only_body, Area.CONNECTION, "Call my sister", Recurrence.WEEKLY)
    assert goals[-1].title == "Call my sister"
    assert add_goal((), Area.BODY, "Walk", Recurrence.DAILY)[0].id == "body-walk"


@pytest.mark.parametrize("title", ["", "   ", "\n\t", "x" * (MAX_TITLE_LENGTH + 1), "bad \udcff"])
def test_a_blank_or_too_long_title_is_refused(title: str) -> None:
    with pytest.raises(InvalidEntry):
        add_goal(STARTER_GOALS, Area.BODY, title, Recurrence.DAILY)
    with pytest.raises(InvalidEntry):
        rename_goal(STARTER_GOALS, STARTER_GOALS[0].id, title)


def test_a_title_of_the_longest_length_is_allowed() -> None:
    title = "y" * MAX_TITLE_LENGTH
    assert add_goal(STARTER_GOALS, Area.BODY, title, Recurrence.DAILY)[3].title == title


def test_rename_changes_only_the_title() -> None:
    target = STARTER_GOALS[4]
    goals = rename_goal(STARTER_GOALS, target.id, "Paint on Sundays")
    renamed = find_goal(goals, target.id)
    assert renamed.title == "Paint on Sundays"
    assert (renamed.area, renamed.recurrence) == (target.area, target.recurrence)
    assert _ids(goals) == _ids(STARTER_GOALS)
    with pytest.raises(InvalidEntry, match="no goal"):
        rename_goal(STARTER_GOALS, "nope", "Anything")


def test_change_recurrence_changes_only_the_recurrence() -> None:
    target = _goal(Recurrence.DAILY)
    goals = change_recurrence(STARTER_GOALS, target.id, Recurrence.WEEKLY)
    assert find_goal(goals, target.id).recurrence is Recurrence.WEEKLY
    assert find_goal(goals, target.id).title == target.title
    assert [g for g in goals if g.id != target.id] == [g for g in STARTER_GOALS if g != target]
    with pytest.raises(InvalidEntry):
        change_recurrence(STARTER_GOALS, "nope", Recurrence.ONCE)


def test_delete_keeps_completions_so_undo_restores_the_tick() -> None:
    clock = FixedClock(local(BERLIN, 2026, 6, 3, 18, 0))
    goal = _goal(Recurrence.DAILY)
    tick = complete(goal, (), clock.now())
    assert tick is not None
    completions = (tick,)
    goals = delete_goal(STARTER_GOALS, goal.id)
    assert goal.id not in _ids(goals)
    assert len(goals) == len(STARTER_GOALS) - 1
    with pytest.raises(InvalidEntry):
        find_goal(goals, goal.id)
    restored = (*goals, goal)  # undo puts the goal back; the completions never left
    today = local_date(clock.now(), BERLIN)
    assert is_done(find_goal(restored, goal.id), completions, today)
    with pytest.raises(InvalidEntry):
        delete_goal(goals, goal.id)


@pytest.mark.parametrize(
    ("position", "expected_index"), [(0, 0), (3, 3), (-5, 0), (999, len(STARTER_GOALS) - 1)]
)
def test_move_reorders_and_clamps(position: int, expected_index: int) -> None:
    goal = STARTER_GOALS[5]
    goals = move_goal(STARTER_GOALS, goal.id, position)
    assert goals.index(goal) == expected_index
    assert sorted(_ids(goals)) == sorted(_ids(STARTER_GOALS))
    assert [g for g in goals if g != goal] == [g for g in STARTER_GOALS if g != goal]


def test_a_daily_goal_done_today_is_not_done_at_midnight_but_stays_recorded() -> None:
    clock = FixedClock(local(BERLIN, 2026, 6, 3, 23, 59))
    goal = _goal(Recurrence.DAILY)
    tick = complete(goal, (), clock.now())
    assert tick is not None
    assert tick.day == date(2026, 6, 3)
    assert is_done(goal, (tick,), local_date(clock.now(), BERLIN))
    assert complete(goal, (tick,), clock.now()) is None
    clock.advance(timedelta(minutes=1))  # 00:00 on 4 June
    assert not is_done(goal, (tick,), local_date(clock.now(), BERLIN))
    again = complete(goal, (tick,), clock.now())
    assert again is not None
    assert again.day == date(2026, 6, 4)
    assert is_done(goal, (tick,), date(2026, 6, 3))  # yesterday's tick is still there


def test_the_day_of_a_tick_is_the_local_date_of_the_zone_now() -> None:
    goal = _goal(Recurrence.DAILY)
    # 01:00 in Kolkata on 4 June is still 3 June in New York.
    kolkata = complete(goal, (), local(KOLKATA, 2026, 6, 4, 1, 0))
    assert kolkata is not None
    assert kolkata.day == date(2026, 6, 4)
    new_york = complete(goal, (), local(KOLKATA, 2026, 6, 4, 1, 0).astimezone(NEW_YORK))
    assert new_york is not None
    assert new_york.day == date(2026, 6, 3)


def test_a_weekly_goal_resets_on_monday_of_the_next_iso_week() -> None:
    clock = FixedClock(local(BERLIN, 2026, 12, 28, 9, 0))  # Monday of ISO week 53
    goal = _goal(Recurrence.WEEKLY)
    tick = complete(goal, (), clock.now())
    assert tick is not None
    clock.set(local(BERLIN, 2027, 1, 3, 23, 59))  # Sunday, still ISO week 53 of 2026
    assert complete(goal, (tick,), clock.now()) is None
    assert is_done(goal, (tick,), local_date(clock.now(), BERLIN))
    clock.advance(timedelta(minutes=1))  # Monday 4 January 2027: week 1
    assert not is_done(goal, (tick,), local_date(clock.now(), BERLIN))
    assert complete(goal, (tick,), clock.now()) is not None


def test_a_weekly_tick_a_year_earlier_in_the_same_week_number_does_not_count() -> None:
    goal = _goal(Recurrence.WEEKLY)
    old = Completion(goal.id, date(2025, 6, 2), local(BERLIN, 2025, 6, 2, 9, 0))
    assert date(2025, 6, 2).isocalendar()[1] == date(2026, 6, 1).isocalendar()[1]
    assert not is_done(goal, (old,), date(2026, 6, 1))


def test_a_once_goal_stays_done() -> None:
    goal = _goal(Recurrence.ONCE)
    tick = complete(goal, (), local(BERLIN, 2026, 1, 1, 12, 0))
    assert tick is not None
    assert is_done(goal, (tick,), date(2030, 1, 1))
    assert complete(goal, (tick,), local(BERLIN, 2028, 2, 29, 12, 0)) is None


def test_ticks_of_other_goals_do_not_count() -> None:
    daily = [g for g in STARTER_GOALS if g.recurrence is Recurrence.DAILY]
    tick = complete(daily[0], (), local(BERLIN, 2026, 6, 3, 9, 0))
    assert tick is not None
    assert not is_done(daily[1], (tick,), date(2026, 6, 3))
    assert complete(daily[1], (tick,), local(BERLIN, 2026, 6, 3, 9, 5)) is not None


def test_a_completion_keeps_the_offset_it_was_made_with() -> None:
    goal = _goal(Recurrence.DAILY)
    tick = complete(goal, (), local(BERLIN, 2026, 10, 25, 2, 30, fold=1))
    assert tick is not None
    assert tick.at.utcoffset() == timedelta(hours=1)
