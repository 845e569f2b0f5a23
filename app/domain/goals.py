"""Growth goals: the areas, the user's checklist, and which goals are done for today."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum

from app.domain.errors import InvalidEntry
from app.domain.events import recorded_instant
from app.domain.wallclock import local_date, zone_of

MAX_TITLE_LENGTH = 200


class Area(StrEnum):
    BODY = "body"
    CONNECTION = "connection"
    STEADINESS = "steadiness"
    REFLECTION = "reflection"
    CONFIDENCE = "confidence"
    COMMUNICATION = "communication"

    @property
    def label(self) -> str:
        return _AREA_TITLES[self]


_AREA_TITLES = {
    Area.BODY: "Body",
    Area.CONNECTION: "Connection",
    Area.STEADINESS: "Emotional steadiness",
    Area.REFLECTION: "Reflection",
    Area.CONFIDENCE: "Confidence",
    Area.COMMUNICATION: "Communication",
}


def check_title(title: object) -> str:
    if not isinstance(title, str) or not title.strip():
        raise InvalidEntry("a goal needs a title")
    title = title.strip()
    if len(title) > MAX_TITLE_LENGTH:
        raise InvalidEntry(f"a goal title can be at most {MAX_TITLE_LENGTH} characters")
    try:
        title.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidEntry("a goal title must be valid UTF-8 text") from None
    return title


class Recurrence(StrEnum):
    ONCE = "once"
    DAILY = "daily"
    WEEKLY = "weekly"


@dataclass(frozen=True, slots=True)
class Goal:
    id: str
    area: Area
    title: str
    recurrence: Recurrence

    def __post_init__(self) -> None:
        object.__setattr__(self, "area", Area(self.area))
        object.__setattr__(self, "recurrence", Recurrence(self.recurrence))
        object.__setattr__(self, "title", check_title(self.title))


@dataclass(frozen=True, slots=True)
class Completion:
    """A goal ticked off on a local calendar day; completions are kept for good."""

    goal_id: str
    day: date
    at: datetime

    def __post_init__(self) -> None:
        object.__setattr__(self, "at", recorded_instant(self.at))


def _starter(area: Area, recurrence: Recurrence, slug: str, title: str) -> Goal:
    return Goal(id=f"{area.value}-{slug}", area=area, title=title, recurrence=recurrence)


STARTER_GOALS: tuple[Goal, ...] = (
    _starter(Area.BODY, Recurrence.DAILY, "move", "Move for twenty minutes: a walk counts"),
    _starter(Area.BODY, Recurrence.DAILY, "sleep", "Put the phone away an hour before bed"),
    _starter(Area.BODY, Recurrence.DAILY, "meal", "Cook or sit down to one proper meal"),
    _starter(Area.CONNECTION, Recurrence.WEEKLY, "friend", "See or call a friend"),
    _starter(Area.CONNECTION, Recurrence.WEEKLY, "hobby", "Spend an hour on a hobby, old or new"),
    _starter(Area.STEADINESS, Recurrence.DAILY, "breathe", "Five slow minutes of breathing"),
    _starter(
        Area.STEADINESS, Recurrence.DAILY, "ride", "When an urge comes, wait ten minutes first"
    ),
    _starter(
        Area.REFLECTION,
        Recurrence.WEEKLY,
        "why",
        "Write what you miss: them, or being with someone",
    ),
    _starter(Area.REFLECTION, Recurrence.ONCE, "ended", "Write down why it ended, honestly"),
    _starter(Area.REFLECTION, Recurrence.ONCE, "part", "Name the patterns that were yours"),
    _starter(
        Area.CONFIDENCE, Recurrence.WEEKLY, "capable", "Finish one thing you kept putting off"
    ),
    _starter(Area.CONFIDENCE, Recurrence.DAILY, "win", "Note one thing you did well today"),
    _starter(
        Area.COMMUNICATION,
        Recurrence.WEEKLY,
        "listen",
        "Listen to someone without planning a reply",
    ),
    _starter(
        Area.COMMUNICATION, Recurrence.WEEKLY, "feel", "Say how you feel to someone, without blame"
    ),
)


def add_goal(
    goals: Sequence[Goal], area: Area, title: str, recurrence: Recurrence
) -> tuple[Goal, ...]:
    """Adds a goal at the end of its area's list, with an id made from its title."""
    title = check_title(title)
    goal = Goal(id=_unique_id(goals, area, title), area=area, title=title, recurrence=recurrence)
    last_in_area = max((i for i, g in enumerate(goals) if g.area is area), default=len(goals) - 1)
    return (*goals[: last_in_area + 1], goal, *goals[last_in_area + 1 :])


