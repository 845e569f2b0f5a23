"""The History page on known entries: the totals, the charts as painted, runs, edits, export."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip, QWidget
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.events import Contact, ContactKind, StartedBy, Urge, UrgeKind, new_id
from app.domain.history import DaySummary
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.pages.history import HistoryPage
from app.ui.pages.today import TodayPage
from app.ui.theme import dark_palette, light_palette
from app.ui.widgets.charts import LEVELS, calm_color, empty_color, ended_color, level_color
from tests.conftest import BERLIN

pytestmark = pytest.mark.gui
# Showing a tooltip raises its window, which the offscreen platform only notes.
tooltip_shown = pytest.mark.qt_log_ignore("This plugin does not support raise")

Role = QPalette.ColorRole


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A moment in February 2026 in Berlin (UTC+1 all month)."""
    return datetime(2026, 2, day, hour, minute, tzinfo=BERLIN)


@dataclass(frozen=True)
class Known:
    """The entries beside the plan: its last contact was Tue 17 Feb at noon, now is Sun 1 Mar."""

    slip: Contact  # Sun 22 Feb 15:00: ends the first run after 5 days
    theirs: Contact  # Tue 24 Feb: they called, the run goes on
    strong: Urge  # Fri 20 Feb 21:30, strength 9
    late: tuple[Urge, Urge]  # Wed 25 Feb 23:10 and 23:40, not rated
    quiet: Urge  # Fri 27 Feb 08:15, not rated


@pytest.fixture
def known(started_store: Store, clock: FixedClock) -> Known:
    entries = Known(
        slip=Contact(id=new_id(), at=at(22, 15), kind=ContactKind.TEXT, note="I wrote first"),
        theirs=Contact(
            id=new_id(), at=at(24, 18), kind=ContactKind.CALL, started_by=StartedBy.THEM
        ),
        strong=Urge(
            id=new_id(), at=at(20, 21, 30), kind=UrgeKind.TEXT, intensity=9, note="the song"
        ),
        late=(
            Urge(id=new_id(), at=at(25, 23, 10), kind=UrgeKind.CALL),
            Urge(id=new_id(), at=at(25, 23, 40), kind=UrgeKind.SOCIAL),
        ),
        quiet=Urge(id=new_id(), at=at(27, 8, 15), kind=UrgeKind.OTHER),
    )
    with started_store.transaction(clock.now()) as changes:
        changes.add(entries.slip, entries.theirs, entries.strong, *entries.late, entries.quiet)
    return entries


@pytest.fixture
def controller(
    qapp: object, started_store: Store, known: Known, clock: FixedClock
) -> Iterator[Controller]:
    made = Controller(Store(started_store.folder), clock)
    yield made
    made.deleteLater()


@pytest.fixture
def page(controller: Controller, qtbot: QtBot) -> Iterator[HistoryPage]:
    made = HistoryPage(controller)
    qtbot.addWidget(made)
    made.setPalette(light_palette())
    made.resize(1000, 800)
    made.show()
    qtbot.waitExposed(made)
    yield made
    QToolTip.hideText()


def same(a: QColor, b: QColor, tolerance: int = 6) -> bool:
    channels = ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    return all(abs(x - y) <= tolerance for x, y in channels)


def colour_of_day(page: HistoryPage, image: QImage, day: date) -> QColor:
    rect = page.calendar.day_rect(day)
    assert rect is not None
    return image.pixelColor(rect.center().toPoint())


def runs_table(page: HistoryPage) -> list[list[str]]:
    table = page.runs
    rows = []
    for row in range(table.rowCount()):
        items = [table.item(row, column) for column in range(table.columnCount())]
        rows.append([item.text() if item is not None else "" for item in items])
    return rows


def tooltip_for(widget: QWidget, point: QPoint) -> str:
    event = QHelpEvent(QEvent.Type.ToolTip, point, widget.mapToGlobal(point))
    QApplication.sendEvent(widget, event)
    return QToolTip.text()


