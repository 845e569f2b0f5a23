"""One window per data folder: the first instance listens, and a later launch asks it to come
forward. A plain `holdfast` asks before loading Qt (app.system.instance_link, which also holds
the address and the messages); the asking here is for a launch that got as far as Qt, as when
two start at the same moment."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QByteArray, QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app.system.instance_link import (
    PING,
    activation_token,
    instance_address,
    show_request,
    shows_requested,
)

_CONNECT_MS = 1000
_WRITE_MS = 1000
_CLAIM_LOCK_MS = 5000


class SingleInstance(QObject):
    """Claims the right to run for `key`; the first claimant listens for later launches.

    Nothing here ever stops the window from opening: without a private place for the socket, or
    when its name cannot be claimed, this instance runs on its own (a later launch then opens a
    second window instead of raising this one).
    """

    # A later launch asked this (first) instance to bring its window forward, passing on the
    # activation token its launcher gave it ("" when it had none).
    show_requested = Signal(str)

    def __init__(
        self, key: str, environ: Mapping[str, str] = os.environ, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._key = key
        self._address = instance_address(key, environ)
        self._token = activation_token(environ)
        self._server: QLocalServer | None = None

    @property
    def key(self) -> str:
        return self._key

    def claim(self, *, show: bool = True) -> bool:
        """True when this process is the first and now listens, or runs on its own; False when
        another instance answered: with `show`, it was asked to bring its window forward; without
        (a start in the background), it was only found to run."""
        if self._server is not None:
            return True
        address = self._address
        if address is None:
            return True
        # Two launches at the same moment must not both decide they are first, nor remove each
        # other's socket as stale; the lock (itself freed when its holder dies) serialises them.
        # Beside the socket; a bare pipe name's (Windows) in the temporary folder.
        lock = QLockFile(QDir.temp().filePath(f"{address}.lock"))
        if not lock.tryLock(_CLAIM_LOCK_MS):
            # Another launch held the lock too long to be claiming: ask it, and take over if mute.
            return not self._ask_running_instance(address, show) and self._listen(address)
        try:
            if self._ask_running_instance(address, show):
                return False
            return self._listen(address)
        finally:
            lock.unlock()

    def release(self) -> None:
        """Stops listening, so a later launch becomes the first."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    def _ask_running_instance(self, address: str, show: bool) -> bool:
        socket = QLocalSocket(self)
        try:
            socket.connectToServer(address)
            if not socket.waitForConnected(_CONNECT_MS):
                return False  # nobody listens, or only a socket left by a crashed instance
            socket.write(QByteArray(show_request(self._token) if show else PING))
            # The bytes wait in the socket until the first instance's event loop reads them, so
            # this does not wait for an answer: the first instance may be this very process.
            if not socket.waitForBytesWritten(_WRITE_MS) and socket.bytesToWrite():
                return False  # the request never left: this window opens rather than none
            socket.disconnectFromServer()  # after what is still buffered has been written
            if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
                socket.waitForDisconnected(_WRITE_MS)
            return True  # someone is listening: even a request that got lost means "not first"
        finally:
            socket.deleteLater()

    def _listen(self, address: str) -> bool:
        server = QLocalServer(self)
        # Only this user may connect: another account must not be able to raise the window.
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not (_clear_for_listening(address) and server.listen(address)):
            server.deleteLater()
            return True  # the name cannot be had: open anyway, without hearing later launches
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def _accept(self) -> None:
        server = self._server
        if server is None:
            return
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.setParent(self)
            received = bytearray()

            def read(socket: QLocalSocket = socket, received: bytearray = received) -> None:
                received.extend(socket.readAll().data())
                for token in shows_requested(received):
                    self.show_requested.emit(token)

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            # A launch that wrote and left at once may have delivered everything already.
            if socket.bytesAvailable():
                read()


def _clear_for_listening(address: str) -> bool:
    """Nobody answered at `address`, so a socket there was left by a crashed instance: removes
    it if it is a socket of this user's. Anything else there is not Holdfast's to replace (Qt
    would put its socket in its place), and False says so."""
    if sys.platform == "win32":
        return True  # a pipe's name is freed with the process that held it
    try:
        found = os.lstat(address)
    except FileNotFoundError:
        return True
    except OSError:
        return False
    if not stat.S_ISSOCK(found.st_mode) or found.st_uid != os.getuid():
        return False
    try:
        Path(address).unlink(missing_ok=True)
    except OSError:
        return False
    return True
