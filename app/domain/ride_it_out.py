"""What to hold onto while an urge passes: a goal, the user's own reasons, or a friend to text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.domain.crisis import crisis_in
from app.domain.events import Urge, recorded_order
from app.domain.goals import shown_title, suggestion
from app.domain.journal import REASON_LABELS, BreakupReason, Prompt, newest_first
from app.domain.logbook import Logbook
from app.domain.safety import healing_first

# Long enough for a sentence or two of the user's own words, short enough to read at a glance
# in the middle of an urge.
MAX_SHOWN_LENGTH = 160
ELLIPSIS = "…"


class Kind(StrEnum):
    GOAL = "goal"  # one of the user's goals, by its title
    REASON = "reason"  # a reason it ended they ticked in the journal, by its label
    WHY_IT_ENDED = "why_it_ended"  # the first line of what they wrote under "Why did it end?"
    UNSENT_MESSAGE = "unsent_message"  # a message they once wanted to send and kept instead
    TEXT_A_FRIEND = "text_a_friend"  # nothing of theirs: the UI words it


@dataclass(frozen=True, slots=True)
class Suggestion:
    """What the ride-it-out panel shows: a kind, and the user's words (or chosen label) for it.

    Every kind but TEXT_A_FRIEND carries text, never blank; TEXT_A_FRIEND carries none.
    """

    kind: Kind
    text: str = ""
    reason: BreakupReason | None = None  # for REASON, which one, so the UI can word its label

    def __post_init__(self) -> None:
        if (self.kind is Kind.TEXT_A_FRIEND) == bool(self.text.strip()):
            raise ValueError(f"a {self.kind.value} suggestion has the wrong text: {self.text!r}")
        if (self.kind is Kind.REASON) != (self.reason is not None):
            raise ValueError("only a reason suggestion names a reason")


TEXT_A_FRIEND = Suggestion(Kind.TEXT_A_FRIEND)

# "Something else" says nothing to hold onto.
_UNSHOWN_REASONS = frozenset({BreakupReason.OTHER})


def what_to_hold_onto(logbook: Logbook, today: date, turn: int) -> Suggestion:
    """Something to turn to while an urge passes; `turn` (say, the urges logged so far) rotates it.

    Even turns offer one of the user's goals, as `goals.suggestion` picks it; odd turns, or every
    turn when there are no goals, go round the user's own reasons it ended, their earlier unsent
    messages and texting a friend, one kind after another, each kind going round its own items.

    Only what the user wrote or chose is shown, never anything that speaks of harm or danger
    (`crisis_in`). When healing comes first an unsent message is never shown: it is written to
    the person who hurt them and would make the past look warmer than it was.
    """
    others_turn = turn  # with no goals to alternate with, every turn is the others' turn
    if logbook.goals:
        others_turn, odd = divmod(turn, 2)
        if not odd:
            goal = suggestion(logbook.goals, logbook.completions, today, others_turn)
            if goal is not None:
                return Suggestion(Kind.GOAL, shown_title(goal))
    kinds = [
        found
        for found in (
            own_reasons(logbook),
            () if healing_first(logbook) else unsent_messages(logbook),
            (TEXT_A_FRIEND,),
        )
        if found
    ]
    laps, index = divmod(others_turn, len(kinds))
    items = kinds[index]
    return items[laps % len(items)]


def own_reasons(logbook: Logbook) -> tuple[Suggestion, ...]:
    """What the user wrote under "Why did it end?", newest first, then the reasons they ticked."""
    written = tuple(
        Suggestion(Kind.WHY_IT_ENDED, shown)
        for entry in newest_first(logbook.journal)
        if entry.prompt is Prompt.WHY_ENDED
        and not crisis_in(entry.text)
        and (shown := trimmed(entry.first_line))
    )
    ticked = tuple(
        Suggestion(Kind.REASON, REASON_LABELS[reason], reason)
        for reason in BreakupReason
        if reason in logbook.breakup_reasons and reason not in _UNSHOWN_REASONS
    )
    return _distinct(written + ticked)


def unsent_messages(logbook: Logbook) -> tuple[Suggestion, ...]:
    """The messages the user wanted to send at urges that passed, newest first, each once."""
    # Only the few urges with a message are sorted and read, not years of urges without one.
    urges = sorted(
        (e for e in logbook.events if isinstance(e, Urge) and e.resisted and e.unsent_message),
        key=recorded_order,
        reverse=True,
    )
    return _distinct(
        tuple(
            Suggestion(Kind.UNSENT_MESSAGE, shown)
            for urge in urges
            if not crisis_in(urge.unsent_message) and (shown := trimmed(urge.unsent_message))
        )
    )


def trimmed(text: str, limit: int = MAX_SHOWN_LENGTH) -> str:
    """`text` on one line, cut at a word boundary with an ellipsis when longer than `limit`."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - len(ELLIPSIS) + 1]  # one past the room, to see if a word ends there
    space = cut.rfind(" ")
    # A single very long word is cut where it is rather than leaving almost nothing.
    cut = cut[:space] if space > limit // 2 else cut[:-1]
    return (cut.rstrip(" ,;:.-\u2013\u2014") or cut) + ELLIPSIS


def _distinct(suggestions: Sequence[Suggestion]) -> tuple[Suggestion, ...]:
    """The same words once only, so that successive turns show something else."""
    seen: set[str] = set()
    kept = []
    for item in suggestions:
        if item.text.casefold() not in seen:
            seen.add(item.text.casefold())
            kept.append(item)
    return tuple(kept)
