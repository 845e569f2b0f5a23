"""The calendar of the last twelve months as painted on the History page: each kind of day in its
colour, the legend, the month names, and what hovering a day or moving to it with the keys says."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.pages.history import HistoryPage
from app.ui.theme import dark_palette, light_palette
from app.ui.widgets.calendar_heatmap import CalendarHeatmap
from app.ui.widgets.charts import LEVELS, calm_color, empty_color, ended_color, level_color
from tests.ui.widgets.painted import same, tooltip_for, tooltip_shown

pytestmark = pytest.mark.gui

Role = QPalette.ColorRole


@pytest.fixture
def calendar(history_page: HistoryPage) -> CalendarHeatmap:
    """The calendar as the History page fills it from the known entries."""
    return history_page.calendar


def colour_of_day(calendar: CalendarHeatmap, image: QImage, day: date) -> QColor:
    rect = calendar.day_rect(day)
    assert rect is not None
    return image.pixelColor(rect.center().toPoint())


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_the_calendar_paints_each_kind_of_day_in_its_colour(
    calendar: CalendarHeatmap, palette: QPalette
) -> None:
    calendar.setPalette(palette)
    image = calendar.grab().toImage()

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
        painted = colour_of_day(calendar, image, day)
        assert same(painted, colour), (day, painted.name(), colour.name())
        assert calendar.fill_color(day) is not None


def test_the_legend_names_the_day_of_a_last_contact_apart_from_today_not_counted_yet(
    calendar: CalendarHeatmap,
) -> None:
    legend = calendar.legend_texts()
    assert "Not counted yet" not in legend  # it also marked days that will never count
    assert "Last contact" in legend
    assert "Today, counted later" in legend


@pytest.mark.parametrize("palette", [light_palette(), dark_palette()], ids=["light", "dark"])
def test_today_before_it_counts_is_drawn_apart_from_a_last_contact(
    calendar: CalendarHeatmap, palette: QPalette
) -> None:
    calendar.setPalette(palette)
    image = calendar.grab().toImage()

    def edge(day: date) -> QColor:
        rect = calendar.day_rect(day)
        assert rect is not None
        return image.pixelColor(QPoint(round(rect.center().x()), round(rect.top()) + 1))

    # Sun 1 Mar at noon: day 7 of the run comes at 15:00. Tue 17 Feb: the last contact.
    assert same(edge(date(2026, 3, 1)), calm_color(palette), tolerance=24)
    assert not same(edge(date(2026, 2, 17)), calm_color(palette), tolerance=24)
    assert same(colour_of_day(calendar, image, date(2026, 3, 1)), palette.color(Role.Base))


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
def test_every_month_name_fits_inside_the_calendar(calendar: CalendarHeatmap, width: int) -> None:
    calendar.resize(width, calendar.heightForWidth(width))
    boxes = calendar.month_label_boxes()

    assert boxes
    for box, name in boxes:
        assert box.right() <= calendar.width(), name
    lefts = [box.left() for box, _ in boxes]
    assert lefts == sorted(lefts)


@tooltip_shown
def test_hovering_a_day_says_what_happened(calendar: CalendarHeatmap) -> None:
    rect = calendar.day_rect(date(2026, 2, 22))
    assert rect is not None

    text = tooltip_for(calendar, rect.center().toPoint())

    assert text.splitlines() == [
        "Sun 22 Feb 2026",
        "A run ended at 15:00: A message, you started it: “I wrote first”",
        "The day still counts: your run had reached it before then",
        "No urges logged",
    ]


@tooltip_shown
def test_hovering_a_day_with_urges_names_them_and_the_strongest(
    calendar: CalendarHeatmap,
) -> None:
    rect = calendar.day_rect(date(2026, 2, 20))
    assert rect is not None

    text = tooltip_for(calendar, rect.center().toPoint())

    assert "A day without contact" in text
    assert "1 urge resisted: 1 to text them" in text  # not "Text them 1", a command
    assert "Strongest: 9 of 10" in text


@tooltip_shown
def test_a_contact_they_started_shows_on_its_day_without_ending_a_run(
    calendar: CalendarHeatmap,
) -> None:
    (summary,) = [s for s in calendar.days() if s.day == date(2026, 2, 24)]
    assert summary.no_contact
    assert not summary.slips

    rect = calendar.day_rect(summary.day)
    assert rect is not None
    text = tooltip_for(calendar, rect.center().toPoint())

    assert "Contact at 18:00: A call, they started it; it did not end your run" in text


@tooltip_shown
def test_the_arrow_keys_move_through_the_days_and_enter_lists_one(
    history_page: HistoryPage, calendar: CalendarHeatmap
) -> None:
    def on() -> date:
        assert calendar.cursor_item is not None
        return calendar.days()[calendar.cursor_item].day

    calendar.setFocus()
    assert on() == date(2026, 3, 1)  # today
    QTest.keyClick(calendar, Qt.Key.Key_Left)  # a week back
    QTest.keyClick(calendar, Qt.Key.Key_Up)  # and a day
    assert on() == date(2026, 2, 21)
    assert calendar.accessibleDescription().endswith(
        "Sat 21 Feb 2026; A day without contact; No urges logged"
    )
    QTest.keyClick(calendar, Qt.Key.Key_Home)
    assert on() == calendar.days()[0].day
    QTest.keyClick(calendar, Qt.Key.Key_End)
    QTest.keyClick(calendar, Qt.Key.Key_Left)
    assert on() == date(2026, 2, 22)

    QTest.keyClick(calendar, Qt.Key.Key_Return)

    (slip,) = [s for day in calendar.days() for s in day.slips]
    assert history_page.tabs.currentWidget() is history_page.entries
    assert history_page.entries.shown_ids() == [slip.id]
