"""UrgeBarChart: urges per day over the range the page shows, one bar a day, today on the right."""

from __future__ import annotations

import math
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.history import DailyUrges
from app.ui.widgets.charts import LEVELS, Chart, empty_color, level_color
from app.ui.wording import day_text, days_text, decimal_text, urges_text

Role = QPalette.ColorRole

GAP = 0.25  # of a bar's slot, between bars, when bars are wide enough to part
PARTED_FROM = 4.0  # pixels a slot needs before bars get a gap
PAD = 4.0


class UrgeBarChart(Chart):
    """How many urges came each day. The scale tops out at the busiest day of the range."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._daily = DailyUrges(first=date.min, counts=())
        self._top = 0  # the busiest day's urges: the top of the scale
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Urges per day"))
        self.set_summary(self._nothing())

    # What the page sets

    def set_urges(self, daily: DailyUrges) -> None:
        self._daily = daily
        self._top = max(daily.counts, default=0)
        self.set_summary(self._built_summary())
        self.update()

    # What tests and the page can ask

    def urges(self) -> DailyUrges:
        return self._daily

    def top(self) -> int:
        """The count the top of the scale stands for."""
        return self._top

    def plot_rect(self) -> QRectF:
        """The area the bars stand in: a bar of the top count reaches its top edge."""
        line = self.measured("line", lambda: QFontMetricsF(self.small_font()).height())
        label = str(max(self._top, 10))
        gutter = 2 * PAD + self.measured(
            f"label {label}", lambda: QFontMetricsF(self.small_font()).horizontalAdvance(label)
        )
        top = line / 2
        bottom = self.height() - line - PAD
        return QRectF(gutter, top, max(1.0, self.width() - gutter - 1), max(1.0, bottom - top))

    def bar_rect(self, index: int) -> QRectF:
        """The bar of day `index` (0 the first day of the range); empty for a day without urges."""
        return self._bar(self.plot_rect(), index)

    def day_of(self, index: int) -> date:
        return self._daily.first + timedelta(days=index)

    # Chart

    def item_count(self) -> int:
        return len(self._daily.counts)

    def item_rect(self, item: int) -> QRectF:
        return self._slot(self.plot_rect(), item)

    def item_at(self, point: QPointF) -> int | None:
        plot = self.plot_rect()
        count = len(self._daily.counts)
        if not count or not plot.contains(point):
            return None
        return min(count - 1, math.floor((point.x() - plot.left()) / (plot.width() / count)))

    def item_text(self, item: int) -> str:
        return self.tr("%s: %s") % (
            day_text(self.day_of(item)),
            urges_text(self._daily.counts[item]),
        )

    # Size

    def sizeHint(self) -> QSize:
        return QSize(560, 170)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, 120)

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.small_font())
        palette = self.palette()
        plot = self.plot_rect()
        self._paint_scale(painter, palette, plot)
        top = self.top()
        if not top:
            painter.setPen(palette.color(Role.PlaceholderText))
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self._nothing())
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(level_color(palette, LEVELS))
            for index, count in enumerate(self._daily.counts):
                if count:
                    painter.drawRect(self._bar(plot, index))
        self._paint_dates(painter, palette, plot)
        self.paint_cursor(painter)
        painter.end()

    def _paint_scale(self, painter: QPainter, palette: QPalette, plot: QRectF) -> None:
        top = self.top()
        ticks = sorted({0, top, top // 2} if top >= 4 else {0, top})
        metrics = QFontMetricsF(painter.font())
        for tick in ticks:
            y = plot.bottom() - (plot.height() * tick / top if top else 0.0)
            painter.setPen(QPen(empty_color(palette), 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(palette.color(Role.PlaceholderText))
            box = QRectF(0, y - metrics.height() / 2, plot.left() - PAD, metrics.height())
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(box, align, str(tick))

    def _paint_dates(self, painter: QPainter, palette: QPalette, plot: QRectF) -> None:
        count = len(self._daily.counts)
        if not count:
            return
        painter.setPen(palette.color(Role.PlaceholderText))
        metrics = QFontMetricsF(painter.font())
        box = QRectF(plot.left(), plot.bottom() + PAD / 2, plot.width(), metrics.height())
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft, day_text(self._daily.first))
        painter.drawText(box, Qt.AlignmentFlag.AlignRight, self.tr("today"))
        if count > 2:
            middle = day_text(self.day_of(count // 2))
            centre = self._slot(plot, count // 2).center().x()
            width = metrics.horizontalAdvance(middle) + 4
            painter.drawText(
                QRectF(centre - width / 2, box.top(), width, box.height()),
                Qt.AlignmentFlag.AlignHCenter,
                middle,
            )

    # Inner workings

    def _slot(self, plot: QRectF, item: int) -> QRectF:
        width = plot.width() / max(1, len(self._daily.counts))
        return QRectF(plot.left() + item * width, plot.top(), width, plot.height())

    def _bar(self, plot: QRectF, index: int) -> QRectF:
        slot = self._slot(plot, index)
        count, top = self._daily.counts[index], self._top
        height = slot.height() * count / top if top else 0.0
        gap = slot.width() * GAP if slot.width() >= PARTED_FROM else 0.0
        return QRectF(slot.left() + gap / 2, slot.bottom() - height, slot.width() - gap, height)

    def _nothing(self) -> str:
        return self.tr("No urges logged in these days.")

    def _built_summary(self) -> str:
        counts = self._daily.counts
        if not counts or not any(counts):
            return self._nothing()
        busiest = max(range(len(counts)), key=lambda index: (counts[index], index))
        quiet = sum(1 for count in counts if not count)
        return self.tr("%s over %s, %s a day; the most on one day: %d, on %s; %s without any.") % (
            urges_text(sum(counts)),
            days_text(len(counts)),
            decimal_text(sum(counts) / len(counts)),
            counts[busiest],
            day_text(self.day_of(busiest)),
            days_text(quiet),
        )
