"""A drop-down list's highlighted row is readable in both themes, as drawn on screen."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from app.domain.preferences import Theme
from app.ui.theme import apply_theme
from tests.ui.test_theme import contrast

pytestmark = pytest.mark.gui


def _row_colours(image: QImage, top: int, bottom: int) -> tuple[QColor, QColor]:
    """The row's background (its commonest colour) and its text's ink (the one standing out most
    from it), read from a grabbed image between the rows `top` and `bottom`."""
    seen = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(top, bottom + 1))
    ground = QColor.fromRgb(seen.most_common(1)[0][0])
    ink = max((QColor.fromRgb(pixel) for pixel in seen), key=lambda c: contrast(c, ground))
    return ground, ink


# The offscreen platform's notices on opening a popup: it has no stacking and no keyboard grab.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "does not support grabbing")
@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_the_highlighted_row_of_an_open_drop_down_is_readable(
    app: QApplication, qtbot: QtBot, theme: Theme
) -> None:
    apply_theme(app, theme)
    combo = QComboBox()
    combo.addItems(["Every day", "On weekdays", "Once a week"])
    combo.setCurrentIndex(1)
    # Large, bold letters have pixels the ink covers fully: the colours, not the smoothing.
    font = combo.font()
    font.setPointSize(20)
    font.setBold(True)
    combo.setFont(font)
    qtbot.addWidget(combo)
    combo.show()
    qtbot.waitExposed(combo)

    combo.showPopup()
    view = combo.view()
    qtbot.waitUntil(lambda: view.isVisible())
    highlighted = view.currentIndex()
    assert highlighted.row() == 1
    assert view.selectionModel().isSelected(highlighted)
    row = view.visualRect(highlighted)
    image = view.viewport().grab().toImage()
    ground, ink = _row_colours(image, row.top() + 1, row.bottom() - 1)
    plain = view.visualRect(view.model().index(0, 0))
    plain_ground, _ = _row_colours(image, plain.top() + 1, plain.bottom() - 1)
    combo.hidePopup()

    assert contrast(ink, ground) >= 4.5, f"{ink.name()} on {ground.name()}"
    assert ground != plain_ground  # the highlight shows which row it is
