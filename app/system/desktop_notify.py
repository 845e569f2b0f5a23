"""Desktop notifications over the session D-Bus, in jeepney's words, without loading Qt.

Two speakers use these words. `holdfast urge` sends one notification and leaves
(send_notification): the launcher's actions log an urge without a window, and a notification is
how they say it was logged. The running window keeps talking (app/ui/desktop_notifications.py
carries the same messages on Qt's event loop), and hears which button was clicked.

Outside a sandbox the desktop's own service answers (org.freedesktop.Notifications); inside
Flatpak, the portal's (org.freedesktop.portal.Notification), the one a sandbox may use.
jeepney, a pure-Python D-Bus client, writes every argument with its exact D-Bus type: PySide6's
QtDBus cannot write the unsigned 32-bit integer Notify takes, so the window speaks jeepney too.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.system.identity import APP_ID, DISPLAY_NAME

BUS_VARIABLE = "DBUS_SESSION_BUS_ADDRESS"
# Long enough for the bus to start a notification service that is not running yet; a launcher
# action waits no longer than this for a confirmation nobody is waiting on.
TIMEOUT_S = 3.0
# What the notification service calls a click on the notification itself (not on a button).
DEFAULT_ACTION = "default"

SERVICE = "org.freedesktop.Notifications"
_PATH = "/org/freedesktop/Notifications"
PORTAL = "org.freedesktop.portal.Desktop"
_PORTAL_PATH = "/org/freedesktop/portal/desktop"
_PORTAL_INTERFACE = "org.freedesktop.portal.Notification"

Action = tuple[str, str]  # (key, label): what the service reports when clicked, what it shows


def bus_address(environ: Mapping[str, str]) -> str | None:
    """The session bus named in `environ`; None where there is none (Windows, macOS, a console)."""
    return environ.get(BUS_VARIABLE) or None


def sandboxed(root: Path = Path("/")) -> bool:
    """Whether Holdfast runs inside Flatpak, which puts this file at the root of every sandbox."""
    return (root / ".flatpak-info").is_file()


def send_notification(
    summary: str, body: str, environ: Mapping[str, str] = os.environ, timeout: float = TIMEOUT_S
) -> bool:
    """Shows a notification from Holdfast; True once the notification service took it.

    Never raises: a notification that cannot be shown must not fail what it confirms. When
    there is no bus, no service, or no answer in time, nothing is shown and nothing is said.
    """
    address = bus_address(environ)
    if address is None:
        return False
    shown: list[bool] = []

    def talk() -> None:
        shown.append(_notify(address, summary, body, timeout))

    # jeepney's greeting to the bus has no time limit of its own: a bus that accepts the
    # connection and never answers must not keep the command running, so the talk runs in a
    # thread the process does not wait for.
    talker = threading.Thread(target=talk, name="notify", daemon=True)
    talker.start()
    talker.join(timeout + 1.0)
    return bool(shown and shown[0])


def _notify(address: str, summary: str, body: str, timeout: float) -> bool:
    try:
        from jeepney import MessageType
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:  # not on Linux, or a build without it: no notification
        return False
    # A confirmation, not news: it need not wait in the notification list afterwards.
    message = notify_request(summary, body, transient=True)
    # Anything can go wrong between here and the service (a stale address, a bus refusing us,
    # no service, an error reply, a timeout); each means only that no notification is shown.
    try:
        with open_dbus_connection(address, auth_timeout=timeout) as connection:
            reply = connection.send_and_get_reply(message, timeout=timeout)
    except Exception:
        return False
    return bool(reply.header.message_type is MessageType.method_return)


# What is said to the services ------------------------------------------------------------------


def capabilities_request() -> Any:
    """Asks the notification service what it can show (buttons are "actions")."""
    from jeepney import new_method_call

    return new_method_call(_service(), "GetCapabilities")


def notify_request(
    summary: str, body: str, actions: Sequence[Action] = (), *, transient: bool = False
) -> Any:
    """A notification for org.freedesktop.Notifications; its reply holds the service's id."""
    from jeepney import new_method_call

    # Lets the desktop show it under Holdfast's launcher entry, with its icon.
    hints: dict[str, tuple[str, object]] = {"desktop-entry": ("s", APP_ID)}
    if transient:
        hints["transient"] = ("b", True)
    flat = [word for action in actions for word in action]  # key, label, key, label...
    return new_method_call(
        _service(),
        "Notify",
        "susssasa{sv}i",
        (DISPLAY_NAME, 0, APP_ID, summary, body, flat, hints, -1),
    )


