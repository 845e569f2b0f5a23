"""The mood chart as painted: each checked-in day a bar as high as its mood, deeper for a better
day, the words of the scale beside it, and every day said in words to the pointer and a reader."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from app.domain.check_in_figures import mood_days
from app.domain.check_ins import CheckIn, Mood, Pull
from app.domain.events import new_id
from app.ui.theme import dark_palette, light_palette
from app.ui.widgets.charts import level_color
from app.ui.widgets.mood_chart import MoodChart
from tests.ui.widgets.painted import same, tooltip_for, tooltip_shown

pytestmark = pytest.mark.gui

TODAY = date(2026, 3, 1)


def made(day: date, mood: Mood, pull: Pull = Pull.LIGHT, note: str = "") -> CheckIn:
    at = datetime(day.year, day.month, day.day, 20, tzinfo=UTC)
    return CheckIn(id=new_id(), day=day, at=at, mood=mood, pull=pull, note=note)


@pytest.fixture
def chart(qtbot: QtBot) -> MoodChart:
    made_chart = MoodChart()
    qtbot.addWidget(made_chart)
    made_chart.setPalette(light_palette())
    made_chart.resize(500, 140)
    check_ins = [
        made(TODAY, Mood.GOOD, Pull.NONE),
        made(TODAY - timedelta(days=1), Mood.VERY_HARD, Pull.OVERWHELMING, "their birthday"),
        made(TODAY - timedelta(days=3), Mood.MIXED),
    ]
    made_chart.set_days(mood_days(check_ins, TODAY, 7))
    made_chart.show()
    qtbot.waitExposed(made_chart)
    return made_chart


def test_each_bar_stands_as_high_as_the_day_s_mood_and_a_day_without_has_none(
    chart: MoodChart,
) -> None:
    plot = chart.plot_rect()

    assert chart.bar_rect(6).height() == pytest.approx(plot.height())  # good: the top
    assert chart.bar_rect(5).height() == pytest.approx(plot.height() / 5)  # very hard
    assert chart.bar_rect(3).height() == pytest.approx(plot.height() * 3 / 5)
    assert chart.bar_rect(4).height() == 0  # no check-in that day


def test_a_better_day_is_painted_deeper_and_the_theme_repaints_it(chart: MoodChart) -> None:
    good = chart.bar_rect(6).center().toPoint()
    very_hard = chart.bar_rect(5).center().toPoint()
    image = chart.grab().toImage()

    assert same(image.pixelColor(good), level_color(light_palette(), Mood.GOOD))
    assert same(image.pixelColor(very_hard), level_color(light_palette(), Mood.VERY_HARD))

    chart.setPalette(dark_palette())
    dark = chart.grab().toImage().pixelColor(good)
    assert same(dark, level_color(dark_palette(), Mood.GOOD))


@tooltip_shown
def test_pointing_at_a_day_says_its_mood_pull_and_note_in_words(chart: MoodChart) -> None:
    hard = chart.bar_rect(5).center().toPoint()
    empty = chart.item_rect(4).center().toPoint()

    assert tooltip_for(chart, hard) == (
        "Sat 28 Feb 2026: very hard; the pull: overwhelming\ntheir birthday"
    )
    assert tooltip_for(chart, empty) == "Fri 27 Feb 2026: no check-in"


def test_a_reader_hears_the_week_in_one_sentence_and_the_day_the_cursor_is_on(
    chart: MoodChart,
) -> None:
    chart.set_cursor_item(5)  # the arrow keys moved to Sat 28 Feb

    assert chart.accessibleDescription() == (
        "Over the last 7 days: 1 okay or good, 1 up and down, 1 hard or very hard, "
        "4 without a check-in. "
        "Sat 28 Feb 2026: very hard; the pull: overwhelming; their birthday"
    )


def test_the_scale_s_words_stand_beside_the_bars(chart: MoodChart) -> None:
    # The gutter left of the bars holds the words "good" and "very hard": something is painted
    # there, in the text colour, not only colour in the bars.
    image = chart.grab().toImage()
    plot = chart.plot_rect()
    background = image.pixelColor(QPoint(1, 1))
    gutter = [
        image.pixelColor(QPoint(x, y))
        for x in range(int(plot.left()) - 2)
        for y in range(int(chart.height()))
    ]
    assert any(not same(colour, background, tolerance=60) for colour in gutter)