# The totals


def test_the_totals_count_every_run_so_a_slip_never_looks_like_lost_progress(
    page: HistoryPage,
) -> None:
    values = page.totals.values
    assert values["no_contact"].text() == "11 of 12"
    # "every run" stays on one line, however the caption wraps.
    assert page.totals.captions["no_contact"].text() == (
        "days without contact, across every\u00a0run"
    )
    assert values["longest"].text() == "6 days"
    assert values["runs"].text() == "2"
    assert values["urges"].text() == "4"
    # A screen reader hears the figure with its caption, not the caption alone.
    assert values["no_contact"].accessibleName() == (
        "days without contact, across every\u00a0run: 11 of 12"
    )
    assert values["urges"].accessibleName() == "urges resisted: 4"
    assert "never takes away the days before it" in page.encouragement.text()


def test_before_the_period_begins_the_page_says_where_to_start(
    qapp: object, store: Store, clock: FixedClock, qtbot: QtBot
) -> None:
    empty = Controller(store, clock)
    made = HistoryPage(empty)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)

    assert made.totals.values["no_contact"].text() == "0 days"  # not "0 of 0"
    assert "Settings" in made.encouragement.text()
    # Said once: the charts with nothing in them are not shown to say it again.
    assert made.range_summary.text() == "No urges logged in these days."
    assert made.bars.isHidden()
    assert made.hours.isHidden()
    assert made.runs.rowCount() == 0
    assert not any(day.tracked for day in made.calendar.days())
    assert made.bars.accessibleDescription().startswith("No urges logged")
    empty.deleteLater()


# The calendar, as painted


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_the_calendar_paints_each_kind_of_day_in_its_colour(
    page: HistoryPage, palette: QPalette
) -> None:
    page.setPalette(palette)
    image = page.calendar.grab().toImage()

    expected = {
        date(2026, 2, 16): empty_color(palette),  # before tracking began
        date(2026, 2, 17): palette.color(Role.Base),  # the last contact: not counted
        date(2026, 2, 18): calm_color(palette),  # no contact, no urges
        date(2026, 2, 20): level_color(palette, LEVELS),  # an urge of strength 9
        date(2026, 2, 25): level_color(palette, 2),  # two urges, not rated
        date(2026, 2, 27): level_color(palette, 1),  # one urge, not rated
        date(2026, 2, 22): ended_color(palette),  # the dot of the day a run ended
    }
    for day, colour in expected.items():
        painted = colour_of_day(page, image, day)
        assert same(painted, colour), (day, painted.name(), colour.name())
        assert page.calendar.fill_color(day) is not None


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_the_chart_colours_are_told_apart(palette: QPalette) -> None:
    page = palette.color(Role.Window)
    colours = [empty_color(palette), calm_color(palette), ended_color(palette), page]
    colours += [level_color(palette, level) for level in range(1, LEVELS + 1)]
    for index, first in enumerate(colours):
        for second in colours[index + 1 :]:
            assert not same(first, second, tolerance=16), (first.name(), second.name())
    # The day of the last contact is drawn in the base colour with an outline; the base colour
    # must still stand apart from every colour that means something else.
    for colour in colours[1:3] + colours[4:]:
        assert not same(palette.color(Role.Base), colour, tolerance=16), colour.name()


def test_the_legend_names_the_day_of_a_last_contact_apart_from_today_not_counted_yet(
    page: HistoryPage,
) -> None:
    legend = page.calendar.legend_texts()
    assert "Not counted yet" not in legend  # it also marked days that will never count
    assert "Last contact" in legend
    assert "Today, counted later" in legend


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_today_before_it_counts_is_drawn_apart_from_a_last_contact(
    page: HistoryPage, palette: QPalette
) -> None:
    page.setPalette(palette)
    image = page.calendar.grab().toImage()

    def edge(day: date) -> QColor:
        rect = page.calendar.day_rect(day)
        assert rect is not None
        return image.pixelColor(QPoint(round(rect.center().x()), round(rect.top()) + 1))

    # Sun 1 Mar at noon: day 7 of the run comes at 15:00. Tue 17 Feb: the last contact.
    assert same(edge(date(2026, 3, 1)), calm_color(palette), tolerance=24)
    assert not same(edge(date(2026, 2, 17)), calm_color(palette), tolerance=24)
    assert same(colour_of_day(page, image, date(2026, 3, 1)), palette.color(Role.Base))


