"""The goal list and its ticks: ticking, adding, answering the healing swap, editing, deleting."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from functools import partial

from app.domain import goals as checklist
from app.domain.errors import InvalidEntry
from app.domain.goals import Area, Goal, Recurrence, find_goal
from app.domain.intents.change import Action, Change
from app.domain.intents.edits import (
    AddCompletions,
    Edit,
    RemoveCompletion,
    SetGoals,
    SetPreferences,
)
from app.domain.logbook import Logbook
from app.domain.wallclock import local_date, zone_of
from app.domain.words import QT_TRANSLATE_NOOP, Said


def set_goal_done(logbook: Logbook, now: datetime, goal_id: str, done: bool) -> Change:
    """Ticks a goal for today (nothing to do if it is done already), or unticks it."""
    goal = find_goal(logbook.goals, goal_id)
    edits: tuple[Edit, ...]
    if done:
        completion = checklist.complete(goal, logbook.completions, now)
        edits = () if completion is None else (AddCompletions((completion,)),)
    else:
        # A weekly goal may have been ticked on an earlier day of the week, a one-off long ago:
        # unticking takes back what makes it done now.
        today = local_date(now, zone_of(now))
        ticks = checklist.ticks_to_take_back(goal, logbook.completions, today)
        edits = tuple(RemoveCompletion(t.goal_id, t.day) for t in ticks)
    return Change(action=Action.SET_GOAL_DONE, edits=edits, subject_id=goal_id)


def add_goal(
    logbook: Logbook,
    now: datetime,
    area: Area,
    title: str,
    recurrence: Recurrence,
    reserved: Iterable[str] = (),
) -> Change:
    """A goal at the end of its area; the subject is its new id.

    `reserved` are the ids of goals deleted in this window whose delete can still be undone
    (see `deleted_goal_ids`): they are not given out, nor are the ids of goals with ticks.
    """
    goals = logbook.goals
    longer = checklist.add_goal(goals, area, title, recurrence, _with_history(logbook, reserved))
    taken = {goal.id for goal in goals}
    added = next(goal for goal in longer if goal.id not in taken)
    return Change(action=Action.ADD_GOAL, edits=(SetGoals(longer),), subject_id=added.id)


def answer_healing_swap(
    logbook: Logbook, now: datetime, swap: bool, reserved: Iterable[str] = ()
) -> Change:
    """Swaps the starter goals that invite self-blame or longing for healing ones, or keeps
    them; either way the question is not asked again."""
    edits: list[Edit] = []
    if swap:
        swaps = checklist.healing_swaps(logbook.goals, _with_history(logbook, reserved))
        edits.append(SetGoals(checklist.swap_goals(logbook.goals, swaps)))
    asked = replace(logbook.preferences, healing_goals_offered=True)
    edits.append(SetPreferences(asked))
    return Change(action=Action.ANSWER_HEALING_SWAP, edits=tuple(edits))


def rename_goal(logbook: Logbook, now: datetime, goal_id: str, title: str) -> Change:
    renamed = checklist.rename_goal(logbook.goals, goal_id, title)
    return Change(action=Action.RENAME_GOAL, edits=(SetGoals(renamed),), subject_id=goal_id)


def set_goal_recurrence(
    logbook: Logbook, now: datetime, goal_id: str, recurrence: Recurrence
) -> Change:
    """Once, daily or weekly; the goal's completions so far stay as they are."""
    changed = checklist.change_recurrence(logbook.goals, goal_id, recurrence)
    return Change(action=Action.SET_GOAL_RECURRENCE, edits=(SetGoals(changed),), subject_id=goal_id)


def move_goal(logbook: Logbook, now: datetime, goal_id: str, steps: int) -> Change:
    """Moves a goal `steps` places up (negative) or down its area's list."""
    moved = checklist.move_within_area(logbook.goals, goal_id, steps)
    return Change(action=Action.MOVE_GOAL, edits=(SetGoals(moved),), subject_id=goal_id)


def delete_goal(logbook: Logbook, now: datetime, goal_id: str) -> Change:
    """Takes a goal off the list; its completions stay, so undo brings it back whole, in its
    place."""
    goals = logbook.goals
    goal = find_goal(goals, goal_id)
    index = goals.index(goal)
    before = goals[index - 1].id if index else None
    return Change(
        action=Action.DELETE_GOAL,
        edits=(SetGoals(checklist.delete_goal(goals, goal_id)),),
        undo=partial(put_goal_back, goal=goal, after=before),
        subject_id=goal_id,
    )


def put_goal_back(logbook: Logbook, now: datetime, goal: Goal, after: str | None) -> Change:
    """Undoes a delete, on the list as it is now: right after the goal that was before it, first
    if it was first; when the goal before it is gone too, at the start of its area."""
    goals = logbook.goals
    ids = [g.id for g in goals]
    if goal.id in ids:  # put back already, by another process: never on the list twice
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP("InvalidEntry", "the goal {title} is on the list already"),
                title=repr(goal.title),
            )
        )
    if after is None:
        position = 0
    elif after in ids:
        position = ids.index(after) + 1
    else:
        position = next((i for i, g in enumerate(goals) if g.area is goal.area), len(goals))
    back = checklist.move_goal((*goals, goal), goal.id, position)
    return Change(action=Action.UNDO, edits=(SetGoals(back),), subject_id=goal.id)


def _with_history(logbook: Logbook, reserved: Iterable[str]) -> set[str]:
    # Ids with a history stay theirs, so a new goal never inherits old ticks.
    return {c.goal_id for c in logbook.completions}.union(reserved)
