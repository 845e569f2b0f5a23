"""Starting the window: the checks before Qt, one instance, the data, then the window and tray."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.clock import Clock
from app.storage.errors import DataFileError, StorageError, WriteFailed, cannot_use, explain
from app.storage.privacy import keep_private, private_window_settings
from app.storage.protection import DamagedProtectionFile
from app.storage.store import Store
from app.system.identity import APP_ID
from app.system.instance_link import instance_key
from app.system.language import catalogue_path, chosen_language, saved_language
from app.ui.controller import Controller
from app.ui.main_window import MainWindow
from app.ui.platform_check import qt_platform_problem
from app.ui.presence import connect_tray_and_reminders
from app.ui.resources import app_icon
from app.ui.single_instance import SingleInstance
from app.ui.speech import in_window_words, what_went_wrong
from app.ui.termination import leave_when_asked_to_end
from app.ui.theme import apply_theme
from app.ui.translation import use_language
from app.ui.tray import Tray

if TYPE_CHECKING:
    from app.domain.intents import Change
    from app.system.desktop_entry import Placement

# Set by tests and the benchmark: report the first paint on standard output, as
# "first-paint <time.monotonic()> <peak memory so far, KiB>", and quit once everything is loaded.
# In the background it says "waiting" once started, then reports the paint a later launch brings.
QUIT_AFTER_PAINT = "HOLDFAST_QUIT_AFTER_PAINT"


class Application(QApplication):
    """The application, whose own quit requests (the macOS Dock's Quit, the last window closed)
    go through `on_quit` once it is set: Qt 6 would first ask every window to close, and
    closing the window only hides it to the tray."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.on_quit: Callable[[], None] | None = None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Quit and self.on_quit is not None:
            self.on_quit()
            return True
        return super().event(event)


def run_window(
    folder: Path,
    clock: Clock,
    environ: Mapping[str, str] = os.environ,
    *,
    background: bool = False,
    language: str | None = None,
) -> int:
    """Shows the window as soon as its figures are known; the rest is set up after it painted.

    The user often opens Holdfast at a hard moment, so the first paint comes first: with a status
    cache that matches the data file the figures need no decoding of years of entries, and the
    entries, the tray and the reminders follow once the window is on screen.

    In the `background` (as at login), nothing is shown: Holdfast waits in the tray, or quietly
    where there is none, keeping the reminders; a later launch only has to show the window.

    `language` is the one asked for on the command line; otherwise the one chosen in Settings,
    then the system's, decides.
    """
    problem = qt_platform_problem(environ)
    if problem is not None:
        print(f"holdfast: {problem}", file=sys.stderr)
        return 1
    app = Application(sys.argv[:1])
    # The app id names the window's class on X11 and the app on Wayland: the desktop entry of
    # that name gives the launcher, the task bar and the dock their icon. (No display name: Qt
    # would add it to every window title, which already starts with "Holdfast".)
    app.setApplicationName(APP_ID)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())

    instance = SingleInstance(instance_key(folder), environ)
    if not instance.claim(show=not background):
        return 0  # the running one was asked to come forward (or, in the background, to stay)
    # Before any dialog or window is built: each translates its words when it is made.
    speak_chosen_language(app, language, folder, environ)

    has_tray = Tray.available()
    try:
        store = Store(folder)
        if store.locked:
            from app.ui.locked_start import unlock_with_login  # only where protection is on

            unlock_with_login(store, environ)
    except DamagedProtectionFile as damaged:
        return _cannot_unlock(damaged)
    opening = partial(_open_window, app, instance, store, clock, environ, has_tray)
    if store.locked:
        _open_once_unlocked(app, instance, store, clock, environ, opening, has_tray, background)
        return app.exec()
    refused = opening(background)
    return app.exec() if refused is None else refused


