"""A desktop notification from the command line, over the session D-Bus, without loading Qt.

The launcher's actions log an urge without opening the window; a notification is how they say
it was logged. It goes to the freedesktop notification service (org.freedesktop.Notifications)
through jeepney, a pure-Python D-Bus client, so `holdfast urge` stays quick and Qt-free.
A notification only confirms: when there is no bus, no service, or no answer in time, nothing
is shown and nothing is said, and the urge stays logged.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping

from app.system.identity import APP_ID, DISPLAY_NAME

BUS_VARIABLE = "DBUS_SESSION_BUS_ADDRESS"
# Long enough for the bus to start a notification service that is not running yet; a launcher
# action waits no longer than this for a confirmation nobody is waiting on.
TIMEOUT_S = 3.0

_SERVICE = "org.freedesktop.Notifications"
_PATH = "/org/freedesktop/Notifications"


def send_notification(
    summary: str, body: str, environ: Mapping[str, str] = os.environ, timeout: float = TIMEOUT_S
) -> bool:
    """Shows a notification from Holdfast; True once the notification service took it.

    Never raises: a notification that cannot be shown must not fail what it confirms.
    """
    address = environ.get(BUS_VARIABLE, "")
    if not address:
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
        from jeepney import DBusAddress, MessageType, new_method_call
        from jeepney.io.blocking import open_dbus_connection
    except ImportError:  # not on Linux, or a build without it: no notification
        return False
    service = DBusAddress(_PATH, bus_name=_SERVICE, interface=_SERVICE)
    hints = {
        # Lets the desktop show it under Holdfast's launcher entry, with its icon.
        "desktop-entry": ("s", APP_ID),
        # A confirmation, not news: it need not wait in the notification list afterwards.
        "transient": ("b", True),
    }
    message = new_method_call(
        service,
        "Notify",
        "susssasa{sv}i",
        (DISPLAY_NAME, 0, APP_ID, summary, body, [], hints, -1),
    )
    # Anything can go wrong between here and the service (a stale address, a bus refusing us,
    # no service, an error reply, a timeout); each means only that no notification is shown.
    try:
        with open_dbus_connection(address, auth_timeout=timeout) as connection:
            reply = connection.send_and_get_reply(message, timeout=timeout)
    except Exception:
        return False
    return bool(reply.header.message_type is MessageType.method_return)
