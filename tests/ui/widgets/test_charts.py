"""What every chart shares: colours told apart in both themes, names for screen readers, and the
keyboard's cursor drawn round the item it is on while the chart has focus."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QToolTip, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.ui.pages.history import HistoryPage
from app.ui.theme import dark_palette, light_palette
from app.ui.widgets.charts import (
    LEVELS,
    Chart,
    calm_color,
    empty_color,
    ended_color,
    level_color,
)
from tests.ui.widgets.painted import same, tooltip_shown

pytestmark = pytest.mark.gui

Role = QPalette.ColorRole


class Strip(Chart):
    """Three items in a row, and nothing painted but the cursor: a chart at its simplest."""

    def item_count(self) -> int:
        return 3

    def item_rect(self, item: int) -> QRectF:
        return QRectF(10 + item * 40, 10, 30, 30)

    def item_at(self, point: QPointF) -> int | None:
        return next((i for i in range(3) if self.item_rect(i).contains(point)), None)

    def item_text(self, item: int) -> str:
        return f"Item {item}"

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.paint_cursor(painter)
        painter.end()


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_the_chart_colours_are_told_apart(palette: QPalette) -> None:
    page = palette.color(Role.Window)
    colours = [empty_color(palette), calm_color(palette), ended_color(palette), page]
    colours += [level_color(palette, level) for level in range(1, LEVELS + 1)]
    for index, first in enumerate(colours):
        for second in colours[index + 1 :]:
            assert not same(first, second, tolerance=16), (first.name(), second.name())
    # The day of the last contact is drawn in the base colour with an outline; the base colour
    # must still stand apart from every colour that means something else.
    for colour in colours[1:3] + colours[4:]:
        assert not same(palette.color(Role.Base), colour, tolerance=16), colour.name()


def test_the_charts_have_names_and_descriptions(history_page: HistoryPage) -> None:
    page = history_page
    for chart in (page.calendar, page.bars, page.hours):
        assert chart.accessibleName()
        assert chart.accessibleDescription()
        assert chart.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert "a run ended on 1 day" in page.calendar.accessibleDescription()
    assert "4 urges over 30 days" in page.bars.accessibleDescription()


@pytest.fixture
def strip(qtbot: QtBot) -> Iterator[Strip]:
    """The strip below a text field, which has the focus to begin with."""
    window = QWidget()
    qtbot.addWidget(window)
    window.setPalette(light_palette())
    layout = QVBoxLayout(window)
    field = QLineEdit()
    made = Strip()
    made.setFixedSize(140, 50)
    layout.addWidget(field)
    layout.addWidget(made)
    window.show()
    qtbot.waitExposed(window)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    yield made
    QToolTip.hideText()  # the keys show the item's tooltip, as they do on the History page


@tooltip_shown
def test_the_cursor_is_drawn_round_its_item_only_while_the_chart_has_focus(
    strip: Strip, qtbot: QtBot
) -> None:
    ink = light_palette().color(Role.WindowText)

    def framed() -> list[int]:
        """The items with the cursor's frame on their left edge, as painted."""
        image = strip.grab().toImage()

        def edge(item: int) -> QColor:
            rect = strip.item_rect(item)
            return image.pixelColor(QPoint(round(rect.left()) - 2, round(rect.center().y())))

        return [item for item in range(3) if same(edge(item), ink, tolerance=40)]

    assert strip.cursor_item is None
    assert framed() == []

    strip.setFocus()
    qtbot.waitUntil(strip.hasFocus)
    assert strip.cursor_item == 2  # the newest item
    assert framed() == [2]
    QTest.keyClick(strip, Qt.Key.Key_Home)
    assert framed() == [0]
    QTest.mouseClick(strip, Qt.MouseButton.LeftButton, pos=strip.item_rect(1).center().toPoint())
    assert framed() == [1]
    assert strip.accessibleDescription() == "Item 1"

    QTest.keyClick(strip, Qt.Key.Key_Backtab)  # back to the text field
    qtbot.waitUntil(lambda: not strip.hasFocus())
    assert strip.cursor_item == 1  # kept for the next time
    assert framed() == []
