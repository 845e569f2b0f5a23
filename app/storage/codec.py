"""Turning logbook entries into JSON documents and back; the one place that knows the layout."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, time
from typing import Any

from app.domain.check_ins import CheckIn
from app.domain.events import Contact, Event, Plan, Urge, UrgeKind
from app.domain.goals import Completion, Goal
from app.domain.hard_dates import HardDate
from app.domain.journal import BreakupReason, JournalEntry, check_reasons
from app.domain.preferences import Preferences
from app.domain.words import QT_TRANSLATE_NOOP, Said, message_of

Document = dict[str, Any]


URGE_KINDS = {kind.value: kind for kind in UrgeKind}  # a lookup is cheaper than UrgeKind(...)


class BadDocument(ValueError):
    """A document that does not describe a valid entry."""


def encode_event(event: Event) -> Document:
    # Instants keep the offset they were recorded with; ISO 8601 makes that an exact instant.
    if isinstance(event, Plan):
        return {
            "type": "plan",
            "id": event.id,
            "at": event.at.isoformat(),
            # null: a change of target only, which leaves the run's start where it was
            "last_contact": None if event.last_contact is None else event.last_contact.isoformat(),
            "target_days": event.target_days,
        }
    if isinstance(event, Urge):
        return {
            "type": "urge",
            "id": event.id,
            "at": event.at.isoformat(),
            "kind": event.kind.value,
            "intensity": event.intensity,
            "note": event.note,
            "resisted": event.resisted,
            "unsent_message": event.unsent_message,
        }
    return {
        "type": "contact",
        "id": event.id,
        "at": event.at.isoformat(),
        "kind": event.kind.value,
        "started_by": event.started_by.value,
        "necessary": event.necessary,
        "note": event.note,
    }


def decode_event(doc: Mapping[str, Any]) -> Event:
    # This runs for every entry on every fresh read, so it stays lean: the entry classes
    # check every value themselves.
    try:
        kind = doc["type"]
        if kind == "urge":
            return Urge(
                id=_text(doc["id"]),
                at=datetime.fromisoformat(doc["at"]),
                kind=URGE_KINDS.get(doc["kind"], doc["kind"]),
                intensity=doc.get("intensity"),
                note=doc.get("note", ""),
                resisted=_flag(doc.get("resisted", True)),
                unsent_message=doc.get("unsent_message", ""),
            )
        if kind == "contact":
            return Contact(
                id=_text(doc["id"]),
                at=datetime.fromisoformat(doc["at"]),
                kind=doc["kind"],
                started_by=doc["started_by"],
                necessary=_flag(doc["necessary"]),
                note=doc.get("note", ""),
            )
        if kind == "plan":
            last_contact = doc["last_contact"]
            return Plan(
                id=_text(doc["id"]),
                at=datetime.fromisoformat(doc["at"]),
                last_contact=None if last_contact is None else datetime.fromisoformat(last_contact),
                target_days=doc["target_days"],
            )
    except (KeyError, TypeError, ValueError) as error:
        raise BadDocument(
            Said(
                QT_TRANSLATE_NOOP("StorageError", "an entry is not valid ({why})"),
                why=message_of(error),
            )
        ) from None
    raise BadDocument(
        Said(
            QT_TRANSLATE_NOOP("StorageError", "an entry has an unknown type {kind}"),
            kind=repr(kind),
        )
    )


def encode_goal(goal: Goal) -> Document:
    return {
        "id": goal.id,
        "area": goal.area.value,
        "title": goal.title,
        "recurrence": goal.recurrence.value,
    }


def decode_goal(doc: Mapping[str, Any]) -> Goal:
    try:
        return Goal(
            id=_text(doc["id"]),
            area=doc["area"],
            title=doc["title"],
            recurrence=doc["recurrence"],
        )
    except (KeyError, TypeError, ValueError) as error:
        raise BadDocument(
            Said(
                QT_TRANSLATE_NOOP("StorageError", "a goal is not valid ({why})"),
                why=message_of(error),
            )
        ) from None


def encode_preferences(preferences: Preferences) -> Document:
    return {
        "check_in_reminder": preferences.check_in_reminder,
        "check_in_at": preferences.check_in_at.isoformat(timespec="minutes"),
        "milestone_notifications": preferences.milestone_notifications,
        "theme": preferences.theme.value,
        "start_minimised": preferences.start_minimised,
        "relationship_unsafe": preferences.relationship_unsafe,
        "relationship_betrayal": preferences.relationship_betrayal,
        "discreet": preferences.discreet,
        "healing_goals_offered": preferences.healing_goals_offered,
    }


def decode_preferences(doc: Mapping[str, Any]) -> Preferences:
    """Preferences from a document; a setting missing from it keeps its default."""
    defaults = Preferences()
    try:
        return Preferences(
            check_in_reminder=_flag(doc.get("check_in_reminder", defaults.check_in_reminder)),
            check_in_at=time.fromisoformat(doc["check_in_at"])
            if "check_in_at" in doc
            else defaults.check_in_at,
            milestone_notifications=_flag(
                doc.get("milestone_notifications", defaults.milestone_notifications)
            ),
            theme=doc.get("theme", defaults.theme),
            start_minimised=_flag(doc.get("start_minimised", defaults.start_minimised)),
            relationship_unsafe=_flag(doc.get("relationship_unsafe", defaults.relationship_unsafe)),
            relationship_betrayal=_flag(
                doc.get("relationship_betrayal", defaults.relationship_betrayal)
            ),
            discreet=_flag(doc.get("discreet", defaults.discreet)),
            healing_goals_offered=_flag(
                doc.get("healing_goals_offered", defaults.healing_goals_offered)
            ),
        )
    except (TypeError, ValueError) as error:
        raise BadDocument(
            Said(
                QT_TRANSLATE_NOOP("StorageError", "the settings are not valid ({why})"),
                why=message_of(error),
            )
        ) from None


def encode_completion(completion: Completion) -> Document:
    return {
        "goal_id": completion.goal_id,
        "day": completion.day.isoformat(),
        "at": completion.at.isoformat(),
    }


def decode_completion(doc: Mapping[str, Any]) -> Completion:
    try:
        return Completion(
            goal_id=_text(doc["goal_id"]),
            day=date.fromisoformat(doc["day"]),
            at=datetime.fromisoformat(doc["at"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise BadDocument(
            Said(
                QT_TRANSLATE_NOOP("StorageError", "a goal completion is not valid ({why})"),
                why=message_of(error),
            )
        ) from None


def encode_journal_entry(entry: JournalEntry) -> Document:
    return {
        "id": entry.id,
        "day": entry.day.isoformat(),
        "written_at": entry.written_at.isoformat(),
        "edited_at": entry.edited_at.isoformat() if entry.edited_at else None,
        "prompt": entry.prompt.value if entry.prompt else None,
        "text": entry.text,
    }


def decode_journal_entry(doc: Mapping[str, Any]) -> JournalEntry:
    try:
        edited_at = doc.get("edited_at")
        return JournalEntry(
            id=_text(doc["id"]),
            day=date.fromisoformat(doc["day"]),
            written_at=datetime.fromisoformat(doc["written_at"]),
            edited_at=None if edited_at is None else datetime.fromisoformat(edited_at),
            prompt=doc.get("prompt"),
            text=doc["text"],
        )
    except (KeyError, TypeError, ValueError) as error:
        raise BadDocument(
            Said(
                QT_TRANSLATE_NOOP("StorageError", "a journal entry is not valid ({why})"),
                why=message_of(error),
            )
        ) from None


def encode_hard_date(hard_date: HardDate) -> Document:
    # "year": null for a date that comes back every year.
    return {
        "id": hard_date.id,
        "month": hard_date.month,
        "day": hard_date.day,
        "year": hard_date.year,
        "label": hard_date.label,
        "plan": hard_date.plan,
    }


def decode_hard_date(doc: Mapping[str, Any]) -> HardDate:
    try:
        return HardDate(
            id=_text(doc["id"]),
            month=doc["month"],
            day=doc["day"],
            year=doc.get("year"),
            label=doc["label"],
            plan=doc.get("plan", ""),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise BadDocument(
            Said(
                QT_TRANSLATE_NOOP("StorageError", "a hard date is not valid ({why})"),
                why=message_of(error),
            )
        ) from None


def encode_check_in(check_in: CheckIn) -> Document:
    return {
        "id": check_in.id,
        "day": check_in.day.isoformat(),
        "at": check_in.at.isoformat(),
        "mood": check_in.mood.value,
        "pull": check_in.pull.value,
        "note": check_in.note,
    }


def decode_check_in(doc: Mapping[str, Any]) -> CheckIn:
    try:
        return CheckIn(
            id=_text(doc["id"]),
            day=date.fromisoformat(doc["day"]),
            at=datetime.fromisoformat(doc["at"]),
            mood=doc["mood"],
            pull=doc["pull"],
            note=doc.get("note", ""),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise BadDocument(
            Said(
                QT_TRANSLATE_NOOP("StorageError", "a check-in is not valid ({why})"),
                why=message_of(error),
            )
        ) from None


def encode_reasons(reasons: Iterable[BreakupReason]) -> list[str]:
    return sorted(reason.value for reason in reasons)  # sorted: the same choice, the same bytes


def decode_reasons(value: object) -> frozenset[BreakupReason]:
    try:
        if not isinstance(value, list):
            raise TypeError(f"expected a list, found {value!r}")
        return check_reasons(value)
    except (TypeError, ValueError) as error:
        raise BadDocument(
            Said(
                QT_TRANSLATE_NOOP("StorageError", "the reasons it ended are not valid ({why})"),
                why=message_of(error),
            )
        ) from None


def _text(value: object) -> str:
    if not isinstance(value, str) or not value:
        raise ValueError(f"expected text, found {value!r}")
    return value


def _flag(value: object) -> bool:
    if type(value) is not bool:
        raise ValueError(f"expected true or false, found {value!r}")
    return value
