"""Slow work (a passphrase's key derivation, sealing every file) run beside the window, so it
never freezes: the result comes back on the window's own thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

_T = TypeVar("_T")


@dataclass(frozen=True, slots=True)
class Done(Generic[_T]):
    """What the work returned, or the error it raised (the only errors caught: storage's and the
    system's, which the caller says in words; anything else is a bug and is raised there)."""

    value: _T | None = None
    error: Exception | None = None


class OffThread(QObject):
    """Runs one piece of work at a time in a thread of its own; `finished` hands back its Done,
    on the thread this object lives in."""

    finished = Signal(object)  # a Done
    # From the work's thread to this object's: queued, so `finished` is always emitted here.
    _came_back = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running = False
        self._came_back.connect(self._hand_back, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._running

    def run(self, work: Callable[[], object], *, catching: tuple[type[Exception], ...]) -> None:
        """Starts `work`; an error of a `catching` kind comes back as Done.error. Ignored while
        earlier work runs: a second click on Unlock must not start a second derivation."""
        if self._running:
            return
        self._running = True

        def in_thread() -> None:
            try:
                done: Done[object] = Done(value=work())
            except catching as error:
                done = Done(error=error)
            except Exception as error:  # a bug: raised again on the window's thread, and seen
                done = Done(error=_Unexpected(error))
            with suppress(RuntimeError):  # this object went meanwhile (Holdfast quit): no one waits
                self._came_back.emit(done)

        # A daemon: a derivation still running when Holdfast quits must not keep it alive.
        threading.Thread(target=in_thread, name="holdfast-off-thread", daemon=True).start()

    def _hand_back(self, done: Done[object]) -> None:
        self._running = False
        if isinstance(done.error, _Unexpected):
            raise done.error.error
        self.finished.emit(done)


class _Unexpected(Exception):
    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error
