"""MoodChart: how each day felt over the range the page shows, one bar a checked-in day.

A bar stands as high as the mood's step, from very hard (the lowest) to good (the highest), and
its colour deepens with it; the words of the top and bottom steps stand beside the bars, so the
colour never says anything alone. A day without a check-in has no bar.
"""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.check_in_figures import MoodDays
from app.domain.check_ins import Mood
from app.ui.widgets.charts import Chart, empty_color, level_color
from app.ui.widgets.check_in_card import mood_word, pull_word
from app.ui.wording import day_text

Role = QPalette.ColorRole

GAP = 0.25  # of a bar's slot, between bars, when bars are wide enough to part
PARTED_FROM = 4.0  # pixels a slot needs before bars get a gap
PAD = 4.0


def mood_sentence(days: MoodDays) -> str:
    """The chart in one plain sentence, "Over the last 30 days: 12 okay or good, 5 hard or very
    hard.", for the page and a screen reader."""
    translate = QCoreApplication.translate
    span = translate("MoodChart", "Over the last %d days") % len(days.check_ins)
    if not days.checked_in:
        return translate("MoodChart", "%s: no check-ins.") % span
    parts = [
        text % count
        for text, count in (
            (translate("MoodChart", "%d okay or good"), days.okay_or_good),
            (translate("MoodChart", "%d up and down"), days.up_and_down),
            (translate("MoodChart", "%d hard or very hard"), days.hard),
        )
        if count
    ]
    unchecked = len(days.check_ins) - days.checked_in
    if unchecked:
        parts.append(translate("MoodChart", "%d without a check-in") % unchecked)
    return translate("MoodChart", "%s: %s.") % (span, ", ".join(parts))


class MoodChart(Chart):
    """The mood of each day of a range, today on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days = MoodDays(first=date.min, check_ins=())
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("How each day felt"))
        self.set_summary(self.tr("No check-ins in these days."))

    # What the page sets

    def set_days(self, days: MoodDays) -> None:
        self._days = days
        self.set_summary(mood_sentence(days))
        self.update()

    # What tests and the page can ask

    def days(self) -> MoodDays:
        return self._days

    def plot_rect(self) -> QRectF:
        """The area the bars stand in: a good day's bar reaches its top edge."""
        line = self.measured("line", lambda: QFontMetricsF(self.small_font()).height())
        gutter = 2 * PAD + self.measured("gutter", self._gutter)
        top = line / 2
        bottom = self.height() - line - PAD
        return QRectF(gutter, top, max(1.0, self.width() - gutter - 1), max(1.0, bottom - top))

    def bar_rect(self, index: int) -> QRectF:
        """The bar of day `index` (0 the first day of the range); empty without a check-in."""
        slot = self.item_rect(index)
        check_in = self._days.check_ins[index]
        height = slot.height() * check_in.mood / max(Mood) if check_in is not None else 0.0
        gap = slot.width() * GAP if slot.width() >= PARTED_FROM else 0.0
        return QRectF(slot.left() + gap / 2, slot.bottom() - height, slot.width() - gap, height)

    # Chart

    def item_count(self) -> int:
        return len(self._days.check_ins)

    def item_rect(self, item: int) -> QRectF:
        plot = self.plot_rect()
        width = plot.width() / max(1, self.item_count())
        return QRectF(plot.left() + item * width, plot.top(), width, plot.height())

    def item_at(self, point: QPointF) -> int | None:
        plot = self.plot_rect()
        count = self.item_count()
        if not count or not plot.contains(point):
            return None
        return min(count - 1, math.floor((point.x() - plot.left()) / (plot.width() / count)))

    def item_text(self, item: int) -> str:
        day = day_text(self._days.day_of(item))
        check_in = self._days.check_ins[item]
        if check_in is None:
            return self.tr("%s: no check-in") % day
        text = self.tr("%s: %s; the pull: %s") % (
            day,
            mood_word(check_in.mood),
            pull_word(check_in.pull),
        )
        return f"{text}\n{check_in.note}" if check_in.note else text

    # Size

    def sizeHint(self) -> QSize:
        return QSize(560, 120)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 90)

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.small_font())
        palette = self.palette()
        plot = self.plot_rect()
        self._paint_scale(painter, palette, plot)
        painter.setPen(Qt.PenStyle.NoPen)
        for index, check_in in enumerate(self._days.check_ins):
            if check_in is not None:
                painter.setBrush(level_color(palette, check_in.mood))
                painter.drawRect(self.bar_rect(index))
        self._paint_dates(painter, palette, plot)
        self.paint_cursor(painter)
        painter.end()

    def _paint_scale(self, painter: QPainter, palette: QPalette, plot: QRectF) -> None:
        """A line at the bottom and top steps, each with its word."""
        metrics = QFontMetricsF(painter.font())
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for mood in (Mood.VERY_HARD, Mood.GOOD):
            y = plot.bottom() - plot.height() * mood / max(Mood)
            painter.setPen(QPen(empty_color(palette), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(palette.color(Role.PlaceholderText))
            box = QRectF(0, y - metrics.height() / 2, plot.left() - PAD, metrics.height())
            painter.drawText(box, align, mood_word(mood))

    def _paint_dates(self, painter: QPainter, palette: QPalette, plot: QRectF) -> None:
        if not self.item_count():
            return
        painter.setPen(palette.color(Role.PlaceholderText))
        metrics = QFontMetricsF(painter.font())
        box = QRectF(plot.left(), plot.bottom() + PAD / 2, plot.width(), metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft, day_text(self._days.first))
        painter.drawText(box, Qt.AlignmentFlag.AlignRight, self.tr("today"))

    def _gutter(self) -> float:
        metrics = QFontMetricsF(self.small_font())
        return max(metrics.horizontalAdvance(mood_word(m)) for m in (Mood.VERY_HARD, Mood.GOOD))
