"""Finding the resources folder, and every icon drawing something visible at the sizes used."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QIcon, QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

import app
from app.system.resource_files import resource_path
from app.ui.resources import ICON_STROKE, app_icon, icon

CHECKOUT_RESOURCES = Path(app.__file__).resolve().parent.parent / "resources"
ICON_NAMES = [
    "urge-text",
    "urge-call",
    "urge-social",
    "urge-friends",
    "urge-visit",
    "urge-other",
    "contact",
    "settings",
    "timer",
    "mood-1",
    "mood-2",
    "mood-3",
    "mood-4",
    "mood-5",
    "holdfast",
]
LINE_ICONS = [name for name in ICON_NAMES if name != "holdfast"]


def opaque_pixels(image: QImage) -> list[QColor]:
    colours = (image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height()))
    return [colour for colour in colours if colour.alpha() > 200]


def test_the_resources_folder_is_found_in_a_source_checkout() -> None:
    assert resource_path() == CHECKOUT_RESOURCES
    assert resource_path("icons", "settings.svg") == CHECKOUT_RESOURCES / "icons" / "settings.svg"


def test_a_missing_resource_is_reported_by_name_and_where_it_was_looked_for() -> None:
    with pytest.raises(FileNotFoundError) as missing:
        resource_path("icons", "no-such-icon.svg")
    message = str(missing.value)
    assert "icons/no-such-icon.svg" in message
    assert str(CHECKOUT_RESOURCES) in message


def test_a_resource_name_cannot_leave_the_resources_folder() -> None:
    with pytest.raises(ValueError, match="relative"):
        resource_path("..", "pyproject.toml")


def test_a_frozen_build_looks_in_its_bundle_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = tmp_path / "resources" / "icons"
    bundled.mkdir(parents=True)
    (bundled / "settings.svg").write_text("<svg/>", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("icons", "settings.svg") == bundled / "settings.svg"
    # Anything the bundle lacks is still found further down the list.
    assert resource_path("icons", "timer.svg") == CHECKOUT_RESOURCES / "icons" / "timer.svg"


def test_every_icon_the_window_uses_is_there() -> None:
    present = {path.stem for path in (CHECKOUT_RESOURCES / "icons").glob("*.svg")}
    assert set(ICON_NAMES) <= present


@pytest.mark.gui
@pytest.mark.parametrize("name", ICON_NAMES)
def test_each_icon_is_a_valid_drawing(qapp: QApplication, name: str) -> None:
    renderer = QSvgRenderer(str(resource_path("icons", f"{name}.svg")))
    assert renderer.isValid()
    box = renderer.viewBoxF()
    assert box.width() == box.height()
    if name in LINE_ICONS:
        assert box == QRectF(0, 0, 24, 24)
        assert ICON_STROKE in resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")


@pytest.mark.gui
@pytest.mark.parametrize("name", ICON_NAMES)
@pytest.mark.parametrize("size", [16, 24, 48])
def test_each_icon_shows_something_at_the_sizes_used(
    qapp: QApplication, name: str, size: int
) -> None:
    loaded = icon(name)
    assert not loaded.isNull()
    image = loaded.pixmap(size, size).toImage()
    assert image.width() == size
    assert image.height() == size
    assert opaque_pixels(image)


@pytest.mark.gui
def test_an_icon_can_be_drawn_in_the_theme_text_colour(qapp: QApplication) -> None:
    plain = opaque_pixels(icon("settings").pixmap(48, 48).toImage())
    red = opaque_pixels(icon("settings", QColor("#c00000")).pixmap(48, 48).toImage())
    assert all(abs(c.red() - c.blue()) < 30 for c in plain)  # neutral grey
    assert red
    assert all(c.red() > 150 and c.green() < 60 and c.blue() < 60 for c in red)


@pytest.mark.gui
def test_icons_are_cached_by_name_and_colour(qapp: QApplication) -> None:
    ink = QColor("#123456")
    assert icon("timer").cacheKey() == icon("timer").cacheKey()
    assert icon("timer", ink).cacheKey() == icon("timer", QColor(ink)).cacheKey()
    assert icon("timer").cacheKey() != icon("timer", ink).cacheKey()


@pytest.mark.gui
def test_the_app_icon_is_a_teal_tile_that_reads_small_and_large(qapp: QApplication) -> None:
    tile = app_icon()
    assert isinstance(tile, QIcon)
    assert not tile.isNull()
    large = tile.pixmap(256, 256).toImage()
    # Its background is a soft teal: more green and blue than red.
    edge = large.pixelColor(20, 128)
    assert edge.alpha() == 255
    assert edge.green() > edge.red() + 40
    assert edge.blue() > edge.red() + 30
    small = tile.pixmap(16, 16).toImage()
    assert len(opaque_pixels(small)) > 16 * 16 / 2
    # The anchor is drawn in a light colour on the tile, even at 16 px.
    assert any(c.lightnessF() > 0.75 for c in opaque_pixels(small))