@tooltip_shown
def test_a_run_begun_today_is_a_last_contact_not_a_day_counted_later(
    qapp: object, store: Store, clock: FixedClock, qtbot: QtBot
) -> None:
    from app.domain.logbook import plan

    with store.transaction(clock.now()) as changes:
        changes.add(plan(changes.logbook, clock.now(), clock.now() - timedelta(hours=2), 30))
    fresh = Controller(Store(store.folder), clock)
    made = HistoryPage(fresh)
    qtbot.addWidget(made)
    made.resize(1000, 800)
    made.show()
    qtbot.waitExposed(made)
    rect = made.calendar.day_rect(date(2026, 3, 1))
    assert rect is not None

    text = tooltip_for(made.calendar, rect.center().toPoint())

    assert "Your last contact was this day" in text
    assert "It counts once" not in text
    fresh.deleteLater()


@pytest.mark.parametrize("width", [760, 1000])
def test_every_month_name_fits_inside_the_calendar(page: HistoryPage, width: int) -> None:
    page.calendar.resize(width, page.calendar.heightForWidth(width))
    boxes = page.calendar.month_label_boxes()

    assert boxes
    for box, name in boxes:
        assert box.right() <= page.calendar.width(), name
    lefts = [box.left() for box, _ in boxes]
    assert lefts == sorted(lefts)


@tooltip_shown
def test_hovering_a_day_says_what_happened(page: HistoryPage) -> None:
    rect = page.calendar.day_rect(date(2026, 2, 22))
    assert rect is not None

    text = tooltip_for(page.calendar, rect.center().toPoint())

    assert text.splitlines() == [
        "Sun 22 Feb 2026",
        "A run ended at 15:00: A message, you started it: “I wrote first”",
        "The day still counts: your run had reached it before then",
        "No urges logged",
    ]


@tooltip_shown
def test_hovering_a_day_with_urges_names_them_and_the_strongest(page: HistoryPage) -> None:
    rect = page.calendar.day_rect(date(2026, 2, 20))
    assert rect is not None

    text = tooltip_for(page.calendar, rect.center().toPoint())

    assert "A day without contact" in text
    assert "1 urge resisted: 1 to text them" in text  # not "Text them 1", a command
    assert "Strongest: 9 of 10" in text


@tooltip_shown
def test_a_contact_they_started_shows_on_its_day_without_ending_a_run(page: HistoryPage) -> None:
    summary = _day(page, date(2026, 2, 24))
    assert summary.no_contact
    assert not summary.slips

    rect = page.calendar.day_rect(summary.day)
    assert rect is not None
    text = tooltip_for(page.calendar, rect.center().toPoint())

    assert "Contact at 18:00: A call, they started it; it did not end your run" in text


@tooltip_shown
def test_the_arrow_keys_move_through_the_days_and_enter_lists_one(
    page: HistoryPage, qtbot: QtBot
) -> None:
    def on() -> date:
        assert page.calendar.cursor_item is not None
        return page.calendar.days()[page.calendar.cursor_item].day

    page.calendar.setFocus()
    assert on() == date(2026, 3, 1)  # today
    QTest.keyClick(page.calendar, Qt.Key.Key_Left)  # a week back
    QTest.keyClick(page.calendar, Qt.Key.Key_Up)  # and a day
    assert on() == date(2026, 2, 21)
    assert page.calendar.accessibleDescription().endswith(
        "Sat 21 Feb 2026; A day without contact; No urges logged"
    )
    QTest.keyClick(page.calendar, Qt.Key.Key_Home)
    assert on() == page.calendar.days()[0].day
    QTest.keyClick(page.calendar, Qt.Key.Key_End)
    QTest.keyClick(page.calendar, Qt.Key.Key_Left)
    assert on() == date(2026, 2, 22)

    QTest.keyClick(page.calendar, Qt.Key.Key_Return)

    assert page.tabs.currentWidget() is page.entries
    assert page.entries.shown_ids() == [_slip_id(page)]


