"""What the ride-it-out panel offers: goals, the user's own reasons and messages, a friend."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.events import Urge
from app.domain.goals import STARTER_GOALS, suggestion
from app.domain.journal import REASON_LABELS, BreakupReason, JournalEntry, Prompt, write_entry
from app.domain.logbook import Logbook
from app.domain.preferences import Preferences
from app.domain.ride_it_out import (
    ELLIPSIS,
    MAX_SHOWN_LENGTH,
    TEXT_A_FRIEND,
    Kind,
    Suggestion,
    trimmed,
    what_to_hold_onto,
)
from tests.domain.support import BERLIN, an_urge, later, local

NOW = local(BERLIN, 2026, 3, 1, 21, 30)
TODAY = date(2026, 3, 1)
TURNS = range(48)

SELF_HARM = "I can't do this any more, I want to kill myself"
WATCHING = "I'll wait outside your flat until you come out"


def _unsent(message: str, days_ago: int = 1, *, resisted: bool = True) -> Urge:
    return replace(an_urge(later(NOW, days=-days_ago)), unsent_message=message, resisted=resisted)


def _why_ended(text: str, days_ago: int = 1) -> JournalEntry:
    written = later(NOW, days=-days_ago)
    return write_entry(written, written.date(), text, Prompt.WHY_ENDED)


def _logbook(
    *,
    unsent: tuple[str, ...] = (),
    written: tuple[str, ...] = (),
    reasons: frozenset[BreakupReason] = frozenset(),
    goals: bool = True,
    preferences: Preferences | None = None,
) -> Logbook:
    return Logbook(
        events=tuple(_unsent(m, days_ago=i + 1) for i, m in enumerate(unsent)),
        goals=STARTER_GOALS if goals else (),
        journal=tuple(_why_ended(t, days_ago=i + 1) for i, t in enumerate(written)),
        breakup_reasons=reasons,
        preferences=preferences or Preferences(),
    )


def _over_turns(logbook: Logbook) -> list[Suggestion]:
    return [what_to_hold_onto(logbook, TODAY, turn) for turn in TURNS]


def _texts(logbook: Logbook, kind: Kind) -> set[str]:
    return {s.text for s in _over_turns(logbook) if s.kind is kind}


FULL = _logbook(
    unsent=("I miss you", "Can we talk tonight?"),
    written=("We kept having the same fight about moving.\nAnd then the silence.",),
    reasons=frozenset({BreakupReason.LIFE_GOALS, BreakupReason.RESENTMENT}),
)


def test_every_kind_appears_over_several_turns() -> None:
    shown = _over_turns(FULL)

    assert {s.kind for s in shown} == set(Kind)
    assert _texts(FULL, Kind.UNSENT_MESSAGE) == {"I miss you", "Can we talk tonight?"}
    assert _texts(FULL, Kind.WHY_IT_ENDED) == {"We kept having the same fight about moving."}
    assert _texts(FULL, Kind.REASON) == {
        REASON_LABELS[BreakupReason.LIFE_GOALS],
        REASON_LABELS[BreakupReason.RESENTMENT],
    }
    assert TEXT_A_FRIEND in shown


def test_every_other_turn_is_one_of_the_user_s_goals_as_suggestion_picks_it() -> None:
    for turn in range(0, 12, 2):
        expected = suggestion(FULL.goals, FULL.completions, TODAY, turn // 2)
        assert expected is not None
        assert what_to_hold_onto(FULL, TODAY, turn) == Suggestion(Kind.GOAL, expected.title)
    assert all(what_to_hold_onto(FULL, TODAY, t).kind is not Kind.GOAL for t in range(1, 12, 2))


def test_successive_turns_differ_and_the_same_turn_always_gives_the_same() -> None:
    shown = _over_turns(FULL)

    assert all(a != b for a, b in pairwise(shown))
    assert shown == _over_turns(FULL)


def test_the_others_take_turns_kind_by_kind() -> None:
    odd = [what_to_hold_onto(FULL, TODAY, turn).kind for turn in range(1, 12, 2)]

    # What they wrote and what they ticked are both their reasons: they share one place.
    assert odd == [
        Kind.WHY_IT_ENDED,
        Kind.UNSENT_MESSAGE,
        Kind.TEXT_A_FRIEND,
        Kind.REASON,
        Kind.UNSENT_MESSAGE,
        Kind.TEXT_A_FRIEND,
    ]


def test_newest_unsent_message_comes_first() -> None:
    assert what_to_hold_onto(FULL, TODAY, 3) == Suggestion(Kind.UNSENT_MESSAGE, "I miss you")
    assert what_to_hold_onto(FULL, TODAY, 9) == Suggestion(
        Kind.UNSENT_MESSAGE, "Can we talk tonight?"
    )


def test_without_goals_every_turn_goes_to_the_others() -> None:
    logbook = _logbook(unsent=("I miss you",), goals=False)

    assert [what_to_hold_onto(logbook, TODAY, t) for t in range(4)] == [
        Suggestion(Kind.UNSENT_MESSAGE, "I miss you"),
        TEXT_A_FRIEND,
    ] * 2


def test_with_nothing_of_their_own_a_friend_is_offered() -> None:
    assert {what_to_hold_onto(Logbook(goals=()), TODAY, t) for t in TURNS} == {TEXT_A_FRIEND}


def test_a_new_logbook_alternates_goals_and_texting_a_friend() -> None:
    kinds = [s.kind for s in _over_turns(Logbook())]

    assert kinds == [Kind.GOAL, Kind.TEXT_A_FRIEND] * (len(TURNS) // 2)


@pytest.mark.parametrize("crisis", [SELF_HARM, WATCHING])
def test_words_about_harm_or_watching_them_are_never_shown(crisis: str) -> None:
    logbook = _logbook(unsent=("I miss you", crisis), written=(crisis, "We wanted different lives"))

    shown = " ".join(s.text for s in _over_turns(logbook))

    assert crisis not in shown
    assert _texts(logbook, Kind.UNSENT_MESSAGE) == {"I miss you"}
    assert _texts(logbook, Kind.WHY_IT_ENDED) == {"We wanted different lives"}


def test_an_entry_with_harm_past_its_first_line_is_left_out_whole() -> None:
    logbook = _logbook(written=(f"It was the drinking.\n{SELF_HARM}",), goals=False)

    assert _texts(logbook, Kind.WHY_IT_ENDED) == set()


@pytest.mark.parametrize(
    "healing",
    [
        {"reasons": frozenset({BreakupReason.ABUSE})},
        {"reasons": frozenset({BreakupReason.BETRAYAL})},
        {"preferences": Preferences(relationship_unsafe=True)},
        {"preferences": Preferences(relationship_betrayal=True)},
    ],
    ids=["abuse", "betrayal", "unsafe-setting", "betrayal-setting"],
)
def test_when_healing_comes_first_an_unsent_message_is_never_shown(healing: dict[str, Any]) -> None:
    logbook = _logbook(unsent=("I miss you",), written=("He lied, again and again.",), **healing)

    shown = _over_turns(logbook)

    assert Kind.UNSENT_MESSAGE not in {s.kind for s in shown}
    assert "I miss you" not in " ".join(s.text for s in shown)
    # Their own reasons and their goals still help them hold on.
    assert {Kind.GOAL, Kind.WHY_IT_ENDED, Kind.TEXT_A_FRIEND} <= {s.kind for s in shown}


def test_healing_reasons_ticked_are_the_user_s_own_reasons_too() -> None:
    logbook = _logbook(reasons=frozenset({BreakupReason.ABUSE}), goals=False)

    assert _texts(logbook, Kind.REASON) == {REASON_LABELS[BreakupReason.ABUSE]}


def test_something_else_says_nothing_to_hold_onto() -> None:
    logbook = _logbook(reasons=frozenset({BreakupReason.OTHER}), goals=False)

    assert {s.kind for s in _over_turns(logbook)} == {Kind.TEXT_A_FRIEND}


def test_only_entries_written_under_why_did_it_end_count() -> None:
    other = write_entry(NOW, TODAY, "I walked by the river.", Prompt.FOR_MYSELF)
    unprompted = write_entry(NOW, TODAY, "A long day.")
    logbook = Logbook(goals=(), journal=(other, unprompted))

    assert {s.kind for s in _over_turns(logbook)} == {Kind.TEXT_A_FRIEND}


def test_blank_unsent_messages_are_ignored() -> None:
    logbook = _logbook(unsent=("   ", "\n\t \n", ""), goals=False)

    assert {s.kind for s in _over_turns(logbook)} == {Kind.TEXT_A_FRIEND}


def test_an_urge_that_did_not_pass_offers_no_message() -> None:
    logbook = Logbook(events=(_unsent("Can I call you?", resisted=False),), goals=())

    assert _texts(logbook, Kind.UNSENT_MESSAGE) == set()


def test_the_same_words_written_twice_are_offered_once() -> None:
    logbook = _logbook(unsent=("I miss you", "i miss you ", "Are you ok?"), goals=False)

    assert _texts(logbook, Kind.UNSENT_MESSAGE) == {"I miss you", "Are you ok?"}


def test_a_message_on_several_lines_is_shown_on_one() -> None:
    logbook = _logbook(unsent=("I miss you.\n\nI'm sorry   for everything.",), goals=False)

    assert _texts(logbook, Kind.UNSENT_MESSAGE) == {"I miss you. I'm sorry for everything."}


def test_a_long_message_is_trimmed_at_a_word_with_an_ellipsis() -> None:
    message = " ".join(["I keep thinking about the summer we had by the lake"] * 10)
    logbook = _logbook(unsent=(message,), goals=False)

    (shown,) = _texts(logbook, Kind.UNSENT_MESSAGE)

    assert len(shown) <= MAX_SHOWN_LENGTH
    assert shown.endswith(ELLIPSIS)
    kept = shown.removesuffix(ELLIPSIS)
    assert message.startswith(kept)
    assert message[len(kept)] == " "  # cut between words, not inside one


def test_short_text_is_left_as_it_is() -> None:
    assert trimmed("We wanted different lives.") == "We wanted different lives."
    assert trimmed("x" * MAX_SHOWN_LENGTH) == "x" * MAX_SHOWN_LENGTH


def test_one_very_long_word_is_cut_where_it_must_be() -> None:
    assert trimmed("a" * 500) == "a" * (MAX_SHOWN_LENGTH - 1) + ELLIPSIS


def test_no_trailing_comma_before_the_ellipsis() -> None:
    assert trimmed("one two, three", limit=10) == "one two" + ELLIPSIS


@given(st.text(alphabet=st.sampled_from("ab ,.\n\t-é"), max_size=400))
def test_trimmed_text_is_never_too_long_and_never_blank_when_there_were_words(text: str) -> None:
    shown = trimmed(text)

    assert len(shown) <= MAX_SHOWN_LENGTH
    assert bool(shown.strip()) == bool(text.strip())
    assert "\n" not in shown


def test_a_suggestion_never_has_blank_text() -> None:
    with pytest.raises(ValueError):
        Suggestion(Kind.UNSENT_MESSAGE, "  ")
    with pytest.raises(ValueError):
        Suggestion(Kind.TEXT_A_FRIEND, "anything")
    with pytest.raises(ValueError):
        Suggestion(Kind.REASON, "We grew apart")  # which reason it is goes with it
