"""ThenAndNowSection: the review shown once the target is reached, before the two paths.

The user's first check-ins and journal lines beside the latest, in two dated columns, the urges of
each week, the goals ticked off and the days without contact. It shows and adds no verdict: a
part with nothing in it is left out, not shown empty.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.domain.check_ins import MOOD_WORDS, PULL_WORDS
from app.domain.review import CheckInLine, JournalLine, Review, ThenAndNow
from app.ui.speech import in_window_words
from app.ui.theme import wrapped_label
from app.ui.widgets.review_weeks import UrgeWeeksRow
from app.ui.wording import day_text, days_text

Line = TypeVar("Line", CheckInLine, JournalLine)


class ThenAndNowSection(QFrame):
    """Takes a Review and shows it; holds nothing of its own."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "banner")
        self.setAccessibleName(self.tr("Then and now"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(14, 12, 14, 14)
        self._layout.setSpacing(8)
        heading = QLabel(self.tr("Then and now"))
        heading.setProperty("role", "heading")
        self._layout.addWidget(heading)
        self.days = wrapped_label("")
        self._layout.addWidget(self.days)
        self._parts = QWidget()  # built again for each review; the heading stays
        self._layout.addWidget(self._parts)
        self.urge_weeks: UrgeWeeksRow | None = None

    def set_review(self, review: Review) -> None:
        self.days.setText(
            self.tr("%s without contact, counted from %s.")
            % (days_text(review.days_without_contact), day_text(review.began))
        )
        self._layout.removeWidget(self._parts)
        # Taken out at once, not hidden: nothing of the last review stays in the accessibility tree.
        self._parts.hide()
        self._parts.setParent(None)
        self._parts.deleteLater()
        self._parts = QWidget()
        parts = QVBoxLayout(self._parts)
        parts.setContentsMargins(0, 0, 0, 0)
        parts.setSpacing(8)
        if review.check_ins is not None:
            _begin_part(parts, self.tr("Check-ins"))
            parts.addWidget(self._columns(review.check_ins, self._check_in_words))
        if review.journal is not None:
            _begin_part(parts, self.tr("Journal"))
            parts.addWidget(self._columns(review.journal, lambda line: line.text))
        self.urge_weeks = None
        if review.urge_weeks:
            _begin_part(parts, self.tr("Urges per week"))
            self.urge_weeks = UrgeWeeksRow()
            self.urge_weeks.set_weeks(review.urge_weeks)
            parts.addWidget(self.urge_weeks)
        if review.goals_kept:
            _begin_part(parts, self.tr("Goals ticked off"))
            for goal in review.goals_kept:
                parts.addWidget(
                    wrapped_label(f"{in_window_words(goal.title)}: {self._times(goal.times)}")
                )
        self._layout.addWidget(self._parts)
        self._parts.show()  # at once, not when the event loop next runs

    def _columns(self, lines: ThenAndNow[Line], words: Callable[[Line], str]) -> QWidget:
        """ "Then" and "Now" side by side, each line under its date; "Now" only when it has any."""
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        columns: Sequence[tuple[str, tuple[Line, ...]]] = (
            (self.tr("Then"), lines.first),
            (self.tr("Now"), lines.latest),
        )
        for column, (title, shown) in enumerate(columns):
            if not shown:
                continue
            grid.setColumnStretch(column, 1)
            grid.addWidget(wrapped_label(title, "muted"), 0, column)
            for row, line in enumerate(shown, start=1):
                # Side by side in rows, each from the top: a short line is not spread out to
                # the height of a long one beside it.
                item = _dated(day_text(line.day), words(line))
                grid.addWidget(item, row, column, Qt.AlignmentFlag.AlignTop)
        grid.setRowStretch(max(len(lines.first), len(lines.latest)) + 1, 1)
        return grid_widget

    def _check_in_words(self, line: CheckInLine) -> str:
        answers = self.tr("Mood: %s. Pull: %s.") % (
            QCoreApplication.translate("Mood", MOOD_WORDS[line.mood]),
            QCoreApplication.translate("Pull", PULL_WORDS[line.pull]),
        )
        return f"{answers}\n{line.note}" if line.note else answers

    def _times(self, count: int) -> str:
        return self.tr("%n times", "", count)  # English's catalogue says "once" for one


def _dated(day: str, words: str) -> QWidget:
    """The user's words under the date they are from."""
    item = QWidget()
    layout = QVBoxLayout(item)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    date_label = QLabel(day)
    font = date_label.font()
    font.setWeight(QFont.Weight.DemiBold)
    date_label.setFont(font)
    layout.addWidget(date_label)
    layout.addWidget(wrapped_label(words))
    return item


def _begin_part(parts: QVBoxLayout, title: str) -> None:
    """A part's title, with room above it to set it apart from the part before."""
    parts.addSpacing(6)
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    parts.addWidget(label)
