"""A line saying what was just done, with an Undo button beside it while it can be taken back."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class UndoBanner(QFrame):
    """Says what a page just did ("Deleted …", "Saved."), and offers to undo it when it can.

    The page decides what Undo takes back and connects `undo_requested`; the banner only shows.
    Its line can take focus, so a screen reader reads it out when the button that had focus
    goes away, and keys there do nothing.
    """

    undo_requested = Signal()

    def __init__(self, undo_name: str, parent: QWidget | None = None) -> None:
        """`undo_name` says, for a screen reader, what the Undo button takes back."""
        super().__init__(parent)
        self.setProperty("role", "banner")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # it may quote the user's own words
        self.text.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(undo_name)
        self.undo_button.clicked.connect(self.undo_requested)
        self._row = QHBoxLayout(self)
        self._row.addWidget(self.text, 1)
        self._row.addWidget(self.undo_button)
        self.hide()

    def add_button(self, button: QPushButton, before_undo: bool = False) -> None:
        """Another action on what was done, beside Undo: "Add details", "Remove from backups"."""
        index = self._row.indexOf(self.undo_button)
        self._row.insertWidget(index if before_undo else index + 1, button)

    def say(self, text: str, undo: bool = False) -> None:
        """Shows `text`, with the Undo button when `undo`."""
        self.text.setText(text)
        self.undo_button.setVisible(undo)
        self.show()

    @property
    def offers_undo(self) -> bool:
        """Whether the Undo button is there for what the line says."""
        return self.undo_button.isVisibleTo(self)
