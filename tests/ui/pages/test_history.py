"""The History page on known entries: the totals, runs, edits, the charts kept up to date, export.

How each chart paints what the page gives it is tested beside the chart, in tests/ui/widgets.
"""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain.check_ins import CheckIn, Mood, Pull
from app.domain.clock import FixedClock
from app.domain.events import Contact, StartedBy, Urge, UrgeKind, new_id
from app.domain.history import DaySummary
from app.storage.store import Store
from app.ui.controller import Controller
from app.ui.main_window import SMALLEST
from app.ui.pages.history import HistoryPage
from app.ui.pages.today import TodayPage
from app.ui.widgets.charts import calm_color
from tests.conftest import BERLIN
from tests.ui.history_entries import Known, at

pytestmark = pytest.mark.gui


@pytest.fixture
def controller(history_controller: Controller) -> Controller:
    """The controller behind `page`: every test here works on the known entries."""
    return history_controller


@pytest.fixture
def page(history_page: HistoryPage) -> HistoryPage:
    return history_page


def runs_table(page: HistoryPage) -> list[list[str]]:
    table = page.runs
    rows = []
    for row in range(table.rowCount()):
        items = [table.item(row, column) for column in range(table.columnCount())]
        rows.append([item.text() if item is not None else "" for item in items])
    return rows


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


# The urges over a range


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


def test_the_entries_details_column_has_room_for_what_matters(
    page: HistoryPage, qtbot: QtBot
) -> None:
    page.resize(SMALLEST)  # as in the smallest window
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


# The daily check-ins

# The known check-ins: thirteen days from Tue 17 Feb to today, Sun 1 Mar. The pull was strong on
# the three days with urges (four urges) and on two more; lighter on the other eight.
STRONG_PULL_DAYS = (20, 21, 23, 25, 27)


def _day_of(n: int) -> date:
    return date(2026, 2, 17) + timedelta(days=n)


@pytest.fixture
def check_ins(controller: Controller, clock: FixedClock) -> tuple[CheckIn, ...]:
    """The known check-ins, saved by another process and read by the controller."""
    made = []
    for n in range(13):
        day = _day_of(n)
        pull = Pull.STRONG if day.month == 2 and day.day in STRONG_PULL_DAYS else Pull.LIGHT
        mood = Mood(1 + n % 5)  # very hard on Tue 17 Feb, Sun 22 Feb and Fri 27 Feb
        note = "I wrote to them" if day == date(2026, 2, 22) else ""
        moment = datetime(day.year, day.month, day.day, 9, 30, tzinfo=BERLIN)
        made.append(CheckIn(new_id(), day, moment, mood, pull, note))
    with Store(controller.store.folder).transaction(clock.now()) as changes:
        changes.add_check_ins(*made)
    assert controller.refresh()
    return tuple(made)


def test_check_ins_are_listed_newest_first_with_the_mood_and_pull_in_words(
    page: HistoryPage, check_ins: tuple[CheckIn, ...]
) -> None:
    page.tabs.setCurrentWidget(page.check_ins)

    rows = page.check_ins.rows()

    assert page.check_ins.shown.text() == "13 check-ins"
    assert rows[0] == ["Sun 1 Mar 2026", "up and down", "light", ""]
    assert ["Sun 22 Feb 2026", "very hard", "light", "I wrote to them"] in rows
    assert rows[-1] == ["Tue 17 Feb 2026", "very hard", "light", ""]


