"""The main window: its pages, the menus and shortcuts, a banner, and closing to the tray."""

from __future__ import annotations

import os
from collections.abc import Callable
from enum import Enum
from functools import partial

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QEvent,
    QRectF,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QMoveEvent,
    QPainter,
    QPalette,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from app.domain.intents import Touched
from app.domain.preferences import Theme
from app.domain.safety import healing_first, was_unsafe
from app.ui.controller import Controller
from app.ui.file_offers import FileOffers
from app.ui.pages.today import TodayPage

GEOMETRY_SAVE_DELAY_MS = 2000


class Page(Enum):
    TODAY = "today"
    GOALS = "goals"
    JOURNAL = "journal"
    HISTORY = "history"
    NEXT_STEPS = "next-steps"


SMALLEST = QSize(820, 600)
OPENS_AT = QSize(980, 720)  # the first time, before a size of the user's own is kept


class MainWindow(QMainWindow):
    hidden_to_tray = Signal()  # the first time closing only hid the window
    closed_to_tray = Signal()  # closing hid the window, each time: a protected one locks
    leaving = Signal()  # Quit was chosen and nothing is kept open: the app ends now
    protection_changed = Signal()  # turned on or off, or its options changed, in Settings
    lock_changed = Signal()  # the lock screen came or went

    def __init__(
        self,
        controller: Controller,
        settings: QSettings,
        apply_theme: Callable[[Theme], None],
        tray_in_use: Callable[[], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._settings = settings
        self._apply_theme = apply_theme
        self._tray_in_use = tray_in_use
        self._theme = controller.logbook.preferences.theme
        self._content: QWidget | None = None  # the pages, set aside while the window is locked
        self.setWindowTitle(self.tr("Holdfast — Today"))

        self.banner = QFrame()
        self.banner.setProperty("role", "banner")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.clicked.connect(self.banner.hide)
        row = QHBoxLayout(self.banner)
        row.addWidget(self.banner_text, 1)
        row.addWidget(dismiss)
        self.banner.hide()

        self.today = TodayPage(controller)
        self.today.help_requested.connect(self.show_help)
        self.today.next_steps_requested.connect(lambda: self.show_page(Page.NEXT_STEPS))
        self._pages: dict[Page, QWidget] = {}
        self._holders: dict[Page, QWidget] = {}  # what the stack shows: the page or its scroller
        self._stack = QStackedWidget()
        self._add_page(Page.TODAY, self.today)
        self.navigation = self._build_navigation()
        central = QWidget()
        column = QVBoxLayout(central)
        # The pages keep their own margins; the window's would only narrow them.
        column.setContentsMargins(4, 4, 0, 0)
        column.addWidget(self.navigation)
        column.addWidget(self.banner)
        offers = FileOffers(controller, self)
        self.merge_offer, self.restore_offer = offers.merge, offers.restore
        column.addWidget(self.merge_offer)
        column.addWidget(self.restore_offer)
        column.addWidget(self._stack, 1)
        self.setCentralWidget(central)
        self._build_menus()

        controller.problem.connect(self.show_banner)
        controller.news.connect(self.show_banner)
        controller.changed.connect(self._follow)
        self._highlight_next_steps()
        # Below this the urge buttons would be cut off, or Today (with its check-in) would scroll.
        self.setMinimumSize(SMALLEST)
        # Kept a moment after each move or resize too, so a crash or a power cut forgets nothing.
        self._geometry_timer = QTimer(self, interval=GEOMETRY_SAVE_DELAY_MS, singleShot=True)
        self._geometry_timer.timeout.connect(self._save_geometry)
        geometry = settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(OPENS_AT)

    def _page_titles(self) -> dict[Page, str]:
        return {
            Page.TODAY: self.tr("Today"),
            Page.GOALS: self.tr("Goals"),
            Page.JOURNAL: self.tr("Journal"),
            Page.HISTORY: self.tr("History"),
            Page.NEXT_STEPS: self.tr("Next steps"),
        }

    def _build_navigation(self) -> QTabBar:
        # Tabs across the top: a column at the side would take the width the urge buttons need.
        navigation = QTabBar()
        navigation.setDocumentMode(True)
        navigation.setExpanding(False)
        navigation.setAccessibleName(self.tr("Pages"))
        for title in self._page_titles().values():
            navigation.addTab(title)
        navigation.currentChanged.connect(lambda index: self.show_page(list(Page)[index]))
        return navigation

    def _build_menus(self) -> None:
        app_menu = self.menuBar().addMenu(self.tr("&Holdfast"))
        self.settings_action = self._action(self.tr("&Settings…"), "Ctrl+,", self.open_settings)
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.quit)
        app_menu.addAction(self.settings_action)
        self.hard_dates_action = self._action(self.tr("&Hard dates…"), None, self.open_hard_dates)
        app_menu.addAction(self.hard_dates_action)
        # Shown, and acted on, once protection is on (see locking.py).
        self.lock_action = QAction(self.tr("&Lock now"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setVisible(False)
        app_menu.addAction(self.lock_action)
        app_menu.addSeparator()
        app_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.edit_menu.setToolTipsVisible(True)  # why Undo is greyed out
        self.undo_action = self._action(
            self.tr("&Undo the last change"), QKeySequence.StandardKey.Undo, self._controller.undo
        )
        self.edit_menu.addAction(self.undo_action)
        self._follow_undo()
        self.edit_menu.aboutToShow.connect(self._follow_undo)
        self.go_menu = go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, (page, title) in enumerate(self._page_titles().items(), start=1):
            # Alt and a number: Ctrl and a number log the urges.
            go_menu.addAction(self._action(title, f"Alt+{number}", partial(self.show_page, page)))
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.addAction(
            self._action(self.tr("If it is hard right now…"), None, self.show_help)
        )
        self.help_menu.addSeparator()
        self.about_action = self._action(self.tr("&About Holdfast"), None, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.help_menu.addAction(self.about_action)

    def _action(
        self,
        text: str,
        shortcut: str | QKeySequence.StandardKey | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    # What the rest of the app asks of the window

    def show_banner(self, text: str) -> None:
        self.banner_text.setText(text)
        self.banner.show()

    def page(self, page: Page) -> QWidget:
        """The page's widget, built the first time it is asked for."""
        built = self._pages.get(page)
        if built is None:
            # Built on first visit: the window opens sooner, and these pages read every entry.
            self._controller.load_everything()
            built = self._build_page(page)
            self._add_page(page, built)
        return built

    def _build_page(self, page: Page) -> QWidget:
        # Each page is imported on its first visit, so a start loads only what Today needs.
        if page is Page.GOALS:
            from app.ui.pages.goals import GoalsPage

            return GoalsPage(self._controller)
        if page is Page.JOURNAL:
            from app.ui.pages.journal import JournalPage

            journal = JournalPage(self._controller)
            journal.crisis_note.help_requested.connect(self.show_help)
            return journal
        if page is Page.HISTORY:
            from app.ui.pages.history import HistoryPage

            return HistoryPage(self._controller)
        from app.ui.pages.next_steps import NextStepsPage

        next_steps = NextStepsPage(self._controller)
        next_steps.open_page.connect(lambda value: self.show_page(Page(value)))
        next_steps.open_settings.connect(self.open_settings)
        next_steps.help_requested.connect(self.show_help)
        return next_steps

    def _add_page(self, page: Page, widget: QWidget) -> None:
        # Goals and History scroll their own lists, keeping their headings in view.
        holder = widget if page in (Page.GOALS, Page.HISTORY) else _scrolling(widget)
        self._pages[page] = widget
        self._holders[page] = holder
        self._stack.addWidget(holder)

    def current_page(self) -> Page:
        return list(Page)[self.navigation.currentIndex()]

    def show_page(self, page: Page) -> None:
        self.page(page)
        self._stack.setCurrentWidget(self._holders[page])
        self.navigation.setCurrentIndex(list(Page).index(page))  # when not chosen from the tabs
        if not self.locked:  # a locked window's title names no page
            self.setWindowTitle(self.tr("Holdfast — %s") % self._page_titles()[page])

    # Locked: the lock screen in place of the pages

    @property
    def locked(self) -> bool:
        return self._content is not None

    def show_locked(self, lock_screen: QWidget) -> None:
        """Puts `lock_screen` where the pages were, banners and offers included (they may say
        what the data holds), and greys out what would open or change the data."""
        if self._content is None:
            content = self.takeCentralWidget()
            assert content is not None  # the pages are the central widget until locked
            # Still the window's, hidden: deleted with it, never on its own at some later
            # moment, and its shortcuts (Ctrl+1 logs an urge) do nothing while hidden.
            content.setParent(self)
            content.hide()
            self._content = content
        self.setCentralWidget(lock_screen)  # the lock screen before, if any, is deleted
        self.setWindowTitle(self.tr("Holdfast"))
        self._follow_lock()
        lock_screen.setFocus()

    def show_unlocked(self) -> None:
        """The pages again, as they were left."""
        if self._content is None:
            return
        self.setCentralWidget(self._content)  # and the lock screen is deleted
        self._content.show()
        self._content = None
        self.show_page(self.current_page())
        self._follow_lock()

    def _follow_lock(self) -> None:
        unlocked = not self.locked
        for action in (self.settings_action, self.hard_dates_action, self.lock_action):
            action.setEnabled(unlocked)
        for menu in (self.edit_menu, self.go_menu):
            menu.menuAction().setEnabled(unlocked)
            for action in menu.actions():  # their shortcuts too
                action.setEnabled(unlocked)
        self._follow_undo()
        self.lock_changed.emit()

    def bring_forward(self, activation_token: str = "") -> None:
        """Shows the window (as it was: a maximised one stays maximised) and asks for the focus,
        with the `activation_token` the launcher gave the launch that asked for it, if any."""
        if activation_token and QGuiApplication.platformName().startswith("wayland"):
            # A compositor gives the focus to a window only with a token from what the person
            # just did. Qt's Wayland plugin (in every Qt Holdfast supports) activates with the
            # token in this variable, then removes it: when showing a hidden window, else in
            # activateWindow. Not seen here: the tests have no Wayland compositor.
            os.environ["XDG_ACTIVATION_TOKEN"] = activation_token
        # On X11 the token (DESKTOP_STARTUP_ID) cannot be passed on: Qt reads that variable once,
        # when it connects to the display, and offers no way to give it a later one. Qt asks
        # the window manager to activate the window, which most do for a program the person
        # started; one that prevents focus stealing may mark the window as wanting attention.
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def open_settings(self) -> None:
        from app.ui.dialogs.settings import SettingsDialog  # loaded when first opened

        dialog = SettingsDialog(self._controller, self)
        dialog.protection.protection_changed.connect(self.protection_changed)
        dialog.exec()

    def open_hard_dates(self) -> None:
        from app.ui.dialogs.hard_dates import HardDatesDialog  # loaded when first opened

        HardDatesDialog(self._controller, self).exec()

    def show_help(self) -> None:
        from app.ui.help import show_help  # one wording, wherever help is asked for

        # Locked, the help says nothing the entries hold: anyone may be reading the screen, and
        # help for an abusive relationship would say what was recorded.
        show_help(self, unsafe=not self.locked and was_unsafe(self._controller.logbook))

    def show_about(self) -> None:
        from importlib.metadata import version  # looked up only when asked: it is slow to load

        from PySide6.QtWidgets import QMessageBox  # loaded on first use, as in show_help

        QMessageBox.about(
            self,
            self.tr("About Holdfast"),
            self.tr(
                "<p><b>Holdfast %s</b></p><p>Counts the days of no contact with you and keeps "
                "what you learn along the way.</p><p>What you enter stays in a file on this "
                "computer, with backups of the last month beside it.</p>"
            )
            % version("holdfast"),
        )

    def keep_drafts(self) -> None:
        """Keeps what is written but not saved as a draft, offered again on the next start: the
        session may end without asking (a logout)."""
        journal = self._pages.get(Page.JOURNAL)
        if journal is None:
            return  # never opened: nothing written
        from app.ui.pages.journal import JournalPage  # loaded already: the page was built

        if isinstance(journal, JournalPage):
            journal.keep_draft()

    def quit(self) -> None:
        """Ends Holdfast, tray icon and all, at once and without asking: someone who quits so
        that nobody sees it running must be able to trust it. A journal entry written but not
        saved is kept as a draft, back on the Journal page at the next start."""
        self.keep_drafts()
        self._save_geometry()
        self.leaving.emit()
        # exit, not quit: Qt 6's quit first asks each window to close, and closing this one
        # only hides it to the tray, which cancels the quit (and closes the tray icon's window).
        QCoreApplication.exit(0)

    # Inner workings

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._highlight_next_steps()  # the desktop switched between light and dark

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        self._geometry_timer.start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._geometry_timer.start()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_geometry()
        if self._tray_in_use() or self._controller.logbook.preferences.reminds:
            # Closing hides: Holdfast stays in the tray, or in the background for its reminders,
            # and the next launch or a click on the tray brings this window straight back.
            event.ignore()
            self.hide()
            self.closed_to_tray.emit()
            if not self._settings.value("window/told_about_tray", False, type=bool):
                self._settings.setValue("window/told_about_tray", True)
                self.hidden_to_tray.emit()
            return
        # Nothing to keep running for: closing ends Holdfast, through the application's quit
        # request (the same way as Quit), and what is written but not saved is kept as a draft.
        self.keep_drafts()
        event.accept()
        QCoreApplication.quit()

    def _follow_undo(self) -> None:
        can_undo = not self.locked and self._controller.can_undo()
        self.undo_action.setEnabled(can_undo)
        self.undo_action.setToolTip(
            self.tr("Takes back the last change made in this window")
            if can_undo
            else self.tr("Nothing to undo: changes made in this window can be taken back here")
        )

    def _save_geometry(self) -> None:
        # The settings file is made private where it is opened (open_window_settings, app.py).
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.sync()

    def _highlight_next_steps(self) -> None:
        """Next steps stands out once the target is reached: that is when it matters most."""
        countdown = self._controller.status().countdown
        reached = countdown is not None and countdown.target_reached
        index = list(Page).index(Page.NEXT_STEPS)
        role = QPalette.ColorRole.Highlight if reached else QPalette.ColorRole.WindowText
        self.navigation.setTabTextColor(index, self.palette().color(role))
        # More than a colour, which not everyone tells apart: a dot beside the name, and words.
        name = self._page_titles()[Page.NEXT_STEPS]
        self.navigation.setTabIcon(index, self._dot() if reached else QIcon())
        self.navigation.setAccessibleTabName(
            index, self.tr("%s: target reached") % name if reached else name
        )
        if not reached:
            tip = ""
        elif healing_first(self._controller.logbook):
            tip = self.tr("You reached your target: support, and what helps you move on.")
        else:
            tip = self.tr("You reached your target: here are the ways forward.")
        self.navigation.setTabToolTip(index, tip)

    def _dot(self) -> QIcon:
        """A small round mark in the accent colour, at the tabs' icon size."""
        size = self.navigation.iconSize()
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(size * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().color(QPalette.ColorRole.Highlight))
        diameter = min(size.width(), size.height()) * 0.6
        painter.drawEllipse(
            QRectF(
                (size.width() - diameter) / 2, (size.height() - diameter) / 2, diameter, diameter
            )
        )
        painter.end()
        return QIcon(pixmap)

    def _follow(self, touched: Touched) -> None:
        """What a change touched: Undo, the theme, and Next steps' tab past the target."""
        self._follow_undo()
        if Touched.PREFERENCES in touched:
            self._follow_theme()
        if touched & (Touched.EVENTS | Touched.PREFERENCES | Touched.REASONS):
            self._highlight_next_steps()

    def _follow_theme(self) -> None:
        theme = self._controller.logbook.preferences.theme
        if theme is not self._theme:
            self._theme = theme
            self._apply_theme(theme)


def _scrolling(page: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the tabs to the page itself
    return scroll
