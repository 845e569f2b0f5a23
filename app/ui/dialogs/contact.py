"""Recording contact with the ex: how, who started it, whether it could be avoided."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.events import ContactKind, StartedBy
from app.ui.theme import wrapped_label
from app.ui.widgets.when_it_happened import WhenItHappened
from app.ui.wording import contact_labels


@dataclass(frozen=True)
class ContactDetails:
    kind: ContactKind
    started_by: StartedBy
    necessary: bool
    note: str
    at: datetime | None = None  # when it happened; None for just now, the moment it is saved

    @property
    def ends_run(self) -> bool:
        return self.started_by is StartedBy.ME and not self.necessary


class ContactDialog(QDialog):
    def __init__(
        self,
        streak_days: int,
        parent: QWidget | None = None,
        healing: bool = False,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        """With a `clock`, it asks when it happened too: just now, or a time before now."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Holdfast: record contact"))
        self._streak_days = streak_days
        self._clock = clock
        self.when_it_happened = None if clock is None else WhenItHappened(clock())

        intro = wrapped_label(
            self.tr(
                "It happens, and recording it honestly is part of the work. Contact they started "
                "that you didn't take part in, or contact that could not be avoided, does not end "
                "your run."
            )
        )
        # Healing first: the relationship hurt them, and contact may be frightening, not a slip.
        self.safety = wrapped_label(
            self.tr(
                "If they threatened you or you feel unsafe, call your local emergency number. A "
                "private note of dates and what happened can help if you ever look for "
                "protection."
            )
        )
        self.safety.setVisible(healing)
        self.kind = QComboBox()
        for kind, label in contact_labels().items():  # the words the History page uses
            self.kind.addItem(label, kind)
        self.by_me = QRadioButton(self.tr("I reached out, or I replied"))
        self.by_them = QRadioButton(self.tr("They reached out and I didn't engage"))
        self.by_me.setChecked(True)
        self._who = QButtonGroup(self)
        self._who.addButton(self.by_me)
        self._who.addButton(self.by_them)
        who = QVBoxLayout()
        who.addWidget(self.by_me)
        who.addWidget(self.by_them)
        self.necessary = QCheckBox(self.tr("It was necessary (children, a shared home, work)"))
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("What happened, and how you feel (optional)"))
        self.note.setTabChangesFocus(True)
        self.consequence = QLabel()
        self.consequence.setWordWrap(True)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        if self.when_it_happened is not None:
            form.addRow(self.tr("When it happened"), self.when_it_happened)
            self.when_it_happened.changed.connect(self._explain)
        form.addRow(self.tr("What was it?"), self.kind)
        form.addRow(self.tr("Did you reach out or reply?"), who)
        form.addRow("", self.necessary)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.safety)
        layout.addLayout(form)
        layout.addWidget(self.consequence)
        layout.addWidget(self.buttons)

        for toggle in (self.by_me, self.by_them, self.necessary):
            toggle.toggled.connect(self._explain)
        self._explain()

    def details(self) -> ContactDetails:
        return ContactDetails(
            kind=self.kind.currentData(),
            started_by=StartedBy.ME if self.by_me.isChecked() else StartedBy.THEM,
            necessary=self.necessary.isChecked(),
            note=self.note.toPlainText(),
            at=None if self.when_it_happened is None else self.when_it_happened.moment(),
        )

    def accept(self) -> None:
        # The time field cannot go past the moment the dialog opened; a clock set back while it
        # was open can still leave the time chosen ahead of it.
        at = self.details().at
        if self._clock is not None and at is not None and at > self._clock():
            self.consequence.setText(
                self.tr(
                    "That time has not come yet by your computer's clock: choose an earlier one."
                )
            )
            return
        super().accept()

    def _explain(self) -> None:
        # The confirmation is spelled out before the run ends, on the button itself.
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        details = self.details()
        if details.ends_run and details.at is not None:
            # Told of late, it may fall in this run or in an earlier one: the one it falls in.
            self.consequence.setText(
                self.tr(
                    "This ends the run it falls in at that time, and a new one starts from then. "
                    "The days before it stay counted in your history, and you can undo this."
                )
            )
            ok.setText(self.tr("End that run and record it"))
        elif details.ends_run:
            # The singular said apart: without an English translation Qt would write "1 days".
            self.consequence.setText(
                self.tr(
                    "This ends your current run of 1 day and starts a new one now. "
                    "That day stays counted in your history, and you can undo this."
                )
                if self._streak_days == 1
                else self.tr(
                    "This ends your current run of %n days and starts a new one now. "
                    "Those days stay counted in your history, and you can undo this.",
                    "",
                    self._streak_days,
                )
            )
            ok.setText(self.tr("End this run and record it"))
        else:
            self.consequence.setText(self.tr("This is recorded and your run goes on."))
            ok.setText(self.tr("Record it"))

    @classmethod
    def ask(
        cls,
        streak_days: int,
        parent: QWidget | None = None,
        healing: bool = False,
        clock: Callable[[], datetime] | None = None,
    ) -> ContactDetails | None:
        """Shows the dialog; None when the user cancels. Tests replace this method."""
        dialog = cls(streak_days, parent, healing, clock)
        return dialog.details() if dialog.exec() == QDialog.DialogCode.Accepted else None
