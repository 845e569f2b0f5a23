"""A launch brings the running window forward: shown as it was left, and on Wayland with the token
the launcher gave, which is what lets the compositor give it the focus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from app.domain.preferences import Theme
from app.ui.controller import Controller
from app.ui.main_window import MainWindow

# Offscreen Qt cannot raise a window, and says so; a real desktop can.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support raise")]

TOKEN = "kwin-launch-42"


@pytest.fixture
def window(controller: Controller, qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    themes: list[Theme] = []
    made = MainWindow(controller, settings, themes.append, lambda: False)
    qtbot.addWidget(made)
    return made


@pytest.fixture
def no_token(monkeypatch: pytest.MonkeyPatch) -> None:
    """This process was started without a token (and any set by a test goes again after it)."""
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN", raising=False)


def _on_platform(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: name))


def test_a_window_in_the_background_comes_back_maximised_as_it_was_left(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.showMaximized()
    qtbot.waitExposed(window)
    window.hide()

    window.bring_forward()

    assert window.isVisible()
    assert window.windowState() & Qt.WindowState.WindowMaximized


def test_a_minimised_window_is_restored(window: MainWindow, qtbot: QtBot) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.showMinimized()

    window.bring_forward()

    assert window.isVisible()
    assert not window.windowState() & Qt.WindowState.WindowMinimized


@pytest.mark.usefixtures("no_token")
def test_on_wayland_the_launchers_token_is_handed_to_qt(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt's Wayland plugin activates the window with the token in this variable (and then
    removes it); offscreen Qt only shows that it was handed over."""
    _on_platform(monkeypatch, "wayland")

    window.bring_forward(TOKEN)

    assert os.environ["XDG_ACTIVATION_TOKEN"] == TOKEN
    assert window.isVisible()


@pytest.mark.usefixtures("no_token")
@pytest.mark.parametrize("platform", ["xcb", "wayland"])
def test_no_token_is_left_where_qt_would_not_take_it(
    platform: str, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On X11 Qt never reads the variable again, and without a token there is none to give:
    either way a token set here would only be inherited by programs Holdfast opens."""
    _on_platform(monkeypatch, platform)

    window.bring_forward(TOKEN if platform == "xcb" else "")

    assert "XDG_ACTIVATION_TOKEN" not in os.environ
    assert window.isVisible()
