"""Finding Holdfast's resources/ folder wherever the app runs from, and loading its SVG icons.

The folder is looked for, in order: in a frozen PyInstaller build (bundled as `resources`), beside
the `app` package in a source checkout, and as package data (`app/_resources`) in an installed
wheel, so a packaging step only has to put the files in one of those places.
"""

from __future__ import annotations

import sys
from importlib import resources as package_data
from pathlib import Path, PurePosixPath

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

# The icons are drawn in this neutral grey, which reads on light and dark backgrounds alike;
# `icon()` swaps it for a theme colour when asked.
ICON_STROKE = "#6b7280"
# Sizes rendered into each icon; Qt picks the nearest for a button, menu, tray or window,
# and the doubled ones for high-DPI screens.
ICON_SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128, 256)

_icons: dict[tuple[str, str | None], QIcon] = {}


def resource_roots() -> list[Path]:
    """Where the resources folder may be, most specific first; not all of them exist."""
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen) / "resources")
    roots.append(Path(__file__).resolve().parent.parent.parent / "resources")
    packaged = package_data.files("app") / "_resources"
    if isinstance(packaged, Path):  # a zipped install has no real folder to hand out
        roots.append(packaged)
    return roots


def resource_path(*parts: str) -> Path:
    """The file or folder at `parts` inside resources/; resource_path() is the folder itself."""
    relative = PurePosixPath(*parts)
    if relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"a resource is named relative to the resources folder, not {relative}")
    roots = resource_roots()
    for root in roots:
        candidate = root.joinpath(*relative.parts)
        if candidate.exists():
            return candidate
    looked = ", ".join(str(root) for root in roots)
    name = str(relative) if parts else "the resources folder"
    raise FileNotFoundError(
        f"Holdfast's resource {name} is missing (looked in: {looked}); "
        "the installation may be incomplete"
    )


def icon(name: str, color: QColor | None = None) -> QIcon:
    """resources/icons/{name}.svg as an icon, drawn in `color` (its opacity ignored) if given.

    Needs a QGuiApplication. Icons are cached by name and colour.
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
    result = QIcon()
    for size in ICON_SIZES:
        result.addPixmap(_render(renderer, size))
    _icons[key] = result
    return result


def app_icon() -> QIcon:
    """Holdfast's own icon, for the window, the task bar and the tray."""
    return icon("holdfast")


def _render(renderer: QSvgRenderer, size: int) -> QPixmap:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)
