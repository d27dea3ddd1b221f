"""Mixed-direction text: item views, and the widgets that show or edit an edition's text.

A right-to-left window lays every cell out right to left. An English or Albanian title in
it then loses its ellipsis to the wrong end ("…Tabriz book fair opens with a record" shows
its cut-off end on the left). `ContentDirectionDelegate` lays each cell's text out in the
text's own direction (its first strong character decides) while keeping the column's
alignment on the interface's side, so both scripts read and elide correctly.

`apply_text_direction` gives editors an edition's direction: content keeps its own direction
whatever the interface language (a Farsi caption reads right to left in an English window).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QApplication,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextEdit,
    QWidget,
)

from nejat_desk.core.domain import RTL_EDITIONS

_RTL_CLASSES = frozenset({"R", "AL"})
_LTR_CLASSES = frozenset({"L"})


def isolate(text: str) -> str:
    """A first-strong bidi isolate: an English message (or a file path) in a right-to-left window,
    or the reverse, keeps its punctuation in place."""
    return f"\u2068{text}\u2069"


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


def edition_direction(edition: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if edition in RTL_EDITIONS else Qt.LayoutDirection.LeftToRight


def apply_text_direction(direction: Qt.LayoutDirection, widgets: Iterable[QWidget]) -> None:
    """Lay the widgets out in `direction`; multi-line editors also get it as their text's base
    direction, aligned to its leading side in absolute terms (not mirrored by the interface)."""
    rtl = direction == Qt.LayoutDirection.RightToLeft
    for widget in widgets:
        widget.setLayoutDirection(direction)
        if isinstance(widget, (QPlainTextEdit, QTextEdit)):
            document = widget.document()
            option = document.defaultTextOption()
            option.setTextDirection(direction)
            option.setAlignment(Qt.AlignmentFlag.AlignAbsolute
                                | (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft))
            document.setDefaultTextOption(option)
