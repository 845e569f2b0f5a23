"""Fields for a moment that has already happened: a calendar whose later days look unavailable."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QCalendarWidget, QDateEdit, QDateTimeEdit

from app.ui.qt_time import to_qt
from app.ui.wording import day_format, moment_format


class PastCalendar(QCalendarWidget):
    """A calendar that draws the days after its maximum date in the faded text of a disabled
    control. Qt only gives them another background, so they kept their full ink (and the
    weekend's red) and looked as choosable as any other day."""

    def paintCell(self, painter: QPainter, rect: QRect, date: QDate) -> None:
        if date <= self.maximumDate():
            super().paintCell(painter, rect, date)
            return
        # Read at each paint, so a change of theme while the dialog is open is followed.
        palette = self.palette()
        painter.save()
        painter.fillRect(rect, palette.color(QPalette.ColorRole.Window))
        painter.setPen(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(date.day()))
        painter.restore()


def past_moment_edit(shown: datetime, now: datetime) -> QDateTimeEdit:
    """A date and time field that cannot go past `now`, with a calendar that shows it cannot."""
    edit = QDateTimeEdit(to_qt(shown))
    _with_calendar(edit)
    edit.setDisplayFormat(moment_format())  # a weekday helps place the moment in time
    edit.setMaximumDateTime(to_qt(now))
    return edit


def past_day_edit() -> QDateEdit:
    """A date field whose calendar fades the days after the maximum its owner sets."""
    edit = QDateEdit()
    _with_calendar(edit)
    edit.setDisplayFormat(day_format())
    return edit


def _with_calendar(edit: QDateTimeEdit) -> None:
    edit.setCalendarPopup(True)
    edit.setCalendarWidget(PastCalendar(edit))  # a parent from here, so Python never frees it
    # With a calendar, Qt takes a click on the text for a click on a spin box's down arrow and
    # moves the date back a day: merely clicking into the last contact would change it. Without
    # the spin buttons a click only places the cursor; the arrow still opens the calendar, and
    # the keyboard's Up and Down still step.
    edit.setButtonSymbols(QDateTimeEdit.ButtonSymbols.NoButtons)
