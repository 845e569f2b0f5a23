"""The calendar of a moment already past, as painted: the days after its last one in the faded ink
of a disabled control, the days up to it as Qt draws them, in whichever theme is on."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QCalendarWidget, QTableView
from pytestqt.qtbot import QtBot

from app.ui.theme import dark_palette, light_palette
from app.ui.widgets.past_moment import PastCalendar
from tests.ui.test_theme import contrast

pytestmark = pytest.mark.gui


def day_colours(calendar: QCalendarWidget, day: int) -> tuple[QColor, QColor]:
    """The background of the shown month's `day` in the open calendar, and its digits' ink
    (the colour standing out most from it), as drawn on screen."""
    view = calendar.findChild(QTableView)
    assert view is not None
    model = view.model()
    cells = [model.index(row, column) for row in range(1, 7) for column in range(7)]
    # The first match from the top past the leading days of the month before (22 and later).
    (cell,) = [c for c in cells if model.data(c) == day and (c.row() > 1 or day < 22)][:1]
    image = view.viewport().grab().toImage()
    box = view.visualRect(cell)
    seen = Counter(
        image.pixel(x, y)
        for x in range(box.left() + 1, box.right())
        for y in range(box.top() + 1, box.bottom())
    )
    ground = QColor.fromRgb(seen.most_common(1)[0][0])
    ink = max((QColor.fromRgb(pixel) for pixel in seen), key=lambda c: contrast(c, ground))
    return ground, ink


def test_the_last_day_is_drawn_as_choosable_and_the_next_follows_a_change_of_theme(
    qtbot: QtBot,
) -> None:
    calendar = PastCalendar()
    qtbot.addWidget(calendar)
    calendar.setPalette(light_palette())
    calendar.setMaximumDate(QDate(2026, 3, 11))  # a Wednesday
    calendar.setCurrentPage(2026, 3)
    calendar.resize(420, 300)
    calendar.show()
    qtbot.waitExposed(calendar)
    faded = QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text

    _, last_ink = day_colours(calendar, 11)
    _, next_ink = day_colours(calendar, 12)
    calendar.setPalette(dark_palette())  # as a theme switch while the calendar is open
    dark_ground, dark_next_ink = day_colours(calendar, 12)

    assert last_ink == light_palette().color(QPalette.ColorRole.Text)
    assert next_ink == light_palette().color(*faded)
    assert dark_next_ink == dark_palette().color(*faded)
    assert dark_ground == dark_palette().color(QPalette.ColorRole.Window)
