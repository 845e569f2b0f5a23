"""CheckInList: every daily check-in, newest first, with the mood and pull in words, to edit or
delete.

A check-in a day makes hundreds of rows over the years: the table reads them through a model
that formats only the rows in view.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QItemSelectionModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.check_ins import CheckIn, Mood, Pull, newest_first
from app.ui.widgets.check_in_card import mood_word, pull_word
from app.ui.widgets.entry_list import EntryTable, ModelIndex, RowsModel
from app.ui.wording import day_text, first_line


class CheckInModel(RowsModel[CheckIn]):
    """The check-ins shown, one a row: the day, the mood, the pull, the note."""

    def check_in(self, row: int) -> CheckIn:
        return self._rows[row]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        check_in = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                day_text(check_in.day),
                mood_word(check_in.mood),
                pull_word(check_in.pull),
                first_line(check_in.note),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return check_in.note or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Day"), self.tr("How it felt"), self.tr("The pull"), self.tr("Note"))[
                section
            ]
        return None


class CheckInList(QWidget):
    edit_requested = Signal(str)  # a check-in's id
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check_ins: tuple[CheckIn, ...] | None = None
        self.shown = QLabel()
        self.shown.setProperty("role", "muted")
        self.model = CheckInModel(self)
        self.table = EntryTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Daily check-ins, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._fit_columns()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected check-in"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected check-in"))

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.shown)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        QWidget.setTabOrder(self.table, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.delete_button)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._edit)
        self.table.edit_pressed.connect(self._edit)
        self.table.delete_pressed.connect(self._delete)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self._update_buttons()

    # What the page sets

    def set_check_ins(self, check_ins: tuple[CheckIn, ...]) -> None:
        """Shows these check-ins newest first, keeping the selected one and the scroll."""
        if check_ins is self._check_ins:
            return
        self._check_ins = check_ins
        selected = self.selected_id()
        scrolled = self.table.verticalScrollBar().value()
        rows = newest_first(check_ins)
        self.model.set_rows(rows)
        if not rows:
            self.shown.setText(self.tr("No check-ins yet. Today has a place for one each day."))
        else:
            self.shown.setText(self.tr("%n check-ins", "", len(rows)))
        if selected is not None:
            self.select(selected)
        self.table.verticalScrollBar().setValue(scrolled)
        self._update_buttons()

    # What tests and the page can ask

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.check_in(rows[0].row()).id if rows else None

    def select(self, check_in_id: str) -> bool:
        row = self.model.row_of(check_in_id)
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

    def rows(self) -> list[list[str]]:
        """The table's text, as the user reads it."""
        return [
            [self.model.index(row, column).data() for column in range(self.model.columnCount())]
            for row in range(self.model.rowCount())
        ]

    # Inner workings

    def _fit_columns(self) -> None:
        """Room for the longest day, mood and pull there can be, worked out from the words, not
        the rows; the note takes what is left."""
        metrics = self.table.fontMetrics()
        padding = 16  # the cell's margins, and a little air
        day = day_text(date(2026, 9, 30))  # a long weekday and month
        for column, texts in enumerate(
            (
                [day, self.model.headerData(0, Qt.Orientation.Horizontal)],
                [*map(mood_word, Mood), self.model.headerData(1, Qt.Orientation.Horizontal)],
                [*map(pull_word, Pull), self.model.headerData(2, Qt.Orientation.Horizontal)],
            )
        ):
            width = max(metrics.horizontalAdvance(text) for text in texts) + padding
            self.table.setColumnWidth(column, width)

    def _update_buttons(self) -> None:
        chosen = self.selected_id() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def _edit(self) -> None:
        check_in_id = self.selected_id()
        if check_in_id is not None:
            self.edit_requested.emit(check_in_id)

    def _delete(self) -> None:
        check_in_id = self.selected_id()
        if check_in_id is not None:
            self.delete_requested.emit(check_in_id)
