"""One growth area on the Goals page: its heading and progress, its goals, and adding one."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.goals import Area, Completion, Goal, Progress, Recurrence, is_done, streak
from app.ui.theme import wrapped_label
from app.ui.widgets.goal_row import GoalRow, recurrence_choice
from app.ui.wording import area_texts


class AreaSection(QWidget):
    """One growth area: its heading and progress, its goals, and a row to add one."""

    add_requested = Signal(str, str, str)  # Area value, the title as typed, Recurrence value

    def __init__(
        self, area: Area, connect_row: Callable[[GoalRow], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.area = area
        self._connect_row = connect_row  # the page hears what the user does in each new row
        self.rows: dict[str, GoalRow] = {}
        title, about = area_texts()[area]

        self.heading = QLabel(title)
        self.heading.setProperty("role", "heading")
        self.progress = QLabel()
        self.progress.setProperty("role", "muted")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.progress)
        description = wrapped_label(about, "muted")
        self.empty = QLabel(self.tr("No goals here yet. Add a small one below."))
        self.empty.setProperty("role", "muted")
        self._rows = QVBoxLayout()
        self._rows.setSpacing(0)

        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("A new goal for %s") % title)
        self.new_title.setAccessibleName(self.tr("New goal for %s") % title)
        self.new_title.returnPressed.connect(self._ask_add)
        self.new_title.textEdited.connect(lambda _text: self.show_message(""))
        self.new_recurrence = recurrence_choice()
        self.new_recurrence.setAccessibleName(self.tr("How often the new goal recurs"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAccessibleName(self.tr("Add the goal to %s") % title)
        self.add_button.clicked.connect(self._ask_add)
        # As tall as the field and the drop-down beside it, not the taller default button.
        self.add_button.setStyleSheet("QPushButton { padding-top: 0px; padding-bottom: 0px; }")
        self.add_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        adding = QHBoxLayout()
        adding.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        adding.addWidget(self.new_title, 1)
        adding.addWidget(self.new_recurrence)
        adding.addWidget(self.add_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(description)
        layout.addWidget(self.empty)
        layout.addLayout(self._rows)
        layout.addLayout(adding)
        layout.addWidget(self.message)

    def show_goals(
        self,
        goals: list[Goal],
        by_goal: Mapping[str, Sequence[Completion]],
        today: date,
        progress: Progress,
    ) -> None:
        """The area's goals in their saved order; rows are kept, made or dropped as needed."""
        if progress.total:
            self.progress.setText(self.tr("%d of %d done") % (progress.done, progress.total))
        else:
            self.progress.setText("")
        self.empty.setVisible(not goals)
        for goal_id in [i for i in self.rows if i not in {g.id for g in goals}]:
            gone = self.rows.pop(goal_id)
            self._rows.removeWidget(gone)
            gone.hide()
            gone.deleteLater()
        wanted = []
        for index, goal in enumerate(goals):
            row = self.rows.get(goal.id)
            if row is None:
                row = self.rows[goal.id] = GoalRow(goal.id)
                self._connect_row(row)
            own = by_goal.get(goal.id, ())
            earlier = [c.day for c in own if c.day < today]
            row.show_goal(
                goal,
                done=is_done(goal, own, today),
                streak=streak(goal, own, today),
                first=index == 0,
                last=index == len(goals) - 1,
                done_on=min(earlier) if goal.recurrence is Recurrence.ONCE and earlier else None,
            )
            wanted.append(row)
        shown = self.ordered_rows()
        if shown != wanted:
            # Taken out and put back in order: the same widgets, so focus stays where it was.
            for row in shown:
                self._rows.removeWidget(row)
            for row in wanted:
                self._rows.addWidget(row)

    def neighbour_of(self, goal_id: str) -> QWidget:
        """Where focus goes when this goal's row is deleted: the next row, or the one before."""
        ids = [row.goal_id for row in self.ordered_rows()]
        others = [i for i in ids if i != goal_id]
        if not others:
            return self.new_title
        index = min(ids.index(goal_id), len(others) - 1)
        return self.rows[others[index]].check

    def focus_chain(self) -> list[QWidget]:
        chain: list[QWidget] = []
        for row in self.ordered_rows():
            chain.extend(row.focus_chain())
        return [*chain, self.new_title, self.new_recurrence, self.add_button]

    def show_message(self, text: str) -> None:
        """Why the title was not taken, under the add row and told to screen readers."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.new_title.setAccessibleDescription(text)

    def clear_new(self) -> None:
        self.new_title.clear()
        self.show_message("")

    def ordered_rows(self) -> list[GoalRow]:
        """The rows in the order the layout shows them."""
        items = (self._rows.itemAt(i) for i in range(self._rows.count()))
        return [w for item in items if item and isinstance(w := item.widget(), GoalRow)]

    def _ask_add(self) -> None:
        self.add_requested.emit(
            self.area.value, self.new_title.text(), self.new_recurrence.currentData()
        )
