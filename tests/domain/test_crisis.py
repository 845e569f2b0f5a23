"""Words about self-harm or suicide, threats, and watching or turning up where they are.

A false alarm tells someone with a friendly message that they are in crisis; a miss lets a goodbye
or a threat through as if it were a first message. So the table holds both, written the many ways
people write: capitals, missing and curly apostrophes, typos, slang, euphemism.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.crisis import crisis_in, plain_words
from app.domain.message_check import MAX_WORDS, Notice, NoticeKind, check_message

CRISIS = NoticeKind.CRISIS
ONLY_CRISIS = (Notice(CRISIS, None),)

# Each must be noticed, on its own line or anywhere in a draft.
CRISIS_DRAFTS = [
    # suicide, said directly
    "If you don't come back I'll kill myself.",
    "I want to die",
    "I WANT TO KILL MYSELF",
    "im going to kil myslef tonight",
    "Thinking about sucide a lot lately",
    "I've been feeling suicde for weeks",
    "honestly the suicidal thoughts won't stop",
    "I\u2019m going to end my life",
    "I want to take my own life.",
    "I can't do this any more, I want to kill myself",
    "i wish i was dead",
    "I'd be better off dead.",
    # indirect and euphemism
    "I won\u2019t be around much longer",
    "You'll be better off without me.",
    "I don't want to be here anymore",
    "I want to disappear forever",
    "There's no reason to live",
    "I just want to unalive myself",
    "honestly might just kms",
    "I'm going to end it all",
    "I want to go to sleep and not wake up",
    "This is goodbye forever.",
    "By the time you read this I'll be gone.",
    "you'll never have to worry about me again",
    "Its ok, you wont have to deal with me anymore",
    # methods
    "I could take all my pills tonight",
    "I've got a bottle of pills and I'm going to take them all",
    "thinking about taking an overdose",
    "I'm going to jump off a bridge",
    "I've been cutting myself again",
    "I want to hurt myself",
    "I'm going to hang myself",
    "I keep thinking about slitting my wrists",
    "I might do something stupid tonight",
    # hopelessness
    "Nothing will ever get better",
    "There's no point in anything anymore",
    "I can't go on.",
    "I cant go on like this",
    "Life isn't worth living without you",
    "What's the point of living",
    "I feel so hopeless",
    "I can\u2019t take it anymore",
    # self-hatred
    "I hate myself",
    "i hate myslef so much",
    "I'm worthless",
    "I feel like such a burden to everyone",
    "everyone would be better off",
    "Everybody would be better off without me",
    "No one would even notice if I was gone",
    "I don't deserve to live",
    # threats
    "You'll regret this.",
    "you'll pay for this",
    "I'll make you pay",
    "I'll hurt you",
    "I will hurt him",
    "ill hurt her if I see her with you",
    "I'll ruin your life",
    "Watch your back.",
    "You'd better answer me",
    "I'll find you.",
    "I'll post your nudes online",
    "I'll send everyone those naked pics of you",
    "I'll kill you",
    "im gonna kil him",
    "If I can't have you no one can",
    # watching and turning up
    "I know where you live now.",
    "I know where he lives",
    "I'm outside your house.",
    "Im outside your work",
    "I saw you with him last night",
    "I've been watching you",
    "I followed you home yesterday",
    "I drove past your place last night",
    "I'll be waiting outside",
    "I'll show up at your work tomorrow",
    "I'll wait outside your flat until you come out",
    "I'm parked across the road from your flat",
    "I KNOW WHERE YOU LIVE",
]

# Friendly drafts and idioms that must never be mistaken for a crisis.
FRIENDLY_DRAFTS = [
    "this heat is killing me",
    "dying to hear how the race went",
    "I nearly died laughing",
    "that joke killed me",
    "my phone is dying",
    "killing it at work",
    "I'd kill for a coffee",
    "I could murder a pizza",
    "bored to death",
    "the plants died while I was away",
    "I'm dead tired",
    "you'll regret not trying the cake",
    "I saw a film you'd love",
    "I drove past the old bakery",
    "I nearly killed myself laughing at that video",
    "I cut myself shaving this morning, classic.",
    "We went to see Suicide Squad again",
    "I ran 10 kms today",
    "I know where you're coming from.",
    "I'll find you a copy of that book.",
    "I'll shoot you a text later.",
    "I'll beat you at Scrabble next time!",
    "I followed you on Instagram, hope that's ok.",
    "I'm outside in the garden with a coffee.",
    "I'd rather die than run another marathon, ha.",
    "You'd better believe it",
    "Drop dead gorgeous photos from the wedding",
    "I can't go on Friday, sorry",
    "What's the point of the meeting?",
    "There's no point in worrying about it",
    "I'm hopeless at cooking",
    "Killing time before my train",
    "I'll be at the pub on Friday if you want to come",
    "I saw your sister at the market, she looked well.",
    "I'll hit you up when I'm in town",
    "I've been watching the new season you recommended",
    "The bridge near your old flat got repainted",
    "I've been killing myself at the gym lately",
    "I never wanted to hurt you",
    "Take care of yourself",
    "I'd die for a holiday right now",
    "The stain is going to disappear soon",
    "I saw you won the race, congrats!",
    "My sister will kill me for telling you this",
    "Hope the new job is going well!",
]


@pytest.mark.parametrize("draft", CRISIS_DRAFTS)
def test_crisis_words_are_noticed_and_stand_alone(draft: str) -> None:
    assert crisis_in(draft)
    assert check_message(draft) == ONLY_CRISIS


@pytest.mark.parametrize("draft", FRIENDLY_DRAFTS)
def test_friendly_drafts_and_idioms_are_not_a_crisis(draft: str) -> None:
    assert not crisis_in(draft)
    assert CRISIS not in {notice.kind for notice in check_message(draft)}


def test_the_tables_are_wide() -> None:
    assert len(set(CRISIS_DRAFTS)) == len(CRISIS_DRAFTS) >= 60
    assert len(set(FRIENDLY_DRAFTS)) == len(FRIENDLY_DRAFTS) >= 30


def test_capitals_apostrophes_and_punctuation_are_read_alike() -> None:
    assert plain_words("I\u2019M OUTSIDE your house!!") == "im outside your house ."
    assert plain_words("Don't  self-harm,\nplease") == "dont self harm . please"
    assert crisis_in("Im outside ur house")
    assert crisis_in("i dont want to be here any more")


def test_a_phrase_is_never_read_across_two_lines_or_clauses() -> None:
    assert not crisis_in("I saw you\nwith him")
    assert not crisis_in("You'll regret\nthis")
    assert crisis_in("Hello\nI can't go on\nFriday, sorry")  # the second line ends there


def test_a_crisis_in_a_long_draft_is_still_the_one_notice() -> None:
    filler = "We walked along the river and talked about the old days. " * 10
    draft = filler + "\nI want to kill myself.\n" + filler
    assert len(draft.split()) > MAX_WORDS
    assert check_message(draft) == ONLY_CRISIS


def test_the_crisis_notice_is_calm_and_gives_no_number() -> None:
    assert CRISIS.value == "crisis"
    assert CRISIS.label == "Please don't send this"
    explanation = CRISIS.explanation
    assert "not a message to send" in explanation
    assert "local emergency number or a crisis line" in explanation
    assert "someone you trust" in explanation
    assert len(explanation.splitlines()) == 2
    assert not any(character.isdigit() for character in explanation)


def test_a_pasted_essay_is_read_quickly() -> None:
    texts = [
        ("and then I thought about the weekend " * 600)[:20_000],
        ("i im ill you your post send show " * 700)[:20_000],
        ("kill " * 4000)[:20_000],
        ("x" * 20_000),
    ]
    started = time.perf_counter()
    assert not any(crisis_in(text) for text in texts)
    assert crisis_in(texts[0][:19_980] + " kill myself")
    assert time.perf_counter() - started < 2  # some milliseconds in practice


lines_of_text = st.lists(st.text(max_size=60), max_size=5)
friendly_lines = st.lists(st.sampled_from(FRIENDLY_DRAFTS), max_size=6)


@given(st.one_of(lines_of_text, friendly_lines), st.sampled_from(CRISIS_DRAFTS), st.data())
def test_a_crisis_line_anywhere_in_any_draft_is_always_noticed_alone(
    lines: list[str], crisis: str, data: st.DataObject
) -> None:
    where = data.draw(st.integers(0, len(lines)))
    draft = "\n".join([*lines[:where], crisis, *lines[where:]])
    assert crisis_in(draft)
    assert check_message(draft) == ONLY_CRISIS


@given(st.sampled_from(CRISIS_DRAFTS))
def test_capitals_and_curly_apostrophes_do_not_hide_a_crisis(crisis: str) -> None:
    for written in (crisis.upper(), crisis.lower(), crisis.replace("'", "\u2019")):
        assert check_message(written) == ONLY_CRISIS


@given(friendly_lines)
def test_friendly_lines_together_are_never_a_crisis(lines: list[str]) -> None:
    assert not crisis_in("\n".join(lines))
    assert not crisis_in(". ".join(lines))
