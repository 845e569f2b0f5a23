"""Growth goals: the areas, the user's checklist, and which goals are done for today."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum

from app.domain.errors import InvalidEntry
from app.domain.events import recorded_instant
from app.domain.wallclock import local_date, zone_of
from app.domain.words import QT_TRANSLATE_NOOP, Said

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


# Marked in the window's context for the areas, so the window and the commands say one word.
_AREA_TITLES = {
    Area.BODY: QT_TRANSLATE_NOOP("GrowthAreas", "Body"),
    Area.CONNECTION: QT_TRANSLATE_NOOP("GrowthAreas", "Connection"),
    Area.STEADINESS: QT_TRANSLATE_NOOP("GrowthAreas", "Emotional steadiness"),
    Area.REFLECTION: QT_TRANSLATE_NOOP("GrowthAreas", "Reflection"),
    Area.CONFIDENCE: QT_TRANSLATE_NOOP("GrowthAreas", "Confidence"),
    Area.COMMUNICATION: QT_TRANSLATE_NOOP("GrowthAreas", "Communication"),
}


def check_title(title: object) -> str:
    if not isinstance(title, str) or not title.strip():
        raise InvalidEntry(QT_TRANSLATE_NOOP("InvalidEntry", "a goal needs a title"))
    title = title.strip()
    if len(title) > MAX_TITLE_LENGTH:
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry", "a goal title can be at most {longest} characters"
                ),
                longest=MAX_TITLE_LENGTH,
            )
        )
    try:
        title.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidEntry(
            QT_TRANSLATE_NOOP("InvalidEntry", "a goal title must be valid UTF-8 text")
        ) from None
    return title


class Recurrence(StrEnum):
    ONCE = "once"
    DAILY = "daily"
    WEEKLY = "weekly"


@dataclass(frozen=True, slots=True)
class Goal:
    """A small action the user keeps to in one growth area: once, daily or weekly."""

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


def _starter(area: Area, recurrence: Recurrence, slug: str, title: Said) -> Goal:
    """A goal Holdfast offers; its title is marked, so that it is shown in the user's language
    for as long as the user keeps it word for word (shown_title)."""
    goal = Goal(id=f"{area.value}-{slug}", area=area, title=title, recurrence=recurrence)
    _MARKED_TITLES[goal.id] = title  # the Goal keeps its title as plain text
    return goal


_MARKED_TITLES: dict[str, Said] = {}


STARTER_GOALS: tuple[Goal, ...] = (
    _starter(
        Area.BODY,
        Recurrence.DAILY,
        "move",
        QT_TRANSLATE_NOOP("StarterGoals", "Move for twenty minutes: a walk counts"),
    ),
    _starter(
        Area.BODY,
        Recurrence.DAILY,
        "sleep",
        QT_TRANSLATE_NOOP("StarterGoals", "Put the phone away an hour before bed"),
    ),
    _starter(
        Area.BODY,
        Recurrence.DAILY,
        "meal",
        QT_TRANSLATE_NOOP("StarterGoals", "Cook or sit down to one proper meal"),
    ),
    _starter(
        Area.CONNECTION,
        Recurrence.ONCE,
        "tell",
        QT_TRANSLATE_NOOP("StarterGoals", "Tell one friend you're doing this"),
    ),
    _starter(
        Area.CONNECTION,
        Recurrence.WEEKLY,
        "friend",
        QT_TRANSLATE_NOOP("StarterGoals", "See or call a friend"),
    ),
    _starter(
        Area.CONNECTION,
        Recurrence.WEEKLY,
        "hobby",
        QT_TRANSLATE_NOOP("StarterGoals", "Spend an hour on a hobby, old or new"),
    ),
    _starter(
        Area.STEADINESS,
        Recurrence.DAILY,
        "breathe",
        QT_TRANSLATE_NOOP("StarterGoals", "Five slow minutes of breathing"),
    ),
    _starter(
        Area.STEADINESS,
        Recurrence.DAILY,
        "ride",
        QT_TRANSLATE_NOOP("StarterGoals", "When an urge comes, wait ten minutes first"),
    ),
    _starter(
        Area.REFLECTION,
        Recurrence.WEEKLY,
        "why",
        QT_TRANSLATE_NOOP("StarterGoals", "Write what you miss: them, or being with someone"),
    ),
    _starter(
        Area.REFLECTION,
        Recurrence.ONCE,
        "ended",
        QT_TRANSLATE_NOOP("StarterGoals", "Write down why it ended, honestly"),
    ),
    _starter(
        Area.REFLECTION,
        Recurrence.ONCE,
        "part",
        QT_TRANSLATE_NOOP("StarterGoals", "Name the patterns that were yours"),
    ),
    _starter(
        Area.CONFIDENCE,
        Recurrence.WEEKLY,
        "capable",
        QT_TRANSLATE_NOOP("StarterGoals", "Finish one thing you kept putting off"),
    ),
    _starter(
        Area.CONFIDENCE,
        Recurrence.DAILY,
        "win",
        QT_TRANSLATE_NOOP("StarterGoals", "Note one thing you did well today"),
    ),
    _starter(
        Area.COMMUNICATION,
        Recurrence.WEEKLY,
        "listen",
        QT_TRANSLATE_NOOP("StarterGoals", "Listen to someone without planning a reply"),
    ),
    _starter(
        Area.COMMUNICATION,
        Recurrence.WEEKLY,
        "feel",
        QT_TRANSLATE_NOOP("StarterGoals", "Say how you feel to someone, without blame"),
    ),
)


# Two starter goals ask, after abuse or betrayal, the wrong questions: what the user did wrong and
# what they miss of the person who hurt them. When healing comes first they are swapped for these
# (in onboarding at once; on the Goals page only when the user agrees: the goals are theirs).
HEALING_SWAPS: Mapping[str, Goal] = {
    "reflection-why": _starter(
        Area.REFLECTION,
        Recurrence.WEEKLY,
        "glad",
        QT_TRANSLATE_NOOP("StarterGoals", "Write one thing you are glad to have back for yourself"),
    ),
    "reflection-part": _starter(
        Area.REFLECTION,
        Recurrence.ONCE,
        "respect",
        QT_TRANSLATE_NOOP(
            "StarterGoals", "Write what a kind, respectful relationship looks like to you"
        ),
    ),
}


def shown_title(goal: Goal) -> str:
    """The title to show: a starter goal the user kept word for word as Holdfast's marked words
    (a Said), said in the reader's language; any other title as the user wrote it."""
    marked = _MARKED_TITLES.get(goal.id)
    return marked if marked is not None and goal.title == marked else goal.title


