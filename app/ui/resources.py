"""Holdfast's SVG icons as Qt icons, drawn in the theme's colours at the size they are shown.

Where the files are is app.system.resource_files' business: it needs no Qt.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QStyleOption

from app.system.resource_files import resource_path

# The icons are drawn in this neutral grey, which reads on light and dark backgrounds alike;
# `icon()` swaps it for a theme colour when asked.
ICON_STROKE = "#6b7280"

_icons: dict[tuple[str, str | None], QIcon] = {}


def icon(name: str, color: QColor | None = None) -> QIcon:
    """resources/icons/{name}.svg as an icon, drawn in `color` (its opacity ignored) if given.

    Each size is drawn only when something asks for it, at the screen's pixel density. Needs a
    QGuiApplication. Icons are cached by name and colour.
    """
    key = (name, color.name() if color is not None else None)
    cached = _icons.get(key)
    if cached is not None:
        return cached
    svg = resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")
    if color is not None:
        svg = svg.replace(ICON_STROKE, color.name())
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    if not renderer.isValid():
        raise ValueError(f"the icon {name}.svg is not a valid SVG image")
    result = QIcon(_SvgIconEngine(renderer))
    _icons[key] = result
    return result


def app_icon() -> QIcon:
    """Holdfast's own icon, for the window, the task bar and the tray."""
    return icon("holdfast")


class _SvgIconEngine(QIconEngine):
    """Draws an SVG at exactly the size asked for, when it is asked for, and keeps the result.

    Drawing every size up front cost more start-up time than building the rest of the window.
    """

    def __init__(self, renderer: QSvgRenderer) -> None:
        super().__init__()
        self._renderer = renderer
        self._pixmaps: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._renderer)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, self.scaledPixmap(rect.size(), mode, state, scale))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixels = max(1, round(min(size.width(), size.height()) * scale))
        key = (pixels, round(scale * 100), mode)
        cached = self._pixmaps.get(key)
        if cached is not None:
            return cached
        pixmap = _render(self._renderer, pixels)
        if mode is QIcon.Mode.Disabled:
            # Greyed out as the style greys any other icon of a disabled button.
            pixmap = QApplication.style().generatedIconPixmap(mode, pixmap, QStyleOption())
        pixmap.setDevicePixelRatio(scale)
        self._pixmaps[key] = pixmap
        return pixmap


def _render(renderer: QSvgRenderer, size: int) -> QPixmap:
    return QPixmap.fromImage(svg_image(renderer, size))


def svg_image(renderer: QSvgRenderer, size: int) -> QImage:
    """The drawing at `size` pixels square, smoothly, on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image
