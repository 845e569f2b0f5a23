"""A protected window locks itself when nobody is using it: after the idle minutes chosen in
Settings, when it is closed to the tray, and on Holdfast > Lock now. Unlocking brings it back as
it was left, with what was logged meanwhile added."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from app.ui.controller import Controller
from app.ui.lock_screen import LockScreen
from app.ui.main_window import MainWindow
from app.ui.protection_keeping import DEFAULT_LOCK_AFTER_MINUTES, Keys, lock_after_minutes
from app.ui.unlocking import Unlocking

MINUTE_MS = 60_000
# What counts as someone using Holdfast: a key or the mouse, in any of its windows.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class Locking(QObject):
    """Locks `window` and `controller` when protection is on, and unlocks them from the lock
    screen. Without protection it does nothing and watches no input, and follows Settings
    turning it on (through the window's protection_changed)."""

    def __init__(
        self,
        app: QCoreApplication,
        controller: Controller,
        window: MainWindow,
        *,
        minute_ms: int = MINUTE_MS,
    ) -> None:
        """`minute_ms`: how long a minute of idling is (a test makes it short)."""
        super().__init__(window)
        self._app = app
        self._controller = controller
        self._window = window
        self._minute_ms = minute_ms
        self._lock_after = DEFAULT_LOCK_AFTER_MINUTES
        self._watching_input = False
        self._screen: LockScreen | None = None
        self._idle = QTimer(self, singleShot=True)
        self._idle.timeout.connect(self.lock)
        window.closed_to_tray.connect(self.lock)
        window.lock_action.triggered.connect(self.lock)
        window.protection_changed.connect(self.follow_protection)
        self.follow_protection()

    @property
    def protected(self) -> bool:
        return self._controller.store.sealing.protected

    def follow_protection(self) -> None:
        """Protection as it is now: Lock now offered, and idling counted, only while it is on."""
        protected = self.protected
        self._window.lock_action.setVisible(protected)
        if protected:
            folder = self._controller.store.folder
            self._lock_after = lock_after_minutes(folder, self._lock_after)
            self._idle.setInterval(self._lock_after * self._minute_ms)
        self._watch_input(protected and self._screen is None)
        if protected and self._controller.store.locked:
            self.lock()  # protection the keys held here do not open (turned on afresh)

    def lock(self) -> None:
        """Closes what shows the data, keeps what is being written, forgets the keys, and puts
        the lock screen in the window."""
        if self._screen is not None or not self.protected:
            return
        self._watch_input(False)
        _close_what_shows_data()
        self._window.keep_drafts()
        self._controller.lock()
        self._screen = LockScreen()
        unlocking = Unlocking(self._controller.store.folder, self._screen)
        unlocking.unlocked.connect(self._unlocked)
        self._screen.help_requested.connect(self._window.show_help)
        self._window.show_locked(self._screen)

    def _unlocked(self, keys: Keys | None) -> None:
        self._controller.unlock(keys)
        self._screen = None  # deleted by the window as the pages come back
        self._window.show_unlocked()
        self.follow_protection()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self._idle.start()  # counted from the last key or movement
        return False

    def _watch_input(self, watching: bool) -> None:
        """Every event of the application passes through the filter: installed only while
        there is idling to count. (Qt removes it by itself if this object goes first.)"""
        if watching:
            self._idle.start()
        else:
            self._idle.stop()
        if watching != self._watching_input:
            self._watching_input = watching
            if watching:
                self._app.installEventFilter(self)
            else:
                self._app.removeEventFilter(self)


def _close_what_shows_data() -> None:
    """Closes open menus and dialogs, as Escape would: each one's own answer to being closed
    (a settings field saved, a question answered no) runs before the keys are forgotten."""
    popup = QApplication.activePopupWidget()
    while popup is not None:  # a submenu, then its menu
        popup.close()
        following = QApplication.activePopupWidget()
        popup = None if following is popup else following
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
