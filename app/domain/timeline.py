"""The part of the logbook every figure depends on: plans, contacts and when urges happened."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.events import DEFAULT_TARGET_DAYS, Contact, Event, Plan, Urge, recorded_order


@dataclass(frozen=True, slots=True)
class Timeline:
    """Streaks, the countdown and the totals need no more than this.

    It is much smaller than the logbook: an urge counts by its instant alone, so years of urges
    become one list of numbers, which the command line keeps beside the data file for `status`.
    """

    plans: tuple[Plan, ...]
    contacts: tuple[Contact, ...]
    urge_times: tuple[float, ...]  # sorted POSIX timestamps of every urge

    @classmethod
    def of(cls, events: Iterable[Event]) -> Timeline:
        plans: list[Plan] = []
        contacts: list[Contact] = []
        urge_times: list[float] = []
        for event in events:
            if isinstance(event, Urge):
                # Floats, because sorting and comparing datetimes recorded with different
                # offsets is slow, and a heavy user has tens of thousands of urges.
                urge_times.append(event.at.timestamp())
            elif isinstance(event, Contact):
                contacts.append(event)
            else:
                plans.append(event)
        return cls(tuple(plans), tuple(contacts), tuple(sorted(urge_times)))

    @property
    def latest_plan(self) -> Plan | None:
        return max(self.plans, key=recorded_order, default=None)

    @property
    def target_days(self) -> int:
        latest = self.latest_plan
        return latest.target_days if latest else DEFAULT_TARGET_DAYS
