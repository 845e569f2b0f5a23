"""The app icon's bitmaps: one per launcher size, and ICO and ICNS files, all made from the SVG."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtGui import QImage, QImageReader

from app.system.resource_files import APP_ICON_SIZES, app_icon_png, app_icon_svg
from tests.packaging.support import PACKAGING, ROOT


def test_the_rendered_icons_match_the_svg() -> None:
    done = subprocess.run(
        [sys.executable, str(PACKAGING / "render_icons.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )

    assert done.returncode == 0, done.stdout + done.stderr


def test_the_svg_is_the_one_the_window_uses() -> None:
    assert app_icon_svg() == ROOT / "resources" / "icons" / "holdfast.svg"


@pytest.mark.parametrize("size", APP_ICON_SIZES)
def test_there_is_a_png_at_each_launcher_size(size: int) -> None:
    image = QImage(str(app_icon_png(size)))

    assert not image.isNull()
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()  # the tile's rounded corners are transparent
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(size // 2, size - size // 8).alpha() == 255


def test_only_the_launcher_sizes_are_rendered() -> None:
    with pytest.raises(ValueError, match="rendered at"):
        app_icon_png(100)


@pytest.mark.parametrize(
    ("name", "sizes"),
    [
        ("windows/holdfast.ico", [16, 24, 32, 48, 64, 128, 256]),
        ("macos/holdfast.icns", [16, 32, 32, 64, 64, 128, 256, 256, 512, 512, 1024]),
    ],
)
def test_the_windows_and_macos_icons_hold_every_size(name: str, sizes: list[int]) -> None:
    reader = QImageReader(str(PACKAGING / name))
    found = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), (name, index, reader.errorString())
        assert image.width() == image.height()
        found.append(image.width())

    assert found == sizes
