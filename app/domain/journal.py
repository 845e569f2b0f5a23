"""The journal: dated entries, the prompts for the honest questions, search, and why it ended."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache

from app.domain.errors import InvalidEntry
from app.domain.events import new_id, recorded_instant
from app.domain.instants import check_instant
from app.domain.wallclock import local_date, zone_of
from app.domain.words import QT_TRANSLATE_NOOP, Said

# Long enough for pages of writing in one sitting; short enough that a pasted book is refused
# instead of slowing every start.
MAX_TEXT_LENGTH = 20_000


class Prompt(StrEnum):
    """A question an entry answers; the values are stored, so they never change."""

    WHY_BACK = "why_back"
    WHY_ENDED = "why_ended"
    MY_PART = "my_part"
    FOR_MYSELF = "for_myself"
    # For healing from a relationship that hurt: asked instead of the reconnection questions.
    WHAT_I_DESERVE = "what_i_deserve"
    FEELING_STEADY = "feeling_steady"
    ON_MY_SIDE = "on_my_side"


# Plain English here, marked for Qt's translators; the window translates them in their context.
PROMPT_TITLES: Mapping[Prompt, str] = {
    Prompt.WHY_BACK: QT_TRANSLATE_NOOP("JournalPrompt", "Why do I want them back?"),
    Prompt.WHY_ENDED: QT_TRANSLATE_NOOP("JournalPrompt", "Why did it end?"),
    Prompt.MY_PART: QT_TRANSLATE_NOOP("JournalPrompt", "What did I bring to how it went?"),
    Prompt.FOR_MYSELF: QT_TRANSLATE_NOOP("JournalPrompt", "What am I doing for myself?"),
    Prompt.WHAT_I_DESERVE: QT_TRANSLATE_NOOP("JournalPrompt", "What do I deserve?"),
    Prompt.FEELING_STEADY: QT_TRANSLATE_NOOP(
        "JournalPrompt", "What helps me feel safe and steady?"
    ),
    Prompt.ON_MY_SIDE: QT_TRANSLATE_NOOP("JournalPrompt", "Who is on my side?"),
}

PROMPT_QUESTIONS: Mapping[Prompt, str] = {
    Prompt.WHY_BACK: QT_TRANSLATE_NOOP(
        "JournalPrompt",
        "Is it this person you miss, the way they were with you? Or is it having someone at "
        "all, the fear of being on your own, the comfort of a routine you knew? Try to "
        "separate the two.",
    ),
    Prompt.WHY_ENDED: QT_TRANSLATE_NOOP(
        "JournalPrompt",
        "Write it down plainly, as if to a friend. Were there arguments that kept coming back, "
        "things left unsaid, different plans for life? What wore it down before the end?",
    ),
    Prompt.MY_PART: QT_TRANSLATE_NOOP(
        "JournalPrompt",
        "Not to blame yourself: to see clearly. Which habits were yours? When did you start "
        "giving less of yourself than you once did? What would you like to do differently, "
        "for anyone and for yourself?",
    ),
    Prompt.FOR_MYSELF: QT_TRANSLATE_NOOP(
        "JournalPrompt",
        "What did you do today or this week that was for you alone: rest, people, movement, "
        "something you used to enjoy? What would you like to do next?",
    ),
    Prompt.WHAT_I_DESERVE: QT_TRANSLATE_NOOP(
        "JournalPrompt",
        "What do you deserve from the people close to you: respect, honesty, kindness, room "
        "to be yourself? What felt wrong back then that you can name clearly now? Seeing it "
        "now does not mean you should have seen it sooner.",
    ),
    Prompt.FEELING_STEADY: QT_TRANSLATE_NOOP(
        "JournalPrompt",
        "Which people, places, routines or small things help you feel calm and like yourself? "
        "When a hard moment comes, what could you reach for first? Name one you can do this "
        "week.",
    ),
    Prompt.ON_MY_SIDE: QT_TRANSLATE_NOOP(
        "JournalPrompt",
        "Who listens to you without judging: a friend, family, someone at work, a counsellor? "
        "Who would you like to hear from more often? Write their names, and one small way to "
        "get in touch with one of them this week.",
    ),
}

_PROMPTS = {prompt.value: prompt for prompt in Prompt}

_ORDINARY = (Prompt.WHY_BACK, Prompt.WHY_ENDED, Prompt.MY_PART, Prompt.FOR_MYSELF)
_HEALING = (Prompt.WHAT_I_DESERVE, Prompt.FEELING_STEADY, Prompt.ON_MY_SIDE, Prompt.FOR_MYSELF)


def offered_prompts(healing_first: bool) -> tuple[Prompt, ...]:
    """The prompts to offer for a new entry.

    When the relationship hurt the user (abuse, control, betrayal, disrespect), the questions
    about wanting them back, the user's own part and arguments that kept coming back invite
    missing them and self-blame, so healing questions are asked instead. Entries already written
    with a prompt keep it.
    """
    return _HEALING if healing_first else _ORDINARY


class BreakupReason(StrEnum):
    """Why the relationship ended, as the user sees it; the values are stored."""

    GREW_APART = "grew_apart"
    LIFE_GOALS = "life_goals"
    COMMUNICATION = "communication"
    CONFLICT = "conflict"
    NEGLECT = "neglect"
    ATTRACTION = "attraction"
    BOUNDARIES = "boundaries"
    RESENTMENT = "resentment"
    OUTSIDE_STRESS = "outside_stress"
    DISTANCE = "distance"
    SOMEONE_ELSE = "someone_else"
    TRUST = "trust"
    OTHER = "other"
    # Either of these puts healing first (safety.py); only abuse or control brings abuse support.
    ABUSE = "abuse"  # abusive, controlling or unsafe
    BETRAYAL = "betrayal"  # betrayal or constant disrespect: hurtful, not called unsafe


REASON_LABELS: Mapping[BreakupReason, str] = {
    BreakupReason.GREW_APART: QT_TRANSLATE_NOOP("BreakupReason", "We grew apart"),
    BreakupReason.LIFE_GOALS: QT_TRANSLATE_NOOP(
        "BreakupReason", "We wanted different things from life"
    ),
    BreakupReason.COMMUNICATION: QT_TRANSLATE_NOOP(
        "BreakupReason", "We stopped really talking to each other"
    ),
    BreakupReason.CONFLICT: QT_TRANSLATE_NOOP(
        "BreakupReason", "The same arguments, again and again"
    ),
    BreakupReason.NEGLECT: QT_TRANSLATE_NOOP(
        "BreakupReason", "One or both of us felt left alone in it"
    ),
    BreakupReason.ATTRACTION: QT_TRANSLATE_NOOP("BreakupReason", "The attraction faded"),
    BreakupReason.BOUNDARIES: QT_TRANSLATE_NOOP(
        "BreakupReason", "Boundaries were missing or crossed"
    ),
    BreakupReason.RESENTMENT: QT_TRANSLATE_NOOP("BreakupReason", "Resentment built up"),
    BreakupReason.OUTSIDE_STRESS: QT_TRANSLATE_NOOP(
        "BreakupReason", "Pressure from outside: work, family, money"
    ),
    BreakupReason.DISTANCE: QT_TRANSLATE_NOOP("BreakupReason", "Distance"),
    BreakupReason.SOMEONE_ELSE: QT_TRANSLATE_NOOP("BreakupReason", "Someone else came along"),
    BreakupReason.TRUST: QT_TRANSLATE_NOOP("BreakupReason", "Trust was lost"),
    BreakupReason.OTHER: QT_TRANSLATE_NOOP("BreakupReason", "Something else"),
    BreakupReason.ABUSE: QT_TRANSLATE_NOOP(
        "BreakupReason", "It was abusive or controlling, or I felt unsafe"
    ),
    BreakupReason.BETRAYAL: QT_TRANSLATE_NOOP("BreakupReason", "Betrayal, or constant disrespect"),
}

_REASONS = {reason.value: reason for reason in BreakupReason}


def check_reasons(reasons: Iterable[object]) -> frozenset[BreakupReason]:
    chosen = set()
    for reason in reasons:
        known = _REASONS.get(reason) if isinstance(reason, str) else None
        if known is None:
            allowed = ", ".join(r.value for r in BreakupReason)
            raise InvalidEntry(
                Said(
                    QT_TRANSLATE_NOOP(
                        "InvalidEntry", "{reason} is not a known reason; allowed: {allowed}"
                    ),
                    reason=repr(reason),
                    allowed=allowed,
                )
            )
        chosen.add(known)
    return frozenset(chosen)


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """What the user wrote about one local day, with when it was written and last edited."""

    id: str
    day: date
    written_at: datetime
    text: str
    prompt: Prompt | None = None
    edited_at: datetime | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.id, str) or not self.id:
            raise InvalidEntry(QT_TRANSLATE_NOOP("InvalidEntry", "a journal entry needs an id"))
        object.__setattr__(self, "written_at", recorded_instant(self.written_at))
        if self.edited_at is not None:
            object.__setattr__(self, "edited_at", recorded_instant(self.edited_at))
        if self.prompt is not None:
            object.__setattr__(self, "prompt", _prompt(self.prompt))
        object.__setattr__(self, "text", check_text(self.text))
        if type(self.day) is not date:
            raise InvalidEntry(
                QT_TRANSLATE_NOOP("InvalidEntry", "a journal entry is about a calendar date")
            )
        # The day can never be later than the local date it was last written on.
        stamps = [s for s in (self.written_at, self.edited_at) if s is not None]
        latest = max(s.date() for s in stamps)
        if self.day > latest:
            # A time of writing before 1970 is the mistake, a typo in its year: said as every
            # instant is checked. (Compared with itself, a stamp is never in the future.)
            for stamp in stamps:
                check_instant(
                    stamp,
                    stamp,
                    Said(
                        QT_TRANSLATE_NOOP("InvalidEntry", "the journal entry written {when}"),
                        when=stamp,
                    ),
                )
            raise InvalidEntry(
                Said(
                    QT_TRANSLATE_NOOP(
                        "InvalidEntry",
                        "a journal entry cannot be dated in the future (it was written on {day})",
                    ),
                    day=latest,
                )
            )

    @property
    def first_line(self) -> str:
        return self.text.split("\n", 1)[0].strip()


@dataclass(frozen=True, slots=True)
class JournalDraft:
    """An entry being written and not saved yet, kept so a crash or a logout does not take it."""

    entry_id: str | None  # the saved entry being edited; None for a new one
    day: date
    prompt: Prompt | None
    text: str


def write_entry(now: datetime, day: date, text: str, prompt: Prompt | None = None) -> JournalEntry:
    """A new entry about `day`, written now."""
    check_day(day, now)
    return JournalEntry(id=new_id(), day=day, written_at=now, text=text, prompt=prompt)


def edit_entry(
    entry: JournalEntry, now: datetime, day: date, text: str, prompt: Prompt | None
) -> JournalEntry:
    """The entry with new contents; the entry itself when nothing changed."""
    check_day(day, now)
    edited = replace(entry, day=day, text=text, prompt=prompt, edited_at=now)
    if (edited.day, edited.text, edited.prompt) == (entry.day, entry.text, entry.prompt):
        return entry
    return edited


def find_entry(entries: Iterable[JournalEntry], entry_id: str) -> JournalEntry:
    for entry in entries:
        if entry.id == entry_id:
            return entry
    raise InvalidEntry(
        Said(
            QT_TRANSLATE_NOOP("InvalidEntry", "there is no journal entry with the id {id}"),
            id=repr(entry_id),
        )
    )


def newest_first(entries: Iterable[JournalEntry]) -> tuple[JournalEntry, ...]:
    """By the day written about, latest first; entries about the same day, last written first."""
    return tuple(sorted(entries, key=lambda e: (e.day, e.written_at, e.id), reverse=True))


def search(
    entries: Iterable[JournalEntry],
    query: str,
    prompt_texts: Mapping[Prompt, str] | None = None,
) -> tuple[JournalEntry, ...]:
    """The entries holding every word of `query`, newest first.

    A word matches in the text or in the entry's prompt (its title and question, or the
    `prompt_texts` given, so a translated window finds the words it shows). Case and accents
    are ignored: "cafe" finds "Café".
    """
    words = _folded(query).split()
    if not words:
        return newest_first(entries)
    if prompt_texts is None:
        prompt_texts = {p: f"{PROMPT_TITLES[p]} {PROMPT_QUESTIONS[p]}" for p in Prompt}
    folded_prompts = {p: _folded(text) for p, text in prompt_texts.items()}

    def matches(entry: JournalEntry) -> bool:
        text = _folded(entry.text)
        prompt = folded_prompts.get(entry.prompt, "") if entry.prompt else ""
        return all(word in text or word in prompt for word in words)

    return newest_first(e for e in entries if matches(e))


def check_text(text: object) -> str:
    if not isinstance(text, str) or not text.strip():
        raise InvalidEntry(QT_TRANSLATE_NOOP("InvalidEntry", "a journal entry needs some text"))
    text = text.strip()
    if len(text) > MAX_TEXT_LENGTH:
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry",
                    "a journal entry can be at most {longest} characters; this one has {length}",
                ),
                longest=MAX_TEXT_LENGTH,
                length=len(text),
            )
        )
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise InvalidEntry(
                QT_TRANSLATE_NOOP("InvalidEntry", "a journal entry must be valid UTF-8 text")
            ) from None
    return text


def check_day(day: date, now: datetime) -> date:
    today = local_date(now, zone_of(now))
    if type(day) is not date:
        raise InvalidEntry(
            QT_TRANSLATE_NOOP("InvalidEntry", "a journal entry is about a calendar date")
        )
    if day > today:
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry",
                    "a journal entry cannot be dated in the future (today is {today})",
                ),
                today=today,
            )
        )
    return day


def _prompt(value: object) -> Prompt:
    known = _PROMPTS.get(value) if isinstance(value, str) else None
    if known is None:
        allowed = ", ".join(p.value for p in Prompt)
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry", "{value} is not a known prompt; allowed: {allowed}"
                ),
                value=repr(value),
                allowed=allowed,
            )
        )
    return known


@lru_cache(maxsize=2048)  # the list is searched again at every keystroke
def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
