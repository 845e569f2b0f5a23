"""When something being recorded happened: just now, or a moment before now the user chooses."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from enum import Enum, auto

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from app.domain.instants import EARLIEST
from app.domain.wallclock import day_bounds, local_date, when_wall_clock_shows, zone_of
from app.ui.qt_time import from_qt, to_qt
from app.ui.widgets.past_moment import past_moment_edit

EVENING = time(20, 0)  # "yesterday evening" until the user says a time
EARLIER = timedelta(hours=1)  # "earlier today" until the user says a time


class Choice(Enum):
    JUST_NOW = auto()
    EARLIER_TODAY = auto()
    YESTERDAY_EVENING = auto()
    PICKED = auto()


def suggested(choice: Choice, now: datetime) -> datetime | None:
    """The moment a choice puts in the time field first; None for one that keeps what is there.

    Earlier today is an hour ago, but never yesterday; yesterday evening is 20:00 on yesterday's
    date, as the wall clock showed it whatever the clocks did that night.
    """
    zone = zone_of(now)
    today = local_date(now, zone)
    if choice is Choice.EARLIER_TODAY:
        return max(now.astimezone(UTC) - EARLIER, day_bounds(today, zone)[0]).astimezone(zone)
    if choice is Choice.YESTERDAY_EVENING:
        return when_wall_clock_shows(datetime.combine(today - timedelta(days=1), EVENING), zone)
    return None


class WhenItHappened(QWidget):
    """A choice of just now (the moment it is saved), earlier today, yesterday evening, or a
    date and time; the time field that comes with the last three cannot go past `now`."""

    changed = Signal()

    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("When it happened"))
        for choice, label in (
            (Choice.JUST_NOW, self.tr("Just now")),
            (Choice.EARLIER_TODAY, self.tr("Earlier today")),
            (Choice.YESTERDAY_EVENING, self.tr("Yesterday evening")),
            (Choice.PICKED, self.tr("Pick a date and time")),
        ):
            self.choice.addItem(label, choice)
        self.picker = past_moment_edit(now, now)
        self.picker.setAccessibleName(self.tr("The date and time it happened"))
        # Before this, an entry is refused as a typo in the year: the calendar does not offer it.
        self.picker.setMinimumDateTime(to_qt(EARLIEST))
        self.picker.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.picker)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.picker.dateTimeChanged.connect(self.changed)

    def moment(self) -> datetime | None:
        """The moment chosen; None for just now, which is the moment it is saved."""
        if self.choice.currentData() is Choice.JUST_NOW:
            return None
        return from_qt(self.picker.dateTime(), self._now)

    def _chosen(self) -> None:
        choice: Choice = self.choice.currentData()
        moment = suggested(choice, self._now)
        if moment is not None:
            self.picker.setDateTime(to_qt(moment))
        self.picker.setVisible(choice is not Choice.JUST_NOW)
        if choice is Choice.PICKED:
            self.picker.setFocus()
        self.changed.emit()
