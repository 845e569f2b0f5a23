"""Finding Holdfast's resources/ folder without Qt, for the command line and the window alike.

The folder is looked for, in order: in a frozen PyInstaller build (bundled as `resources`), beside
the `app` package in a source checkout, and as package data (`app/_resources`) in an installed
wheel (setup.py maps resources/ there), so a packaging step only has to put the files in one of
those places.
"""

from __future__ import annotations

import sys
from functools import cache
from importlib import resources as package_data
from pathlib import Path, PurePosixPath

from app.domain.words import QT_TRANSLATE_NOOP, Said

# The app icon is drawn once, as resources/icons/holdfast.svg; packaging/render_icons.py renders
# it at these sizes for launchers that want bitmaps (the freedesktop hicolor theme's sizes).
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resource_roots() -> list[Path]:
    """Where the resources folder may be, most specific first; not all of them exist."""
    roots = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        roots.append(Path(frozen) / "resources")
    roots.append(Path(__file__).resolve().parents[2] / "resources")  # beside app/
    packaged = _packaged_root()
    if packaged is not None:
        roots.append(packaged)
    return roots


@cache  # asking importlib where a package's data is costs more than drawing an icon
def _packaged_root() -> Path | None:
    packaged = package_data.files("app") / "_resources"
    # A zipped install has no real folder to hand out.
    return packaged if isinstance(packaged, Path) else None


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
    if not parts:
        raise FileNotFoundError(
            Said(
                QT_TRANSLATE_NOOP(
                    "SystemError",
                    "Holdfast's resources folder is missing (looked in: {looked}); the "
                    "installation may be incomplete",
                ),
                looked=looked,
            )
        )
    raise FileNotFoundError(
        Said(
            QT_TRANSLATE_NOOP(
                "SystemError",
                "Holdfast's resource {name} is missing (looked in: {looked}); the installation "
                "may be incomplete",
            ),
            name=str(relative),
            looked=looked,
        )
    )


def app_icon_svg() -> Path:
    return resource_path("icons", "holdfast.svg")


def app_icon_png(size: int) -> Path:
    """The app icon rendered at `size` pixels square, one of APP_ICON_SIZES."""
    if size not in APP_ICON_SIZES:
        raise ValueError(f"the app icon is rendered at {APP_ICON_SIZES} pixels, not {size}")
    return resource_path("icons", "app", f"holdfast-{size}.png")
