"""One window per data folder: a second launch asks the running instance to come forward."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QCryptographicHash, QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

_REQUEST = b"activate\n"
_CONNECT_MS = 1000
_WRITE_MS = 1000
_CLAIM_LOCK_MS = 5000


def instance_key(data_folder: Path) -> str:
    """A short, filesystem-safe name for the instance that owns `data_folder` for this user.

    The folder is resolved, so two spellings of one folder share a key while two folders get
    two keys and can run side by side. Hashing keeps the name short: a local socket's full path
    must fit in about a hundred bytes on Unix.
    """
    folder = os.path.normcase(str(data_folder.expanduser().resolve()))
    # Qt's hash, not hashlib's: loading OpenSSL would slow every start for one short name.
    digest = QCryptographicHash.hash(
        QByteArray(f"{_user()}\0{folder}".encode()), QCryptographicHash.Algorithm.Sha256
    )
    return f"holdfast-{bytes(digest.toHex().data()).decode()[:20]}"


def _user() -> str:
    # The user id where there is one: unlike a login name it cannot be changed by the environment.
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return os.environ.get("USERNAME", "")


class SingleInstance(QObject):
    """Claims the right to run for `key`; the first claimant listens for later launches."""

    activated = Signal()  # a later launch asked this (first) instance to come forward

    def __init__(self, key: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._key = key
        self._server: QLocalServer | None = None

    @property
    def key(self) -> str:
        return self._key

    def claim(self) -> bool:
        """True when this process is the first and now listens; False when another instance
        answered and was asked to come forward."""
        if self._server is not None:
            return True
        # Two launches at the same moment must not both decide they are first, nor remove each
        # other's socket as stale; the lock (itself freed when its holder dies) serialises them.
        lock = QLockFile(QDir(QDir.tempPath()).filePath(f"{self._key}.lock"))
        if not lock.tryLock(_CLAIM_LOCK_MS):
            # Another launch held the lock too long to be claiming: ask it, and take over if mute.
            return not self._ask_running_instance() and self._listen()
        try:
            if self._ask_running_instance():
                return False
            return self._listen()
        finally:
            lock.unlock()

    def release(self) -> None:
        """Stops listening, so a later launch becomes the first."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None

    def _ask_running_instance(self) -> bool:
        socket = QLocalSocket(self)
        try:
            socket.connectToServer(self._key)
            if not socket.waitForConnected(_CONNECT_MS):
                return False  # nobody listens, or only a socket left by a crashed instance
            socket.write(QByteArray(_REQUEST))
            # The bytes wait in the socket until the first instance's event loop reads them, so
            # this does not wait for an answer: the first instance may be this very process.
            socket.waitForBytesWritten(_WRITE_MS)
            socket.disconnectFromServer()  # after what is still buffered has been written
            if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
                socket.waitForDisconnected(_WRITE_MS)
            return True  # someone is listening: even a request that got lost means "not first"
        finally:
            socket.deleteLater()

    def _listen(self) -> bool:
        server = QLocalServer(self)
        # Only this user may connect: another account must not be able to raise the window.
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self._key):
            # Nobody answered, so a socket of that name was left by a crashed instance.
            QLocalServer.removeServer(self._key)
            if not server.listen(self._key):
                server.deleteLater()
                raise OSError(
                    f"cannot listen for later launches on {self._key!r}: {server.errorString()}"
                )
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
            buffer = bytearray()

            def read(socket: QLocalSocket = socket, buffer: bytearray = buffer) -> None:
                buffer.extend(socket.readAll().data())
                if _REQUEST in buffer:
                    buffer.clear()
                    socket.abort()
                    socket.deleteLater()
                    self.activated.emit()

            socket.readyRead.connect(read)
            socket.disconnected.connect(socket.deleteLater)
            # A launch that wrote and left at once may have delivered everything already.
            if socket.bytesAvailable():
                read()
