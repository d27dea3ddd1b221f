"""The thumbnail grid: a QListView in icon mode with a delegate that draws the thumbnail, the
name and a badge for missing alt text; files dropped on it from outside are handed on for import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from nejat_desk.gui.media.grid_model import FLAGGED_ROLE, MISSING_ALT_ROLE

# The alt-text badges' fills under white text: 4.5 : 1 or more (tests/gui/test_palette.py).
BADGE_MISSING = QColor(200, 40, 40)
BADGE_FLAGGED = QColor(179, 92, 0)

CELL = QSize(176, 200)
THUMB = QSize(160, 160)


class MediaDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return CELL

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        rect = option.rect.adjusted(4, 4, -4, -4)
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.highlight())
        thumb_rect = QRect(rect.x() + (rect.width() - THUMB.width()) // 2, rect.y() + 2, THUMB.width(),
                           THUMB.height())
        deco = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(deco, QPixmap) and not deco.isNull():
            scaled = deco.size().scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, scaled.width(), scaled.height())
            target.moveCenter(thumb_rect.center())
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            painter.drawPixmap(target, deco)
        elif isinstance(deco, QIcon):
            painter.fillRect(thumb_rect, palette.alternateBase())
            icon_rect = QRect(0, 0, 64, 64)
            icon_rect.moveCenter(thumb_rect.center())
            deco.paint(painter, icon_rect)
        text_rect = QRect(rect.x() + 2, thumb_rect.bottom() + 4, rect.width() - 4, rect.bottom() - thumb_rect.bottom() - 4)
        painter.setPen(palette.highlightedText().color() if selected else palette.text().color())
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        elided = option.fontMetrics.elidedText(text, Qt.TextElideMode.ElideMiddle, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, elided)
        badge = None
        if index.data(MISSING_ALT_ROLE):
            badge = (BADGE_MISSING, QCoreApplication.translate("MediaGrid", "ALT"))
        elif index.data(FLAGGED_ROLE):
            badge = (BADGE_FLAGGED, QCoreApplication.translate("MediaGrid", "ALT?"))
        if badge:
            font = painter.font()
            font.setBold(True)
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
            painter.setFont(font)
            width = painter.fontMetrics().horizontalAdvance(badge[1]) + 8
            box = QRect(thumb_rect.right() - width - 2, thumb_rect.top() + 2, width, painter.fontMetrics().height() + 2)
            painter.fillRect(box, badge[0])
            painter.setPen(QColor("white"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, badge[1])
        painter.restore()


class MediaGridView(QListView):
    files_dropped = Signal(list)  # list[Path], dropped from outside the app

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(500)
        self.setGridSize(CELL)
        self.setSpacing(0)
        self.setWrapping(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(40)
        self.setItemDelegate(MediaDelegate(self))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and event.source() is None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasUrls() and event.source() is None:
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        if event.mimeData().hasUrls() and event.source() is None:
            paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
            if paths:
                self.files_dropped.emit(paths)
            event.acceptProposedAction()
            return
        event.ignore()
