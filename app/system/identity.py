"""Holdfast's names on the desktop: one reverse-DNS id for the launcher, the icons and the windows.

The id names the desktop entry (APP_ID.desktop), the AppStream metainfo, the icon files, the
window class and QGuiApplication.setDesktopFileName: a Wayland compositor finds the icon and the
launcher entry of a window by this name alone, so they must all agree.
"""

from __future__ import annotations

APP_ID = "io.github.holdfast.Holdfast"
DISPLAY_NAME = "Holdfast"
# The command pip and pipx put on the PATH (see [project.scripts] in pyproject.toml).
COMMAND = "holdfast"
