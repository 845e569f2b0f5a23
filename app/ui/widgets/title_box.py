"""A goal's title beside its tick box, shortened to fit: the Goals page's rows, onboarding's
starter goals."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QCheckBox, QSizePolicy, QStyle, QWidget


class TitleBox(QCheckBox):
    """A check box whose title is shortened with an ellipsis to fit; the full title is kept."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = ""
        # The row decides the width; the text follows it instead of widening the page.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(140)
        if title:
            self.set_title(title)

    @property
    def title(self) -> str:
        return self._title

    def set_title(self, title: str) -> None:
        self._title = title
        self.setAccessibleName(title)
        self.setToolTip(title)
        self._fit()

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)  # the whole width ticks, not only the text

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        style = self.style()
        box = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
        gap = style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)
        room = max(0, self.width() - box - gap - 6)
        text = self.fontMetrics().elidedText(self._title, Qt.TextElideMode.ElideRight, room)
        if text != self.text():
            self.setText(text)
