"""One goal on the Goals page: its tick, how often it recurs, its streak, and its edit controls."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.goals import Goal, Recurrence
from app.ui.speech import goal_title
from app.ui.translation import TranslationContext
from app.ui.widgets.title_box import TitleBox
from app.ui.wording import short_day_text


class Recurring(TranslationContext):
    """How often a goal comes round, and how long it has kept coming round."""


def recurrence_labels() -> dict[Recurrence, str]:
    """What each recurrence is called in the window, in the order the choices are offered."""
    return {
        Recurrence.DAILY: Recurring.tr("Daily"),
        Recurrence.WEEKLY: Recurring.tr("Weekly"),
        Recurrence.ONCE: Recurring.tr("Once"),
    }


def recurrence_choice(parent: QWidget | None = None) -> QComboBox:
    """A drop-down of once, daily and weekly; each item's data is the recurrence's value."""
    combo = QComboBox(parent)
    for recurrence, label in recurrence_labels().items():
        combo.addItem(label, recurrence.value)
    return combo


def streak_text(recurrence: Recurrence, streak: int) -> str:
    """'5 days in a row', '3 weeks in a row'; empty for no run or a one-off goal."""
    if streak <= 0 or recurrence is Recurrence.ONCE:
        return ""
    if recurrence is Recurrence.DAILY:
        return Recurring.tr("%n days in a row", "", streak)
    return Recurring.tr("%n weeks in a row", "", streak)


def _is_move_key(event: QKeyEvent) -> int:
    """-1 for Alt+Up, 1 for Alt+Down, 0 for any other key."""
    if event.modifiers() != Qt.KeyboardModifier.AltModifier:
        return 0
    return {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()), 0)


# A week in each month: among them every weekday and month name, the longest included.
_LONGEST_DAYS = tuple(date(2026, month, day) for month in range(1, 13) for day in range(20, 27))


class GoalRow(QWidget):
    """Sends what the user did as signals; the page turns them into controller calls."""

    ticked = Signal(str, bool)  # goal id, done
    rename_requested = Signal(str, str)  # goal id, the title as typed
    recurrence_chosen = Signal(str, str)  # goal id, a Recurrence value
    move_requested = Signal(str, int)  # goal id, steps (negative: up)
    delete_requested = Signal(str)  # goal id

    def __init__(self, goal_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal_id = goal_id

        self.check = TitleBox()
        self.check.toggled.connect(lambda done: self.ticked.emit(self.goal_id, done))
        self.editor = QLineEdit()
        self.editor.returnPressed.connect(self._ask_rename)
        self.editor.textEdited.connect(lambda _text: self.show_message(""))
        self.streak = QLabel()
        self.streak.setProperty("role", "muted")
        # One width for every row, so titles end and drop-downs start at the same place.
        self.streak.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.streak.setFixedWidth(
            max(
                self.streak.fontMetrics().horizontalAdvance(text)
                for text in (
                    streak_text(Recurrence.DAILY, 88),
                    streak_text(Recurrence.WEEKLY, 88),
                    *(self.tr("done %s") % short_day_text(day) for day in _LONGEST_DAYS),
                )
            )
            + 8
        )
        self.recurrence = recurrence_choice()
        self.recurrence.currentIndexChanged.connect(self._choose_recurrence)
        self.up_button = self._arrow(Qt.ArrowType.UpArrow, -1, self.tr("Move up (Alt+Up)"))
        self.down_button = self._arrow(Qt.ArrowType.DownArrow, 1, self.tr("Move down (Alt+Down)"))
        self.rename_button = self._quiet(self.tr("Rename"), self.start_rename)
        self.delete_button = self._quiet(
            self.tr("Delete"), lambda: self.delete_requested.emit(self.goal_id)
        )
        self.save_button = self._quiet(self.tr("Save"), self._ask_rename)
        self.cancel_button = self._quiet(self.tr("Cancel"), self.stop_rename)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()

        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.check, 1)
        line.addWidget(self.editor, 1)
        line.addWidget(self.streak)
        line.addWidget(self.recurrence)
        line.addWidget(self.up_button)
        line.addWidget(self.down_button)
        for button in (self.rename_button, self.save_button, self.delete_button):
            line.addWidget(button)
        line.addWidget(self.cancel_button)
        # Renaming swaps Rename and Delete for Save and Cancel in the same places: nothing moves.
        for shown, swapped in (
            (self.rename_button, self.save_button),
            (self.delete_button, self.cancel_button),
        ):
            width = max(shown.sizeHint().width(), swapped.sizeHint().width())
            shown.setFixedWidth(width)
            swapped.setFixedWidth(width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(2)
        layout.addLayout(line)
        layout.addWidget(self.message)
        # The controls would keep Alt+Up and Alt+Down to themselves (a drop-down opens its list).
        for control in self.focus_chain():
            control.installEventFilter(self)
        self.stop_rename()

    @property
    def editing(self) -> bool:
        return not self.editor.isHidden()

    def focus_chain(self) -> list[QWidget]:
        """The row's controls in the order Tab visits them."""
        return [
            self.check,
            self.editor,
            self.recurrence,
            self.up_button,
            self.down_button,
            self.rename_button,
            self.save_button,
            self.delete_button,
            self.cancel_button,
        ]

    def show_goal(
        self,
        goal: Goal,
        done: bool,
        streak: int,
        first: bool,
        last: bool,
        done_on: date | None = None,
    ) -> None:
        """Shows the goal as saved; a rename being typed is left as it is. `done_on` is the day
        a one-off goal was done, when that was before today: it no longer counts toward a day."""
        title = goal_title(goal)
        for widget in (self.check, self.recurrence):
            widget.blockSignals(True)  # showing what is saved is not the user choosing it
        self.check.set_title(title)
        self.check.setChecked(done)
        self.recurrence.setCurrentIndex(self.recurrence.findData(goal.recurrence.value))
        for widget in (self.check, self.recurrence):
            widget.blockSignals(False)
        run = streak_text(goal.recurrence, streak)
        if done_on is not None:
            run = self.tr("done %s") % short_day_text(done_on)
        self.streak.setText(run)
        self.check.setAccessibleDescription(
            ", ".join(filter(None, [recurrence_labels()[goal.recurrence], run]))
        )
        self.recurrence.setAccessibleName(self.tr("How often: %s") % title)
        self.up_button.setAccessibleName(self.tr("Move “%s” up") % title)
        self.down_button.setAccessibleName(self.tr("Move “%s” down") % title)
        self.rename_button.setAccessibleName(self.tr("Rename “%s”") % title)
        self.delete_button.setAccessibleName(self.tr("Delete “%s”") % title)
        self.editor.setAccessibleName(self.tr("New title for “%s”") % title)
        self.up_button.setEnabled(not first)
        self.down_button.setEnabled(not last)

    def start_rename(self) -> None:
        self.editor.setText(self.check.title)
        self._set_editing(True)
        self.editor.selectAll()
        self.editor.setFocus()

    def stop_rename(self) -> None:
        # Focus in a control about to be hidden would jump elsewhere; it goes back to the goal.
        had_focus = any(w.hasFocus() for w in (self.editor, self.save_button, self.cancel_button))
        self.show_message("")
        self._set_editing(False)
        if had_focus:
            self.check.setFocus()

    def show_message(self, text: str) -> None:
        """Why a title was not taken; shown under the row and told to screen readers."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.editor.setAccessibleDescription(text)

    # Inner workings

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            steps = _is_move_key(event)
            if steps:
                self.move_requested.emit(self.goal_id, steps)
                return True
            if event.key() == Qt.Key.Key_Escape and watched is self.editor:
                self.stop_rename()
                return True
        return super().eventFilter(watched, event)

    def _set_editing(self, editing: bool) -> None:
        self.check.setVisible(not editing)
        self.rename_button.setVisible(not editing)
        self.delete_button.setVisible(not editing)
        self.editor.setVisible(editing)
        self.save_button.setVisible(editing)
        self.cancel_button.setVisible(editing)

    def _ask_rename(self) -> None:
        self.rename_requested.emit(self.goal_id, self.editor.text())

    def _choose_recurrence(self, index: int) -> None:
        self.recurrence_chosen.emit(self.goal_id, self.recurrence.itemData(index))

    def _arrow(self, arrow: Qt.ArrowType, steps: int, tip: str) -> QToolButton:
        button = QToolButton()
        button.setArrowType(arrow)
        button.setAutoRaise(True)
        button.setMinimumSize(28, 28)  # an easier target than the bare arrow
        button.setToolTip(tip)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.clicked.connect(lambda: self.move_requested.emit(self.goal_id, steps))
        return button

    def _quiet(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setFlat(True)
        button.setProperty("role", "quiet")
        button.clicked.connect(slot)
        return button
