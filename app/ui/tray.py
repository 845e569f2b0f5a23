"""The tray icon: one-click urge logging, the day count in its tooltip, and its menu.

In discreet mode the menu names no urge: one neutral "Log a moment" logs an urge of kind OTHER,
so someone glancing at the screen sees nothing about a breakup or an ex.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from app.domain.events import UrgeKind

_MESSAGE_MS = 10_000


class Tray(QObject):
    """Wraps QSystemTrayIcon; the window decides what each request does."""

    urge_requested = Signal(object)  # the UrgeKind the user picked from the menu
    help_requested = Signal()  # "If it is hard right now": the same help as the Help menu's
    show_requested = Signal()
    quit_requested = Signal()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def __init__(
        self, icon: QIcon, parent: QObject | None = None, *, discreet: bool = False
    ) -> None:
        super().__init__(parent)
        self._icon = QSystemTrayIcon(icon, self)
        # A menu is a widget and cannot have a QObject parent; this object keeps it alive.
        self._menu = QMenu()
        self._discreet = discreet
        self._fill_menu()
        self._icon.setContextMenu(self._menu)
        self._icon.activated.connect(self._on_activated)
        self.set_tooltip_day(None)

    def set_discreet(self, discreet: bool) -> None:
        """Switches the menu between the named urges and one neutral item."""
        if discreet != self._discreet:
            self._discreet = discreet
            self._fill_menu()

    def is_discreet(self) -> bool:
        return self._discreet

    def _fill_menu(self) -> None:
        self._menu.clear()
        if self._discreet:
            moment = self._menu.addAction(self.tr("Log a moment"))
            moment.triggered.connect(self._emit_urge(UrgeKind.OTHER))
        else:
            # A heading, so the six items read as one choice: what the urge was.
            self._menu.addSection(self.tr("Log an urge"))
            labels = self._urge_labels()
            for kind in UrgeKind:
                action = self._menu.addAction(labels[kind])
                action.triggered.connect(self._emit_urge(kind))
        self._menu.addSeparator()
        help_action = self._menu.addAction(self.tr("If it is hard right now…"))
        help_action.triggered.connect(self.help_requested)
        self._menu.addSeparator()
        show_action = self._menu.addAction(self.tr("Show Holdfast"))
        show_action.triggered.connect(self.show_requested)
        self._menu.addSeparator()
        quit_action = self._menu.addAction(self.tr("Quit"))
        quit_action.triggered.connect(self.quit_requested)

    def _urge_labels(self) -> dict[UrgeKind, str]:
        return {
            UrgeKind.TEXT: self.tr("Wanted to text"),
            UrgeKind.CALL: self.tr("Wanted to call"),
            UrgeKind.SOCIAL: self.tr("Wanted to check their profile"),
            UrgeKind.FRIENDS: self.tr("Wanted to ask friends about them"),
            UrgeKind.VISIT: self.tr("Wanted to go where they might be"),
            UrgeKind.OTHER: self.tr("Another urge"),
        }

    def _emit_urge(self, kind: UrgeKind) -> Callable[[], None]:
        def emit() -> None:
            self.urge_requested.emit(kind)

        return emit

    def menu(self) -> QMenu:
        return self._menu

    def system_icon(self) -> QSystemTrayIcon:
        """The wrapped icon, for where the platform shows it (and for tests to click it)."""
        return self._icon

    def set_tooltip_day(self, days: int | None) -> None:
        """Shows the current day in the tooltip, or the bare name before tracking begins."""
        if days is None:
            self._icon.setToolTip(self.tr("Holdfast"))
        else:
            self._icon.setToolTip(self.tr("Holdfast: day %n", None, days))

    def tooltip(self) -> str:
        return self._icon.toolTip()

    def show_message(self, title: str, body: str) -> bool:
        """Shows a notification bubble; False when this desktop cannot show one from the tray."""
        if not (
            QSystemTrayIcon.supportsMessages()
            and QSystemTrayIcon.isSystemTrayAvailable()
            and self._icon.isVisible()
        ):
            return False
        self._icon.showMessage(title, body, self._icon.icon(), _MESSAGE_MS)
        return True

    def show(self) -> None:
        self._icon.show()

    def hide(self) -> None:
        self._icon.hide()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        # The context reason opens the menu on its own; a click or double click asks for the
        # window, which is what people expect of a tray icon.
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.show_requested.emit()
