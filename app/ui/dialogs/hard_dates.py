"""Hard dates: the days the user knows will be hard, soonest first, each with its plan.

Opened from Settings, the Holdfast menu, and Today's card on a hard day without a plan. Each
change is saved at once through the controller; a removal can be undone here, and every change
from the window's Edit > Undo.
"""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.hard_dates import MAX_LABEL_LENGTH, HardDate, next_occurrence, soonest_first
from app.domain.intents import Touched
from app.domain.wallclock import local_date, zone_of
from app.ui.controller import Controller
from app.ui.qt_time import from_qdate, to_qdate
from app.ui.theme import wrapped_label
from app.ui.widgets.undo_banner import UndoBanner
from app.ui.wording import calendar_day_format, day_text, first_line

PLAN_PREVIEW = 60  # characters of a plan's first line in the list; the form shows all of it
# Shown with the year only for a date that comes once: a yearly one has no year of its own.


class HardDatesDialog(QDialog):
    def __init__(
        self, controller: Controller, parent: QWidget | None = None, *, editing: str = ""
    ) -> None:
        """With `editing`, the id of a hard date, its form is open, at its plan."""
        super().__init__(parent)
        self._controller = controller
        self._editing: HardDate | None = None  # what the form changes; None: it adds one
        self.setWindowTitle(self.tr("Holdfast: hard dates"))

        intro = wrapped_label(
            self.tr(
                "The days you know will be hard: a birthday, an anniversary, a holiday. The "
                "evening before, Holdfast says tomorrow may be hard, naming nothing; on the "
                "day, Today shows your plan."
            ),
            "muted",
        )
        self.empty = wrapped_label(
            self.tr("No hard dates yet. Add one, and a small plan for it, whenever you like."),
            "muted",
        )
        self.dates = QListWidget()
        self.dates.setAccessibleName(self.tr("Hard dates, soonest first"))
        self.dates.setSpacing(3)
        self.dates.currentRowChanged.connect(self._follow_selection)
        self.dates.itemActivated.connect(lambda _item: self._open_selected())
        self.add_button = QPushButton(self.tr("Add a hard date"))
        self.add_button.clicked.connect(self.open_new)
        self.edit_button = QPushButton(self.tr("Change…"))
        self.edit_button.clicked.connect(self._open_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        self.banner = UndoBanner(self.tr("Undo removing the hard date"))
        self.banner.undo_requested.connect(self._undo_removal)
        self._removed_id = ""

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.dates, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addWidget(self._form())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        # Enter in the label saves the form; made default, a list button would act instead.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self.resize(560, 520)

        self._fill()
        controller.changed.connect(self._follow)
        if editing:
            self.open_date(editing)

    # The form: one hard date, added or changed

    def _form(self) -> QGroupBox:
        self.form = QGroupBox()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setAccessibleName(self.tr("Date"))
        self.yearly = QCheckBox(self.tr("Every year"))
        self.yearly.toggled.connect(self._show_year)
        self._show_year(False)
        self.label = QLineEdit()
        self.label.setMaxLength(MAX_LABEL_LENGTH)
        self.label.setPlaceholderText(self.tr("such as: their birthday"))
        self.label.setAccessibleName(self.tr("Label"))
        self.label.returnPressed.connect(self.save)
        self.plan = QPlainTextEdit()
        self.plan.setTabChangesFocus(True)
        self.plan.setPlaceholderText(
            self.tr("What you will do that day, and who you will be with. You can add it later.")
        )
        self.plan.setAccessibleName(self.tr("Plan"))
        self.plan.setMaximumHeight(self.plan.fontMetrics().lineSpacing() * 6)
        # Why the last save was refused, in the domain's words: one line, what to do.
        self.refused = wrapped_label("", "muted")
        self.refused.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.close_form)
        when = QHBoxLayout()
        when.addWidget(self.date)
        when.addWidget(self.yearly)
        when.addStretch(1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.save_button)
        form = QFormLayout(self.form)
        form.addRow(self.tr("Date"), when)
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Plan"), self.plan)
        form.addRow("", self.refused)
        form.addRow("", actions)
        self.form.hide()
        return self.form

    def open_new(self) -> None:
        self._editing = None
        self.form.setTitle(self.tr("Add a hard date"))
        self.yearly.setChecked(True)  # the days people name first, birthdays, come every year
        self.date.setDate(to_qdate(self._today()))
        self.label.clear()
        self.plan.clear()
        self._open_form(self.label)

    def open_date(self, hard_date_id: str) -> None:
        """The form for this hard date, at its plan."""
        held = next((h for h in self._controller.logbook.hard_dates if h.id == hard_date_id), None)
        if held is None:
            return  # removed meanwhile: the list shows what there is
        self._editing = held
        self.form.setTitle(self.tr("Change this hard date"))
        self.yearly.setChecked(held.yearly)
        self.date.setDate(to_qdate(_shown_day(held, self._today())))
        self.label.setText(held.label)
        self.plan.setPlainText(held.plan)
        self._open_form(self.plan)

    def close_form(self) -> None:
        self._editing = None
        self.form.hide()
        self.refused.hide()

    def save(self) -> bool:
        """Saves the form; False when the domain refused it, said in the form's one line."""
        month, day, year = self._chosen_day()
        label, plan = self.label.text(), self.plan.toPlainText()
        with self._controller.problems_told() as refused:
            if self._editing is None:
                saved = self._controller.add_hard_date(month, day, year, label, plan)
                said = self.tr("Added “%s”.")
            else:
                saved = self._controller.edit_hard_date(
                    self._editing.id, month, day, year, label, plan
                )
                said = self.tr("Saved “%s”.")
        if saved is None:
            self.refused.setText(self.tr("Not saved: %s.") % "; ".join(refused))
            self.refused.show()
            return False
        self.close_form()
        self._select(saved.id)
        self.banner.say(said % saved.label)
        return True

    def done(self, result: int) -> None:
        """A plan still in the form when the dialog closes is kept; one refused keeps the dialog
        open, with the reason, to be put right or cancelled."""
        if self.form.isVisible() and self._form_changed() and not self.save():
            return
        super().done(result)

    def _form_changed(self) -> bool:
        label, plan = self.label.text().strip(), self.plan.toPlainText().strip()
        held = self._editing
        if held is None:
            return bool(label or plan)
        kept = (held.month, held.day, held.year, held.label, held.plan)
        return (*self._chosen_day(), label, plan) != kept

    def _chosen_day(self) -> tuple[int, int, int | None]:
        chosen = from_qdate(self.date.date())
        return chosen.month, chosen.day, None if self.yearly.isChecked() else chosen.year

    def _open_form(self, focus: QWidget) -> None:
        self.banner.hide()
        self.refused.hide()
        self.form.show()
        focus.setFocus()

    def _show_year(self, yearly: bool) -> None:
        self.date.setDisplayFormat(calendar_day_format(with_year=not yearly))

    # The list

    def _fill(self) -> None:
        chosen = self._selected_id()
        today = self._today()
        self.dates.clear()
        for hard_date, next_day in soonest_first(self._controller.logbook.hard_dates, today):
            item = QListWidgetItem(self._row_text(hard_date, next_day, today))
            item.setData(Qt.ItemDataRole.UserRole, hard_date.id)
            self.dates.addItem(item)
        self.empty.setVisible(not self.dates.count())
        self.dates.setVisible(bool(self.dates.count()))
        self._select(chosen)

    def _row_text(self, hard_date: HardDate, next_day: date | None, today: date) -> str:
        if next_day is None:
            assert hard_date.once_on is not None  # only a date that comes once can pass
            when = self.tr("passed on %s") % day_text(hard_date.once_on)
        elif next_day == today:
            when = self.tr("today")
        else:
            when = self.tr("next on %s") % day_text(next_day)
        how = self.tr("every year") if hard_date.yearly else self.tr("once")
        plan = (
            self.tr("plan: %s") % first_line(hard_date.plan, PLAN_PREVIEW)
            if hard_date.plan
            else self.tr("no plan yet")
        )
        return f"{hard_date.label}\n{when}  ·  {how}  ·  {plan}"

    def row_texts(self) -> list[str]:
        """The list as a user reads it, soonest first."""
        return [self.dates.item(row).text() for row in range(self.dates.count())]

    def _follow(self, touched: Touched) -> None:
        if Touched.HARD_DATES in touched:
            self._fill()

    def _follow_selection(self) -> None:
        chosen = bool(self._selected_id())
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _selected_id(self) -> str:
        item = self.dates.currentItem()
        return "" if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def _select(self, hard_date_id: str) -> None:
        for row in range(self.dates.count()):
            if self.dates.item(row).data(Qt.ItemDataRole.UserRole) == hard_date_id:
                self.dates.setCurrentRow(row)
                return
        self.dates.setCurrentRow(-1)
        self._follow_selection()

    def _open_selected(self) -> None:
        if chosen := self._selected_id():
            self.open_date(chosen)

    def _remove_selected(self) -> None:
        chosen = self._selected_id()
        if not chosen:
            return
        if self._editing is not None and self._editing.id == chosen:
            self.close_form()
        with self._controller.problems_told() as refused:
            removed = self._controller.remove_hard_date(chosen)
        if removed is None:
            self.banner.say(self.tr("Not removed: %s.") % "; ".join(refused))
            return
        self._removed_id = removed.id
        self.banner.say(self.tr("Removed “%s”.") % removed.label, undo=True)

    def _undo_removal(self) -> None:
        if self._controller.undo_hard_date_removal(self._removed_id):
            self._select(self._removed_id)
            self.banner.say(self.tr("Put back."))
        else:
            self.banner.hide()  # another process changed it meanwhile: the list shows what is

    def _today(self) -> date:
        now = self._controller.now()
        return local_date(now, zone_of(now))


def _shown_day(hard_date: HardDate, today: date) -> date:
    """The day the date field shows for `hard_date`: a one-off date's own, a yearly one's next;
    a yearly 29 February in the next leap year, so that saving it unchanged keeps the 29th."""
    if (once := hard_date.once_on) is not None:
        return once
    if (hard_date.month, hard_date.day) == (2, 29):
        year = next(y for y in range(today.year, today.year + 9) if calendar.isleap(y))
        return date(year, 2, 29)
    shown = next_occurrence(hard_date, today)
    return shown if shown is not None else date(today.year, hard_date.month, hard_date.day)
