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
    Progress,
    Recurrence,
    add_goal,
    area_progress,
    change_recurrence,
    complete,
    delete_goal,
    find_goal,
    healing_swaps,
    is_done,
    move_goal,
    move_within_area,
    rename_goal,
    starter_goals,
    streak,
    swap_goals,
    ticks_to_take_back,
    today_progress,
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


# Streaks, progress and moving within an area


def _ticks(goal: Goal, *days: date) -> tuple[Completion, ...]:
    return tuple(
        Completion(goal.id, day, local(BERLIN, day.year, day.month, day.day, 9)) for day in days
    )


def _days(first: date, count: int) -> list[date]:
    return [first + timedelta(days=n) for n in range(count)]


def test_a_daily_streak_counts_the_days_in_a_row_up_to_today() -> None:
    goal = _goal(Recurrence.DAILY)
    ticks = _ticks(goal, date(2026, 6, 1), *_days(date(2026, 6, 3), 3))  # 1, then 3 to 5 June
    assert streak(goal, ticks, date(2026, 6, 5)) == 3
    assert streak(goal, ticks, date(2026, 6, 4)) == 2  # what the page showed the day before


def test_an_open_morning_keeps_yesterdays_streak_and_a_missed_day_ends_it() -> None:
    goal = _goal(Recurrence.DAILY)
    ticks = _ticks(goal, *_days(date(2026, 6, 1), 4))  # 1 to 4 June
    assert streak(goal, ticks, date(2026, 6, 5)) == 4  # today not ticked yet
    assert streak(goal, ticks, date(2026, 6, 6)) == 0  # 5 June was missed
    assert streak(goal, (), date(2026, 6, 6)) == 0


def test_a_daily_streak_goes_on_across_local_midnight() -> None:
    clock = FixedClock(local(BERLIN, 2026, 6, 3, 23, 59))
    goal = _goal(Recurrence.DAILY)
    first = complete(goal, (), clock.now())
    assert first is not None
    clock.advance(timedelta(minutes=2))  # 00:01 on 4 June
    today = local_date(clock.now(), BERLIN)
    assert streak(goal, (first,), today) == 1  # still counted: today is open, not missed
    second = complete(goal, (first,), clock.now())
    assert second is not None
    assert streak(goal, (first, second), today) == 2


def test_a_daily_streak_across_the_short_day_when_clocks_go_forward() -> None:
    # 29 March 2026 has 23 hours in Berlin; each tick lands on its own local day all the same.
    goal = _goal(Recurrence.DAILY)
    moments = [
        local(BERLIN, 2026, 3, 28, 23, 30),
        local(BERLIN, 2026, 3, 29, 3, 30),  # just after the jump from 02:00 to 03:00
        local(BERLIN, 2026, 3, 29, 23, 30),
        local(BERLIN, 2026, 3, 30, 0, 30),
    ]
    ticks: tuple[Completion, ...] = ()
    for moment in moments:
        tick = complete(goal, ticks, moment)
        if tick is not None:
            ticks = (*ticks, tick)
    assert [t.day for t in ticks] == [date(2026, 3, 28), date(2026, 3, 29), date(2026, 3, 30)]
    assert streak(goal, ticks, date(2026, 3, 30)) == 3
    assert streak(goal, ticks, date(2026, 3, 29)) == 2


def test_a_weekly_streak_counts_iso_weeks_in_a_row_across_the_new_year() -> None:
    goal = _goal(Recurrence.WEEKLY)
    # Weeks 51, 52 and 53 of 2026, then week 1 of 2027 (Monday 4 January).
    ticks = _ticks(
        goal, date(2026, 12, 17), date(2026, 12, 21), date(2026, 12, 31), date(2027, 1, 4)
    )
    assert streak(goal, ticks, date(2027, 1, 4)) == 4
    assert streak(goal, ticks, date(2027, 1, 10)) == 4  # Sunday of the same week
    assert streak(goal, ticks, date(2027, 1, 11)) == 4  # next week still open
    assert streak(goal, ticks, date(2027, 1, 18)) == 0  # a whole week missed
    two_in_one_week = _ticks(goal, date(2026, 12, 21), date(2026, 12, 23))
    assert streak(goal, two_in_one_week, date(2026, 12, 24)) == 1


def test_a_one_off_goal_has_no_streak() -> None:
    goal = _goal(Recurrence.ONCE)
    assert streak(goal, _ticks(goal, date(2026, 6, 1)), date(2026, 6, 1)) == 0


def test_progress_per_area_counts_what_is_due_now() -> None:
    today = date(2026, 6, 3)  # a Wednesday
    body = [g for g in STARTER_GOALS if g.area is Area.BODY]  # three daily goals
    hobby = find_goal(STARTER_GOALS, "connection-hobby")  # weekly
    ended = find_goal(STARTER_GOALS, "reflection-ended")  # once
    ticks = (
        *_ticks(body[0], today),
        *_ticks(body[1], today - timedelta(days=1)),  # yesterday: open again today
        *_ticks(hobby, date(2026, 6, 1)),  # Monday of this week
        *_ticks(ended, date(2026, 1, 5)),  # long ago, and done for good
    )
    progress = area_progress(STARTER_GOALS, ticks, today)
    assert list(progress) == list(Area)
    assert progress[Area.BODY] == Progress(1, 3)
    assert progress[Area.CONNECTION] == Progress(1, 3)  # with "tell one friend", once
    assert progress[Area.REFLECTION] == Progress(1, 3)
    assert progress[Area.STEADINESS] == Progress(0, 2)
    assert progress[Area.BODY].fraction == pytest.approx(1 / 3)
    assert area_progress((), (), today)[Area.BODY] == Progress(0, 0)
    assert Progress(0, 0).fraction == 0.0


