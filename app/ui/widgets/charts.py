"""What the History page's painted charts share: colours from the palette, tooltips, a cursor.

Every chart is a grid of items (days, bars, hours) numbered from 0. The pointer's tooltip and the
keyboard's cursor both name one item; a subclass says where each item is and what it holds.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from app.ui.wording import weekday_names

Role = QPalette.ColorRole

LEVELS = 5  # steps of the sequential scale, from a little to a lot
# How far along from the base colour to the highlight each step lies; the first step must stand
# out from the page, the last is the highlight itself.
FIRST_STEP = 0.32
EMPTY_TINT = 0.1  # how much of the text colour greys a cell with nothing to show
CALM_TINT = 0.4  # how much of the calm colour tints a day without contact
MEASURES_KEPT = 64
LABEL_GAP = 6.0  # between a label and what it names
SMALL_TEXT = 0.9  # of the widget's font, for the labels around a chart


def mix(base: QColor, tint: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount,
    )


def on_dark(palette: QPalette) -> bool:
    return palette.color(Role.Window).lightnessF() < palette.color(Role.WindowText).lightnessF()


def empty_color(palette: QPalette) -> QColor:
    """A cell with nothing in it: a day not tracked, an hour without urges."""
    return mix(palette.color(Role.Window), palette.color(Role.WindowText), EMPTY_TINT)


def level_color(palette: QPalette, level: int) -> QColor:
    """Step `level` (1 to LEVELS) of the scale from the base colour to the highlight."""
    level = min(max(level, 1), LEVELS)
    amount = FIRST_STEP + (1 - FIRST_STEP) * (level - 1) / (LEVELS - 1)
    return mix(palette.color(Role.Base), palette.color(Role.Highlight), amount)


def calm_color(palette: QPalette) -> QColor:
    """A day without contact and without urges: a quiet lavender, apart from the urge scale."""
    return mix(palette.color(Role.Base), palette.color(Role.LinkVisited), CALM_TINT)


def ended_color(palette: QPalette) -> QColor:
    """The mark of a day a run ended: a warm terracotta that reads on both backgrounds."""
    return QColor("#f0906f") if on_dark(palette) else QColor("#b9512f")


def share_level(count: int, most: int) -> int:
    """The step of `count` on a scale whose top is `most`: 0 for none, 1 to LEVELS otherwise."""
    if count <= 0 or most <= 0:
        return 0
    return max(1, min(LEVELS, -(-count * LEVELS // most)))


class Chart(QWidget):
    """A painted chart of items with tooltips, a keyboard cursor and a spoken summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cursor: int | None = None
        self._summary = ""
        self._measured: dict[str, float] = {}  # text sizes, kept until the font changes
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # What a chart says about itself

    def item_count(self) -> int:
        raise NotImplementedError

    def item_rect(self, item: int) -> QRectF:
        """Where item `item` is painted, in the widget's coordinates."""
        raise NotImplementedError

    def item_at(self, point: QPointF) -> int | None:
        """The item under `point`, or None."""
        raise NotImplementedError

    def item_text(self, item: int) -> str:
        """What the tooltip says about an item."""
        raise NotImplementedError

    def step(self, item: int, key: int) -> int | None:
        """The item an arrow key moves the cursor to; the default moves along the items."""
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            return item - 1
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            return item + 1
        return None

    def tooltip_at(self, point: QPointF) -> str:
        item = self.item_at(point)
        return self.item_text(item) if item is not None else ""

    @property
    def cursor_item(self) -> int | None:
        """The item the keyboard is on, or None before the chart had focus."""
        return self._cursor

    def set_cursor_item(self, item: int | None) -> None:
        count = self.item_count()
        if item is not None:
            item = min(max(item, 0), count - 1) if count else None
        if item != self._cursor:
            self._cursor = item
            self._describe()
            self.update()

    # For subclasses

    def small_font(self) -> QFont:
        """The font of the labels around the chart."""
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * SMALL_TEXT))
        return font

    def set_summary(self, text: str) -> None:
        """What a screen reader hears about the whole chart."""
        self._summary = text
        if self._cursor is not None and self._cursor >= self.item_count():
            self._cursor = None
        self._describe()

    def measured(self, name: str, measure: Callable[[], float]) -> float:
        """A size that depends on the font alone, measured once: painting asks it per item."""
        size = self._measured.get(name)
        if size is None:
            if len(self._measured) > MEASURES_KEPT:
                self._measured.clear()  # sizes for widths long gone
            size = self._measured[name] = measure()
        return size

    def paint_cursor(self, painter: QPainter) -> None:
        if self._cursor is None or not self.hasFocus():
            return
        pen = QPen(self.palette().color(Role.WindowText), 2)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.item_rect(self._cursor).adjusted(-1.5, -1.5, 1.5, 1.5))

    # Qt's events

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.item_at(QPointF(event.pos()))
            if item is None:
                QToolTip.hideText()
                event.ignore()
            else:
                area = self.item_rect(item).toAlignedRect()
                QToolTip.showText(event.globalPos(), self.item_text(item), self, area)
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.update()  # a theme switch: every colour comes from the palette
        elif event.type() == QEvent.Type.FontChange:
            self._measured.clear()
            self.updateGeometry()
            self.update()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Layouts in a scroll area ask a widget's height before its width is known: a chart
        # whose height follows its width sets it itself, once it has its width.
        if self.hasHeightForWidth():
            height = self.heightForWidth(event.size().width())
            if height != self.minimumHeight() or height != self.maximumHeight():
                self.setFixedHeight(height)
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = self.item_count()
        if not count:
            super().keyPressEvent(event)
            return
        current = self._cursor if self._cursor is not None else count - 1
        key = event.key()
        if key == Qt.Key.Key_Home:
            target: int | None = 0
        elif key == Qt.Key.Key_End:
            target = count - 1
        else:
            target = self.step(current, key)
        if target is None:
            super().keyPressEvent(event)
            return
        self.set_cursor_item(target)
        self._show_cursor_tip()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        item = self.item_at(event.position())
        if item is not None:
            self.set_cursor_item(item)
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._cursor is None and self.item_count():
            self.set_cursor_item(self.item_count() - 1)  # the newest: today, the last day
        self._describe()
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    # Inner workings

    def _show_cursor_tip(self) -> None:
        if self._cursor is None or not self.isVisible():
            return
        area = self.item_rect(self._cursor).toAlignedRect()
        QToolTip.showText(
            self.mapToGlobal(area.bottomRight()), self.item_text(self._cursor), self, area
        )

    def _describe(self) -> None:
        parts = [self._summary]
        if self._cursor is not None and self._cursor < self.item_count():
            parts.append(self.item_text(self._cursor).replace("\n", "; "))
        self.setAccessibleDescription(" ".join(part for part in parts if part))


class WeekdayGrid(Chart):
    """A chart of square cells with the weekdays down its left side: the calendar, the hours."""

    def gutter(self) -> float:
        """The room the weekday names take on the left."""

        def measure() -> float:
            metrics = QFontMetricsF(self.small_font())
            return max(metrics.horizontalAdvance(name) for name in weekday_names()) + LABEL_GAP

        return self.measured("gutter", measure)

    def header(self) -> float:
        """The room the labels across the top take."""
        return self.measured("header", lambda: QFontMetricsF(self.small_font()).height() + 3)
