"""The urges of each week of the run: a small row of bars, each with its count written out."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.domain.review import UrgeWeek
from app.ui.theme import light_palette
from app.ui.widgets.review_weeks import UrgeWeeksRow
from tests.ui.widgets.painted import same

pytestmark = pytest.mark.gui

WEEKS = (
    UrgeWeek(1, date(2026, 3, 1), 12, whole=True),
    UrgeWeek(2, date(2026, 3, 8), 6, whole=True),
    UrgeWeek(3, date(2026, 3, 15), 0, whole=True),
    UrgeWeek(4, date(2026, 3, 22), 1, whole=False),
)


@pytest.fixture
def row(qtbot: QtBot) -> UrgeWeeksRow:
    made = UrgeWeeksRow()
    qtbot.addWidget(made)
    made.setPalette(light_palette())
    made.set_weeks(WEEKS)
    made.show()
    qtbot.waitExposed(made)
    return made


def _texts(row: UrgeWeeksRow) -> list[str]:
    return [label.text() for label in row.findChildren(QLabel) if label.isVisible()]


def test_each_week_shows_its_count_as_a_number_and_its_name(row: UrgeWeeksRow) -> None:
    texts = _texts(row)
    for count in ("12", "6", "0", "1"):
        assert count in texts
    assert {"Week 1", "Week 2", "Week 3", "Week 4\nso far"} <= set(texts)


def test_the_counts_can_be_read_without_seeing_the_bars(row: UrgeWeeksRow) -> None:
    assert row.accessibleName() == "Urges per week"
    assert row.accessibleDescription() == (
        "Week 1: 12 urges; Week 2: 6 urges; Week 3: 0 urges; Week 4, so far: 1 urge"
    )


def test_the_bars_stand_against_the_busiest_week(row: UrgeWeeksRow) -> None:
    busiest, half, empty, one = row.bars()
    assert busiest.bar_height() == pytest.approx(busiest.height() - 1)
    assert half.bar_height() == pytest.approx(busiest.bar_height() / 2)
    assert empty.bar_height() == 0
    assert 0 < one.bar_height() < half.bar_height()


def test_a_bar_is_painted_in_the_highlight_and_an_empty_week_shows_the_baseline_only(
    row: UrgeWeeksRow,
) -> None:
    busiest, _, empty, _ = row.bars()
    highlight = light_palette().color(QPalette.ColorRole.Highlight)
    middle = busiest.width() // 2
    assert same(busiest.grab().toImage().pixelColor(middle, busiest.height() // 2), highlight)
    assert not same(empty.grab().toImage().pixelColor(middle, empty.height() // 2), highlight)


def test_new_weeks_replace_the_old_ones(row: UrgeWeeksRow) -> None:
    row.set_weeks(WEEKS[:2])
    assert len(row.bars()) == 2
    assert "Week 3" not in _texts(row)
