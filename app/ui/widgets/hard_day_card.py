"""On a day the user said would be hard: its name in their words, and the plan they made for it.

Nothing here speaks of the other person or of reaching out: the card keeps the user company
whichever way they lean, healing first or not. The label and plan are the user's own words and
are shown as they wrote them, never as rich text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.hard_dates import HardDate
from app.ui.theme import wrapped_label


class HardDayCard(QFrame):
    """Hidden on other days; on a hard day, each of its hard dates with its plan, or a calm line
    and a way to make one; and the help, one click away."""

    plan_requested = Signal(str)  # the id of a hard date without a plan: the user will make one
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "banner")
        self.setAccessibleName(self.tr("Today may be hard"))
        self._shown: tuple[HardDate, ...] = ()
        self._days = QVBoxLayout()
        self._days.setSpacing(10)
        self.help = QPushButton(self.tr("If it is hard right now"))
        self.help.setFlat(True)
        self.help.setProperty("role", "quiet")
        self.help.clicked.connect(self.help_requested)
        # One row, the help beside the words: on Today every line of height is the ring's.
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addLayout(self._days, 1)
        layout.addWidget(self.help, 0, Qt.AlignmentFlag.AlignBottom)
        self.hide()

    def show_days(self, hard_dates: Sequence[HardDate]) -> None:
        """The hard dates that fall today (none: the card hides). Called every second by the
        page: the card is built again only when what it shows changes."""
        shown = tuple(hard_dates)
        if shown == self._shown:
            return
        self._shown = shown
        while (item := self._days.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # at once: deleted later, it would show until the next paint
                widget.deleteLater()
        for hard_date in shown:
            day = self._day(hard_date)
            self._days.addWidget(day)
            day.show()  # now, not once the layout's queued show comes: what is read is there
        self.setVisible(bool(shown))

    def texts(self) -> list[str]:
        """Every line the card shows, in order: what a user reads."""
        return [label.text() for label in self.findChildren(QLabel) if label.isVisibleTo(self)]

    def _day(self, hard_date: HardDate) -> QWidget:
        day = QWidget()
        column = QVBoxLayout(day)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        name = _own_words(hard_date.label, "heading")
        column.addWidget(name)
        if hard_date.plan:
            # One label: the plan follows the words that lead to it, a line less on Today.
            column.addWidget(
                _own_words(self.tr("Today may be hard. Your plan: %s") % hard_date.plan)
            )
            return day
        calm = wrapped_label(
            self.tr(
                "Today may be hard, and that is all right. Go gently: do something kind for "
                "yourself, and stay near someone you trust."
            )
        )
        add = QPushButton(self.tr("Make a plan for today…"))
        add.setAccessibleName(self.tr("Make a plan for %s") % hard_date.label)
        add.clicked.connect(lambda: self.plan_requested.emit(hard_date.id))
        row = QHBoxLayout()
        row.addWidget(calm, 1)
        row.addWidget(add, 0, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(row)
        return day


def _own_words(text: str, role: str = "") -> QLabel:
    """The user's words as they wrote them: their line breaks kept, nothing read as markup."""
    label = wrapped_label(text, role)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