def _open_window(
    app: Application,
    instance: SingleInstance,
    store: Store,
    clock: Clock,
    environ: Mapping[str, str],
    has_tray: bool,
    background: bool,
    tray: Tray | None = None,
    logged: Sequence[Change] = (),
) -> int | None:
    """Opens the window on the data (unlocked, where protection is on); the exit code when
    the user would rather quit than answer a question about the data file, else None.

    `tray`: the one a Holdfast locked at its start showed, kept; `logged`: what was logged from
    it that the folder would not take then.
    """
    folder = store.folder
    overview = store.cached_overview()
    if overview is None and not (
        _missing_file_settled(store, clock) and _data_is_usable(store, clock)
    ):
        return 1
    controller = Controller(store, clock, overview=overview)
    apply_theme(app, controller.logbook.preferences.theme)
    if not controller.status().tracking:
        from app.ui.dialogs.onboarding import OnboardingDialog

        beginning = OnboardingDialog.ask(clock.now())
        controller.begin(
            beginning.last_contact,
            beginning.target_days,
            beginning.goals,
            unsafe=beginning.unsafe,
            betrayal=beginning.betrayal,
        )

    # Closing the window decides for itself whether Holdfast goes on (MainWindow.closeEvent).
    app.setQuitOnLastWindowClosed(False)
    privacy_problems = keep_private(folder)  # checked on every start, as the commands do
    settings = open_window_settings(folder, privacy_problems.append)
    window = MainWindow(
        controller, settings, lambda theme: apply_theme(app, theme), lambda: has_tray
    )
    if privacy_problems:
        window.show_banner("\n".join(privacy_problems))
    instance.show_requested.connect(window.bring_forward)
    app.on_quit = window.quit
    # A last try for what waits to be saved; what still cannot be stays on disk for next time.
    app.aboutToQuit.connect(controller.waiting.save_after_busy)
    app.aboutToQuit.connect(controller.remember_overview)
    # A logout may end the session without a word: what is being written is kept first.
    app.commitDataRequest.connect(lambda _manager: window.keep_drafts())
    leave_when_asked_to_end(app, window.quit)
    sys.excepthook = _reporting_in_the_banner(window)

    def finish_starting() -> None:
        controller.load_everything()
        controller.waiting.save_earlier()  # what a window quit or ended before it could save
        for change in logged:
            controller.save_logged(change)
        discreet = controller.logbook.preferences.discreet
        shown_tray = tray
        if shown_tray is not None:
            shown_tray.setParent(window)
        elif has_tray:
            shown_tray = Tray(app_icon(), window, discreet=discreet)
        connect_tray_and_reminders(controller, window, shown_tray, environ)
        follow_discreet_in_launcher(controller, _launcher_placement(environ), window.show_banner)
        watch_the_clock(controller, window.show_banner)
        controller.start_watching()
        from app.domain.crisis import compile_phrases  # loaded already, by the Today page
        from app.ui.locking import Locking

        # Inert without protection, and ready for Settings to turn it on.
        Locking(app, controller, window)
        # Now, while the person looks at the window, not at their first urge or typed words.
        compile_phrases()

    report = bool(environ.get(QUIT_AFTER_PAINT))
    if background or (has_tray and controller.logbook.preferences.start_minimised):
        finish_starting()
        if report:
            # "waiting" once the event loop runs: from then on a launch only has to show it.
            QTimer.singleShot(0, lambda: print("waiting", flush=True))
            _after_first_paint(window, lambda: None, report=True, leave=window.quit)
    else:
        window.show()
        _after_first_paint(window, finish_starting, report=report, leave=window.quit)
    return None


def _open_once_unlocked(
    app: Application,
    instance: SingleInstance,
    store: Store,
    clock: Clock,
    environ: Mapping[str, str],
    opening: Callable[[bool, Tray | None, Sequence[Change]], int | None],
    has_tray: bool,
    background: bool,
) -> None:
    """Shows the lock screen as the only window, or, started in the `background`, waits locked
    in the tray; `opening` opens the window once the passphrase is given."""
    from app.domain.preferences import Theme
    from app.ui.locked_start import LockedStart

    # The theme chosen is inside the protected data: until then, the desktop's.
    apply_theme(app, Theme.SYSTEM)
    # Where and as large as the main window will open; a problem with the file is said there.
    settings = open_window_settings(store.folder, lambda _problem: None)
    start = LockedStart(
        store,
        clock,
        settings,
        instance.show_requested,
        background=background,
        has_tray=has_tray,
        parent=app,
    )

    def unlocked(tray: Tray | None, logged: list[Change]) -> None:
        refused = opening(False, tray, logged)  # the window, now: the passphrase was just given
        if refused is not None:
            app.exit(refused)

    start.unlocked.connect(unlocked)
    if environ.get(QUIT_AFTER_PAINT) and not background:
        _after_first_paint(start.window, lambda: None, report=True, leave=app.quit)


def _cannot_unlock(damaged: DamagedProtectionFile) -> int:
    """Says, in a box of its own, that protection.json cannot be read (nothing was written);
    the exit code."""
    from PySide6.QtWidgets import QMessageBox

    said = what_went_wrong(damaged)
    print(f"holdfast: {said}", file=sys.stderr)
    QMessageBox.critical(None, QCoreApplication.translate("Window", "Holdfast cannot unlock"), said)
    return 1


def speak_chosen_language(
    app: QCoreApplication, explicit: str | None, folder: Path, environ: Mapping[str, str]
) -> None:
    """Makes `app` speak the language asked for (`explicit`, from --lang), else the one chosen
    in Settings and kept in `folder`, else the system's: as the command line chooses it."""
    language = chosen_language(explicit, saved_language(folder), environ)
    use_language(app, language, catalogue_path(language))


def open_window_settings(folder: Path, report: Callable[[str], None]) -> QSettings:
    """The window's size and place, kept in `folder`'s window.ini, private and never written
    through a link; `report` hears, in one line, when they cannot be kept there.

    Qt saves this file itself, through any link in its place. So a link (or a named pipe, say)
    there keeps the settings in memory for this session only, and leaves it as it is.
    """
    try:
        path = private_window_settings(folder)
    except WriteFailed as refused:
        report(
            QCoreApplication.translate(
                "WindowSettings",
                "%s is a link or not an ordinary file, and Holdfast does not save through one, "
                "so the window's size and place will not be kept; remove it to keep them.",
            )
            % refused.path
        )
        return QSettings("", QSettings.Format.IniFormat)  # no file: held in memory only
    return QSettings(str(path), QSettings.Format.IniFormat)


