"""The Today page: the ring, the time left, the figures and today's goals, on a fixed clock."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
)
from pytestqt.qtbot import QtBot

from app.domain.check_ins import CheckIn, Mood, Pull
from app.domain.clock import FixedClock
from app.domain.events import UrgeKind
from app.domain.goals import Recurrence
from app.domain.preferences import Preferences
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.dialogs.hard_dates import HardDatesDialog
from app.ui.main_window import SMALLEST, MainWindow
from app.ui.pages.today import MAX_WIDTH, TodayPage
from tests.conftest import Result, run_holdfast_process

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


def test_an_urge_a_journal_entry_or_a_setting_leaves_the_goals_list_where_the_user_is(
    page: TodayPage, controller: Controller
) -> None:
    page.goals.setCurrentRow(2)

    assert controller.log_urge(UrgeKind.TEXT) is not None
    assert controller.add_journal_entry(controller.now().date(), "A calm morning.") is not None
    assert controller.set_preferences(replace(controller.logbook.preferences, discreet=True))

    assert page.goals.currentRow() == 2  # not filled again: the user's place is kept
    goal_id = page.goals.item(2).data(Qt.ItemDataRole.UserRole)
    assert controller.set_goal_done(goal_id, True)  # ticked on the Goals page
    assert _checked(_item_for(page, goal_id))


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


def test_before_the_target_there_is_no_pointer_to_next_steps(page: TodayPage) -> None:
    assert page.next_steps.isHidden()


@pytest.mark.parametrize("healing", [False, True], ids=["ordinary", "healing first"])
def test_past_the_target_a_button_on_today_opens_next_steps(
    page: TodayPage, controller: Controller, clock: FixedClock, qtbot: QtBot, healing: bool
) -> None:
    if healing:
        assert controller.set_preferences(Preferences(relationship_unsafe=True))
    clock.advance(timedelta(days=19))
    page.tick()

    assert page.next_steps.isVisible()
    if healing:  # support first, never reaching out
        assert page.next_steps.text() == "Look back, then support and moving on"
    else:
        assert page.next_steps.text() == "Look back, then what comes next"
    with qtbot.waitSignal(page.next_steps_requested):
        QTest.mouseClick(page.next_steps, Qt.MouseButton.LeftButton)


def test_a_fresh_start_shows_day_0_and_no_0_of_0(
    qapp: object, store: Store, clock: FixedClock, qtbot: QtBot
) -> None:
    from app.domain.logbook import plan

    with store.transaction(clock.now()) as changes:
        changes.add(plan(changes.logbook, clock.now(), None, target_days=30))
    fresh = Controller(Store(store.folder), clock)
    made = TodayPage(fresh)
    qtbot.addWidget(made)

    assert made.ring.day_text() == "Day 0"
    assert made.figures.values["total"].text() == "0 days"
    assert "0 of 0" not in [v.text() for v in made.figures.values.values()]
    clock.advance(timedelta(days=1, minutes=1))
    made.tick()
    assert made.figures.values["total"].text() == "1 of 1"
    fresh.deleteLater()


def test_the_two_rows_of_figures_have_air_between_them(page: TodayPage) -> None:
    values = page.figures.values
    grid = page.figures.layout()
    assert isinstance(grid, QGridLayout)
    cell = grid.itemAtPosition(1, 0)
    first_caption = cell.widget() if cell is not None else None
    assert first_caption is not None
    assert first_caption.geometry().bottom() + 8 <= values["total"].geometry().top()


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
    captions = {label.text() for label in page.figures.findChildren(QLabel)}
    assert {"Current streak", "Longest streak", "Days without contact", "Run"} <= captions


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


def test_a_one_off_goal_stays_ticked_on_its_day_and_leaves_the_list_the_next(
    page: TodayPage, controller: Controller, clock: FixedClock
) -> None:
    goal = next(g for g in controller.logbook.goals if g.recurrence is Recurrence.ONCE)

    _item_for(page, goal.id).setCheckState(Qt.CheckState.Checked)

    assert [c.goal_id for c in _on_disk(controller).load().completions] == [goal.id]
    # Still there today, ticked (it can be unticked), and counted as the Goals page counts it.
    assert _checked(_item_for(page, goal.id))
    clock.advance(timedelta(days=1))
    page.show_entries()
    assert goal.id not in [i.data(Qt.ItemDataRole.UserRole) for i in _items(page)]


def test_the_goal_count_agrees_with_the_goals_page_and_its_areas(
    page: TodayPage, controller: Controller, clock: FixedClock, qtbot: QtBot
) -> None:
    from app.ui.pages.goals import GoalsPage

    goals = controller.logbook.goals
    once = next(g for g in goals if g.recurrence is Recurrence.ONCE)
    daily = next(g for g in goals if g.recurrence is Recurrence.DAILY)
    assert controller.set_goal_done(once.id, True)
    clock.advance(timedelta(days=1))  # the one-off was done yesterday: no longer today's
    assert controller.set_goal_done(daily.id, True)
    page.show_entries()
    goals_page = GoalsPage(controller)
    qtbot.addWidget(goals_page)

    listed = len(_items(page))
    assert page.goals_done.text() == f"1 of {listed} done"
    assert goals_page.today_progress.text() == f"Today: 1 of {listed} done"
    areas = [s.progress.text() for s in goals_page.sections.values() if s.progress.text()]
    done = sum(int(text.split(" of ")[0]) for text in areas)
    total = sum(int(text.split(" of ")[1].split()[0]) for text in areas)
    assert (done, total) == (1, listed)


def test_clicking_a_goal_s_title_ticks_it_as_on_the_goals_page(
    page: TodayPage, controller: Controller
) -> None:
    goal = controller.logbook.goals[1]
    item = _item_for(page, goal.id)
    page.goals.scrollToItem(item)
    rect = page.goals.visualItemRect(item)
    title = QPoint(rect.left() + 120, rect.center().y())  # well past the check box, on the text

    QTest.mouseClick(
        page.goals.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, title
    )
    assert [c.goal_id for c in _on_disk(controller).load().completions] == [goal.id]
    assert _checked(_item_for(page, goal.id))

    QTest.mouseClick(
        page.goals.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, title
    )
    assert _on_disk(controller).load().completions == ()


def test_a_page_left_open_overnight_opens_the_daily_goals_at_midnight(
    page: TodayPage, controller: Controller, clock: FixedClock, qtbot: QtBot
) -> None:
    goal = next(g for g in controller.logbook.goals if g.recurrence is Recurrence.DAILY)
    _item_for(page, goal.id).setCheckState(Qt.CheckState.Checked)

    clock.advance(timedelta(hours=12, seconds=1))  # just after midnight

    # Nothing is saved overnight: only the page's own once-a-second tick runs.
    qtbot.waitUntil(lambda: not _checked(_item_for(page, goal.id)), timeout=2500)
    assert len(_on_disk(controller).load().completions) == 1


# The page in the window, at the sizes people use, with the real stylesheet


def _window(controller: Controller, qtbot: QtBot, tmp_path: Path, size: QSize) -> MainWindow:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(controller, settings, lambda theme: None, lambda: False)
    qtbot.addWidget(window)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.size() == size)
    return window


def _page_scroller(page: TodayPage) -> QScrollArea:
    holder = page.parentWidget()
    while not isinstance(holder, QScrollArea):
        assert holder is not None
        holder = holder.parentWidget()
    return holder


def _settled(qtbot: QtBot) -> None:
    qtbot.wait(50)  # layouts settle on posted events
    QApplication.processEvents()


def test_logging_an_urge_at_the_default_size_moves_nothing_and_adds_no_page_scroll(
    themed: None, controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(controller, qtbot, tmp_path, QSize(980, 720))  # the window's first size
    page = window.today
    scroller = _page_scroller(page)
    _settled(qtbot)
    before = {kind: b.mapTo(window, QPoint(0, 0)) for kind, b in page.urges.buttons.items()}
    ring_before = page.ring.mapTo(window, QPoint(0, 0))

    QTest.mouseClick(page.urges.buttons[UrgeKind.TEXT], Qt.MouseButton.LeftButton)
    _settled(qtbot)

    assert page.urges.ride.isVisible()
    assert not scroller.verticalScrollBar().isVisible()  # only the goals list scrolls
    after = {kind: b.mapTo(window, QPoint(0, 0)) for kind, b in page.urges.buttons.items()}
    assert after == before
    assert page.ring.mapTo(window, QPoint(0, 0)) == ring_before
    assert page.goals.height() >= 90  # a few goals still show


@pytest.mark.parametrize("size", [QSize(980, 720), SMALLEST], ids=["default", "smallest"])
def test_add_details_scrolls_the_details_into_view(
    themed: None, controller: Controller, qtbot: QtBot, tmp_path: Path, size: QSize
) -> None:
    window = _window(controller, qtbot, tmp_path, size)
    page = window.today
    scroller = _page_scroller(page)
    QTest.mouseClick(page.urges.buttons[UrgeKind.TEXT], Qt.MouseButton.LeftButton)
    _settled(qtbot)

    QTest.mouseClick(page.urges.details_button, Qt.MouseButton.LeftButton)

    def details_in_view() -> bool:
        details = page.urges.details
        top = details.mapTo(scroller.viewport(), QPoint(0, 0)).y()
        return top >= 0 and top + details.height() <= scroller.viewport().height()

    qtbot.waitUntil(details_in_view, timeout=2000)


def test_on_a_large_window_the_ring_grows_and_the_content_stays_centred(
    themed: None, controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(controller, qtbot, tmp_path, QSize(980, 720))
    page = window.today
    _settled(qtbot)
    small_ring = page.ring.side()

    window.resize(1500, 950)
    qtbot.waitUntil(lambda: window.size() == QSize(1500, 950))
    _settled(qtbot)

    assert page.ring.side() > small_ring + 40
    layout = page.layout()
    assert layout is not None
    margins = layout.contentsMargins()
    content = page.width() - margins.left() - margins.right()
    assert content <= MAX_WIDTH
    assert abs(margins.left() - margins.right()) <= 1  # in the middle


@pytest.mark.parametrize("reached", [False, True], ids=["counting", "target reached"])
def test_at_the_smallest_size_the_page_shows_everything_whole(
    themed: None,
    controller: Controller,
    clock: FixedClock,
    qtbot: QtBot,
    tmp_path: Path,
    reached: bool,
) -> None:
    """On an ordinary day everything fits without a scroll bar; past the target, with its
    longer words and the Next steps button, the page may scroll, but nothing is squeezed
    under anything else and the ring keeps its size."""
    if reached:
        clock.advance(timedelta(days=19))  # the Next steps button and a longer line
    window = _window(controller, qtbot, tmp_path, SMALLEST)
    page = window.today
    page.tick()
    _settled(qtbot)

    assert page.next_steps.isVisible() == reached
    if not reached:
        assert not _page_scroller(page).verticalScrollBar().isVisible()
    assert page.ring.side() >= 170
    column = [
        widget
        for widget in (
            page.ring,
            page.time_left,
            page.target,
            page.next_steps,
            page.figures,
            page.check_in,
        )
        if widget.isVisible()
    ]
    for above, below in itertools.pairwise(column):
        assert above.geometry().bottom() < below.geometry().top(), (above, below)
    assert page.check_in.height() >= page.check_in.heightForWidth(page.check_in.width())


# A hard date: on its day, a card with the plan (the clock: Sunday 1 March 2026, noon)


def _hard_day_texts(page: TodayPage) -> list[str]:
    return page.hard_day.texts() if page.hard_day.isVisible() else []


def test_on_a_hard_date_today_shows_the_plan_in_the_user_s_words(
    controller: Controller, qtbot: QtBot
) -> None:
    assert controller.add_hard_date(3, 1, None, "Sam's birthday", "Lunch with Ana.")
    page = TodayPage(controller)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)

    assert _hard_day_texts(page) == [
        "Sam's birthday",
        "Today may be hard. Your plan: Lunch with Ana.",
    ]
    with qtbot.waitSignal(page.help_requested):  # the help, one click from the card
        QTest.mouseClick(page.hard_day.help, Qt.MouseButton.LeftButton)


def test_the_card_comes_on_the_day_not_the_day_before_or_after(
    page: TodayPage, controller: Controller, clock: FixedClock, qtbot: QtBot
) -> None:
    assert controller.add_hard_date(3, 2, 2026, "The hearing", "Ana drives me.")
    assert not page.hard_day.isVisible()  # the day before

    clock.advance(timedelta(days=1))
    qtbot.waitUntil(page.hard_day.isVisible, timeout=2500)  # the page's own tick, at midnight
    assert _hard_day_texts(page)[0] == "The hearing"

    clock.advance(timedelta(days=1))
    qtbot.waitUntil(lambda: not page.hard_day.isVisible(), timeout=2500)  # the day after


def test_a_yearly_hard_date_comes_back_the_next_year_and_a_one_off_does_not(
    page: TodayPage, controller: Controller, clock: FixedClock, qtbot: QtBot
) -> None:
    assert controller.add_hard_date(3, 1, None, "Sam's birthday", "")
    assert controller.add_hard_date(3, 1, 2026, "Moving day", "")
    assert "Moving day" in _hard_day_texts(page)  # shown at once, added from the dialog

    clock.advance(timedelta(days=365))  # Monday 1 March 2027
    qtbot.waitUntil(lambda: "Moving day" not in _hard_day_texts(page), timeout=2500)

    assert _hard_day_texts(page)[0] == "Sam's birthday"


def test_removed_the_same_day_the_card_goes(page: TodayPage, controller: Controller) -> None:
    added = controller.add_hard_date(3, 1, None, "Sam's birthday", "")
    assert added is not None and page.hard_day.isVisible()

    assert controller.remove_hard_date(added.id)

    assert not page.hard_day.isVisible()


def test_a_hard_date_added_by_the_command_line_shows_on_the_open_page(
    page: TodayPage, controller: Controller, qtbot: QtBot
) -> None:
    # Another process, on the real clock: a yearly 1 March is today on the page's clock.
    added = run_holdfast_process(
        controller.store.folder,
        "dates",
        "add",
        "03-01",
        "Sam's birthday",
        "--yearly",
        "--plan",
        "Lunch with Ana.",
    )
    assert added.returncode == 0, added.stderr
    controller.start_watching()

    qtbot.waitUntil(page.hard_day.isVisible, timeout=5000)
    assert _hard_day_texts(page) == [
        "Sam's birthday",
        "Today may be hard. Your plan: Lunch with Ana.",
    ]


@pytest.mark.parametrize("healing", [False, True], ids=["ordinary", "healing first"])
def test_without_a_plan_a_calm_line_and_one_click_to_make_one(
    page: TodayPage,
    controller: Controller,
    monkeypatch: pytest.MonkeyPatch,
    healing: bool,
) -> None:
    if healing:
        assert controller.set_preferences(Preferences(relationship_unsafe=True))
    added = controller.add_hard_date(3, 1, None, "Our anniversary", "")
    assert added is not None
    opened: list[HardDatesDialog] = []

    def exec_(dialog: HardDatesDialog) -> int:
        opened.append(dialog)
        return 0

    monkeypatch.setattr(HardDatesDialog, "exec", exec_)

    said = " ".join(_hard_day_texts(page)).lower()
    assert "today may be hard" in said
    for reconnecting in ("reach out", "reconnect", "contact", "message them"):
        assert reconnecting not in said
    (make,) = [b for b in page.hard_day.findChildren(QPushButton) if b.text().startswith("Make")]
    QTest.mouseClick(make, Qt.MouseButton.LeftButton)

    (dialog,) = opened
    assert dialog.form.title() == "Change this hard date"  # open at this date, at its plan
    assert dialog.label.text() == "Our anniversary"
    assert dialog.focusWidget() is dialog.plan


def test_on_a_hard_day_the_page_still_fits_the_window_s_first_size(
    themed: None, controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    assert controller.add_hard_date(3, 1, None, "Sam's birthday", "Lunch with Ana.\nA walk.")
    window = _window(controller, qtbot, tmp_path, QSize(980, 720))
    page = window.today
    _settled(qtbot)

    assert page.hard_day.isVisible()
    assert not _page_scroller(page).verticalScrollBar().isVisible()
    assert page.ring.side() >= 170


# The daily check-in ---------------------------------------------------------------------------


def _check_in_on(page: TodayPage, mood: Mood, pull: Pull) -> None:
    QTest.mouseClick(page.check_in.mood_buttons[mood], Qt.MouseButton.LeftButton)
    QTest.mouseClick(page.check_in.pull_buttons[pull], Qt.MouseButton.LeftButton)


def _check_ins(controller: Controller) -> tuple[CheckIn, ...]:
    return _on_disk(controller).load().check_ins


def test_the_check_in_card_saves_today_and_a_second_answer_changes_it(
    page: TodayPage, controller: Controller
) -> None:
    _check_in_on(page, Mood.HARD, Pull.STRONG)

    (saved,) = _check_ins(controller)
    assert (saved.day, saved.mood, saved.pull) == (date(2026, 3, 1), Mood.HARD, Pull.STRONG)
    assert page.check_in.help.isVisible()  # a hard day: care and the way to help
    QTest.mouseClick(page.check_in.mood_buttons[Mood.OKAY], Qt.MouseButton.LeftButton)

    (changed,) = _check_ins(controller)
    assert (changed.id, changed.mood, changed.pull) == (saved.id, Mood.OKAY, Pull.STRONG)


def test_help_from_the_check_in_s_reply_is_today_s_help(page: TodayPage, qtbot: QtBot) -> None:
    _check_in_on(page, Mood.VERY_HARD, Pull.OVERWHELMING)

    with qtbot.waitSignal(page.help_requested, timeout=1000):
        QTest.mouseClick(page.check_in.help, Qt.MouseButton.LeftButton)


def test_ctrl_z_takes_back_the_note_then_the_check_in(
    controller: Controller, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _window(controller, qtbot, tmp_path, QSize(980, 720))
    card = window.today.check_in
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _check_in_on(window.today, Mood.GOOD, Pull.LIGHT)
    card.note.setFocus()
    QTest.keyClicks(card.note, "A walk by the river.")
    QTest.keyClick(card.note, Qt.Key.Key_Return)
    assert [c.note for c in _check_ins(controller)] == ["A walk by the river."]

    # The reply has the focus after Enter: Ctrl+Z is the window's, not the note's own.
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert [c.note for c in _check_ins(controller)] == [""]
    assert card.note.text() == ""
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _check_ins(controller) == ()
    assert not any(button.isChecked() for button in card.mood_buttons.values())
    assert not card.said.isVisible()


def test_the_card_follows_a_check_in_made_with_holdfast_checkin(
    page: TodayPage, controller: Controller, holdfast: Callable[..., Result], qtbot: QtBot
) -> None:
    made = holdfast("checkin", "--mood", "2", "--pull", "1", "--note", "Tired.")
    assert made.code == 0, made.err
    controller.start_watching()

    card = page.check_in
    qtbot.waitUntil(card.mood_buttons[Mood.HARD].isChecked, timeout=5000)
    assert card.pull_buttons[Pull.LIGHT].isChecked()
    assert card.note.text() == "Tired."
    assert card.said.text() == "Saved for today; a click changes it."


def test_a_new_day_opens_the_check_in_again(page: TodayPage, clock: FixedClock) -> None:
    _check_in_on(page, Mood.OKAY, Pull.NONE)

    clock.advance(timedelta(days=1))
    page.tick()

    assert not any(button.isChecked() for button in page.check_in.mood_buttons.values())
    assert not page.check_in.said.isVisible()
