"""CalendarHeatmap: the last twelve months, a column a week, coloured by what each day held."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.history import CALENDAR_WEEKS, WEEKDAYS, Calendar, DaySummary
from app.ui.widgets.charts import (
    LABEL_GAP,
    LEVELS,
    WeekdayGrid,
    calm_color,
    empty_color,
    ended_color,
    level_color,
    mix,
)
from app.ui.wording import day_text, days_text, describe_day, month_name, weekday_names

Role = QPalette.ColorRole

MIN_PITCH = 9.0  # pixels from one cell to the next; below this a day is hard to point at
MAX_PITCH = 17.0
GAP = 0.16  # of the pitch, between cells
MARK = 0.5  # the diameter of the "a run ended" dot, of a cell's side
OUTLINE_TINT = 0.35  # of the text colour, for the edge of a day drawn in the base colour
LEGEND_SWATCH = 11.0
NAMED_ENDINGS = 4  # the days a run ended that the spoken summary names one by one
URGE_COUNT_STEPS = (1, 2, 3, 5, 8)  # this many urges on a day reach each step
# The fills of days without urges, beside the urge levels 1 to LEVELS: before tracking, a day
# without contact, the day of a last contact (a run began; never counted), and today before
# the run reaches its time of day (counted later).
NOT_TRACKED, NO_CONTACT, LAST_CONTACT, NOT_COUNTED_YET = -1, -2, -3, -4
# A legend swatch drawn like a kind of day rather than filled with one colour.
LastContactSwatch = object()
TodaySwatch = object()


def urge_level(summary: DaySummary) -> int:
    """How dark a day's urges paint it, 0 (none) to LEVELS: the stronger or the more, the darker.

    An urge given no intensity still counts by number, so quick one-click days show up too.
    """
    if not summary.urges:
        return 0
    by_count = sum(summary.urges >= least for least in URGE_COUNT_STEPS)
    by_strength = math.ceil(summary.max_intensity / 2) if summary.max_intensity else 0
    return min(LEVELS, max(by_count, by_strength))


class CalendarHeatmap(WeekdayGrid):
    """Every day of the last twelve months: no contact, urges by strength, and runs that ended.

    Hovering a day, or moving to it with the arrow keys, says what happened; Enter or a double
    click asks the page to list that day's entries (`day_activated`).
    """

    day_activated = Signal(object)  # a date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: tuple[DaySummary, ...] = ()
        self._levels: tuple[int, ...] = ()
        self._months: tuple[tuple[int, str], ...] = ()  # the week column each month starts in
        self._run_began: date | None = None  # the local date the current run began
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Calendar of the last twelve months"))
        self.set_summary(self.tr("Nothing recorded yet."))

    # What the page sets

    def set_calendar(self, calendar: Calendar, run_began: date | None = None) -> None:
        """`run_began`: the local date the current run began, never counted (not "yet")."""
        self._days = calendar.days
        self._run_began = run_began
        self._levels = tuple(urge_level(summary) for summary in calendar.days)
        months: list[tuple[int, str]] = []
        for index, summary in enumerate(calendar.days):
            if summary.day.day == 1 or index == 0:
                months.append((index // WEEKDAYS, month_name(summary.day)))
        # The first column's month is named only if the next name leaves it room.
        if len(months) > 1 and months[1][0] - months[0][0] < 3:
            months.pop(0)
        self._months = tuple(months)
        self.set_summary(self._built_summary())
        self.updateGeometry()
        self.update()

    # What tests and the page can ask

    def days(self) -> tuple[DaySummary, ...]:
        return self._days

    def day_rect(self, day: date) -> QRectF | None:
        index = self._index(day)
        return self.item_rect(index) if index is not None else None

    def day_at(self, point: QPointF) -> date | None:
        index = self.item_at(point)
        return self._days[index].day if index is not None else None

    def fill_color(self, day: date) -> QColor | None:
        """The colour a day is filled with (a day a run ended also gets a dot on top)."""
        index = self._index(day)
        return self._fill(index) if index is not None else None

    def ended_color(self) -> QColor:
        return ended_color(self.palette())

    # Chart

    def item_count(self) -> int:
        return len(self._days)

    def item_rect(self, item: int) -> QRectF:
        pitch = self._pitch(self.width())
        column, row = divmod(item, WEEKDAYS)
        side = pitch - self._gap(pitch)
        return QRectF(self.gutter() + column * pitch, self.header() + row * pitch, side, side)

    def item_at(self, point: QPointF) -> int | None:
        pitch = self._pitch(self.width())
        column = math.floor((point.x() - self.gutter()) / pitch)
        row = math.floor((point.y() - self.header()) / pitch)
        if not (0 <= column < CALENDAR_WEEKS and 0 <= row < WEEKDAYS):
            return None
        index = column * WEEKDAYS + row
        return index if index < len(self._days) else None

    def item_text(self, item: int) -> str:
        summary = self._days[item]
        return describe_day(summary, self._days[-1].day, summary.day == self._run_began)

    def step(self, item: int, key: int) -> int | None:
        moves = {
            Qt.Key.Key_Left: -WEEKDAYS,
            Qt.Key.Key_Right: WEEKDAYS,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Down: 1,
        }
        if key not in moves:
            return None
        target = item + moves[Qt.Key(key)]
        return target if 0 <= target < len(self._days) else item

    # Size

    def sizeHint(self) -> QSize:
        width = math.ceil(self.gutter() + CALENDAR_WEEKS * 14)
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        width = math.ceil(self.gutter() + CALENDAR_WEEKS * MIN_PITCH)
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        grid = self.header() + WEEKDAYS * self._pitch(width)
        return math.ceil(grid + LABEL_GAP + self._legend_height(width))

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        palette = self.palette()
        painter.setFont(self.small_font())
        self._paint_labels(painter, palette)
        painter.setPen(Qt.PenStyle.NoPen)
        today_index = len(self._days) - 1
        colours = self._colours()
        for index in range(len(self._days)):
            rect = self.item_rect(index)
            if not rect.intersects(QRectF(event.rect())):
                continue
            painter.setBrush(self._fill(index, colours))
            painter.drawRoundedRect(rect, 2, 2)
            kind = self._kind(index)
            if kind == LAST_CONTACT:
                self._paint_outline(painter, rect)  # the base colour alone can melt into the page
            elif kind == NOT_COUNTED_YET:
                self._paint_outline(painter, rect, calm_color(palette), 2.0)  # on its way
            if self._days[index].slips:
                self._paint_mark(painter, rect)
            if index == today_index:
                painter.setPen(QPen(mix(palette.color(Role.Window), self._ink(), 0.6), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
                painter.setPen(Qt.PenStyle.NoPen)
        self._paint_legend(painter, palette)
        self.paint_cursor(painter)
        painter.end()

    def _paint_labels(self, painter: QPainter, palette: QPalette) -> None:
        metrics = QFontMetricsF(painter.font())
        painter.setPen(palette.color(Role.PlaceholderText))
        pitch = self._pitch(self.width())
        names = weekday_names()
        for row in (0, 2, 4):  # Mon, Wed, Fri: enough to find a weekday without clutter
            box = QRectF(0, self.header() + row * pitch, self.gutter() - LABEL_GAP, pitch)
            align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(box, align, names[row])
        for box, name in self.month_label_boxes(metrics):
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, name)

    def month_label_boxes(self, metrics: QFontMetricsF | None = None) -> list[tuple[QRectF, str]]:
        """Where each month's name is written: over its first week, kept inside the widget."""
        metrics = metrics or QFontMetricsF(self.small_font())
        pitch = self._pitch(self.width())
        boxes = []
        for column, name in self._months:
            width = metrics.horizontalAdvance(name) + 2
            # The newest month can start in one of the last columns: its name ends at the edge
            # of the grid instead of running off it.
            right = self.gutter() + CALENDAR_WEEKS * pitch
            x = min(self.gutter() + column * pitch, max(self.gutter(), right - width))
            boxes.append((QRectF(x, 0, width, metrics.height()), name))
        return boxes

    def _paint_outline(
        self, painter: QPainter, rect: QRectF, colour: QColor | None = None, width: float = 1.0
    ) -> None:
        palette = self.palette()
        if colour is None:
            colour = mix(palette.color(Role.Window), self._ink(), OUTLINE_TINT)
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = width / 2
        painter.drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), 2, 2)
        painter.setPen(Qt.PenStyle.NoPen)

    def _paint_mark(self, painter: QPainter, rect: QRectF) -> None:
        diameter = max(4.0, rect.width() * MARK)
        dot = QRectF(0, 0, diameter, diameter)
        dot.moveCenter(rect.center())
        painter.setBrush(self.ended_color())
        painter.drawEllipse(dot)

    def _paint_legend(self, painter: QPainter, palette: QPalette) -> None:
        metrics = QFontMetricsF(painter.font())
        line = max(metrics.height(), LEGEND_SWATCH) + 2
        top = self.header() + WEEKDAYS * self._pitch(self.width()) + LABEL_GAP
        x, y = 0.0, top
        for swatches, text in self._legend_items(palette):
            width = self._legend_item_width(len(swatches), text, metrics)
            if x > 0 and x + width > self.width():
                x, y = 0.0, y + line
            for colour in swatches:
                swatch = QRectF(x, y + (line - LEGEND_SWATCH) / 2, LEGEND_SWATCH, LEGEND_SWATCH)
                painter.setPen(Qt.PenStyle.NoPen)
                if colour is None:  # the dot of a day a run ended, on a calm day
                    painter.setBrush(calm_color(palette))
                    painter.drawRoundedRect(swatch, 2, 2)
                    self._paint_mark(painter, swatch)
                elif isinstance(colour, QColor):
                    painter.setBrush(colour)
                    painter.drawRoundedRect(swatch, 2, 2)
                else:  # drawn as those days are: the base colour with an outline
                    painter.setBrush(palette.color(Role.Base))
                    painter.drawRoundedRect(swatch, 2, 2)
                    if colour is TodaySwatch:
                        self._paint_outline(painter, swatch, calm_color(palette), 2.0)
                    else:
                        self._paint_outline(painter, swatch)
                x += LEGEND_SWATCH + 2
            painter.setPen(palette.color(Role.PlaceholderText))
            box = QRectF(x + 2, y, metrics.horizontalAdvance(text) + 4, line)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            x += width - len(swatches) * (LEGEND_SWATCH + 2)

    # Inner workings

    def legend_texts(self) -> list[str]:
        return [text for _, text in self._legend_items(self.palette())]

    def _legend_items(self, palette: QPalette) -> list[tuple[list[QColor | object | None], str]]:
        return [
            ([empty_color(palette)], self.tr("Not tracked")),
            ([calm_color(palette)], self.tr("No contact")),
            # Two kinds of day are not counted: say which is which.
            ([LastContactSwatch], self.tr("Last contact")),
            ([TodaySwatch], self.tr("Today, counted later")),
            (
                [level_color(palette, level) for level in range(1, LEVELS + 1)],
                self.tr("Urges: few or mild to many or strong"),
            ),
            ([None], self.tr("A run ended")),
        ]

    def _legend_item_width(self, swatches: int, text: str, metrics: QFontMetricsF) -> float:
        return swatches * (LEGEND_SWATCH + 2) + metrics.horizontalAdvance(text) + 18

    def _legend_height(self, width: int) -> float:
        # Layouts ask the height for a width many times over; the legend wraps by width alone.
        return self.measured(f"legend at {width}", lambda: self._measure_legend(width))

    def _measure_legend(self, width: int) -> float:
        metrics = QFontMetricsF(self.small_font())
        line = max(metrics.height(), LEGEND_SWATCH) + 2
        lines, x = 1, 0.0
        for swatches, text in self._legend_items(self.palette()):
            item = self._legend_item_width(len(swatches), text, metrics)
            if x > 0 and x + item > width:
                lines, x = lines + 1, 0.0
            x += item
        return lines * line

    def _fill(self, index: int, colours: dict[int, QColor] | None = None) -> QColor:
        colours = colours or self._colours()
        return colours[self._kind(index)]

    def _kind(self, index: int) -> int:
        """The urge level (1 to LEVELS) that fills a day, or the kind of day without urges."""
        summary = self._days[index]
        if self._levels[index]:
            return self._levels[index]
        if not summary.tracked:
            return NOT_TRACKED
        if summary.no_contact:
            return NO_CONTACT
        today = index == len(self._days) - 1
        if today and not summary.slips and summary.day != self._run_began:
            return NOT_COUNTED_YET
        return LAST_CONTACT

    def _colours(self) -> dict[int, QColor]:
        """The fills by level, and by the kinds of day without urges: once a paint, not a day."""
        palette = self.palette()
        colours = {level: level_color(palette, level) for level in range(1, LEVELS + 1)}
        colours[NOT_TRACKED] = empty_color(palette)
        colours[NO_CONTACT] = calm_color(palette)
        colours[LAST_CONTACT] = colours[NOT_COUNTED_YET] = palette.color(Role.Base)
        return colours

    def _index(self, day: date) -> int | None:
        if not self._days:
            return None
        offset = (day - self._days[0].day).days
        return offset if 0 <= offset < len(self._days) else None

    def _ink(self) -> QColor:
        return self.palette().color(Role.WindowText)

    def _pitch(self, width: int) -> float:
        room = (width - self.gutter()) / CALENDAR_WEEKS
        return min(MAX_PITCH, max(MIN_PITCH, room))

    @staticmethod
    def _gap(pitch: float) -> float:
        return max(2.0, round(pitch * GAP))

    def _built_summary(self) -> str:
        if not self._days:
            return self.tr("Nothing recorded yet.")
        clear = sum(1 for day in self._days if day.no_contact)
        with_urges = sum(1 for day in self._days if day.urges)
        endings = [day.day for day in self._days if day.slips]
        text = self.tr("From %s to today: %s without contact, urges on %s, a run ended on %s.") % (
            day_text(self._days[0].day),
            days_text(clear),
            days_text(with_urges),
            days_text(len(endings)),
        )
        if endings:
            named = ", ".join(day_text(day) for day in endings[-NAMED_ENDINGS:])
            text += " " + self.tr("The latest: %s.") % named
        return text

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.cursor_item is not None:
            self.day_activated.emit(self._days[self.cursor_item].day)
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if day is not None:
            self.day_activated.emit(day)
            return
        super().mouseDoubleClickEvent(event)
