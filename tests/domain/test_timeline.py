"""The timeline: the plans, contacts and urge instants every figure is computed from."""

from __future__ import annotations

from app.domain.timeline import Timeline
from tests.domain.support import BERLIN, NEW_YORK, a_contact, a_plan, an_urge, local


def test_the_latest_plan_sets_the_target() -> None:
    first = a_plan(local(BERLIN, 2026, 5, 1, 9, 0), target_days=21)
    second = a_plan(
        local(BERLIN, 2026, 5, 1, 9, 0), at=local(BERLIN, 2026, 5, 3, 9, 0), target_days=40
    )
    assert Timeline.of((second, first)).latest_plan == second
    assert Timeline.of((second, first)).target_days == 40
    assert Timeline.of(()).target_days == 30
    assert Timeline.of(()).latest_plan is None


def test_urges_become_sorted_instants_whatever_their_offsets() -> None:
    later_in_berlin = an_urge(local(BERLIN, 2026, 5, 1, 20, 0))  # 18:00 UTC
    earlier_in_new_york = an_urge(local(NEW_YORK, 2026, 5, 1, 10, 0))  # 14:00 UTC
    contact = a_contact(local(BERLIN, 2026, 5, 2, 9, 0))
    timeline = Timeline.of((later_in_berlin, contact, earlier_in_new_york))
    assert timeline.urge_times == (
        earlier_in_new_york.at.timestamp(),
        later_in_berlin.at.timestamp(),
    )
    assert timeline.contacts == (contact,)
    assert timeline.plans == ()
