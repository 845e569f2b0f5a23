"""Protection in the window: it opens to the lock screen, which shows nothing of the data; a wrong
passphrase is one line and writes nothing; it locks again when idle, when closed to the tray and
on Lock now; and nothing logged while locked is lost."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from app.domain.clock import FixedClock
from app.domain.events import Urge, UrgeKind
from app.storage.protection import WrongPassphrase, read_protection
from app.storage.store import Store
from app.storage.waiting_entries import anything_set_aside
from app.ui.controller import Controller
from app.ui.lock_screen import LockScreen
from app.ui.locked_start import LockedStart, unlock_with_login
from app.ui.locking import Locking
from app.ui.main_window import MainWindow, Page
from app.ui.speech import what_went_wrong
from tests.conftest import Result
from tests.ui.conftest import PASSPHRASE, SECRET_NOTE, Protected, folder_bytes

# The offscreen platform has no stacking order: bringing a window forward is not seen there.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support raise")]

WRONG = "not the passphrase at all"
# What the History page says of the protected folder's entries, once unlocked.
HISTORY_SAYS = "1 urge resisted over 13 days"
WRONG_SAID = what_went_wrong(WrongPassphrase())


class Launches(QObject):
    """Stands in for the single instance: a later launch asking for the window."""

    show_requested = Signal(str)


def _texts(widget: QWidget) -> list[str]:
    found = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLabel | QAbstractButton):
        found.append(widget.text())
    if isinstance(widget, QLineEdit):
        found += [widget.text(), widget.placeholderText()]
    if isinstance(widget, QAbstractItemView) and (model := widget.model()) is not None:
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(model.index(row, column), role)
                    if isinstance(value, str):
                        found.append(value)
    return [text for text in found if text]


def _shown_texts() -> list[str]:
    """What every window of the application shows now, and says to a screen reader."""
    return [
        text
        for widget in QApplication.allWidgets()
        if widget.isVisible()
        for text in _texts(widget)
    ]


def _urges(controller: Controller, kind: UrgeKind) -> list[Urge]:
    return [e for e in controller.logbook.events if isinstance(e, Urge) and e.kind is kind]


def _shows_the_data() -> bool:
    return any(text.startswith(HISTORY_SAYS) for text in _shown_texts())


def _unlock_with(screen: LockScreen, typed: str, qtbot: QtBot) -> None:
    screen.passphrase.clear()
    QTest.keyClicks(screen.passphrase, typed)
    QTest.keyClick(screen.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not screen.unlock.isEnabled())  # "Unlocking…"


@pytest.fixture
def locked_start(
    protected: Protected, clock: FixedClock, qtbot: QtBot, tmp_path: Path
) -> Iterator[LockedStart]:
    """A protected Holdfast started by the person: the lock screen, as the only window."""
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    launches = Launches()
    start = LockedStart(
        Store(protected.folder),
        clock,
        settings,
        launches.show_requested,
        background=False,
        has_tray=False,
    )
    qtbot.waitExposed(start.window)
    yield start
    if isValid(start.window):  # deleted once unlocked
        start.window.deleteLater()
    QApplication.setQuitOnLastWindowClosed(True)  # as every other test has it


# The start ----------------------------------------------------------------------------------------


def test_a_protected_start_shows_the_lock_screen_and_nothing_of_the_data(
    locked_start: LockedStart,
) -> None:
    shown = _shown_texts()

    assert locked_start.window.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert "Unlock" in shown and "Need help now?" in shown
    assert not [text for text in shown if SECRET_NOTE in text]
    # No day count, no date, no number of any kind.
    assert not [text for text in shown if any(c.isdigit() for c in text)], shown
    assert not locked_start.window.refusal.isVisible()


def test_a_wrong_passphrase_is_one_line_that_goes_as_they_type_and_nothing_is_written(
    locked_start: LockedStart, protected: Protected, qtbot: QtBot
) -> None:
    before = folder_bytes(protected.folder)
    screen = locked_start.window

    _unlock_with(screen, WRONG, qtbot)

    qtbot.waitUntil(screen.refusal.isVisible)
    assert screen.refusal.text() == WRONG_SAID
    assert screen.refusal.text().startswith("That passphrase does not unlock Holdfast")
    assert screen.unlock.isEnabled() and screen.unlock.text() == "Unlock"
    assert folder_bytes(protected.folder) == before
    QTest.keyClicks(screen.passphrase, "x")
    assert not screen.refusal.isVisible()


@pytest.mark.parametrize("with_recovery_key", [False, True], ids=["passphrase", "recovery key"])
def test_the_passphrase_or_the_recovery_key_opens_the_window_on_the_data(
    locked_start: LockedStart,
    protected: Protected,
    clock: FixedClock,
    qtbot: QtBot,
    tmp_path: Path,
    with_recovery_key: bool,
) -> None:
    typed = protected.recovery_key if with_recovery_key else PASSPHRASE
    store = locked_start._store
    with qtbot.waitSignal(locked_start.unlocked) as unlocked:
        _unlock_with(locked_start.window, typed, qtbot)
    assert unlocked.args == [None, []]  # no tray, and nothing logged from it
    assert not store.locked

    # As the start goes on: the window, over the unlocked store.
    controller = Controller(store, clock)
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, settings, lambda _theme: None, lambda: False)
    qtbot.addWidget(window)
    window.show_page(Page.HISTORY)
    window.show()
    qtbot.waitExposed(window)

    assert _shows_the_data()
    qtbot.waitUntil(lambda: not locked_start.window.isVisible())


@pytest.mark.usefixtures("quick_keys")
def test_unlocking_never_freezes_the_window_with_the_real_key_derivation(
    monkeypatch: pytest.MonkeyPatch,
    started_store: Store,
    clock: FixedClock,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    from app.storage import sealing
    from app.storage.protecting import turn_on

    monkeypatch.undo()  # Argon2id as users have it: about a third of a second
    assert sealing.ARGON2ID["memory_kib"] == 131072
    turn_on(Store(started_store.folder), PASSPHRASE)
    launches = Launches()
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    start = LockedStart(
        Store(started_store.folder),
        clock,
        settings,
        launches.show_requested,
        background=False,
        has_tray=False,
    )
    ticks: list[float] = []
    ticking = QTimer(interval=10)
    ticking.timeout.connect(lambda: ticks.append(time.monotonic()))
    ticking.start()

    with qtbot.waitSignal(start.unlocked, timeout=10_000):
        _unlock_with(start.window, PASSPHRASE, qtbot)
        assert start.window.unlock.text() == "Unlocking…"
        assert start.window.passphrase.isReadOnly()

    ticking.stop()
    assert len(ticks) > 5
    longest_gap = max(later - earlier for earlier, later in pairwise(ticks))
    assert longest_gap < 0.2  # the window went on drawing all along
    QApplication.setQuitOnLastWindowClosed(True)


def test_started_in_the_background_it_waits_locked_in_the_tray_and_keeps_its_urges(
    protected: Protected, clock: FixedClock, qtbot: QtBot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    launches = Launches()
    start = LockedStart(
        Store(protected.folder),
        clock,
        settings,
        launches.show_requested,
        background=True,
        has_tray=True,
    )
    tray = start.tray
    assert tray is not None and tray.is_discreet()  # the menu names no urge while locked
    assert not start.window.isVisible()
    (moment,) = [a for a in tray.menu().actions() if a.text() == "Log a moment"]

    moment.trigger()

    assert anything_set_aside(protected.folder)
    launches.show_requested.emit("")  # a launch, or the tray's "Show Holdfast"
    qtbot.waitExposed(start.window)
    with qtbot.waitSignal(start.unlocked) as unlocked:
        _unlock_with(start.window, PASSPHRASE, qtbot)
    assert unlocked.args == [tray, []]  # the window keeps the tray; the urge is on disk
    controller = Controller(start._store, clock)
    controller.waiting.save_earlier()  # as the window does once it has painted
    assert len(_urges(controller, UrgeKind.OTHER)) == 1
    tray.hide()
    QApplication.setQuitOnLastWindowClosed(True)


def test_a_protected_holdfast_opens_to_the_lock_screen_and_writes_nothing(
    protected: Protected,
) -> None:
    import os
    import subprocess
    import sys

    from app.ui.app import QUIT_AFTER_PAINT

    before = folder_bytes(protected.folder)
    env = {
        **os.environ,
        "HOLDFAST_DATA_DIR": str(protected.folder),
        QUIT_AFTER_PAINT: "1",  # quits once the lock screen has painted
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no keyring: the passphrase is asked for

    started = subprocess.run(
        [sys.executable, "-m", "app"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )

    assert started.returncode == 0, started.stderr
    assert started.stdout.startswith("first-paint "), started.stdout
    after = folder_bytes(protected.folder)
    # Only the window's own settings may be new; nothing holding the data changed.
    assert {name: data for name, data in after.items() if name != "window.ini"} == before


def test_with_unlock_with_my_login_and_no_keyring_the_start_asks_for_the_passphrase(
    protected: Protected,
) -> None:
    from dataclasses import replace

    from app.storage.protecting import set_options

    store = Store(protected.folder)
    protection = read_protection(protected.folder)
    assert protection is not None
    set_options(store, replace(protection.options, unlock_with_login=True))

    unlock_with_login(store, {})  # no session bus at all

    assert store.locked


def test_a_damaged_protection_file_is_said_in_a_box_and_the_start_ends(
    protected: Protected, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.storage.protection import DamagedProtectionFile
    from app.ui.app import _cannot_unlock

    (protected.folder / "protection.json").write_text("{ damaged", encoding="utf-8")
    before = folder_bytes(protected.folder)
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    with pytest.raises(DamagedProtectionFile) as raised:
        Store(protected.folder)

    assert _cannot_unlock(raised.value) == 1

    (said,) = shown
    assert said.startswith("Holdfast cannot read")
    assert "Nothing was written" in said
    assert said in capsys.readouterr().err
    assert folder_bytes(protected.folder) == before


# Locking again ------------------------------------------------------------------------------------

MakeWindow = Callable[..., tuple[Controller, MainWindow, Locking]]


@pytest.fixture
def make_window(
    protected: Protected, clock: FixedClock, qtbot: QtBot, tmp_path: Path, qapp: QApplication
) -> MakeWindow:
    """The window over the protected folder, unlocked, with its tray answer and a minute of
    `minute_ms` for counting idle time (5 minutes, as chosen by default)."""

    def make(minute_ms: int = 60_000, tray: bool = True) -> tuple[Controller, MainWindow, Locking]:
        store = Store(protected.folder)
        protection = read_protection(protected.folder)
        assert protection is not None
        store.unlock(protection.unlock(PASSPHRASE))
        controller = Controller(store, clock)
        settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(controller, settings, lambda _theme: None, lambda: tray)
        qtbot.addWidget(window)
        window.show_page(Page.HISTORY)
        window.show()
        qtbot.waitExposed(window)
        locking = Locking(qapp, controller, window, minute_ms=minute_ms)
        return controller, window, locking

    return make


def _is_locked(controller: Controller, window: MainWindow) -> bool:
    return window.locked and controller.store.locked


def _assert_nothing_shown(window: MainWindow) -> None:
    shown = [
        text
        for child in window.findChildren(QWidget)
        if child.isVisible()
        for text in _texts(child)
    ]
    assert not [text for text in shown if SECRET_NOTE in text or any(c.isdigit() for c in text)]
    assert not _shows_the_data()
    assert window.windowTitle() == "Holdfast"
    assert not window.settings_action.isEnabled()
    assert not window.go_menu.menuAction().isEnabled()


def test_it_locks_after_the_idle_time_chosen(make_window: MakeWindow, qtbot: QtBot) -> None:
    controller, window, _locking = make_window(minute_ms=40)  # 5 "minutes": 200 ms
    assert window.lock_action.isVisible()
    assert _shows_the_data()

    qtbot.waitUntil(lambda: _is_locked(controller, window), timeout=5000)

    _assert_nothing_shown(window)
    assert isinstance(window.centralWidget(), LockScreen)
    assert controller.store.sealing.keys is None


def test_a_key_or_the_mouse_keeps_it_unlocked(make_window: MakeWindow, qtbot: QtBot) -> None:
    controller, window, _locking = make_window(minute_ms=80)  # 400 ms
    for _ in range(8):  # more than twice as long, a key every 100 ms
        qtbot.wait(100)
        QTest.keyClick(window.navigation, Qt.Key.Key_Right)
        assert not window.locked

    qtbot.waitUntil(lambda: _is_locked(controller, window), timeout=5000)


def test_closing_the_window_to_the_tray_locks_it(make_window: MakeWindow) -> None:
    controller, window, _locking = make_window()

    assert not window.close()  # hidden to the tray

    assert _is_locked(controller, window)
    window.show()
    _assert_nothing_shown(window)


def test_lock_now_locks_it_and_the_passphrase_brings_it_back_as_it_was(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    controller, window, _locking = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    QTest.keyClick(window.windowHandle(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    assert _is_locked(controller, window)
    _assert_nothing_shown(window)
    # The pages' shortcuts are gone with them: no urge logged, no page opened.
    events = controller.logbook.events
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert controller.logbook.events is events
    assert window.windowTitle() == "Holdfast"
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen)
    _unlock_with(screen, PASSPHRASE, qtbot)
    qtbot.waitUntil(lambda: not window.locked)
    assert not controller.store.locked
    assert window.current_page() is Page.HISTORY
    assert window.windowTitle() == "Holdfast — History"
    assert window.settings_action.isEnabled()
    assert _shows_the_data()


def test_the_help_stays_one_click_away_and_says_nothing_the_entries_hold(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from app.ui.help import help_text

    controller, window, locking = make_window()
    said = controller.logbook.preferences
    assert controller.set_preferences(replace(said, relationship_unsafe=True))
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", staticmethod(lambda _parent, _title, text: shown.append(text))
    )
    window.show_help()
    locking.lock()
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen)

    screen.help.click()

    # Unlocked, the help for an abusive relationship; locked, the one for anyone.
    assert shown == [help_text(unsafe=True), help_text(unsafe=False)]


def test_an_urge_from_the_tray_while_locked_is_saved_once_at_the_unlock(
    make_window: MakeWindow, qtbot: QtBot, protected: Protected
) -> None:
    controller, window, locking = make_window()
    locking.lock()
    kept: list[bool] = []
    controller.waiting.kept_while_locked.connect(lambda: kept.append(True))

    assert not window.today.log_urge(UrgeKind.CALL)  # as the tray logs one

    assert kept == [True]
    assert anything_set_aside(protected.folder)  # on disk, sealed
    assert all(
        b"Wanted" not in data and b"call" not in data
        for data in folder_bytes(protected.folder).values()
    )
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen)
    _unlock_with(screen, PASSPHRASE, qtbot)
    qtbot.waitUntil(lambda: not window.locked)
    calls = _urges(controller, UrgeKind.CALL)
    assert len(calls) == 1
    assert window.banner_text.text() == "Added now: 1 urge you logged while Holdfast was locked."
    assert not anything_set_aside(protected.folder)

    locking.lock()
    screen = window.centralWidget()
    assert isinstance(screen, LockScreen)
    _unlock_with(screen, PASSPHRASE, qtbot)
    qtbot.waitUntil(lambda: not window.locked)
    assert len([e for e in controller.store.load().events if e.id == calls[0].id]) == 1


def test_an_urge_a_locked_command_kept_is_added_while_the_window_is_unlocked(
    make_window: MakeWindow, qtbot: QtBot, holdfast: Callable[..., Result]
) -> None:
    controller, window, _locking = make_window()
    controller.start_watching()

    said = holdfast("urge", "social")  # locked: no keyring, no passphrase asked for an urge

    assert said.code == 0, said.err
    assert "kept sealed" in said.out
    qtbot.waitUntil(lambda: bool(_urges(controller, UrgeKind.SOCIAL)), timeout=5000)
    assert window.banner_text.text() == "Added now: 1 urge you logged while Holdfast was locked."


def test_a_protected_window_writes_nothing_plain(
    make_window: MakeWindow, protected: Protected
) -> None:
    controller, _window, locking = make_window()
    assert controller.log_urge(UrgeKind.VISIT) is not None
    locking.lock()

    for name, data in folder_bytes(protected.folder).items():
        assert SECRET_NOTE.encode() not in data, name


def test_without_protection_nothing_locks(
    controller: Controller, qtbot: QtBot, tmp_path: Path, qapp: QApplication
) -> None:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, settings, lambda _theme: None, lambda: True)
    qtbot.addWidget(window)
    locking = Locking(qapp, controller, window, minute_ms=1)

    qtbot.wait(50)
    locking.lock()
    window.close()

    assert not window.locked
    assert not window.lock_action.isVisible()
