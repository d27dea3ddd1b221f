"""What an empty view says: a short sentence on what to do, and at most one button that does it.

An EmptyHint lies over a list or table's viewport and shows itself only while the view's
model has no rows, so every workspace words its own empty state the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyHint(QWidget):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.setObjectName("EmptyHint")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.button = QPushButton(self)
        self.button.hide()
        self._action: Callable[[], None] | None = None
        self.button.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged):
            signal.connect(self.refresh)
        self.refresh()

    def say(self, text: str, button_text: str = "", action: Callable[[], None] | None = None) -> None:
        """What the empty view says now, and the one thing it offers to do (none without a text)."""
        self.label.setText(text)
        self._action = action if button_text else None
        self.button.setText(button_text)
        self.button.setVisible(bool(button_text))
        self.refresh()

    def refresh(self) -> None:
        self.setGeometry(self.view.viewport().rect())
        self.setVisible(self.view.model().rowCount() == 0 and bool(self.label.text()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.view.viewport().rect())
        return False

    def _clicked(self) -> None:
        if self._action is not None:
            self._action()
