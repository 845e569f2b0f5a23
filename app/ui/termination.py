"""A request to end (a logout, `kill`, Ctrl+C in a terminal) ends the window cleanly, without
losing what was being written: it is kept as a draft for the next start."""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QObject, QSocketNotifier

# The signals a session, a terminal or `kill` send to ask a program to end. SIGKILL cannot be
# caught: against it, the journal keeps its draft on disk once typing pauses.
ENDING_SIGNALS = ("SIGTERM", "SIGINT", "SIGHUP")


def leave_when_asked_to_end(parent: QObject, leave: Callable[[], None]) -> None:
    """Calls `leave` from the event loop when one of ENDING_SIGNALS arrives.

    Python runs a signal's handler only when it next runs Python code, which may be never while
    Qt's event loop waits for events. A socket pair wakes it: the system writes a byte to one end,
    Qt sees the other become readable, and the handler runs as Python reads it.
    """
    waking, woken = socket.socketpair()
    for end in (waking, woken):
        end.setblocking(False)
    signal.set_wakeup_fd(waking.fileno())
    notifier = QSocketNotifier(woken.fileno(), QSocketNotifier.Type.Read, parent)

    def take_the_byte() -> None:
        with suppress(OSError):
            woken.recv(64)

    notifier.activated.connect(take_the_byte)

    def handle(_number: int, _frame: object) -> None:
        _ = waking  # the handler holds the socket pair for as long as it is installed
        leave()

    for name in ENDING_SIGNALS:
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, handle)
