"""What keeps Holdfast present beside the window: the tray, the reminders and the milestones."""

from __future__ import annotations

from PySide6.QtCore import QTimer

from app.domain.countdown import Milestone
from app.ui.controller import Controller
from app.ui.main_window import MainWindow
from app.ui.tray import Tray


def connect_tray_and_reminders(
    controller: Controller, window: MainWindow, tray: Tray | None
) -> None:
    from app.ui import notifications  # after the first paint
    from app.ui.notifications import CheckInReminder, MilestoneAnnouncer, Notifier

    notifier = Notifier(tray, window)
    notifier.banner_requested.connect(lambda title, body: window.show_banner(f"{title}: {body}"))
    if tray is not None:
        tray.urge_requested.connect(window.today.log_urge)
        tray.help_requested.connect(lambda: show_help(window))
        tray.show_requested.connect(window.bring_forward)
        tray.quit_requested.connect(window.quit)
        window.leaving.connect(tray.hide)  # the icon goes the moment Quit is confirmed
        window.hidden_to_tray.connect(
            lambda: notifier.notify(
                notifications.notification_title(), notifications.still_in_tray_text()
            )
        )
        tray.show()
    reminder = CheckInReminder(controller.clock, window)
    announcer = MilestoneAnnouncer(window)

    def follow() -> None:
        preferences = controller.logbook.preferences
        status = controller.status()
        reminder.set_schedule(preferences.check_in_reminder, preferences.check_in_at)
        announcer.update(status, preferences.milestone_notifications)
        if tray is not None:
            tray.set_discreet(preferences.discreet)
            tray.set_tooltip_day(status.streak_days if status.tracking else None)

    def announce(milestone: Milestone) -> None:
        notifier.notify(notifications.notification_title(), notifications.milestone_text(milestone))

    reminder.due.connect(
        lambda: notifier.notify(notifications.notification_title(), notifications.check_in_text())
    )
    announcer.reached.connect(announce)
    controller.changed.connect(follow)
    # Days and milestones pass with time, not only with entries: look once a minute.
    minute = QTimer(window, interval=60_000)
    minute.timeout.connect(follow)
    minute.start()
    follow()


def show_help(window: MainWindow) -> None:
    """The tray's "If it is hard right now": the window comes forward with the Help menu's help."""
    window.bring_forward()
    window.show_help()
