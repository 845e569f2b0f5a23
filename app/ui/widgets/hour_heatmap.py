"""HourHeatmap: urges by hour of the day and day of the week, to show the user's risky times."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.history import HOURS, WEEKDAYS, HourMatrix
from app.ui.widgets.charts import (
    LABEL_GAP,
    LEVELS,
    WeekdayGrid,
    empty_color,
    level_color,
    share_level,
)
from app.ui.wording import urges_text, weekday_names

Role = QPalette.ColorRole

MIN_PITCH = 12.0
MAX_PITCH = 24.0
GAP = 0.12
LEGEND_SWATCH = 11.0
RISKIEST = 3  # the busiest cells the spoken summary names
HOUR_LABELS = range(0, HOURS, 3)


class HourHeatmap(WeekdayGrid):
    """A row per weekday, Monday first, and a column per hour; darker cells held more urges."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: tuple[tuple[int, ...], ...] = tuple((0,) * HOURS for _ in range(WEEKDAYS))
        self._most = 0
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Urges by hour and weekday"))
        self.set_summary(self._nothing())

    # What the page sets

    def set_matrix(self, matrix: HourMatrix) -> None:
        self._counts = matrix.counts
        self._most = matrix.most
        self.set_summary(self._built_summary())
        self.update()

    # What tests and the page can ask

    def count(self, weekday: int, hour: int) -> int:
        return self._counts[weekday][hour]

    def cell_rect(self, weekday: int, hour: int) -> QRectF:
        return self.item_rect(weekday * HOURS + hour)

    def cell_color(self, weekday: int, hour: int) -> QColor:
        level = share_level(self._counts[weekday][hour], self._most)
        palette = self.palette()
        return level_color(palette, level) if level else empty_color(palette)

    # Chart

    def item_count(self) -> int:
        return WEEKDAYS * HOURS

    def item_rect(self, item: int) -> QRectF:
        weekday, hour = divmod(item, HOURS)
        pitch = self._pitch(self.width())
        side = pitch - max(2.0, round(pitch * GAP))
        return QRectF(self.gutter() + hour * pitch, self.header() + weekday * pitch, side, side)

    def item_at(self, point: QPointF) -> int | None:
        pitch = self._pitch(self.width())
        hour = math.floor((point.x() - self.gutter()) / pitch)
        weekday = math.floor((point.y() - self.header()) / pitch)
        if 0 <= hour < HOURS and 0 <= weekday < WEEKDAYS:
            return weekday * HOURS + hour
        return None

    def item_text(self, item: int) -> str:
        weekday, hour = divmod(item, HOURS)
        count = self._counts[weekday][hour]
        text = self.tr("%s, %02d:00 to %02d:00: %s") % (
            self._plural_weekdays()[weekday],
            hour,
            (hour + 1) % HOURS,
            urges_text(count),
        )
        if count and count == self._most:
            text += self.tr(" (the most of any hour)")
        return text

    def step(self, item: int, key: int) -> int | None:
        weekday, hour = divmod(item, HOURS)
        if key == Qt.Key.Key_Left:
            hour = max(0, hour - 1)
        elif key == Qt.Key.Key_Right:
            hour = min(HOURS - 1, hour + 1)
        elif key == Qt.Key.Key_Up:
            weekday = max(0, weekday - 1)
        elif key == Qt.Key.Key_Down:
            weekday = min(WEEKDAYS - 1, weekday + 1)
        else:
            return None
        return weekday * HOURS + hour

    # Size

    def sizeHint(self) -> QSize:
        width = math.ceil(self.gutter() + HOURS * 22)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = math.ceil(self.gutter() + HOURS * MIN_PITCH)
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        legend = max(QFontMetricsF(self.small_font()).height(), LEGEND_SWATCH) + 2
        return math.ceil(self.header() + WEEKDAYS * self._pitch(width) + LABEL_GAP + legend)

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.small_font())
        palette = self.palette()
        self._paint_labels(painter, palette)
        painter.setPen(Qt.PenStyle.NoPen)
        colours = [empty_color(palette)] + [level_color(palette, n) for n in range(1, LEVELS + 1)]
        for weekday, row in enumerate(self._counts):
            for hour, count in enumerate(row):
                painter.setBrush(colours[share_level(count, self._most)])
                painter.drawRoundedRect(self.cell_rect(weekday, hour), 2, 2)
        self._paint_legend(painter, palette)
        self.paint_cursor(painter)
        painter.end()

    def _paint_labels(self, painter: QPainter, palette: QPalette) -> None:
        painter.setPen(palette.color(Role.PlaceholderText))
        pitch = self._pitch(self.width())
        gutter = self.gutter()
        for weekday, name in enumerate(weekday_names()):
            box = QRectF(0, self.header() + weekday * pitch, gutter - LABEL_GAP, pitch)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(box, align, name)
        metrics = QFontMetricsF(painter.font())
        for hour in HOUR_LABELS:
            text = f"{hour:02d}"
            box = QRectF(gutter + hour * pitch, 0, metrics.horizontalAdvance(text) + 2, pitch)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)

    def _paint_legend(self, painter: QPainter, palette: QPalette) -> None:
        metrics = QFontMetricsF(painter.font())
        line = max(metrics.height(), LEGEND_SWATCH) + 2
        top = self.header() + WEEKDAYS * self._pitch(self.width()) + LABEL_GAP
        x = self.gutter()
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setPen(palette.color(Role.PlaceholderText))
        fewer = self.tr("None")
        painter.drawText(QRectF(x, top, metrics.horizontalAdvance(fewer) + 4, line), align, fewer)
        x += metrics.horizontalAdvance(fewer) + 6
        painter.setPen(Qt.PenStyle.NoPen)
        colours = [empty_color(palette)] + [level_color(palette, n) for n in range(1, LEVELS + 1)]
        for colour in colours:
            painter.setBrush(colour)
            swatch = QRectF(x, top + (line - LEGEND_SWATCH) / 2, LEGEND_SWATCH, LEGEND_SWATCH)
            painter.drawRoundedRect(swatch, 2, 2)
            x += LEGEND_SWATCH + 2
        painter.setPen(palette.color(Role.PlaceholderText))
        more = self.tr("The most urges")
        painter.drawText(QRectF(x + 4, top, metrics.horizontalAdvance(more) + 4, line), align, more)

    # Inner workings

    def _nothing(self) -> str:
        return self.tr("No urges logged in these days.")

    def _plural_weekdays(self) -> tuple[str, ...]:
        return (
            self.tr("Mondays"),
            self.tr("Tuesdays"),
            self.tr("Wednesdays"),
            self.tr("Thursdays"),
            self.tr("Fridays"),
            self.tr("Saturdays"),
            self.tr("Sundays"),
        )

    def _built_summary(self) -> str:
        cells = [
            (count, weekday, hour)
            for weekday, row in enumerate(self._counts)
            for hour, count in enumerate(row)
            if count
        ]
        if not cells:
            return self._nothing()
        cells.sort(key=lambda cell: (-cell[0], cell[1], cell[2]))
        names = weekday_names()
        busiest = ", ".join(
            self.tr("%s %02d:00 (%s)") % (names[weekday], hour, urges_text(count))
            for count, weekday, hour in cells[:RISKIEST]
        )
        return self.tr("When urges come most: %s.") % busiest

    def _pitch(self, width: int) -> float:
        return min(MAX_PITCH, max(MIN_PITCH, (width - self.gutter()) / HOURS))
