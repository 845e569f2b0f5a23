"""Qt's dates and times to Python's and back: the one place the two meet."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime

from app.domain.wallclock import zone_of


def to_qt(moment: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def from_qt(moment: QDateTime, like: datetime) -> datetime:
    """The instant a date-time edit shows, in the zone of `like` (the clock's local zone)."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), zone_of(like))


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
