"""The main window: the Today page, the menus and shortcuts, a banner, and closing to the tray."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.preferences import Theme
from app.ui.controller import Controller
from app.ui.dialogs.settings import SettingsDialog
from app.ui.pages.today import TodayPage


class MainWindow(QMainWindow):
    hidden_to_tray = Signal()  # the first time closing only hid the window

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
        scroll = QScrollArea()
        scroll.setWidget(self.today)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        central = QWidget()
        column = QVBoxLayout(central)
        column.addWidget(self.banner)
        column.addWidget(scroll, 1)
        self.setCentralWidget(central)
        self._build_menus()

        controller.problem.connect(self.show_banner)
        controller.changed.connect(self._follow_preferences)
        self.setMinimumSize(820, 560)  # below this the urge buttons would be cut off
        geometry = settings.value("window/geometry")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(980, 720)

    def _build_menus(self) -> None:
        app_menu = self.menuBar().addMenu(self.tr("&Holdfast"))
        self.settings_action = self._action(self.tr("&Settings…"), "Ctrl+,", self.open_settings)
        self.quit_action = self._action(self.tr("&Quit"), "Ctrl+Q", self.quit)
        app_menu.addAction(self.settings_action)
        app_menu.addSeparator()
        app_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self._action(
            self.tr("&Undo the last entry"), QKeySequence.StandardKey.Undo, self.today.urges.undo
        )
        edit_menu.addAction(self.undo_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("If it is hard right now…"), None, self.show_help))

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

    def bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    def open_settings(self) -> None:
        SettingsDialog(self._controller, self).exec()

    def show_help(self) -> None:
        QMessageBox.information(
            self,
            self.tr("If it is hard right now"),
            self.tr(
                "Holdfast is a tracker, not a therapist. A counsellor or therapist is a good "
                "step at any point, not only when things are bad.\n\n"
                "If the relationship involved abuse, manipulation or betrayal, the healthier "
                "path is healing and moving on, not getting back together. Please reach out to "
                "a professional or a support service where you live.\n\n"
                "If you are in danger, call your local emergency number."
            ),
        )

    def quit(self) -> None:
        self._save_geometry()
        QCoreApplication.quit()

    # Inner workings

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self._save_geometry()
        if self._tray_in_use():
            # Closing hides to the tray, so a click there brings it straight back.
            event.ignore()
            self.hide()
            if not self._settings.value("window/told_about_tray", False, type=bool):
                self._settings.setValue("window/told_about_tray", True)
                self.hidden_to_tray.emit()
            return
        event.accept()

    def _save_geometry(self) -> None:
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.sync()

    def _follow_preferences(self) -> None:
        theme = self._controller.logbook.preferences.theme
        if theme is not self._theme:
            self._theme = theme
            self._apply_theme(theme)
