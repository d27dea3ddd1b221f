"""Light and dark palettes: follow the system unless the user chose one.

Colours the palette has no role for (an error in red, a warning in amber) are `Tone`s: one
colour per palette, each readable (4.5 : 1) on the palette's Base and Window. A widget that
paints with a tone or a style sheet restyles itself through `follow_palette`, so switching the
palette in Preferences restyles the whole window at once (a test checks both).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget


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
                 (role.Highlight, QColor(47, 103, 216)), (role.HighlightedText, QColor(255, 255, 255)),
                 (role.PlaceholderText, QColor(150, 153, 158)), (role.Mid, QColor(60, 62, 66)),
                 (role.Dark, QColor(20, 21, 23)), (role.Light, QColor(70, 72, 76))):
        p.setColor(r, c)
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.Text, role.ButtonText, role.WindowText):
        p.setColor(disabled, r, QColor(110, 112, 116))
    return p


def light_palette(app: QApplication) -> QPalette:
    """The style's own light palette, with a link and a selection colour that read as text
    (4.5 : 1: Fusion's selection blue under white text has 3.7)."""
    p = app.style().standardPalette()
    p.setColor(QPalette.ColorRole.Link, QColor(0, 87, 184))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Highlight, QColor(31, 111, 178))
    return p


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply_theme(app: QApplication, theme: str) -> bool:
    """theme: "system", "light" or "dark". Returns True when the dark palette is in use.

    Every widget hears of the change (ApplicationPaletteChange); those with colours of their own
    restyle through follow_palette."""
    if app.style().name().lower() != "fusion":  # a new style object re-polishes every widget: only once
        app.setStyle("Fusion")
    dark = theme == "dark" or (theme == "system" and system_prefers_dark())
    app.setPalette(dark_palette() if dark else light_palette(app))
    return dark


# --- tones: the colours the palette has no role for ------------------------------------------------

class Tone(StrEnum):
    ERROR = "error"  # a refusal, a failed job, a missed item
    WARNING = "warning"  # something to look at: a rule warning, a file missing its alt text
    SUCCESS = "success"  # a job done


# (light, dark); each meets 4.5 : 1 on its palette's Base and Window (tests/gui/test_palette.py).
TONES: dict[Tone, tuple[str, str]] = {
    Tone.ERROR: ("#b3261e", "#ff8f87"),
    Tone.WARNING: ("#8a4b00", "#ffb35c"),
    Tone.SUCCESS: ("#1e6b34", "#7bd88f"),
}


def tone(kind: Tone, palette: QPalette | None = None) -> QColor:
    """The tone for `palette` (the application's when left out)."""
    dark = is_dark(palette if palette is not None else QGuiApplication.palette())
    return QColor(TONES[kind][1 if dark else 0])


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast of two colours (1 to 21)."""
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
                + 0.0722 * channel(colour.blueF()))

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: QColor | str, palette: QPalette | None = None, minimum: float = 4.5) -> QColor:
    """`colour` (a status's or an edition's hue) made light or dark enough to read as text on the
    palette's Base and Window: the hue stays, only the lightness moves."""
    palette = palette if palette is not None else QGuiApplication.palette()
    backgrounds = (palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Window))
    result = QColor(colour)
    hue, saturation, lightness, alpha = result.getHsl()
    step, end = (6, 255) if is_dark(palette) else (-6, 0)  # lighter on dark, darker on light
    while min(contrast_ratio(result, bg) for bg in backgrounds) < minimum and lightness != end:
        lightness = max(0, min(255, lightness + step))
        result = QColor.fromHsl(hue, saturation, lightness, alpha)
    return result


class _PaletteFollower(QObject):
    """Calls `restyle(palette)` when the widget's palette or the application's changes."""

    def __init__(self, widget: QWidget, restyle: Callable[[QPalette], None]) -> None:
        super().__init__(widget)
        self._restyle = restyle
        self.last_dark: bool | None = None
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.ApplicationPaletteChange:
            # Sent before the widget takes the new palette: the application's is the new one.
            self.apply(QGuiApplication.palette())
        elif kind == QEvent.Type.PaletteChange and isinstance(watched, QWidget):
            self.apply(watched.palette())
        return False

    def apply(self, palette: QPalette) -> None:
        dark = is_dark(palette)
        if dark != self.last_dark:  # a style sheet set in restyle sends PaletteChange again: no loop
            self.last_dark = dark
            self._restyle(palette)


def follow_palette(widget: QWidget, restyle: Callable[[QPalette], None], *, now: bool = True) -> None:
    """Style `widget` for its palette (now, unless told not to) and again whenever the palette
    turns light or dark."""
    follower = _PaletteFollower(widget, restyle)
    if now:
        follower.apply(widget.palette())
    else:
        follower.last_dark = is_dark(widget.palette())


def tint(widget: QWidget, kind: Tone, extra_style: str = "") -> None:
    """Text of `widget` in a tone, following the palette (error labels, warning flags)."""
    follow_palette(widget, lambda palette: widget.setStyleSheet(
        f"color: {tone(kind, palette).name()};{extra_style}"))
