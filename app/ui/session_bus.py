"""The session D-Bus on Qt's event loop: calls answered later, signals heard, nothing waited on.

jeepney speaks the protocol (see app/system/desktop_notify.py for why not QtDBus); Qt watches
its socket. Connecting is the one step jeepney cannot do without waiting (its greeting to the bus
has no time limit), so it happens on a thread of its own and is handed over when done.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from app.system.desktop_notify import TIMEOUT_S


class SessionBus(QObject):
    """One connection to the session bus at `address`; `open()` starts connecting."""

    connected = Signal()
    unavailable = Signal()  # it could not connect, or the connection went away
    signal_heard = Signal(object)  # a D-Bus signal (a jeepney Message) the bus passed on

    _opened = Signal(object)  # from the connecting thread: the connection, or None

    def __init__(
        self, address: str, parent: QObject | None = None, *, timeout_s: float = TIMEOUT_S
    ) -> None:
        super().__init__(parent)
        self._address = address
        self._timeout_ms = int(timeout_s * 1000)
        self._connection: Any = None
        self._watcher: QSocketNotifier | None = None
        # serial -> what to do with the reply, what to do without one, and the time limit
        self._waiting: dict[int, tuple[Callable[[Any], None], Callable[[], None], QTimer]] = {}
        self._opened.connect(self._take)

    def open(self) -> None:
        threading.Thread(target=self._connect, name="session-bus", daemon=True).start()

    def is_connected(self) -> bool:
        return self._connection is not None

    def call(
        self, message: Any, on_reply: Callable[[Any], None], on_failure: Callable[[], None]
    ) -> None:
        """Sends a method call; `on_reply` gets the answer, or `on_failure` is called once if
        an error, a lost connection or the time limit comes first."""
        if self._connection is None:
            on_failure()
            return
        serial = next(self._connection.outgoing_serial)
        limit = QTimer(self, singleShot=True, interval=self._timeout_ms)
        limit.timeout.connect(lambda: self._give_up(serial))
        self._waiting[serial] = (on_reply, on_failure, limit)
        limit.start()
        try:
            self._connection.send(message, serial=serial)
        except OSError:
            self._lose()

    def close(self) -> None:
        if self._connection is not None:
            self._lose()

    def _connect(self) -> None:
        try:
            from jeepney.io.blocking import open_dbus_connection

            connection = open_dbus_connection(self._address, auth_timeout=self._timeout_ms / 1000)
        except Exception:  # no jeepney, a stale address, a bus refusing us: no bus, that's all
            connection = None
        try:
            self._opened.emit(connection)
        except RuntimeError:  # this object was deleted while connecting: nobody is waiting
            if connection is not None:
                connection.close()

    def _take(self, connection: Any) -> None:
        if connection is None:
            self.unavailable.emit()
            return
        self._connection = connection
        self._watcher = QSocketNotifier(connection.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._watcher.activated.connect(self._read)
        self.connected.emit()

    def _read(self) -> None:
        from jeepney import HeaderFields, MessageType

        while self._connection is not None:
            try:
                message = self._connection.receive(timeout=0)
            except TimeoutError:  # all that arrived is read
                return
            except (OSError, ValueError):  # the bus went away, or said something unreadable
                self._lose()
                return
            kind = message.header.message_type
            if kind is MessageType.signal:
                self.signal_heard.emit(message)
                continue
            waiting = self._waiting.pop(message.header.fields.get(HeaderFields.reply_serial), None)
            if waiting is None:
                continue
            on_reply, on_failure, limit = waiting
            limit.stop()
            limit.deleteLater()
            if kind is MessageType.method_return:
                on_reply(message)
            else:
                on_failure()

    def _give_up(self, serial: int) -> None:
        waiting = self._waiting.pop(serial, None)
        if waiting is not None:
            waiting[2].deleteLater()
            waiting[1]()

    def _lose(self) -> None:
        if self._watcher is not None:
            self._watcher.setEnabled(False)
            self._watcher.deleteLater()
            self._watcher = None
        connection, self._connection = self._connection, None
        if connection is not None:
            connection.close()
        waiting, self._waiting = self._waiting, {}
        for _on_reply, on_failure, limit in waiting.values():
            limit.stop()
            limit.deleteLater()
            on_failure()
        self.unavailable.emit()
