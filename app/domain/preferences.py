"""How the user wants the app to behave: reminders, notifications, theme, start-up, safety."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time
from enum import StrEnum


class Theme(StrEnum):
    SYSTEM = "system"  # follow the desktop's light or dark setting
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True, slots=True)
class Preferences:
    check_in_reminder: bool = True
    check_in_at: time = time(20, 0)  # local wall-clock time of the daily check-in
    milestone_notifications: bool = True
    theme: Theme = Theme.SYSTEM
    start_minimised: bool = False
    # Either one puts healing first: the app never coaches reconnection (see safety.py).
    relationship_unsafe: bool = False  # abusive, controlling, or the user felt unsafe
    relationship_betrayal: bool = False  # betrayal or constant disrespect
    # Launcher, tray and notifications say only "Holdfast" and neutral words, for a shared screen.
    discreet: bool = False
    # The Goals page offers once to swap goals that invite self-blame; asked, it asks no more.
    healing_goals_offered: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "theme", Theme(self.theme))
        if not isinstance(self.check_in_at, time) or self.check_in_at.tzinfo is not None:
            raise ValueError("the check-in time is a local time of day")

    @property
    def reminds(self) -> bool:
        """Whether Holdfast has something to tell while its window is closed: then closing the
        window leaves it running, tray or no tray."""
        return self.check_in_reminder or self.milestone_notifications
