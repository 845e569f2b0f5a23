"""`holdfast start --target N` changes the target only; it never pins a contact as the start."""

from __future__ import annotations

from datetime import timedelta

from app.domain.clock import FixedClock
from app.domain.events import Contact, Plan
from app.storage.store import Store
from tests.cli.support import Holdfast, history_json, ok, status_json


def _delete_the_contact(store: Store, clock: FixedClock) -> None:
    # The window's History > Entries deletes an entry this way; the command line has no delete.
    (contact,) = (e for e in store.load().events if isinstance(e, Contact))
    with store.transaction(clock.now()) as changes:
        changes.delete(contact.id)


def test_a_change_of_target_records_no_last_contact(
    holdfast: Holdfast, store: Store, clock: FixedClock
) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00", "--target", "30"))
    ok(holdfast("contact", "text"))
    clock.advance(timedelta(days=2))

    result = ok(holdfast("start", "--target", "40"))

    # The run that goes on is named, the one the slip began.
    assert result.out.startswith("Tracking from 2026-03-01 12:00 toward 40 days. Day 2 ")
    latest = max((e for e in store.load().events if isinstance(e, Plan)), key=lambda p: p.at)
    assert (latest.last_contact, latest.target_days) == (None, 40)


def test_deleting_a_slip_after_start_target_gives_the_run_back(
    holdfast: Holdfast, store: Store, clock: FixedClock
) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00", "--target", "30"))
    clock.advance(timedelta(hours=2))
    ok(holdfast("contact", "text", "--note", "logged by mistake"))
    clock.advance(timedelta(hours=1))
    ok(holdfast("start", "--target", "35"))
    clock.advance(timedelta(days=1))

    _delete_the_contact(store, clock)

    figures = status_json(holdfast)
    assert figures["streak_started_at"] == "2026-02-22T12:00:00+01:00"
    assert (figures["streak_days"], figures["attempts"], figures["target_days"]) == (8, 1, 35)
    (run,) = history_json(holdfast)["runs"]
    assert (run["started_at"], run["ended_at"], run["ended_by"]) == (
        "2026-02-22T12:00:00+01:00",
        None,
        None,
    )
    assert "began again" not in ok(holdfast("history")).out  # the window says "a new plan"


def test_a_last_contact_given_with_since_is_kept(
    holdfast: Holdfast, store: Store, clock: FixedClock
) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    clock.advance(timedelta(days=1))

    result = ok(holdfast("start", "--since", "2026-02-25T09:00", "--target", "40"))

    assert result.out.startswith("Tracking from 2026-02-25 09:00 toward 40 days. Day 5 ")
    plans = sorted((e for e in store.load().events if isinstance(e, Plan)), key=lambda p: p.at)
    assert [p.last_contact for p in plans][-1] is not None
    assert status_json(holdfast)["attempts"] == 2
