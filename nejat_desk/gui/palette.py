"""Light and dark palettes: follow the system unless the user chose one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication


def system_prefers_dark() -> bool:
    scheme = QGuiApplication.styleHints().colorScheme()
    return scheme == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(30, 31, 34), QColor(43, 45, 48), QColor(223, 225, 229)
    role = QPalette.ColorRole
    for r, c in ((role.Window, window), (role.WindowText, text), (role.Base, base),
                 (role.AlternateBase, QColor(38, 40, 43)), (role.ToolTipBase, window), (role.ToolTipText, text),
                 (role.Text, text), (role.Button, window), (role.ButtonText, text),
                 (role.BrightText, QColor(255, 99, 99)), (role.Link, QColor(110, 168, 254)),
                 (role.Highlight, QColor(53, 116, 240)), (role.HighlightedText, QColor(255, 255, 255)),
                 (role.PlaceholderText, QColor(140, 143, 148)), (role.Mid, QColor(60, 62, 66)),
                 (role.Dark, QColor(20, 21, 23)), (role.Light, QColor(70, 72, 76))):
        p.setColor(r, c)
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.ButtonText, role.WindowText):
        p.setColor(disabled, r, QColor(110, 112, 116))
    return p


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(app: QApplication, theme: str) -> bool:
    """theme: "system", "light" or "dark". Returns True when the dark palette is in use."""
    app.setStyle("Fusion")
    dark = theme == "dark" or (theme == "system" and system_prefers_dark())
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    return dark