# The urges over a range


def test_the_bars_stand_as_high_as_their_day_s_urges(page: HistoryPage) -> None:
    bars = page.bars
    daily = bars.urges()
    assert page.range_days == 30
    assert (daily.first, daily.last) == (date(2026, 1, 31), date(2026, 3, 1))
    plot = bars.plot_rect()
    heights = {
        daily.first + timedelta(days=index): bars.bar_rect(index).height()
        for index in range(len(daily.counts))
    }

    assert heights[date(2026, 2, 25)] == pytest.approx(plot.height())  # two urges: the top
    assert heights[date(2026, 2, 20)] == pytest.approx(plot.height() / 2)
    assert heights[date(2026, 2, 27)] == pytest.approx(plot.height() / 2)
    assert all(h == 0 for day, h in heights.items() if day.day not in (20, 25, 27))
    # As painted: the colour at the middle of a bar, and the page's background above it.
    image = bars.grab().toImage()
    bar = bars.bar_rect((date(2026, 2, 20) - daily.first).days)
    inside = image.pixelColor(bar.center().toPoint())
    above = image.pixelColor(QPoint(round(bar.center().x()), round(bar.top() - 4)))
    assert same(inside, level_color(light_palette(), LEVELS))
    assert not same(above, inside)


@tooltip_shown
def test_the_hour_grid_marks_the_risky_hours(page: HistoryPage) -> None:
    hours = page.hours
    image = hours.grab().toImage()
    palette = light_palette()

    def painted(weekday: int, hour: int) -> QColor:
        return image.pixelColor(hours.cell_rect(weekday, hour).center().toPoint())

    assert hours.count(2, 23) == 2  # Wednesday 23:00, the busiest hour
    assert same(painted(2, 23), level_color(palette, LEVELS))
    assert hours.count(4, 21) == 1  # Friday 21:30, half as busy
    assert same(painted(4, 21), level_color(palette, 3))
    assert same(painted(0, 3), empty_color(palette))
    assert hours.accessibleDescription().startswith("When urges come most: Wed 23:00 (2 urges)")
    cell = hours.cell_rect(2, 23).center().toPoint()
    assert tooltip_for(hours, cell) == "Wednesdays, 23:00 to 00:00: 2 urges (the most of any hour)"


def test_switching_the_range_shows_a_longer_span(
    page: HistoryPage, controller: Controller, clock: FixedClock
) -> None:
    with Store(controller.store.folder).transaction(clock.now()) as changes:
        changes.add(
            Urge(id=new_id(), at=datetime(2025, 12, 5, 9, tzinfo=BERLIN), kind=UrgeKind.CALL)
        )
    controller.refresh()
    assert page.bars.urges().total == 4  # the urge in December is not in the last 30 days

    page.range_buttons[90].click()

    assert page.range_days == 90
    assert len(page.bars.urges().counts) == 90
    assert page.bars.urges().total == 5
    assert page.hours.count(4, 9) == 1  # Friday 5 December, 9:00
    page.set_range(365)
    assert page.range_buttons[365].isChecked()
    assert len(page.bars.urges().counts) == 365


# Runs, edits and deletes


def test_the_runs_table_lists_the_newest_first_with_what_ended_each(page: HistoryPage) -> None:
    assert runs_table(page) == [
        ["Sun 22 Feb 2026, 15:00", "ongoing", "6", "3", ""],
        [
            "Tue 17 Feb 2026, 12:00",
            "Sun 22 Feb 2026, 15:00",
            "5",
            "1",
            "A message, you started it: “I wrote first”",
        ],
    ]


