"""The Goals page: each area's checklist, editing goals, undo, streaks, and the day changing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QListWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import UrgeKind
from app.domain.goals import MAX_TITLE_LENGTH, Area, Goal, Recurrence
from app.domain.logbook import Logbook
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.pages.goals import GoalsPage
from app.ui.pages.today import TodayPage
from app.ui.widgets.goal_row import GoalRow

pytestmark = pytest.mark.gui

SUNDAY = date(2026, 3, 1)  # the clock fixture's day, noon in Berlin


@pytest.fixture
def page(controller: Controller, qtbot: QtBot) -> Iterator[GoalsPage]:
    made = GoalsPage(controller)
    qtbot.addWidget(made)
    made.resize(900, 700)
    made.show()
    qtbot.waitExposed(made)
    yield made


def _on_disk(controller: Controller) -> Logbook:
    return Store(controller.store.folder).load()


def _first(controller: Controller, recurrence: Recurrence, area: Area | None = None) -> Goal:
    return next(
        g
        for g in controller.logbook.goals
        if g.recurrence is recurrence and (area is None or g.area is area)
    )


def _titles(page: GoalsPage, area: Area) -> list[str]:
    return [row.check.title for row in page.sections[area].ordered_rows()]


def _ids(page: GoalsPage, area: Area) -> list[str]:
    return [row.goal_id for row in page.sections[area].ordered_rows()]


def _click(button: QAbstractButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def _type_and_enter(field: QLineEdit, text: str) -> None:
    field.clear()
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)


def _choose(combo: QComboBox, recurrence: Recurrence) -> None:
    combo.setCurrentIndex(combo.findData(recurrence.value))


# What the page shows


def test_each_area_has_its_checklist_in_the_saved_order(
    page: GoalsPage, controller: Controller
) -> None:
    assert list(page.sections) == list(Area)
    for area, section in page.sections.items():
        goals = [g for g in controller.logbook.goals if g.area is area]
        assert _ids(page, area) == [g.id for g in goals]
        assert _titles(page, area) == [g.title for g in goals]
        assert section.progress.text() == f"0 of {len(goals)} done"
        for goal, row in zip(goals, section.ordered_rows(), strict=True):
            assert row.recurrence.currentData() == goal.recurrence.value
            assert not row.check.isChecked()
            assert row.streak.text() == ""
    assert page.sections[Area.STEADINESS].heading.text() == "Emotional steadiness"
    assert page.today_progress.text() == f"Today: 0 of {len(controller.logbook.goals)} done"


def test_the_first_row_cannot_move_up_and_the_last_not_down(page: GoalsPage) -> None:
    rows = page.sections[Area.BODY].ordered_rows()
    assert not rows[0].up_button.isEnabled()
    assert rows[0].down_button.isEnabled()
    assert rows[-1].up_button.isEnabled()
    assert not rows[-1].down_button.isEnabled()


def test_every_control_has_a_name_a_screen_reader_can_say(page: GoalsPage) -> None:
    controls = [
        *page.findChildren(QAbstractButton),
        *page.findChildren(QLineEdit),
        *page.findChildren(QComboBox),
    ]
    assert controls
    for control in controls:
        name = control.accessibleName() or getattr(control, "text", lambda: "")()
        assert name.strip(), control


def test_tab_goes_down_the_page_in_reading_order(page: GoalsPage, controller: Controller) -> None:
    goal = _first(controller, Recurrence.DAILY, Area.BODY)
    controller.move_goal(goal.id, 1)  # a moved row is visited in its new place
    expected: list[QWidget] = [page.undo_button]
    for section in page.sections.values():
        expected.extend(section.focus_chain())
    visited: list[QWidget] = []
    widget: QWidget | None = page.undo_button
    while widget is not None and len(visited) < len(expected):
        if widget in expected:
            visited.append(widget)
        widget = widget.nextInFocusChain()
    assert visited == expected


# Adding


def test_adding_a_goal_with_enter_saves_it_in_its_area(
    page: GoalsPage, controller: Controller
) -> None:
    section = page.sections[Area.CONNECTION]
    _choose(section.new_recurrence, Recurrence.WEEKLY)

    _type_and_enter(section.new_title, "  Call my sister  ")

    saved = _on_disk(controller).goals
    new = next(g for g in saved if g.title == "Call my sister")
    assert (new.area, new.recurrence) == (Area.CONNECTION, Recurrence.WEEKLY)
    assert _titles(page, Area.CONNECTION)[-1] == "Call my sister"
    assert section.progress.text() == "0 of 4 done"
    assert page.today_progress.text() == f"Today: 0 of {len(saved)} done"
    assert section.new_title.text() == ""  # ready for the next one
    assert not section.message.isVisible()


def test_the_add_button_adds_a_one_off_goal(page: GoalsPage, controller: Controller) -> None:
    section = page.sections[Area.CONFIDENCE]
    section.new_title.setText("Sign up for the climbing course")
    _choose(section.new_recurrence, Recurrence.ONCE)

    _click(section.add_button)

    (new,) = [g for g in _on_disk(controller).goals if g.title.startswith("Sign up")]
    assert new.recurrence is Recurrence.ONCE
    assert page.row(new.id).recurrence.currentData() == "once"


@pytest.mark.parametrize(
    ("title", "message"),
    [
        ("   ", "A goal needs a title."),
        ("x" * (MAX_TITLE_LENGTH + 1), "A goal title can be at most 200 characters."),
    ],
)
def test_a_blank_or_too_long_title_is_refused_saying_what_is_allowed(
    page: GoalsPage, controller: Controller, title: str, message: str
) -> None:
    section = page.sections[Area.BODY]
    before = _on_disk(controller).goals

    _type_and_enter(section.new_title, title)

    assert _on_disk(controller).goals == before
    assert section.message.isVisible()
    assert section.message.text() == message
    assert section.new_title.accessibleDescription() == message
    assert section.new_title.text() == title  # kept, to be corrected

    QTest.keyClick(section.new_title, Qt.Key.Key_Backspace)
    assert not section.message.isVisible()


class _Shouting(QTranslator):
    """A translation that upper-cases every text of the Goals page."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return source.upper().replace("%D", "%d") if context == "GoalsPage" else ""


