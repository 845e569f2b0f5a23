"""The check made before Qt starts: a missing libxcb-cursor0 on X11 is named plainly."""

from __future__ import annotations

import pytest

from app.ui.platform_check import MISSING_XCB_CURSOR, qt_platform_problem

EXPECTED = (
    "Holdfast needs the system package libxcb-cursor0 to open its window on X11; "
    "install it with: sudo apt install libxcb-cursor0"
)


class Finder:
    """Stands in for ctypes.util.find_library, remembering what it was asked."""

    def __init__(self, found: str | None) -> None:
        self.found = found
        self.asked: list[str] = []

    def __call__(self, name: str) -> str | None:
        self.asked.append(name)
        return self.found


MISSING = None
PRESENT = "libxcb-cursor.so.0"


def _problem(environ: dict[str, str], found: str | None, platform: str = "linux") -> str | None:
    return qt_platform_problem(environ, find_library=Finder(found), platform=platform)


def test_x11_without_the_library_is_named_with_the_command_to_fix_it() -> None:
    finder = Finder(MISSING)
    problem = qt_platform_problem({"DISPLAY": ":0"}, find_library=finder, platform="linux")
    assert problem == EXPECTED == MISSING_XCB_CURSOR
    assert "\n" not in problem
    assert finder.asked == ["xcb-cursor"]


def test_x11_with_the_library_is_fine() -> None:
    assert _problem({"DISPLAY": ":0"}, PRESENT) is None


@pytest.mark.parametrize("chosen", ["xcb", "xcb:nomitshm", "xcb;wayland"])
def test_choosing_xcb_explicitly_is_x11(chosen: str) -> None:
    assert _problem({"DISPLAY": ":1", "QT_QPA_PLATFORM": chosen}, MISSING) == EXPECTED


def test_an_empty_choice_counts_as_no_choice() -> None:
    assert _problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": ""}, MISSING) == EXPECTED


def test_xcb_chosen_inside_a_wayland_session_still_goes_through_x11() -> None:
    environ = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0", "QT_QPA_PLATFORM": "xcb"}
    assert _problem(environ, MISSING) == EXPECTED


def test_a_wayland_session_without_a_choice_uses_wayland() -> None:
    finder = Finder(MISSING)
    environ = {"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}
    assert qt_platform_problem(environ, find_library=finder, platform="linux") is None
    assert finder.asked == []


@pytest.mark.parametrize("chosen", ["wayland", "offscreen", "minimal", "wayland;xcb", "eglfs"])
def test_another_platform_chosen_needs_no_x11_library(chosen: str) -> None:
    assert _problem({"DISPLAY": ":0", "QT_QPA_PLATFORM": chosen}, MISSING) is None


def test_without_a_display_it_is_not_x11() -> None:
    assert _problem({}, MISSING) is None
    assert _problem({"QT_QPA_PLATFORM": "xcb"}, MISSING) is None


@pytest.mark.parametrize("platform", ["darwin", "win32"])
def test_other_systems_do_not_use_x11_even_with_a_display(platform: str) -> None:
    assert _problem({"DISPLAY": ":0"}, MISSING, platform=platform) is None


def test_the_real_finder_is_the_default() -> None:
    # Whatever this machine has installed, the default path runs and answers in the same terms.
    assert qt_platform_problem({"DISPLAY": ":0"}, platform="linux") in (None, EXPECTED)
