"""The urges-per-day bars as painted: each as high as its day's urges, in the theme's colours."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from app.domain.history import DailyUrges
from app.ui.pages.history import HistoryPage
from app.ui.theme import dark_palette, light_palette
from app.ui.widgets.bar_chart import UrgeBarChart
from app.ui.widgets.charts import LEVELS, level_color
from tests.ui.widgets.painted import same

pytestmark = pytest.mark.gui


def test_the_bars_stand_as_high_as_their_day_s_urges(history_page: HistoryPage) -> None:
    page = history_page
    bars = page.bars
    daily = bars.urges()
    assert page.range_days == 30
    assert (daily.first, daily.last) == (date(2026, 1, 31), date(2026, 3, 1))
    plot = bars.plot_rect()
    heights = {
        daily.first + timedelta(days=index): bars.bar_rect(index).height()
        for index in range(len(daily.counts))
    }

    assert heights[date(2026, 2, 25)] == pytest.approx(plot.height())  # two urges: the top
    assert heights[date(2026, 2, 20)] == pytest.approx(plot.height() / 2)
    assert heights[date(2026, 2, 27)] == pytest.approx(plot.height() / 2)
    assert all(h == 0 for day, h in heights.items() if day.day not in (20, 25, 27))
    # As painted: the colour at the middle of a bar, and the page's background above it.
    image = bars.grab().toImage()
    bar = bars.bar_rect((date(2026, 2, 20) - daily.first).days)
    inside = image.pixelColor(bar.center().toPoint())
    above = image.pixelColor(QPoint(round(bar.center().x()), round(bar.top() - 4)))
    assert same(inside, level_color(light_palette(), LEVELS))
    assert not same(above, inside)


def test_a_change_of_theme_repaints_the_bars_in_its_colours(qtbot: QtBot) -> None:
    bars = UrgeBarChart()
    qtbot.addWidget(bars)
    bars.setPalette(light_palette())
    bars.resize(400, 170)
    bars.set_urges(DailyUrges(first=date(2026, 2, 26), counts=(0, 2, 1, 0)))
    tallest = bars.bar_rect(1).center().toPoint()
    light = bars.grab().toImage().pixelColor(tallest)

    bars.setPalette(dark_palette())
    dark = bars.grab().toImage().pixelColor(tallest)

    assert same(light, level_color(light_palette(), LEVELS))
    assert same(dark, level_color(dark_palette(), LEVELS))
    assert not same(light, dark, tolerance=40)
