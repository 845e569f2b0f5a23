"""The History page: the totals, the calendar, urge patterns, the runs, every past entry, and
the daily check-ins."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.check_in_figures import PullAndUrges, mood_days, pull_and_urges
from app.domain.check_ins import CheckIn
from app.domain.errors import InvalidEntry
from app.domain.events import Contact, Urge
from app.domain.history import RANGE_DAYS, History, history
from app.domain.intents import Touched
from app.domain.status import Status
from app.domain.wallclock import local_date, zone_of
from app.ui.controller import Controller
from app.ui.dialogs.export_file import encrypted_or_not, export_file, saved_encrypted_text
from app.ui.dialogs.places import suggested_file
from app.ui.theme import wrapped_label
from app.ui.widgets.bar_chart import UrgeBarChart
from app.ui.widgets.calendar_heatmap import CalendarHeatmap
from app.ui.widgets.check_in_list import CheckInList
from app.ui.widgets.entry_list import EntryList
from app.ui.widgets.hour_heatmap import HourHeatmap
from app.ui.widgets.mood_chart import MoodChart, mood_sentence
from app.ui.widgets.page_width import KeepCentred
from app.ui.widgets.runs import RunsTable, Totals
from app.ui.widgets.undo_banner import UndoBanner
from app.ui.wording import (
    contact_phrases,
    day_text,
    days_text,
    decimal_text,
    moment_text,
    urge_phrase,
    urges_text,
)

if TYPE_CHECKING:
    from app.ui.dialogs.check_in import CheckInAnswers

# Days pass with the clock, not only with entries: the totals grow when a run's day arrives and
# the calendar moves on at midnight. A look this often costs one status (well under a ms).
CLOCK_CHECK_MS = 30_000
DEFAULT_RANGE = 30
MOST_OFTEN = 2  # urge kinds the range's summary names
MAX_WIDTH = 1100  # the calendar at its largest, and charts that stay readable across


class HistoryPage(QWidget):
    """History: the calendar, the charts of urges, the runs, and every entry to edit or delete."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._controller = controller
        self.history: History | None = None  # what the page shows
        self._shown_key: tuple[date, int, int] | None = None
        # The entry or check-in as the notice's Undo puts it back.
        self._undoes: Urge | Contact | CheckIn | None = None
        self._stale = False  # the entries changed while the page was out of sight

        heading = QLabel(self.tr("History"))
        heading.setProperty("role", "heading")
        self.export_csv_button = QPushButton(self.tr("Export CSV…"))
        self.export_csv_button.setToolTip(
            self.tr("Every urge, contact and plan, for a spreadsheet")
        )
        self.export_csv_button.clicked.connect(lambda: self.export(".csv"))
        self.export_json_button = QPushButton(self.tr("Export JSON…"))
        self.export_json_button.setToolTip(
            self.tr("Everything, goals and journal too; Settings can import it again")
        )
        self.export_json_button.clicked.connect(lambda: self.export(".json"))
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.export_csv_button)
        top.addWidget(self.export_json_button)

        self.notice = UndoBanner(self.tr("Undo the change to the entry"))
        self.notice_text = self.notice.text
        self.undo_button = self.notice.undo_button
        self.notice.undo_requested.connect(self.undo_change)

        self.totals = Totals()
        self.encouragement = QLabel()
        self.encouragement.setProperty("role", "muted")
        self.encouragement.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._build_patterns(), self.tr("Calendar and urges"))
        self.tabs.addTab(self._build_runs(), self.tr("Runs"))
        self.entries = EntryList()
        self.entries.edit_requested.connect(self.edit_entry)
        self.entries.delete_requested.connect(self.delete_entry)
        self.tabs.addTab(self.entries, self.tr("Entries"))
        self.check_ins = CheckInList()
        self.check_ins.edit_requested.connect(self.edit_check_in)
        self.check_ins.delete_requested.connect(self.delete_check_in)
        self.tabs.addTab(self.check_ins, self.tr("Check-ins"))
        self.calendar.day_activated.connect(self.show_day)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.totals)
        layout.addWidget(self.encouragement)
        layout.addWidget(self.tabs, 1)
        self.centred = KeepCentred(self, MAX_WIDTH)
        for first, second in (
            (self.export_csv_button, self.export_json_button),
            (self.export_json_button, self.undo_button),
            (self.undo_button, self.tabs),
        ):
            QWidget.setTabOrder(first, second)

        controller.changed.connect(self._follow)
        self.clock_timer = QTimer(self, interval=CLOCK_CHECK_MS)
        self.clock_timer.timeout.connect(self.check_clock)
        self.clock_timer.start()
        self.show_entries()

    def _build_patterns(self) -> QScrollArea:
        calendar_heading = QLabel(self.tr("The last twelve months"))
        calendar_heading.setProperty("role", "heading")
        calendar_hint = wrapped_label(
            self.tr(
                "Each square is a day. Point at one, or move with the arrow keys, to see what "
                "happened; double-click or press Enter to list that day's entries."
            ),
            "muted",
        )
        self.calendar = CalendarHeatmap()

        urges_heading = QLabel(self.tr("Urges"))
        urges_heading.setProperty("role", "heading")
        self.range_buttons: dict[int, QRadioButton] = {}
        self._ranges = QButtonGroup(self)
        range_row = QHBoxLayout()
        range_row.addWidget(QLabel(self.tr("Show the last")))
        for days, label in zip(
            RANGE_DAYS,
            (self.tr("30 days"), self.tr("90 days"), self.tr("12 months")),
            strict=True,
        ):
            button = QRadioButton(label)
            button.setAccessibleName(self.tr("Show urges over the last %s") % label)
            self._ranges.addButton(button, days)
            self.range_buttons[days] = button
            range_row.addWidget(button)
        range_row.addStretch(1)
        self.range_buttons[DEFAULT_RANGE].setChecked(True)
        self._ranges.idToggled.connect(lambda days, on: self.set_range(days) if on else None)
        self.range_summary = QLabel()
        self.range_summary.setWordWrap(True)
        self.bars = UrgeBarChart()
        self.hours_hint = hours_hint = wrapped_label(
            self.tr(
                "When urges come, by weekday and hour. The hours in the deepest colour are good "
                "times to plan something kind for yourself: a call with a friend, a walk, an "
                "early night."
            ),
            "muted",
        )
        self.hours = HourHeatmap()
        moods_heading = QLabel(self.tr("How the days felt"))
        moods_heading.setProperty("role", "heading")
        self.moods = MoodChart()
        self.mood_summary = wrapped_label("")
        self.pull_summary = wrapped_label("", "muted")

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 12, 12, 12)
        column.setSpacing(8)
        column.addWidget(calendar_heading)
        column.addWidget(calendar_hint)
        column.addWidget(self.calendar)
        column.addSpacing(16)
        column.addWidget(urges_heading)
        column.addLayout(range_row)
        column.addWidget(self.range_summary)
        column.addWidget(self.bars)
        column.addSpacing(8)
        column.addWidget(hours_hint)
        column.addWidget(self.hours)
        column.addSpacing(16)
        column.addWidget(moods_heading)
        column.addWidget(self.mood_summary)
        column.addWidget(self.moods)
        column.addWidget(self.pull_summary)
        column.addStretch(1)
        self.patterns = QScrollArea()
        self.patterns.setWidget(content)
        self.patterns.setWidgetResizable(True)
        self.patterns.setFrameShape(QFrame.Shape.NoFrame)
        self.patterns.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes on to the charts
        return self.patterns

    def _build_runs(self) -> QWidget:
        self.runs = RunsTable()
        self.runs_hint = wrapped_label(
            self.tr(
                "A run ends only with contact you started that was not necessary. The days of "
                "every run stay counted."
            ),
            "muted",
        )
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(self.runs_hint)
        layout.addWidget(self.runs, 1)
        return holder

    # What the page shows

    @property
    def range_days(self) -> int:
        return self._ranges.checkedId()

    def show_entries(self) -> None:
        """Everything again from the controller's entries, keeping the user's place.

        Out of sight, the page only notes that it is out of date: an urge logged on Today must
        not wait for a year of history to be worked out again.
        """
        if self.history is not None and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        status = self._controller.status()
        now = status.now
        self.history = history(self._controller.logbook, now, status)
        self._shown_key = _clock_key(status)
        self.totals.show_status(status)
        self.encouragement.setText(self._encouragement(status))
        began = local_date(status.runs[-1].started_at, zone_of(now)) if status.runs else None
        self.calendar.set_calendar(self.history.calendar, began)
        self._show_range()
        self.runs.show_runs(status.runs)
        self.entries.set_entries(self._controller.logbook.events, now)
        self.show_check_ins()

    def show_check_ins(self) -> None:
        """The check-ins again: their list, the moods of the range and the pull beside urges."""
        if self.history is None:
            return
        check_ins = self._controller.logbook.check_ins
        self.check_ins.set_check_ins(check_ins)
        self._show_moods()
        urges_on = {summary.day: summary.urges for summary in self.history.calendar.days}
        self.pull_summary.setText(self._pull_text(pull_and_urges(check_ins, urges_on)))
        self._follow_undo()

    def _follow(self, touched: Touched) -> None:
        # Everything here is worked out from the urges and contacts, and the check-ins.
        if Touched.EVENTS in touched:
            self.show_entries()
        elif Touched.CHECK_INS in touched:
            self.show_check_ins()

    def check_clock(self) -> None:
        """Shows the figures again when a day has passed or a run's day has arrived."""
        if not self.isVisible():
            return  # showing the page looks again
        if self._stale or _clock_key(self._controller.status()) != self._shown_key:
            self.show_entries()

    def set_range(self, days: int) -> None:
        """Shows urges over the last `days` days (30, 90 or 365): a slice of what is worked out."""
        button = self.range_buttons[days]
        if not button.isChecked():
            button.setChecked(True)  # comes back here through the button group
            return
        self._show_range()
        self._show_moods()

    def show_day(self, day: date) -> None:
        """Lists the entries of one day, as a double-click on the calendar asks."""
        self.entries.show_day(day)
        self.tabs.setCurrentWidget(self.entries)
        self.entries.table.setFocus()

    # What the user does

    def edit_entry(self, entry_id: str) -> None:
        entry = self._entry(entry_id)
        if entry is None:
            return
        edited = self.ask_edit(entry, self._controller.now(), self)
        if edited is None or edited == entry:
            return
        if self._controller.edit_entry(edited) is None:
            return  # the controller said why
        self._show_notice(self.tr("Saved the changes to %s.") % self._describe(edited), entry)
        self.entries.select(entry_id)

    def delete_entry(self, entry_id: str) -> None:
        entry = self._entry(entry_id)
        if entry is None or not self.confirm_delete(self._describe(entry), self):
            return
        if self._controller.delete_entry(entry_id) is None:
            return
        self._show_notice(self.tr("Deleted %s.") % self._describe(entry), entry)

    def edit_check_in(self, check_in_id: str) -> None:
        check_in = self._check_in(check_in_id)
        if check_in is None:
            return
        answers = self.ask_check_in_edit(check_in, self)
        if answers is None:
            return
        edited = self._controller.edit_check_in(check_in_id, *answers)
        if edited is None or edited == check_in:
            return  # the controller said why, or nothing changed
        self._show_notice(self.tr("Saved the changes to %s.") % self._describe(check_in), check_in)
        self.check_ins.select(check_in_id)

    def delete_check_in(self, check_in_id: str) -> None:
        check_in = self._check_in(check_in_id)
        if check_in is None or not self.confirm_delete(self._describe(check_in), self):
            return
        if self._controller.delete_check_in(check_in_id) is None:
            return
        self._show_notice(self.tr("Deleted %s.") % self._describe(check_in), check_in)

    def undo_change(self) -> None:
        """The notice's Undo: takes back the edit or delete it names, whatever was done since."""
        undoes, self._undoes = self._undoes, None
        self.notice.hide()
        if isinstance(undoes, CheckIn):
            if self._controller.undo_check_in_change(undoes.id):
                self.check_ins.select(undoes.id)
        elif undoes is not None and self._controller.undo_entry_change(undoes.id):
            self.entries.select(undoes.id)

    def export(self, suffix: str) -> None:
        """Saves a copy of the entries as CSV or JSON (`suffix` ".csv" or ".json")."""
        keeping = self._controller.keeping
        chosen = self.choose_export_file(self, suffix)
        path = None if chosen is None else export_file(chosen, suffix, self)
        encrypted = None if path is None else encrypted_or_not(keeping.protected, path, self)
        if path is None or encrypted is None:
            return
        # The save dialog, or the question after it, asked before replacing a file.
        if not keeping.export(path, overwrite=True, encrypted=encrypted):
            return
        said = saved_encrypted_text(path) if encrypted else self.tr("Saved a copy to %s.") % path
        self._show_notice(said, None)

    # Questions to the user, each replaceable in tests

    @classmethod
    def ask_edit(
        cls, entry: Urge | Contact, now: datetime, parent: QWidget
    ) -> Urge | Contact | None:
        """The entry as the user edited it, or None when they cancel."""
        from app.ui.dialogs.entry import ask_edit  # loaded when first opened

        return ask_edit(entry, now, parent)

    @classmethod
    def ask_check_in_edit(cls, check_in: CheckIn, parent: QWidget) -> CheckInAnswers | None:
        """The check-in's new answers, or None when the user cancels."""
        from app.ui.dialogs.check_in import CheckInEditor  # loaded when first opened

        return CheckInEditor.ask(check_in, parent)

    @classmethod
    def confirm_delete(cls, description: str, parent: QWidget) -> bool:
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("HistoryPage", "Delete this entry?"),
            QCoreApplication.translate(
                "HistoryPage", "Delete %s? Every figure is worked out again, and you can undo this."
            )
            % description,
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def choose_export_file(cls, parent: QWidget, suffix: str) -> Path | None:
        kinds = {
            ".csv": QCoreApplication.translate("HistoryPage", "CSV, the entries (*.csv)"),
            ".json": QCoreApplication.translate("HistoryPage", "JSON, everything (*.json)"),
        }
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("HistoryPage", "Export"),
            suggested_file(f"holdfast-export{suffix}"),
            kinds[suffix],
        )
        return Path(name) if name else None

    # Inner workings

    def _show_range(self) -> None:
        if self.history is None:
            return
        days = self.range_days
        daily = self.history.urges_per_day(days)
        self.bars.set_urges(daily)
        self.hours.set_matrix(self.history.hour_matrix(days))
        summary = self.history.urge_summary(days)
        # With nothing to chart, the one line says so; empty charts would only say it again.
        for chart in (self.bars, self.hours_hint, self.hours):
            chart.setVisible(bool(summary.total))
        if not summary.total:
            self.range_summary.setText(self.tr("No urges logged in these days."))
            return
        # Each with its count: "A and B" alone would read as a tie.
        often = self.tr(", then ").join(
            self.tr("%s (%d)") % (urge_phrase(kind), count)
            for kind, count in summary.by_kind[:MOST_OFTEN]
        )
        # The average is over the days tracked, not days before tracking began.
        self.range_summary.setText(
            self.tr("%s resisted over %s, %s a day. Most often: %s.")
            % (
                urges_text(summary.total),
                days_text(summary.days),
                decimal_text(summary.per_day),
                often,
            )
        )

    def _show_moods(self) -> None:
        if self.history is None:
            return
        days = mood_days(self._controller.logbook.check_ins, self.history.today, self.range_days)
        self.moods.set_days(days)
        self.moods.setVisible(bool(days.checked_in))
        self.mood_summary.setText(mood_sentence(days))

    def _pull_text(self, figures: PullAndUrges | None) -> str:
        if figures is None:
            return self.tr(
                "Once you have checked in on a few more days, some with a strong pull and some "
                "lighter, this will show how the pull and your urges go together."
            )
        return self.tr(
            "Over the last twelve months, on days you rated the pull strong or overwhelming you "
            "logged %s urges on average; on lighter days, %s."
        ) % (decimal_text(figures.strong_average), decimal_text(figures.lighter_average))

    def _encouragement(self, status: Status) -> str:
        if not status.tracking:
            return self.tr(
                "Your history begins with your no-contact period. Set the date of your last "
                "contact in Settings to start it."
            )
        if status.attempts > 1:
            return self.tr(
                "A slip starts a new run; it never takes away the days before it. "
                "Every one of them is still yours."
            )
        return self.tr("Every day here is one you held. They add up.")

    def _entry(self, entry_id: str) -> Urge | Contact | None:
        try:
            entry = self._controller.logbook.find_event(entry_id)
        except InvalidEntry:
            return None  # deleted elsewhere a moment ago; the list follows
        return entry if isinstance(entry, Urge | Contact) else None

    def _check_in(self, check_in_id: str) -> CheckIn | None:
        try:
            return self._controller.logbook.find_check_in(check_in_id)
        except InvalidEntry:
            return None  # deleted elsewhere a moment ago; the list follows

    def _describe(self, entry: Urge | Contact | CheckIn) -> str:
        if isinstance(entry, CheckIn):
            return self.tr("your check-in for %s") % day_text(entry.day)
        if isinstance(entry, Urge):
            return self.tr("%s from %s") % (urge_phrase(entry.kind), moment_text(entry.at))
        return self.tr("the contact from %s (%s)") % (
            moment_text(entry.at),
            contact_phrases()[entry.kind],
        )

    def _show_notice(self, text: str, undoes: Urge | Contact | CheckIn | None) -> None:
        self._undoes = undoes
        self.notice.say(text, undo=undoes is not None)

    def _follow_undo(self) -> None:
        """Hides the notice's Undo once its change was taken back another way (Ctrl+Z)."""
        undoes = self._undoes
        if undoes is None:
            return
        current = (
            self._check_in(undoes.id) if isinstance(undoes, CheckIn) else self._entry(undoes.id)
        )
        if current == undoes:
            self._undoes = None
            self.notice.hide()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.check_clock()


def _clock_key(status: Status) -> tuple[date, int, int]:
    """What changes with the clock alone: the date, and the days counted and tracked."""
    return (
        local_date(status.now, zone_of(status.now)),
        status.total_no_contact_days,
        status.tracked_days,
    )
