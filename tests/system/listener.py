"""A stand-in for a running Holdfast: a plain socket server at the address a running instance
listens on, which keeps what each launch sent. Plain Python, so the launch's side of the
hand-over is tested apart from Qt's server."""

from __future__ import annotations

import shutil
import socket
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from app.system.instance_link import instance_address, instance_key


@contextmanager
def private_runtime() -> Iterator[Path]:
    """A session's private runtime folder, made short: a socket's whole path must fit in about
    a hundred characters, more than pytest's own folders leave."""
    folder = Path(tempfile.mkdtemp(prefix="hf-"))
    try:
        yield folder  # mkdtemp makes it 0700, as a session's is
    finally:
        shutil.rmtree(folder, ignore_errors=True)


class Listener:
    """Listens where Holdfast for `data_folder` would; `sent()` gives what the launches sent."""

    def __init__(self, data_folder: Path, environ: Mapping[str, str]) -> None:
        address = instance_address(instance_key(data_folder), environ)
        assert address is not None
        self.address = address
        self._server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self._server.bind(address)
        self._server.listen()

    def sent(self, launches: int = 1) -> list[bytes]:
        """What each of the next `launches` sent, in the order they connected. The launches have
        already left: their bytes wait in the sockets, as they do for a busy instance."""
        self._server.settimeout(5)
        received = []
        for _ in range(launches):
            connection, _address = self._server.accept()
            with connection:
                connection.settimeout(5)
                sent = bytearray()
                while chunk := connection.recv(4096):  # until the launch has left
                    sent.extend(chunk)
                received.append(bytes(sent))
        return received

    def close(self) -> None:
        """Stops listening, leaving the socket file behind, as a killed instance does."""
        self._server.close()


@contextmanager
def listening(data_folder: Path, environ: Mapping[str, str]) -> Iterator[Listener]:
    listener = Listener(data_folder, environ)
    try:
        yield listener
    finally:
        listener.close()
        Path(listener.address).unlink(missing_ok=True)
