"""`holdfast history`: past runs, what ended them, and urge counts, as text and as JSON."""

from __future__ import annotations

from datetime import timedelta

from app.domain.clock import FixedClock
from tests.cli.support import Holdfast, history_json, ok


def _two_runs(holdfast: Holdfast, clock: FixedClock) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    ok(holdfast("urge", "text"))
    ok(holdfast("urge", "text", "--intensity", "9"))
    ok(holdfast("urge", "call"))
    clock.advance(timedelta(hours=2))
    ok(holdfast("contact", "call", "--note", "late night"))
    ok(holdfast("contact", "social", "--by", "them"))
    clock.advance(timedelta(days=3))
    ok(holdfast("urge", "social"))


def test_history_before_start(holdfast: Holdfast) -> None:
    assert ok(holdfast("history")).out == "No runs yet. Begin with `holdfast start`.\n"
    history = history_json(holdfast)
    assert history["runs"] == []
    assert history["attempts"] == 0
    assert history["contacts"] == []
    assert history["urges_by_kind"] == {}


def test_history_text_lists_runs_newest_first(holdfast: Holdfast, clock: FixedClock) -> None:
    _two_runs(holdfast, clock)

    assert ok(holdfast("history")).out == (
        "Started            Ended              Days  Urges  Ended by\n"
        "2026-03-01 14:00   still going           3      1\n"
        "2026-02-22 12:00   2026-03-01 14:00      7      3  call: late night\n"
        "\n"
        "10 of 10 days without contact over 2 runs; longest 7 days.\n"
        "Urges resisted: text 2, call 1, social 1\n"
    )


def test_history_json_gives_runs_totals_urges_and_contacts(
    holdfast: Holdfast, clock: FixedClock
) -> None:
    _two_runs(holdfast, clock)

    history = history_json(holdfast)

    assert [(r["started_at"], r["ended_at"], r["days"], r["urges"]) for r in history["runs"]] == [
        ("2026-02-22T12:00:00+01:00", "2026-03-01T14:00:00+01:00", 7, 3),
        ("2026-03-01T14:00:00+01:00", None, 3, 1),
    ]
    assert history["runs"][0]["ended_by"]["note"] == "late night"
    assert history["longest_streak_days"] == 7
    assert history["total_no_contact_days"] == 10
    assert history["tracked_days"] == 10
    assert history["attempts"] == 2
    assert history["urges_by_kind"] == {"text": 2, "call": 1, "social": 1}
    assert [(c["kind"], c["by"], c["ends_run"]) for c in history["contacts"]] == [
        ("call", "me", True),
        ("social", "them", False),
    ]
    assert history["contacts"][0]["id"] == history["runs"][0]["ended_by"]["id"]


def test_a_run_ended_by_a_new_plan_says_so(holdfast: Holdfast, clock: FixedClock) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    clock.advance(timedelta(days=1))
    ok(holdfast("start", "--since", "2026-03-02T08:00"))  # a contact that was not logged

    history = history_json(holdfast)

    assert [(r["days"], r["ended_by"]) for r in history["runs"]] == [(7, None), (0, None)]
    assert "began again" in ok(holdfast("history")).out
