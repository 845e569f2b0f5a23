"""The journal: writing and editing entries, their rules, search, and putting healing first."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from app.domain.errors import InvalidEntry
from app.domain.journal import (
    MAX_TEXT_LENGTH,
    PROMPT_QUESTIONS,
    PROMPT_TITLES,
    REASON_LABELS,
    BreakupReason,
    JournalEntry,
    Prompt,
    check_reasons,
    edit_entry,
    find_entry,
    newest_first,
    offered_prompts,
    search,
    write_entry,
)
from app.domain.logbook import Logbook, new_entries
from app.domain.preferences import Preferences
from app.domain.safety import healing_first
from tests.domain.support import BERLIN, NEW_YORK, later, local

NOW = local(BERLIN, 2026, 3, 1, 21, 30)
TODAY = date(2026, 3, 1)


def test_an_entry_is_written_now_about_a_day() -> None:
    entry = write_entry(NOW, TODAY, "  Walked by the river.\nFelt lighter.  ", Prompt.FOR_MYSELF)

    assert entry.day == TODAY
    assert entry.written_at == NOW
    assert entry.edited_at is None
    assert entry.prompt is Prompt.FOR_MYSELF
    assert entry.text == "Walked by the river.\nFelt lighter."  # the edges are trimmed
    assert entry.first_line == "Walked by the river."
    assert write_entry(NOW, TODAY, "again").id != write_entry(NOW, TODAY, "again").id


def test_an_entry_can_be_about_an_earlier_day_but_not_a_later_one() -> None:
    assert write_entry(NOW, TODAY - timedelta(days=40), "looking back").day == date(2026, 1, 20)
    with pytest.raises(InvalidEntry, match=r"cannot be dated in the future \(today is 2026-03-01"):
        write_entry(NOW, TODAY + timedelta(days=1), "not yet")


def test_today_is_the_local_date_where_the_user_is() -> None:
    # 21:30 on 1 March in New York is already 2 March in Berlin, but not there.
    evening_there = local(NEW_YORK, 2026, 3, 1, 21, 30)
    assert write_entry(evening_there, TODAY, "late").day == TODAY
    with pytest.raises(InvalidEntry, match="future"):
        write_entry(evening_there, date(2026, 3, 2), "tomorrow there")


@pytest.mark.parametrize("text", ["", "   ", "\n\t\n"])
def test_an_entry_needs_some_text(text: str) -> None:
    with pytest.raises(InvalidEntry, match="needs some text"):
        write_entry(NOW, TODAY, text)


def test_an_entry_has_a_maximum_length() -> None:
    assert len(write_entry(NOW, TODAY, "a" * MAX_TEXT_LENGTH).text) == MAX_TEXT_LENGTH
    with pytest.raises(InvalidEntry, match=f"at most {MAX_TEXT_LENGTH:,} characters"):
        write_entry(NOW, TODAY, "a" * (MAX_TEXT_LENGTH + 1))


def test_text_that_is_not_utf8_is_refused() -> None:
    with pytest.raises(InvalidEntry, match="UTF-8"):
        write_entry(NOW, TODAY, "broken \udcff")


def test_the_rules_hold_for_entries_read_back_too() -> None:
    good = write_entry(NOW, TODAY, "fine")
    with pytest.raises(InvalidEntry, match="future"):
        replace(good, day=TODAY + timedelta(days=1))
    with pytest.raises(InvalidEntry, match="known prompt; allowed: why_back"):
        replace(good, prompt="regrets")  # type: ignore[arg-type]
    with pytest.raises(InvalidEntry, match="time zone"):
        replace(good, written_at=NOW.replace(tzinfo=None))
    with pytest.raises(InvalidEntry, match="calendar date"):
        replace(good, day=NOW)
    assert replace(good, prompt="why_ended").prompt is Prompt.WHY_ENDED  # type: ignore[arg-type]


def test_editing_changes_the_contents_and_keeps_when_it_was_written() -> None:
    entry = write_entry(NOW, TODAY, "first draft", Prompt.WHY_ENDED)
    an_hour_on = later(NOW, hours=1)

    edited = edit_entry(entry, an_hour_on, TODAY - timedelta(days=1), "second draft", None)

    assert edited.id == entry.id
    assert edited.written_at == NOW
    assert edited.edited_at == an_hour_on
    assert (edited.day, edited.text, edited.prompt) == (date(2026, 2, 28), "second draft", None)


def test_an_edit_that_changes_nothing_keeps_the_entry_as_it_was() -> None:
    entry = write_entry(NOW, TODAY, "the same")
    assert edit_entry(entry, later(NOW, hours=1), TODAY, "the same  ", None) is entry


def test_an_edit_checks_the_rules_too() -> None:
    entry = write_entry(NOW, TODAY, "text")
    with pytest.raises(InvalidEntry, match="needs some text"):
        edit_entry(entry, NOW, TODAY, " ", None)
    with pytest.raises(InvalidEntry, match="future"):
        edit_entry(entry, NOW, TODAY + timedelta(days=1), "text", None)


def test_an_entry_is_found_by_id_and_a_missing_one_is_reported() -> None:
    entry = write_entry(NOW, TODAY, "here")
    assert find_entry([entry], entry.id) is entry
    assert Logbook(journal=(entry,)).find_journal_entry(entry.id) is entry
    with pytest.raises(InvalidEntry, match="no journal entry"):
        Logbook(journal=(entry,)).find_journal_entry("missing")


def test_newest_first_orders_by_day_then_by_when_written() -> None:
    older_day = write_entry(later(NOW, hours=2), TODAY - timedelta(days=3), "about Thursday")
    morning = write_entry(local(BERLIN, 2026, 3, 1, 8, 0), TODAY, "morning")
    evening = write_entry(NOW, TODAY, "evening")

    assert newest_first([older_day, morning, evening]) == (evening, morning, older_day)


JOURNAL: tuple[JournalEntry, ...] = (
    write_entry(local(BERLIN, 2026, 2, 20, 9), date(2026, 2, 20), "Coffee at the Café alone."),
    write_entry(local(BERLIN, 2026, 2, 25, 9), date(2026, 2, 25), "I miss the ROUTINE, mostly."),
    write_entry(NOW, TODAY, "Ran five kilometres.", Prompt.FOR_MYSELF),
)


def test_search_ignores_case_and_accents() -> None:
    cafe, routine, _ = JOURNAL
    assert search(JOURNAL, "cafe") == (cafe,)
    assert search(JOURNAL, "CAFÉ alone") == (cafe,)
    assert search(JOURNAL, "routine") == (routine,)


def test_search_needs_every_word_somewhere_in_the_entry() -> None:
    _, routine, _ = JOURNAL
    assert search(JOURNAL, "miss mostly") == (routine,)
    assert search(JOURNAL, "miss coffee") == ()


def test_search_finds_words_of_the_prompt() -> None:
    *_, ran = JOURNAL
    assert search(JOURNAL, "myself") == (ran,)
    assert search(JOURNAL, "myself kilometres") == (ran,)
    # A translated window passes the words it shows.
    assert search(JOURNAL, "mich", {Prompt.FOR_MYSELF: "Was tue ich für mich?"}) == (ran,)
    assert search(JOURNAL, "myself", {Prompt.FOR_MYSELF: "Was tue ich für mich?"}) == ()


def test_an_empty_search_lists_everything_newest_first() -> None:
    cafe, routine, ran = JOURNAL
    assert search(JOURNAL, "") == (ran, routine, cafe)
    assert search(JOURNAL, "   ") == (ran, routine, cafe)
    assert search(JOURNAL, "e") == (ran, routine, cafe)


def test_every_prompt_and_reason_has_its_words() -> None:
    assert set(PROMPT_TITLES) == set(PROMPT_QUESTIONS) == set(Prompt)
    assert set(REASON_LABELS) == set(BreakupReason)
    assert REASON_LABELS[BreakupReason.ABUSE] == "It was abusive or controlling, or I felt unsafe"
    assert REASON_LABELS[BreakupReason.BETRAYAL] == "Betrayal, or constant disrespect"
    # The stored values never change; new ones only come after them.
    assert [p.value for p in Prompt] == [
        "why_back",
        "why_ended",
        "my_part",
        "for_myself",
        "what_i_deserve",
        "feeling_steady",
        "on_my_side",
    ]


def test_reasons_are_checked() -> None:
    assert check_reasons(["distance", BreakupReason.ABUSE]) == {
        BreakupReason.DISTANCE,
        BreakupReason.ABUSE,
    }
    with pytest.raises(InvalidEntry, match="'boredom' is not a known reason; allowed: grew_apart"):
        check_reasons(["boredom"])


def test_healing_comes_first_when_the_abuse_reason_is_chosen() -> None:
    assert not healing_first(Logbook())
    assert not healing_first(Logbook(breakup_reasons=frozenset({BreakupReason.DISTANCE})))
    chosen = frozenset({BreakupReason.DISTANCE, BreakupReason.ABUSE})
    assert healing_first(Logbook(breakup_reasons=chosen))


def test_healing_comes_first_when_settings_say_the_relationship_was_unsafe() -> None:
    assert healing_first(Logbook(preferences=Preferences(relationship_unsafe=True)))
    assert not Preferences().relationship_unsafe


HEALING = (Prompt.WHAT_I_DESERVE, Prompt.FEELING_STEADY, Prompt.ON_MY_SIDE)


def test_the_ordinary_prompts_are_the_honest_questions() -> None:
    assert offered_prompts(False) == (
        Prompt.WHY_BACK,
        Prompt.WHY_ENDED,
        Prompt.MY_PART,
        Prompt.FOR_MYSELF,
    )


def test_healing_first_asks_healing_questions_instead_of_reconnection_ones() -> None:
    offered = offered_prompts(True)

    assert offered == (*HEALING, Prompt.FOR_MYSELF)
    # Wanting them back, one's own part, and arguments as shared fault are never asked.
    for reconnecting in (Prompt.WHY_BACK, Prompt.MY_PART, Prompt.WHY_ENDED):
        assert reconnecting not in offered
    for prompt in offered:
        asked = f"{PROMPT_TITLES[prompt]} {PROMPT_QUESTIONS[prompt]}".lower()
        for word in ("want them back", "my part", "did i bring", "arguments", "miss"):
            assert word not in asked, (prompt, word)


def test_the_healing_prompts_are_not_offered_for_an_ordinary_breakup() -> None:
    assert not set(HEALING) & set(offered_prompts(False))


def test_the_ordinary_questions_assume_no_shared_home_and_use_their_own_words() -> None:
    assert "empty room" not in PROMPT_QUESTIONS[Prompt.WHY_BACK]
    assert "stop showing up" not in PROMPT_QUESTIONS[Prompt.MY_PART]


def test_an_older_entry_keeps_its_prompt_whatever_is_offered_now() -> None:
    written = write_entry(NOW, TODAY, "Written before I named it.", Prompt.WHY_BACK)
    assert Prompt.WHY_BACK not in offered_prompts(True)

    edited = edit_entry(written, later(NOW, minutes=5), TODAY, "Still mine.", written.prompt)

    assert edited.prompt is Prompt.WHY_BACK
    assert PROMPT_TITLES[edited.prompt] == "Why do I want them back?"
    assert search((edited,), "want them back") == (edited,)


def test_an_import_adds_journal_entries_and_reasons_that_are_missing() -> None:
    mine = write_entry(NOW, TODAY, "mine")
    theirs = write_entry(NOW, TODAY, "from the export")
    changed_there = replace(mine, text="another version")
    here = Logbook(journal=(mine,), breakup_reasons=frozenset({BreakupReason.DISTANCE}))
    incoming = Logbook(
        journal=(changed_there, theirs),
        breakup_reasons=frozenset({BreakupReason.DISTANCE, BreakupReason.ABUSE}),
    )

    added = new_entries(here, incoming, NOW)

    assert added.journal == (theirs,)  # the entry here keeps its own text
    assert added.breakup_reasons == {BreakupReason.ABUSE}
    assert not added.is_empty
    assert new_entries(incoming, incoming, NOW).is_empty


def test_an_import_with_a_journal_entry_written_in_the_future_is_refused() -> None:
    ahead = write_entry(later(NOW, minutes=6), TODAY, "not yet")
    with pytest.raises(InvalidEntry, match="future"):
        new_entries(Logbook(), Logbook(journal=(ahead,)), NOW)
