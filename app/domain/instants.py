"""Which instants Holdfast accepts: typed, picked, imported or read back from its file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.domain.errors import InvalidEntry
from app.domain.words import QT_TRANSLATE_NOOP, Said

# Nothing anyone records with Holdfast happened before this; an older date is a typo in the year.
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
# Two computers' clocks (an export from another machine), or a clock and its network time, may
# disagree by this much: an instant that little ahead of the clock is not refused as the future.
CLOCK_SKEW = timedelta(minutes=5)
# Python's dates end with the years 1 and 9999. An instant a year inside them can be shown in any
# time zone and have a target's days added; one in those years stops the arithmetic. Only a
# damaged or hand-edited file holds one, as the checks below keep them out of everything else.
FIRST_COUNTABLE_YEAR = 2
LAST_COUNTABLE_YEAR = 9998


def check_instant(moment: object, now: datetime, what: str) -> datetime:
    """`moment` if Holdfast accepts it from the user or an import; InvalidEntry saying what is
    allowed if not. `what` names it for the message: "the last contact", "the urge"...

    The one check for every instant that comes in: from the command line, the window's date
    fields and an import alike.
    """
    if not isinstance(moment, datetime) or moment.tzinfo is None:
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry", "{what} needs a date and time with its time zone"
                ),
                what=what,
            )
        )
    if moment < EARLIEST:
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry", "{what} cannot be before 1970 (it reads {day}); check the year"
                ),
                what=what,
                day=moment.date(),
            )
        )
    if moment > now + CLOCK_SKEW:
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry", "{what} cannot be in the future (it is now {now})"
                ),
                what=what,
                now=now,
            )
        )
    return moment


def happened_at(moment: datetime | None, now: datetime, what: str) -> datetime:
    """When something the user tells of happened: `moment` if given and allowed (check_instant),
    else `now`. A moment ahead of this clock by no more than CLOCK_SKEW (another device's clock)
    is taken as now, so nothing recorded ever starts after the moment the figures count to."""
    if moment is None:
        return now
    return min(check_instant(moment, now, what), now)


def check_countable(moment: datetime) -> datetime:
    """`moment` if the figures can be counted with it; InvalidEntry if it lies at the very edge
    of the dates a computer holds, which only a damaged file brings."""
    if not FIRST_COUNTABLE_YEAR <= moment.year <= LAST_COUNTABLE_YEAR:
        raise InvalidEntry(
            Said(
                QT_TRANSLATE_NOOP(
                    "InvalidEntry", "the date {moment} is not one Holdfast can count with"
                ),
                moment=moment.isoformat(),
            )
        )
    return moment
