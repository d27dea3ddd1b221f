"""Mixed-direction text in item views.

A right-to-left window lays every cell out right to left. An English or Albanian title in
it then loses its ellipsis to the wrong end ("…Tabriz book fair opens with a record" shows
its cut-off end on the left). `ContentDirectionDelegate` lays each cell's text out in the
text's own direction (its first strong character decides) while keeping the column's
alignment on the interface's side, so both scripts read and elide correctly.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QStyledItemDelegate, QStyleOptionViewItem

_RTL_CLASSES = frozenset({"R", "AL"})
_LTR_CLASSES = frozenset({"L"})


def text_direction(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first strong character, or None for text without one (digits, dates)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in _RTL_CLASSES:
            return Qt.LayoutDirection.RightToLeft
        if kind in _LTR_CLASSES:
            return Qt.LayoutDirection.LeftToRight
    return None


class ContentDirectionDelegate(QStyledItemDelegate):
    """Lays out each cell's text in its own direction, aligned on the interface's side."""

    def initStyleOption(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt override
                        index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        direction = text_direction(option.text or "")
        if direction is None or direction == option.direction:
            return
        interface_rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        horizontal = option.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask
        vertical = option.displayAlignment & Qt.AlignmentFlag.AlignVertical_Mask
        option.direction = direction
        if horizontal in (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignLeading, Qt.AlignmentFlag(0)):
            # "Leading" would now follow the text: pin it to the interface's leading side.
            side = Qt.AlignmentFlag.AlignRight if interface_rtl else Qt.AlignmentFlag.AlignLeft
            option.displayAlignment = side | Qt.AlignmentFlag.AlignAbsolute | vertical
