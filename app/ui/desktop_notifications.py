"""Notifications through the desktop's notification service, from the running window process.

No tray is needed: GNOME shows none without an extension, yet its notification service is always
there. Outside a sandbox it is org.freedesktop.Notifications, whose buttons are offered only
where it says it shows them; inside Flatpak it is the portal's. Clicks come back for Holdfast's
own notifications only, and nothing here waits on the bus: a service that is missing, or says
no, makes `show` answer False or `failed` follow, and the caller falls back to the tray.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import count
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.system import desktop_notify
from app.system.desktop_notify import PORTAL, SERVICE, Action, Clicked, Closed, Token
from app.ui.session_bus import SessionBus


class DesktopNotifications(QObject):
    """Shows notifications through whichever service answers on `bus`; `bus` must not be open
    yet, so that nothing it says is missed."""

    clicked = Signal(object, str, str)  # the key given to show(), the action, an activation token
    failed = Signal(object)  # the key of a notification the service did not take

    def __init__(self, bus: SessionBus, *, sandboxed: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._sandboxed = sandboxed
        self._service: str | None = None  # SERVICE or PORTAL, once one answered
        self._buttons = False  # whether the service shows actions
        self._shown: dict[int | str, object] = {}  # the service's id (with the portal, ours) -> key
        self._tokens: dict[int | str, str] = {}  # activation tokens sent ahead of their click
        self._portal_ids = count(1)
        bus.connected.connect(self._find_service)
        bus.signal_heard.connect(self._hear)
        bus.unavailable.connect(self._lose)

    def ready(self) -> bool:
        """Whether a service has answered: until then (and without one) `show` answers False."""
        return self._service is not None

    def show(self, key: object, title: str, body: str, actions: Sequence[Action]) -> bool:
        """Sends a notification; False when there is no service to send it to. `key` comes back
        with `clicked`, or with `failed` if the service does not take it after all."""
        if self._service == PORTAL:
            portal_id = f"holdfast-{next(self._portal_ids)}"
            self._shown[portal_id] = key
            request = desktop_notify.portal_request(portal_id, title, body, actions)
            self._bus.call(request, _ignore, lambda: self._fail(portal_id))
            return True
        if self._service == SERVICE:
            offered = actions if self._buttons else ()
            request = desktop_notify.notify_request(title, body, offered)
            self._bus.call(
                request, lambda reply: self._note(reply, key), lambda: self.failed.emit(key)
            )
            return True
        return False

    def _find_service(self) -> None:
        if self._sandboxed:
            self._try_portal()
            return
        self._bus.call(
            desktop_notify.capabilities_request(),
            lambda reply: self._use(SERVICE, "actions" in reply.body[0]),
            self._try_portal,  # a sandbox we did not recognise, or a desktop with the portal only
        )

    def _try_portal(self) -> None:
        self._bus.call(
            desktop_notify.portal_version_request(), lambda _reply: self._use(PORTAL, True), _ignore
        )

    def _use(self, service: str, buttons: bool) -> None:
        # Listening starts before the first notification is sent: the bus keeps their order.
        self._bus.call(desktop_notify.listen_request(service), _ignore, _ignore)
        self._service, self._buttons = service, buttons

    def _note(self, reply: Any, key: object) -> None:
        self._shown[reply.body[0]] = key

    def _fail(self, notification: str) -> None:
        if notification in self._shown:
            self.failed.emit(self._shown.pop(notification))

    def _hear(self, message: Any) -> None:
        said = desktop_notify.heard(message)
        if said is None or said.notification not in self._shown:
            return  # about another application's notification
        if isinstance(said, Token):
            self._tokens[said.notification] = said.activation_token
        elif isinstance(said, Clicked):
            key = self._shown.pop(said.notification)
            token = said.activation_token or self._tokens.pop(said.notification, "")
            self.clicked.emit(key, said.action, token)
        elif isinstance(said, Closed):
            del self._shown[said.notification]
            self._tokens.pop(said.notification, None)

    def _lose(self) -> None:
        self._service = None
        self._shown.clear()
        self._tokens.clear()


def desktop_notifications(
    environ: Mapping[str, str], parent: QObject | None = None
) -> DesktopNotifications | None:
    """The desktop's notifications on the session bus `environ` names; None without a bus."""
    address = desktop_notify.bus_address(environ)
    if address is None:
        return None
    bus = SessionBus(address, parent)
    made = DesktopNotifications(bus, sandboxed=desktop_notify.sandboxed(), parent=parent)
    bus.open()
    return made


def _ignore(*_: object) -> None:
    """An answer nothing depends on."""
