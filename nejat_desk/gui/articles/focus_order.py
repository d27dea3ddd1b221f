"""Keyboard focus in the editor: Tab follows the reading order, and never lands somewhere unseen.

The order is logical (first to last); Qt mirrors the layout in right-to-left, so the same chain
reads right to left there. A pane the writer collapsed in the splitter takes no focus until it
is opened again (a zero-width widget is "visible" to Qt but not to the writer).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget

_SAVED_POLICY = "nejat_focus_policy"


def chain(widgets: Sequence[QWidget]) -> None:
    """Tab goes from each widget to the next, Shift+Tab back."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def skip_collapsed(splitter: QSplitter) -> None:
    """Collapsed panes (size 0) and everything in them take no focus; opened again, they do."""
    for index, size in enumerate(splitter.sizes()):
        pane = splitter.widget(index)
        for widget in (pane, *pane.findChildren(QWidget)):
            saved = widget.property(_SAVED_POLICY)
            if size == 0 and saved is None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
                widget.setProperty(_SAVED_POLICY, widget.focusPolicy().value)
                widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                if widget.hasFocus():
                    widget.clearFocus()
            elif size > 0 and saved is not None:
                widget.setFocusPolicy(Qt.FocusPolicy(int(saved)))
                widget.setProperty(_SAVED_POLICY, None)
