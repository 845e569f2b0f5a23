"""A real X desktop for the tests that need one: Xvfb, openbox, and a tint2 panel with a tray
(or, for the desktops that show none, no tray at all).

Offscreen Qt has no system tray, so what a tray changes (Quit, the balloons) is seen here, with
the app run as a separate process and driven by real key presses and clicks (xdotool).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import re
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

# The programs, and the Debian package that brings each (.ci/run installs them).
TOOLS = {
    "Xvfb": "xvfb",
    "openbox": "openbox",
    "tint2": "tint2",
    "xdotool": "xdotool",
    "xwininfo": "x11-utils",
    "xmessage": "x11-utils",
}
APP_CLASS = "io.github.holdfast.Holdfast"


def tool(name: str) -> str:
    """The path of a program; a test without it skips, except in CI, where .ci/run installs it."""
    found = shutil.which(name)
    if found:
        return found
    package = TOOLS[name]
    if os.environ.get("CI"):
        pytest.fail(f"{name} is missing in CI: .ci/run installs the Debian package {package}")
    pytest.skip(f"{name} is not installed (on Debian or Ubuntu: sudo apt install {package})")


@dataclass(frozen=True)
class Desktop:
    display: str
    env: dict[str, str]  # for a Qt program on this desktop

    def run(self, *args: str) -> str:
        done = subprocess.run(
            args, env=self.env, capture_output=True, text=True, check=False, timeout=30
        )
        return done.stdout

    def tray_icons(self) -> list[tuple[int, int]]:
        """The centres, on screen, of Holdfast's icons in the panel's tray."""
        tree = self.run(tool("xwininfo"), "-root", "-tree")
        panel_indent, centres = None, []
        for line in tree.splitlines():
            indent = len(line) - len(line.lstrip())
            if '("tint2" "Tint2")' in line:
                panel_indent = indent
            elif panel_indent is not None and indent <= panel_indent:
                panel_indent = None  # past the panel's own windows
            elif panel_indent is not None and f'"{APP_CLASS}")' in line:
                # e.g. 0x600011 "...": ("holdfast" "...")  22x22+0+0  +1428+974
                found = re.search(r"(\d+)x(\d+)\+-?\d+\+-?\d+\s+\+(-?\d+)\+(-?\d+)", line)
                if found:
                    width, height, x, y = map(int, found.groups())
                    centres.append((x + width // 2, y + height // 2))
        return centres

    def visible_window(self, name: str) -> str | None:
        ids = self.run(tool("xdotool"), "search", "--onlyvisible", "--name", name).split()
        return ids[0] if ids else None


def _tray_is_ready(display: str) -> bool:
    """Whether a tray has claimed the screen, as Qt asks before it shows a tray icon."""
    x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XInternAtom.restype = ctypes.c_ulong
    x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x11.XGetSelectionOwner.restype = ctypes.c_ulong
    x11.XGetSelectionOwner.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    connection = x11.XOpenDisplay(display.encode())
    if not connection:
        return False
    try:
        selection = x11.XInternAtom(connection, b"_NET_SYSTEM_TRAY_S0", 0)
        return bool(x11.XGetSelectionOwner(connection, selection))
    finally:
        x11.XCloseDisplay(connection)


def _window_manager_is_ready(env: dict[str, str]) -> bool:
    said = subprocess.run(
        [tool("xprop"), "-root", "_NET_SUPPORTING_WM_CHECK"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=10,
    )
    return "window id" in said.stdout


def wait_until(condition: Callable[[], object], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"gave up waiting: {what}")
        time.sleep(0.02)


def _stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=5)


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    """A virtual screen with a window manager, a panel and its tray, while the test runs."""
    with _running_desktop(tmp_path, tray=True) as made:
        yield made


@pytest.fixture
def desktop_without_tray(tmp_path: Path) -> Iterator[Desktop]:
    """A virtual screen with a window manager and no tray, as GNOME is without an extension."""
    with _running_desktop(tmp_path, tray=False) as made:
        yield made


@contextmanager
def _running_desktop(tmp_path: Path, tray: bool) -> Iterator[Desktop]:
    xvfb_path, openbox_path = tool("Xvfb"), tool("openbox")
    tint2_path = tool("tint2") if tray else None
    for name in ("xdotool", "xwininfo", "xprop"):
        tool(name)
    # Xvfb picks a free display itself and writes its number once it accepts connections.
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        [
            xvfb_path,
            "-displayfd",
            str(write_end),
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    with os.fdopen(read_end) as said:
        display = f":{said.readline().strip()}"
    if display == ":":
        _stop(xvfb)
        pytest.fail("Xvfb did not start")
    home = tmp_path / "desktop-home"  # tint2 writes its default settings there
    home.mkdir()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "HOME": str(home)}
    for name in ("WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_CURRENT_DESKTOP"):
        env.pop(name, None)  # no desktop's tray or notification service but this one's
    started: list[subprocess.Popen[bytes]] = []
    try:
        programs = [(openbox_path, lambda: _window_manager_is_ready(env), "openbox")]
        if tint2_path is not None:
            # tint2 shows its panel and takes the tray only once a window manager runs.
            programs.append((tint2_path, lambda: _tray_is_ready(display), "tint2's tray"))
        for program, ready, what in programs:
            started.append(
                subprocess.Popen(
                    [program], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
                )
            )
            wait_until(ready, 20, what)
        yield Desktop(display, env)
    finally:
        for process in reversed(started):
            _stop(process)
        _stop(xvfb)
