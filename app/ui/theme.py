"""The window's look: Fusion style, a warm light and dark palette, and the application stylesheet.

`apply_theme` puts one of the user's theme choices into effect; with `Theme.SYSTEM` it follows the
desktop's light or dark setting, and keeps following it while the app runs.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from app.domain.preferences import Theme
from app.resource_files import resource_path

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

STYLESHEET = """
QPushButton {
    background: palette(button);
    border: 1px solid palette(mid);
    border-radius: 8px;
    padding: 7px 16px;
    min-height: 20px;
}
QPushButton:hover {
    background: palette(midlight);
    border-color: palette(highlight);
}
QPushButton:pressed {
    background: palette(alternate-base);
}
QPushButton:focus {
    border-color: palette(highlight);
}
QPushButton:disabled {
    border-color: palette(midlight);
}
QPushButton[role="urge"] {
    background: palette(base);
    border-radius: 14px;
    padding: 14px 14px;
    min-height: 36px;
    text-align: left;
    font-weight: 600;
    icon-size: 22px;
}
QPushButton[role="urge"]:hover {
    background: palette(alternate-base);
    border-color: palette(highlight);
}
QPushButton[role="urge"]:pressed {
    background: palette(midlight);
}
QPushButton[role="quiet"] {
    background: transparent;
    border: 1px solid transparent;
    color: palette(placeholder-text);
    text-decoration: underline;
    padding: 4px 8px;
}
QPushButton[role="quiet"]:hover, QPushButton[role="quiet"]:focus {
    color: palette(window-text);
    border-color: palette(mid);
}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox {
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 6px;
    padding: 5px 7px;
}
/* Spin boxes and date-time edits are framed with the drawn arrows below (_drawn_marks). */
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus {
    border-color: palette(highlight);
}
/* A styled combo box draws its open list's rows with its own rule, which would give the
   highlighted row the plain field's background under the highlighted text colour. */
QComboBox::item:selected {
    background: palette(highlight);
    color: palette(highlighted-text);
    padding-left: 0;  /* or the highlighted row's words would step right of the others' */
}
QLabel[role="muted"] {
    color: palette(placeholder-text);
}
QLabel[role="heading"] {
    font-size: 13pt;
    font-weight: 600;
}
QLabel[role="figure"] {
    font-size: 18pt;
    font-weight: 600;
}
QFrame[role="banner"] {
    background: palette(alternate-base);
    border: 1px solid palette(mid);
    border-radius: 10px;
    padding: 6px 10px;
}
QFrame[role="banner"] QLabel {
    background: transparent;
}
/* Fusion's scroll bar handle is barely lighter than its track in either palette: the handle is
   drawn in the muted text colour, over the background, which keeps it well past 3:1. */
QScrollBar {
    background: transparent;
    border: none;
    margin: 0;
}
QScrollBar:vertical {
    width: 12px;
}
QScrollBar:horizontal {
    height: 12px;
}
QScrollBar::handle {
    background: palette(placeholder-text);
    border-radius: 4px;
    margin: 2px;
}
QScrollBar::handle:vertical {
    min-height: 32px;
}
QScrollBar::handle:horizontal {
    min-width: 32px;
}
QScrollBar::handle:hover, QScrollBar::handle:pressed {
    background: palette(highlight);
}
QScrollBar::add-line, QScrollBar::sub-line {
    width: 0;
    height: 0;
    border: none;
    background: none;
}
QScrollBar::add-page, QScrollBar::sub-page {
    background: none;
}
/* Words alone: a desktop's icon theme draws dialog buttons' icons dark, unseen in dark. */
QDialogButtonBox {
    dialogbuttonbox-buttons-have-icons: 0;
}
/* Qt's own tray balloon (where no notification service runs) is pale yellow in every theme:
   its words keep the light theme's ink, not the dark theme's pale text. */
QBalloonTip QLabel {
    color: #36302b;
}
QBalloonTip QPushButton {
    background: transparent;
    border: none;
    padding: 0;
    min-height: 0;
}
"""


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
    # Stylesheet palette() references are resolved when the sheet is applied, so setting it again
    # after the palette makes them pick up the new colours.
    app.setStyleSheet(STYLESHEET + _drawn_marks())


def _drawn_marks() -> str:
    # A styled frame hides Fusion's own arrow boxes badly (the frame shows through their edge,
    # or the arrows vanish), so combo boxes, spin boxes and date edits get plain chevrons, grey
    # enough for both palettes. Fusion draws a check
    # box's frame darker than the window, which vanishes on the dark palette; these frames use
    # the palette's own border colour instead, and so do radio buttons.
    chevron = resource_path("icons", "chevron-down.svg").as_posix()
    chevron_up = resource_path("icons", "chevron-up.svg").as_posix()
    tick = resource_path("icons", "check.svg").as_posix()
    return f"""
QAbstractSpinBox {{
    background: palette(base);
    border: 1px solid palette(mid);
    border-radius: 6px;
    padding: 4px 24px 4px 6px;
}}
QAbstractSpinBox:focus {{
    border-color: palette(highlight);
}}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border;
    width: 22px;
    border: none;
}}
QAbstractSpinBox::up-button {{
    subcontrol-position: top right;
}}
QAbstractSpinBox::down-button {{
    subcontrol-position: bottom right;
}}
QAbstractSpinBox::up-arrow {{
    image: url("{chevron_up}");
    width: 10px;
    height: 10px;
}}
QAbstractSpinBox::down-arrow, QDateTimeEdit::down-arrow {{
    image: url("{chevron}");
    width: 10px;
    height: 10px;
}}
QDateTimeEdit::drop-down {{
    border: none;
    width: 24px;
    subcontrol-origin: padding;
    subcontrol-position: center right;
}}
QCheckBox::indicator, QAbstractItemView::indicator {{
    width: 14px;
    height: 14px;
    border: 1px solid palette(mid);
    border-radius: 4px;
    background: palette(base);
}}
QCheckBox::indicator:hover, QAbstractItemView::indicator:hover {{
    border-color: palette(highlight);
}}
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked {{
    background: palette(highlight);
    border-color: palette(highlight);
    image: url("{tick}");
}}
QRadioButton::indicator {{
    width: 14px;
    height: 14px;
    border: 1px solid palette(mid);
    border-radius: 8px;
    background: palette(base);
}}
QRadioButton::indicator:hover {{
    border-color: palette(highlight);
}}
QRadioButton::indicator:checked {{
    width: 8px;
    height: 8px;
    border: 4px solid palette(highlight);
}}
QListView::item {{
    padding: 2px;  /* room for the check box frame, which is clipped in a tight row */
}}
QCheckBox::indicator:disabled {{
    background: palette(window);
    border-color: palette(midlight);
}}
QComboBox::drop-down {{
    border: none;
    width: 24px;
    subcontrol-origin: padding;
    subcontrol-position: center right;
}}
QComboBox::down-arrow {{
    image: url("{chevron}");
    width: 12px;
    height: 12px;
}}
"""


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
