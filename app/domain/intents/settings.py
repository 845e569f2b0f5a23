"""Starting the period, re-planning it, and the preferences: changes the window offers no undo
for, as they are made in a dialog the user confirms."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.goals import Goal
from app.domain.intents.change import Action, Change
from app.domain.intents.edits import AddEvents, Edit, SetGoals, SetPreferences
from app.domain.logbook import Logbook, plan
from app.domain.preferences import Preferences


def begin(
    logbook: Logbook,
    now: datetime,
    since: datetime | None,
    target_days: int,
    goals: tuple[Goal, ...],
    unsafe: bool = False,
    betrayal: bool = False,
) -> Change:
    """The first plan, with the starter goals the user kept, and healing first if they said the
    relationship was abusive, controlling or unsafe, or full of betrayal (saying so only ever
    sets the flags: nothing here switches healing first off)."""
    started = plan(logbook, now, since=since, target_days=target_days)
    edits: list[Edit] = [AddEvents((started,))]
    if goals != logbook.goals:
        edits.append(SetGoals(goals))
    said = logbook.preferences
    if unsafe or betrayal:
        flags = replace(
            said,
            relationship_unsafe=said.relationship_unsafe or unsafe,
            relationship_betrayal=said.relationship_betrayal or betrayal,
        )
        edits.append(SetPreferences(flags))
    return Change(action=Action.BEGIN, edits=tuple(edits), subject_id=started.id)


def replan(
    logbook: Logbook, now: datetime, since: datetime | None, target_days: int | None = None
) -> Change:
    """A new plan, from Settings or `holdfast start`: the target (None keeps it), and the last
    contact if the user gave one; on an empty logbook it begins the period."""
    new_plan = plan(logbook, now, since=since, target_days=target_days)
    return Change(action=Action.REPLAN, edits=(AddEvents((new_plan,)),), subject_id=new_plan.id)


def set_preferences(logbook: Logbook, now: datetime, preferences: Preferences) -> Change:
    return Change(action=Action.SET_PREFERENCES, edits=(SetPreferences(preferences),))
