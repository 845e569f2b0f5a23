"""A calm line that answers words about self-harm, threats or watching, wherever the user writes.

The journal and the unsent message keep what the user wrote, whatever it is: nothing is refused or
judged. But words like these are never passed over in silence either; the same crisis advice as
the help shows beside them, with the help one click away.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPlainTextEdit, QPushButton, QWidget

from app.domain.crisis import crisis_in
from app.ui.help import crisis_advice
from app.ui.theme import wrapped_label

READ_DELAY_MS = 400  # read once typing pauses: a long entry takes a few milliseconds to read


class CrisisNote(QFrame):
    """Hidden until one of the watched boxes holds crisis words; hides again once it does not."""

    help_requested = Signal()

    def __init__(self, *watched: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._watched = watched
        self.setProperty("role", "banner")
        self.setAccessibleName(self.tr("If it is hard right now"))
        self.text = wrapped_label(crisis_advice())
        self.help = QPushButton(self.tr("If it is hard right now"))
        self.help.clicked.connect(self.help_requested)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.help)
        self._timer = QTimer(self, singleShot=True, interval=READ_DELAY_MS)
        self._timer.timeout.connect(self.read)
        for box in watched:
            box.textChanged.connect(self._timer.start)
        self.hide()

    def read(self) -> None:
        """Shows or hides the note for what the boxes hold now; runs by itself as they change."""
        self._timer.stop()
        self.setVisible(any(crisis_in(box.toPlainText()) for box in self._watched))
