"""What the domain knows about time: a clock it is handed, never the machine's own."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Tells the current instant, aware and in the user's local zone (a zone with real rules)."""

    def now(self) -> datetime: ...


class FixedClock:
    """A clock that only moves when told to; tests and benchmarks use it."""

    def __init__(self, now: datetime) -> None:
        self._now = _require_aware(now)

    def now(self) -> datetime:
        return self._now

    def set(self, now: datetime) -> None:
        self._now = _require_aware(now)

    def advance(self, by: timedelta) -> None:
        self._now = self._now + by


def _require_aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("a clock must tell aware time, with the zone whose rules apply")
    return moment
