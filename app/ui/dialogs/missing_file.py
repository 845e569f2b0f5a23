"""At start, a data file missing beside its backups: restore the newest, start afresh, or quit."""

from __future__ import annotations

from datetime import tzinfo
from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from app.storage.errors import MissingDataFile
from app.ui.dialogs.choices import Choices
from app.ui.file_notices import newest_backup_text


class Choice(Enum):
    RESTORE = "restore"
    START_AFRESH = "start_afresh"
    QUIT = "quit"


class MissingFileDialog(QMessageBox):
    """Asked instead of the first-start questions: backups show this is not a first start."""

    def __init__(
        self, missing: MissingDataFile, zone: tzinfo | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Your data file is missing"))
        self.setText(self.tr("Holdfast's data file is not in its folder:\n%s") % missing.path)
        self.setInformativeText(
            "\n\n".join(
                (
                    self.tr(
                        "Its backups are there, so this is not a first start: a sync tool or a "
                        "mistake may have moved the file. Nothing has been written."
                    ),
                    newest_backup_text(missing.newest_backup_at.astimezone(zone))
                    if missing.newest_backup_at is not None
                    else self.tr(
                        "None of them can be read: put the file back (a sync tool may keep a "
                        "copy) and start Holdfast again, or start afresh."
                    ),
                    self.tr(
                        "Starting afresh begins an empty logbook; the backups stay where they "
                        "are, and Settings can restore one later."
                    ),
                )
            )
        )
        self._choices = Choices(self, otherwise=Choice.QUIT)
        if missing.newest_backup_at is not None:
            self._choices.add(
                Choice.RESTORE,
                self.tr("Restore the newest backup"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        self._choices.add(
            Choice.START_AFRESH, self.tr("Start afresh"), QMessageBox.ButtonRole.ActionRole
        )
        self._choices.add(Choice.QUIT, self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)

    def choice(self) -> Choice:
        return self._choices.chosen()

    @classmethod
    def ask(
        cls, missing: MissingDataFile, zone: tzinfo | None, parent: QWidget | None = None
    ) -> Choice:
        """What the user chose; nothing is written before this returns. Tests replace it."""
        dialog = cls(missing, zone, parent)
        dialog.exec()
        return dialog.choice()