def test_a_check_in_edited_is_saved_and_the_notice_s_undo_puts_it_back(
    page: HistoryPage,
    controller: Controller,
    check_ins: tuple[CheckIn, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hard_day = next(c for c in check_ins if c.day == date(2026, 2, 22))
    monkeypatch.setattr(
        HistoryPage,
        "ask_check_in_edit",
        staticmethod(lambda check_in, parent: (Mood.MIXED, Pull.MODERATE, "it passed")),
    )
    page.tabs.setCurrentWidget(page.check_ins)
    page.check_ins.select(hard_day.id)

    page.check_ins.edit_button.click()

    saved = Store(controller.store.folder).load().find_check_in(hard_day.id)
    assert (saved.mood, saved.pull, saved.note) == (Mood.MIXED, Pull.MODERATE, "it passed")
    assert ["Sun 22 Feb 2026", "up and down", "moderate", "it passed"] in page.check_ins.rows()
    assert page.notice_text.text() == ("Saved the changes to your check-in for Sun 22 Feb 2026.")

    page.undo_button.click()

    assert Store(controller.store.folder).load().find_check_in(hard_day.id) == hard_day
    assert page.check_ins.selected_id() == hard_day.id
    assert page.notice.isHidden()


def test_a_check_in_deleted_goes_from_the_list_and_the_chart_until_undone(
    page: HistoryPage,
    controller: Controller,
    check_ins: tuple[CheckIn, ...],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def confirm(description: str, parent: QWidget) -> bool:
        asked.append(description)
        return True

    monkeypatch.setattr(HistoryPage, "confirm_delete", staticmethod(confirm))
    today = check_ins[-1]
    page.tabs.setCurrentWidget(page.check_ins)
    page.check_ins.select(today.id)
    page.check_ins.table.setFocus()

    QTest.keyClick(page.check_ins.table, Qt.Key.Key_Delete)

    assert asked == ["your check-in for Sun 1 Mar 2026"]
    assert today.id not in [c.id for c in Store(controller.store.folder).load().check_ins]
    assert page.check_ins.shown.text() == "12 check-ins"
    assert page.moods.days().check_ins[-1] is None
    assert page.notice_text.text() == "Deleted your check-in for Sun 1 Mar 2026."

    page.undo_button.click()

    assert page.check_ins.shown.text() == "13 check-ins"
    assert page.moods.days().check_ins[-1] == today


def test_the_moods_of_the_range_are_said_in_words_beside_the_chart(
    page: HistoryPage, check_ins: tuple[CheckIn, ...]
) -> None:
    # 13 days: moods 1 to 5 in turn from Tue 17 Feb.
    sentence = (
        "Over the last 30 days: 4 okay or good, 3 up and down, 6 hard or very hard, "
        "17 without a check-in."
    )

    assert page.mood_summary.text() == sentence
    assert sentence in page.moods.accessibleDescription()
    assert page.moods.isVisible()

    page.set_range(90)

    assert page.mood_summary.text().startswith("Over the last 90 days: 4 okay or good")
    assert len(page.moods.days().check_ins) == 90


def test_without_check_ins_the_moods_say_so_and_the_chart_is_hidden(page: HistoryPage) -> None:
    assert page.mood_summary.text() == "Over the last 30 days: no check-ins."
    assert page.moods.isHidden()
    assert page.pull_summary.text().startswith("Once you have checked in on a few more days")
    page.tabs.setCurrentWidget(page.check_ins)
    assert page.check_ins.shown.text().startswith("No check-ins yet.")


def test_the_pull_and_the_urges_logged_are_put_side_by_side_in_words(
    page: HistoryPage, check_ins: tuple[CheckIn, ...]
) -> None:
    assert page.pull_summary.text() == (
        "Over the last twelve months, on days you rated the pull strong or overwhelming you "
        "logged 0.8 urges on average; on lighter days, 0.0."
    )


def test_a_check_in_made_on_today_shows_in_history_at_once(
    page: HistoryPage, controller: Controller, check_ins: tuple[CheckIn, ...]
) -> None:
    controller.check_in(Mood.GOOD, Pull.NONE, "a walk by the river")

    assert page.check_ins.rows()[0] == ["Sun 1 Mar 2026", "good", "none", "a walk by the river"]
    assert page.moods.days().check_ins[-1].mood is Mood.GOOD  # type: ignore[union-attr]
