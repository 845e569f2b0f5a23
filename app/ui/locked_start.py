"""Starting with protection on: unlocked by the login keyring when the user chose that; otherwise
the lock screen first, as the only window (or, started in the background, waiting in the tray),
and the main window only once it is unlocked. Nothing of the data is read before then."""

from __future__ import annotations

import sys
from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QObject, QSettings, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QApplication

from app.domain.clock import Clock
from app.domain.events import Urge, UrgeKind
from app.domain.intents import Change, added, log_urge
from app.domain.logbook import Logbook
from app.storage.errors import StorageError, StoreBusy, cannot_use
from app.storage.protection import Keys, read_protection
from app.storage.store import Store
from app.storage.waiting_entries import keep_for_later
from app.ui.controller import SAVE_WAIT_SECONDS
from app.ui.help import show_help
from app.ui.lock_screen import LockScreen
from app.ui.main_window import OPENS_AT, SMALLEST
from app.ui.resources import app_icon
from app.ui.speech import in_window_words, what_went_wrong
from app.ui.tray import Tray
from app.ui.unlocking import Unlocking, login_keys, unlock_store

RETRY_MS = 1000  # how often an urge the folder refused is offered to it again


def unlock_with_login(store: Store, environ: Mapping[str, str]) -> None:
    """Unlocks `store` with the key the login keyring keeps, when the user chose "Unlock with my
    login" and it opens this folder; else leaves it locked. Raises DamagedProtectionFile."""
    protection = read_protection(store.folder)
    keys = None if protection is None else login_keys(store.folder, protection, environ)
    if keys is not None:
        _unlocked(store, keys)


def _unlocked(store: Store, keys: Keys | None) -> None:
    try:
        unlock_store(store, keys)
    except (StorageError, OSError) as error:  # still readable as it is: the window opens
        print(f"holdfast: {what_went_wrong(error)}", file=sys.stderr)


class LockWindow(LockScreen):
    """The lock screen as a window of its own, before the main window exists. Closing it ends
    Holdfast, as closing the last window does; started in the background (waiting in the
    tray), closing it only hides it again."""

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Holdfast"))
        self.setMinimumSize(SMALLEST)


class LockedStart(QObject):
    """The lock window (or the tray) until the passphrase is given; `unlocked` then hands over
    the tray, if one was shown, and what was logged from it that is not on disk yet."""

    unlocked = Signal(object, object)  # Tray | None, list[Change]

    def __init__(
        self,
        store: Store,
        clock: Clock,
        settings: QSettings,
        show_requested: SignalInstance,
        *,
        background: bool,
        has_tray: bool,
        parent: QObject | None = None,
    ) -> None:
        """`show_requested`: a later launch asks for the window (the single instance's)."""
        super().__init__(parent)
        store.lock_wait = SAVE_WAIT_SECONDS  # the tray must not freeze behind a busy process
        self._store = store
        self._clock = clock
        self._pending: list[Change] = []  # urges the folder refused so far: tried again
        self._retry = QTimer(self, interval=RETRY_MS)
        self._retry.timeout.connect(self._keep_pending)
        self.window = LockWindow()
        geometry = settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.window.restoreGeometry(geometry)):
            self.window.resize(OPENS_AT)  # where and as the main window will open
        Unlocking(store.folder, self.window).unlocked.connect(self._open)
        self.window.help_requested.connect(self._help)
        show_requested.connect(self.bring_forward)
        self.tray: Tray | None = None
        if background and has_tray:
            QApplication.setQuitOnLastWindowClosed(False)
            # Discreet until unlocked: the user's choice is inside the protected data, and a
            # menu naming urges would tell anyone glancing at it what Holdfast is for.
            # Without a parent: the main window takes it over, and this object goes.
            self.tray = Tray(app_icon(), discreet=True)
            # Methods of this object, so each connection ends with it, at the unlock.
            self.tray.urge_requested.connect(self._keep_urge)
            self.tray.help_requested.connect(self._help)
            self.tray.show_requested.connect(self.bring_forward)
            self.tray.quit_requested.connect(self._quit)
            self.tray.show()
        elif not background:
            self.bring_forward()

    def bring_forward(self) -> None:
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _help(self) -> None:
        self.bring_forward()
        show_help(self.window)  # the help that needs no data: see MainWindow.show_help

    def _quit(self) -> None:
        QApplication.quit()

    def _keep_urge(self, kind: UrgeKind) -> None:
        """An urge from the tray, kept sealed for the unlock, as `holdfast urge` keeps one."""
        from app.ui.notifications import kept_while_locked_note

        self._pending.append(log_urge(Logbook(), self._clock.now(), kind))
        refused = self._keep_pending()
        if self.tray is None:
            return
        if refused is None:
            note = kept_while_locked_note()
            self.tray.show_message(note.title, note.body)
            return
        why = (
            what_went_wrong(refused)
            if isinstance(refused, StorageError)
            else in_window_words(cannot_use(refused, self._store.path))
        )
        self.tray.show_message(
            self.tr("Holdfast"),
            self.tr(
                "What you logged could not be kept on disk yet (%s). It is kept here, and saved "
                "when you unlock Holdfast."
            )
            % why,
        )

    def _keep_pending(self) -> StorageError | OSError | None:
        """Offers the folder what waits, oldest first; what it refused, if it did. Each second
        until it takes them all, while another process holds the lock or the disk refuses;
        what is left waits for the window after the unlock."""
        while self._pending:
            try:
                if not keep_for_later(self._store, [added(self._pending[0], Urge)]):
                    break  # protection was turned off meanwhile: the window saves it, plain
            except StoreBusy:
                self._retry.start()
                return None  # as good as kept: only a moment late
            except (StorageError, OSError) as error:
                self._retry.start()
                return error
            self._pending.pop(0)
        self._retry.stop()
        return None

    def _open(self, keys: Keys | None) -> None:
        # The main window takes over: closing this one must not end Holdfast meanwhile.
        QApplication.setQuitOnLastWindowClosed(False)
        self._retry.stop()
        _unlocked(self._store, keys)
        self.unlocked.emit(self.tray, list(self._pending))
        self.window.hide()
        self.window.deleteLater()
        self.deleteLater()  # and the tray's connections to it go with it
