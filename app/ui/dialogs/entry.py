"""Editing a past urge or contact: what it was, when, and the details written with it."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import InvalidEntry
from app.domain.events import (
    Contact,
    StartedBy,
    Urge,
    UrgeKind,
)
from app.domain.instants import check_instant
from app.ui.dialogs.contact import ContactDialog
from app.ui.qt_time import from_qt
from app.ui.speech import what_went_wrong
from app.ui.widgets.past_moment import past_moment_edit
from app.ui.widgets.strength import StrengthSlider
from app.ui.wording import urge_labels

SAME_MINUTE = 60  # seconds: the editor shows whole minutes, so an untouched time keeps its seconds


def ask_edit(entry: Urge | Contact, now: datetime, parent: QWidget | None) -> Urge | Contact | None:
    """Shows the editor that fits the entry; the edited entry, or None when the user cancels."""
    if isinstance(entry, Urge):
        return UrgeEditor.ask_edit(entry, now, parent)
    return ContactEditor.ask_edit(entry, now, parent)


def _chosen_time(editor: QDateTimeEdit, was: datetime, now: datetime) -> datetime:
    chosen = from_qt(editor.dateTime(), now)
    return was if abs((chosen - was).total_seconds()) < SAME_MINUTE else chosen


class UrgeEditor(QDialog):
    def __init__(self, urge: Urge, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Holdfast: edit urge"))
        self._urge = urge
        self._now = now

        self.when = past_moment_edit(urge.at, now)
        self.when.setAccessibleName(self.tr("When the urge came"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("What you wanted to do"))
        for kind, label in urge_labels().items():
            self.kind.addItem(label, kind)
        self.kind.setCurrentIndex(list(UrgeKind).index(urge.kind))
        self.intensity = StrengthSlider()  # the same control as on Today
        self.intensity.setValue(urge.intensity or 0)
        self.note = QPlainTextEdit(urge.note)
        self.note.setTabChangesFocus(True)
        self.note.setAccessibleName(self.tr("Note"))
        self.unsent = QPlainTextEdit(urge.unsent_message)
        self.unsent.setTabChangesFocus(True)
        self.unsent.setPlaceholderText(self.tr("It stays here and is never sent."))
        self.unsent.setAccessibleName(self.tr("The message you wanted to send, kept here"))
        self.unsent_label = QLabel(self.tr("Unsent message"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("When"), self.when)
        form.addRow(self.tr("The urge to"), self.kind)
        form.addRow(self.tr("Strength"), self.intensity)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.unsent_label, self.unsent)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._show_unsent)
        self._show_unsent()

    def edited(self) -> Urge:
        """The urge as the fields have it; InvalidEntry when they break a rule."""
        return replace(
            self._urge,
            at=_chosen_time(self.when, self._urge.at, self._now),
            kind=UrgeKind(self.kind.currentData()),
            intensity=self.intensity.value() or None,
            note=self.note.toPlainText(),
            unsent_message=self.unsent.toPlainText(),
        )

    def accept(self) -> None:
        try:
            check_instant(self.edited().at, self._now, "the urge")
        except InvalidEntry as error:
            self.message.setText(what_went_wrong(error))
            self.message.show()
            return
        super().accept()

    def _show_unsent(self) -> None:
        # Only a message can be written instead; one written already stays in view.
        shown = self.kind.currentData() == UrgeKind.TEXT or bool(self.unsent.toPlainText())
        self.unsent.setVisible(shown)
        self.unsent_label.setVisible(shown)

    @classmethod
    def ask_edit(cls, urge: Urge, now: datetime, parent: QWidget | None = None) -> Urge | None:
        """Shows the editor; None when the user cancels. Tests replace this method."""
        dialog = cls(urge, now, parent)
        return dialog.edited() if dialog.exec() == QDialog.DialogCode.Accepted else None


class ContactEditor(ContactDialog):
    """The contact dialog, filled in from a recorded contact, with its time to correct too."""

    def __init__(self, contact: Contact, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(0, parent)
        self.setWindowTitle(self.tr("Holdfast: edit contact"))
        self._contact = contact
        self._now = now
        self.when = past_moment_edit(contact.at, now)
        self.when.setAccessibleName(self.tr("When it happened"))
        form = self.findChild(QFormLayout)
        assert form is not None  # the contact dialog lays its fields out in one form
        form.insertRow(0, self.tr("When"), self.when)
        QWidget.setTabOrder(self.when, self.kind)
        self.kind.setCurrentIndex(self.kind.findData(contact.kind))
        (self.by_me if contact.started_by is StartedBy.ME else self.by_them).setChecked(True)
        self.necessary.setChecked(contact.necessary)
        self.note.setPlainText(contact.note)
        self._explain()

    def edited(self) -> Contact:
        details = self.details()
        return replace(
            self._contact,
            at=_chosen_time(self.when, self._contact.at, self._now),
            kind=details.kind,
            started_by=details.started_by,
            necessary=details.necessary,
            note=details.note,
        )

    def accept(self) -> None:
        try:
            check_instant(self.edited().at, self._now, "the contact")
        except InvalidEntry as error:
            self.consequence.setText(what_went_wrong(error))
            return
        super().accept()

    def _explain(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save"))
        self.consequence.setText(
            self.tr(
                "Saved like this, it ends the run it falls in. The days before it stay counted."
            )
            if self.details().ends_run
            else self.tr("Saved like this, it does not end a run.")
        )

    @classmethod
    def ask_edit(
        cls, contact: Contact, now: datetime, parent: QWidget | None = None
    ) -> Contact | None:
        """Shows the editor; None when the user cancels. Tests replace this method."""
        dialog = cls(contact, now, parent)
        return dialog.edited() if dialog.exec() == QDialog.DialogCode.Accepted else None