def test_why_a_title_is_refused_is_said_in_the_window_s_language(page: GoalsPage) -> None:
    translator = _Shouting()
    QCoreApplication.installTranslator(translator)
    try:
        _type_and_enter(page.sections[Area.BODY].new_title, "x" * (MAX_TITLE_LENGTH + 1))
    finally:
        QCoreApplication.removeTranslator(translator)

    assert page.sections[Area.BODY].message.text() == "A GOAL TITLE CAN BE AT MOST 200 CHARACTERS."


# Editing


def test_renaming_in_place_saves_the_new_title(page: GoalsPage, controller: Controller) -> None:
    goal = _first(controller, Recurrence.DAILY, Area.BODY)
    row = page.row(goal.id)

    _click(row.rename_button)
    assert row.editing
    assert row.editor.text() == goal.title
    assert not row.check.isVisible()
    _type_and_enter(row.editor, "Walk after lunch")

    renamed = next(g for g in _on_disk(controller).goals if g.id == goal.id)
    assert renamed.title == "Walk after lunch"
    assert not row.editing
    assert row.check.title == "Walk after lunch"
    assert row.check.accessibleName() == "Walk after lunch"


def test_the_save_button_renames_too(page: GoalsPage, controller: Controller) -> None:
    goal = _first(controller, Recurrence.WEEKLY, Area.CONFIDENCE)
    row = page.row(goal.id)
    _click(row.rename_button)
    row.editor.setText("Finish one small thing")

    _click(row.save_button)

    assert next(g for g in _on_disk(controller).goals if g.id == goal.id).title == (
        "Finish one small thing"
    )
    assert not row.editing


