"""The message checker on a table of drafts: what it notices in a first message, and on which line.

It only advises, so the table holds light messages that must pass quietly as well as the ones the
guidance warns about: the breakup, feelings, heavy or repeated apology, old arguments, guilt,
jealousy, pressure and invitations. Words of crisis stand alone (tests/domain/test_crisis.py holds
their wide table).
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.message_check import (
    MAX_QUESTIONS,
    MAX_WORDS,
    Notice,
    NoticeKind,
    check_message,
    word_count,
)

CRISIS = NoticeKind.CRISIS
LONG = NoticeKind.TOO_LONG
BREAKUP = NoticeKind.BREAKUP_TALK
FEELINGS = NoticeKind.FEELINGS
APOLOGY = NoticeKind.APOLOGY
ARGUMENT = NoticeKind.OLD_ARGUMENTS
GUILT = NoticeKind.GUILT
JEALOUSY = NoticeKind.JEALOUSY
PRESSURE = NoticeKind.PRESSURE
INVITATION = NoticeKind.INVITATION

LIGHT = "Hey, I saw a poster for that band we both liked and thought of you. Hope you're well."
# About seventy friendly words, none of them a warning sign: only the length is noticed.
RAMBLING = (
    "Hey, I hope this finds you well. I walked past the old bakery on the corner today and the "
    "smell of cinnamon buns took me straight back to those slow Sunday mornings. They have "
    "painted the door green now, and there is a little bench outside where people sit with "
    "coffee. I have been running most mornings and reading a lot more, mostly old detective "
    "novels. Anyway, it made me smile and I thought you might like to know."
)

Expected = list[tuple[NoticeKind, int | None]]

DRAFTS: list[tuple[str, str, Expected]] = [
    # nothing to say
    ("empty", "", []),
    ("only spaces and breaks", "   \n\t \r\n ", []),
    ("a light check-in", LIGHT, []),
    ("an open easy question", "Hey! How have you been?", []),
    ("news about a band is not the breakup", "Did you hear the band broke up? Wild.", []),
    ("a word that only contains 'us again'", "I'm trying to focus again on work, it helps.", []),
    ("a fond shared memory", "Remember when you got us lost in Lisbon? Still makes me laugh.", []),
    ("a light question about them", "Do you still play guitar?", []),
    ("two easy questions", "How are you? How's the new job going?", []),
    # too long
    ("a long message", RAMBLING, [(LONG, None)]),
    ("a long message with a plea", RAMBLING + "\nPlease reply.", [(LONG, None), (PRESSURE, 2)]),
    # the breakup and getting back together
    ("asking to get back together", "Can we get back together?", [(BREAKUP, 1), (PRESSURE, 1)]),
    ("us again", "I keep picturing us again at the lake.", [(BREAKUP, 1)]),
    ("love, in capitals", "I STILL LOVE YOU", [(FEELINGS, 1)]),
    ("the breakup as a date", "Since we broke up I've started running.", [(BREAKUP, 1)]),
    ("another chance", "Maybe we could give us another chance.", [(BREAKUP, 1)]),
    ("meant to be", "I really think we were meant to be.", [(BREAKUP, 1)]),
    # feelings for them
    ("i miss you", "I miss you.", [(FEELINGS, 1)]),
    ("miss you, at the start", "Hey, miss you loads.", [(FEELINGS, 1)]),
    ("missing the two of you", "I miss us.", [(FEELINGS, 1)]),
    ("every day", "I think about you every day.", [(FEELINGS, 1)]),
    ("can't stop", "I can\u2019t stop thinking about you", [(FEELINGS, 1)]),
    ("a light memory is not a feeling to answer", "Saw this and thought of you.", []),
    ("missing them at a party is news", "Sorry I missed you at the party, Sam said hi.", []),
    ("i'd love you to... is not love", "I'd love you to see the garden now.", []),
    ("love your haircut", "I love your new haircut in that photo.", []),
    ("think of you as a friend", "I think of you as a good friend.", []),
    # apology
    ("one light sorry", "Sorry it's been so long. Hope you're well.", []),
    ("one light admission", "I was wrong about that film, it's great.", []),
    (
        "a light sorry on two lines",
        "Sorry for the late reply.\nSorry, I know this is random.",
        [(APOLOGY, 1), (APOLOGY, 2)],
    ),
    ("two light apologies on one line", "My fault, I forgot. Sorry!", [(APOLOGY, 1)]),
    ("a heavy sorry", "I'm so sorry.", [(APOLOGY, 1)]),
    ("a heavy sorry, curly apostrophe", "I\u2019m really sorry for everything.", [(APOLOGY, 1)]),
    ("asking forgiveness", "Please forgive me.", [(APOLOGY, 1)]),
    ("sympathy is not apology", "I'm so sorry to hear about your dog. He was the best.", []),
    (
        "sympathy and one light sorry",
        "Sorry to hear about your dog. Sorry it took me so long to write.",
        [],
    ),
    ("self-blame without apostrophes", "I dont deserve you.", [(APOLOGY, 1)]),
    # old arguments
    ("you always", "You always had to be right.", [(ARGUMENT, 1)]),
    ("blame", "It was your fault, not mine.", [(ARGUMENT, 1)]),
    ("reassurance is not blame", "It wasn\u2019t your fault.", []),
    ("an old remark", "Remember when you said I'd never finish it? I did.", [(ARGUMENT, 1)]),
    ("you left me", "You left me when I needed you.", [(ARGUMENT, 1)]),
    ("news, not a grievance", "You left me a voicemail ages ago, I finally heard it.", []),
    # guilt
    ("all i've done", "After all I've done for you.", [(GUILT, 1)]),
    ("you can't even", "You can't even reply to a text.", [(GUILT, 1)]),
    ("i hope you're happy, flatly", "Well. I hope you\u2019re happy.", [(GUILT, 1)]),
    ("thanks to you", "Thanks to you I can't sleep.", [(GUILT, 1)]),
    ("you don't care", "You dont care.", [(GUILT, 1)]),
    ("a real wish", "I hope you're happy in the new flat.", []),
    ("can't even tell, as news", "You can't even tell the door was repainted.", []),
    ("care for olives", "You don't care for olives, right?", []),
    # jealousy
    ("someone new", "I've been seeing someone new.", [(JEALOUSY, 1)]),
    ("a date", "I went on a date last week.", [(JEALOUSY, 1)]),
    ("a new girlfriend", "My new girlfriend says hi.", [(JEALOUSY, 1)]),
    ("life without them", "Life is great without you.", [(JEALOUSY, 1)]),
    ("so much happier", "I'm so much happier now.", [(JEALOUSY, 1)]),
    ("i met someone, full stop", "I met someone.", [(JEALOUSY, 1)]),
    ("seeing a film", "I'm seeing a film tonight.", []),
    ("a new job", "My new job is great.", []),
    ("met someone who knows them", "I met someone who knows you at the climbing wall.", []),
    ("seeing a physio", "I've been seeing a physio for my knee.", []),
    ("better after the flu", "I'm feeling better now, the flu has gone.", []),
    # invitations
    (
        "at the pub if you want",
        "I'll be at the pub on Friday if you want to come.",
        [(INVITATION, 1)],
    ),
    ("coffee, as a question", "Want to grab a coffee?", [(INVITATION, 1)]),
    ("come over", "Come over sometime.", [(INVITATION, 1)]),
    ("coffee sometime", "Coffee sometime?", [(INVITATION, 1)]),
    ("we should", "We should catch up.", [(INVITATION, 1)]),
    ("asking to meet is pressure, once", "Can we meet this week?", [(PRESSURE, 1)]),
    ("coffee with a sister", "I went for a coffee with my sister.", []),
    ("someone else coming over", "My mum is coming over tonight.", []),
    ("their own coffee", "I want to grab a coffee before my shift.", []),
    ("come on", "Come on, that's hilarious.", []),
    ("if you want, as an offer", "If you want, I can send the photos.", []),
    # pressure
    ("please reply", "Please reply.", [(PRESSURE, 1)]),
    ("a talk and a deadline", "We need to talk. Call me by tonight.", [(PRESSURE, 1)]),
    ("a deadline by day", "Let me know before Friday.", [(PRESSURE, 1)]),
    ("a debt", "You owe me an explanation.", [(PRESSURE, 1)]),
    ("text me back", "Text me back.", [(PRESSURE, 1)]),
    ("call me, as a figure of speech", "Call me crazy, but I still have that mixtape.", []),
    ("why did you leave", "Why did you leave?", [(BREAKUP, 1), (PRESSURE, 1)]),
    ("their private life", "Are you seeing someone?", [(PRESSURE, 1)]),
    ("their feelings", "Do you still love me?", [(FEELINGS, 1), (PRESSURE, 1)]),
    ("piled question marks", "How have you been???", [(PRESSURE, 1)]),
    ("many questions on one line", "How are you? How's work? How's your sister?", [(PRESSURE, 1)]),
    (
        "many questions on many lines",
        "How are you?\nHow's work?\nHow's your sister?",
        [(PRESSURE, 1), (PRESSURE, 2), (PRESSURE, 3)],
    ),
    ("no need to reply", "No need to reply to this, just wanted to say hi.", []),
    ("don't feel you have to reply", "Don't feel like you have to reply.", []),
    ("an old greeting, not a why", "Why, hello there! How are you?", []),
    # crisis: alone, about the whole message, whatever else is there (see test_crisis.py)
    ("a suicide threat", "If you don't come back I'll kill myself.", [(CRISIS, None)]),
    ("watching them", "I know where you live now.\nPlease reply.", [(CRISIS, None)]),
    ("turning up, at length", RAMBLING + "\nI'm outside your house.", [(CRISIS, None)]),
    ("self-hatred is not an apology", "I'm so sorry. I hate myself.", [(CRISIS, None)]),
    # several at once
    (
        "a letter with a line for each",
        "Hey, it's been a while.\n"
        "I saw that café we liked reopened.\n"
        "I'm so sorry about everything.\n"
        "Why won't you answer me?\n"
        "You never listened anyway.",
        [(APOLOGY, 3), (PRESSURE, 4), (ARGUMENT, 5)],
    ),
    (
        "everything on one line",
        "You never listened, I'm so sorry, please can we get back together?",
        [(BREAKUP, 1), (APOLOGY, 1), (ARGUMENT, 1), (PRESSURE, 1)],
    ),
    (
        "windows and old mac line breaks",
        "Hi.\r\nHope you're well.\rWe need to talk.",
        [(PRESSURE, 3)],
    ),
]


def _seen(draft: str) -> Expected:
    return [(notice.kind, notice.line) for notice in check_message(draft)]


@pytest.mark.parametrize(("draft", "expected"), [d[1:] for d in DRAFTS], ids=[d[0] for d in DRAFTS])
def test_what_the_checker_notices_in_a_draft(draft: str, expected: Expected) -> None:
    assert _seen(draft) == expected


def test_the_table_covers_every_kind_noticed_and_passed() -> None:
    noticed = {kind for _, _, expected in DRAFTS for kind, _ in expected}
    assert noticed == set(NoticeKind)
    assert sum(1 for _, _, expected in DRAFTS if not expected) >= 10


def test_excerpts_quote_the_words_as_written_so_the_page_can_mark_them() -> None:
    draft = "Hey.\nI\u2019m SO sorry, please reply."
    apology, pressure = check_message(draft)
    line = draft.split("\n")[1]
    assert [e.text for e in apology.excerpts] == ["SO sorry"]
    assert [e.text for e in pressure.excerpts] == ["please reply"]
    for excerpt in (*apology.excerpts, *pressure.excerpts):
        assert line[excerpt.start : excerpt.end] == excerpt.text


def test_each_question_is_marked_on_its_own() -> None:
    (notice,) = check_message("How are you? How's work? How's your sister?")
    assert [e.text for e in notice.excerpts] == [
        "How are you?",
        "How's work?",
        "How's your sister?",
    ]


def test_a_message_is_too_long_only_past_the_word_limit() -> None:
    words = ["walk"] * MAX_WORDS
    assert check_message(" ".join(words)) == ()
    (notice,) = check_message(" ".join([*words, "home"]))
    assert notice.kind is LONG
    assert notice.line is None
    assert notice.excerpts == ()


def test_forty_words_is_the_limit() -> None:
    forty = (
        "Hey, I walked past the old bakery on the corner today and the smell of cinnamon took me "
        "straight back. They have painted the door green now. I hope you are well and that the "
        "new job is going nicely."
    )
    assert word_count(forty) == 40 == MAX_WORDS
    assert LONG not in {n.kind for n in check_message(forty)}
    assert _seen(forty + " Anyway.") == [(LONG, None)]


def test_words_are_counted_as_a_reader_counts_them() -> None:
    assert word_count("") == 0
    assert word_count("  \n ") == 0
    assert word_count("I don\u2019t know, I don't know!") == 6
    assert word_count("Hope you're well 🙂") == 3


def test_questions_are_noticed_only_past_the_limit() -> None:
    easy = ["How are you?", "How is the garden?", "How is your sister?", "Still cycling?"]
    assert check_message(" ".join(easy[:MAX_QUESTIONS])) == ()
    assert _seen(" ".join(easy[: MAX_QUESTIONS + 1])) == [(PRESSURE, 1)]


def test_every_kind_has_its_own_label_and_explanation() -> None:
    labels = {kind.label for kind in NoticeKind}
    explanations = {kind.explanation for kind in NoticeKind}
    assert len(labels) == len(explanations) == len(NoticeKind)
    for kind in NoticeKind:
        assert kind.label.strip() == kind.label != ""
        assert kind.explanation.endswith(".")
        assert len(kind.explanation.split()) >= 15
    notice = Notice(PRESSURE, 1)
    assert (notice.label, notice.explanation) == (PRESSURE.label, PRESSURE.explanation)


def test_a_pasted_essay_is_checked_quickly() -> None:
    essay = "and then I thought about the weekend " * 3000 + "can we " * 2000
    assert _seen(essay) == [(LONG, None)]


# Phrases from across the table, light and heavy, for drafts made of several lines.
FRAGMENTS = [
    "Hey",
    "How have you been?",
    "I'm so sorry",
    "sorry it's late",
    "why did you leave?",
    "you never listened",
    "please reply",
    "we were meant to be",
    "I saw the bakery reopened",
    "it wasn't your fault",
    "call me crazy",
    "are you seeing someone?",
    "focus again",
    "Sorry to hear about your dog.",
    "I miss you",
    "thought of you",
    "after all I've done for you",
    "I hope you're happy",
    "I went on a date",
    "if you want to come",
    "want to grab a coffee?",
]

lines_of_text = st.lists(
    st.text(st.characters(exclude_categories=("Cc", "Zl", "Zp")), max_size=80), max_size=6
)
lines_of_fragments = st.lists(
    st.lists(st.sampled_from(FRAGMENTS), max_size=4).map(", ".join), min_size=1, max_size=6
)


@given(st.text())
def test_any_text_is_checked_without_error_and_in_order(draft: str) -> None:
    notices = check_message(draft)
    lines = len(draft.splitlines()) + 1  # at least as many lines as the checker sees
    assert all(n.line is None or 1 <= n.line <= lines for n in notices)
    assert all((n.line is None) == (n.kind in {LONG, CRISIS}) for n in notices)
    assert all(n.kind is not CRISIS for n in notices) or notices == (Notice(CRISIS, None),)
    keys = [(n.line or 0, list(NoticeKind).index(n.kind)) for n in notices]
    assert keys == sorted(set(keys))


@given(st.one_of(lines_of_text, lines_of_fragments))
def test_every_excerpt_is_words_from_its_own_line(lines: list[str]) -> None:
    for notice in check_message("\n".join(lines)):
        if notice.line is None:
            continue
        line = lines[notice.line - 1]
        assert notice.excerpts
        for excerpt in notice.excerpts:
            assert line[excerpt.start : excerpt.end] == excerpt.text
            assert excerpt.text == excerpt.text.strip() != ""
        ends = [(e.start, e.end) for e in notice.excerpts]
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))


@given(lines_of_fragments)
def test_capitals_and_curly_apostrophes_change_nothing(lines: list[str]) -> None:
    draft = "\n".join(lines)
    seen = _seen(draft)
    assert _seen(draft.upper()) == seen
    assert _seen(draft.lower()) == seen
    assert _seen(draft.replace("'", "\u2019")) == seen
