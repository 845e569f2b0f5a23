"""Healing first, asked in the words of what happened: one wording for Settings and onboarding."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from app.ui.theme import wrapped_label


class HealingSwitch(QWidget):
    """Two boxes, because abuse and betrayal are not the same thing: either puts healing first,
    and only the first brings help meant for abuse and control."""

    toggled = Signal()  # either box, by the user or by `show_said`

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        explanation = self.tr(
            "Either one puts healing first: Holdfast leaves out everything about getting back "
            "together and points to support instead. You can change it at any time."
        )
        self.unsafe = QCheckBox(self.tr("It was abusive or controlling, or I felt unsafe"))
        self.betrayal = QCheckBox(self.tr("There was betrayal, or constant disrespect"))
        for box in (self.unsafe, self.betrayal):
            box.setAccessibleDescription(explanation)
            box.toggled.connect(self.toggled)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.unsafe)
        layout.addWidget(self.betrayal)
        layout.addWidget(wrapped_label(explanation, "muted"))

    def show_said(self, unsafe: bool, betrayal: bool) -> None:
        self.unsafe.setChecked(unsafe)
        self.betrayal.setChecked(betrayal)
