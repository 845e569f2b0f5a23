"""The tray icon's menu, click, tooltip and messages, driven without a real system tray."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from app.domain.events import UrgeKind
from app.ui.tray import Tray

URGE_LABELS = [
    ("Wanted to text", UrgeKind.TEXT),
    ("Wanted to call", UrgeKind.CALL),
    ("Wanted to check their profile", UrgeKind.SOCIAL),
    ("Wanted to ask friends about them", UrgeKind.FRIENDS),
    ("Wanted to go where they might be", UrgeKind.VISIT),
    ("Another urge", UrgeKind.OTHER),
]


def _icon() -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor("teal"))
    return QIcon(pixmap)


@pytest.fixture
def tray(qapp: object) -> Iterator[Tray]:
    made = Tray(_icon())
    yield made
    made.hide()
    made.deleteLater()


def _actions(tray: Tray) -> list[QAction]:
    return [action for action in tray.menu().actions() if not action.isSeparator()]


def _action(tray: Tray, text: str) -> QAction:
    (found,) = [action for action in _actions(tray) if action.text() == text]
    return found


def _pretend_the_desktop_can_show_messages(
    monkeypatch: pytest.MonkeyPatch,
) -> list[tuple[object, ...]]:
    shown: list[tuple[object, ...]] = []
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda _icon, *args: shown.append(tuple(args[:2]))
    )
    return shown


HELP = "If it is hard right now…"
# Words that would tell someone glancing at the screen what Holdfast is about.
REVEALING = ("text", "call", "profile", "friends", "them", "their", "ex", "breakup", "contact")


@pytest.mark.gui
def test_the_menu_offers_every_urge_kind_then_help_show_and_quit(tray: Tray) -> None:
    texts = [action.text() for action in _actions(tray)]
    assert texts == [label for label, _ in URGE_LABELS] + [HELP, "Show Holdfast", "Quit"]
    assert len(URGE_LABELS) == len(UrgeKind)


@pytest.mark.gui
def test_the_urges_sit_under_a_log_an_urge_heading(tray: Tray) -> None:
    actions = tray.menu().actions()
    heading = actions[0]
    assert heading.isSeparator()  # a section: drawn as a heading, never chosen
    assert heading.text() == "Log an urge"
    assert [action.text() for action in actions[1 : 1 + len(UrgeKind)]] == [
        label for label, _ in URGE_LABELS
    ]


@pytest.mark.gui
def test_the_discreet_menu_has_no_urge_heading(tray: Tray) -> None:
    tray.set_discreet(True)
    assert not any(action.text() == "Log an urge" for action in tray.menu().actions())
    tray.set_discreet(False)
    assert tray.menu().actions()[0].text() == "Log an urge"


@pytest.mark.gui
@pytest.mark.parametrize(("label", "kind"), URGE_LABELS)
def test_each_urge_action_asks_to_log_its_kind(
    qtbot: QtBot, tray: Tray, label: str, kind: UrgeKind
) -> None:
    with (
        qtbot.waitSignal(tray.urge_requested, timeout=1000) as blocker,
        qtbot.assertNotEmitted(tray.show_requested),
        qtbot.assertNotEmitted(tray.quit_requested),
    ):
        _action(tray, label).trigger()
    assert blocker.args == [kind]


@pytest.mark.gui
def test_the_help_item_asks_for_the_help_and_nothing_else(qtbot: QtBot, tray: Tray) -> None:
    with (
        qtbot.waitSignal(tray.help_requested, timeout=1000),
        qtbot.assertNotEmitted(tray.urge_requested),
        qtbot.assertNotEmitted(tray.show_requested),
        qtbot.assertNotEmitted(tray.quit_requested),
    ):
        _action(tray, HELP).trigger()


@pytest.mark.gui
def test_in_discreet_mode_one_neutral_item_logs_a_moment(qtbot: QtBot, qapp: object) -> None:
    tray = Tray(_icon(), discreet=True)
    try:
        assert tray.is_discreet()
        assert [action.text() for action in _actions(tray)] == [
            "Log a moment",
            HELP,
            "Show Holdfast",
            "Quit",
        ]
        with qtbot.waitSignal(tray.urge_requested, timeout=1000) as blocker:
            _action(tray, "Log a moment").trigger()
        assert blocker.args == [UrgeKind.OTHER]
        with qtbot.waitSignal(tray.help_requested, timeout=1000):
            _action(tray, HELP).trigger()
    finally:
        tray.deleteLater()


@pytest.mark.gui
def test_nothing_in_the_discreet_tray_names_an_ex_or_the_urges(qapp: object) -> None:
    tray = Tray(_icon(), discreet=True)
    try:
        tray.set_tooltip_day(12)
        shown = [action.text() for action in _actions(tray)] + [tray.tooltip()]
    finally:
        tray.deleteLater()
    words = {word.strip(".,:;…").lower() for text in shown for word in text.split()}
    assert not words & set(REVEALING), shown
    assert "Holdfast: day 12" in shown


@pytest.mark.gui
def test_discreet_mode_can_be_turned_on_and_off_again(qtbot: QtBot, tray: Tray) -> None:
    tray.set_discreet(True)
    assert _actions(tray)[0].text() == "Log a moment"
    assert len(_actions(tray)) == 4
    with qtbot.waitSignal(tray.urge_requested, timeout=1000) as blocker:
        _action(tray, "Log a moment").trigger()
    assert blocker.args == [UrgeKind.OTHER]

    tray.set_discreet(False)
    texts = [action.text() for action in _actions(tray)]
    assert texts == [label for label, _ in URGE_LABELS] + [HELP, "Show Holdfast", "Quit"]
    with qtbot.waitSignal(tray.urge_requested, timeout=1000) as blocker:
        _action(tray, "Wanted to text").trigger()
    assert blocker.args == [UrgeKind.TEXT]
    assert tray.system_icon().contextMenu() is tray.menu()


@pytest.mark.gui
def test_the_menu_never_speaks_of_reaching_out(tray: Tray) -> None:
    # Healing first needs no other tray: neither mode's menu is about reconnecting.
    for discreet in (False, True):
        tray.set_discreet(discreet)
        for action in _actions(tray):
            text = action.text().lower()
            assert not any(
                phrase in text for phrase in ("reach out", "reconnect", "next step", "message")
            ), text


@pytest.mark.gui
def test_show_holdfast_asks_for_the_window(qtbot: QtBot, tray: Tray) -> None:
    with (
        qtbot.waitSignal(tray.show_requested, timeout=1000),
        qtbot.assertNotEmitted(tray.quit_requested),
        qtbot.assertNotEmitted(tray.urge_requested),
    ):
        _action(tray, "Show Holdfast").trigger()


@pytest.mark.gui
def test_quit_asks_to_quit(qtbot: QtBot, tray: Tray) -> None:
    with (
        qtbot.waitSignal(tray.quit_requested, timeout=1000),
        qtbot.assertNotEmitted(tray.show_requested),
    ):
        _action(tray, "Quit").trigger()


@pytest.mark.gui
@pytest.mark.parametrize(
    "reason",
    [QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick],
)
def test_clicking_the_icon_asks_for_the_window(
    qtbot: QtBot, tray: Tray, reason: QSystemTrayIcon.ActivationReason
) -> None:
    with qtbot.waitSignal(tray.show_requested, timeout=1000):
        tray.system_icon().activated.emit(reason)


@pytest.mark.gui
def test_opening_the_context_menu_does_not_ask_for_the_window(qtbot: QtBot, tray: Tray) -> None:
    with qtbot.assertNotEmitted(tray.show_requested):
        tray.system_icon().activated.emit(QSystemTrayIcon.ActivationReason.Context)


@pytest.mark.gui
def test_the_menu_is_the_icons_context_menu(tray: Tray) -> None:
    assert tray.system_icon().contextMenu() is tray.menu()


@pytest.mark.gui
def test_the_tooltip_shows_the_day_or_just_the_name(tray: Tray) -> None:
    assert tray.tooltip() == "Holdfast"
    tray.set_tooltip_day(12)
    assert tray.tooltip() == "Holdfast: day 12"
    assert tray.system_icon().toolTip() == "Holdfast: day 12"
    tray.set_tooltip_day(1)
    assert tray.tooltip() == "Holdfast: day 1"
    tray.set_tooltip_day(None)
    assert tray.tooltip() == "Holdfast"


@pytest.mark.gui
def test_show_and_hide_the_icon(tray: Tray) -> None:
    tray.show()
    assert tray.system_icon().isVisible()
    tray.hide()
    assert not tray.system_icon().isVisible()


@pytest.mark.gui
def test_available_asks_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    assert Tray.available()
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    assert not Tray.available()


@pytest.mark.gui
def test_a_message_is_shown_when_the_desktop_supports_it(
    tray: Tray, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _pretend_the_desktop_can_show_messages(monkeypatch)
    tray.show()
    assert tray.show_message("Holdfast: day 7 reached", "A week.")
    assert shown == [("Holdfast: day 7 reached", "A week.")]


@pytest.mark.gui
def test_no_message_when_the_desktop_cannot_show_messages(
    tray: Tray, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _pretend_the_desktop_can_show_messages(monkeypatch)
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: False))
    tray.show()
    assert not tray.show_message("Holdfast: time for your daily check-in", "")
    assert shown == []


@pytest.mark.gui
def test_no_message_without_a_system_tray(tray: Tray, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _pretend_the_desktop_can_show_messages(monkeypatch)
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    tray.show()
    assert not tray.show_message("Holdfast: time for your daily check-in", "")
    assert shown == []


@pytest.mark.gui
def test_no_message_while_the_icon_is_hidden(tray: Tray, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = _pretend_the_desktop_can_show_messages(monkeypatch)
    tray.hide()
    assert not tray.show_message("Holdfast: time for your daily check-in", "")
    assert shown == []


class _Shouting(QTranslator):
    """A translation that upper-cases every text of the Tray context."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return source.upper().replace("%N", "%n") if context == "Tray" else ""


@pytest.mark.gui
def test_menu_and_tooltip_texts_are_translatable(qapp: object) -> None:
    translator = _Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        tray = Tray(_icon())
        texts = [action.text() for action in _actions(tray)]
        tray.set_tooltip_day(3)
        tooltip = tray.tooltip()
        tray.deleteLater()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert texts[0] == "WANTED TO TEXT"
    assert texts[-3:] == ["IF IT IS HARD RIGHT NOW…", "SHOW HOLDFAST", "QUIT"]
    assert tooltip == "HOLDFAST: DAY 3"


@pytest.mark.gui
def test_the_discreet_menu_is_translatable(qapp: object) -> None:
    translator = _Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        tray = Tray(_icon(), discreet=True)
        texts = [action.text() for action in _actions(tray)]
        tray.deleteLater()
    finally:
        QCoreApplication.removeTranslator(translator)
    assert texts[0] == "LOG A MOMENT"
