"""Settings > Privacy: protecting the entries with a passphrase (the recovery key shown once, and
nothing readable left in the folder), changing it, turning it off, and the choices kept in
protection.json: how soon the window locks, unlocking with the login, the day count."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFormLayout, QLineEdit
from pytestqt.qtbot import QtBot

from app.domain.events import UrgeKind
from app.storage.day_count import read_day_count
from app.storage.protection import WrongPassphrase, is_protected, read_protection
from app.storage.store import Store
from app.system.login_keyring import kept_key
from app.ui.controller import Controller
from app.ui.dialogs.passphrases import (
    ChangePassphraseDialog,
    PassphraseDialog,
    ProtectDialog,
    RecoveryKeyDialog,
    TurnOffDialog,
)
from app.ui.dialogs.protection import ProtectionSettings
from app.ui.locked_start import unlock_with_login
from app.ui.speech import what_went_wrong
from tests.secret_service import (
    FakeSecretService,
    no_session_bus_fixture,  # noqa: F401  (the fixture no_session_bus)
    secret_service_fixture,  # noqa: F401  (the fixture secret_service)
)
from tests.ui.conftest import PASSPHRASE, SECRET_NOTE, Protected, folder_bytes

pytestmark = pytest.mark.gui

NEW_PASSPHRASE = "the lighthouse at dusk"
RECOVERY_KEY = re.compile(r"^([A-Z2-7]{4}-){7}[A-Z2-7]{4}$")


def _settings(controller: Controller, qtbot: QtBot) -> ProtectionSettings:
    made = ProtectionSettings(controller)
    qtbot.addWidget(made)
    made.show()
    return made


def _fields(dialog: PassphraseDialog) -> list[QLineEdit]:
    found = []
    for row in range(dialog.form.rowCount()):
        item = dialog.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        field = None if item is None else item.widget()
        assert isinstance(field, QLineEdit)
        found.append(field)
    return found


def _answer(dialog: PassphraseDialog, *typed: str) -> None:
    for field, text in zip(_fields(dialog), typed, strict=True):
        field.clear()
        QTest.keyClicks(field, text)
    dialog.ok.click()


def _recovery_dialogs() -> list[RecoveryKeyDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, RecoveryKeyDialog)]


# Turning it on ------------------------------------------------------------------------------------


@pytest.mark.usefixtures("quick_keys")
def test_protecting_shows_the_recovery_key_once_and_leaves_nothing_readable(
    controller: Controller, qtbot: QtBot
) -> None:
    folder = controller.store.folder
    urge = controller.log_urge(UrgeKind.TEXT)
    assert urge is not None and controller.add_urge_details(urge.id, 7, SECRET_NOTE, "")
    settings = _settings(controller, qtbot)
    assert settings.off.isVisible() and not settings.on.isVisible()

    changed: list[bool] = []
    settings.protection_changed.connect(lambda: changed.append(True))
    settings.protect.click()
    dialog = settings.dialog
    assert isinstance(dialog, ProtectDialog)
    _answer(dialog, PASSPHRASE, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(settings.dialog, RecoveryKeyDialog), timeout=10_000)

    recovery = settings.dialog
    assert isinstance(recovery, RecoveryKeyDialog)
    assert _recovery_dialogs() == [recovery]
    assert RECOVERY_KEY.match(recovery.key.text())
    assert recovery.key.isReadOnly()
    assert settings.on.isVisible() and not settings.off.isVisible()
    protection = read_protection(folder)
    assert protection is not None
    assert protection.unlock_with_either(recovery.key.text()) == protection.unlock(PASSPHRASE)
    for name, data in folder_bytes(folder).items():
        assert SECRET_NOTE.encode() not in data, name
    # The window goes on as before, its saves sealed now.
    assert controller.log_urge(UrgeKind.CALL) is not None
    assert not controller.store.locked
    for name, data in folder_bytes(folder).items():
        assert b'"call"' not in data, name

    assert changed == []  # the window does not lock while the key is being written down
    recovery.accept()
    assert changed == [True]
    settings.show_protection()
    assert settings.dialog is recovery  # nothing opens it again
    assert not [dialog for dialog in _recovery_dialogs() if dialog.isVisible()]


def test_the_recovery_key_can_be_copied(qtbot: QtBot) -> None:
    key = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
    dialog = RecoveryKeyDialog(key)
    qtbot.addWidget(dialog)
    dialog.show()

    dialog.copy.click()

    assert QApplication.clipboard().text() == key
    assert dialog.copied.isVisible()


@pytest.mark.parametrize(
    ("first", "again", "said"),
    [
        ("short", "short", "This one is shorter than 8 characters."),
        (PASSPHRASE, PASSPHRASE + "!", "The two passphrases are not the same yet."),
    ],
    ids=["too short", "not the same"],
)
def test_a_new_passphrase_is_refused_plainly_and_nothing_is_written(
    controller: Controller, qtbot: QtBot, first: str, again: str, said: str
) -> None:
    folder = controller.store.folder
    before = folder_bytes(folder)
    settings = _settings(controller, qtbot)
    settings.protect.click()
    dialog = settings.dialog
    assert isinstance(dialog, ProtectDialog)

    _answer(dialog, first, again)

    assert dialog.problem.isVisible()
    assert dialog.problem.text().startswith(said)
    assert dialog.isVisible()
    assert folder_bytes(folder) == before
    assert not is_protected(folder)


# Changing it, turning it off ----------------------------------------------------------------------


def test_changing_the_passphrase_asks_for_the_current_one_first(
    protected_controller: Controller, protected: Protected, qtbot: QtBot
) -> None:
    settings = _settings(protected_controller, qtbot)
    assert settings.on.isVisible()
    before = folder_bytes(protected.folder)
    settings.change.click()
    dialog = settings.dialog
    assert isinstance(dialog, ChangePassphraseDialog)

    _answer(dialog, "not it at all", NEW_PASSPHRASE, NEW_PASSPHRASE)
    qtbot.waitUntil(dialog.problem.isVisible)
    assert dialog.problem.text() == what_went_wrong(WrongPassphrase())
    assert folder_bytes(protected.folder) == before

    with qtbot.waitSignal(settings.protection_changed, timeout=10_000):
        _answer(dialog, PASSPHRASE, NEW_PASSPHRASE, NEW_PASSPHRASE)

    protection = read_protection(protected.folder)
    assert protection is not None
    assert protection.unlock(NEW_PASSPHRASE)
    with pytest.raises(WrongPassphrase):
        protection.unlock(PASSPHRASE)
    assert protection.unlock_with_recovery_key(protected.recovery_key)  # the same as before
    assert settings.said.text() == "The passphrase is changed. Your recovery key stays the same."


def test_turning_protection_off_takes_the_passphrase_and_writes_everything_plain(
    protected_controller: Controller, protected: Protected, qtbot: QtBot
) -> None:
    settings = _settings(protected_controller, qtbot)
    settings.turn_off.click()
    dialog = settings.dialog
    assert isinstance(dialog, TurnOffDialog)

    _answer(dialog, "not it at all")
    qtbot.waitUntil(dialog.problem.isVisible)
    assert is_protected(protected.folder)
    assert not protected_controller.store.locked  # the window goes on, unlocked

    with qtbot.waitSignal(settings.protection_changed, timeout=10_000):
        _answer(dialog, protected.recovery_key)

    assert not is_protected(protected.folder)
    assert SECRET_NOTE.encode() in (protected.folder / "holdfast.json").read_bytes()
    assert settings.off.isVisible()
    assert (
        settings.said.text() == "Protection is off: your entries are written in plain text again."
    )
    assert protected_controller.log_urge(UrgeKind.FRIENDS) is not None
    assert b'"friends"' in (protected.folder / "holdfast.json").read_bytes()
    assert not protected_controller.store.sealing.protected


# The choices --------------------------------------------------------------------------------------


def test_lock_after_and_the_day_count_are_kept_in_the_protection_file(
    protected_controller: Controller, protected: Protected, qtbot: QtBot
) -> None:
    settings = _settings(protected_controller, qtbot)
    assert settings.lock_after.currentData() == 5
    assert [settings.lock_after.itemText(i) for i in range(settings.lock_after.count())] == [
        "1 minute",
        "5 minutes",
        "15 minutes",
        "60 minutes",
    ]
    assert read_day_count(protected.folder) is None

    with qtbot.waitSignal(settings.protection_changed):
        settings.lock_after.setCurrentIndex(settings.lock_after.findData(15))
    with qtbot.waitSignal(settings.protection_changed):
        settings.day_count.setChecked(True)

    protection = read_protection(protected.folder)
    assert protection is not None
    assert protection.options.lock_after_minutes == 15
    assert protection.options.day_count_while_locked
    count = read_day_count(protected.folder)
    assert count is not None and count.target_days == 30  # the day count alone, plain

    settings.day_count.setChecked(False)
    assert read_day_count(protected.folder) is None


def test_unlock_with_my_login_keeps_the_key_in_the_keyring_and_the_next_start_opens(
    protected_controller: Controller,
    protected: Protected,
    qtbot: QtBot,
    secret_service: FakeSecretService,
) -> None:
    import os

    settings = _settings(protected_controller, qtbot)

    with qtbot.waitSignal(settings.protection_changed, timeout=10_000):
        settings.with_login.setChecked(True)

    keys = protected_controller.store.sealing.keys
    assert keys is not None
    assert kept_key(protected.folder) == keys.data_key
    protection = read_protection(protected.folder)
    assert protection is not None and protection.options.unlock_with_login
    starting = Store(protected.folder)
    assert starting.locked
    unlock_with_login(starting, os.environ)
    assert not starting.locked

    with qtbot.waitSignal(settings.protection_changed, timeout=10_000):
        settings.with_login.setChecked(False)
    assert kept_key(protected.folder) is None


@pytest.mark.usefixtures("no_session_bus")
def test_without_a_keyring_unlock_with_my_login_says_so_and_stays_off(
    protected_controller: Controller, protected: Protected, qtbot: QtBot
) -> None:
    settings = _settings(protected_controller, qtbot)

    settings.with_login.setChecked(True)

    qtbot.waitUntil(settings.said.isVisible, timeout=10_000)
    assert settings.said.text().startswith("No keyring is running on this desktop")
    assert not settings.with_login.isChecked()
    protection = read_protection(protected.folder)
    assert protection is not None and not protection.options.unlock_with_login


# The window follows ---------------------------------------------------------------------------


@pytest.mark.usefixtures("quick_keys")
def test_once_protection_is_on_the_window_offers_lock_now_and_locks_when_idle(
    controller: Controller,
    qtbot: QtBot,
    tmp_path: Path,
    qapp: QApplication,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtCore import QSettings

    from app.ui.dialogs.settings import SettingsDialog
    from app.ui.locking import Locking
    from app.ui.main_window import MainWindow

    settings_file = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, settings_file, lambda _theme: None, lambda: True)
    qtbot.addWidget(window)
    Locking(qapp, controller, window, minute_ms=40)  # 5 "minutes": 200 ms
    opened: list[SettingsDialog] = []

    def exec_(dialog: SettingsDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    window.open_settings()
    (dialog,) = opened
    qtbot.addWidget(dialog)
    assert not window.lock_action.isVisible()
    qtbot.wait(300)
    assert not window.locked  # nothing to lock yet

    dialog.show()
    dialog.protection.protect.click()
    protect = dialog.protection.dialog
    assert isinstance(protect, ProtectDialog)
    _answer(protect, PASSPHRASE, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(dialog.protection.dialog, RecoveryKeyDialog), timeout=10_000)
    recovery = dialog.protection.dialog
    assert isinstance(recovery, RecoveryKeyDialog)
    qtbot.wait(400)  # idle, twice as long as the window waits, while the key is written down
    assert recovery.isVisible() and not window.locked

    with qtbot.waitSignal(window.protection_changed):
        recovery.accept()

    assert window.lock_action.isVisible()
    qtbot.waitUntil(lambda: window.locked and controller.store.locked, timeout=5000)
    assert not dialog.isVisible()  # closed by the lock: it shows the data
