"""A small picker over the media library (images for the featured image, any file for an
attachment). Reads with plain sqlite3; the full media workspace lives elsewhere."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

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

MEDIA_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class MediaPickModel(QAbstractTableModel):
    def __init__(self, connect: Callable[[], sqlite3.Connection], edition: str, kinds: tuple[str, ...] = (),
                 parent=None) -> None:
        super().__init__(parent)
        self._connect = connect
        self.edition = edition
        self.kinds = kinds
        self._rows: list[tuple[int, str, str, str, str]] = []
        self._headers = (self.tr("Title or file"), self.tr("Kind"), self.tr("Caption"), self.tr("Alt text"))

    def load(self, text: str = "") -> None:
        where = ["m.deleted_at IS NULL"]
        params: list[object] = [self.edition]
        if self.kinds:
            where.append(f"m.kind IN ({','.join('?' * len(self.kinds))})")
            params += list(self.kinds)
        if text.strip():
            where.append("(m.title LIKE ? OR m.original_filename LIKE ? OR t.caption LIKE ?)")
            params += [f"%{text.strip()}%"] * 3
        sql = ("SELECT m.id, COALESCE(NULLIF(m.title, ''), m.original_filename), m.kind, "
               "COALESCE(t.caption, ''), COALESCE(t.alt_text, '') FROM media_items m "
               "LEFT JOIN media_texts t ON t.media_id = m.id AND t.edition_code = ? "
               f"WHERE {' AND '.join(where)} ORDER BY m.created_at DESC LIMIT 2000")
        conn = self._connect()
        try:
            rows = [tuple(r) for r in conn.execute(sql, params)]
        finally:
            conn.close()
        self.beginResetModel()
        self._rows = rows  # type: ignore[assignment]
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
            return row[0]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[1 + index.column()] if index.column() < 4 else None
        return None

    def label_for(self, media_id: int) -> str:
        for row in self._rows:
            if row[0] == media_id:
                return row[1]
        return str(media_id)


class MediaPickerDialog(QDialog):
    def __init__(self, connect: Callable[[], sqlite3.Connection], edition: str, kinds: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose from the media library"))
        self.model = MediaPickModel(connect, edition, kinds, self)
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
