"""A page's content at a readable width: on a wide window it stays in the middle."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class KeepCentred(QObject):
    """Widens the side margins of `page`'s layout so its content is never wider than `most`.

    The margins the layout has when this is made are the least it keeps on each side.
    """

    def __init__(self, page: QWidget, most: int) -> None:
        super().__init__(page)
        layout = page.layout()
        assert layout is not None, "lay the page out first"
        self._page = page
        self._most = most
        margins = layout.contentsMargins()
        self._least = (margins.left(), margins.top(), margins.right(), margins.bottom())
        page.installEventFilter(self)
        self._fit()

    @property
    def most(self) -> int:
        return self._most

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._page and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        layout = self._page.layout()
        if layout is None:
            return
        left, top, right, bottom = self._least
        spare = self._page.width() - left - right - self._most
        extra = max(0, spare) // 2
        wanted = (left + extra, top, right + extra, bottom)
        margins = layout.contentsMargins()
        if (margins.left(), margins.top(), margins.right(), margins.bottom()) != wanted:
            layout.setContentsMargins(*wanted)
