"""The logbook: finding entries, and what an import adds."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.errors import InvalidEntry
from app.domain.goals import STARTER_GOALS, Area, Recurrence, add_goal, complete
from app.domain.logbook import Logbook, new_entries, plan
from app.domain.status import status
from app.domain.timeline import Timeline
from tests.domain.support import BERLIN, NEW_YORK, a_contact, an_urge, later, local

NOW = local(BERLIN, 2026, 6, 10, 12, 0)


def test_an_entry_is_found_by_id_and_a_missing_one_is_reported() -> None:
    urge = an_urge(NOW)
    assert Logbook(events=(urge,)).find_event(urge.id) == urge
    with pytest.raises(InvalidEntry, match="no entry"):
        Logbook(events=(urge,)).find_event("missing")


def test_an_import_adds_only_what_is_missing() -> None:
    shared = an_urge(local(BERLIN, 2026, 6, 1, 9, 0))
    theirs = a_contact(local(BERLIN, 2026, 6, 2, 9, 0))
    goals = add_goal(STARTER_GOALS, Area.BODY, "Swim", Recurrence.WEEKLY)
    tick = complete(goals[0], (), local(BERLIN, 2026, 6, 3, 9, 0))
    same_day_tick = complete(goals[0], (), local(BERLIN, 2026, 6, 3, 21, 0))
    assert tick is not None and same_day_tick is not None
    here = Logbook(events=(shared,), completions=(tick,))
    incoming = Logbook(events=(shared, theirs), goals=goals, completions=(same_day_tick,))
    added = new_entries(here, incoming, NOW)
    assert added.events == (theirs,)
    assert [g.title for g in added.goals] == ["Swim"]
    assert added.completions == ()
    assert not added.is_empty
    assert new_entries(incoming, incoming, NOW).is_empty


def test_an_import_with_an_entry_in_the_future_is_refused() -> None:
    ahead = an_urge(later(NOW, minutes=6))  # beyond the allowance for clocks that differ
    with pytest.raises(InvalidEntry, match="future"):
        new_entries(Logbook(), Logbook(events=(ahead,)), NOW)
    # the same instant seen from another zone is not in the future
    now_there = NOW.astimezone(NEW_YORK)
    assert new_entries(Logbook(), Logbook(events=(an_urge(NOW),)), now_there).events


@pytest.mark.parametrize("clock_moved", [timedelta(0), timedelta(hours=-3)], ids=["same", "back"])
def test_a_re_plan_counts_even_when_the_clock_reads_the_same_or_was_set_back(
    clock_moved: timedelta,
) -> None:
    now = local(BERLIN, 2026, 3, 1, 12)
    first = plan(Logbook(), now, since=now - timedelta(days=5), target_days=30)

    # The user changes only the target; the machine's clock reads no later than before.
    second = plan(Logbook(events=(first,)), now + clock_moved, target_days=40)

    timeline = Timeline.of((first, second))
    assert timeline.target_days == 40
    assert timeline.latest_plan == second
    assert second.last_contact is None  # a change of target only: the run goes on
    current = status(Logbook(events=(first, second)), now).current_run
    assert current is not None and current.started_at == first.last_contact
