"""What a user action changes and how to take it back, as a value the caller records and runs."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum, auto
from typing import TypeAlias, TypeVar

from app.domain.errors import InvalidEntry
from app.domain.events import Contact, Plan, Urge
from app.domain.intents.edits import AddEvents, Edit, Touched, touched_by
from app.domain.logbook import Logbook
from app.domain.words import QT_TRANSLATE_NOOP, Said


class Action(Enum):
    """The user action a change comes from.

    The window's banners take back one action of one entry, even after other changes ("undo this
    delete"): the subject's id alone cannot tell an urge logged from the same urge edited since.
    """

    BEGIN = auto()
    REPLAN = auto()
    SET_PREFERENCES = auto()
    LOG_URGE = auto()
    ADD_URGE_DETAILS = auto()
    RECORD_CONTACT = auto()
    EDIT_ENTRY = auto()
    DELETE_ENTRY = auto()
    SET_GOAL_DONE = auto()
    ADD_GOAL = auto()
    ANSWER_HEALING_SWAP = auto()
    RENAME_GOAL = auto()
    SET_GOAL_RECURRENCE = auto()
    MOVE_GOAL = auto()
    DELETE_GOAL = auto()
    ADD_JOURNAL_ENTRY = auto()
    EDIT_JOURNAL_ENTRY = auto()
    DELETE_JOURNAL_ENTRY = auto()
    CHECK_IN = auto()
    EDIT_CHECK_IN = auto()
    DELETE_CHECK_IN = auto()
    SET_BREAKUP_REASONS = auto()
    CHOOSE_BREAKUP_REASON = auto()
    ADD_HARD_DATE = auto()
    EDIT_HARD_DATE = auto()
    REMOVE_HARD_DATE = auto()
    UNDO = auto()


@dataclass(frozen=True, slots=True, kw_only=True)
class Change:
    """The edits an action makes, the intent that takes them back (None where the window offers
    no undo), and the id of the entry or goal it is about (None when it is about no one thing)."""

    action: Action
    edits: tuple[Edit, ...] = ()
    undo: Intent | None = None
    subject_id: str | None = None

    @property
    def touched(self) -> Touched:
        return touched_by(self.edits)


# An action bound to its arguments (functools.partial, by keyword), run against the logbook as it
# is when it runs: an undo is computed then too, so it fits whatever happened in between.
Intent: TypeAlias = Callable[[Logbook, datetime], Change]


def restore(logbook: Logbook, now: datetime, edits: tuple[Edit, ...], subject_id: str) -> Change:
    """An undo known when the change was made: the edits that put things back as they were.

    Applying them is refused if what they put back is there already, or what they take back is
    gone (deleted elsewhere, say): then there is nothing left to undo.
    """
    return Change(action=Action.UNDO, edits=edits, subject_id=subject_id)


def deleted_goal_ids(changes: Iterable[Change]) -> frozenset[str]:
    """The goals whose delete is among `changes` (an undo stack): a new goal must not take one of
    their ids, or undoing the delete would meet a goal with the same id on the list."""
    return frozenset(
        c.subject_id for c in changes if c.action is Action.DELETE_GOAL and c.subject_id
    )


_Added = TypeVar("_Added", Plan, Urge, Contact)


def added(change: Change, kind: type[_Added]) -> _Added:
    """The plan, urge or contact that `change` adds and is about, for the caller to say what was
    recorded; raises InvalidEntry when it adds no such entry."""
    for edit in change.edits:
        if isinstance(edit, AddEvents):
            for event in edit.events:
                if event.id == change.subject_id and isinstance(event, kind):
                    return event
    # Never met in use (each intent adds what it is asked for): the type is named as in the code.
    raise InvalidEntry(
        Said(
            QT_TRANSLATE_NOOP("InvalidEntry", "the change adds no {kind}"),
            kind=kind.__name__.lower(),
        )
    )
