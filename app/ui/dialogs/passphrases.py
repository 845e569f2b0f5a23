"""The dialogs of Settings > Privacy that take a passphrase: protecting the entries with one,
changing it, turning protection off; and the recovery key, shown once.

Each runs its work (a slow key derivation, every file sealed or opened) beside the window, so
nothing freezes, and says in one line what went wrong, as the storage words it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.storage.errors import StorageError
from app.ui.off_thread import Done, OffThread
from app.ui.speech import what_went_wrong
from app.ui.theme import wrapped_label

SHORTEST = 8  # characters in a new passphrase, as the command line asks
FIELD_WIDTH = 300
WIDTH = 480  # wide enough that what each dialog says wraps to a few calm lines
# The work a dialog runs off the window's thread, given what was typed in its fields in order.
Work = Callable[[list[str]], object]


class PassphraseDialog(QDialog):
    """Fields for passphrases, a line for what is wrong, and a button that starts the work;
    accepted once the work is done, with `result_value` what it returned."""

    working = Signal()  # the work starts now, on the window's thread
    worked = Signal(object)  # the work's Done, success or not

    def __init__(
        self, work: Work, title: str, action: str, busy: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setMinimumWidth(WIDTH)
        self._work = work
        self._action, self._busy = action, busy
        self.result_value: object = None
        self._fields: list[QLineEdit] = []
        self.layout_box = QVBoxLayout(self)
        self.form = QFormLayout()
        self.problem = wrapped_label("")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setDefault(True)
        self.cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._start)
        buttons.rejected.connect(self.reject)
        self._buttons = buttons
        self._off_thread = OffThread(self)
        self._off_thread.finished.connect(self._finish)

    def finish_layout(self, before: QWidget | None = None, after: QWidget | None = None) -> None:
        """Lays out `before` (what the dialog does), the fields, `after` and the buttons."""
        if before is not None:
            self.layout_box.addWidget(before)
        self.layout_box.addLayout(self.form)
        if after is not None:
            self.layout_box.addWidget(after)
        self.layout_box.addWidget(self.problem)
        self.layout_box.addWidget(self._buttons)
        self._fields[0].setFocus()

    def field(self, label: str) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMinimumWidth(FIELD_WIDTH)
        field.setAccessibleName(label)
        field.textEdited.connect(self.problem.hide)  # a refusal goes as they type again
        field.textChanged.connect(self._follow_fields)
        self.form.addRow(label, field)
        self._fields.append(field)
        self._follow_fields()
        return field

    def refusal(self) -> str | None:
        """Why what is typed cannot be used, said before any work; None when it can."""
        return None

    def new_passphrase_refusal(self, new: QLineEdit, again: QLineEdit) -> str | None:
        if len(new.text()) < SHORTEST:
            return self.tr("This one is shorter than %n characters.", "", SHORTEST)
        if new.text() != again.text():
            return self.tr("The two passphrases are not the same yet.")
        return None

    def reject(self) -> None:
        if not self._off_thread.running:  # work half done cannot be called back
            super().reject()

    def _start(self) -> None:
        refused = self.refusal()
        if refused is not None:
            self._say(refused)
            return
        self._set_working(True)
        self.working.emit()
        typed = [field.text() for field in self._fields]
        self._off_thread.run(lambda: self._work(typed), catching=(StorageError, OSError))

    def _finish(self, done: Done[object]) -> None:
        self.worked.emit(done)
        self._set_working(False)
        if done.error is not None:
            self._say(what_went_wrong(done.error))
            return
        self.result_value = done.value
        self.accept()

    def _follow_fields(self) -> None:
        self.ok.setEnabled(all(field.text() for field in self._fields))

    def _set_working(self, working: bool) -> None:
        self.ok.setText(self._busy if working else self._action)
        for widget in (self.cancel, *self._fields):
            widget.setEnabled(not working)
        if working:
            self.ok.setEnabled(False)
        else:
            self._follow_fields()

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()
        self._fields[0].setFocus()


class ProtectDialog(PassphraseDialog):
    """A new passphrase, twice, and what protecting does."""

    def __init__(self, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(
            work,
            self.tr("Protect with a passphrase"),
            self.tr("Protect"),
            self.tr("Protecting…"),
            parent,
        )
        self.passphrase = self.field(self.tr("Passphrase"))
        self.again = self.field(self.tr("Again"))
        self.finish_layout(
            wrapped_label(
                self.tr(
                    "Holdfast will keep your entries, notes and journal encrypted on this "
                    "computer. It asks for the passphrase when it opens, and locks again when "
                    "you step away."
                )
            ),
            wrapped_label(
                self.tr("At least %n characters. A few words together work well.", "", SHORTEST),
                "muted",
            ),
        )

    def refusal(self) -> str | None:
        return self.new_passphrase_refusal(self.passphrase, self.again)


class ChangePassphraseDialog(PassphraseDialog):
    """The passphrase in force (or the recovery key), then a new one, twice."""

    def __init__(self, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(
            work,
            self.tr("Change passphrase"),
            self.tr("Change"),
            self.tr("Changing…"),
            parent,
        )
        self.current = self.field(self.tr("Current passphrase"))
        self.passphrase = self.field(self.tr("New passphrase"))
        self.again = self.field(self.tr("Again"))
        self.finish_layout(
            after=wrapped_label(
                self.tr(
                    "Your recovery key works as the current passphrase too, and it stays the same."
                ),
                "muted",
            )
        )

    def refusal(self) -> str | None:
        return self.new_passphrase_refusal(self.passphrase, self.again)


class TurnOffDialog(PassphraseDialog):
    """What turning protection off does, and the passphrase (or recovery key) to do it."""

    def __init__(self, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(
            work,
            self.tr("Turn off protection"),
            self.tr("Turn off"),
            self.tr("Turning off…"),
            parent,
        )
        self.current = self.field(self.tr("Passphrase"))
        self.finish_layout(
            wrapped_label(
                self.tr(
                    "Your entries, notes and journal will be written in plain text on this "
                    "computer again, and Holdfast will not ask for a passphrase. Anyone who can "
                    "open your files can then read them."
                )
            ),
            wrapped_label(self.tr("Your recovery key works here too."), "muted"),
        )


class RecoveryKeyDialog(QDialog):
    """The recovery key, shown this once: to write down, and to copy."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        self.setModal(True)
        self.setMinimumWidth(WIDTH)
        self.key = QLineEdit(recovery_key)
        self.key.setReadOnly(True)
        self.key.setAccessibleName(self.tr("Recovery key"))
        self.key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key.setMinimumWidth(self.key.fontMetrics().horizontalAdvance(recovery_key) + 24)
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.copy = QPushButton(self.tr("Copy"))
        self.copy.setAutoDefault(False)
        self.copy.clicked.connect(self._copy)
        row = QHBoxLayout()
        row.addWidget(self.key, 1)
        row.addWidget(self.copy)
        self.copied = wrapped_label(self.tr("Copied."), "muted")
        self.copied.hide()
        done = QDialogButtonBox()
        written = done.addButton(
            self.tr("I have written it down"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        written.setDefault(True)
        done.accepted.connect(self.accept)
        box = QVBoxLayout(self)
        box.addWidget(
            wrapped_label(
                self.tr(
                    "Protection is on. Write this recovery key down and keep it somewhere safe: "
                    "if you ever forget your passphrase, it unlocks Holdfast instead."
                )
            )
        )
        box.addLayout(row)
        box.addWidget(self.copied)
        box.addWidget(
            wrapped_label(
                self.tr("It is shown only this once. Either it or your passphrase unlocks."),
                "muted",
            )
        )
        box.addWidget(done)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.key.text())
        self.copied.show()


class ExportPassphrase:
    """Asks for the passphrase of an encrypted export that the keys here do not open (written
    under another passphrase, or on another computer)."""

    @classmethod
    def ask(cls, parent: QWidget, again: bool) -> str | None:
        """What was typed; None when the user would rather not import it after all."""
        from PySide6.QtWidgets import QInputDialog

        label = QCoreApplication.translate(
            "ExportPassphrase",
            "This export is encrypted. Type the passphrase (or the recovery key) that was in "
            "force when it was written.",
        )
        if again:
            label = QCoreApplication.translate(
                "ExportPassphrase",
                "That does not open this export. Type its passphrase (or its recovery key) "
                "again, or cancel.",
            )
        typed, given = QInputDialog.getText(
            parent,
            QCoreApplication.translate("ExportPassphrase", "Import"),
            label,
            QLineEdit.EchoMode.Password,
        )
        return typed if given and typed else None
