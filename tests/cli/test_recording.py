"""`holdfast urge`, `contact` and re-running `start`: what is stored and what each one resets."""

from __future__ import annotations

from datetime import timedelta

from app.domain.clock import FixedClock
from app.domain.events import Contact, ContactKind, Plan, StartedBy, Urge, UrgeKind
from app.storage.store import Store
from tests.cli.support import Holdfast, history_json, ok, status_json

LONG_NOTE = (
    "  Wanted to send «ça va?» 💌 — 你好, مرحبا, Ünïcödé e\u0301 \u200d👩\u200d👧 and a tab\there\n"
    * 40
)


def test_urge_is_stored_with_its_kind_intensity_and_note_verbatim(
    holdfast: Holdfast, store: Store, clock: FixedClock
) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))

    result = ok(holdfast("urge", "social", "--intensity", "7", "--note", LONG_NOTE))

    assert result.out == (
        "Logged: the urge to check their profile, resisted. "
        "Urges resisted today: 1. It will pass; you are on day 7.\n"
    )
    urges = [e for e in store.load().events if isinstance(e, Urge)]
    assert len(urges) == 1
    assert urges[0].kind is UrgeKind.SOCIAL
    assert urges[0].intensity == 7
    assert urges[0].note == LONG_NOTE
    assert urges[0].resisted is True
    assert urges[0].at == clock.now()


def test_urge_without_intensity_or_note(holdfast: Holdfast, store: Store) -> None:
    ok(holdfast("urge", "friends"))

    (urge,) = store.load().events
    assert isinstance(urge, Urge)
    assert (urge.kind, urge.intensity, urge.note) == (UrgeKind.FRIENDS, None, "")


def test_every_urge_kind_is_accepted(holdfast: Holdfast, store: Store) -> None:
    for kind in ("text", "call", "social", "friends", "visit", "other"):
        ok(holdfast("urge", kind))

    kinds = [e.kind.value for e in store.load().events if isinstance(e, Urge)]
    assert sorted(kinds) == sorted(["text", "call", "social", "friends", "visit", "other"])


def test_contact_they_started_resets_nothing(
    holdfast: Holdfast, store: Store, clock: FixedClock
) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    before = status_json(holdfast)

    result = ok(holdfast("contact", "text", "--by", "them", "--note", "asked about the keys"))

    assert result.out == (
        "Recorded. It does not end your run, because they started it: you are on day 7.\n"
    )
    clock.advance(timedelta(days=1))
    after = status_json(holdfast)
    assert after["attempts"] == 1
    assert after["streak_started_at"] == before["streak_started_at"]
    assert after["streak_days"] == 8
    contacts = [e for e in store.load().events if isinstance(e, Contact)]
    assert [(c.kind, c.started_by, c.necessary, c.note) for c in contacts] == [
        (ContactKind.TEXT, StartedBy.THEM, False, "asked about the keys")
    ]


def test_necessary_contact_resets_nothing(holdfast: Holdfast, store: Store) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))

    result = ok(holdfast("contact", "in_person", "--necessary", "--note", "handed over the cat"))

    assert result.out == (
        "Recorded. It does not end your run, because it was necessary: you are on day 7.\n"
    )
    figures = status_json(holdfast)
    assert (figures["attempts"], figures["streak_days"]) == (1, 7)
    (contact,) = (e for e in store.load().events if isinstance(e, Contact))
    assert (contact.kind, contact.started_by, contact.necessary) == (
        ContactKind.IN_PERSON,
        StartedBy.ME,
        True,
    )


