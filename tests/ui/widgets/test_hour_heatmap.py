"""The grid of urges by weekday and hour as painted: the risky hours darkest, and what each says."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from app.domain.history import HOURS, WEEKDAYS, HourMatrix
from app.ui.pages.history import HistoryPage
from app.ui.theme import dark_palette, light_palette
from app.ui.widgets.charts import LEVELS, empty_color, level_color
from app.ui.widgets.hour_heatmap import HourHeatmap
from tests.ui.widgets.painted import same, tooltip_for, tooltip_shown

pytestmark = pytest.mark.gui


@tooltip_shown
def test_the_hour_grid_marks_the_risky_hours(history_page: HistoryPage) -> None:
    hours = history_page.hours
    image = hours.grab().toImage()
    palette = light_palette()

    def painted(weekday: int, hour: int) -> QColor:
        return image.pixelColor(hours.cell_rect(weekday, hour).center().toPoint())

    assert hours.count(2, 23) == 2  # Wednesday 23:00, the busiest hour
    assert same(painted(2, 23), level_color(palette, LEVELS))
    assert hours.count(4, 21) == 1  # Friday 21:30, half as busy
    assert same(painted(4, 21), level_color(palette, 3))
    assert same(painted(0, 3), empty_color(palette))
    assert hours.accessibleDescription().startswith("When urges come most: Wed 23:00 (2 urges)")
    cell = hours.cell_rect(2, 23).center().toPoint()
    assert tooltip_for(hours, cell) == "Wednesdays, 23:00 to 00:00: 2 urges (the most of any hour)"


def test_a_change_of_theme_repaints_the_cells_in_its_colours(qtbot: QtBot) -> None:
    counts = [[0] * HOURS for _ in range(WEEKDAYS)]
    counts[6][22] = 4  # Sunday 22:00, the busiest hour
    grid = HourHeatmap()
    qtbot.addWidget(grid)
    grid.setPalette(light_palette())
    grid.resize(700, grid.heightForWidth(700))
    grid.set_matrix(HourMatrix(tuple(tuple(row) for row in counts)))
    busiest = grid.cell_rect(6, 22).center().toPoint()
    quiet = grid.cell_rect(0, 9).center().toPoint()
    light = grid.grab().toImage()

    grid.setPalette(dark_palette())
    dark = grid.grab().toImage()

    for palette, image in ((light_palette(), light), (dark_palette(), dark)):
        assert same(image.pixelColor(busiest), level_color(palette, LEVELS))
        assert same(image.pixelColor(quiet), empty_color(palette))
    assert not same(light.pixelColor(busiest), dark.pixelColor(busiest), tolerance=40)