def rename_goal(goals: Sequence[Goal], goal_id: str, title: str) -> tuple[Goal, ...]:
    find_goal(goals, goal_id)
    title = check_title(title)
    return tuple(replace(g, title=title) if g.id == goal_id else g for g in goals)


def change_recurrence(
    goals: Sequence[Goal], goal_id: str, recurrence: Recurrence
) -> tuple[Goal, ...]:
    find_goal(goals, goal_id)
    return tuple(replace(g, recurrence=recurrence) if g.id == goal_id else g for g in goals)


def delete_goal(goals: Sequence[Goal], goal_id: str) -> tuple[Goal, ...]:
    """Removes a goal; its completions stay recorded, so undoing the delete loses nothing."""
    find_goal(goals, goal_id)
    return tuple(g for g in goals if g.id != goal_id)


def move_goal(goals: Sequence[Goal], goal_id: str, position: int) -> tuple[Goal, ...]:
    """Moves a goal to `position` in the whole list (clamped to the list's bounds)."""
    goal = find_goal(goals, goal_id)
    rest = [g for g in goals if g.id != goal_id]
    position = max(0, min(position, len(rest)))
    return (*rest[:position], goal, *rest[position:])


def find_goal(goals: Iterable[Goal], goal_id: str) -> Goal:
    for goal in goals:
        if goal.id == goal_id:
            return goal
    raise InvalidEntry(f"there is no goal with the id {goal_id!r}")


def is_done(goal: Goal, completions: Iterable[Completion], today: date) -> bool:
    """Daily goals start fresh each local day, weekly ones each ISO week; once is once."""
    days = (c.day for c in completions if c.goal_id == goal.id)
    if goal.recurrence is Recurrence.DAILY:
        return any(day == today for day in days)
    if goal.recurrence is Recurrence.WEEKLY:
        week = today.isocalendar()[:2]
        return any(day.isocalendar()[:2] == week for day in days)
    return any(True for _ in days)


def complete(goal: Goal, completions: Iterable[Completion], now: datetime) -> Completion | None:
    """The completion to record for ticking `goal` now, or None when it is already done."""
    today = local_date(now, zone_of(now))
    if is_done(goal, completions, today):
        return None
    return Completion(goal_id=goal.id, day=today, at=now)


def _unique_id(goals: Sequence[Goal], area: Area, title: str) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())[:3]
    base = "-".join([area.value, *words]) if words else f"{area.value}-goal"
    taken = {g.id for g in goals}
    candidate, suffix = base, 2
    while candidate in taken:
        candidate, suffix = f"{base}-{suffix}", suffix + 1
    return candidate


CALMING_AREAS = (Area.STEADINESS, Area.BODY, Area.CONNECTION, Area.CONFIDENCE)


def suggestion(
    goals: Sequence[Goal], completions: Iterable[Completion], today: date, turn: int
) -> Goal | None:
    """One of the user's own goals to turn to while an urge passes, or None if they have none.

    Goals not done today from the calming areas come first; `turn` rotates through them so that
    each urge suggests something else.
    """
    done = list(completions)
    open_goals = [g for g in goals if g.area in CALMING_AREAS and not is_done(g, done, today)]
    candidates = open_goals or [g for g in goals if g.area in CALMING_AREAS] or list(goals)
    return candidates[turn % len(candidates)] if candidates else None
