"""Reading a painted chart as the user meets it: the colours on screen and the tooltips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QColor, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

# Showing a tooltip raises its window, which the offscreen platform only notes.
tooltip_shown = pytest.mark.qt_log_ignore("This plugin does not support raise")


def same(a: QColor, b: QColor, tolerance: int = 6) -> bool:
    channels = ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    return all(abs(x - y) <= tolerance for x, y in channels)


def tooltip_for(widget: QWidget, point: QPoint) -> str:
    event = QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)
    return QToolTip.text()
