"""What keeps Holdfast present beside the window: the tray, the reminders and the milestones."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from app.domain.countdown import Milestone
from app.domain.events import UrgeKind
from app.ui.controller import Controller
from app.ui.main_window import MainWindow
from app.ui.tray import Tray

if TYPE_CHECKING:
    from app.ui.notifications import Note, Notifier


def connect_tray_and_reminders(
    controller: Controller, window: MainWindow, tray: Tray | None, environ: Mapping[str, str]
) -> None:
    """Wires the tray, the check-in reminder and the milestones to `window`; notifications go
    to the desktop's notification service on the session bus `environ` names, if any."""
    from app.domain.daily_reminder import logged_on  # after the first paint
    from app.ui import notifications
    from app.ui.desktop_notifications import desktop_notifications
    from app.ui.notifications import CheckInReminder, HardDayEve, MilestoneAnnouncer, Notifier

    notifier = Notifier(tray, desktop_notifications(environ, window), window)
    notifier.banner_requested.connect(
        lambda title, body: window.show_banner(in_the_window(title, body))
    )
    notifier.open_requested.connect(lambda note, token: open_on(window, note, token))
    window.hidden_to_tray.connect(
        lambda: notifier.notify(notifications.still_running_note(in_tray=tray is not None))
    )
    if tray is not None:
        tray.urge_requested.connect(lambda kind: log_from_the_tray(window, notifier, kind))
        tray.help_requested.connect(lambda: show_help(window))
        tray.show_requested.connect(window.bring_forward)
        tray.quit_requested.connect(window.quit)
        window.leaving.connect(tray.hide)  # the icon goes the moment Quit is confirmed
        tray.show()
    reminder = CheckInReminder(
        controller.clock,
        window,
        logged_on=lambda day, zone: logged_on(controller.logbook, day, zone),
    )
    follow_opening(window, reminder.opened)
    notifier.snooze_requested.connect(reminder.snooze)
    announcer = MilestoneAnnouncer(window)

    def follow() -> None:
        preferences = controller.logbook.preferences
        status = controller.status()
        reminder.set_schedule(preferences.check_in_reminder, preferences.check_in_at)
        announcer.update(status, preferences.milestone_notifications)
        if tray is not None:
            tray.set_discreet(preferences.discreet)
            # Locked, the tray says no more than the window does.
            shown = status.tracking and not window.locked
            tray.set_tooltip_day(status.streak_days if shown else None)

    def announce(milestone: Milestone) -> None:
        notifier.notify(notifications.milestone_note(milestone))

    reminder.due.connect(lambda: notifier.notify(notifications.check_in_note()))
    eve = HardDayEve(controller.clock, lambda: controller.logbook.hard_dates, window)
    eve.due.connect(lambda planned: notifier.notify(notifications.hard_day_note(planned)))
    eve.start()
    announcer.reached.connect(announce)
    controller.changed.connect(follow)
    window.lock_changed.connect(follow)
    controller.waiting.kept_while_locked.connect(
        lambda: notifier.notify(notifications.kept_while_locked_note())
    )
    # Days and milestones pass with time, not only with entries: look once a minute.
    minute = QTimer(window, interval=60_000)
    minute.timeout.connect(follow)
    minute.start()
    follow()


def log_from_the_tray(window: MainWindow, notifier: Notifier, kind: UrgeKind) -> None:
    """An urge from the tray menu: where the window is hidden, its feedback comes as a
    notification, as it does for `holdfast urge` while Holdfast runs."""
    from app.ui.notifications import urge_logged_note

    if window.today.log_urge(kind) and not window.isVisible():
        notifier.notify(urge_logged_note())


def in_the_window(title: str, body: str) -> str:
    """A notification as a line in the window's banner: the window is Holdfast already, so a
    title that only says so is left out."""
    from app.ui.notifications import notification_title

    return body if title == notification_title() else f"{title}: {body}"


def open_on(window: MainWindow, note: Note, activation_token: str) -> None:
    """A click on a notification: the window comes forward on the page it was about; the
    check-in reminder's opens Today with the check-in ready for its answers."""
    from app.ui.notifications import check_in_note

    window.bring_forward(activation_token)
    if note.page is not None:
        window.show_page(note.page)
    if note == check_in_note():
        window.today.focus_check_in()


def follow_opening(window: MainWindow, opened: Callable[[], None]) -> None:
    """Calls `opened` whenever the window is shown or activated, and now if it is on screen:
    the user has opened Holdfast today."""

    class Opening(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() in (QEvent.Type.Show, QEvent.Type.WindowActivate):
                opened()
            return False

    window.installEventFilter(Opening(window))
    if window.isVisible():
        opened()


def show_help(window: MainWindow) -> None:
    """The tray's "If it is hard right now": the window comes forward with the Help menu's help."""
    window.bring_forward()
    window.show_help()