def starter_goals(healing_first: bool) -> tuple[Goal, ...]:
    """The goals offered at the start: with healing first, none that invite self-blame."""
    if not healing_first:
        return STARTER_GOALS
    return tuple(HEALING_SWAPS.get(goal.id, goal) for goal in STARTER_GOALS)


def healing_swaps(
    goals: Sequence[Goal], reserved: Iterable[str] = ()
) -> tuple[tuple[Goal, Goal], ...]:
    """The user's goals that are still the starter goals HEALING_SWAPS replaces, word for word,
    each with its healing counterpart. A goal the user renamed is theirs and is never offered;
    nor is a counterpart whose id is `reserved` (deleted, with ticks that must not carry over)."""
    starters = {goal.id: goal for goal in STARTER_GOALS}
    taken = {goal.id for goal in goals}.union(reserved)
    return tuple(
        (goal, HEALING_SWAPS[goal.id])
        for goal in goals
        if goal.id in HEALING_SWAPS
        and goal == starters[goal.id]
        and HEALING_SWAPS[goal.id].id not in taken
    )


def swap_goals(goals: Sequence[Goal], swaps: Iterable[tuple[Goal, Goal]]) -> tuple[Goal, ...]:
    """Each goal replaced in its place; the old goal's ticks stay recorded under its own id."""
    replacing = {old.id: new for old, new in swaps}
    return tuple(replacing.get(goal.id, goal) for goal in goals)


def add_goal(
    goals: Sequence[Goal],
    area: Area,
    title: str,
    recurrence: Recurrence,
    reserved: Iterable[str] = (),
) -> tuple[Goal, ...]:
    """Adds a goal at the end of its area's list, with an id made from its title.

    `reserved` ids are not given out either: those of deleted goals whose completions are kept,
    so a new goal never inherits an old one's history.
    """
    title = check_title(title)
    taken = {g.id for g in goals}.union(reserved)
    goal = Goal(id=_unique_id(taken, area, title), area=area, title=title, recurrence=recurrence)
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
    raise InvalidEntry(
        Said(
            QT_TRANSLATE_NOOP("InvalidEntry", "there is no goal with the id {id}"), id=repr(goal_id)
        )
    )


