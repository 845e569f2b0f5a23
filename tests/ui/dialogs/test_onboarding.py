"""First run: the welcome dialog's defaults, its limits, the answers, and the plan they save."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QLabel,
)
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import DEFAULT_TARGET_DAYS, Plan
from app.domain.goals import STARTER_GOALS, starter_goals
from app.domain.preferences import Theme
from app.storage.store import Store
from app.system.autostart import LoginStart
from app.ui.controller import Controller
from app.ui.dialogs.onboarding import Beginning, OnboardingDialog
from app.ui.qt_time import from_qt, to_qt
from app.ui.theme import apply_theme
from tests.ui.test_theme import contrast
from tests.ui.widgets.test_past_moment import day_colours

pytestmark = pytest.mark.gui


@pytest.fixture
def login_start(tmp_path: Path) -> LoginStart:
    """Where the login-start entry goes: a test folder, never the user's own."""
    return LoginStart.of("linux", {"XDG_CONFIG_HOME": str(tmp_path / "config")})


@pytest.fixture
def dialog(clock: FixedClock, qtbot: QtBot, login_start: LoginStart) -> OnboardingDialog:
    made = OnboardingDialog(clock.now(), login_start=login_start)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def _tick(box: QCheckBox) -> None:
    # On the box itself: a check box answers clicks on its box and label only.
    QTest.mouseClick(
        box, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(6, box.height() // 2)
    )


def test_the_defaults_are_now_thirty_days_and_every_starter_goal(
    dialog: OnboardingDialog, clock: FixedClock
) -> None:
    assert dialog.last_contact.dateTime() == to_qt(clock.now())
    assert dialog.target.value() == 30
    assert dialog.target.text() == "30 days"
    assert [goal for _, goal in dialog.goal_boxes] == list(STARTER_GOALS)
    assert all(box.isChecked() for box, _ in dialog.goal_boxes)
    assert [box.title for box, _ in dialog.goal_boxes] == [g.title for g in STARTER_GOALS]
    assert dialog.beginning() == Beginning(clock.now(), 30, STARTER_GOALS)


def test_the_last_contact_cannot_be_in_the_future(
    dialog: OnboardingDialog, clock: FixedClock
) -> None:
    dialog.last_contact.setDateTime(to_qt(clock.now() + timedelta(days=2)))

    assert from_qt(dialog.last_contact.dateTime(), clock.now()) <= clock.now()
    assert dialog.beginning().last_contact <= clock.now()


def _opened_mid_month(clock: FixedClock, qtbot: QtBot) -> OnboardingDialog:
    """The dialog on Wednesday 11 March: days before and after today in one month."""
    clock.advance(timedelta(days=10))
    made = OnboardingDialog(clock.now())
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_clicking_into_the_last_contact_leaves_it_as_it_was(
    qapp: QApplication, qtbot: QtBot, clock: FixedClock
) -> None:
    opened = _opened_mid_month(clock, qtbot)  # held, or Python would free the dialog
    field = opened.last_contact
    # Qt took a click on a calendar field's text for its down arrow: each click lost a day.
    for x in (10, field.width() // 3, field.width() // 2):
        QTest.mouseClick(
            field, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, 10)
        )

    assert from_qt(field.dateTime(), clock.now()) == clock.now()


# The offscreen platform's notices on opening a popup: it has no stacking and no keyboard grab.
@pytest.mark.qt_log_ignore("This plugin does not support raise", "does not support grabbing")
@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_the_calendar_shows_days_after_today_as_unavailable(
    app: QApplication, qtbot: QtBot, clock: FixedClock, theme: Theme
) -> None:
    apply_theme(app, theme)
    opened = _opened_mid_month(clock, qtbot)  # held, or Python would free the dialog
    field = opened.last_contact

    QTest.mouseClick(  # the drop-down arrow at the field's right end
        field,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(field.width() - 8, field.height() // 2),
    )
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)

    assert calendar.maximumDate() == QDate(2026, 3, 11)
    past_ground, past_ink = day_colours(calendar, 5)  # Thursday 5 March
    future_ground, future_ink = day_colours(calendar, 19)  # Thursday 19 March
    _, future_weekend_ink = day_colours(calendar, 21)  # Saturday 21 March, not the weekend's red
    palette = calendar.palette()
    calendar.window().hide()

    faded = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert past_ink == palette.color(QPalette.ColorRole.Text)
    assert future_ink == faded, f"{future_ink.name()} is not {faded.name()}"
    assert future_weekend_ink == faded
    assert contrast(future_ink, future_ground) < contrast(past_ink, past_ground) - 3


def test_the_target_stays_between_21_and_45_days(dialog: OnboardingDialog) -> None:
    dialog.target.setValue(90)
    assert dialog.target.value() == 45
    dialog.target.setValue(3)
    assert dialog.target.value() == 21


def test_the_answers_are_what_the_user_chose(dialog: OnboardingDialog, clock: FixedClock) -> None:
    dropped = [box for box, _ in dialog.goal_boxes[:2]]
    for box in dropped:
        _tick(box)
    dialog.target.setValue(40)
    last_contact = clock.now() - timedelta(days=3, hours=2)
    dialog.last_contact.setDateTime(to_qt(last_contact))

    beginning = dialog.beginning()

    assert not any(box.isChecked() for box in dropped)
    assert beginning.last_contact == last_contact
    assert beginning.target_days == 40
    assert beginning.goals == STARTER_GOALS[2:]


def test_beginning_saves_the_plan_and_only_the_kept_goals(
    dialog: OnboardingDialog, clock: FixedClock, store: Store
) -> None:
    for box, goal in dialog.goal_boxes:
        if goal.id != "body-move":
            _tick(box)
    dialog.target.setValue(40)
    dialog.last_contact.setDateTime(to_qt(clock.now() - timedelta(days=5)))
    beginning = dialog.beginning()
    controller = Controller(store, clock)
    assert not controller.status().tracking

    assert controller.begin(beginning.last_contact, beginning.target_days, beginning.goals)

    saved = Store(store.folder).load()
    (plan,) = [e for e in saved.events if isinstance(e, Plan)]
    assert (plan.last_contact, plan.target_days) == (clock.now() - timedelta(days=5), 40)
    assert [g.id for g in saved.goals] == ["body-move"]
    assert controller.status().streak_days == 5
    controller.deleteLater()


def test_skipping_starts_now_with_thirty_days_and_every_goal(
    qapp: object, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(OnboardingDialog, "exec", lambda self: QDialog.DialogCode.Rejected)

    assert OnboardingDialog.ask(clock.now()) == Beginning(
        clock.now(), DEFAULT_TARGET_DAYS, STARTER_GOALS
    )


def test_begin_answers_with_the_dialog_s_fields(
    qapp: object, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    def exec_(self: OnboardingDialog) -> int:
        self.target.setValue(25)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OnboardingDialog, "exec", exec_)

    assert OnboardingDialog.ask(clock.now()) == Beginning(clock.now(), 25, STARTER_GOALS)


def test_healing_first_can_be_chosen_at_the_start_and_swaps_the_goals_that_blame(
    dialog: OnboardingDialog, clock: FixedClock
) -> None:
    assert not dialog.healing.unsafe.isChecked() and not dialog.healing.betrayal.isChecked()
    titles = [box.title for box, _ in dialog.goal_boxes]
    assert "Name the patterns that were yours" in titles

    _tick(dialog.healing.betrayal)

    titles = [box.title for box, _ in dialog.goal_boxes]
    assert "Name the patterns that were yours" not in titles
    assert not any("what you miss" in title for title in titles)
    beginning = dialog.beginning()
    assert beginning.betrayal and not beginning.unsafe
    assert beginning.goals == starter_goals(healing_first=True)
    assert [g.title for g in beginning.goals] == titles


def test_healing_first_chosen_at_the_start_is_saved(
    controller: Controller, clock: FixedClock
) -> None:
    assert controller.begin(clock.now(), 30, starter_goals(True), unsafe=True)

    saved = Store(controller.store.folder).load()
    assert saved.preferences.relationship_unsafe
    assert saved.goals == starter_goals(True)


def test_the_advice_on_the_length_does_not_overclaim(dialog: OnboardingDialog) -> None:
    said = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "About 30 days is the usual suggestion" in said
    assert "suits most people" not in said


# Starting at login: offered once, here, off by default -------------------------------------


def test_starting_at_login_is_offered_unticked_and_begin_then_writes_nothing(
    dialog: OnboardingDialog, login_start: LoginStart
) -> None:
    box = dialog.login_start.box
    assert box.isVisible()
    assert box.text() == "Start Holdfast when I log in, so reminders arrive"
    assert not box.isChecked()

    QTest.mouseClick(dialog.begin_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not login_start.path.exists()
    assert not login_start.path.parent.exists()


def test_ticked_it_writes_the_entry_once_the_user_begins(
    dialog: OnboardingDialog, login_start: LoginStart
) -> None:
    _tick(dialog.login_start.box)
    assert not login_start.path.exists()  # nothing yet: the user may still skip

    QTest.mouseClick(dialog.begin_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert login_start.path.is_file()
    assert login_start.path.read_text(encoding="utf-8").count("--background") == 1


def test_skipping_leaves_starting_at_login_off_even_when_ticked(
    dialog: OnboardingDialog, login_start: LoginStart
) -> None:
    _tick(dialog.login_start.box)

    QTest.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not login_start.path.exists()


def test_when_it_cannot_be_written_the_dialog_says_why_and_begin_goes_on_without_it(
    dialog: OnboardingDialog, login_start: LoginStart
) -> None:
    folder = login_start.path.parent
    folder.parent.mkdir(parents=True)
    folder.write_text("a file where the folder should be", encoding="utf-8")
    _tick(dialog.login_start.box)

    QTest.mouseClick(dialog.begin_button, Qt.MouseButton.LeftButton)

    assert dialog.isVisible()  # still open, to say why
    assert not dialog.login_start.box.isChecked()
    assert dialog.login_start.said.isVisible()
    assert dialog.login_start.said.text().startswith(f"Not changed: {folder}: ")

    QTest.mouseClick(dialog.begin_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert folder.read_text(encoding="utf-8") == "a file where the folder should be"
