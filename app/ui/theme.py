"""The window's look: Fusion style, a warm light and dark palette, and the application stylesheet
(resources/style/holdfast.qss).

`apply_theme` puts one of the user's theme choices into effect; with `Theme.SYSTEM` it follows the
desktop's light or dark setting, and keeps following it while the app runs.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QDir, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from app.domain.preferences import Theme
from app.system.resource_files import resource_path

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# Every text colour here reaches at least 4.5:1 (WCAG AA) against the backgrounds it is drawn on;
# body text stays well above that but short of pure black on white, which glares at night.
_LIGHT = {
    Role.Window: "#f6f1ea",
    Role.WindowText: "#36302b",
    Role.Base: "#fffcf8",
    Role.AlternateBase: "#efe8df",
    Role.Text: "#36302b",
    Role.Button: "#ede5db",
    Role.ButtonText: "#36302b",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#2c7a70",
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#fffaf2",
    Role.ToolTipText: "#36302b",
    Role.PlaceholderText: "#6b625a",
    Role.Link: "#22685f",
    Role.LinkVisited: "#5b5a8f",
    Role.Light: "#ffffff",
    Role.Midlight: "#f3ede5",
    Role.Mid: "#b9aea2",
    Role.Dark: "#8f8477",
    Role.Shadow: "#5c534b",
}

_DARK = {
    Role.Window: "#1e1b19",
    Role.WindowText: "#e7e0d7",
    Role.Base: "#262220",
    Role.AlternateBase: "#2d2926",
    Role.Text: "#e7e0d7",
    Role.Button: "#302b28",
    Role.ButtonText: "#e7e0d7",
    Role.BrightText: "#ffffff",
    Role.Highlight: "#6cc0b2",
    Role.HighlightedText: "#14211f",
    Role.ToolTipBase: "#302b28",
    Role.ToolTipText: "#e7e0d7",
    Role.PlaceholderText: "#a99f95",
    Role.Link: "#7fcdc0",
    Role.LinkVisited: "#b3b0e0",
    Role.Light: "#4a433e",
    Role.Midlight: "#3a3431",
    Role.Mid: "#5b534d",
    Role.Dark: "#141210",
    Role.Shadow: "#000000",
}

# Disabled controls fade towards the background; WCAG exempts them from the contrast minimum.
_DISABLED_LIGHT = {
    Role.WindowText: "#a1978d",
    Role.Text: "#a1978d",
    Role.ButtonText: "#a1978d",
    Role.PlaceholderText: "#b9aea2",
    Role.Highlight: "#9fc2bc",
    Role.HighlightedText: "#f6f1ea",
    Role.Base: "#f6f1ea",
    Role.Button: "#efe9e1",
}

_DISABLED_DARK = {
    Role.WindowText: "#6f665f",
    Role.Text: "#6f665f",
    Role.ButtonText: "#6f665f",
    Role.PlaceholderText: "#5b534d",
    Role.Highlight: "#3e5e59",
    Role.HighlightedText: "#1e1b19",
    Role.Base: "#221f1d",
    Role.Button: "#2a2623",
}

# A property on the application remembers the chosen theme, so the one desktop-scheme connection
# knows whether to follow the desktop, and repeated calls don't connect it again.
_THEME_PROPERTY = "holdfastTheme"
_FOLLOWING_PROPERTY = "holdfastFollowsDesktopScheme"
_STYLED_PROPERTY = "holdfastFusion"
_ICONS = "icons"  # the folder of resources/ the stylesheet's icons come from


def light_palette() -> QPalette:
    """The warm light palette: off-white paper, brown-grey ink, a calm teal accent."""
    return QPalette(_built(dark=False))  # a copy, so callers may change it freely


def dark_palette() -> QPalette:
    """The warm dark palette: deep charcoal, soft cream text, a lighter teal accent."""
    return QPalette(_built(dark=True))


def desktop_scheme() -> Qt.ColorScheme:
    """Whether the desktop is set to light or dark (Unknown when it doesn't say)."""
    return QGuiApplication.styleHints().colorScheme()


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Gives the whole application the Fusion style, the chosen palette and the stylesheet."""
    theme = Theme(theme)
    app.setProperty(_THEME_PROPERTY, theme.value)
    if not app.property(_STYLED_PROPERTY):
        # Fusion draws the same on every desktop and honours the palette fully.
        app.setStyle("Fusion")
        app.setProperty(_STYLED_PROPERTY, True)
    if theme is Theme.SYSTEM and not app.property(_FOLLOWING_PROPERTY):
        QGuiApplication.styleHints().colorSchemeChanged.connect(_desktop_scheme_changed)
        app.setProperty(_FOLLOWING_PROPERTY, True)
    app.setPalette(_palette_for(theme))
    # The sheet names its icons icons:name, wherever resources/icons is in this installation.
    QDir.setSearchPaths(_ICONS, [str(resource_path(_ICONS))])
    # Stylesheet palette() references are resolved when the sheet is applied, so setting it again
    # after the palette makes them pick up the new colours.
    app.setStyleSheet(_stylesheet())


@cache
def _stylesheet() -> str:
    return resource_path("style", "holdfast.qss").read_text(encoding="utf-8")


def is_dark(app: QApplication) -> bool:
    """Whether the application currently shows light text on a dark background."""
    palette = app.palette()
    return palette.color(Role.Window).lightnessF() < palette.color(Role.WindowText).lightnessF()


def _palette_for(theme: Theme) -> QPalette:
    if theme is Theme.DARK:
        return dark_palette()
    if theme is Theme.LIGHT:
        return light_palette()
    return dark_palette() if desktop_scheme() == Qt.ColorScheme.Dark else light_palette()


def _desktop_scheme_changed(_scheme: Qt.ColorScheme) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.property(_THEME_PROPERTY) == Theme.SYSTEM.value:
        apply_theme(app, Theme.SYSTEM)


@cache
def _built(*, dark: bool) -> QPalette:
    if dark:
        return _palette(_DARK, _DISABLED_DARK)
    return _palette(_LIGHT, _DISABLED_LIGHT)


def _palette(colours: dict[Role, str], disabled: dict[Role, str]) -> QPalette:
    palette = QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))  # sets Active, Inactive and Disabled alike
    for role, colour in disabled.items():
        palette.setColor(Group.Disabled, role, QColor(colour))
    palette.setColor(Role.Accent, palette.color(Role.Highlight))
    palette.setColor(Group.Disabled, Role.Accent, palette.color(Group.Disabled, Role.Highlight))
    return palette


def wrapped_label(text: str, role: str = "") -> QLabel:
    """A label that wraps, styled by one of the stylesheet's roles ("muted", "heading"...)."""
    label = QLabel(text)
    label.setWordWrap(True)
    if role:
        label.setProperty("role", role)
    return label
