"""EntryList: every urge and contact, newest first, filtered by kind and time, to edit or delete.

Years of entries make tens of thousands of rows, so the table reads them through a model that
formats only the rows in view; the list is sorted once for each new set of entries.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from enum import Enum
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.events import Contact, Event, Urge
from app.domain.wallclock import day_bounds, local_date, zone_of
from app.ui.wording import (
    contact_details,
    contact_labels,
    day_text,
    first_line,
    longest_details,
    moment_text,
    urge_details,
    urge_labels,
    who_text,
)

Entry = Urge | Contact


class _WithId(Protocol):
    @property
    def id(self) -> str: ...


Row = TypeVar("Row", bound=_WithId)
ModelIndex = QModelIndex | QPersistentModelIndex
ENTRY_ID = Qt.ItemDataRole.UserRole


class Kinds(Enum):
    ALL = "all"
    URGES = "urges"
    CONTACTS = "contacts"


PERIODS = (None, 30, 90, 365)  # any time, then the last so many days
_WANTED: dict[Kinds, tuple[type[Entry], ...]] = {
    Kinds.ALL: (Urge, Contact),
    Kinds.URGES: (Urge,),
    Kinds.CONTACTS: (Contact,),
}


@dataclass(frozen=True)
class _Sorted:
    """The entries newest first, with their instants for filtering by time."""

    entries: tuple[Entry, ...]
    moments: tuple[float, ...]


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows of entries with ids, four columns each: what the History tables share."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: Sequence[Row] = ()

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_of(self, entry_id: str) -> int | None:
        return next((row for row, e in enumerate(self._rows) if e.id == entry_id), None)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4


class EntryModel(RowsModel[Entry]):
    """The entries shown, one a row: when, what, details, note."""

    def entry(self, row: int) -> Entry:
        return self._rows[row]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        if role == ENTRY_ID:
            return entry.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell(entry, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 3:
                return self._full_note(entry) or None
            if index.column() in (1, 2):
                return self._full_text(entry)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("Entry"), self.tr("Details"), self.tr("Note"))[section]
        return None

    def _cell(self, entry: Entry, column: int) -> str:
        if column == 0:
            return moment_text(entry.at)
        if isinstance(entry, Urge):
            if column == 1:
                return self.tr("Urge: %s") % urge_labels()[entry.kind]
            if column == 2:
                return urge_details(entry)
            return first_line(entry.note)
        if column == 1:
            return self.tr("Contact: %s") % contact_labels()[entry.kind]
        if column == 2:
            return contact_details(entry)
        return first_line(entry.note)

    def _full_text(self, entry: Entry) -> str:
        """The entry and its details in whole sentences, for a column too narrow for them."""
        if isinstance(entry, Urge):
            return f"{self._cell(entry, 1)}: {urge_details(entry)}"
        return f"{self._cell(entry, 1)}: {who_text(entry)}"

    @staticmethod
    def _full_note(entry: Entry) -> str:
        if isinstance(entry, Urge) and entry.unsent_message.strip():
            return f"{entry.note}\n\n{entry.unsent_message}".strip()
        return entry.note.strip()


class EntryTable(QTableView):
    """Enter edits the entry, Delete deletes it."""

    edit_pressed = Signal()
    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_pressed.emit()
            return
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class EntryList(QWidget):
    edit_requested = Signal(str)  # an entry's id
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: tuple[Event, ...] | None = None
        self._sorted = _Sorted((), ())
        self._now: datetime | None = None
        self._pending: tuple[tuple[Event, ...], datetime] | None = None  # to show when in view

        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Show entries of the kind"))
        for kind, label in (
            (Kinds.ALL, self.tr("Urges and contacts")),
            (Kinds.URGES, self.tr("Urges")),
            (Kinds.CONTACTS, self.tr("Contacts")),
        ):
            self.kind_filter.addItem(label, kind)
        self.period_filter = QComboBox()
        self.period_filter.setAccessibleName(self.tr("Show entries from"))
        for days, label in zip(
            PERIODS,
            (
                self.tr("Any time"),
                self.tr("The last 30 days"),
                self.tr("The last 90 days"),
                self.tr("The last 12 months"),
            ),
            strict=True,
        ):
            self.period_filter.addItem(label, days)
        self.shown = QLabel()
        self.shown.setProperty("role", "muted")

        self.model = EntryModel(self)
        self.table = EntryTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Urges and contacts, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fit_columns()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected entry"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected entry"))

        filters = QHBoxLayout()
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.period_filter)
        filters.addWidget(self.shown, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        for first, second in (
            (self.kind_filter, self.period_filter),
            (self.period_filter, self.table),
            (self.table, self.edit_button),
            (self.edit_button, self.delete_button),
        ):
            QWidget.setTabOrder(first, second)

        self.kind_filter.currentIndexChanged.connect(self._refill)
        self.period_filter.currentIndexChanged.connect(self._period_chosen)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._edit)
        self.table.edit_pressed.connect(self._edit)
        self.table.delete_pressed.connect(self._delete)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self._update_buttons()

    # What the page sets

    def set_entries(self, events: tuple[Event, ...], now: datetime) -> None:
        """Shows these entries, keeping the filters, the selected entry and the scroll.

        While the list is out of sight they are only kept: sorting years of entries waits
        until it is shown or asked about.
        """
        self._pending = (events, now)
        if self.isVisible():
            self._take_pending()

    def show_day(self, day: date) -> None:
        """Lists only the entries of one local date, as chosen on the calendar."""
        self.period_filter.blockSignals(True)  # one refill, once the day is in place
        if self.period_filter.count() > len(PERIODS):
            self.period_filter.removeItem(len(PERIODS))
        self.period_filter.addItem(self.tr("On %s") % day_text(day), day)
        self.period_filter.setCurrentIndex(len(PERIODS))
        self.period_filter.blockSignals(False)
        if self._pending is not None:
            self._take_pending()
        else:
            self._refill()

    # What tests and the page can ask

    def selected_id(self) -> str | None:
        self._take_pending()
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry(rows[0].row()).id if rows else None

    def select(self, entry_id: str) -> bool:
        self._take_pending()
        row = self.model.row_of(entry_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def shown_ids(self) -> list[str]:
        self._take_pending()
        return [self.model.entry(row).id for row in range(self.model.rowCount())]

    # Inner workings

    def _fit_columns(self) -> None:
        """Room for the longest time, urge and details there can be, worked out from the words,
        not the rows (there may be tens of thousands); the note takes what is left."""
        metrics = self.table.fontMetrics()
        padding = 16  # the cell's margins, and a little air
        when = moment_text(datetime(2026, 9, 30, 23, 59, tzinfo=UTC))  # a long weekday and month
        # Urge kinds; a contact's longer kind is elided, its tooltip saying it whole.
        # In the model's words, as the column shows them.
        urge = QCoreApplication.translate("EntryModel", "Urge: %s")
        kinds = [urge % label for label in urge_labels().values()]
        for column, texts in enumerate(([when], kinds, longest_details())):
            width = max(metrics.horizontalAdvance(text) for text in texts) + padding
            self.table.setColumnWidth(column, width)

    def showEvent(self, event: QShowEvent) -> None:
        self._take_pending()
        super().showEvent(event)

    def _take_pending(self) -> None:
        if self._pending is None:
            return
        events, now = self._pending
        self._pending = None
        if events is not self._events:
            self._events = events
            entries = sorted(
                ((e.at.timestamp(), e.id, e) for e in events if isinstance(e, Urge | Contact)),
                reverse=True,
            )
            self._sorted = _Sorted(
                tuple(entry for _, _, entry in entries), tuple(at for at, _, _ in entries)
            )
        self._now = now
        self._refill()

    def _refill(self) -> None:
        if self._now is None:
            return
        selected = self.selected_id()
        scrolled = self.table.verticalScrollBar().value()
        kind = self.kind_filter.currentData()
        wanted = _WANTED[kind]
        start, end = self._span()
        entries, moments = self._sorted.entries, self._sorted.moments
        rows = [
            entry
            for entry, at in zip(entries, moments, strict=True)
            if start <= at < end and isinstance(entry, wanted)
        ]
        self.model.set_rows(rows)
        self.shown.setText(self.tr("%n entries", "", len(rows)))
        if selected is not None:
            self.select(selected)
        self.table.verticalScrollBar().setValue(scrolled)
        self._update_buttons()

    def _span(self) -> tuple[float, float]:
        """The instants the period filter lets through, from (included) and to (excluded)."""
        assert self._now is not None
        chosen = self.period_filter.currentData()
        zone = zone_of(self._now)
        if isinstance(chosen, date):
            begins, ends = day_bounds(chosen, zone)
            return begins.timestamp(), ends.timestamp()
        if chosen is None:
            return float("-inf"), float("inf")
        today = local_date(self._now, zone)
        return day_bounds(today - timedelta(days=chosen - 1), zone)[0].timestamp(), float("inf")

    def _period_chosen(self) -> None:
        chosen = self.period_filter.currentData()
        if not isinstance(chosen, date) and self.period_filter.count() > len(PERIODS):
            self.period_filter.blockSignals(True)  # a day chosen on the calendar, now left
            self.period_filter.removeItem(len(PERIODS))
            self.period_filter.blockSignals(False)
        if self._pending is not None:
            self._take_pending()
        else:
            self._refill()

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _edit(self) -> None:
        entry_id = self.selected_id()
        if entry_id is not None:
            self.edit_requested.emit(entry_id)

    def _delete(self) -> None:
        entry_id = self.selected_id()
        if entry_id is not None:
            self.delete_requested.emit(entry_id)
