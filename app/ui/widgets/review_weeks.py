"""UrgeWeeksRow: the urges of each week of the run as a small row of bars, each with its number."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.domain.review import UrgeWeek
from app.ui.wording import urges_text

BAR_HEIGHT = 48  # the busiest week's bar: small, a glance rather than a chart
BAR_WIDTH = 22


class UrgeWeeksRow(QWidget):
    """One bar a week, its height against the busiest week, with the count written above it and
    the week below: the numbers are the figure, the bars only a shape to see them by."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._weeks: tuple[UrgeWeek, ...] = ()
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(12)
        self.setAccessibleName(self.tr("Urges per week"))

    def set_weeks(self, weeks: Sequence[UrgeWeek]) -> None:
        self._weeks = tuple(weeks)
        while (item := self._row.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.setParent(None)  # gone at once, from the screen and the reader's tree
                widget.deleteLater()
        top = max((week.urges for week in self._weeks), default=0)
        for week in self._weeks:
            self._row.addWidget(self._column(week, top))
        self._row.addStretch(1)
        said = "; ".join(f"{self.week_text(w)}: {urges_text(w.urges)}" for w in self._weeks)
        self.setAccessibleDescription(said)
        self.setToolTip(said)

    def weeks(self) -> tuple[UrgeWeek, ...]:
        return self._weeks

    def week_text(self, week: UrgeWeek) -> str:
        """ "Week 3" and, for the week still going on, that it counts so far only."""
        if week.whole:
            return self.tr("Week %d") % week.number
        return self.tr("Week %d, so far") % week.number

    def bars(self) -> list[WeekBar]:
        return self.findChildren(WeekBar)

    def _column(self, week: UrgeWeek, top: int) -> QWidget:
        column = QWidget()
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        count = QLabel(str(week.urges))
        count.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        count.setAccessibleName(f"{self.week_text(week)}: {urges_text(week.urges)}")
        caption = QLabel(self.tr("Week %d") % week.number)
        if not week.whole:
            caption.setText(caption.text() + "\n" + self.tr("so far"))
        caption.setProperty("role", "muted")
        caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(count)
        layout.addWidget(
            WeekBar(week.urges / top if top else 0.0), 0, Qt.AlignmentFlag.AlignHCenter
        )
        layout.addWidget(caption)
        return column


class WeekBar(QWidget):
    """A bar standing on a baseline; a week without urges shows the baseline alone."""

    def __init__(self, share: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share = share
        self.setFixedSize(BAR_WIDTH, BAR_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def bar_height(self) -> float:
        return self.share * (self.height() - 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        bottom = self.height() - 1
        painter.fillRect(QRectF(0, bottom, self.width(), 1), palette.color(QPalette.ColorRole.Mid))
        height = self.bar_height()
        if height > 0:
            bar = QRectF(2, bottom - height, self.width() - 4, height)
            painter.fillRect(bar, palette.color(QPalette.ColorRole.Highlight))