def is_done(goal: Goal, completions: Iterable[Completion], today: date) -> bool:
    """Daily goals start fresh each local day, weekly ones each ISO week; once is once."""
    days = (c.day for c in completions if c.goal_id == goal.id)
    if goal.recurrence is Recurrence.DAILY:
        return any(day == today for day in days)
    if goal.recurrence is Recurrence.WEEKLY:
        week = _monday(today)
        return any(_monday(day) == week for day in days)
    return any(True for _ in days)


def complete(goal: Goal, completions: Iterable[Completion], now: datetime) -> Completion | None:
    """The completion to record for ticking `goal` now, or None when it is already done."""
    today = local_date(now, zone_of(now))
    if is_done(goal, completions, today):
        return None
    return Completion(goal_id=goal.id, day=today, at=now)


def move_within_area(goals: Sequence[Goal], goal_id: str, steps: int) -> tuple[Goal, ...]:
    """Moves a goal `steps` places up (negative) or down its own area's list, clamped there."""
    goal = find_goal(goals, goal_id)
    in_area = [g for g in goals if g.area is goal.area]
    here = in_area.index(goal)
    there = max(0, min(here + steps, len(in_area) - 1))
    if there == here:
        return tuple(goals)
    # Taking the goal out and putting it at the neighbour's index puts it just past that neighbour.
    return move_goal(goals, goal_id, list(goals).index(in_area[there]))


def ticks_to_take_back(
    goal: Goal, completions: Iterable[Completion], today: date
) -> tuple[Completion, ...]:
    """The completions that make `goal` done now, which unticking it removes; older ones stay."""
    own = [c for c in completions if c.goal_id == goal.id]
    if goal.recurrence is Recurrence.DAILY:
        return tuple(c for c in own if c.day == today)
    if goal.recurrence is Recurrence.WEEKLY:
        return tuple(c for c in own if _monday(c.day) == _monday(today))
    return tuple(own)


def streak(goal: Goal, completions: Iterable[Completion], today: date) -> int:
    """Local days (daily goals) or ISO weeks (weekly goals) in a row the goal was done.

    The run ends today, or this week; while today's tick is still open it ends yesterday (last
    week), so a morning that has not got to the goal yet does not show a broken run. A one-off
    goal has no streak: 0.
    """
    if goal.recurrence is Recurrence.ONCE:
        return 0
    days = {c.day for c in completions if c.goal_id == goal.id}
    if goal.recurrence is Recurrence.DAILY:
        done, period, step = days, today, timedelta(days=1)
    else:
        done, period, step = {_monday(day) for day in days}, _monday(today), timedelta(weeks=1)
    if period not in done:
        period -= step
    count = 0
    while period in done:
        count, period = count + 1, period - step
    return count


@dataclass(frozen=True, slots=True)
class Progress:
    """How many of the goals that count right now are done."""

    done: int
    total: int

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0


def area_progress(
    goals: Iterable[Goal], completions: Iterable[Completion], today: date
) -> dict[Area, Progress]:
    """Per area, in the areas' order: daily goals done today, weekly this week, one-offs ever."""
    by_goal = _by_goal(completions)
    counts = {area: [0, 0] for area in Area}
    for goal in goals:
        count = counts[goal.area]
        count[0] += is_done(goal, by_goal.get(goal.id, ()), today)
        count[1] += 1
    return {area: Progress(done, total) for area, (done, total) in counts.items()}


def today_progress(
    goals: Iterable[Goal], completions: Iterable[Completion], today: date
) -> Progress:
    """Today's checklist: daily and weekly goals, and one-off goals not done before today."""
    by_goal = _by_goal(completions)
    done = total = 0
    for goal in goals:
        own = by_goal.get(goal.id, ())
        if goal.recurrence is Recurrence.ONCE and any(c.day < today for c in own):
            continue  # done on an earlier day: no longer part of any day
        total += 1
        done += is_done(goal, own, today)
    return Progress(done, total)


def _by_goal(completions: Iterable[Completion]) -> dict[str, list[Completion]]:
    by_goal: dict[str, list[Completion]] = {}
    for completion in completions:
        by_goal.setdefault(completion.goal_id, []).append(completion)
    return by_goal


def _monday(day: date) -> date:
    """The Monday that starts `day`'s ISO week."""
    return day - timedelta(days=day.weekday())


def _unique_id(taken: set[str], area: Area, title: str) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())[:3]
    base = "-".join([area.value, *words]) if words else f"{area.value}-goal"
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
