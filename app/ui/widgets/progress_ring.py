"""ProgressRing: the countdown's circle, filling clockwise from 12 o'clock toward the target day."""

from __future__ import annotations

import math

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

Role = QPalette.ColorRole

FULL_CIRCLE = 360 * 16  # QPainter measures arcs in sixteenths of a degree
TWELVE_O_CLOCK = 90 * 16

# Proportions of the ring's side, so the ring and its text scale together.
STROKE = 0.075
MARGIN = 0.02
DAY_TEXT = 0.15
CAPTION_TEXT = 0.075
SMALLEST_CAPTION = 12  # pixels; below this the caption stops being readable on a small ring
TEXT_WIDTH = 0.78  # of the inner diameter, so long translations stay inside the ring

TRACK_TINT = 0.14  # how much of the text colour tints the track


def _mix(base: QColor, tint: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(
        base.redF() + (tint.redF() - base.redF()) * amount,
        base.greenF() + (tint.greenF() - base.greenF()) * amount,
        base.blueF() + (tint.blueF() - base.blueF()) * amount,
    )


class ProgressRing(QWidget):
    """A ring that fills as the no-contact period goes on, with the day in its centre.

    Colours come from the widget's palette, so a theme change repaints it correctly.
    """

    def __init__(self, parent: QWidget | None = None, preferred_height: int = 240) -> None:
        """`preferred_height`: the height it asks for; a page may give it more or less."""
        super().__init__(parent)
        self._preferred_height = preferred_height
        self._progress = 0.0
        self._day_text = ""
        self._caption = ""
        self._reached = False
        self._summary = ""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(self.tr("Progress toward your target"))
        self._describe()

    # What the page sets

    def set_progress(self, value: float) -> None:
        """How far along the period is, from 0 (just started) to 1 (target day)."""
        value = 0.0 if math.isnan(value) else min(max(float(value), 0.0), 1.0)
        if value != self._progress:
            self._progress = value
            self._changed()

    def set_day_text(self, text: str) -> None:
        """The large text in the centre, such as "Day 12"."""
        if text != self._day_text:
            self._day_text = text
            self._changed()

    def set_caption(self, text: str) -> None:
        """The small line under the day, such as "of 30"; empty for none."""
        if text != self._caption:
            self._caption = text
            self._changed()

    def set_reached(self, reached: bool) -> None:
        """Shows the whole ring in the warm accent once the target day has come."""
        if reached != self._reached:
            self._reached = reached
            self._changed()

    def set_accessible_summary(self, text: str) -> None:
        """Replaces the description screen readers hear; empty to build it from the texts."""
        if text != self._summary:
            self._summary = text
            self._describe()

    def progress(self) -> float:
        return self._progress

    def day_text(self) -> str:
        return self._day_text

    def caption(self) -> str:
        return self._caption

    def is_reached(self) -> bool:
        return self._reached

    # Colours, from the palette so they follow the theme

    def track_color(self) -> QColor:
        palette = self.palette()
        return _mix(palette.color(Role.Window), palette.color(Role.WindowText), TRACK_TINT)

    def arc_color(self) -> QColor:
        return self.palette().color(Role.Highlight)

    def reached_color(self) -> QColor:
        # A warm amber, deeper on light backgrounds and softer on dark, to read on both.
        return QColor("#e3a45a") if self._on_dark() else QColor("#bf7a3a")

    # Size

    def sizeHint(self) -> QSize:
        return QSize(240, self._preferred_height)

    def minimumSizeHint(self) -> QSize:
        return QSize(140, 140)

    def hasHeightForWidth(self) -> bool:
        # A page may give it a policy without height for width: it then draws the largest
        # circle that fits the room the layout gives it.
        return self.sizePolicy().hasHeightForWidth()

    def side(self) -> int:
        """The diameter the ring is drawn at: the smaller of the widget's width and height."""
        return min(self.width(), self.height())

    def heightForWidth(self, width: int) -> int:
        return width

    # Painting

    def paintEvent(self, event: QPaintEvent) -> None:
        side = float(min(self.width(), self.height()))
        if side <= 0:
            return
        stroke = max(3.0, side * STROKE)
        inset = stroke / 2 + side * MARGIN
        square = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        ring = square.adjusted(inset, inset, -inset, -inset)

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)

        if self._reached or self._progress >= 1.0:
            colour = self.reached_color() if self._reached else self.arc_color()
            painter.setPen(self._pen(colour, stroke))
            painter.drawEllipse(ring)
        else:
            painter.setPen(self._pen(self.track_color(), stroke))
            painter.drawEllipse(ring)
            span = round(self._progress * FULL_CIRCLE)
            if span > 0:
                painter.setPen(self._pen(self.arc_color(), stroke))
                painter.drawArc(ring, TWELVE_O_CLOCK, -span)  # negative: clockwise

        self._paint_texts(painter, ring, side, ring.width() - stroke)
        painter.end()

    def _paint_texts(self, painter: QPainter, ring: QRectF, side: float, inner: float) -> None:
        if not self._day_text and not self._caption:
            return
        palette = self.palette()
        day_font = self._fitted_font(self._day_text, side * DAY_TEXT, inner, QFont.Weight.DemiBold)
        caption_size = max(side * CAPTION_TEXT, SMALLEST_CAPTION)
        caption_font = self._fitted_font(self._caption, caption_size, inner, QFont.Weight.Normal)
        day_height = QFontMetricsF(day_font).height() if self._day_text else 0.0
        caption_height = QFontMetricsF(caption_font).height() if self._caption else 0.0
        top = ring.center().y() - (day_height + caption_height) / 2
        left = ring.center().x() - inner / 2
        centred = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter
        if self._day_text:
            painter.setFont(day_font)
            painter.setPen(palette.color(Role.WindowText))
            painter.drawText(QRectF(left, top, inner, day_height), centred, self._day_text)
        if self._caption:
            painter.setFont(caption_font)
            painter.setPen(palette.color(Role.PlaceholderText))
            box = QRectF(left, top + day_height, inner, caption_height)
            painter.drawText(box, centred, self._caption)

    def _fitted_font(self, text: str, size: float, width: float, weight: QFont.Weight) -> QFont:
        font = QFont(self.font())
        font.setWeight(weight)
        font.setPixelSize(max(1, round(size)))
        room = width * TEXT_WIDTH
        needed = QFontMetricsF(font).horizontalAdvance(text)
        if needed > room > 0:
            font.setPixelSize(max(1, math.floor(size * room / needed)))
        return font

    @staticmethod
    def _pen(colour: QColor, width: float) -> QPen:
        pen = QPen(colour, width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen

    def _on_dark(self) -> bool:
        palette = self.palette()
        return palette.color(Role.Window).lightnessF() < palette.color(Role.WindowText).lightnessF()

    def _changed(self) -> None:
        self._describe()
        self.update()

    def _describe(self) -> None:
        self.setAccessibleDescription(self._summary or self._built_summary())

    def _built_summary(self) -> str:
        shown = " ".join(part for part in (self._day_text, self._caption) if part)
        if self._reached:
            status = self.tr("target reached")
        elif self._progress > 0:
            # Never "100 percent" before the target day itself.
            percent = min(round(self._progress * 100), 99 if self._progress < 1 else 100)
            status = self.tr("{percent} percent of the way").format(percent=percent)
        else:
            status = ""
        return ", ".join(part for part in (shown, status) if part)
