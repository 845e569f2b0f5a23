"""`holdfast dates`: adding the days one expects to be hard, listing them soonest first (as text
and JSON), removing one, and one clear line for every date or id that cannot be taken."""

from __future__ import annotations

from typing import Any

import pytest

from app.cli.parser import USAGE_ERROR
from app.storage.store import Store
from tests.cli.support import Holdfast, ok, one_error_line, one_json_line, snapshot

# The fixed clock reads noon on Sunday 1 March 2026 in Berlin.


def _listed(holdfast: Holdfast) -> list[dict[str, Any]]:
    value = one_json_line(holdfast("dates", "list", "--json"))
    assert isinstance(value, dict) and set(value) == {"hard_dates"}
    listed: list[dict[str, Any]] = value["hard_dates"]
    return listed


def test_with_no_hard_dates_the_list_says_how_to_add_one(holdfast: Holdfast) -> None:
    assert ok(holdfast("dates")).out == (
        "No hard dates yet. `holdfast dates add DATE LABEL --plan TEXT` adds one, "
        "with what you will do that day.\n"
    )
    assert _listed(holdfast) == []


def test_a_yearly_date_is_added_with_its_plan_and_its_next_day(holdfast: Holdfast) -> None:
    added = ok(
        holdfast("dates", "add", "05-14", "Sam's birthday", "--yearly", "--plan", "Walk with Ana")
    )

    assert added.out == (
        "Added Sam's birthday (every year), next on Thu 14 May 2026, in 74 days. "
        "Your plan is kept with it.\n"
    )
    (listed,) = _listed(holdfast)
    assert {key: value for key, value in listed.items() if key != "id"} == {
        "label": "Sam's birthday",
        "plan": "Walk with Ana",
        "yearly": True,
        "month": 5,
        "day": 14,
        "year": None,
        "next": "2026-05-14",
        "days_until": 74,
    }


def test_a_full_date_with_yearly_comes_every_year_on_its_month_and_day(holdfast: Holdfast) -> None:
    # A birthday given with the year it was: the day comes back every year.
    ok(holdfast("dates", "add", "1990-02-10", "their birthday", "--yearly"))

    (listed,) = _listed(holdfast)
    assert (listed["yearly"], listed["year"], listed["next"]) == (True, None, "2027-02-10")


def test_the_list_is_soonest_first_with_today_and_tomorrow_in_words(holdfast: Holdfast) -> None:
    ok(holdfast("dates", "add", "12-25", "Christmas", "--yearly"))
    ok(holdfast("dates", "add", "2026-03-02", "moving out", "--plan", "Friends come at 9.\nPizza."))
    ok(holdfast("dates", "add", "03-01", "the day we met", "--yearly"))
    ok(holdfast("dates", "add", "02-29", "our anniversary", "--yearly"))

    listed = _listed(holdfast)
    lines = ok(holdfast("dates", "list")).out.splitlines()

    assert [d["label"] for d in listed] == [
        "the day we met",
        "moving out",
        "Christmas",
        "our anniversary",
    ]
    ids = [d["id"][:8] for d in listed]
    assert lines == [
        f"Sun 01 Mar 2026  today: the day we met (every year)  id: {ids[0]}",
        f"Mon 02 Mar 2026  tomorrow: moving out (once)  id: {ids[1]}",
        "    Plan: Friends come at 9.⏎Pizza.",
        f"Fri 25 Dec 2026  in 299 days: Christmas (every year)  id: {ids[2]}",
        # 2027 has no 29 February: the day is kept on the 28th.
        f"Sun 28 Feb 2027  in 364 days: our anniversary (every year)  id: {ids[3]}",
    ]
    assert ok(holdfast("dates")).out == ok(holdfast("dates", "list")).out


def test_a_hard_date_is_removed_by_the_start_of_its_id(holdfast: Holdfast) -> None:
    ok(holdfast("dates", "add", "05-14", "Sam's birthday", "--yearly"))
    ok(holdfast("dates", "add", "12-25", "Christmas", "--yearly"))
    birthday = _listed(holdfast)[0]

    assert ok(holdfast("dates", "remove", birthday["id"][:8])).out == "Removed Sam's birthday.\n"
    assert [d["label"] for d in _listed(holdfast)] == ["Christmas"]


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ("05-14", "birthday"),
            "'05-14' has no year; add --yearly for a date that comes every year, or give the "
            "year as YYYY-MM-DD",
        ),
        (
            ("14.05.2026", "birthday"),
            "'14.05.2026' is not a date; give YYYY-MM-DD (such as 2026-05-14), or MM-DD with "
            "--yearly (such as 05-14)",
        ),
        (("2026-02-29", "x"), "February 2026 has no day 29; its days are 1 to 28"),
        (("02-30", "x", "--yearly"), "February has no day 30; its days are 1 to 29"),
        (("2026-13-01", "x"), "a month is from 1 to 12, not 13"),
        (
            ("2026-02-28", "moving out"),
            "2026-02-28 has already passed (today is 2026-03-01); give a date from today on, "
            "or make it yearly",
        ),
        (("05-14", " ", "--yearly"), "a hard date needs a short label, such as “their birthday”"),
        (
            ("05-14", "x" * 81, "--yearly"),
            "a hard date's label can be at most 80 characters; this one has 81; the plan can "
            "hold more",
        ),
        (
            ("05-14", "x", "--yearly", "--plan", "p" * 1001),
            "a hard date's plan can be at most 1,000 characters; this one has 1,001",
        ),
    ],
)
def test_a_date_that_cannot_be_taken_is_refused_in_one_line_and_nothing_is_written(
    holdfast: Holdfast, store: Store, arguments: tuple[str, ...], message: str
) -> None:
    ok(holdfast("dates", "add", "12-25", "Christmas", "--yearly"))
    before = snapshot(store.folder)

    refused = holdfast("dates", "add", *arguments)

    assert refused.code == USAGE_ERROR
    assert one_error_line(refused) == f"holdfast: {message}"
    assert refused.out == ""
    assert snapshot(store.folder) == before


def test_removing_an_id_that_is_not_there_says_where_to_find_them(holdfast: Holdfast) -> None:
    ok(holdfast("dates", "add", "12-25", "Christmas", "--yearly"))

    refused = holdfast("dates", "remove", "nope")

    assert refused.code == USAGE_ERROR
    assert one_error_line(refused) == (
        "holdfast: there is no hard date with the id 'nope'; `holdfast dates` lists the ids "
        "there are"
    )
    assert len(_listed(holdfast)) == 1


def test_a_label_cannot_forge_a_line_of_the_list(holdfast: Holdfast) -> None:
    ok(holdfast("dates", "add", "05-14", "x", "--yearly", "--plan", "a\x1b[2Jb\nc"))

    assert ok(holdfast("dates")).out.splitlines()[1] == "    Plan: a\\x1b[2Jb⏎c"


def test_a_plan_may_start_with_a_dash(holdfast: Holdfast) -> None:
    ok(holdfast("dates", "add", "05-14", "birthday", "--yearly", "--plan", "- walk with Ana"))

    assert _listed(holdfast)[0]["plan"] == "- walk with Ana"