def test_editing_the_contact_that_ended_a_run_joins_the_runs_and_undo_splits_them(
    page: HistoryPage, controller: Controller, known: Known, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []

    def edit(entry: Contact, now: datetime, parent: QWidget) -> Contact:
        asked.append(entry)
        return replace(entry, started_by=StartedBy.THEM, note="they wrote")

    monkeypatch.setattr(HistoryPage, "ask_edit", staticmethod(edit))
    page.tabs.setCurrentWidget(page.entries)
    assert page.entries.select(known.slip.id)

    page.entries.edit_button.click()

    assert asked == [known.slip]
    saved = Store(controller.store.folder).load().find_event(known.slip.id)
    assert isinstance(saved, Contact)
    assert (saved.started_by, saved.note) == (StartedBy.THEM, "they wrote")
    assert runs_table(page) == [["Tue 17 Feb 2026, 12:00", "ongoing", "12", "4", ""]]
    assert page.totals.values["no_contact"].text() == "12 of 12"
    assert page.entries.selected_id() == known.slip.id  # the user's place is kept
    assert "Saved the changes to the contact from Sun 22 Feb 2026, 15:00" in (
        page.notice_text.text()
    )

    page.undo_button.click()

    assert Store(controller.store.folder).load().find_event(known.slip.id) == known.slip
    assert len(runs_table(page)) == 2
    assert page.notice.isHidden()


def test_deleting_the_contact_that_ended_a_run_recomputes_every_page(
    page: HistoryPage,
    controller: Controller,
    known: Known,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    today = TodayPage(controller)
    qtbot.addWidget(today)
    assert today.figures.values["current"].text() == "6 days"
    confirmations: list[str] = []

    def confirm(description: str, parent: QWidget) -> bool:
        confirmations.append(description)
        return True

    monkeypatch.setattr(HistoryPage, "confirm_delete", staticmethod(confirm))
    page.tabs.setCurrentWidget(page.entries)
    page.entries.select(known.slip.id)

    page.entries.delete_button.click()

    assert confirmations == ["the contact from Sun 22 Feb 2026, 15:00 (a message)"]
    assert known.slip.id not in [e.id for e in Store(controller.store.folder).load().events]
    assert runs_table(page) == [["Tue 17 Feb 2026, 12:00", "ongoing", "12", "4", ""]]
    assert page.totals.values["no_contact"].text() == "12 of 12"
    assert page.totals.values["runs"].text() == "1"
    assert today.figures.values["current"].text() == "12 days"
    assert today.figures.values["run"].text() == "1"
    assert known.slip.id not in page.entries.shown_ids()
    assert not _day(page, date(2026, 2, 22)).slips

    page.undo_button.click()

    assert known.slip in Store(controller.store.folder).load().events
    assert len(runs_table(page)) == 2
    assert today.figures.values["current"].text() == "6 days"
    assert page.entries.selected_id() == known.slip.id


def test_the_delete_key_asks_and_undo_from_the_edit_menu_clears_the_notice(
    page: HistoryPage, controller: Controller, known: Known, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(HistoryPage, "confirm_delete", staticmethod(lambda text, parent: True))
    page.tabs.setCurrentWidget(page.entries)
    page.entries.select(known.quiet.id)
    page.entries.table.setFocus()

    QTest.keyClick(page.entries.table, Qt.Key.Key_Delete)

    assert known.quiet.id not in page.entries.shown_ids()
    assert page.notice.isVisible()
    assert controller.undo()  # Ctrl+Z, through the Edit menu
    assert known.quiet.id in page.entries.shown_ids()
    assert page.notice.isHidden()


def test_an_urge_of_another_kind_is_named_in_a_sentence_that_reads(
    page: HistoryPage, known: Known, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def confirm(description: str, parent: QWidget) -> bool:
        asked.append(description)
        return False

    monkeypatch.setattr(HistoryPage, "confirm_delete", staticmethod(confirm))

    page.delete_entry(known.quiet.id)

    assert asked == ["another urge from Fri 27 Feb 2026, 08:15"]
    assert page.range_summary.text().endswith(
        "Most often: the urge to text them (1), then the urge to call them (1)."
    )


@pytest.mark.parametrize("days", [30, 90, 365])
def test_the_urge_summary_gives_counts_and_averages_over_the_days_tracked(
    page: HistoryPage, days: int
) -> None:
    page.set_range(days)

    # Four urges since tracking began on Tue 17 Feb: thirteen dates, whatever the range.
    assert page.range_summary.text() == (
        "4 urges resisted over 13 days, 0.3 a day. "
        "Most often: the urge to text them (1), then the urge to call them (1)."
    )


def test_a_delete_not_confirmed_changes_nothing(
    page: HistoryPage, controller: Controller, known: Known, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(HistoryPage, "confirm_delete", staticmethod(lambda text, parent: False))

    page.delete_entry(known.strong.id)

    assert known.strong in Store(controller.store.folder).load().events
    assert page.notice.isHidden()


def test_an_urge_edited_moves_to_its_new_hour_on_every_chart(
    page: HistoryPage, controller: Controller, known: Known, monkeypatch: pytest.MonkeyPatch
) -> None:
    moved = replace(known.strong, at=at(26, 7, 5), intensity=3, unsent_message="I miss you")
    monkeypatch.setattr(HistoryPage, "ask_edit", staticmethod(lambda entry, now, parent: moved))

    page.edit_entry(known.strong.id)

    assert Store(controller.store.folder).load().find_event(known.strong.id) == moved
    assert page.hours.count(4, 21) == 0
    assert page.hours.count(3, 7) == 1  # Thursday 26 February, 7:05
    assert page.calendar.fill_color(date(2026, 2, 20)) == calm_color(page.calendar.palette())
    assert page.bars.urges().counts[-4] == 1  # Thu 26 Feb, three days before today


def test_an_edit_into_the_future_is_refused_and_reported(
    page: HistoryPage,
    controller: Controller,
    known: Known,
    clock: FixedClock,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    later = replace(known.quiet, at=clock.now() + timedelta(hours=1))
    monkeypatch.setattr(HistoryPage, "ask_edit", staticmethod(lambda entry, now, parent: later))

    with qtbot.waitSignal(controller.problem) as problem:
        page.edit_entry(known.quiet.id)

    assert "cannot be in the future" in problem.args[0]
    assert Store(controller.store.folder).load().find_event(known.quiet.id) == known.quiet
    assert page.notice.isHidden()


# Keeping the user's place, and the clock


def test_a_change_keeps_the_range_the_selected_rows_and_the_tab(
    page: HistoryPage, controller: Controller, known: Known
) -> None:
    page.set_range(90)
    page.runs.selectRow(1)
    page.tabs.setCurrentWidget(page.entries)
    page.entries.kind_filter.setCurrentIndex(1)  # urges only
    page.entries.select(known.quiet.id)

    controller.log_urge(UrgeKind.TEXT)

    assert page.range_days == 90
    assert page.bars.urges().total == 5
    assert page.runs.selectionModel().selectedRows()[0].row() == 1
    assert page.tabs.currentWidget() is page.entries
    assert page.entries.selected_id() == known.quiet.id
    assert len(page.entries.shown_ids()) == 5


def test_a_page_out_of_sight_catches_up_when_shown(
    page: HistoryPage, controller: Controller, qtbot: QtBot
) -> None:
    page.hide()
    before = page.history

    controller.log_urge(UrgeKind.TEXT)

    assert page.history is before  # nothing worked out while hidden
    page.show()
    qtbot.waitExposed(page)
    assert page.history is not before
    assert page.totals.values["urges"].text() == "5"


def test_only_a_change_to_the_urges_or_contacts_works_the_history_out_again(
    page: HistoryPage, controller: Controller
) -> None:
    before = page.history

    assert controller.add_journal_entry(controller.now().date(), "A calm morning.") is not None
    assert controller.set_goal_done(controller.logbook.goals[0].id, True)

    assert page.history is before  # nothing here comes from the journal or the goals
    assert controller.log_urge(UrgeKind.TEXT) is not None
    assert page.history is not before
    assert page.totals.values["urges"].text() == "5"


def test_the_page_moves_on_with_the_clock(page: HistoryPage, clock: FixedClock) -> None:
    clock.advance(timedelta(hours=3, minutes=1))  # 15:01: day 7 of the current run arrives

    page.check_clock()

    assert page.totals.values["no_contact"].text() == "12 of 12"
    clock.advance(timedelta(hours=9))  # past midnight
    page.check_clock()
    assert page.calendar.days()[-1].day == date(2026, 3, 2)


def test_the_charts_have_names_and_descriptions(page: HistoryPage) -> None:
    for chart in (page.calendar, page.bars, page.hours):
        assert chart.accessibleName()
        assert chart.accessibleDescription()
        assert chart.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert "a run ended on 1 day" in page.calendar.accessibleDescription()
    assert "4 urges over 30 days" in page.bars.accessibleDescription()


# Export


def test_export_writes_csv_and_json_and_the_json_imports_unchanged(
    page: HistoryPage,
    controller: Controller,
    clock: FixedClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = {".csv": tmp_path / "entries", ".json": tmp_path / "everything.json"}
    monkeypatch.setattr(
        HistoryPage, "choose_export_file", staticmethod(lambda parent, suffix: chosen[suffix])
    )

    page.export_csv_button.click()
    page.export_json_button.click()

    with (tmp_path / "entries.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert sorted(row["id"] for row in rows) == sorted(e.id for e in controller.logbook.events)
    assert "everything.json" in page.notice_text.text()
    fresh = Store(tmp_path / "fresh")
    fresh.import_from(tmp_path / "everything.json", clock.now())
    imported = fresh.load()
    assert sorted(imported.events, key=lambda e: e.id) == sorted(
        controller.logbook.events, key=lambda e: e.id
    )
    assert imported.goals == controller.logbook.goals


def test_a_cancelled_export_writes_nothing(
    page: HistoryPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        HistoryPage, "choose_export_file", staticmethod(lambda parent, suffix: None)
    )

    page.export_json_button.click()

    assert page.notice.isHidden()
    assert not list(tmp_path.glob("*.json"))


# Helpers that read the page


def _day(page: HistoryPage, day: date) -> DaySummary:
    (summary,) = [s for s in page.calendar.days() if s.day == day]
    return summary


def _slip_id(page: HistoryPage) -> str:
    (slip,) = [s for day in page.calendar.days() for s in day.slips]
    return slip.id


def test_the_entries_details_column_has_room_for_what_matters(
    page: HistoryPage, qtbot: QtBot
) -> None:
    page.resize(820, 560)  # as in the smallest window
    page.tabs.setCurrentWidget(page.entries)
    qtbot.wait(20)
    table, model = page.entries.table, page.entries.model
    metrics = table.fontMetrics()

    details = [model.index(row, 2).data() for row in range(model.rowCount())]
    assert "they started it; your run went on" in details
    assert "you started it; it ended a run" in details
    for text in details:
        assert metrics.horizontalAdvance(text) < table.columnWidth(2), text
    # The whole sentence is a tooltip away.
    (theirs,) = [row for row, text in enumerate(details) if text.startswith("they")]
    assert model.index(theirs, 2).data(Qt.ItemDataRole.ToolTipRole) == (
        "Contact: A call: they started it; it did not end your run"
    )
    assert table.columnWidth(3) >= 100  # the note keeps some room too
