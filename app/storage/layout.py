"""The tables of a Holdfast file and what a brand-new file holds."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.domain.goals import Goal
from app.domain.journal import BreakupReason
from app.storage.codec import encode_goal, encode_reasons

META = "meta"  # one document: {"schema_version": N}
EVENTS = "events"  # one document per plan, urge or contact
GOALS = "goals"  # one document holding the ordered list, so a reorder is a single write
COMPLETIONS = "completions"  # one document per goal ticked on a day
SETTINGS = "settings"  # one document: the user's preferences
JOURNAL = "journal"  # one document per journal entry
REFLECTION = "reflection"  # one document: the reasons the relationship ended
CHECK_INS = "check_ins"  # one document per daily check-in, one a local date
HARD_DATES = "hard_dates"  # one document per hard date

SETTINGS_DOC_ID = 1

GOALS_DOC_ID = 1

REFLECTION_DOC_ID = 1


def goals_document(goals: Iterable[Goal]) -> dict[str, Any]:
    return {"goals": [encode_goal(goal) for goal in goals]}


def reflection_document(reasons: Iterable[BreakupReason]) -> dict[str, Any]:
    return {"breakup_reasons": encode_reasons(reasons)}


def fresh_tables(version: int, goals: Iterable[Goal]) -> dict[str, dict[str, Any]]:
    return {
        META: {"1": {"schema_version": version}},
        EVENTS: {},
        GOALS: {str(GOALS_DOC_ID): goals_document(goals)},
        COMPLETIONS: {},
    }
