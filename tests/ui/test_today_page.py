"""The Today page: the ring, the time left, the figures and today's goals, on a fixed clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QListWidgetItem
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.goals import Recurrence
from app.domain.preferences import Preferences
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.pages.today import TodayPage

pytestmark = pytest.mark.gui


@pytest.fixture
def page(controller: Controller, qtbot: QtBot) -> Iterator[TodayPage]:
    made = TodayPage(controller)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    yield made


def _on_disk(controller: Controller) -> Store:
    return Store(controller.store.folder)


def _items(page: TodayPage) -> list[QListWidgetItem]:
    return [page.goals.item(row) for row in range(page.goals.count())]


def _item_for(page: TodayPage, goal_id: str) -> QListWidgetItem:
    (item,) = [i for i in _items(page) if i.data(Qt.ItemDataRole.UserRole) == goal_id]
    return item


def _checked(item: QListWidgetItem) -> bool:
    return item.checkState() == Qt.CheckState.Checked


def test_the_ring_shows_the_day_and_the_target(page: TodayPage) -> None:
    assert page.ring.day_text() == "Day 12"
    assert page.ring.caption() == "of 30"
    assert not page.ring.is_reached()
    assert page.ring.progress() == pytest.approx(12 / 30)


def test_the_time_left_is_exact_on_the_clock(page: TodayPage) -> None:
    assert page.time_left.text() == "18 days 00:00:00 to go"
    # Twelve days ago at noon, plus thirty days: Thursday 19 March at noon in Berlin.
    assert page.target.text() == "Day 30 arrives on Thu 19 Mar, 12:00"


def test_a_tick_counts_the_time_left_down_by_one_second(page: TodayPage, clock: FixedClock) -> None:
    clock.advance(timedelta(seconds=1))
    page.tick()

    assert page.time_left.text() == "17 days 23:59:59 to go"


def test_the_page_ticks_by_itself_every_second(
    page: TodayPage, clock: FixedClock, qtbot: QtBot
) -> None:
    clock.advance(timedelta(hours=1, minutes=2, seconds=3))

    qtbot.waitUntil(lambda: page.time_left.text() == "17 days 22:57:57 to go", timeout=2500)


def test_crossing_the_target_shows_it_reached(page: TodayPage, clock: FixedClock) -> None:
    clock.advance(timedelta(days=19))
    page.tick()

    assert page.time_left.text() == "You reached day 30."
    assert "these days were yours to keep" in page.target.text()
    assert page.ring.is_reached()
    assert page.ring.day_text() == "Day 31"
    # Not "Day 31 of 30", which reads as overdue: the day, and when the target came.
    assert page.ring.caption() == "target reached on Thu 19 Mar"
    assert page.ring.progress() == 1.0


def test_past_the_target_with_healing_first_today_points_to_support(
    page: TodayPage, controller: Controller, clock: FixedClock
) -> None:
    assert controller.set_preferences(Preferences(relationship_betrayal=True))
    clock.advance(timedelta(days=19))
    page.tick()

    assert "support" in page.target.text()
    assert "reaching out" not in page.target.text()


def test_help_is_one_click_away(page: TodayPage, qtbot: QtBot) -> None:
    assert page.help.text() == "If it is hard right now"

    with qtbot.waitSignal(page.help_requested):
        QTest.mouseClick(page.help, Qt.MouseButton.LeftButton)


def test_the_figures_show_the_streak_and_the_run(page: TodayPage) -> None:
    values = page.figures.values
    assert values["current"].text() == "12 days"
    assert values["longest"].text() == "12 days"
    assert values["total"].text() == "12 of 12"
    assert values["run"].text() == "1"


def test_a_screen_reader_hears_each_figure_with_its_caption(
    page: TodayPage, clock: FixedClock
) -> None:
    spoken = page.figures.values
    assert spoken["current"].accessibleName() == "Current streak: 12 days"
    assert spoken["total"].accessibleName() == "Days without contact: 12 of 12"

    clock.advance(timedelta(days=1))
    page.tick()

    assert spoken["current"].accessibleName() == "Current streak: 13 days"


def test_the_goals_list_shows_every_goal_unticked(page: TodayPage, controller: Controller) -> None:
    goals = controller.logbook.goals
    items = _items(page)

    assert [i.data(Qt.ItemDataRole.UserRole) for i in items] == [g.id for g in goals]
    for goal, item in zip(goals, items, strict=True):
        assert item.text().startswith(goal.title)
        assert not _checked(item)
    daily = [g for g in goals if g.recurrence is Recurrence.DAILY]
    assert daily
    assert _item_for(page, daily[0].id).text().endswith("·  today")


def test_ticking_a_daily_goal_saves_it_for_today_and_it_is_open_again_tomorrow(
    page: TodayPage, controller: Controller, clock: FixedClock
) -> None:
    goal = next(g for g in controller.logbook.goals if g.recurrence is Recurrence.DAILY)

    _item_for(page, goal.id).setCheckState(Qt.CheckState.Checked)

    (saved,) = _on_disk(controller).load().completions
    assert (saved.goal_id, saved.day) == (goal.id, clock.now().date())
    assert _checked(_item_for(page, goal.id))  # the list, filled again, still shows it ticked

    clock.advance(timedelta(hours=12, minutes=30))  # half past midnight, the next day
    page.show_entries()

    assert not _checked(_item_for(page, goal.id))
    assert _on_disk(controller).load().completions == (saved,)


def test_unticking_a_goal_takes_the_completion_back(
    page: TodayPage, controller: Controller
) -> None:
    goal = next(g for g in controller.logbook.goals if g.recurrence is Recurrence.DAILY)
    _item_for(page, goal.id).setCheckState(Qt.CheckState.Checked)
    assert _on_disk(controller).load().completions

    _item_for(page, goal.id).setCheckState(Qt.CheckState.Unchecked)

    assert not _on_disk(controller).load().completions
    assert not _checked(_item_for(page, goal.id))


def test_a_goal_ticked_with_a_click_is_saved(page: TodayPage, controller: Controller) -> None:
    goal = controller.logbook.goals[0]
    item = _item_for(page, goal.id)
    page.goals.scrollToItem(item)
    rect = page.goals.visualItemRect(item)
    box = QPoint(rect.left() + rect.height() // 2, rect.center().y())  # the check box's centre

    QTest.mouseClick(
        page.goals.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, box
    )

    assert [c.goal_id for c in _on_disk(controller).load().completions] == [goal.id]
    assert _checked(_item_for(page, goal.id))


def test_a_one_off_goal_leaves_the_list_once_done(page: TodayPage, controller: Controller) -> None:
    goal = next(g for g in controller.logbook.goals if g.recurrence is Recurrence.ONCE)

    _item_for(page, goal.id).setCheckState(Qt.CheckState.Checked)

    assert [c.goal_id for c in _on_disk(controller).load().completions] == [goal.id]
    assert goal.id not in [i.data(Qt.ItemDataRole.UserRole) for i in _items(page)]


def test_a_page_left_open_overnight_opens_the_daily_goals_at_midnight(
    page: TodayPage, controller: Controller, clock: FixedClock, qtbot: QtBot
) -> None:
    goal = next(g for g in controller.logbook.goals if g.recurrence is Recurrence.DAILY)
    _item_for(page, goal.id).setCheckState(Qt.CheckState.Checked)

    clock.advance(timedelta(hours=12, seconds=1))  # just after midnight

    # Nothing is saved overnight: only the page's own once-a-second tick runs.
    qtbot.waitUntil(lambda: not _checked(_item_for(page, goal.id)), timeout=2500)
    assert len(_on_disk(controller).load().completions) == 1
