"""A small picker over the media library (images for the featured image, any file for an
attachment), read through the media service; the full media workspace lives elsewhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from nejat_desk.services.media import MediaService
    from nejat_desk.services.media_queries import PickRow

MEDIA_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MediaPickModel(QAbstractTableModel):
    def __init__(self, media: MediaService, edition: str, kinds: tuple[str, ...] = (), parent=None) -> None:
        super().__init__(parent)
        self.media = media
        self.edition = edition
        self.kinds = kinds
        self._rows: list[PickRow] = []
        self._headers = (self.tr("Title or file"), self.tr("Kind"), self.tr("Caption"), self.tr("Alt text"))

    def load(self, text: str = "") -> None:
        rows = self.media.pick_rows(self.edition, self.kinds, text)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 4:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == MEDIA_ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.label, row.kind, row.caption, row.alt_text)[index.column()] if index.column() < 4 else None
        return None

    def label_for(self, media_id: int) -> str:
        return next((row.label for row in self._rows if row.id == media_id), str(media_id))


class MediaPickerDialog(QDialog):
    def __init__(self, media: MediaService, edition: str, kinds: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose from the media library"))
        self.model = MediaPickModel(media, edition, kinds, self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter by title, file name or caption"))
        self.filter_edit.textChanged.connect(self.model.load)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().hide()
        self.view.doubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(640, 420)
        self.model.load()

    def selected_id(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.data(rows[0], MEDIA_ID_ROLE) if rows else None
