"""The offer, above the pages, to restore the newest backup when the data file went missing."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from app.ui.file_notices import vanished_text
from app.ui.theme import wrapped_label
from app.ui.wording import moment_text


class RestoreOffer(QFrame):
    """Shown while the data file is missing, and each time a save is refused for it; says what
    restoring did, and goes once the file is back, however it came back.

    It restores nothing itself: the window answers `restore_requested` and tells it what came
    of it (`show_restored`). Times are given in local time.
    """

    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reporting = False  # showing what a restore did, until dismissed
        self.setProperty("role", "banner")
        self.setAccessibleName(self.tr("Your data file is missing"))
        self.text = wrapped_label("")
        self.restore = QPushButton(self.tr("Restore the newest backup"))
        self.restore.clicked.connect(self.restore_requested)
        self.close_button = QPushButton(self.tr("Not now"))
        self.close_button.clicked.connect(self._close)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.restore)
        row.addWidget(self.close_button)
        self.hide()

    @property
    def waiting_for_the_file(self) -> bool:
        """Whether it is offering a restore (not saying what one did): it goes once the file
        is back, restored here, or put back by the user or a sync tool."""
        return not self.isHidden() and not self._reporting

    def offer(self, data_file: Path, newest_backup_at: datetime | None) -> None:
        """`data_file` is gone; the newest backup that puts it back was taken at
        `newest_backup_at` (None: there is no good one)."""
        self._reporting = False
        self.text.setText(vanished_text(data_file, newest_backup_at))
        self.restore.setVisible(newest_backup_at is not None)
        self.close_button.setText(self.tr("Not now"))
        self.show()

    def show_restored(self, taken_at: datetime) -> None:
        """The backup taken at `taken_at` is the data file now."""
        self._reporting = True
        self.text.setText(
            self.tr("Your data file is back: the backup from %s is restored.")
            % moment_text(taken_at)
        )
        self.restore.hide()
        self.close_button.setText(self.tr("Dismiss"))
        self.show()

    def _close(self) -> None:
        self._reporting = False
        self.hide()
