"""Starting the window: the checks before Qt, one instance, the data, then the window and tray."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from app.domain.clock import Clock
from app.domain.countdown import Milestone
from app.storage.errors import DataFileError, StorageError
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.dialogs.damaged_file import Choice, DamagedFileDialog
from app.ui.dialogs.onboarding import OnboardingDialog
from app.ui.main_window import MainWindow
from app.ui.notifications import CheckInReminder, MilestoneAnnouncer, Notifier
from app.ui.platform_check import qt_platform_problem
from app.ui.resources import app_icon
from app.ui.single_instance import SingleInstance, instance_key
from app.ui.theme import apply_theme
from app.ui.tray import Tray

# Set by tests and the benchmark: quit as soon as the window has painted once.
QUIT_AFTER_PAINT = "HOLDFAST_QUIT_AFTER_PAINT"


def run_window(folder: Path, clock: Clock, environ: Mapping[str, str] = os.environ) -> int:
    problem = qt_platform_problem(environ)
    if problem is not None:
        print(f"holdfast: {problem}", file=sys.stderr)
        return 1
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Holdfast")
    app.setWindowIcon(app_icon())

    instance = SingleInstance(instance_key(folder))
    if not instance.claim():
        return 0  # the running window has been asked to come forward

    store = Store(folder)
    if not _data_is_usable(store, clock):
        return 1
    controller = Controller(store, clock)
    apply_theme(app, controller.logbook.preferences.theme)
    if not controller.status().tracking:
        beginning = OnboardingDialog.ask(clock.now())
        controller.begin(beginning.last_contact, beginning.target_days, beginning.goals)

    tray = Tray(app_icon()) if Tray.available() else None
    app.setQuitOnLastWindowClosed(tray is None)
    settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(
        controller, settings, lambda theme: apply_theme(app, theme), lambda: tray is not None
    )
    notifier = Notifier(tray)
    notifier.banner_requested.connect(lambda title, body: window.show_banner(f"{title}: {body}"))
    _connect_reminders(controller, notifier, window, tray)
    instance.activated.connect(window.bring_forward)
    if tray is not None:
        tray.urge_requested.connect(window.today.urges.log)
        tray.show_requested.connect(window.bring_forward)
        tray.quit_requested.connect(window.quit)
        window.hidden_to_tray.connect(
            lambda: notifier.notify(
                window.tr("Holdfast"),
                window.tr("Holdfast keeps running in the tray; quit it from the tray menu."),
            )
        )
        tray.show()

    if tray is None or not controller.logbook.preferences.start_minimised:
        window.show()
    if environ.get(QUIT_AFTER_PAINT):
        _quit_after_first_paint(window)
    controller.start_watching()
    return app.exec()


def _data_is_usable(store: Store, clock: Clock) -> bool:
    """Asks what to do about a damaged data file; nothing is written before the answer."""
    try:
        store.load()
        return True
    except DataFileError as error:
        choice = DamagedFileDialog.ask(error)
    if choice is Choice.RESTORE:
        try:
            store.restore(clock.now())
            store.load()
            return True
        except StorageError as error:
            print(f"holdfast: {error}", file=sys.stderr)
            return False
    if choice is Choice.OPEN_FOLDER:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(store.folder)))
    return False


def _connect_reminders(
    controller: Controller, notifier: Notifier, window: MainWindow, tray: Tray | None
) -> None:
    reminder = CheckInReminder(controller.clock, window)
    announcer = MilestoneAnnouncer(window)

    def follow() -> None:
        preferences = controller.logbook.preferences
        status = controller.status()
        reminder.set_schedule(preferences.check_in_reminder, preferences.check_in_at)
        announcer.update(status, preferences.milestone_notifications)
        if tray is not None:
            tray.set_tooltip_day(status.streak_days if status.tracking else None)

    def announce(milestone: Milestone) -> None:
        notifier.notify(
            window.tr("Holdfast"),
            window.tr("You reached your target: day %d.") % milestone.days
            if milestone.is_target
            else window.tr("Day %d reached.") % milestone.days,
        )

    reminder.due.connect(
        lambda: notifier.notify(window.tr("Holdfast"), window.tr("Time for your daily check-in."))
    )
    announcer.reached.connect(announce)
    controller.changed.connect(follow)
    # Days and milestones pass with time, not only with entries: look once a minute.
    minute = QTimer(window, interval=60_000)
    minute.timeout.connect(follow)
    minute.start()
    follow()


def _quit_after_first_paint(window: MainWindow) -> None:
    class QuitOnPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                QTimer.singleShot(0, window.quit)  # as the Quit menu does
            return False

    quitter = QuitOnPaint(window)
    window.installEventFilter(quitter)
