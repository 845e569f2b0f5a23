"""The daily check-in: how the day feels and how strong the pull toward them was, one per day.

A check-in lives in a table of its own ("check_ins"), beside the journal, not among the events.
The events are what the figures are counted from: the timeline, the runs, the status cache and
the quick append all match on Plan, Urge and Contact, and History lists them as one stream. A
check-in ends no run and counts no urge; it is one answer per local date, edited in place when
the user checks in again that day. Kept apart, it cannot change a figure by mistake, and the rule
"one per date" is checked in one place (app/domain/intents/edits.py) without scanning the events.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import IntEnum
from typing import TypeVar

from app.domain.errors import InvalidEntry
from app.domain.events import check_note, new_id, recorded_instant
from app.domain.wallclock import local_date, zone_of
from app.domain.words import QT_TRANSLATE_NOOP, Said, filled

# One line about the day, not a journal entry: the journal takes pages.
MAX_NOTE_LENGTH = 500


class Mood(IntEnum):
    """How today feels, from very hard to good; the numbers are stored, so they never change."""

    VERY_HARD = 1
    HARD = 2
    MIXED = 3
    OKAY = 4
    GOOD = 5


class Pull(IntEnum):
    """How strong the pull toward them was today; the numbers are stored."""

    NONE = 0
    LIGHT = 1
    MODERATE = 2
    STRONG = 3
    OVERWHELMING = 4


# Plain English here, marked for Qt's translators; the window translates them in their context.
MOOD_WORDS: Mapping[Mood, str] = {
    Mood.VERY_HARD: QT_TRANSLATE_NOOP("Mood", "very hard"),
    Mood.HARD: QT_TRANSLATE_NOOP("Mood", "hard"),
    Mood.MIXED: QT_TRANSLATE_NOOP("Mood", "up and down"),
    Mood.OKAY: QT_TRANSLATE_NOOP("Mood", "okay"),
    Mood.GOOD: QT_TRANSLATE_NOOP("Mood", "good"),
}

PULL_WORDS: Mapping[Pull, str] = {
    Pull.NONE: QT_TRANSLATE_NOOP("Pull", "none"),
    Pull.LIGHT: QT_TRANSLATE_NOOP("Pull", "light"),
    Pull.MODERATE: QT_TRANSLATE_NOOP("Pull", "moderate"),
    Pull.STRONG: QT_TRANSLATE_NOOP("Pull", "strong"),
    Pull.OVERWHELMING: QT_TRANSLATE_NOOP("Pull", "overwhelming"),
}

# A day this hard gets care and the way to help, not cheer.
HARD_MOODS = frozenset({Mood.VERY_HARD, Mood.HARD})
# A pull this strong counts among the stronger days in History, and gets care as a hard day does.
STRONG_PULLS = frozenset({Pull.STRONG, Pull.OVERWHELMING})


Step = TypeVar("Step", Mood, Pull)


def steps_in_words(words: Mapping[Mood, str] | Mapping[Pull, str]) -> Said:
    """The steps with their words, "1 very hard, 2 hard, ...", for messages that say what is
    allowed; the words are said in the reader's language."""
    steps = {
        # The number as typed (`--mood 2`), the same in every language: only the word changes.
        f"step{step.value}": filled("{number} {word}", number=str(step.value), word=word)
        for step, word in words.items()
    }
    return filled(", ".join(f"{{{name}}}" for name in steps), **steps)


def check_mood(value: object) -> Mood:
    """The mood `value` names; InvalidEntry saying what is allowed if it names none."""
    return _step(
        Mood,
        value,
        MOOD_WORDS,
        QT_TRANSLATE_NOOP(
            "InvalidEntry",
            "the mood must be a whole number from {lowest} to {highest} ({steps}), not {value}",
        ),
    )


def check_pull(value: object) -> Pull:
    """The pull `value` names; InvalidEntry saying what is allowed if it names none."""
    return _step(
        Pull,
        value,
        PULL_WORDS,
        QT_TRANSLATE_NOOP(
            "InvalidEntry",
            "the pull must be a whole number from {lowest} to {highest} ({steps}), not {value}",
        ),
    )


