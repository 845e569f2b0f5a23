"""The light and dark themes: readable contrast, the desktop's setting followed, the stylesheet."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QFile, QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollBar,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
)
from pytestqt.qtbot import QtBot

from app.domain.preferences import Theme
from app.system.resource_files import resource_path
from app.ui import theme
from app.ui.theme import apply_theme, dark_palette, is_dark, light_palette

Role = QPalette.ColorRole

# Text roles and the backgrounds each is drawn on.
READABLE_PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.WindowText, Role.AlternateBase),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.PlaceholderText, Role.Window),
    (Role.PlaceholderText, Role.AlternateBase),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
]


def luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    lighter, darker = sorted((luminance(a), luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_contrast_formula_matches_known_values() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)


@pytest.mark.gui
@pytest.mark.parametrize("make", [light_palette, dark_palette], ids=["light", "dark"])
@pytest.mark.parametrize(
    "pair", READABLE_PAIRS, ids=lambda pair: f"{pair[0].name}-on-{pair[1].name}"
)
def test_text_is_readable_on_its_background(
    make: Callable[[], QPalette], pair: tuple[Role, Role]
) -> None:
    palette = make()
    text, ground = pair
    ratio = contrast(palette.color(text), palette.color(ground))
    assert ratio >= 4.5, f"{text.name} on {ground.name}: {ratio:.2f}"


@pytest.mark.gui
@pytest.mark.parametrize("make", [light_palette, dark_palette], ids=["light", "dark"])
def test_body_text_is_soft_rather_than_stark(make: Callable[[], QPalette]) -> None:
    palette = make()
    ratio = contrast(palette.color(Role.WindowText), palette.color(Role.Window))
    assert 7 <= ratio < 16  # AAA, yet short of black on white (21:1)


@pytest.mark.gui
@pytest.mark.parametrize("make", [light_palette, dark_palette], ids=["light", "dark"])
def test_disabled_text_is_fainter_than_enabled_text(make: Callable[[], QPalette]) -> None:
    palette = make()
    ground = palette.color(Role.Window)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        enabled = palette.color(QPalette.ColorGroup.Active, role)
        disabled = palette.color(QPalette.ColorGroup.Disabled, role)
        assert contrast(disabled, ground) < contrast(enabled, ground), role.name


@pytest.mark.gui
def test_light_and_dark_are_opposite() -> None:
    light, dark = light_palette(), dark_palette()
    for role in (Role.Window, Role.WindowText, Role.Base, Role.Text, Role.Button):
        assert light.color(role) != dark.color(role), role.name
    assert light.color(Role.Window).lightnessF() > 0.8
    assert dark.color(Role.Window).lightnessF() < 0.2


@pytest.mark.gui
def test_light_and_dark_themes_are_applied(app: QApplication) -> None:
    apply_theme(app, Theme.DARK)
    assert is_dark(app)
    assert app.palette().color(Role.Window) == dark_palette().color(Role.Window)
    apply_theme(app, Theme.LIGHT)
    assert not is_dark(app)
    assert app.palette().color(Role.Window) == light_palette().color(Role.Window)


@pytest.mark.gui
@pytest.mark.parametrize(
    ("scheme", "dark"),
    [(Qt.ColorScheme.Dark, True), (Qt.ColorScheme.Light, False), (Qt.ColorScheme.Unknown, False)],
)
def test_system_follows_the_desktop_setting(
    app: QApplication, monkeypatch: pytest.MonkeyPatch, scheme: Qt.ColorScheme, dark: bool
) -> None:
    monkeypatch.setattr(theme, "desktop_scheme", lambda: scheme)
    apply_theme(app, Theme.SYSTEM)
    assert is_dark(app) is dark


@pytest.mark.gui
def test_system_keeps_following_when_the_desktop_changes(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    desktop = [Qt.ColorScheme.Light]
    monkeypatch.setattr(theme, "desktop_scheme", lambda: desktop[0])
    apply_theme(app, Theme.SYSTEM)
    assert not is_dark(app)
    desktop[0] = Qt.ColorScheme.Dark
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert is_dark(app)


@pytest.mark.gui
def test_a_chosen_theme_ignores_desktop_changes(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(theme, "desktop_scheme", lambda: Qt.ColorScheme.Dark)
    apply_theme(app, Theme.SYSTEM)
    apply_theme(app, Theme.LIGHT)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert not is_dark(app)


@pytest.mark.gui
def test_repeated_calls_react_to_a_desktop_change_once(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[None] = []

    def scheme() -> Qt.ColorScheme:
        asked.append(None)
        return Qt.ColorScheme.Dark

    monkeypatch.setattr(theme, "desktop_scheme", scheme)
    for _ in range(3):
        apply_theme(app, Theme.SYSTEM)
    asked.clear()
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert len(asked) == 1


@pytest.mark.gui
def test_muted_text_follows_the_theme(app: QApplication, qtbot: QtBot) -> None:
    apply_theme(app, Theme.LIGHT)
    label = QLabel("Longest streak")
    qtbot.addWidget(label)
    label.setProperty("role", "muted")
    label.ensurePolished()
    muted = light_palette().color(Role.PlaceholderText)
    assert label.palette().color(Role.WindowText) == muted
    apply_theme(app, Theme.DARK)
    label.ensurePolished()
    assert label.palette().color(Role.WindowText) == dark_palette().color(Role.PlaceholderText)


@pytest.mark.gui
def test_urge_buttons_are_big_and_easy_to_hit(app: QApplication, qtbot: QtBot) -> None:
    apply_theme(app, Theme.LIGHT)
    plain = QPushButton("Text them")
    urge = QPushButton("Text them")
    urge.setProperty("role", "urge")
    for button in (plain, urge):
        qtbot.addWidget(button)
        button.ensurePolished()
    assert urge.sizeHint().height() >= 48
    assert urge.sizeHint().height() > plain.sizeHint().height()


@pytest.mark.gui
def test_a_banner_stands_out_from_the_window(app: QApplication, qtbot: QtBot) -> None:
    apply_theme(app, Theme.DARK)
    banner = QFrame()
    banner.setProperty("role", "banner")
    QVBoxLayout(banner).addWidget(QLabel("Logged. It will pass."))
    qtbot.addWidget(banner)
    banner.resize(300, 60)
    image = banner.grab().toImage()
    inside = image.pixelColor(280, 30)  # right of the text
    assert inside == dark_palette().color(Role.AlternateBase)
    assert inside != dark_palette().color(Role.Window)


def _scroll_bar_colours(bar: QScrollBar) -> tuple[QColor, QColor]:
    """The colour in the middle of the handle, and of the track just past its end."""
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    style = bar.style()
    handle = style.subControlRect(
        QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, bar
    )
    image = bar.grab().toImage()
    centre = handle.center()
    past = QPoint(centre.x(), handle.bottom() + 6)
    return image.pixelColor(centre), image.pixelColor(past)


@pytest.mark.gui
@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen has no stacking
@pytest.mark.parametrize("chosen", [Theme.LIGHT, Theme.DARK])
def test_the_welcomes_scroll_bar_handle_stands_out_from_its_track(
    app: QApplication, qtbot: QtBot, chosen: Theme
) -> None:
    from app.ui.dialogs.onboarding import OnboardingDialog

    apply_theme(app, chosen)
    dialog = OnboardingDialog(datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    (bar,) = [bar for bar in dialog.findChildren(QScrollBar) if bar.isVisible()]

    handle, track = _scroll_bar_colours(bar)

    # WCAG's minimum for the parts of a control: 3:1 against what is next to them.
    assert contrast(handle, track) >= 3, f"{handle.name()} on {track.name()}"


@pytest.mark.gui
def test_dialog_buttons_are_told_to_show_no_icons(app: QApplication, qtbot: QtBot) -> None:
    # Where a desktop asks for them (tests/ui/test_desktop.py sees it on X11), a dark icon theme
    # would draw them unseen on the dark theme's buttons.
    apply_theme(app, Theme.DARK)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    qtbot.addWidget(box)
    hint = QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons
    assert app.style().styleHint(hint, None, box) == 0


@pytest.mark.gui
def test_the_stylesheet_is_its_file_and_every_icon_it_names_is_found(app: QApplication) -> None:
    apply_theme(app, Theme.DARK)
    sheet = app.styleSheet()

    assert sheet == resource_path("style", "holdfast.qss").read_text(encoding="utf-8")
    named = re.findall(r"url\((\w+:[\w.-]+)\)", sheet)
    assert len(set(named)) >= 3  # the chevrons of the drop-downs and spin boxes, the check mark
    # Qt finds `icons:name` through the search path the theme sets, as a file dialog would.
    assert [name for name in named if not QFile.exists(name)] == []