def test_escape_closes_the_editor_without_saving(page: GoalsPage, controller: Controller) -> None:
    goal = _first(controller, Recurrence.WEEKLY)
    row = page.row(goal.id)
    row.start_rename()
    QTest.keyClicks(row.editor, " and more")

    QTest.keyClick(row.editor, Qt.Key.Key_Escape)

    assert not row.editing
    assert _on_disk(controller).goals == controller.logbook.goals
    assert row.check.title == goal.title


def test_an_empty_rename_is_refused_with_a_message(page: GoalsPage, controller: Controller) -> None:
    goal = _first(controller, Recurrence.ONCE)
    row = page.row(goal.id)
    _click(row.rename_button)

    _type_and_enter(row.editor, "")

    assert row.editing
    assert row.message.text() == "A goal needs a title."
    assert next(g for g in _on_disk(controller).goals if g.id == goal.id).title == goal.title


def test_choosing_how_often_saves_the_recurrence(page: GoalsPage, controller: Controller) -> None:
    goal = _first(controller, Recurrence.DAILY, Area.STEADINESS)

    _choose(page.row(goal.id).recurrence, Recurrence.WEEKLY)

    saved = next(g for g in _on_disk(controller).goals if g.id == goal.id)
    assert saved.recurrence is Recurrence.WEEKLY
    assert page.row(goal.id).check.accessibleDescription() == "Weekly"


def test_the_arrows_reorder_within_the_area_and_the_order_is_saved(
    page: GoalsPage, controller: Controller
) -> None:
    before = _ids(page, Area.BODY)

    _click(page.row(before[0]).down_button)

    after = [before[1], before[0], before[2]]
    assert _ids(page, Area.BODY) == after
    assert [g.id for g in _on_disk(controller).goals if g.area is Area.BODY] == after

    _click(page.row(before[2]).up_button)

    after = [before[1], before[2], before[0]]
    assert [g.id for g in _on_disk(controller).goals if g.area is Area.BODY] == after
    assert not page.row(before[0]).down_button.isEnabled()


