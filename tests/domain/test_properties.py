"""Properties that hold for any logbook: figures are never negative, totals stay consistent, and
they depend only on the entries, never on the order they are listed in."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.events import Contact, ContactKind, Event, Plan, StartedBy, Urge, UrgeKind
from app.domain.logbook import Logbook
from app.domain.status import status
from tests.domain.support import ZONES, figures

# Instants are drawn near the days clocks change (and a leap day), on a coarse grid so that
# entries often share an instant, a day boundary or an hour the clocks repeat.
ANCHORS = (
    datetime(2026, 3, 8, 7, 0, tzinfo=UTC),  # New York springs forward
    datetime(2026, 3, 29, 1, 0, tzinfo=UTC),  # Berlin springs forward
    datetime(2026, 4, 4, 15, 0, tzinfo=UTC),  # Lord Howe falls back half an hour
    datetime(2026, 10, 3, 15, 30, tzinfo=UTC),  # Lord Howe springs forward half an hour
    datetime(2026, 10, 25, 1, 0, tzinfo=UTC),  # Berlin falls back
    datetime(2026, 11, 1, 6, 0, tzinfo=UTC),  # New York falls back
    datetime(2028, 2, 29, 0, 0, tzinfo=UTC),
)
STEP = timedelta(minutes=10)

zones = st.sampled_from(ZONES)
anchors = st.sampled_from(ANCHORS)


@st.composite
def instants(draw: st.DrawFn, anchor: datetime) -> datetime:
    """An instant within a few weeks of `anchor`, shown in a random zone."""
    steps = draw(st.integers(min_value=-6 * 24 * 6, max_value=50 * 24 * 6))
    zone: ZoneInfo = draw(zones)
    return (anchor + steps * STEP).astimezone(zone)


@st.composite
def entries(draw: st.DrawFn, anchor: datetime, number: int) -> Event:
    at = draw(instants(anchor))
    entry_id = f"{draw(st.integers(0, 99)):02d}-{number:03d}"  # unique, in no particular order
    kind = draw(st.sampled_from(("plan", "urge", "contact")))
    if kind == "plan":
        back = draw(st.integers(min_value=0, max_value=10 * 24 * 6)) * STEP
        # A plan without a last contact is a change of target only.
        given = draw(st.booleans())
        return Plan(
            id=entry_id,
            at=at,
            last_contact=(at.astimezone(UTC) - back).astimezone(draw(zones)) if given else None,
            target_days=draw(st.integers(21, 45)),
        )
    if kind == "urge":
        return Urge(
            id=entry_id,
            at=at,
            kind=draw(st.sampled_from(UrgeKind)),
            intensity=draw(st.none() | st.integers(1, 10)),
        )
    return Contact(
        id=entry_id,
        at=at,
        kind=draw(st.sampled_from(ContactKind)),
        started_by=draw(st.sampled_from(StartedBy)),
        necessary=draw(st.booleans()),
    )


@st.composite
def histories(draw: st.DrawFn) -> tuple[list[Event], datetime]:
    """Entries and a moment to look at them from (which may come before some of them)."""
    anchor = draw(anchors)
    count = draw(st.integers(min_value=0, max_value=12))
    events = [draw(entries(anchor, number)) for number in range(count)]
    return events, draw(instants(anchor))


@settings(max_examples=300, deadline=None)
@given(histories())
def test_figures_are_never_negative_and_stay_consistent(
    history: tuple[list[Event], datetime],
) -> None:
    events, now = history
    summary = status(Logbook(events=tuple(events)), now)

    assert all(figure >= 0 for figure in figures(summary))
    assert all(run.days >= 0 and run.urges >= 0 for run in summary.runs)
    assert summary.total_no_contact_days >= summary.longest_streak_days >= summary.streak_days
    assert summary.total_no_contact_days <= summary.tracked_days
    assert summary.urges_today <= summary.urges_total
    assert sum(run.urges for run in summary.runs) <= summary.urges_total
    assert summary.urges_total == sum(isinstance(e, Urge) for e in events)
    assert summary.tracking == any(
        isinstance(e, Plan) or (isinstance(e, Contact) and e.breaks_no_contact) for e in events
    )
    starts = [run.started_at for run in summary.runs]
    assert starts == sorted(starts)
    assert len(set(starts)) == len(starts)
    for run, following in zip(summary.runs, summary.runs[1:], strict=False):
        assert run.ended_at == following.started_at

    result = summary.countdown
    if result is None:
        assert not summary.runs
    else:
        assert 0 <= result.progress <= 1
        assert result.remaining >= timedelta(0)
        assert result.target_at > result.started_at
        assert result.target_reached == (result.progress == 1)
        assert 21 <= result.target_days <= 45
        assert [m.at for m in result.milestones] == sorted(m.at for m in result.milestones)
        reached = [m.reached for m in result.milestones]
        assert reached == sorted(reached, reverse=True)  # reached ones come first


@settings(max_examples=200, deadline=None)
@given(histories(), st.randoms(use_true_random=False))
def test_the_order_entries_are_listed_in_changes_nothing(
    history: tuple[list[Event], datetime], shuffler: random.Random
) -> None:
    events, now = history
    shuffled = list(events)
    shuffler.shuffle(shuffled)
    assert status(Logbook(events=tuple(shuffled)), now) == status(
        Logbook(events=tuple(events)), now
    )


@settings(max_examples=200, deadline=None)
@given(histories(), st.data())
def test_deleting_an_entry_is_the_same_as_never_recording_it(
    history: tuple[list[Event], datetime], data: st.DataObject
) -> None:
    events, now = history
    if not events:
        return
    index = data.draw(st.integers(0, len(events) - 1), label="deleted")
    deleted = events[index]
    after_delete = tuple(e for e in events if e.id != deleted.id)
    built_without: list[Event] = []
    for event in reversed(events):  # recorded in another order, and never the deleted one
        if event is not deleted:
            built_without.append(event)
    assert status(Logbook(events=after_delete), now) == status(
        Logbook(events=tuple(built_without)), now
    )


@settings(max_examples=200, deadline=None)
@given(histories(), st.integers(min_value=1, max_value=3 * 24 * 6))
def test_as_time_passes_no_count_goes_down(
    history: tuple[list[Event], datetime], steps: int
) -> None:
    events, now = history
    then = (now.astimezone(UTC) + steps * STEP).astimezone(now.tzinfo)
    book = Logbook(events=tuple(events))
    before, after = status(book, now), status(book, then)
    assert after.streak_days >= before.streak_days
    assert after.longest_streak_days >= before.longest_streak_days
    assert after.total_no_contact_days >= before.total_no_contact_days
    assert after.tracked_days >= before.tracked_days
    if before.countdown is not None and after.countdown is not None:
        assert after.countdown.progress >= before.countdown.progress
        assert after.countdown.remaining <= before.countdown.remaining
