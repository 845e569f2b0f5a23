"""Recording contact: what ends a run and what does not, undo, cancel, and the dialog's words."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.events import Contact, ContactKind, StartedBy, UrgeKind
from app.domain.journal import BreakupReason
from app.domain.preferences import Theme
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.dialogs.contact import ContactDetails, ContactDialog
from app.ui.main_window import MainWindow
from app.ui.pages.today import TodayPage

pytestmark = pytest.mark.gui

GAVE_IN = ContactDetails(ContactKind.TEXT, StartedBy.ME, necessary=False, note="I gave in")


@pytest.fixture
def window(controller: Controller, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    themes: list[Theme] = []
    made = MainWindow(controller, settings, themes.append, lambda: False)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made


@pytest.fixture
def page(window: MainWindow) -> TodayPage:
    return window.today


def _answer(monkeypatch: pytest.MonkeyPatch, details: ContactDetails | None) -> list[int]:
    """Makes the dialog answer `details`; returns the streaks it was asked with."""
    asked: list[int] = []

    def ask(
        streak_days: int, parent: QWidget | None = None, healing: bool = False
    ) -> ContactDetails | None:
        asked.append(streak_days)
        return details

    monkeypatch.setattr(ContactDialog, "ask", staticmethod(ask))
    return asked


def _contacts(controller: Controller) -> list[Contact]:
    return [e for e in Store(controller.store.folder).load().events if isinstance(e, Contact)]


def _click(button: QPushButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _choose(option: QAbstractButton) -> None:
    # On the indicator: a radio button or check box answers clicks on its box and label only.
    QTest.mouseClick(
        option,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(6, option.height() // 2),
    )


def _shown(page: TodayPage) -> tuple[str, str, str]:
    figures = page.figures.values
    return page.ring.day_text(), figures["current"].text(), figures["run"].text()


def test_contact_i_started_ends_the_run(
    page: TodayPage, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = _answer(monkeypatch, GAVE_IN)

    _click(page.contact)

    assert asked == [12]
    (saved,) = _contacts(controller)
    assert (saved.kind, saved.started_by, saved.necessary, saved.note) == (
        ContactKind.TEXT,
        StartedBy.ME,
        False,
        "I gave in",
    )
    assert _shown(page) == ("Day 0", "0 days", "2")
    assert page.figures.values["longest"].text() == "12 days"


def test_ctrl_z_in_the_window_takes_the_contact_back(
    window: MainWindow,
    page: TodayPage,
    controller: Controller,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _answer(monkeypatch, GAVE_IN)
    _click(page.contact)
    assert _shown(page) == ("Day 0", "0 days", "2")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert _contacts(controller) == []
    assert _shown(page) == ("Day 12", "12 days", "1")


def test_the_undo_action_is_ctrl_z(window: MainWindow) -> None:
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"


@pytest.mark.parametrize(
    "details",
    [
        ContactDetails(ContactKind.CALL, StartedBy.THEM, necessary=False, note=""),
        ContactDetails(ContactKind.IN_PERSON, StartedBy.ME, necessary=True, note="school run"),
        ContactDetails(ContactKind.TEXT, StartedBy.THEM, necessary=True, note=""),
    ],
    ids=["they-started-it", "necessary", "both"],
)
def test_contact_they_started_or_that_was_necessary_keeps_the_run(
    page: TodayPage,
    controller: Controller,
    monkeypatch: pytest.MonkeyPatch,
    details: ContactDetails,
) -> None:
    _answer(monkeypatch, details)

    _click(page.contact)

    (saved,) = _contacts(controller)
    assert (saved.kind, saved.started_by, saved.necessary, saved.note) == (
        details.kind,
        details.started_by,
        details.necessary,
        details.note,
    )
    assert _shown(page) == ("Day 12", "12 days", "1")


def test_cancelling_saves_nothing(
    page: TodayPage, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = controller.store.path.read_bytes()
    asked = _answer(monkeypatch, None)

    _click(page.contact)

    assert asked == [12]
    assert controller.store.path.read_bytes() == before
    assert _shown(page) == ("Day 12", "12 days", "1")


def test_after_a_contact_the_confirmation_and_its_undo_are_for_the_contact(
    window: MainWindow,
    page: TodayPage,
    controller: Controller,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _answer(monkeypatch, GAVE_IN)
    _click(page.urges.buttons[UrgeKind.TEXT])
    assert page.urges.details_button.isVisible()

    _click(page.contact)

    assert page.urges.confirmation_text.text().startswith("Recorded. A new run starts now")
    assert not page.urges.details_button.isVisible()  # no urge details for a contact
    _click(page.urges.undo_button)
    assert _contacts(controller) == []
    assert page.urges.urges_today.text() == "Urges resisted today: 1"
    # The line says it was undone, and offers nothing more.
    assert page.urges.confirmation_text.text() == "Removed: that contact is no longer recorded."
    assert not page.urges.undo_button.isVisible()


# The dialog itself


@pytest.fixture
def dialog(qtbot: QtBot) -> ContactDialog:
    made = ContactDialog(12)
    qtbot.addWidget(made)
    return made


def _ok(dialog: ContactDialog) -> QPushButton:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_the_dialog_says_before_the_run_ends(dialog: ContactDialog) -> None:
    assert dialog.by_me.isChecked()
    assert _ok(dialog).text() == "End this run and record it"
    assert dialog.consequence.text().startswith(
        "This ends your current run of 12 days and starts a new one now."
    )
    assert dialog.details() == ContactDetails(ContactKind.TEXT, StartedBy.ME, False, "")


def test_choosing_they_did_keeps_the_run(dialog: ContactDialog, qtbot: QtBot) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)

    _choose(dialog.by_them)

    assert _ok(dialog).text() == "Record it"
    assert dialog.consequence.text() == "This is recorded and your run goes on."
    assert dialog.details().started_by is StartedBy.THEM
    assert not dialog.details().ends_run

    _choose(dialog.by_me)
    assert _ok(dialog).text() == "End this run and record it"


def test_necessary_contact_keeps_the_run(dialog: ContactDialog, qtbot: QtBot) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)

    _choose(dialog.necessary)

    assert _ok(dialog).text() == "Record it"
    assert dialog.consequence.text() == "This is recorded and your run goes on."


def test_ask_returns_what_was_chosen(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    def exec_(self: ContactDialog) -> int:
        self.kind.setCurrentIndex(self.kind.findData(ContactKind.CALL))
        self.by_them.setChecked(True)
        self.note.setPlainText("they rang")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactDialog, "exec", exec_)

    assert ContactDialog.ask(5) == ContactDetails(
        ContactKind.CALL, StartedBy.THEM, necessary=False, note="they rang"
    )


def test_ask_returns_nothing_when_cancelled(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ContactDialog, "exec", lambda self: QDialog.DialogCode.Rejected)

    assert ContactDialog.ask(5) is None


def test_the_dialog_asks_whether_you_reached_out_or_replied(dialog: ContactDialog) -> None:
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Did you reach out or reply?" in labels
    assert any(
        "Contact they started that you didn't take part in, or contact that could not be "
        "avoided, does not end your run." in text
        for text in labels
    )
    assert dialog.by_me.text() == "I reached out, or I replied"
    assert dialog.by_them.text() == "They reached out and I didn't engage"
    assert not dialog.safety.isVisibleTo(dialog)  # only when healing comes first


def test_with_healing_first_the_dialog_says_how_to_stay_safe(qtbot: QtBot) -> None:
    dialog = ContactDialog(12, healing=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert dialog.safety.isVisible()
    assert "call your local emergency number" in dialog.safety.text()
    assert "note of dates and what happened" in dialog.safety.text()


def test_today_asks_with_healing_first_when_it_comes_first(
    controller: Controller, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    asked: list[bool] = []

    def ask(
        streak_days: int, parent: QWidget | None = None, healing: bool = False
    ) -> ContactDetails | None:
        asked.append(healing)
        return None

    monkeypatch.setattr(ContactDialog, "ask", staticmethod(ask))
    page = TodayPage(controller)
    qtbot.addWidget(page)
    page.record_contact()
    assert controller.choose_breakup_reason(BreakupReason.ABUSE, True)
    page.record_contact()

    assert asked == [False, True]


def test_a_one_day_run_is_one_day_not_one_days(qtbot: QtBot) -> None:
    dialog = ContactDialog(1)
    qtbot.addWidget(dialog)

    assert dialog.consequence.text().startswith(
        "This ends your current run of 1 day and starts a new one now. That day stays counted"
    )
