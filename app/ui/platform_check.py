"""A check made before Qt starts: can the window open on this desktop at all?

Qt 6.5 and later need the system library libxcb-cursor0 to use X11. Without it Qt prints a
long list of plugin names and aborts, which tells nobody what to install; this says it plainly.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Mapping

MISSING_XCB_CURSOR = (
    "Holdfast needs the system package libxcb-cursor0 to open its window on X11; "
    "install it with: sudo apt install libxcb-cursor0"
)


def qt_platform_problem(
    environ: Mapping[str, str],
    find_library: Callable[[str], str | None] | None = None,
    platform: str = sys.platform,
) -> str | None:
    """One line saying why Qt cannot open a window here, or None when nothing is known wrong."""
    if not platform.startswith("linux"):
        return None  # elsewhere Qt uses the system's own windowing, not X11
    if not _x11_will_be_used(environ):
        return None
    if (find_library or _loadable)("xcb-cursor") is not None:
        return None
    return MISSING_XCB_CURSOR


def _loadable(name: str) -> str | None:
    """The library's file name if the dynamic loader finds it, as Qt's plugin will look for it.

    Loading it is quicker than ctypes.util.find_library, which runs ldconfig on every start.
    """
    import ctypes  # only here, on X11: elsewhere the check costs nothing

    file_name = f"lib{name}.so.0"
    try:
        ctypes.CDLL(file_name)
    except OSError:
        return None
    return file_name


def _x11_will_be_used(environ: Mapping[str, str]) -> bool:
    if not environ.get("DISPLAY"):
        # No X server to talk to: Qt uses another platform, or fails for another reason.
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        # A list such as "wayland;xcb" tries its first entry first; only an explicit X11 choice
        # means X11 even inside a Wayland session (through XWayland).
        return chosen.startswith("xcb")
    return not environ.get("WAYLAND_DISPLAY")
