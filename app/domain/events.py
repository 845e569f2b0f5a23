"""The facts the user records: plans, urges and contacts. Every figure is computed from them."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timezone
from enum import StrEnum
from typing import TypeVar, cast

from app.domain.errors import InvalidEntry
from app.domain.instants import FIRST_COUNTABLE_YEAR, LAST_COUNTABLE_YEAR, check_countable
from app.domain.wallclock import as_recorded
from app.domain.words import QT_TRANSLATE_NOOP, Said

_Kind = TypeVar("_Kind", bound=StrEnum)

MIN_TARGET_DAYS = 21
MAX_TARGET_DAYS = 45
DEFAULT_TARGET_DAYS = 30
MIN_INTENSITY = 1
MAX_INTENSITY = 10


class UrgeKind(StrEnum):
    TEXT = "text"
    CALL = "call"
    SOCIAL = "social"
    FRIENDS = "friends"
    VISIT = "visit"
    OTHER = "other"


class ContactKind(StrEnum):
    TEXT = "text"
    CALL = "call"
    SOCIAL = "social"
    FRIENDS = "friends"
    IN_PERSON = "in_person"
    OTHER = "other"


class StartedBy(StrEnum):
    ME = "me"
    THEM = "them"


_MEMBERS: dict[type[StrEnum], dict[str, StrEnum]] = {
    kind: {member.value: member for member in kind} for kind in (UrgeKind, ContactKind, StartedBy)
}


def new_id() -> str:
    """A fresh identifier for an entry; it survives export and import unchanged."""
    return os.urandom(16).hex()  # as random as a UUID 4, without importing uuid at start-up


@dataclass(frozen=True, slots=True)
class Plan:
    """Begins or re-plans the period: how many days to aim for, and when the last contact was.

    `last_contact` is None when the user changed the target only: the run goes on from wherever
    it began, so a contact deleted later gives its run back as if it had never been logged.
    """

    id: str
    at: datetime
    last_contact: datetime | None
    target_days: int

    def __post_init__(self) -> None:
        object.__setattr__(self, "at", recorded_instant(self.at))
        if self.last_contact is not None:
            object.__setattr__(self, "last_contact", recorded_instant(self.last_contact))
        check_target(self.target_days)


@dataclass(frozen=True, slots=True)
class Urge:
    """A moment the user wanted to reach out and did not."""

    id: str
    at: datetime
    kind: UrgeKind
    intensity: int | None = None
    note: str = ""
    resisted: bool = True
    unsent_message: str = ""  # what they wanted to send, written here instead of to them

    def __post_init__(self) -> None:
        # Years of urges are read at every start: values that are already right are only checked.
        if (
            type(self.at.tzinfo) is not timezone
            or not FIRST_COUNTABLE_YEAR <= self.at.year <= LAST_COUNTABLE_YEAR
        ):
            object.__setattr__(self, "at", recorded_instant(self.at))
        if type(self.kind) is not UrgeKind:
            object.__setattr__(self, "kind", _member(UrgeKind, self.kind))
        if self.intensity is not None:
            check_intensity(self.intensity)
        if self.note:
            check_note(self.note)
        if self.unsent_message:
            check_note(self.unsent_message)


@dataclass(frozen=True, slots=True)
class Contact:
    """Any contact with the ex; only one the user started without need ends a run."""

    id: str
    at: datetime
    kind: ContactKind
    started_by: StartedBy = StartedBy.ME
    necessary: bool = False
    note: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "at", recorded_instant(self.at))
        object.__setattr__(self, "kind", _member(ContactKind, self.kind))
        object.__setattr__(self, "started_by", _member(StartedBy, self.started_by))
        check_note(self.note)

    @property
    def breaks_no_contact(self) -> bool:
        return self.started_by is StartedBy.ME and not self.necessary


Event = Plan | Urge | Contact


def recorded_order(event: Event) -> tuple[datetime, str]:
    """Entries in the order they were made; the id settles entries made at the same instant, so
    the figures never depend on the order entries happen to be listed in (imports, merges)."""
    return (event.at, event.id)


def _member(kind: type[_Kind], value: object) -> _Kind:
    # Entries read from disk carry plain strings; a lookup is several times cheaper than
    # kind(value), and years of entries are read at every start.
    member = _MEMBERS[kind].get(value) if isinstance(value, str) else None
    if member is None:
        allowed = ", ".join(m.value for m in kind)
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry", "{value} is not a known kind here; allowed: {allowed}"
                ),
                value=repr(value),
                allowed=allowed,
            )
        )
    return cast(_Kind, member)


def check_target(days: object) -> int:
    if type(days) is not int or not MIN_TARGET_DAYS <= days <= MAX_TARGET_DAYS:
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry",
                    "the target must be a whole number of days from {lowest} to {highest}, not "
                    "{days}",
                ),
                lowest=MIN_TARGET_DAYS,
                highest=MAX_TARGET_DAYS,
                days=repr(days),
            )
        )
    return days


def check_intensity(value: object) -> int:
    if type(value) is not int or not MIN_INTENSITY <= value <= MAX_INTENSITY:
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry",
                    "the intensity must be a whole number from {lowest} to {highest}, not {value}",
                ),
                lowest=MIN_INTENSITY,
                highest=MAX_INTENSITY,
                value=repr(value),
            )
        )
    return value


def check_note(note: object) -> str:
    if not isinstance(note, str):
        raise InvalidEntry(QT_TRANSLATE_NOOP("InvalidEntry", "a note must be text"))
    if note.isascii():
        return note
    try:
        note.encode("utf-8")
    except UnicodeEncodeError:
        # Bytes that are not UTF-8 reach Python as lone surrogates; they cannot be saved.
        raise InvalidEntry(
            QT_TRANSLATE_NOOP("InvalidEntry", "a note must be valid UTF-8 text")
        ) from None
    return note


def recorded_instant(moment: datetime) -> datetime:
    if not isinstance(moment, datetime) or moment.tzinfo is None:
        raise InvalidEntry(
            QT_TRANSLATE_NOOP("InvalidEntry", "every entry needs an instant with its time zone")
        )
    return as_recorded(check_countable(moment))