def test_progress_for_today_follows_todays_checklist() -> None:
    today = date(2026, 6, 3)
    daily = _goal(Recurrence.DAILY)
    weekly = _goal(Recurrence.WEEKLY)
    once_before, once_today, *_ = [g for g in STARTER_GOALS if g.recurrence is Recurrence.ONCE]
    goals = (daily, weekly, once_before, once_today)
    assert today_progress(goals, (), today) == Progress(0, 4)
    ticks = (
        *_ticks(daily, today),
        *_ticks(weekly, date(2026, 6, 1)),
        *_ticks(once_before, date(2026, 5, 1)),  # done before today: off today's list
        *_ticks(once_today, today),  # done today: counts as done today
    )
    assert today_progress(goals, ticks, today) == Progress(3, 3)
    # After local midnight the daily goal is open again, the weekly one not until Monday.
    assert today_progress(goals, ticks, today + timedelta(days=1)) == Progress(1, 2)
    assert today_progress(goals, ticks, date(2026, 6, 8)) == Progress(0, 2)


def test_unticking_takes_back_only_what_makes_the_goal_done_now() -> None:
    today = date(2026, 6, 3)
    daily, weekly, once = (_goal(r) for r in (Recurrence.DAILY, Recurrence.WEEKLY, Recurrence.ONCE))
    daily_ticks = _ticks(daily, today - timedelta(days=1), today)
    assert ticks_to_take_back(daily, daily_ticks, today) == daily_ticks[1:]
    weekly_ticks = _ticks(weekly, date(2026, 5, 31), date(2026, 6, 1))  # Sunday, then Monday
    assert ticks_to_take_back(weekly, weekly_ticks, today) == weekly_ticks[1:]
    once_ticks = _ticks(once, date(2026, 1, 1))
    assert ticks_to_take_back(once, once_ticks, today) == once_ticks
    assert ticks_to_take_back(daily, weekly_ticks, today) == ()


def test_moving_within_an_area_swaps_with_the_neighbour_and_stops_at_the_ends() -> None:
    body = [g.id for g in STARTER_GOALS if g.area is Area.BODY]
    down = move_within_area(STARTER_GOALS, body[0], 1)
    assert [g.id for g in down if g.area is Area.BODY] == [body[1], body[0], body[2]]
    assert [g for g in down if g.area is not Area.BODY] == [
        g for g in STARTER_GOALS if g.area is not Area.BODY
    ]
    up = move_within_area(STARTER_GOALS, body[2], -1)
    assert [g.id for g in up if g.area is Area.BODY] == [body[0], body[2], body[1]]
    assert move_within_area(STARTER_GOALS, body[0], -1) == STARTER_GOALS
    assert move_within_area(STARTER_GOALS, body[2], 5) == STARTER_GOALS
    far = move_within_area(STARTER_GOALS, body[2], -9)
    assert [g.id for g in far if g.area is Area.BODY] == [body[2], body[0], body[1]]
    with pytest.raises(InvalidEntry):
        move_within_area(STARTER_GOALS, "nope", 1)


def test_a_new_goal_does_not_take_the_id_of_a_deleted_goal_with_history() -> None:
    walk = add_goal((), Area.BODY, "Walk", Recurrence.DAILY)[0]
    again = add_goal((), Area.BODY, "Walk", Recurrence.DAILY, reserved={walk.id})
    assert again[0].id == "body-walk-2"


def test_with_healing_first_the_starter_goals_ask_no_self_blame() -> None:
    healing = starter_goals(healing_first=True)

    titles = [goal.title for goal in healing]
    assert "Name the patterns that were yours" not in titles
    assert not any("miss" in title for title in titles)
    assert len(healing) == len(STARTER_GOALS)  # one for one, in the same places
    assert [g.area for g in healing] == [g.area for g in STARTER_GOALS]
    assert starter_goals(healing_first=False) == STARTER_GOALS
    assert "Tell one friend you're doing this" in [g.title for g in STARTER_GOALS]


def test_the_swap_is_offered_only_for_goals_still_as_they_started() -> None:
    renamed = rename_goal(STARTER_GOALS, "reflection-part", "Notice what I would do again")

    offered = healing_swaps(renamed)

    assert [old.id for old, _ in offered] == ["reflection-why"]  # the renamed one is theirs
    swapped = swap_goals(renamed, offered)
    assert [g.id for g in swapped].index("reflection-glad") == [g.id for g in renamed].index(
        "reflection-why"
    )
    assert healing_swaps(swapped) == ()  # done: nothing more to offer
    assert healing_swaps(STARTER_GOALS, reserved={"reflection-glad"})[0][0].id == "reflection-part"
