"""Changing a past check-in: how the day felt, how strong the pull was, and its line."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.check_ins import MAX_NOTE_LENGTH, CheckIn, Mood, Pull
from app.ui.widgets.check_in_card import mood_word, pull_word
from app.ui.wording import day_text

NOTE_MARGIN = 24  # the field's frame and padding beside its hint, in pixels


class CheckInAnswers(NamedTuple):
    mood: Mood
    pull: Pull
    note: str


class CheckInEditor(QDialog):
    def __init__(self, check_in: CheckIn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Holdfast: edit check-in"))
        heading = QLabel(self.tr("Your check-in for %s") % day_text(check_in.day))
        heading.setProperty("role", "heading")
        self.mood = QComboBox()
        self.mood.setAccessibleName(self.tr("How the day felt"))
        for mood in Mood:
            self.mood.addItem(mood_word(mood), mood)
        self.mood.setCurrentIndex(self.mood.findData(check_in.mood))
        self.pull = QComboBox()
        self.pull.setAccessibleName(self.tr("How strong the pull toward them was"))
        for pull in Pull:
            self.pull.addItem(pull_word(pull), pull)
        self.pull.setCurrentIndex(self.pull.findData(check_in.pull))
        self.note = QLineEdit(check_in.note)
        self.note.setMaxLength(MAX_NOTE_LENGTH)
        self.note.setAccessibleName(self.tr("A line about the day"))
        self.note.setPlaceholderText(self.tr("A line about the day, if you like"))
        # Wide enough to show its hint whole, in any language: the dialog is otherwise as narrow
        # as its two choices.
        hint = self.note.fontMetrics().horizontalAdvance(self.note.placeholderText())
        self.note.setMinimumWidth(hint + NOTE_MARGIN)

        form = QFormLayout()
        form.addRow(self.tr("How the day felt"), self.mood)
        form.addRow(self.tr("The pull toward them"), self.pull)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def answers(self) -> CheckInAnswers:
        return CheckInAnswers(self.mood.currentData(), self.pull.currentData(), self.note.text())

    @classmethod
    def ask(cls, check_in: CheckIn, parent: QWidget | None = None) -> CheckInAnswers | None:
        """Shows the editor; None when the user cancels. Tests replace this method."""
        dialog = cls(check_in, parent)
        return dialog.answers() if dialog.exec() == QDialog.DialogCode.Accepted else None
