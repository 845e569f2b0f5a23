"""How a launch reaches the Holdfast already running for its data folder, without loading Qt.

The running instance listens with Qt's local server (app/ui/single_instance.py). A later launch
needs only the server's address and a few bytes, both defined here, so a plain `holdfast` hands
over from a bare Python process and exits before Qt could even have been loaded.

What a launch sends is lines of UTF-8, each one request ending in a newline:

    show TOKEN   bring the window forward; TOKEN is the activation token the launcher gave this
                 launch (Wayland's XDG_ACTIVATION_TOKEN, X11's DESKTOP_STARTUP_ID), maybe empty
    ping         nothing: getting through at all proves an instance runs

A line the running instance does not know is ignored, so a later version may add requests
without confusing an older instance still running (one started before an upgrade, say).
"""

from __future__ import annotations

import os
import socket
import sys
from _blake2 import blake2b  # not through hashlib: see instance_key
from collections.abc import Mapping
from pathlib import Path

from app.system.runtime_folder import private_runtime_folder

PING = b"ping\n"
_SHOW = "show"
# Far longer than any request: a token is an id of a few dozen characters.
LONGEST_LINE = 4096
# A running instance answers within milliseconds; a hung one must not hold up the launch for
# long (it then opens a window of its own, as when nothing runs).
_TIMEOUT_S = 1.0
_TOKEN_VARIABLES = ("XDG_ACTIVATION_TOKEN", "DESKTOP_STARTUP_ID")


def instance_key(data_folder: Path) -> str:
    """A short, filesystem-safe name for the instance that owns `data_folder` for this user.

    The folder is resolved, so two spellings of one folder share a key while two folders get
    two keys and can run side by side. Hashing keeps the name short: a local socket's full path
    must fit in about a hundred bytes on Unix.
    """
    folder = os.path.normcase(str(data_folder.expanduser().resolve()))
    # Python's own BLAKE2, the one hashlib.blake2b hands out too. Importing hashlib loads
    # OpenSSL: about 5 ms, measured, of a hand-over process that takes about 40 ms in all, for
    # one short name. This loads in well under a millisecond.
    digest = blake2b(f"{_user()}\0{folder}".encode(), digest_size=10)
    return f"holdfast-{digest.hexdigest()}"


def _user() -> str:
    # The user id where there is one: unlike a login name it cannot be changed by the environment.
    if hasattr(os, "getuid"):
        return str(os.getuid())
    return os.environ.get("USERNAME", "")


def instance_address(key: str, environ: Mapping[str, str]) -> str | None:
    """The name later launches reach the first one by; None when there is no private place.

    A bare name would be a predictable path in the shared temporary folder, which another
    account could take first, so the socket goes in a private folder. Windows' pipes have no
    folder: the name is used as it is there.
    """
    if sys.platform == "win32":
        return key
    folder = private_runtime_folder(environ)
    return str(folder / key) if folder is not None else None


def activation_token(environ: Mapping[str, str]) -> str:
    """The token the launcher gave this launch to let its window take the focus; "" if none.

    Wayland's comes first: a launcher there may set both to the same value, for older programs.
    """
    for name in _TOKEN_VARIABLES:
        token = environ.get(name, "")
        if token:
            return token
    return ""


def show_request(token: str) -> bytes:
    """The request to bring the window forward, passing on `token` where it fits on a line."""
    if token.isprintable():  # no line break, nothing a system could not encode
        line = f"{_SHOW} {token}\n".encode()
        if len(line) <= LONGEST_LINE:
            return line
    # Not a token any desktop gives: the window still comes forward, without it.
    return f"{_SHOW} \n".encode()


def shows_requested(received: bytearray) -> list[str]:
    """Takes each complete line out of `received` (what one launch has sent so far) and returns
    the activation token of each request to show the window, in order.

    A ping, a request this version does not know and a garbled line ask for nothing. A line
    still unfinished past any request's length is dropped, so bytes that never end a line
    cannot pile up."""
    tokens: list[str] = []
    while (end := received.find(b"\n")) != -1:
        line = bytes(received[:end])
        del received[: end + 1]
        token = _shown_token(line)
        if token is not None:
            tokens.append(token)
    if len(received) >= LONGEST_LINE:
        received.clear()
    return tokens


def _shown_token(line: bytes) -> str | None:
    try:
        text = line.decode()
    except UnicodeDecodeError:
        return None
    request, _, token = text.partition(" ")
    if request != _SHOW or not token.isprintable():
        return None
    return token


def is_running(data_folder: Path, environ: Mapping[str, str]) -> bool:
    """Whether Holdfast runs for `data_folder`: its server takes a connection, asked nothing.

    A socket left by an instance that was killed answers no more, so it counts as not running.
    """
    return _deliver(data_folder, environ, b"")


def hand_over(data_folder: Path, environ: Mapping[str, str], *, show: bool) -> bool:
    """True when a Holdfast running for `data_folder` took this launch: with `show`, it was
    asked to bring its window forward (with this launch's activation token); without, it was
    only found to run. False when none runs (or none can be reached): the launch goes on to
    start Holdfast itself."""
    return _deliver(data_folder, environ, show_request(activation_token(environ)) if show else PING)


def _deliver(data_folder: Path, environ: Mapping[str, str], message: bytes) -> bool:
    address = instance_address(instance_key(data_folder), environ)
    if address is None:
        return False
    if sys.platform == "win32":
        return _deliver_through_pipe(address, message)
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as link:
            link.settimeout(_TIMEOUT_S)
            link.connect(address)
            # Sent and left: the bytes wait in the socket until the instance's event loop reads
            # them, and what it does with them is its own business.
            link.sendall(message)
    except OSError:  # nothing there, a socket left by a killed instance, a full or hung one
        return False
    return True


def _deliver_through_pipe(name: str, message: bytes) -> bool:
    # Qt's local server on Windows is the named pipe of this name. Untested: the tests run on
    # Linux only. Opening fails at once when no instance has the pipe, or when it is busy, and a
    # launch then starts Holdfast itself, whose own check (through Qt) finds any instance.
    try:
        with Path(rf"\\.\pipe\{name}").open("wb", buffering=0) as pipe:
            pipe.write(message)
    except OSError:
        return False
    return True
