"""Recording contact: what ends a run and what does not, undo, cancel, and the dialog's words."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

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

from app.domain.clock import FixedClock
from app.domain.events import Contact, ContactKind, StartedBy, UrgeKind
from app.domain.journal import BreakupReason
from app.domain.preferences import Theme
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.dialogs.contact import ContactDetails, ContactDialog
from app.ui.main_window import MainWindow
from app.ui.pages.today import TodayPage
from app.ui.qt_time import to_qt
from app.ui.widgets.when_it_happened import Choice, WhenItHappened

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
        streak_days: int,
        parent: QWidget | None = None,
        healing: bool = False,
        clock: Callable[[], datetime] | None = None,
    ) -> ContactDetails | None:
        assert clock is not None  # the window always asks when it happened
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
        streak_days: int,
        parent: QWidget | None = None,
        healing: bool = False,
        clock: Callable[[], datetime] | None = None,
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


# When it happened: just now, or told of later


BERLIN = ZoneInfo("Europe/Berlin")
NOON = datetime(2026, 3, 1, 12, 0, tzinfo=BERLIN)  # the test clock: Sunday 1 March 2026


@pytest.fixture
def asking_when(qtbot: QtBot, clock: FixedClock) -> ContactDialog:
    """The dialog as Today opens it, with the clock, so it asks when it happened."""
    made = ContactDialog(12, clock=clock.now)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def _when(dialog: ContactDialog) -> WhenItHappened:
    assert dialog.when_it_happened is not None
    return dialog.when_it_happened


def _pick(dialog: ContactDialog, choice: Choice) -> None:
    combo = _when(dialog).choice
    combo.setCurrentIndex(combo.findData(choice))


def test_just_now_is_the_choice_at_first_and_shows_no_time_field(
    asking_when: ContactDialog,
) -> None:
    when = _when(asking_when)

    assert [when.choice.itemText(i) for i in range(when.choice.count())] == [
        "Just now",
        "Earlier today",
        "Yesterday evening",
        "Pick a date and time",
    ]
    assert when.choice.currentData() is Choice.JUST_NOW
    assert not when.picker.isVisible()
    assert asking_when.details().at is None  # the moment it is saved
    assert _ok(asking_when).text() == "End this run and record it"


def test_the_editor_of_a_recorded_contact_does_not_ask_it_twice(dialog: ContactDialog) -> None:
    assert dialog.when_it_happened is None
    assert dialog.details().at is None


@pytest.mark.parametrize(
    ("choice", "suggested"),
    [
        (Choice.EARLIER_TODAY, datetime(2026, 3, 1, 11, 0, tzinfo=BERLIN)),
        (Choice.YESTERDAY_EVENING, datetime(2026, 2, 28, 20, 0, tzinfo=BERLIN)),
        (Choice.PICKED, NOON),
    ],
    ids=["earlier-today", "yesterday-evening", "pick"],
)
def test_each_earlier_choice_shows_a_time_to_correct_and_says_which_run_ends(
    asking_when: ContactDialog, choice: Choice, suggested: datetime
) -> None:
    _pick(asking_when, choice)

    assert _when(asking_when).picker.isVisible()
    assert asking_when.details().at == suggested
    assert _ok(asking_when).text() == "End that run and record it"
    assert asking_when.consequence.text().startswith(
        "This ends the run it falls in at that time, and a new one starts from then."
    )
    _choose(asking_when.by_them)
    assert asking_when.consequence.text() == "This is recorded and your run goes on."


def test_earlier_today_just_after_midnight_stays_today(qtbot: QtBot, clock: FixedClock) -> None:
    clock.set(datetime(2026, 3, 1, 0, 20, tzinfo=BERLIN))
    dialog = ContactDialog(12, clock=clock.now)
    qtbot.addWidget(dialog)

    _pick(dialog, Choice.EARLIER_TODAY)

    assert dialog.details().at == datetime(2026, 3, 1, 0, 0, tzinfo=BERLIN)


def test_yesterday_evening_is_eight_on_the_wall_clock_after_the_clocks_change(
    qtbot: QtBot, clock: FixedClock
) -> None:
    clock.set(datetime(2026, 3, 30, 9, 0, tzinfo=BERLIN))  # the day after summer time began
    dialog = ContactDialog(12, clock=clock.now)
    qtbot.addWidget(dialog)

    _pick(dialog, Choice.YESTERDAY_EVENING)

    at = dialog.details().at
    assert at is not None
    assert at.astimezone(BERLIN).timetuple()[:5] == (2026, 3, 29, 20, 0)


def test_the_picker_has_a_calendar_and_cannot_go_past_now(asking_when: ContactDialog) -> None:
    _pick(asking_when, Choice.PICKED)
    picker = _when(asking_when).picker

    assert picker.calendarPopup()
    assert picker.maximumDateTime() == to_qt(NOON)
    picker.setDateTime(to_qt(NOON + timedelta(days=2)))  # as far as typing or the calendar go
    assert asking_when.details().at == NOON
    picker.setDateTime(to_qt(NOON - timedelta(days=3, hours=2)))
    assert asking_when.details().at == NOON - timedelta(days=3, hours=2)


def test_a_clock_set_back_while_the_dialog_is_open_is_said_in_a_line(
    asking_when: ContactDialog, clock: FixedClock
) -> None:
    _pick(asking_when, Choice.EARLIER_TODAY)  # 11:00
    clock.set(NOON - timedelta(hours=3))  # the computer's clock now reads 09:00

    _click(_ok(asking_when))

    assert asking_when.isVisible()  # nothing recorded; the details stay to correct
    assert asking_when.consequence.text() == (
        "That time has not come yet by your computer's clock: choose an earlier one."
    )
    _pick(asking_when, Choice.YESTERDAY_EVENING)
    _click(_ok(asking_when))
    assert asking_when.result() == QDialog.DialogCode.Accepted


def test_ask_returns_when_it_happened(
    qapp: object, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_(self: ContactDialog) -> int:
        _pick(self, Choice.YESTERDAY_EVENING)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ContactDialog, "exec", exec_)

    details = ContactDialog.ask(5, clock=clock.now)
    assert details is not None
    assert details.at == datetime(2026, 2, 28, 20, 0, tzinfo=BERLIN)


def test_a_slip_last_evening_ends_the_run_then_and_undo_gives_it_back(
    page: TodayPage, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    last_evening = datetime(2026, 2, 28, 20, 0, tzinfo=BERLIN)
    _answer(monkeypatch, replace(GAVE_IN, at=last_evening))

    _click(page.contact)

    (saved,) = _contacts(controller)
    assert saved.at == last_evening
    # Twelve days began at noon on 17 February: eleven were whole by 20:00 on the 28th.
    assert _shown(page) == ("Day 0", "0 days", "2")
    assert page.figures.values["longest"].text() == "11 days"
    assert page.urges.confirmation_text.text() == (
        "Recorded for Sat 28 Feb, 20:00. The run it fell in ended then; "
        "the days before it stay counted."
    )

    _click(page.urges.undo_button)

    assert _contacts(controller) == []
    assert _shown(page) == ("Day 12", "12 days", "1")


def test_a_time_the_domain_refuses_is_said_and_nothing_is_saved(
    window: MainWindow, page: TodayPage, controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    problems: list[str] = []
    controller.problem.connect(problems.append)
    before = controller.store.path.read_bytes()
    _answer(monkeypatch, replace(GAVE_IN, at=NOON + timedelta(hours=1)))

    _click(page.contact)

    assert problems == ["the contact cannot be in the future (it is now 2026-03-01 12:00)"]
    assert controller.store.path.read_bytes() == before
    assert _shown(page) == ("Day 12", "12 days", "1")
