"""What History says about the check-ins: how the days felt, and how the pull and urges go together.

Both are counts and averages the page puts into words; nothing here rates the user. The urges of
a day come from the History calendar (urges per local date), so a check-in and the urges it is
compared with are filed under the same local dates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from app.domain.check_ins import HARD_MOODS, STRONG_PULLS, CheckIn, Mood

# An average of one or two days says more about those days than about the pull: the sentence
# waits until each side (stronger and lighter days) has at least this many check-ins.
MIN_DAYS_EACH = 5

LIGHTER_MOODS = frozenset({Mood.OKAY, Mood.GOOD})


@dataclass(frozen=True, slots=True)
class MoodDays:
    """The check-ins of a run of local dates, oldest first; None on a date without one."""

    first: date
    check_ins: tuple[CheckIn | None, ...]

    @property
    def last(self) -> date:
        return self.first + timedelta(days=len(self.check_ins) - 1)

    def day_of(self, index: int) -> date:
        return self.first + timedelta(days=index)

    @property
    def checked_in(self) -> int:
        return sum(1 for check_in in self.check_ins if check_in is not None)

    @property
    def okay_or_good(self) -> int:
        return self._count(LIGHTER_MOODS)

    @property
    def up_and_down(self) -> int:
        return self._count(frozenset({Mood.MIXED}))

    @property
    def hard(self) -> int:
        """Days rated hard or very hard."""
        return self._count(HARD_MOODS)

    def _count(self, moods: frozenset[Mood]) -> int:
        return sum(1 for c in self.check_ins if c is not None and c.mood in moods)


def mood_days(check_ins: Iterable[CheckIn], last: date, days: int) -> MoodDays:
    """The check-ins of the `days` local dates up to and including `last`."""
    if days < 1:
        raise ValueError(f"a run of dates has at least one day, not {days}")
    first = last - timedelta(days=days - 1)
    on: dict[date, CheckIn] = {c.day: c for c in check_ins if first <= c.day <= last}
    return MoodDays(first, tuple(on.get(first + timedelta(days=i)) for i in range(days)))


@dataclass(frozen=True, slots=True)
class PullAndUrges:
    """Urges logged on days the pull was rated strong or overwhelming, and on lighter days."""

    strong_days: int
    strong_urges: int
    lighter_days: int
    lighter_urges: int

    @property
    def strong_average(self) -> float:
        return self.strong_urges / self.strong_days

    @property
    def lighter_average(self) -> float:
        return self.lighter_urges / self.lighter_days


def pull_and_urges(
    check_ins: Iterable[CheckIn], urges_on: Mapping[date, int]
) -> PullAndUrges | None:
    """Urges per day on the stronger and the lighter days, counting only dates with a check-in
    that `urges_on` covers (a date it covers without urges counts zero); None while either side
    has fewer than MIN_DAYS_EACH days, when an average would say little."""
    strong_days = strong_urges = lighter_days = lighter_urges = 0
    for check_in in check_ins:
        urges = urges_on.get(check_in.day)
        if urges is None:
            continue  # a date the record of urges does not reach
        if check_in.pull in STRONG_PULLS:
            strong_days += 1
            strong_urges += urges
        else:
            lighter_days += 1
            lighter_urges += urges
    if min(strong_days, lighter_days) < MIN_DAYS_EACH:
        return None
    return PullAndUrges(strong_days, strong_urges, lighter_days, lighter_urges)
