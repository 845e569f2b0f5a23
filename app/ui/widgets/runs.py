"""The runs and the figures across them: the History page's table of runs and its totals."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.domain.status import Status
from app.domain.streaks import Run
from app.ui.wording import contact_text, days_text, moment_text, unbroken

RUN_START = Qt.ItemDataRole.UserRole  # a row's run, by the instant it began
NUMBERS = (2, 3)  # the columns of days and urges, aligned right


class RunsTable(QTableWidget):
    """Every run, newest first: its start, its end or "ongoing", its days and urges, and what
    ended it. Filled again, it keeps the selected run and the scroll."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Started"),
                self.tr("Ended"),
                self.tr("Days"),
                self.tr("Urges"),
                self.tr("What ended it"),
            ]
        )
        self.setAccessibleName(self.tr("Your runs without contact, newest first"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def show_runs(self, runs: Sequence[Run]) -> None:
        selected = self.selected_start()
        scrolled = self.verticalScrollBar().value()
        newest_first = list(reversed(runs))
        self.clearSelection()  # the run selected before may be gone: select it again or none
        self.setRowCount(len(newest_first))
        for row, run in enumerate(newest_first):
            cells = (
                moment_text(run.started_at),
                moment_text(run.ended_at) if run.ended_at else self.tr("ongoing"),
                str(run.days),
                str(run.urges),
                self.ending(run),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in NUMBERS:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == 4 and run.ended_by is not None and run.ended_by.note:
                    item.setToolTip(run.ended_by.note)
                item.setData(RUN_START, run.started_at.timestamp())
                self.setItem(row, column, item)
            if run.started_at.timestamp() == selected:
                self.selectRow(row)
        self.verticalScrollBar().setValue(scrolled)

    def selected_start(self) -> float | None:
        """When the selected run began (POSIX time), or None."""
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.item(rows[0].row(), 0)
        return item.data(RUN_START) if item is not None else None

    def ending(self, run: Run) -> str:
        """What ended a run: the contact, with who started it and its note, or a new plan."""
        if run.is_current:
            return ""
        if run.ended_by is None:
            return self.tr("a new plan")
        return contact_text(run.ended_by)


class Totals(QFrame):
    """The figures across every run: days without contact, the longest run, runs, urges."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 8, 0, 4)
        grid.setVerticalSpacing(0)
        grid.setHorizontalSpacing(24)
        for column, key in enumerate(("no_contact", "longest", "runs", "urges")):
            value = QLabel()
            value.setProperty("role", "figure")
            caption = QLabel()
            caption.setProperty("role", "muted")
            caption.setWordWrap(True)
            grid.addWidget(value, 0, column)
            grid.addWidget(caption, 1, column, Qt.AlignmentFlag.AlignTop)
            grid.setColumnStretch(column, 1)
            self.values[key] = value
            self.captions[key] = caption

    def show_status(self, status: Status) -> None:
        shown = {
            "no_contact": (
                # On the first day "0 of 0" says nothing.
                self.tr("%d of %d") % (status.total_no_contact_days, status.tracked_days)
                if status.tracked_days
                else days_text(0),
                unbroken(
                    self.tr("day without contact, across every run")
                    if status.tracked_days == 1
                    else self.tr("days without contact, across every run", "", status.tracked_days),
                    self.tr("every run"),
                ),
            ),
            "longest": (days_text(status.longest_streak_days), self.tr("your longest run")),
            "runs": (
                str(status.attempts),
                self.tr("run so far")
                if status.attempts == 1
                else self.tr("runs so far", "", status.attempts),
            ),
            "urges": (
                str(status.urges_total),
                self.tr("urge resisted")
                if status.urges_total == 1
                else self.tr("urges resisted", "", status.urges_total),
            ),
        }
        for key, (value, caption) in shown.items():
            self.values[key].setText(value)
            self.captions[key].setText(caption)
            # A name set on a label replaces its text for a screen reader: the figure goes in it.
            self.values[key].setAccessibleName(self.tr("%s: %s") % (caption, value))