def test_alt_up_and_alt_down_move_the_goal_from_the_keyboard(
    page: GoalsPage, controller: Controller
) -> None:
    ids = _ids(page, Area.REFLECTION)
    row = page.row(ids[2])

    QTest.keyClick(row.check, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _ids(page, Area.REFLECTION) == [ids[0], ids[2], ids[1]]

    # The same from the row's drop-down, where Alt+Down would otherwise open the list.
    QTest.keyClick(row.recurrence, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _ids(page, Area.REFLECTION) == ids
    assert [g.id for g in _on_disk(controller).goals if g.area is Area.REFLECTION] == ids
    assert page.row(ids[2]) is row  # the same row, moved: focus and edits stay with it


# Deleting and undo


def test_delete_shows_a_banner_and_its_undo_restores_the_goal_in_place_with_its_ticks(
    page: GoalsPage, controller: Controller
) -> None:
    ids = _ids(page, Area.BODY)
    middle = ids[1]
    page.row(middle).check.setChecked(True)
    assert [c.goal_id for c in _on_disk(controller).completions] == [middle]
    order = [g.id for g in controller.logbook.goals]

    _click(page.row(middle).delete_button)

    assert middle not in [g.id for g in _on_disk(controller).goals]
    assert _ids(page, Area.BODY) == [ids[0], ids[2]]
    assert page.sections[Area.BODY].progress.text() == "0 of 2 done"
    assert page.banner.isVisible()
    assert "Deleted “Put the phone away an hour before bed”" in page.banner_text.text()
    assert [c.goal_id for c in _on_disk(controller).completions] == [middle]  # history kept

    _click(page.undo_button)

    assert [g.id for g in _on_disk(controller).goals] == order
    assert _ids(page, Area.BODY) == ids
    assert page.row(middle).check.isChecked()
    assert page.sections[Area.BODY].progress.text() == "1 of 3 done"
    assert not page.banner.isVisible()
    assert not controller.can_undo()


def test_the_window_s_undo_takes_the_delete_back_and_the_banner_goes(
    page: GoalsPage, controller: Controller
) -> None:
    ids = _ids(page, Area.REFLECTION)
    _click(page.row(ids[0]).delete_button)
    assert page.banner.isVisible()

    assert controller.undo()  # Edit > Undo, Ctrl+Z

    assert _ids(page, Area.REFLECTION) == ids
    assert [g.id for g in _on_disk(controller).goals if g.area is Area.REFLECTION] == ids
    assert not page.banner.isVisible()


def test_the_banner_undoes_its_own_delete_even_after_an_urge_was_logged(
    page: GoalsPage, controller: Controller
) -> None:
    goal = _first(controller, Recurrence.WEEKLY, Area.COMMUNICATION)
    _click(page.row(goal.id).delete_button)
    urge = controller.log_urge(UrgeKind.TEXT)
    assert urge is not None

    _click(page.undo_button)

    saved = _on_disk(controller)
    assert goal.id in [g.id for g in saved.goals]
    assert urge.id in [e.id for e in saved.events]  # the urge is not what was taken back
    assert controller.undo()  # and it is still next in line for Ctrl+Z
    assert urge.id not in [e.id for e in _on_disk(controller).events]


def test_a_new_goal_named_like_a_deleted_one_does_not_inherit_its_ticks(
    page: GoalsPage, controller: Controller
) -> None:
    goal = _first(controller, Recurrence.DAILY, Area.BODY)
    page.row(goal.id).check.setChecked(True)
    _click(page.row(goal.id).delete_button)

    _type_and_enter(page.sections[Area.BODY].new_title, goal.title)

    new = next(g for g in _on_disk(controller).goals if g.title == goal.title)
    assert new.id != goal.id
    assert not page.row(new.id).check.isChecked()
    _click(page.undo_button)
    assert page.row(goal.id).check.isChecked()


# Ticking, here and on Today


def _today_item(today: TodayPage, goal_id: str) -> QListWidgetItem:
    items = [today.goals.item(row) for row in range(today.goals.count())]
    (item,) = [i for i in items if i.data(Qt.ItemDataRole.UserRole) == goal_id]
    return item


def test_a_tick_here_shows_on_today_and_one_on_today_shows_here(
    page: GoalsPage, controller: Controller, qtbot: QtBot
) -> None:
    today = TodayPage(controller)
    qtbot.addWidget(today)
    here = _first(controller, Recurrence.DAILY, Area.BODY)
    there = _first(controller, Recurrence.WEEKLY, Area.CONNECTION)

    _click(page.row(here.id).check)

    assert _today_item(today, here.id).checkState() == Qt.CheckState.Checked
    assert page.sections[Area.BODY].progress.text() == "1 of 3 done"

    _today_item(today, there.id).setCheckState(Qt.CheckState.Checked)

    assert page.row(there.id).check.isChecked()
    assert page.sections[Area.CONNECTION].progress.text() == "1 of 3 done"
    assert page.today_progress.text() == f"Today: 2 of {len(controller.logbook.goals)} done"
    assert {c.goal_id for c in _on_disk(controller).completions} == {here.id, there.id}

    page.row(here.id).check.setChecked(False)

    assert _today_item(today, here.id).checkState() == Qt.CheckState.Unchecked
    assert [c.goal_id for c in _on_disk(controller).completions] == [there.id]


def test_a_weekly_goal_ticked_earlier_in_the_week_can_be_unticked(
    page: GoalsPage, controller: Controller, clock: FixedClock
) -> None:
    goal = _first(controller, Recurrence.WEEKLY)
    clock.set(clock.now() - timedelta(days=4))  # Wednesday
    page.row(goal.id).check.setChecked(True)
    clock.advance(timedelta(days=3))  # Saturday, the same ISO week
    page.show_entries()
    assert page.row(goal.id).check.isChecked()

    page.row(goal.id).check.setChecked(False)

    assert not _on_disk(controller).completions
    assert not page.row(goal.id).check.isChecked()


# The day and the week changing


def test_daily_goals_open_again_after_local_midnight_and_the_tick_stays_recorded(
    page: GoalsPage, controller: Controller, clock: FixedClock
) -> None:
    daily = _first(controller, Recurrence.DAILY, Area.BODY)
    weekly = _first(controller, Recurrence.WEEKLY, Area.CONNECTION)
    page.row(daily.id).check.setChecked(True)
    page.row(weekly.id).check.setChecked(True)
    assert page.row(daily.id).streak.text() == "1 day in a row"
    total = len(controller.logbook.goals)
    assert page.today_progress.text() == f"Today: 2 of {total} done"

    clock.advance(timedelta(hours=11, minutes=59, seconds=59))  # 23:59:59
    page.check_day()
    assert page.row(daily.id).check.isChecked()

    clock.advance(timedelta(seconds=2))  # 00:00:01 on Monday 2 March
    page.check_day()  # nothing was saved: only the date changed

    assert not page.row(daily.id).check.isChecked()
    assert page.row(daily.id).streak.text() == "1 day in a row"  # yesterday's run goes on
    assert not page.row(weekly.id).check.isChecked()  # Monday: a new ISO week too
    assert page.today_progress.text() == f"Today: 0 of {total} done"
    (daily_tick, weekly_tick) = _on_disk(controller).completions
    assert (daily_tick.goal_id, daily_tick.day) == (daily.id, SUNDAY)
    assert weekly_tick.goal_id == weekly.id

    page.row(daily.id).check.setChecked(True)
    assert page.row(daily.id).streak.text() == "2 days in a row"
    assert [c.day for c in _on_disk(controller).completions if c.goal_id == daily.id] == [
        SUNDAY,
        SUNDAY + timedelta(days=1),
    ]


def test_the_page_notices_midnight_by_itself(
    page: GoalsPage, controller: Controller, clock: FixedClock, qtbot: QtBot
) -> None:
    goal = _first(controller, Recurrence.DAILY)
    page.row(goal.id).check.setChecked(True)
    page.day_timer.setInterval(20)  # instead of waiting for the real interval

    clock.advance(timedelta(hours=12, seconds=1))

    qtbot.waitUntil(lambda: not page.row(goal.id).check.isChecked(), timeout=2000)
    assert len(_on_disk(controller).completions) == 1


def test_a_weekly_streak_counts_the_weeks_in_a_row(
    page: GoalsPage, controller: Controller, clock: FixedClock
) -> None:
    goal = _first(controller, Recurrence.WEEKLY, Area.COMMUNICATION)

    def row() -> GoalRow:
        page.check_day()
        return page.row(goal.id)

    for week in range(3):
        row().check.setChecked(True)
        assert row().streak.text() == (
            "1 week in a row" if week == 0 else f"{week + 1} weeks in a row"
        )
        clock.advance(timedelta(days=7))

    assert not row().check.isChecked()  # a new week is open
    assert row().streak.text() == "3 weeks in a row"  # and last week's run still counts
    clock.advance(timedelta(days=7))  # a whole week without it
    assert row().streak.text() == ""


# Keeping the user's place


def test_a_change_elsewhere_keeps_an_open_editor_and_the_scroll_position(
    page: GoalsPage, controller: Controller, qtbot: QtBot
) -> None:
    page.resize(900, 400)
    bar = page.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    position = bar.value()
    editing = _first(controller, Recurrence.ONCE)
    page.row(editing.id).start_rename()
    page.row(editing.id).editor.setText("Half typed")

    ticked = _first(controller, Recurrence.DAILY, Area.CONFIDENCE)
    page.row(ticked.id).check.setChecked(True)
    controller.add_goal(Area.BODY, "Stretch", Recurrence.DAILY)  # as another page might

    assert page.row(editing.id).editing
    assert page.row(editing.id).editor.text() == "Half typed"
    assert bar.value() == position


def test_focus_stays_on_a_goal_moved_from_the_keyboard_and_moves_on_after_a_delete(
    page: GoalsPage, qtbot: QtBot
) -> None:
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    ids = _ids(page, Area.BODY)
    row = page.row(ids[0])
    row.check.setFocus()
    qtbot.waitUntil(row.check.hasFocus)

    QTest.keyClick(row.check, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)

    assert _ids(page, Area.BODY) == [ids[1], ids[0], ids[2]]
    assert row.check.hasFocus()

    row.delete_button.setFocus()
    QTest.keyClick(row.delete_button, Qt.Key.Key_Space)

    assert page.row(ids[2]).check.hasFocus()  # the row that took its place
    page.undo_button.setFocus()
    QTest.keyClick(page.undo_button, Qt.Key.Key_Space)
    assert page.row(ids[0]).check.hasFocus()


# Alignment: rows that line up, and that stay put while renaming


def _x(widget: QWidget, page: GoalsPage) -> int:
    return widget.mapTo(page, QPoint(0, 0)).x()


def test_renaming_moves_none_of_the_row_s_controls(
    themed: None, page: GoalsPage, controller: Controller, qtbot: QtBot
) -> None:
    row = page.row(_first(controller, Recurrence.DAILY).id)
    qtbot.wait(10)
    before = [_x(w, page) for w in (row.streak, row.recurrence, row.up_button, row.down_button)]
    rename_at, delete_at = _x(row.rename_button, page), _x(row.delete_button, page)

    row.start_rename()
    qtbot.wait(10)

    after = [_x(w, page) for w in (row.streak, row.recurrence, row.up_button, row.down_button)]
    assert after == before
    assert (_x(row.save_button, page), _x(row.cancel_button, page)) == (rename_at, delete_at)
    assert row.editor.width() == row.check.width()


def test_every_row_s_drop_down_starts_at_the_same_place_streak_or_not(
    themed: None, page: GoalsPage, controller: Controller, qtbot: QtBot
) -> None:
    goal = _first(controller, Recurrence.DAILY, Area.BODY)
    controller.set_goal_done(goal.id, True)
    assert page.row(goal.id).streak.text() == "1 day in a row"
    qtbot.wait(10)

    rows = page.sections[Area.BODY].ordered_rows()
    assert len({_x(row.recurrence, page) for row in rows}) == 1
    assert len({row.streak.width() for row in rows}) == 1


def test_the_add_button_is_as_tall_as_the_field_beside_it(
    themed: None, page: GoalsPage, qtbot: QtBot
) -> None:
    qtbot.wait(10)
    for section in page.sections.values():
        field, add = section.new_title, section.add_button
        assert add.height() == field.height()
        assert add.mapTo(page, QPoint(0, 0)).y() == field.mapTo(page, QPoint(0, 0)).y()


def test_a_one_off_done_on_an_earlier_day_says_when_and_counts_for_no_day(
    page: GoalsPage, controller: Controller, clock: FixedClock
) -> None:
    goal = _first(controller, Recurrence.ONCE)
    controller.set_goal_done(goal.id, True)
    clock.advance(timedelta(days=2))
    page.show_entries()

    row = page.row(goal.id)
    assert row.check.isChecked()
    assert row.streak.text() == "done Sun 1 Mar"
    section = page.sections[goal.area]
    others = len(section.rows) - 1
    assert section.progress.text() == f"0 of {others} done"