def test_plain_contact_ends_the_run_and_starts_a_new_one(
    holdfast: Holdfast, clock: FixedClock
) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    ok(holdfast("urge", "text"))
    clock.advance(timedelta(hours=2))

    result = ok(holdfast("contact", "call", "--note", "called, late, long"))

    assert result.out == (
        "Recorded. A new run starts now; the days before it stay in your history "
        "(7 days without contact so far).\n"
    )
    figures = status_json(holdfast)
    assert figures["attempts"] == 2
    assert figures["streak_days"] == 0
    assert figures["streak_started_at"] == "2026-03-01T14:00:00+01:00"
    assert figures["longest_streak_days"] == 7

    history = history_json(holdfast)
    ended, current = history["runs"]
    assert ended["started_at"] == "2026-02-22T12:00:00+01:00"
    assert ended["ended_at"] == "2026-03-01T14:00:00+01:00"
    assert ended["days"] == 7
    assert ended["urges"] == 1
    assert ended["current"] is False
    assert ended["ended_by"]["kind"] == "call"
    assert ended["ended_by"]["by"] == "me"
    assert ended["ended_by"]["necessary"] is False
    assert ended["ended_by"]["ends_run"] is True
    assert ended["ended_by"]["note"] == "called, late, long"
    assert ended["ended_by"]["at"] == "2026-03-01T14:00:00+01:00"
    assert current["started_at"] == "2026-03-01T14:00:00+01:00"
    assert current["ended_at"] is None
    assert current["ended_by"] is None
    assert current["current"] is True


def test_contacts_that_do_not_end_a_run_still_appear_in_history(holdfast: Holdfast) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    ok(holdfast("contact", "text", "--by", "them"))

    history = history_json(holdfast)

    assert len(history["runs"]) == 1
    assert [(c["kind"], c["by"], c["ends_run"]) for c in history["contacts"]] == [
        ("text", "them", False)
    ]


def test_start_with_only_target_keeps_the_run_start(
    holdfast: Holdfast, store: Store, clock: FixedClock
) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00", "--target", "30"))
    clock.advance(timedelta(days=1))

    result = ok(holdfast("start", "--target", "35"))

    assert result.out.startswith("Tracking from 2026-02-22 12:00 toward 35 days. Day 8 ")
    figures = status_json(holdfast)
    assert figures["streak_started_at"] == "2026-02-22T12:00:00+01:00"
    assert figures["streak_days"] == 8
    assert figures["target_days"] == 35
    assert figures["target_at"] == "2026-03-29T12:00:00+02:00"
    assert figures["attempts"] == 1
    plans = [e for e in store.load().events if isinstance(e, Plan)]
    assert [p.target_days for p in sorted(plans, key=lambda p: p.at)] == [30, 35]


def test_start_with_only_target_after_a_contact_keeps_the_new_run(
    holdfast: Holdfast, clock: FixedClock
) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))
    ok(holdfast("contact", "text"))
    clock.advance(timedelta(days=3))

    ok(holdfast("start", "--target", "21"))

    figures = status_json(holdfast)
    assert figures["streak_started_at"] == "2026-03-01T12:00:00+01:00"
    assert (figures["streak_days"], figures["attempts"], figures["target_days"]) == (3, 2, 21)


def test_start_with_an_earlier_since_corrects_the_run_instead_of_adding_one(
    holdfast: Holdfast, clock: FixedClock
) -> None:
    ok(holdfast("start"))
    clock.advance(timedelta(minutes=1))

    ok(holdfast("start", "--since", "2026-02-20T09:30"))

    figures = status_json(holdfast)
    assert figures["streak_started_at"] == "2026-02-20T09:30:00+01:00"
    assert (figures["streak_days"], figures["attempts"]) == (9, 1)


def test_start_keeps_the_target_when_only_since_is_given(
    holdfast: Holdfast, clock: FixedClock
) -> None:
    ok(holdfast("start", "--target", "45"))
    clock.advance(timedelta(minutes=1))

    ok(holdfast("start", "--since", "2026-02-27T08:00"))

    assert status_json(holdfast)["target_days"] == 45


def test_a_recorded_urge_leaves_the_window_a_quick_start(holdfast: Holdfast, store: Store) -> None:
    ok(holdfast("start", "--since", "2026-02-22T12:00"))

    ok(holdfast("urge", "text"))

    # The window's next start reads its figures from the cache, without decoding every entry.
    overview = Store(store.folder).cached_overview()
    assert overview is not None
    assert len(overview.timeline.urge_times) == 1
    assert [type(event) for event in overview.logbook.events] == [Plan]
