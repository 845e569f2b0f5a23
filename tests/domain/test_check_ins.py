"""The daily check-in: one a local date (across zones and daylight saving changes), checked
answers with messages that say what is allowed, and every action with its undo."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import intents
from app.domain.check_ins import (
    MAX_NOTE_LENGTH,
    MOOD_WORDS,
    PULL_WORDS,
    CheckIn,
    Mood,
    Pull,
    check_in_on,
)
from app.domain.errors import InvalidEntry
from app.domain.intents import Action, Change, apply
from app.domain.logbook import Logbook
from tests.domain.support import BERLIN, LORD_HOWE, NEW_YORK, ZONES, local

NOW = local(BERLIN, 2026, 3, 1, 20, 0)
TOKYO = ZoneInfo("Asia/Tokyo")


def _checked_in(
    logbook: Logbook, now: datetime, mood: int, pull: int, note: str | None = None
) -> tuple[Logbook, Change]:
    change = intents.check_in(logbook, now, Mood(mood), Pull(pull), note)
    return apply(logbook, *change.edits), change


def _undone(logbook: Logbook, change: Change, now: datetime = NOW) -> Logbook:
    assert change.undo is not None
    return apply(logbook, *change.undo(logbook, now).edits)


def test_a_check_in_is_about_the_local_date_it_was_made_on() -> None:
    logbook, _ = _checked_in(Logbook(), local(BERLIN, 2026, 3, 1, 23, 59), 3, 1, "a walk")

    (check_in,) = logbook.check_ins
    assert (check_in.day, check_in.mood, check_in.pull, check_in.note) == (
        date(2026, 3, 1),
        Mood.MIXED,
        Pull.LIGHT,
        "a walk",
    )
    assert (check_in.mood_word, check_in.pull_word) == ("up and down", "light")


def test_checking_in_again_the_same_day_changes_that_day_s_check_in() -> None:
    morning = local(BERLIN, 2026, 3, 1, 8, 0)
    logbook, first = _checked_in(Logbook(), morning, 2, 3, "rough night")
    logbook, second = _checked_in(logbook, morning + timedelta(hours=12), 4, 1)

    (check_in,) = logbook.check_ins
    assert second.action is Action.EDIT_CHECK_IN
    assert check_in.id == first.subject_id
    # The note stays when none is given; the check-in keeps the instant it was first made.
    assert (check_in.mood, check_in.pull, check_in.note, check_in.at) == (
        Mood.OKAY,
        Pull.LIGHT,
        "rough night",
        morning,
    )
    assert _undone(logbook, second).check_ins[0].mood is Mood.HARD


def test_a_check_in_given_the_same_answers_changes_nothing_and_leaves_nothing_to_undo() -> None:
    logbook, _ = _checked_in(Logbook(), NOW, 3, 1, "a walk")

    change = intents.check_in(logbook, NOW + timedelta(minutes=1), Mood(3), Pull(1), "a walk")

    assert (change.edits, change.undo) == ((), None)


def test_the_next_day_after_midnight_is_a_new_check_in() -> None:
    logbook, _ = _checked_in(Logbook(), local(BERLIN, 2026, 3, 1, 23, 59), 2, 2)
    logbook, change = _checked_in(logbook, local(BERLIN, 2026, 3, 2, 0, 1), 4, 0)

    assert change.action is Action.CHECK_IN
    assert [c.day for c in logbook.check_ins] == [date(2026, 3, 1), date(2026, 3, 2)]


@pytest.mark.parametrize(
    ("zone", "before", "after"),
    [
        # Berlin springs forward at 02:00 on 29 March and falls back at 03:00 on 25 October.
        (BERLIN, local(BERLIN, 2026, 3, 29, 1, 30), local(BERLIN, 2026, 3, 29, 23, 30)),
        (BERLIN, local(BERLIN, 2026, 10, 25, 2, 30), local(BERLIN, 2026, 10, 25, 2, 30, fold=1)),
        (NEW_YORK, local(NEW_YORK, 2026, 11, 1, 0, 30), local(NEW_YORK, 2026, 11, 1, 23, 59)),
        (LORD_HOWE, local(LORD_HOWE, 2026, 4, 5, 1, 45), local(LORD_HOWE, 2026, 4, 5, 22, 0)),
    ],
)
def test_a_day_with_a_clock_change_still_holds_one_check_in(
    zone: ZoneInfo, before: datetime, after: datetime
) -> None:
    logbook, _ = _checked_in(Logbook(), before, 1, 4)
    logbook, change = _checked_in(logbook, after, 5, 0)

    assert change.action is Action.EDIT_CHECK_IN
    (check_in,) = logbook.check_ins
    assert (check_in.day, check_in.mood) == (before.date(), Mood.GOOD)


def test_the_day_is_the_one_on_the_wall_clock_where_the_user_is() -> None:
    # Late Monday evening in Berlin is Tuesday morning in Tokyo: after flying there, it is a
    # new day, with a check-in of its own.
    monday_evening = local(BERLIN, 2026, 3, 2, 22, 0)
    logbook, _ = _checked_in(Logbook(), monday_evening, 3, 2)
    logbook, change = _checked_in(
        logbook, (monday_evening + timedelta(hours=1)).astimezone(TOKYO), 4, 1
    )

    assert change.action is Action.CHECK_IN
    assert [c.day for c in logbook.check_ins] == [date(2026, 3, 2), date(2026, 3, 3)]


def test_a_check_in_edited_from_a_zone_where_it_is_still_the_day_before_keeps_its_day() -> None:
    tokyo_morning = datetime(2026, 3, 3, 7, 0, tzinfo=TOKYO)  # 23:00 on 2 March in Berlin
    logbook, first = _checked_in(Logbook(), tokyo_morning, 2, 3)
    assert first.subject_id is not None

    change = intents.edit_check_in(
        logbook, tokyo_morning.astimezone(BERLIN), first.subject_id, Mood.OKAY, Pull.NONE
    )
    (check_in,) = apply(logbook, *change.edits).check_ins

    assert (check_in.day, check_in.mood) == (date(2026, 3, 3), Mood.OKAY)


@given(
    # Naive bounds, as hypothesis wants them, for wall-clock times in each zone.
    start=st.datetimes(
        min_value=datetime(2020, 1, 1),  # noqa: DTZ001
        max_value=datetime(2030, 12, 31),  # noqa: DTZ001
        timezones=st.sampled_from(ZONES),
    ),
    steps=st.lists(st.integers(min_value=0, max_value=30 * 60), min_size=1, max_size=12),
)
def test_however_often_one_checks_in_there_is_one_check_in_a_local_date(
    start: datetime, steps: list[int]
) -> None:
    logbook, now = Logbook(), start
    for minutes in steps:
        now += timedelta(minutes=minutes)
        logbook, _ = _checked_in(logbook, now, 1 + minutes % 5, minutes % 5)
        assert check_in_on(logbook.check_ins, now.date()) is not None
    days = [c.day for c in logbook.check_ins]
    assert len(days) == len(set(days))


def test_a_second_check_in_for_a_day_is_refused_whoever_makes_it() -> None:
    logbook, _ = _checked_in(Logbook(), NOW, 3, 1)
    other = CheckIn(id="from-elsewhere", day=NOW.date(), at=NOW, mood=Mood.GOOD, pull=Pull.NONE)

    with pytest.raises(InvalidEntry, match="2026-03-01 has a check-in already; checking in again"):
        apply(logbook, intents.AddCheckIn(other))


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"mood": 0},
            r"the mood must be a whole number from 1 to 5 \(1 very hard, 2 hard, 3 up and down, "
            r"4 okay, 5 good\), not 0",
        ),
        ({"mood": 6}, "the mood must be a whole number from 1 to 5 .*, not 6"),
        ({"mood": True}, "the mood must be a whole number from 1 to 5 .*, not True"),
        (
            {"pull": 5},
            r"the pull must be a whole number from 0 to 4 \(0 none, 1 light, 2 moderate, "
            r"3 strong, 4 overwhelming\), not 5",
        ),
        ({"pull": "3"}, "the pull must be a whole number from 0 to 4 .*, not '3'"),
        ({"note": "x" * (MAX_NOTE_LENGTH + 1)}, "at most 500 characters; this one has 501"),
        ({"note": "\udcff"}, "a note must be valid UTF-8 text"),
        ({"day": date(2026, 3, 2)}, "cannot be about a day after it was made"),
        ({"id": ""}, "a check-in needs an id"),
    ],
)
def test_a_check_in_with_answers_out_of_range_is_refused_saying_what_is_allowed(
    fields: dict[str, object], message: str
) -> None:
    values: dict[str, object] = {
        "id": "c",
        "day": NOW.date(),
        "at": NOW,
        "mood": 3,
        "pull": 1,
        "note": "",
    }
    with pytest.raises(InvalidEntry, match=message):
        CheckIn(**{**values, **fields})  # type: ignore[arg-type]


def test_a_note_is_kept_without_the_spaces_around_it() -> None:
    logbook, _ = _checked_in(Logbook(), NOW, 3, 1, "  slept well \n")

    assert logbook.check_ins[0].note == "slept well"


def test_every_step_has_its_word() -> None:
    assert [MOOD_WORDS[m] for m in Mood] == ["very hard", "hard", "up and down", "okay", "good"]
    assert [PULL_WORDS[p] for p in Pull] == ["none", "light", "moderate", "strong", "overwhelming"]


def test_undo_takes_a_first_check_in_back() -> None:
    logbook, change = _checked_in(Logbook(), NOW, 3, 1)

    assert _undone(logbook, change).check_ins == ()


def test_a_check_in_of_any_day_can_be_edited_and_undo_puts_back_the_answers_it_had() -> None:
    logbook, first = _checked_in(Logbook(), NOW, 1, 4, "awful")
    assert first.subject_id is not None
    a_week_later = NOW + timedelta(days=7)

    change = intents.edit_check_in(
        logbook, a_week_later, first.subject_id, Mood.HARD, Pull.STRONG, ""
    )
    edited = apply(logbook, *change.edits)

    assert (edited.check_ins[0].mood, edited.check_ins[0].note) == (Mood.HARD, "")
    assert edited.check_ins[0].day == NOW.date()
    assert _undone(edited, change, a_week_later).check_ins == logbook.check_ins


def test_a_deleted_check_in_comes_back_with_undo_and_its_day_is_free_meanwhile() -> None:
    logbook, first = _checked_in(Logbook(), NOW, 2, 2, "kept")
    assert first.subject_id is not None

    change = intents.delete_check_in(logbook, NOW, first.subject_id)
    deleted = apply(logbook, *change.edits)

    assert change.action is Action.DELETE_CHECK_IN
    assert deleted.check_ins == ()
    assert _undone(deleted, change).check_ins == logbook.check_ins


def test_undoing_a_delete_is_refused_once_the_day_was_checked_in_again() -> None:
    logbook, first = _checked_in(Logbook(), NOW, 2, 2)
    assert first.subject_id is not None
    change = intents.delete_check_in(logbook, NOW, first.subject_id)
    again, _ = _checked_in(apply(logbook, *change.edits), NOW, 4, 1)

    with pytest.raises(InvalidEntry, match="has a check-in already"):
        _undone(again, change)


def test_editing_or_deleting_a_check_in_that_is_not_there_is_refused() -> None:
    with pytest.raises(InvalidEntry, match="there is no check-in with the id 'gone'"):
        intents.edit_check_in(Logbook(), NOW, "gone", Mood.OKAY, Pull.NONE)
    with pytest.raises(InvalidEntry, match="there is no check-in with the id 'gone'"):
        intents.delete_check_in(Logbook(), NOW, "gone")


@given(
    moods=st.lists(st.sampled_from(Mood), min_size=1, max_size=4),
    pulls=st.lists(st.sampled_from(Pull), min_size=1, max_size=4),
)
def test_undoing_each_check_in_of_a_day_in_turn_gives_the_logbook_back(
    moods: list[Mood], pulls: list[Pull]
) -> None:
    logbook, done = Logbook(), []
    for mood, pull in zip(moods, pulls, strict=False):
        change = intents.check_in(logbook, NOW, mood, pull)
        logbook = apply(logbook, *change.edits)
        done.append(change)
    for change in reversed(done):
        if change.undo is not None:
            logbook = _undone(logbook, change)

    assert logbook == Logbook()
