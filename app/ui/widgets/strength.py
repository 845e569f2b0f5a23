"""StrengthSlider: how strong an urge was, 1 to 10 or not rated; the one control for it anywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from app.domain.events import MAX_INTENSITY


class StrengthSlider(QWidget):
    """A slider from 0 (not rated, the default) to 10, with the value written beside it."""

    valueChanged = Signal(int)  # noqa: N815 (named as Qt's own controls name it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, MAX_INTENSITY)
        self.slider.setPageStep(1)
        self.slider.setAccessibleName(self.tr("How strong the urge was, 1 to 10"))
        self.value_label = QLabel()
        # As wide as its longest text, so the slider does not jump while it moves.
        metrics = QFontMetrics(self.value_label.font())
        self.value_label.setMinimumWidth(
            max(metrics.horizontalAdvance(t) for t in (self.tr("not rated"), "10")) + 4
        )
        self.slider.valueChanged.connect(self._show)
        self.slider.valueChanged.connect(self.valueChanged)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.slider, 1)
        row.addWidget(self.value_label)
        self.setFocusProxy(self.slider)
        self._show(0)

    def value(self) -> int:
        """0 for not rated, else 1 to 10."""
        return self.slider.value()

    def setValue(self, value: int) -> None:
        self.slider.setValue(value)

    def text(self) -> str:
        """What the label beside the slider says: the number, or "not rated"."""
        return self.value_label.text()

    def setAccessibleName(self, name: str) -> None:
        self.slider.setAccessibleName(name)  # the slider is what a screen reader lands on

    def _show(self, value: int) -> None:
        text = str(value) if value else self.tr("not rated")
        self.value_label.setText(text)
        self.slider.setAccessibleDescription(text)
