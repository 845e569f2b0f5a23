"""Hard dates in the window: listed soonest first, added, changed and removed (with undo), the
domain's refusals said in one line; opened from Settings and the Holdfast menu."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QPushButton
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.hard_dates import HardDate
from app.storage.store import Store
from app.system.autostart import LoginStart
from app.ui.controller import Controller
from app.ui.dialogs.hard_dates import HardDatesDialog
from app.ui.dialogs.settings import SettingsDialog
from app.ui.main_window import MainWindow
from tests.conftest import Result

pytestmark = pytest.mark.gui

# The clock: Sunday 1 March 2026, noon in Berlin.


@pytest.fixture
def open_dialog(controller: Controller, qtbot: QtBot) -> Callable[..., HardDatesDialog]:
    def make(editing: str = "") -> HardDatesDialog:
        made = HardDatesDialog(controller, editing=editing)
        qtbot.addWidget(made)
        made.show()
        qtbot.waitExposed(made)
        return made

    return make


@pytest.fixture
def dialog(open_dialog: Callable[..., HardDatesDialog]) -> HardDatesDialog:
    return open_dialog()


def _on_disk(controller: Controller) -> tuple[HardDate, ...]:
    return Store(controller.store.folder).load().hard_dates


def _click(button: QPushButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _fill(dialog: HardDatesDialog, day: date, yearly: bool, label: str, plan: str = "") -> None:
    dialog.yearly.setChecked(yearly)
    dialog.date.setDate(QDate(day.year, day.month, day.day))
    dialog.label.setText(label)
    dialog.plan.setPlainText(plan)


def _birthday(controller: Controller, plan: str = "Lunch with Ana.") -> HardDate:
    added = controller.add_hard_date(3, 14, None, "Sam's birthday", plan)
    assert added is not None
    return added


def test_an_empty_list_says_so_gently(dialog: HardDatesDialog) -> None:
    assert dialog.empty.isVisible()
    assert dialog.empty.text() == (
        "No hard dates yet. Add one, and a small plan for it, whenever you like."
    )
    assert not dialog.dates.isVisible()
    assert not dialog.form.isVisible()


def test_a_yearly_date_added_is_saved_and_listed(
    dialog: HardDatesDialog, controller: Controller
) -> None:
    _click(dialog.add_button)
    assert dialog.form.isVisible()
    assert dialog.yearly.isChecked()  # birthdays and anniversaries come every year
    _fill(dialog, date(2026, 3, 14), True, "Sam's birthday", "Lunch with Ana.\nA long walk.")

    _click(dialog.save_button)

    (saved,) = _on_disk(controller)
    assert (saved.month, saved.day, saved.year) == (3, 14, None)
    assert saved.plan == "Lunch with Ana.\nA long walk."
    assert not dialog.form.isVisible()
    assert dialog.row_texts() == [
        "Sam's birthday\nnext on Sat 14 Mar 2026  ·  every year  ·  plan: Lunch with Ana."
    ]
    assert dialog.banner.text.text() == "Added “Sam's birthday”."
    assert not dialog.banner.offers_undo  # Edit > Undo takes it back; the line only says


def test_the_list_is_soonest_first_with_today_passed_and_no_plan_said(
    controller: Controller, clock: FixedClock, open_dialog: Callable[..., HardDatesDialog]
) -> None:
    _birthday(controller)
    assert controller.add_hard_date(3, 1, None, "The day we met", "") is not None
    assert controller.add_hard_date(12, 24, 2026, "Christmas Eve", "Stay with my sister.")
    assert controller.add_hard_date(3, 2, 2026, "The court date", "") is not None
    clock.advance(timedelta(days=1))  # the court date is today; the day we met has passed

    dialog = open_dialog()

    assert dialog.row_texts() == [
        "The court date\ntoday  ·  once  ·  no plan yet",
        "Sam's birthday\nnext on Sat 14 Mar 2026  ·  every year  ·  plan: Lunch with Ana.",
        "Christmas Eve\nnext on Thu 24 Dec 2026  ·  once  ·  plan: Stay with my sister.",
        "The day we met\nnext on Mon 1 Mar 2027  ·  every year  ·  no plan yet",
    ]
    clock.advance(timedelta(days=1))
    dialog.close()
    assert (
        open_dialog().row_texts()[-1]
        == "The court date\npassed on Mon 2 Mar 2026  ·  once  ·  no plan yet"
    )


def test_a_one_off_date_that_has_passed_is_refused_in_one_line(
    dialog: HardDatesDialog, controller: Controller
) -> None:
    _click(dialog.add_button)
    _fill(dialog, date(2026, 2, 14), False, "Valentine's day")

    _click(dialog.save_button)

    assert dialog.refused.isVisible()
    assert dialog.refused.text() == (
        "Not saved: 2026-02-14 has already passed (today is 2026-03-01); give a date from "
        "today on, or make it yearly."
    )
    assert dialog.form.isVisible()  # what was typed stays, to be put right
    assert dialog.label.text() == "Valentine's day"
    assert _on_disk(controller) == ()


def test_a_date_without_a_label_is_refused_and_saved_once_it_has_one(
    dialog: HardDatesDialog, controller: Controller
) -> None:
    _click(dialog.add_button)
    _fill(dialog, date(2026, 3, 14), True, "   ")
    _click(dialog.save_button)

    assert dialog.refused.text() == (
        "Not saved: a hard date needs a short label, such as “their birthday”."
    )

    dialog.label.setText("Sam's birthday")
    QTest.keyClick(dialog.label, Qt.Key.Key_Return)  # Enter in the label saves

    assert [h.label for h in _on_disk(controller)] == ["Sam's birthday"]
    assert not dialog.refused.isVisible()


def test_a_plan_changed_is_saved_and_the_list_shows_it(
    controller: Controller, open_dialog: Callable[..., HardDatesDialog]
) -> None:
    held = _birthday(controller, plan="")
    dialog = open_dialog()
    dialog.dates.setCurrentRow(0)

    _click(dialog.edit_button)

    assert dialog.form.title() == "Change this hard date"
    assert dialog.label.text() == "Sam's birthday"
    assert dialog.yearly.isChecked()
    assert dialog.date.date() == QDate(2026, 3, 14)
    assert dialog.focusWidget() is dialog.plan  # where the plan is written
    dialog.plan.setPlainText("Lunch with Ana.")
    _click(dialog.save_button)

    (saved,) = _on_disk(controller)
    assert saved.id == held.id
    assert saved.plan == "Lunch with Ana."
    assert dialog.row_texts()[0].endswith("plan: Lunch with Ana.")
    assert controller.undo()  # the window's Edit > Undo takes the change back
    assert _on_disk(controller)[0].plan == ""
    assert dialog.row_texts()[0].endswith("no plan yet")


def test_a_plan_still_in_the_form_when_the_dialog_closes_is_kept(
    controller: Controller, open_dialog: Callable[..., HardDatesDialog]
) -> None:
    held = _birthday(controller, plan="")
    dialog = open_dialog(editing=held.id)
    dialog.plan.setPlainText("Lunch with Ana.")

    dialog.reject()  # Close, or Escape

    assert not dialog.isVisible()
    assert _on_disk(controller)[0].plan == "Lunch with Ana."


def test_closing_with_a_refused_date_keeps_the_dialog_open_saying_why(
    dialog: HardDatesDialog, controller: Controller
) -> None:
    _click(dialog.add_button)
    _fill(dialog, date(2026, 2, 14), False, "Valentine's day", "Cinema with my sister.")

    dialog.reject()

    assert dialog.isVisible()
    assert dialog.refused.text().startswith("Not saved: 2026-02-14 has already passed")
    _click(dialog.cancel_button)  # Cancel leaves it aside
    dialog.reject()
    assert not dialog.isVisible()
    assert _on_disk(controller) == ()


def test_an_empty_form_closes_without_a_word(dialog: HardDatesDialog) -> None:
    _click(dialog.add_button)

    dialog.reject()

    assert not dialog.isVisible()


def test_a_yearly_29_february_saved_unchanged_stays_on_the_29th(
    controller: Controller, open_dialog: Callable[..., HardDatesDialog]
) -> None:
    held = controller.add_hard_date(2, 29, None, "Our leap-day wedding", "")
    assert held is not None

    dialog = open_dialog(editing=held.id)  # as Today's card opens it

    assert dialog.date.text() == "29 February"  # no year: it comes every year
    dialog.plan.setPlainText("Dinner with Mum.")
    _click(dialog.save_button)
    (saved,) = _on_disk(controller)
    assert (saved.month, saved.day, saved.year, saved.plan) == (2, 29, None, "Dinner with Mum.")


def test_a_date_that_comes_once_shows_its_year(dialog: HardDatesDialog) -> None:
    _click(dialog.add_button)
    _fill(dialog, date(2026, 5, 4), False, "The hearing")

    assert dialog.date.text() == "4 May 2026"
    dialog.yearly.setChecked(True)
    assert dialog.date.text() == "4 May"


def test_a_removal_is_undone_from_the_line_that_says_it(
    controller: Controller, open_dialog: Callable[..., HardDatesDialog]
) -> None:
    held = _birthday(controller)
    dialog = open_dialog()
    dialog.dates.setCurrentRow(0)

    _click(dialog.remove_button)

    assert _on_disk(controller) == ()
    assert dialog.row_texts() == []
    assert dialog.empty.isVisible()
    assert dialog.banner.text.text() == "Removed “Sam's birthday”."
    assert dialog.banner.offers_undo

    _click(dialog.banner.undo_button)

    assert _on_disk(controller) == (held,)  # its plan and id as they were
    assert dialog.row_texts()[0].startswith("Sam's birthday\n")
    assert dialog.dates.currentRow() == 0
    assert not dialog.banner.offers_undo


def test_a_removal_is_undone_by_the_window_s_undo_too(
    controller: Controller, open_dialog: Callable[..., HardDatesDialog]
) -> None:
    held = _birthday(controller)
    dialog = open_dialog()
    dialog.dates.setCurrentRow(0)
    _click(dialog.remove_button)

    assert controller.undo()  # Edit > Undo, once the dialog is closed

    assert _on_disk(controller) == (held,)
    assert len(dialog.row_texts()) == 1


def test_without_a_choice_nothing_can_be_changed_or_removed(
    controller: Controller, open_dialog: Callable[..., HardDatesDialog]
) -> None:
    _birthday(controller)
    dialog = open_dialog()

    assert dialog.dates.currentRow() == -1
    assert not dialog.edit_button.isEnabled()
    assert not dialog.remove_button.isEnabled()
    dialog.dates.setCurrentRow(0)
    assert dialog.edit_button.isEnabled()
    assert dialog.remove_button.isEnabled()


def test_a_date_added_from_the_command_line_joins_the_open_list(
    dialog: HardDatesDialog,
    controller: Controller,
    holdfast: Callable[..., Result],
    qtbot: QtBot,
) -> None:
    assert holdfast("dates", "add", "03-14", "Sam's birthday", "--yearly").code == 0

    controller.start_watching()

    qtbot.waitUntil(lambda: len(dialog.row_texts()) == 1, timeout=3000)
    assert dialog.row_texts()[0].startswith("Sam's birthday\nnext on Sat 14 Mar 2026")


# Where it opens from


def _recorded_opening(monkeypatch: pytest.MonkeyPatch) -> list[HardDatesDialog]:
    opened: list[HardDatesDialog] = []

    def exec_(self: HardDatesDialog) -> int:
        opened.append(self)
        return 0

    monkeypatch.setattr(HardDatesDialog, "exec", exec_)
    return opened


@pytest.fixture
def window(controller: Controller, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    made = MainWindow(controller, settings, lambda theme: None, lambda: False)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made


def test_settings_opens_the_hard_dates(
    controller: Controller,
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened = _recorded_opening(monkeypatch)
    login_start = LoginStart.of("linux", {"XDG_CONFIG_HOME": str(tmp_path / "config")})
    settings = SettingsDialog(controller, window, login_start=login_start)
    qtbot.addWidget(settings)
    (button,) = [b for b in settings.findChildren(QPushButton) if b.text() == "Hard dates…"]

    _click(button)

    assert len(opened) == 1
    assert opened[0].parent() is settings


def test_the_holdfast_menu_opens_the_hard_dates(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = _recorded_opening(monkeypatch)
    app_menu = window.menuBar().actions()[0].menu()
    assert isinstance(app_menu, QMenu)
    assert window.hard_dates_action in app_menu.actions()  # beside Settings

    window.hard_dates_action.trigger()

    assert len(opened) == 1
