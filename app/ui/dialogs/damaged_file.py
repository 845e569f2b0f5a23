"""At start, a data file that cannot be used: restore a backup, look at the folder, or quit."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from app.storage.errors import DataFileError
from app.ui.dialogs.choices import Choices
from app.ui.speech import in_window_words


class Choice(Enum):
    RESTORE = "restore"
    OPEN_FOLDER = "open_folder"
    QUIT = "quit"


class DamagedFileDialog(QMessageBox):
    def __init__(self, error: DataFileError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Holdfast cannot open your data"))
        self.setText(self.tr("Holdfast cannot use its data file:\n%s") % error.path)
        details = self.tr("Reason: %s.\nNothing has been written to it.") % in_window_words(
            error.problem
        )
        if error.newest_backup is not None:
            details += "\n" + self.tr("The newest good backup is %s.") % error.newest_backup.name
        self.setInformativeText(details)
        self._choices = Choices(self, otherwise=Choice.QUIT)
        if error.newest_backup is not None:
            self._choices.add(
                Choice.RESTORE,
                self.tr("Restore the newest backup"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        self._choices.add(
            Choice.OPEN_FOLDER, self.tr("Open the data folder"), QMessageBox.ButtonRole.ActionRole
        )
        self._choices.add(Choice.QUIT, self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)

    def choice(self) -> Choice:
        return self._choices.chosen()

    @classmethod
    def ask(cls, error: DataFileError, parent: QWidget | None = None) -> Choice:
        """What the user chose; nothing is written before this returns. Tests replace it."""
        dialog = cls(error, parent)
        dialog.exec()
        return dialog.choice()
