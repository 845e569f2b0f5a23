"""The lock screen: Holdfast's name, one calm line, the passphrase field, and help one click away.

It shows nothing of the data (no day count, no name, no page), since anyone may be looking at
the screen. The crisis help needs no data, so it stays reachable while locked.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.resources import app_icon
from app.ui.theme import wrapped_label

ICON_SIZE = 72
COLUMN_WIDTH = 480  # the line and the field read as one short column, however wide the window


class LockScreen(QWidget):
    """Asks for the passphrase (or the recovery key); whoever shows it does the unlocking, off
    the window's thread, and answers with `show_refused` or by taking the screen away."""

    unlock_requested = Signal(str)  # what was typed
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Holdfast is locked"))
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        name = QLabel(self.tr("Holdfast"))
        name.setProperty("role", "figure")
        name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        line = wrapped_label(
            self.tr("Your entries are protected. Type your passphrase to open them.")
        )
        line.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._unlock)
        self.passphrase.textEdited.connect(self._clear_refusal)
        self.unlock = QPushButton(self.tr("Unlock"))
        self.unlock.setDefault(True)
        self.unlock.clicked.connect(self._unlock)
        field_row = QHBoxLayout()
        field_row.addWidget(self.passphrase, 1)
        field_row.addWidget(self.unlock)

        hint = wrapped_label(self.tr("Your recovery key works here too."), "muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # One line, said as the storage says it, and gone as soon as they type again.
        self.refusal = wrapped_label("")
        self.refusal.setAlignment(Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag.AlignTop)
        # Room for it kept (two lines) when hidden, so the field does not move as it comes.
        self.refusal.setMinimumHeight(self.refusal.fontMetrics().lineSpacing() * 2)
        room = self.refusal.sizePolicy()
        room.setRetainSizeWhenHidden(True)
        self.refusal.setSizePolicy(room)
        self.refusal.hide()
        self.help = QPushButton(self.tr("Need help now?"))
        self.help.setProperty("role", "quiet")
        self.help.clicked.connect(self.help_requested)

        column = QWidget()
        column.setMaximumWidth(COLUMN_WIDTH)
        box = QVBoxLayout(column)
        box.setSpacing(10)
        box.addWidget(icon)
        box.addWidget(name)
        box.addWidget(line)
        box.addSpacing(8)
        box.addLayout(field_row)
        box.addWidget(hint)
        box.addWidget(self.refusal)
        # Centred by stretches, not by alignment: an aligned widget loses the height its
        # wrapped lines need in a longer language.
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(column, 100)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(middle)
        outer.addStretch(3)
        outer.addWidget(self.help, 0, Qt.AlignmentFlag.AlignHCenter)
        self.setFocusProxy(self.passphrase)

    def show_unlocking(self) -> None:
        """The derivation takes a moment: said, with the button and field still until it ends."""
        self.unlock.setEnabled(False)
        self.unlock.setText(self.tr("Unlocking…"))
        self.passphrase.setReadOnly(True)
        self.refusal.hide()

    def show_refused(self, why: str) -> None:
        """The passphrase did not unlock: one line says so, and the field is ready again."""
        self.unlock.setEnabled(True)
        self.unlock.setText(self.tr("Unlock"))
        self.passphrase.setReadOnly(False)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.refusal.setText(why)
        self.refusal.show()

    def _unlock(self) -> None:
        typed = self.passphrase.text()
        if typed and self.unlock.isEnabled():
            self.unlock_requested.emit(typed)

    def _clear_refusal(self) -> None:
        self.refusal.hide()
