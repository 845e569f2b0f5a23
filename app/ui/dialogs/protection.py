"""Settings > Privacy, protection with a passphrase: turning it on (and the recovery key, shown
once), changing the passphrase, turning it off, and the choices kept in protection.json."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.storage.errors import StorageError, cannot_use
from app.ui.controller import Controller
from app.ui.dialogs.passphrases import (
    ChangePassphraseDialog,
    PassphraseDialog,
    ProtectDialog,
    RecoveryKeyDialog,
    TurnOffDialog,
)
from app.ui.off_thread import Done, OffThread
from app.ui.protection_keeping import (
    LOCK_AFTER_MINUTES,
    Keys,
    LockOptions,
    Protected,
    change_passphrase,
    keep_in_keyring,
    options_now,
    protect_folder,
    save_options,
    turn_protection_off,
)
from app.ui.speech import in_window_words, what_went_wrong
from app.ui.theme import wrapped_label

_BETWEEN = 6  # pixels between one choice (with what it does) and the next


class ProtectionSettings(QWidget):
    """The rows under Privacy: one button while protection is off; while it is on, the
    passphrase's buttons, how soon the window locks, and the two choices that trade a little
    privacy for ease. `protection_changed` tells the window (which locks by these)."""

    protection_changed = Signal()

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self._held: Keys | None = None  # the keys while the work of a dialog has them locked
        self.dialog: QDialog | None = None  # the one open now, for tests to answer
        self._keyring = OffThread(self)
        self._keyring.finished.connect(self._kept_in_keyring)

        self.off = QWidget()
        self.protect = QPushButton(self.tr("Protect with a passphrase…"))
        self.protect.clicked.connect(self._protect)
        off_box = QVBoxLayout(self.off)
        off_box.setContentsMargins(0, 0, 0, 0)
        off_box.addWidget(
            wrapped_label(
                self.tr(
                    "A passphrase keeps your entries, notes and journal encrypted on this "
                    "computer: without it, nobody can read them."
                ),
                "muted",
            )
        )
        off_box.addWidget(self.protect, 0, Qt.AlignmentFlag.AlignLeft)

        self.on = QWidget()
        self.change = QPushButton(self.tr("Change passphrase…"))
        self.change.clicked.connect(self._change)
        self.turn_off = QPushButton(self.tr("Turn off protection…"))
        self.turn_off.clicked.connect(self._turn_off)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change)
        buttons.addWidget(self.turn_off)
        buttons.addStretch(1)
        self.lock_after = QComboBox()
        for minutes in LOCK_AFTER_MINUTES:
            self.lock_after.addItem(self.tr("%n minutes", "", minutes), minutes)
        self.lock_after.setAccessibleName(self.tr("Lock after"))
        self.lock_after.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.lock_after.currentIndexChanged.connect(self._save_options)
        lock_row = QHBoxLayout()
        lock_row.addWidget(QLabel(self.tr("Lock after")))
        lock_row.addWidget(self.lock_after)
        lock_row.addStretch(1)
        self.with_login = QCheckBox(self.tr("Unlock with my login"))
        self.with_login.toggled.connect(self._choose_login)
        self.day_count = QCheckBox(self.tr("Show the day count while locked"))
        self.day_count.toggled.connect(self._save_options)
        on_box = QVBoxLayout(self.on)
        on_box.setContentsMargins(0, 0, 0, 0)
        on_box.addWidget(
            wrapped_label(self.tr("Your entries are protected with a passphrase."), "muted")
        )
        on_box.addLayout(buttons)
        on_box.addSpacing(_BETWEEN)
        on_box.addLayout(lock_row)
        on_box.addWidget(
            wrapped_label(
                self.tr(
                    "Holdfast locks when it has not been used this long, when you close its "
                    "window to the tray, and when you choose Holdfast > Lock now."
                ),
                "muted",
            )
        )
        on_box.addSpacing(_BETWEEN)
        on_box.addWidget(self.with_login)
        on_box.addWidget(
            wrapped_label(
                self.tr(
                    "Keeps the key in this desktop's keyring, so Holdfast opens without the "
                    "passphrase while you are logged in."
                ),
                "muted",
            )
        )
        on_box.addSpacing(_BETWEEN)
        on_box.addWidget(self.day_count)
        on_box.addWidget(
            wrapped_label(
                self.tr(
                    "For a panel that shows Holdfast's status: the day count only, never a note."
                ),
                "muted",
            )
        )

        # What the last change did, or why it did not.
        self.said = wrapped_label("", "muted")
        self.said.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.off)
        box.addWidget(self.on)
        box.addWidget(self.said)
        self.show_protection()

    @property
    def _folder(self) -> Path:
        return self._controller.store.folder

    def show_protection(self) -> None:
        """Shows protection as protection.json says it is now."""
        try:
            options = options_now(self._folder)
        except StorageError as error:
            self._say(what_went_wrong(error))
            options = None
        self.off.setVisible(options is None)
        self.on.setVisible(options is not None)
        options = LockOptions() if options is None else options
        for box, value in (
            (self.with_login, options.unlock_with_login),
            (self.day_count, options.day_count_while_locked),
        ):
            with QSignalBlocker(box):  # showing what is saved is not a change
                box.setChecked(value)
        with QSignalBlocker(self.lock_after):
            self.lock_after.setCurrentIndex(self.lock_after.findData(options.lock_after_minutes))

    # Turning on, changing, turning off

    def _protect(self) -> None:
        folder = self._folder
        dialog = ProtectDialog(lambda typed: protect_folder(folder, typed[0]), self)
        self._hold_while_working(dialog)
        dialog.accepted.connect(lambda: self._protected(dialog.result_value))
        self._open(dialog)

    def _protected(self, result: object) -> None:
        assert isinstance(result, Protected)
        self.show_protection()
        self.said.hide()
        recovery = RecoveryKeyDialog(result.recovery_key, self)
        # The window starts to lock only once the key is written down: locking would close
        # this dialog, and the key is never shown again.
        recovery.finished.connect(self.protection_changed)
        self._open(recovery)

    def _change(self) -> None:
        folder = self._folder
        dialog = ChangePassphraseDialog(
            lambda typed: change_passphrase(folder, typed[0], typed[1]), self
        )
        dialog.accepted.connect(
            lambda: self._changed(
                self.tr("The passphrase is changed. Your recovery key stays the same.")
            )
        )
        self._open(dialog)

    def _turn_off(self) -> None:
        folder = self._folder
        dialog = TurnOffDialog(lambda typed: turn_protection_off(folder, typed[0]), self)
        self._hold_while_working(dialog)
        dialog.accepted.connect(
            lambda: self._changed(
                self.tr("Protection is off: your entries are written in plain text again.")
            )
        )
        self._open(dialog)

    def _hold_while_working(self, dialog: PassphraseDialog) -> None:
        """While `dialog`'s work seals or opens every file, the window reads and saves nothing
        (an urge logged meanwhile waits, sealed for later); then it goes on as protection.json
        says, with the keys it held, or the new ones."""
        dialog.working.connect(self._hold)
        dialog.worked.connect(self._release)

    def _hold(self) -> None:
        self._held = self._controller.store.sealing.keys
        self._controller.lock()

    def _release(self, done: Done[object]) -> None:
        keys = done.value.keys if isinstance(done.value, Protected) else self._held
        self._held = None
        self._controller.unlock(keys)

    def _changed(self, said: str) -> None:
        self.show_protection()
        self._say(said)
        self.protection_changed.emit()

    def _open(self, dialog: QDialog) -> None:
        # Opened, not run: the work goes on beside it, and a test answers it where it stands.
        self.dialog = dialog
        dialog.open()

    # The choices kept in protection.json

    def _choose_login(self, chosen: bool) -> None:
        """Keeps the data key in the login keyring, or forgets it; the keyring may ask for the
        login password first, so it happens beside the window."""
        keys = self._controller.store.sealing.keys
        if keys is None:
            return
        self.with_login.setEnabled(False)
        folder, key = self._folder, keys.data_key
        self._keyring.run(lambda: keep_in_keyring(folder, key, chosen), catching=())

    def _kept_in_keyring(self, done: Done[bool]) -> None:
        self.with_login.setEnabled(True)
        if done.value is False:  # wanted, and there is no keyring to keep it in
            with QSignalBlocker(self.with_login):
                self.with_login.setChecked(False)
            self._say(
                self.tr(
                    "No keyring is running on this desktop, so Holdfast cannot keep the key "
                    "there. Your passphrase unlocks it as before."
                )
            )
            return
        self._save_options()

    def _save_options(self) -> None:
        store = self._controller.store
        chosen = LockOptions(
            unlock_with_login=self.with_login.isChecked(),
            day_count_while_locked=self.day_count.isChecked(),
            lock_after_minutes=self.lock_after.currentData(),
        )
        try:
            save_options(store, chosen)
        except StorageError as error:
            self._say(what_went_wrong(error))
            return
        except OSError as error:
            self._say(in_window_words(cannot_use(error, store.path)))
            return
        self._controller.remember_overview()  # the day count, written or removed now
        self.said.hide()
        self.protection_changed.emit()

    def _say(self, text: str) -> None:
        self.said.setText(text)
        self.said.show()