def portal_request(notification_id: str, summary: str, body: str, actions: Sequence[Action]) -> Any:
    """A notification for the portal, under an id of Holdfast's choosing; a click on it or on
    its buttons comes back as the portal's ActionInvoked."""
    from jeepney import DBusAddress, new_method_call

    content: dict[str, tuple[str, object]] = {"title": ("s", summary), "body": ("s", body)}
    buttons = [
        {"label": ("s", label), "action": ("s", key)}
        for key, label in actions
        if key != DEFAULT_ACTION
    ]
    if any(key == DEFAULT_ACTION for key, _label in actions):
        content["default-action"] = ("s", DEFAULT_ACTION)
    if buttons:
        content["buttons"] = ("aa{sv}", buttons)
    portal = DBusAddress(_PORTAL_PATH, bus_name=PORTAL, interface=_PORTAL_INTERFACE)
    return new_method_call(portal, "AddNotification", "sa{sv}", (notification_id, content))


def portal_version_request() -> Any:
    """Asks whether the portal offers notifications at all (it answers with their version)."""
    from jeepney import DBusAddress, new_method_call

    properties = DBusAddress(
        _PORTAL_PATH, bus_name=PORTAL, interface="org.freedesktop.DBus.Properties"
    )
    return new_method_call(properties, "Get", "ss", (_PORTAL_INTERFACE, "version"))


def listen_request(service: str) -> Any:
    """Asks the bus for the signals `service` (SERVICE or PORTAL) sends about notifications."""
    from jeepney import MatchRule
    from jeepney.bus_messages import message_bus

    if service == PORTAL:
        rule = MatchRule(type="signal", sender=PORTAL, interface=_PORTAL_INTERFACE)
    else:
        rule = MatchRule(type="signal", sender=SERVICE, interface=SERVICE, path=_PATH)
    return message_bus.AddMatch(rule)


def _service() -> Any:
    from jeepney import DBusAddress

    return DBusAddress(_PATH, bus_name=SERVICE, interface=SERVICE)


# What the services say back ---------------------------------------------------------------------


@dataclass(frozen=True)
class Clicked:
    """A click on a notification (DEFAULT_ACTION) or on one of its buttons."""

    notification: int | str  # the service's id, or Holdfast's own id with the portal
    action: str
    activation_token: str = ""  # lets the window come forward on Wayland; "" when not given


@dataclass(frozen=True)
class Token:
    """The activation token the service sends just before the click it belongs to."""

    notification: int
    activation_token: str


@dataclass(frozen=True)
class Closed:
    notification: int


def heard(message: Any) -> Clicked | Token | Closed | None:
    """What a signal from either service says about a notification; None for anything else."""
    from jeepney import HeaderFields

    fields = message.header.fields
    interface, member = fields.get(HeaderFields.interface), fields.get(HeaderFields.member)
    body = message.body
    if interface == SERVICE and fields.get(HeaderFields.path) == _PATH:
        if member == "ActionInvoked":
            return Clicked(body[0], body[1])
        if member == "ActivationToken":
            return Token(body[0], body[1])
        if member == "NotificationClosed":
            return Closed(body[0])
    if interface == _PORTAL_INTERFACE and member == "ActionInvoked":
        notification_id, action, parameters = body
        return Clicked(notification_id, action, _portal_token(parameters))
    return None


def _portal_token(parameters: Sequence[tuple[str, object]]) -> str:
    """The activation token in the platform data the portal adds since its version 2."""
    for signature, value in parameters:
        if signature == "a{sv}" and isinstance(value, dict):
            token = value.get("activation-token")
            if isinstance(token, tuple) and token[0] == "s":
                return str(token[1])
    return ""
