"""The window's undo stack: the newest change first, or one action of one thing whatever came
since; and the entry a change adds, for saying what was recorded."""

from __future__ import annotations

import pytest

from app.domain import intents
from app.domain.errors import InvalidEntry
from app.domain.events import Contact, ContactKind, Plan, StartedBy, Urge, UrgeKind
from app.domain.intents import Action, UndoStack, added, apply
from app.domain.logbook import Logbook
from tests.domain.support import BERLIN, a_plan, later, local

NOW = local(BERLIN, 2026, 3, 1, 12)
LOGBOOK = Logbook(events=(a_plan(later(NOW, days=-10)),))


def test_a_change_without_an_undo_is_not_offered() -> None:
    stack = UndoStack()

    stack.push(intents.set_goal_done(LOGBOOK, NOW, "body-move", True))  # no undo offered

    assert not stack
    assert stack.pop() is None


def test_edit_undo_takes_back_the_newest_change_first() -> None:
    stack = UndoStack()
    first = intents.log_urge(LOGBOOK, NOW, UrgeKind.CALL)
    second = intents.log_urge(LOGBOOK, NOW, UrgeKind.TEXT)
    stack.push(first)
    stack.push(second)

    assert stack.pop() is second.undo
    assert stack.pop() is first.undo
    assert not stack


def test_a_banner_takes_back_its_own_change_and_leaves_later_ones() -> None:
    stack = UndoStack()
    urge = intents.log_urge(LOGBOOK, NOW, UrgeKind.CALL)
    deleted = intents.delete_goal(LOGBOOK, NOW, "body-sleep")
    stack.push(urge)
    stack.push(deleted)

    # The urge's confirmation asks for the urge, not for the goal deleted after it.
    assert stack.pop_latest(urge.subject_id or "", Action.LOG_URGE) is urge.undo
    assert stack.pop_latest(urge.subject_id or "", Action.LOG_URGE) is None  # taken back once
    assert list(stack) == [deleted]
    # Another action on the same goal is not the delete the banner offers to undo.
    assert stack.pop_latest("body-sleep", Action.RENAME_GOAL) is None
    assert stack.pop_latest("body-sleep", Action.DELETE_GOAL) is deleted.undo


def test_the_deleted_goals_on_the_stack_keep_their_ids() -> None:
    stack = UndoStack()
    stack.push(intents.delete_goal(LOGBOOK, NOW, "body-sleep"))

    assert intents.deleted_goal_ids(stack) == {"body-sleep"}
    stack.clear()
    assert intents.deleted_goal_ids(stack) == frozenset()


def test_the_entry_a_change_adds_is_found_by_its_kind() -> None:
    logged = intents.log_urge(LOGBOOK, NOW, UrgeKind.SOCIAL, note="scrolled back")
    recorded = intents.record_contact(LOGBOOK, NOW, ContactKind.CALL, StartedBy.THEM)
    planned = intents.replan(LOGBOOK, NOW, since=None, target_days=45)

    urge = added(logged, Urge)
    assert (urge.kind, urge.note) == (UrgeKind.SOCIAL, "scrolled back")
    assert urge in apply(LOGBOOK, *logged.edits).events
    assert added(recorded, Contact).started_by is StartedBy.THEM
    assert added(planned, Plan).target_days == 45


def test_a_change_that_adds_no_such_entry_says_so() -> None:
    logged = intents.log_urge(LOGBOOK, NOW, UrgeKind.SOCIAL)

    with pytest.raises(InvalidEntry, match="the change adds no contact"):
        added(logged, Contact)
    with pytest.raises(InvalidEntry, match="the change adds no urge"):
        added(intents.delete_goal(LOGBOOK, NOW, "body-sleep"), Urge)
