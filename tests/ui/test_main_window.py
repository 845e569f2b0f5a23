"""The main window: its title, the settings shortcut, closing to the tray, geometry, the banner."""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QKeySequence, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMainWindow, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import Urge, UrgeKind
from app.domain.intents import Touched
from app.domain.logbook import log_urge
from app.domain.preferences import Theme
from app.storage.privacy import WINDOW_SETTINGS_FILE
from app.storage.store import Store
from app.ui.app import open_window_settings
from app.ui.controller import Controller
from app.ui.dialogs.settings import SettingsDialog
from app.ui.main_window import MainWindow, Page

pytestmark = pytest.mark.gui

MakeWindow = Callable[..., MainWindow]


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    return tmp_path / WINDOW_SETTINGS_FILE


@pytest.fixture
def make_window(controller: Controller, qtbot: QtBot, settings_file: Path) -> Iterator[MakeWindow]:
    """Opens a window over the test controller, with its own settings file and tray answer."""

    def make(tray: bool = False) -> MainWindow:
        settings = open_window_settings(settings_file.parent, pytest.fail)
        themes: list[Theme] = []
        window = MainWindow(controller, settings, themes.append, lambda: tray)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield make


def _open_settings_recorded(monkeypatch: pytest.MonkeyPatch) -> list[SettingsDialog]:
    opened: list[SettingsDialog] = []

    def exec_(self: SettingsDialog) -> int:
        opened.append(self)
        return 0

    monkeypatch.setattr(SettingsDialog, "exec", exec_)
    return opened


def test_the_title_names_holdfast(make_window: MakeWindow) -> None:
    assert make_window().windowTitle().startswith("Holdfast")


def test_ctrl_comma_opens_the_settings(
    make_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    opened = _open_settings_recorded(monkeypatch)
    assert window.settings_action.shortcut() == QKeySequence("Ctrl+,")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)

    (dialog,) = opened
    assert dialog.parent() is window
    assert dialog.target.value() == 30  # it shows this window's plan


