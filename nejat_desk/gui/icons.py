"""Icons from qtawesome (vector: sharp at every DPI), coloured for the current palette.

Imported after the first paint: qtawesome and its fonts cost about 0.2 s to load.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication


@cache
def _icon(name: str, color: str, disabled: str) -> QIcon:
    import qtawesome

    return qtawesome.icon(name, color=color, color_disabled=disabled)


def icon(name: str) -> QIcon:
    palette = QApplication.palette()
    color = palette.color(QPalette.ColorRole.WindowText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    return _icon(name, color, disabled)
