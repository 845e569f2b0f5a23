"""The "start Holdfast when I log in" box of Settings and the welcome dialog: it shows whether
the login-start file is there, makes the file match it, and says in one line why not."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import QCheckBox

from app.storage.errors import explain
from app.system.autostart import LoginStart, NotOurs, is_on, turn_off, turn_on
from app.system.desktop_entry import CommandNotFound, this_command
from app.ui.speech import in_window_words
from app.ui.theme import wrapped_label


def this_login_start() -> LoginStart:
    """Where the login-start file goes for the user running Holdfast, on this system."""
    return LoginStart.of(sys.platform, os.environ)


class LoginStartChoice(QObject):
    """The box, ticked when Holdfast starts at login now, and a line for under it, hidden until
    something goes wrong. `apply` makes the file match the box; its holder decides when, and
    lays the two out (a wrapped line inside a form's row is cut short, so it goes under it)."""

    def __init__(self, text: str, login: LoginStart, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._login = login
        self.box = QCheckBox(text)
        self.box.setAccessibleDescription(
            self.tr(
                "Holdfast then starts in the background, without its window, so its reminders "
                "arrive; the desktop's own start-up settings list it too."
            )
        )
        self.said = wrapped_label("", "muted")
        self.said.hide()
        self._on = False  # what the file says, as last seen: the box goes back to it on failure
        try:
            self._on = is_on(login)
        except NotOurs as refused:  # unticked: whatever is there, Holdfast did not put it
            self._say(self._not_ours(refused))
        self.box.setChecked(self._on)

    def apply(self) -> bool:
        """Turns starting at login on or off as the box says; when that fails, says why and
        puts the box back. True when the file now matches the box."""
        on = self.box.isChecked()
        if on == self._on:
            return True
        try:
            if on:
                turn_on(self._login, this_command())
            else:
                turn_off(self._login)
        except NotOurs as refused:
            return self._refused(self._not_ours(refused))
        except CommandNotFound:
            return self._refused(
                self.tr(
                    "Not changed: Holdfast cannot find its installed command to start at login; "
                    "install Holdfast (pipx install .) and open it from there."
                )
            )
        except OSError as error:
            where = error.filename or self._login.path
            return self._refused(
                self.tr("Not changed: %s: %s.") % (where, in_window_words(explain(error)))
            )
        self._on = on
        self.said.hide()
        return True

    def _not_ours(self, refused: NotOurs) -> str:
        return (
            self.tr(
                "%s is not a file Holdfast wrote, so it is left as it is; remove it yourself "
                "if Holdfast should start when you log in."
            )
            % refused.path
        )

    def _refused(self, why: str) -> bool:
        self._say(why)
        with QSignalBlocker(self.box):  # putting it back is not the user asking again
            self.box.setChecked(self._on)
        return False

    def _say(self, text: str) -> None:
        self.said.setText(text)
        self.said.show()
