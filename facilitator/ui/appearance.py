"""Theme (follow the system, light, dark) and text size, applied to the whole application.

The theme uses Qt's own colour-scheme switch (Qt 6.8 and newer), so native styles
stay native; where the platform cannot switch (older Qt, some desktops) the app gets
the Fusion style with a dark or light palette. Text size
scales the application font and every point size in the stylesheet, starting from
the system's own font size, so a large system font stays large.
"""

from __future__ import annotations

import re
from importlib import resources

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from facilitator.store.settings import Settings

THEMES = ("system", "light", "dark")
TEXT_SCALES = (0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
_BASE_FONT = "facilitatorBaseFont"
_PT = re.compile(r"(\d+(?:\.\d+)?)pt\b")


def stylesheet(scale: float = 1.0) -> str:
    """The app's stylesheet with every point size multiplied by ``scale``."""
    text = resources.files("facilitator.resources").joinpath("style.qss").read_text("utf-8")
    if scale == 1.0:
        return text
    return _PT.sub(lambda m: f"{float(m[1]) * scale:.1f}pt", text)


def apply_theme(app: QApplication, theme: str) -> None:
    """Ask the platform for the scheme; where it can't switch (older Qt, some desktops), paint it.

    The fallback is the Fusion style with a light or dark palette; "system" undoes it.
    """
    _remember_original(app)
    hints = app.styleHints()
    wanted = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}.get(theme)
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        if wanted is None:
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(wanted)
    if wanted is None or hints.colorScheme() == wanted:
        if app.property(_PAINTED):
            app.setStyle(str(app.property(_STYLE)))
            app.setPalette(_ORIGINAL_PALETTE[0])
            app.setProperty(_PAINTED, False)
        return
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())
    app.setProperty(_PAINTED, True)


_STYLE, _PAINTED = "facilitatorStyle", "facilitatorPainted"
_ORIGINAL_PALETTE: list[QPalette] = []


def _remember_original(app: QApplication) -> None:
    if not _ORIGINAL_PALETTE:
        _ORIGINAL_PALETTE.append(QPalette(app.palette()))
        app.setProperty(_STYLE, app.style().name())


def dark_palette() -> QPalette:
    """A dark Fusion palette with readable contrast (text on window above 12:1)."""
    p = QPalette()
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, "#1f2124"),
        (role.WindowText, "#eceff1"),
        (role.Base, "#17181a"),
        (role.AlternateBase, "#26282c"),
        (role.Text, "#eceff1"),
        (role.Button, "#2b2e33"),
        (role.ButtonText, "#eceff1"),
        (role.Highlight, "#3d7bd9"),
        (role.HighlightedText, "#ffffff"),
        (role.PlaceholderText, "#a7adb4"),
        (role.ToolTipBase, "#2b2e33"),
        (role.ToolTipText, "#eceff1"),
        (role.Link, "#8ab4f8"),
        (role.Mid, "#4a4e55"),
    ):
        p.setColor(r, QColor(colour))
    return p


def apply_text_scale(app: QApplication, scale: float) -> None:
    base = app.property(_BASE_FONT)
    if not isinstance(base, QFont):
        base = QFont(app.font())
        app.setProperty(_BASE_FONT, base)
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * scale)
    app.setFont(font)
    app.setStyleSheet(stylesheet(scale))


def apply_appearance(app: QApplication, settings: Settings) -> None:
    apply_theme(app, settings.theme if settings.theme in THEMES else "system")
    scale = settings.text_scale if 0.5 <= settings.text_scale <= 3.0 else 1.0
    apply_text_scale(app, scale)
