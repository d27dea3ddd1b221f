"""The in-window notice of an item that came due."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from nejat_desk.services.schedule import DueNotice


class NoticeBar(QFrame):
    """The in-window notice for an item that came due (used when there is no system tray)."""

    done_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("NoticeBar { background: #fff3bf; border: 1px solid #f08c00; } "
                           "NoticeBar QLabel { color: #5c3c00; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.done_button = QPushButton(self.tr("Mark done"), self)
        close = QToolButton(self)
        close.setText("×")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.done_button)
        layout.addWidget(close)
        self.notice: DueNotice | None = None
        self.done_button.clicked.connect(self._done)
        self.hide()

    def show_notice(self, notice: DueNotice) -> None:
        self.notice = notice
        self.label.setText(self.tr("Due now: {action}").format(action=notice.action))
        self.show()

    def _done(self) -> None:
        if self.notice is not None:
            self.done_clicked.emit(self.notice.entry_id)
        self.hide()