def _missing_file_settled(store: Store, clock: Clock) -> bool:
    """Asks, instead of the first-start questions, what to do about a data file missing beside
    its backups; nothing is written before the answer. False when the user quits."""
    from app.ui.dialogs.missing_file import Choice, MissingFileDialog

    try:
        missing = store.missing_file()
    except OSError:
        return True  # a folder that cannot be read: the next step says so
    if missing is None:
        return True
    choice = MissingFileDialog.ask(missing, clock.now().tzinfo)
    if choice is Choice.START_AFRESH:
        store.start_afresh()
        return True
    if choice is Choice.RESTORE:
        try:
            store.restore(clock.now())
            return True
        except StorageError as error:
            print(f"holdfast: {error}", file=sys.stderr)
        except OSError as error:
            print(f"holdfast: {cannot_use(error, store.path)}", file=sys.stderr)
    return False


def _data_is_usable(store: Store, clock: Clock) -> bool:
    """Asks what to do about a data file that cannot be used (damaged, or refused by the system);
    nothing is written before the answer."""
    from app.ui.dialogs.damaged_file import Choice, DamagedFileDialog

    try:
        store.load()
        return True
    except DataFileError as error:
        choice = DamagedFileDialog.ask(error)
    except OSError as error:  # unreadable, a folder in its place, a folder that is a file
        choice = DamagedFileDialog.ask(DataFileError(store.path, explain(error)))
    if choice is Choice.RESTORE:
        try:
            store.restore(clock.now())
            store.load()
            return True
        except StorageError as error:
            print(f"holdfast: {error}", file=sys.stderr)
            return False
        except OSError as error:
            print(f"holdfast: {cannot_use(error, store.path)}", file=sys.stderr)
            return False
    if choice is Choice.OPEN_FOLDER:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(store.folder)))
    return False


def _launcher_placement(environ: Mapping[str, str]) -> Placement | None:
    """Where `holdfast install-desktop-entry` puts the launcher entry; None off Linux desktops."""
    if sys.platform in ("win32", "darwin"):
        return None
    from app.system.desktop_entry import Placement, data_home  # after the first paint

    return Placement(data_home(environ))


def follow_discreet_in_launcher(
    controller: Controller, placement: Placement | None, report: Callable[[str], None]
) -> None:
    """When discreet mode is turned on or off, an installed launcher entry follows at once.

    Only an entry already installed at `placement` is rewritten (atomically, as install writes
    it); `report` hears, in one line, when it could not be.
    """
    if placement is None:
        return
    seen = controller.logbook.preferences.discreet

    def follow() -> None:
        nonlocal seen
        discreet = controller.logbook.preferences.discreet
        if discreet == seen:
            return
        seen = discreet
        from app.system.desktop_entry import follow_discreet

        try:
            follow_discreet(placement, discreet)
        except OSError as error:
            report(
                QCoreApplication.translate(
                    "Launcher", "The launcher entry could not be changed to match: %s."
                )
                % in_window_words(explain(error))
            )

    controller.changed.connect(follow)


def watch_the_clock(controller: Controller, report: Callable[[str], None]) -> None:
    """Says so when the computer's clock looks wrong, now and whenever that changes: at each
    change of the entries, and once a minute (a clock can be set at any time)."""
    said: str | None = None

    def look() -> None:
        nonlocal said
        doubt = controller.clock_doubt()
        if doubt is not None and doubt != said:
            report(doubt)
        said = doubt

    controller.changed.connect(look)
    minute = QTimer(controller, interval=60_000)
    minute.timeout.connect(look)
    minute.start()
    look()


def _reporting_in_the_banner(window: MainWindow) -> Callable[..., None]:
    """What happens to an error nothing expected, once the window is up: a line in the banner
    and on stderr, where Python would print a traceback and carry on."""

    def report(kind: type[BaseException], error: BaseException, _traceback: object) -> None:
        if issubclass(kind, KeyboardInterrupt):
            window.quit()
            return
        print(f"holdfast: {kind.__name__}: {error}", file=sys.stderr)
        window.show_banner(
            QCoreApplication.translate(
                "Window",
                "Something unexpected went wrong (%s). What was saved stays saved; if it happens "
                "again, please report it.",
            )
            % f"{kind.__name__}: {error}"
        )

    return report


def _after_first_paint(
    window: QWidget, then: Callable[[], None], report: bool, leave: Callable[[], None]
) -> None:
    """Calls `then` once the window has painted; with `report`, says when and `leave`s after it
    (the main window's Quit, the lock window's plain quit)."""

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                if report:
                    print("first-paint", time.monotonic(), _peak_memory_kib(), flush=True)
                QTimer.singleShot(0, then)  # after this paint has reached the screen
                if report:
                    QTimer.singleShot(0, leave)  # as the Quit menu does, once `then` ran
            return False

    window.installEventFilter(FirstPaint(window))


def _peak_memory_kib() -> int:
    """The most memory this process has held so far, for the benchmark; 0 where not known."""
    try:
        import resource
    except ImportError:  # Windows
        return 0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
