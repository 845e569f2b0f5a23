"""The offer, above the pages, to restore the newest backup when the data file went missing."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from app.storage.errors import MissingDataFile
from app.ui.controller import Controller
from app.ui.file_notices import vanished_text
from app.ui.theme import wrapped_label
from app.ui.widgets.history_text import moment_text


class RestoreOffer(QFrame):
    """Shown while the data file is missing, and each time a save is refused for it; says what
    restoring did, and goes once the file is back, however it came back."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._reporting = False  # showing what a restore did, until dismissed
        self.setProperty("role", "banner")
        self.setAccessibleName(self.tr("Your data file is missing"))
        self.text = wrapped_label("")
        self.restore = QPushButton(self.tr("Restore the newest backup"))
        self.restore.clicked.connect(self._restore)
        self.close_button = QPushButton(self.tr("Not now"))
        self.close_button.clicked.connect(self._close)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.restore)
        row.addWidget(self.close_button)
        self.hide()
        controller.file_missing.connect(self.offer)
        controller.changed.connect(self._look)

    def offer(self, missing: MissingDataFile) -> None:
        self._reporting = False
        self.text.setText(vanished_text(missing, self._controller.now().tzinfo))
        self.restore.setVisible(missing.newest_backup is not None)
        self.close_button.setText(self.tr("Not now"))
        self.show()

    def _look(self) -> None:
        """Goes when the file is back: restored here, or put back by the user or a sync tool."""
        if self.isHidden() or self._reporting:
            return
        if not self._controller.keeping.file_is_missing():
            self.hide()

    def _restore(self) -> None:
        restored = self._controller.restore(None)
        if restored is None:  # the window's banner says why
            return
        taken = restored.backup.taken_at.astimezone(self._controller.now().tzinfo)
        self._reporting = True
        self.text.setText(
            self.tr("Your data file is back: the backup from %s is restored.") % moment_text(taken)
        )
        self.restore.hide()
        self.close_button.setText(self.tr("Dismiss"))

    def _close(self) -> None:
        self._reporting = False
        self.hide()
