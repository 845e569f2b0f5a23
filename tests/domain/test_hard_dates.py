"""Hard dates: when a yearly or one-off date comes next, what falls on a day and the day after,
the rules a date, a label and a plan follow, and adding, changing and removing one with undo."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import intents
from app.domain.errors import InvalidEntry
from app.domain.hard_dates import (
    MAX_HARD_DATES,
    MAX_LABEL_LENGTH,
    MAX_PLAN_LENGTH,
    HardDate,
    falling_on,
    falling_the_day_after,
    find_hard_date,
    next_occurrence,
    soonest_first,
)
from app.domain.intents import Action, Change, apply
from app.domain.logbook import Logbook
from tests.domain.support import BERLIN

# Sunday 1 March 2026, noon in Berlin.
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=BERLIN)
TODAY = date(2026, 3, 1)


def _yearly(month: int, day: int, label: str = "their birthday", plan: str = "") -> HardDate:
    return HardDate(id=f"y-{month}-{day}", month=month, day=day, year=None, label=label, plan=plan)


def _once(on: date, label: str = "the court date", plan: str = "") -> HardDate:
    return HardDate(
        id=f"o-{on.isoformat()}", month=on.month, day=on.day, year=on.year, label=label, plan=plan
    )


def _undo(logbook: Logbook, change: Change) -> Logbook:
    assert change.undo is not None
    return apply(logbook, *change.undo(logbook, NOW).edits)


# When it comes


def test_a_yearly_date_comes_this_year_until_it_has_passed_then_next_year() -> None:
    birthday = _yearly(5, 14)

    assert next_occurrence(birthday, date(2026, 3, 1)) == date(2026, 5, 14)
    assert next_occurrence(birthday, date(2026, 5, 14)) == date(2026, 5, 14)  # the day itself
    assert next_occurrence(birthday, date(2026, 5, 15)) == date(2027, 5, 14)
    assert next_occurrence(birthday, date(2026, 12, 31)) == date(2027, 5, 14)


def test_a_one_off_date_comes_once_and_then_never_again() -> None:
    court = _once(date(2026, 4, 2))

    assert next_occurrence(court, date(2026, 3, 1)) == date(2026, 4, 2)
    assert next_occurrence(court, date(2026, 4, 2)) == date(2026, 4, 2)
    assert next_occurrence(court, date(2026, 4, 3)) is None
    assert next_occurrence(_once(date(2027, 1, 5)), date(2026, 3, 1)) == date(2027, 1, 5)


def test_a_yearly_29_february_falls_on_28_february_in_other_years() -> None:
    anniversary = _yearly(2, 29)

    assert next_occurrence(anniversary, date(2026, 1, 1)) == date(2026, 2, 28)
    assert next_occurrence(anniversary, date(2026, 3, 1)) == date(2027, 2, 28)
    assert next_occurrence(anniversary, date(2027, 3, 1)) == date(2028, 2, 29)
    assert falling_on([anniversary], date(2027, 2, 28)) == (anniversary,)
    assert falling_on([anniversary], date(2028, 2, 28)) == ()  # a leap year has its own day
    assert falling_on([anniversary], date(2028, 2, 29)) == (anniversary,)


def test_what_falls_on_a_day_and_the_day_after() -> None:
    new_year = _yearly(1, 1, "the first holiday alone")
    eve = _yearly(12, 31, "New Year's Eve")
    court = _once(date(2026, 12, 31))

    assert falling_on([new_year, eve, court], date(2026, 12, 31)) == (eve, court)
    assert falling_on([new_year, eve, court], date(2027, 12, 31)) == (eve,)
    assert falling_the_day_after([new_year, eve, court], date(2026, 12, 31)) == (new_year,)
    assert falling_the_day_after([new_year, eve, court], date(2026, 12, 30)) == (eve, court)
    assert falling_the_day_after([eve], date.max) == ()


def test_the_list_is_soonest_first_with_the_passed_ones_last() -> None:
    birthday = _yearly(5, 14)
    christmas = _yearly(12, 25, "Christmas")
    today_one = _yearly(3, 1, "the day we met")
    court = _once(date(2026, 4, 2))
    passed = _once(date(2026, 2, 1), "moving out")

    listed = soonest_first([christmas, passed, birthday, court, today_one], TODAY)

    assert listed == (
        (today_one, TODAY),
        (court, date(2026, 4, 2)),
        (birthday, date(2026, 5, 14)),
        (christmas, date(2026, 12, 25)),
        (passed, None),
    )


@given(
    month_day=st.dates(min_value=date(2000, 1, 1), max_value=date(2000, 12, 31)),
    today=st.dates(min_value=date(1970, 1, 1), max_value=date(9998, 12, 31)),
)
def test_a_yearly_date_always_comes_within_a_year_on_its_own_month_and_day(
    month_day: date, today: date
) -> None:
    hard_date = _yearly(month_day.month, month_day.day)

    coming = next_occurrence(hard_date, today)

    assert coming is not None and today <= coming < today + timedelta(days=367)
    assert falling_on([hard_date], coming) == (hard_date,)
    if (month_day.month, month_day.day) == (2, 29):
        assert coming == date(coming.year, 2, 29 if calendar.isleap(coming.year) else 28)
    else:
        assert (coming.month, coming.day) == (month_day.month, month_day.day)
    # No day before it, from today on, is one it falls on.
    assert not any(
        falling_on([hard_date], today + timedelta(days=n)) for n in range((coming - today).days)
    )


@given(
    on=st.dates(min_value=date(1970, 1, 1), max_value=date(9999, 12, 31)),
    today=st.dates(min_value=date(1970, 1, 1), max_value=date(9999, 12, 31)),
)
def test_a_one_off_date_comes_on_its_day_only_while_it_has_not_passed(
    on: date, today: date
) -> None:
    assert next_occurrence(_once(on), today) == (on if on >= today else None)


# The rules


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"month": 2, "day": 30, "year": None}, "February has no day 30; its days are 1 to 29"),
        (
            {"month": 2, "day": 29, "year": 2027},
            "February 2027 has no day 29; its days are 1 to 28",
        ),
        ({"month": 4, "day": 31, "year": None}, "April has no day 31; its days are 1 to 30"),
        ({"month": 13, "day": 1, "year": None}, "a month is from 1 to 12, not 13"),
        ({"month": 1, "day": 0, "year": None}, "January has no day 0; its days are 1 to 31"),
        ({"label": "  "}, "a hard date needs a short label"),
        ({"label": "two\nlines"}, "a hard date's label is one line; the plan can hold more"),
        (
            {"label": "x" * (MAX_LABEL_LENGTH + 1)},
            f"a hard date's label can be at most {MAX_LABEL_LENGTH} characters; this one has "
            f"{MAX_LABEL_LENGTH + 1}",
        ),
        (
            {"plan": "x" * (MAX_PLAN_LENGTH + 1)},
            f"a hard date's plan can be at most {MAX_PLAN_LENGTH:,} characters",
        ),
        ({"plan": "a\udcffb"}, "a hard date's plan must be valid UTF-8 text"),
        ({"label": "\ud800"}, "a hard date's label must be valid UTF-8 text"),
    ],
)
def test_a_hard_date_that_breaks_a_rule_is_refused_with_the_reason(
    fields: dict[str, object], message: str
) -> None:
    given_fields: dict[str, object] = {
        "id": "x",
        "month": 5,
        "day": 14,
        "year": None,
        "label": "their birthday",
        **fields,
    }

    with pytest.raises(InvalidEntry) as refused:
        HardDate(**given_fields)  # type: ignore[arg-type]

    assert message in str(refused.value)


def test_a_label_and_a_plan_are_kept_without_the_spaces_around_them() -> None:
    hard_date = _yearly(5, 14, label="  their birthday ", plan="\n Walk with Ana.\nCall Mum. ")

    assert (hard_date.label, hard_date.plan) == ("their birthday", "Walk with Ana.\nCall Mum.")


def test_a_hard_date_is_found_by_its_id_or_the_start_of_it() -> None:
    first = HardDate(id="abcd1234", month=5, day=14, year=None, label="a")
    second = HardDate(id="abcd5678", month=6, day=1, year=None, label="b")

    assert find_hard_date([first, second], "abcd1234") is first
    assert find_hard_date([first, second], "abcd5") is second
    with pytest.raises(InvalidEntry, match="more than one hard date has an id starting 'abcd'"):
        find_hard_date([first, second], "abcd")
    with pytest.raises(InvalidEntry, match="there is no hard date with the id 'ab'"):
        find_hard_date([first, second], "ab")  # too short to be taken as the start of one


# Adding, changing and removing, with undo


def test_a_hard_date_added_is_on_the_list_and_undo_takes_it_back() -> None:
    change = intents.add_hard_date(Logbook(), NOW, 5, 14, None, "their birthday", "Walk with Ana")

    after = apply(Logbook(), *change.edits)

    (added,) = after.hard_dates
    assert (added.month, added.day, added.yearly, added.label, added.plan) == (
        5,
        14,
        True,
        "their birthday",
        "Walk with Ana",
    )
    assert (change.action, change.subject_id) == (Action.ADD_HARD_DATE, added.id)
    assert _undo(after, change).hard_dates == ()


def test_a_one_off_date_that_has_passed_cannot_be_added_today_can() -> None:
    with pytest.raises(
        InvalidEntry, match=r"2026-02-28 has already passed \(today is 2026-03-01\)"
    ):
        intents.add_hard_date(Logbook(), NOW, 2, 28, 2026, "moving out")

    change = intents.add_hard_date(Logbook(), NOW, 3, 1, 2026, "moving out")
    assert apply(Logbook(), *change.edits).hard_dates[0].year == 2026


def test_today_is_the_local_date_of_the_clock() -> None:
    # 00:30 on 2 March in Berlin is still 1 March in UTC: 1 March has passed for the user.
    just_after_midnight = datetime(2026, 3, 2, 0, 30, tzinfo=BERLIN)
    with pytest.raises(InvalidEntry, match="already passed"):
        intents.add_hard_date(Logbook(), just_after_midnight, 3, 1, 2026, "moving out")


def test_the_list_keeps_a_hundred_dates_at_most() -> None:
    full = Logbook(
        hard_dates=tuple(_once(TODAY + timedelta(days=n)) for n in range(MAX_HARD_DATES))
    )

    with pytest.raises(InvalidEntry, match="remove one that no longer matters first"):
        intents.add_hard_date(full, NOW, 5, 14, None, "one more")


def test_an_edited_hard_date_is_saved_and_undo_puts_back_the_one_before() -> None:
    birthday = _yearly(5, 14)
    logbook = Logbook(hard_dates=(birthday,))

    change = intents.edit_hard_date(
        logbook, NOW, birthday.id, 5, 15, None, "their birthday", "Cinema with Sam"
    )
    after = apply(logbook, *change.edits)

    assert (after.hard_dates[0].day, after.hard_dates[0].plan) == (15, "Cinema with Sam")
    assert _undo(after, change).hard_dates == (birthday,)


def test_a_hard_date_saved_unchanged_leaves_nothing_to_undo() -> None:
    birthday = _yearly(5, 14, plan="Walk")

    change = intents.edit_hard_date(
        Logbook(hard_dates=(birthday,)), NOW, birthday.id, 5, 14, None, "their birthday", "Walk"
    )

    assert (change.edits, change.undo) == ((), None)


def test_a_passed_one_off_date_keeps_its_plan_editable_but_cannot_move_into_the_past() -> None:
    passed = _once(date(2026, 2, 1), "moving out")
    logbook = Logbook(hard_dates=(passed,))

    change = intents.edit_hard_date(logbook, NOW, passed.id, 2, 1, 2026, "moving out", "It went")
    assert apply(logbook, *change.edits).hard_dates[0].plan == "It went"
    with pytest.raises(InvalidEntry, match="already passed"):
        intents.edit_hard_date(logbook, NOW, passed.id, 2, 2, 2026, "moving out", "")


def test_a_removed_hard_date_comes_back_as_it_was() -> None:
    birthday, christmas = _yearly(5, 14, plan="Walk"), _yearly(12, 25, "Christmas")
    logbook = Logbook(hard_dates=(birthday, christmas))

    change = intents.remove_hard_date(logbook, NOW, birthday.id)
    after = apply(logbook, *change.edits)

    assert after.hard_dates == (christmas,)
    assert (change.action, change.subject_id) == (Action.REMOVE_HARD_DATE, birthday.id)
    assert _undo(after, change).hard_dates == (christmas, birthday)


def test_undoing_a_remove_when_it_is_back_already_is_refused() -> None:
    birthday = _yearly(5, 14)
    logbook = Logbook(hard_dates=(birthday,))
    change = intents.remove_hard_date(logbook, NOW, birthday.id)

    with pytest.raises(InvalidEntry, match="already holds an entry with the id"):
        _undo(logbook, change)  # another process put it back