def test_the_menu_s_settings_item_opens_the_settings(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    opened = _open_settings_recorded(monkeypatch)

    window.settings_action.trigger()

    assert len(opened) == 1


def test_closing_with_a_tray_hides_and_says_so_once(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window(tray=True)

    with qtbot.waitSignal(window.hidden_to_tray, timeout=1000):
        assert not window.close()
    assert not window.isVisible()

    window.show()
    qtbot.waitExposed(window)
    with qtbot.assertNotEmitted(window.hidden_to_tray):
        assert not window.close()
    assert not window.isVisible()


def test_a_later_window_does_not_tell_about_the_tray_again(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    first = make_window(tray=True)
    with qtbot.waitSignal(first.hidden_to_tray, timeout=1000):
        first.close()

    second = make_window(tray=True)  # as after a restart: the settings file remembers
    with qtbot.assertNotEmitted(second.hidden_to_tray):
        assert not second.close()
    assert not second.isVisible()


def _without_reminders(controller: Controller) -> None:
    preferences = controller.logbook.preferences
    assert controller.set_preferences(
        replace(preferences, check_in_reminder=False, milestone_notifications=False)
    )


def test_closing_without_a_tray_hides_while_reminders_are_on_and_says_so_once(
    make_window: MakeWindow, qtbot: QtBot
) -> None:
    window = make_window(tray=False)  # reminders are on from the first start

    with qtbot.waitSignal(window.hidden_to_tray, timeout=1000):
        assert not window.close()  # Holdfast keeps running, so the reminders arrive
    assert not window.isVisible()

    window.show()
    qtbot.waitExposed(window)
    with qtbot.assertNotEmitted(window.hidden_to_tray):
        assert not window.close()


@pytest.mark.parametrize("reminder", ["check_in_reminder", "milestone_notifications"])
def test_either_reminder_alone_keeps_holdfast_running_without_a_tray(
    make_window: MakeWindow, controller: Controller, reminder: str
) -> None:
    _without_reminders(controller)
    preferences = controller.logbook.preferences
    if reminder == "check_in_reminder":
        assert controller.set_preferences(replace(preferences, check_in_reminder=True))
    else:
        assert controller.set_preferences(replace(preferences, milestone_notifications=True))
    window = make_window(tray=False)

    assert not window.close()
    assert not window.isVisible()


def test_closing_without_a_tray_or_reminders_closes(
    make_window: MakeWindow, controller: Controller, qtbot: QtBot
) -> None:
    _without_reminders(controller)
    window = make_window(tray=False)

    with qtbot.assertNotEmitted(window.hidden_to_tray):
        assert window.close()  # nothing to keep running for
    assert not window.isVisible()


def test_with_a_tray_closing_hides_even_without_reminders(
    make_window: MakeWindow, controller: Controller
) -> None:
    _without_reminders(controller)
    window = make_window(tray=True)

    assert not window.close()


def test_the_size_is_kept_for_the_next_window(
    make_window: MakeWindow, qtbot: QtBot, settings_file: Path
) -> None:
    first = make_window()
    assert first.size() == QSize(980, 720)  # the size the first start opens at
    # The narrowest the window goes: the test screen is only 800 pixels wide, and a restored
    # window is fitted to its screen.
    first.resize(820, 610)
    qtbot.waitUntil(lambda: first.size() == QSize(820, 610))

    first.close()  # hidden (reminders are on) or ended: the size is kept either way

    assert settings_file.exists()
    assert stat.S_IMODE(settings_file.stat().st_mode) == 0o600  # private, like the data
    stored = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert stored.contains("window/geometry")
    second = make_window()
    assert second.size() == QSize(820, 610)


def test_a_new_size_is_kept_even_if_the_window_never_closes(
    make_window: MakeWindow, qtbot: QtBot, settings_file: Path
) -> None:
    window = make_window()
    window.resize(820, 600)
    qtbot.waitUntil(lambda: window.size() == QSize(820, 600))

    # As after a crash or a power cut: nothing closed the window, yet its size was kept.
    def stored_size() -> QSize | None:
        stored = QSettings(str(settings_file), QSettings.Format.IniFormat).value("window/geometry")
        probe = QMainWindow()
        probe.setMinimumSize(window.minimumSize())  # or the small test screen would shrink it
        size = (
            probe.size()
            if isinstance(stored, QByteArray) and probe.restoreGeometry(stored)
            else None
        )
        probe.deleteLater()
        return size

    qtbot.waitUntil(lambda: stored_size() == QSize(820, 600), timeout=5000)
    other = make_window()
    assert other.size() == QSize(820, 600)


def test_quit_also_keeps_the_size(
    make_window: MakeWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    quits: list[bool] = []
    monkeypatch.setattr(
        "app.ui.main_window.QCoreApplication.exit", lambda _code: quits.append(True)
    )
    first = make_window(tray=True)
    first.resize(820, 640)
    qtbot.waitUntil(lambda: first.size() == QSize(820, 640))

    first.quit_action.trigger()

    assert quits == [True]
    assert make_window().size() == QSize(820, 640)


def test_a_problem_shows_in_the_banner_until_dismissed(
    make_window: MakeWindow, controller: Controller, clock: FixedClock
) -> None:
    window = make_window()
    assert not window.banner.isVisible()

    assert not controller.replan(clock.now() + timedelta(days=1), 30)

    assert window.banner.isVisible()
    assert "future" in window.banner_text.text()
    (dismiss,) = [b for b in window.banner.findChildren(QPushButton) if b.text() == "Dismiss"]
    QTest.mouseClick(dismiss, Qt.MouseButton.LeftButton)
    assert not window.banner.isVisible()


# The pages


def test_each_page_opens_from_its_tab_and_names_itself_in_the_title(
    make_window: MakeWindow,
) -> None:
    window = make_window()
    titles = {
        Page.TODAY: "Today",
        Page.GOALS: "Goals",
        Page.JOURNAL: "Journal",
        Page.HISTORY: "History",
        Page.NEXT_STEPS: "Next steps",
    }

    for index, page in enumerate(Page):
        window.navigation.setCurrentIndex(index)

        assert window.current_page() is page
        assert window.windowTitle() == f"Holdfast — {titles[page]}"
        assert window.navigation.tabText(index) == titles[page]
        shown = window.page(page)
        assert shown.isVisible()


def test_alt_and_a_number_go_to_a_page(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    QTest.keyClick(window.windowHandle(), Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() is Page.JOURNAL
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() is Page.TODAY
    assert window.today.isVisible()


def test_next_steps_stands_out_once_the_target_is_reached(
    make_window: MakeWindow, controller: Controller, clock: FixedClock
) -> None:
    window = make_window()
    next_steps = list(Page).index(Page.NEXT_STEPS)
    highlight = window.palette().color(QPalette.ColorRole.Highlight)
    assert window.navigation.tabTextColor(next_steps) != highlight

    clock.advance(timedelta(days=18, minutes=1))  # the period began 12 days ago, aiming for 30
    controller.changed.emit(Touched.EVERYTHING)

    assert window.navigation.tabTextColor(next_steps) == highlight
    assert "reached your target" in window.navigation.tabToolTip(next_steps)


def _has_a_dot(window: MainWindow, page: Page, colour: int) -> bool:
    """Whether the page's tab shows a solid 4x4 patch of `colour`: a dot, not letters' strokes."""
    bar = window.navigation
    image = bar.grab(bar.tabRect(list(Page).index(page))).toImage()
    return any(
        all(image.pixel(x + dx, y + dy) == colour for dx in range(4) for dy in range(4))
        for x in range(image.width() - 3)
        for y in range(image.height() - 3)
    )


def test_next_steps_carries_a_marker_once_the_target_is_reached(
    make_window: MakeWindow, controller: Controller, clock: FixedClock
) -> None:
    # More than a colour: a dot beside the name, and words for a screen reader.
    window = make_window()
    bar = window.navigation
    index = list(Page).index(Page.NEXT_STEPS)
    highlight = window.palette().color(QPalette.ColorRole.Highlight).rgb()
    assert bar.tabIcon(index).isNull()
    assert not _has_a_dot(window, Page.NEXT_STEPS, highlight)
    width_before = bar.tabRect(index).width()

    clock.advance(timedelta(days=18, minutes=1))
    controller.changed.emit(Touched.EVERYTHING)

    assert not bar.tabIcon(index).isNull()
    assert bar.tabRect(index).width() > width_before
    assert _has_a_dot(window, Page.NEXT_STEPS, highlight)  # in the accent colour
    assert bar.tabText(index) == "Next steps"
    assert "target reached" in bar.accessibleTabName(index)

    controller.replan(clock.now() - timedelta(days=2), 30)  # a new run: not reached any more
    assert bar.tabIcon(index).isNull()
    assert bar.accessibleTabName(index) == "Next steps"


def test_a_page_opened_during_a_quick_start_reads_every_entry(
    started_store: Store, clock: FixedClock, qtbot: QtBot, settings_file: Path
) -> None:
    with started_store.transaction(clock.now()) as changes:
        changes.add(log_urge(clock.now(), UrgeKind.TEXT))
    Store(started_store.folder).overview()
    overview = Store(started_store.folder).cached_overview()
    quick = Controller(Store(started_store.folder), clock, overview=overview)
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = MainWindow(quick, settings, lambda theme: None, lambda: False)
    qtbot.addWidget(window)
    assert not quick.everything_loaded

    window.show_page(Page.HISTORY)

    assert quick.everything_loaded
    urges = [event for event in quick.logbook.events if isinstance(event, Urge)]
    assert [urge.kind for urge in urges] == [UrgeKind.TEXT]


def test_tab_goes_from_the_pages_to_the_urge_buttons_then_the_goals(
    make_window: MakeWindow,
) -> None:
    window = make_window()
    reached: list[str] = []
    widget = window.navigation.nextInFocusChain()
    while widget is not None and widget is not window.navigation and len(reached) < 40:
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            reached.append(widget.accessibleName() or getattr(widget, "text", str)())
        widget = widget.nextInFocusChain()

    assert reached[:14] == [
        "I had the urge to text them",
        "I had the urge to call them",
        "I had the urge to check their profile",
        "I had the urge to ask friends about them",
        "I had the urge to go where they might be",
        "I had another urge",
        "Today's goals",
        # The check-in, once the urges and the goals are passed; its pull shows once a mood is.
        "Today is very hard",
        "Today is hard",
        "Today is up and down",
        "Today is okay",
        "Today is good",
        "If it is hard right now",  # left of the contact button, in reading order
        "I had contact with them…",
    ]


def test_closing_without_a_tray_keeps_an_unsaved_journal_entry_for_the_next_start(
    make_window: MakeWindow, controller: Controller, qtbot: QtBot
) -> None:
    from app.ui.pages.journal import JournalPage

    _without_reminders(controller)
    window = make_window(tray=False)
    journal = window.page(Page.JOURNAL)
    assert isinstance(journal, JournalPage)
    journal.text.setPlainText("Half of what I wanted to say")

    assert window.close()  # nothing asked: closing without a tray or reminders ends Holdfast

    again = JournalPage(controller)
    qtbot.addWidget(again)
    assert again.text.toPlainText() == "Half of what I wanted to say"


# The menus


def test_undo_is_offered_only_when_there_is_something_to_undo(
    make_window: MakeWindow, controller: Controller, qtbot: QtBot
) -> None:
    window = make_window()
    undo = window.undo_action
    assert not undo.isEnabled()
    assert undo.toolTip().startswith("Nothing to undo")
    assert window.edit_menu.toolTipsVisible()  # a menu shows its items' tooltips only if told

    assert controller.log_urge(UrgeKind.TEXT) is not None
    qtbot.waitUntil(undo.isEnabled, timeout=1000)
    assert not undo.toolTip().startswith("Nothing to undo")

    undo.trigger()
    qtbot.waitUntil(lambda: not undo.isEnabled(), timeout=1000)
    assert [e for e in controller.logbook.events if isinstance(e, Urge)] == []


def test_about_names_holdfast_and_its_version(
    make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from importlib.metadata import version

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "about", staticmethod(lambda _parent, title, text: shown.append((title, text)))
    )
    window = make_window()

    window.about_action.trigger()

    ((title, text),) = shown
    assert title == "About Holdfast"
    assert f"Holdfast {version('holdfast')}" in text
    assert window.about_action in window.help_menu.actions()
