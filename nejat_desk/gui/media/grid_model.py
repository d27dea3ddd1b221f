"""The media grid's model: holds only ids; rows are read lazily in pages from the media service
(plain sqlite3 underneath) and thumbnails come from the ThumbnailLoader as the view asks for
visible items."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QIcon

from nejat_desk.gui.icons import icon
from nejat_desk.gui.media.thumbnail_loader import ThumbnailLoader
from nejat_desk.services.media_queries import MediaFilter, MediaRow

if TYPE_CHECKING:
    from nejat_desk.services.media import MediaService

MEDIA_ID_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2
MISSING_ALT_ROLE = Qt.ItemDataRole.UserRole + 3
FLAGGED_ROLE = Qt.ItemDataRole.UserRole + 4
HAS_THUMB_ROLE = Qt.ItemDataRole.UserRole + 5
MEDIA_IDS_MIME = "application/x-nejat-media-ids"
PAGE = 200
KIND_ICONS = {"image": "mdi6.image-outline", "pdf": "mdi6.file-pdf-box", "video": "mdi6.filmstrip",
              "remote_video": "mdi6.youtube"}

Index = QModelIndex | QPersistentModelIndex


class MediaGridModel(QAbstractListModel):
    def __init__(self, media: MediaService, loader: ThumbnailLoader, parent: object = None) -> None:
        super().__init__(parent)
        self.media = media
        self.loader = loader
        self.filter = MediaFilter()
        self._ids: list[int] = []
        self._rows: dict[int, MediaRow] = {}
        self._row_of: dict[int, int] = {}
        self._by_sha: dict[str, list[int]] = {}
        self._icons: dict[str, QIcon] = {}
        loader.thumbnail_ready.connect(self._on_thumbnail)

    # --- loading ---------------------------------------------------------------------------------
    def set_filter(self, flt: MediaFilter) -> None:
        self.filter = flt
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = self.media.find(self.filter)
        self._row_of = {mid: i for i, mid in enumerate(self._ids)}
        self._rows.clear()
        self._by_sha.clear()
        self.endResetModel()

    def refresh_ids(self, ids: list[int]) -> None:
        """Re-read rows that changed (captions, alt text) without resetting the view."""
        for mid in ids:
            self._rows.pop(mid, None)
            row = self._row_of.get(mid)
            if row is not None:
                idx = self.index(row)
                self.dataChanged.emit(idx, idx)

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_for(self, mid: int) -> MediaRow | None:
        if mid not in self._rows:
            row = self._row_of.get(mid)
            if row is None:
                return None
            page = self._ids[(row // PAGE) * PAGE:(row // PAGE + 1) * PAGE]
            fetched = self.media.rows([i for i in page if i not in self._rows])
            self._rows.update(fetched)
            for r in fetched.values():
                if r.sha256:
                    self._by_sha.setdefault(r.sha256, []).append(r.id)
        return self._rows.get(mid)

    def index_of(self, mid: int) -> QModelIndex:
        row = self._row_of.get(mid)
        return self.index(row) if row is not None else QModelIndex()

    # --- Qt model ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        mid = self._ids[index.row()]
        if role == MEDIA_ID_ROLE:
            return mid
        row = self.row_for(mid)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title or row.filename or f"#{row.id}"
        if role == Qt.ItemDataRole.DecorationRole:
            pix = self.loader.pixmap(row.sha256, row.mime)
            return pix if pix is not None else self._kind_icon(row.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            size = f"{row.width} × {row.height}" if row.width else ""
            return "\n".join(t for t in (row.title or row.filename, size) if t)
        if role == KIND_ROLE:
            return row.kind
        if role == MISSING_ALT_ROLE:
            return row.kind == "image" and not row.has_alt and not row.flagged
        if role == FLAGGED_ROLE:
            return row.flagged
        if role == HAS_THUMB_ROLE:
            return row.sha256 is not None and self.loader._cache.get(row.sha256) is not None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [MEDIA_IDS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [self._ids[i.row()] for i in indexes if i.isValid()]
        data.setData(MEDIA_IDS_MIME, QByteArray(json.dumps(ids).encode()))
        return data

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def _kind_icon(self, kind: str) -> QIcon:
        if kind not in self._icons:
            self._icons[kind] = icon(KIND_ICONS.get(kind, "mdi6.file-outline"))
        return self._icons[kind]

    @Slot(str)
    def _on_thumbnail(self, sha: str) -> None:
        for mid in self._by_sha.get(sha, []):
            row = self._row_of.get(mid)
            if row is not None:
                idx = self.index(row)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])

