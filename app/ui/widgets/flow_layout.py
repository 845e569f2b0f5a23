"""A row of buttons that wraps onto more rows when the words on them are long for the width: in
German a button says a third more, and a row that cannot wrap widens the whole page."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    """Lays its widgets out in rows, as many to a row as fit, in the order they were added.

    With `columns`, an even grid of at most that many columns, each as wide as the widest
    widget fits and all sharing the width (the urge buttons); without, each widget at its own
    width, left to right (the check-in's answers). With `fill`, what a row leaves over goes to
    its widgets that may grow, as a box layout gives it; without, it is left at the end, as a
    box layout's stretch keeps it.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        columns: int = 0,
        fill: bool = True,
        column_gap: int | None = None,
    ) -> None:
        """`column_gap`: the room between widgets side by side, when wider than between rows."""
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._columns = columns
        self._fill = fill
        self._column_gap = column_gap
        self.setContentsMargins(0, 0, 0, 0)

    # What QLayout asks of a layout

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal if self._columns else Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:
        """Everything in one row, or in the grid's full columns."""
        shown = self._shown()
        if not shown:
            return QSize(0, 0)
        across = min(self._columns, len(shown)) if self._columns else len(shown)
        widest = max(item.sizeHint().width() for item in shown)
        width = (
            across * widest if self._columns else sum(item.sizeHint().width() for item in shown)
        ) + (across - 1) * self._across_gap()
        return self._with_margins(QSize(width, self.heightForWidth(width)))

    def minimumSize(self) -> QSize:
        """As narrow as the widest widget (past that, one to a row), and as low as one row:
        the height for a width comes from heightForWidth, and a least height of one to a row
        would make a page that has the width scroll for nothing."""
        shown = self._shown()
        if not shown:
            return QSize(0, 0)
        margins = self.contentsMargins()
        widest = max(item.sizeHint().width() if self._columns else _least(item) for item in shown)
        lowest = self.heightForWidth(self.sizeHint().width()) - margins.top() - margins.bottom()
        return self._with_margins(QSize(widest, lowest))

    # Inner workings

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _spacing(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        return max(0, style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing))

    def _across_gap(self) -> int:
        return self._spacing() if self._column_gap is None else self._column_gap

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, place: bool) -> int:
        """Places the widgets in `rect` (or only measures, without `place`); the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        shown = self._shown()
        if not shown:
            return 0
        gap, row_gap = self._across_gap(), self._spacing()
        if self._columns:
            widest = max(item.sizeHint().width() for item in shown)
            across = max(1, min(self._columns, len(shown), (area.width() + gap) // (widest + gap)))
            width = max(widest, (area.width() - (across - 1) * gap) // across)
            rows = [shown[start : start + across] for start in range(0, len(shown), across)]
            spans = [[(item, width) for item in row] for row in rows]
        else:
            spans = self._rows(shown, area.width(), gap, self._fill)
        y = area.y()
        for row in spans:
            height = max(item.sizeHint().height() for item, _ in row)
            x = area.x()
            for item, width in row:
                if place:
                    item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
                x += width + gap
            y += height + row_gap
        return y - row_gap - area.y() + margins.top() + margins.bottom()

    @staticmethod
    def _rows(
        shown: list[QLayoutItem], width: int, gap: int, fill: bool
    ) -> list[list[tuple[QLayoutItem, int]]]:
        """Each widget at its own width, a new row where the next would not fit even at its
        least width; in a row short of room its widgets give up their width down to their
        least alike, and with room to spare the widgets that may grow share it, as in a box."""
        rows: list[list[QLayoutItem]] = [[]]
        x = 0
        for item in shown:
            least = _least(item)
            if rows[-1] and x + least > width:
                rows.append([])
                x = 0
            rows[-1].append(item)
            x += least + gap
        spans = []
        for row in rows:
            room = width - gap * (len(row) - 1)
            wanted = sum(item.sizeHint().width() for item in row)
            if room < wanted:
                least = sum(_least(item) for item in row)
                part = max(0.0, (room - least) / (wanted - least))
                spans.append(
                    [
                        (item, _least(item) + int((item.sizeHint().width() - _least(item)) * part))
                        for item in row
                    ]
                )
                continue
            growing = [item for item in row if fill and _grows(item)]
            share = (room - wanted) // len(growing) if growing else 0
            spans.append(
                [
                    (item, item.sizeHint().width() + (share if item in growing else 0))
                    for item in row
                ]
            )
        return spans


def _least(item: QLayoutItem) -> int:
    return min(item.minimumSize().width(), item.sizeHint().width())


def _grows(item: QLayoutItem) -> bool:
    widget = item.widget()
    if widget is None:
        return False
    policy = widget.sizePolicy().horizontalPolicy()
    return bool(policy.value & QSizePolicy.PolicyFlag.GrowFlag.value)