def _step(scale: type[Step], value: object, words: Mapping[Step, str], refusal: Said) -> Step:
    """The step of `scale` that `value` is or numbers; else InvalidEntry with `refusal`, told
    the lowest and highest steps, their words and the value given."""
    if type(value) is scale:
        return value
    steps = list(scale)
    if type(value) is int and steps[0] <= value <= steps[-1]:
        return scale(value)
    raise InvalidEntry(
        Said(
            refusal,
            lowest=steps[0].value,
            highest=steps[-1].value,
            steps=steps_in_words(words),
            value=repr(value),
        )
    )


def check_check_in_note(note: object) -> str:
    """The note, without the spaces around it; InvalidEntry if it is not a short text."""
    text = check_note(note).strip()
    if len(text) > MAX_NOTE_LENGTH:
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry",
                    "a check-in's note can be at most {longest} characters; this one has {length} "
                    "(the journal takes longer writing)",
                ),
                longest=MAX_NOTE_LENGTH,
                length=len(text),
            )
        )
    return text


@dataclass(frozen=True, slots=True)
class CheckIn:
    """The answer for one local date, and the instant it was first given.

    An edit keeps `at`: the day is the local date `at` fell on where it was made, and an edit
    made later, or in another zone (where it may still be the day before), must not move it.
    """

    id: str
    day: date
    at: datetime
    mood: Mood
    pull: Pull
    note: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id:
            raise InvalidEntry(QT_TRANSLATE_NOOP("InvalidEntry", "a check-in needs an id"))
        if type(self.day) is not date:
            raise InvalidEntry(
                QT_TRANSLATE_NOOP("InvalidEntry", "a check-in is about a calendar date")
            )
        object.__setattr__(self, "at", recorded_instant(self.at))
        object.__setattr__(self, "mood", check_mood(self.mood))
        object.__setattr__(self, "pull", check_pull(self.pull))
        object.__setattr__(self, "note", check_check_in_note(self.note))
        # Only a damaged or hand-made entry is about a later day than the one it was made on.
        if self.day > self.at.date():
            raise InvalidEntry(
                Said(
                    QT_TRANSLATE_NOOP(
                        "InvalidEntry",
                        "a check-in cannot be about a day after it was made (it was made on "
                        "{made}, about {day})",
                    ),
                    made=self.at.date(),
                    day=self.day,
                )
            )

    @property
    def mood_word(self) -> str:
        return MOOD_WORDS[self.mood]

    @property
    def pull_word(self) -> str:
        return PULL_WORDS[self.pull]


def today(now: datetime) -> date:
    """The local date a check-in made at `now` is about, on the wall clock that reads `now`."""
    return local_date(now, zone_of(now))


def check_in_on(check_ins: Iterable[CheckIn], day: date) -> CheckIn | None:
    """The check-in about `day`, or None."""
    return next((check_in for check_in in check_ins if check_in.day == day), None)


def find_check_in(check_ins: Iterable[CheckIn], check_in_id: str) -> CheckIn:
    for check_in in check_ins:
        if check_in.id == check_in_id:
            return check_in
    raise InvalidEntry(
        Said(
            QT_TRANSLATE_NOOP("InvalidEntry", "there is no check-in with the id {id}"),
            id=repr(check_in_id),
        )
    )


def new_check_in(now: datetime, mood: Mood, pull: Pull, note: str = "") -> CheckIn:
    """A first check-in for today, made now."""
    return CheckIn(id=new_id(), day=today(now), at=now, mood=mood, pull=pull, note=note)


def changed_check_in(check_in: CheckIn, mood: Mood, pull: Pull, note: str | None = None) -> CheckIn:
    """The check-in with new answers; the note stays as it was when `note` is None. The
    check-in itself when nothing changed, so saving it again leaves nothing to undo."""
    changed = replace(
        check_in,
        mood=mood,
        pull=pull,
        note=check_in.note if note is None else note,
    )
    return check_in if changed == check_in else changed


def newest_first(check_ins: Iterable[CheckIn]) -> tuple[CheckIn, ...]:
    return tuple(sorted(check_ins, key=lambda c: (c.day, c.at, c.id), reverse=True))
