"""The gallery editor: galleries of each kind, titles and descriptions per edition, cover, status
and schedule, and the order of the pictures, changed by drag and drop with undo and redo.

Undo commands change the gallery's order through the galleries service (the domain), then the
items model re-reads it; the view never holds the truth.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from datetime import UTC
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDateTime,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QIcon, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.domain import EDITIONS, GalleryKind
from nejat_desk.core.errors import NejatError
from nejat_desk.gui.bidi import apply_text_direction, edition_direction
from nejat_desk.gui.icons import icon
from nejat_desk.gui.media.grid_model import KIND_ICONS, MEDIA_IDS_MIME
from nejat_desk.gui.media.grid_view import CELL, MediaDelegate
from nejat_desk.gui.media.thumbnail_loader import ThumbnailLoader
from nejat_desk.services import galleries as gallery_service
from nejat_desk.services.media import MediaRow, fetch_rows, gallery_label

Index = QModelIndex | QPersistentModelIndex
GALLERY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ORDER_MIME = "application/x-nejat-gallery-rows"


def kind_labels() -> dict[str, str]:
    from PySide6.QtCore import QCoreApplication

    return {GalleryKind.PHOTO_GALLERY: QCoreApplication.translate("Galleries", "Photo Gallery"),
            GalleryKind.CARTOONS: QCoreApplication.translate("Galleries", "Cartoons"),
            GalleryKind.NEWSPICS: QCoreApplication.translate("Galleries", "NewsPics"),
            GalleryKind.VIDEOS: QCoreApplication.translate("Galleries", "Videos")}


class GalleryListModel(QAbstractListModel):
    def __init__(self, library: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.library = library
        self.kind: str | None = None
        self.trash = False
        self._rows: list[tuple[int, str, str, str]] = []  # id, label, kind, status

    def reload(self) -> None:
        self.beginResetModel()
        with self.library.session() as s:
            self._rows = [(g.id, gallery_label(g), g.kind, g.status)
                          for g in gallery_service.list_galleries(s, kind=self.kind, trash=self.trash)]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        gid, label, kind, status = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{label}  ·  {kind_labels().get(kind, kind)}  ·  {status}"
        if role == GALLERY_ID_ROLE:
            return gid
        return None

    def row_of(self, gallery_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r[0] == gallery_id), -1)


class GalleryItemsModel(QAbstractListModel):
    """The pictures of one gallery in order. Drops do not change the model: they ask the editor
    (through `order_requested`) to push an undoable command that changes the gallery."""

    order_requested = Signal(list, str)  # new order of media ids, command text

    def __init__(self, connect: Callable[[], sqlite3.Connection], loader: ThumbnailLoader, parent: Any = None) -> None:
        super().__init__(parent)
        self._connect = connect
        self.loader = loader
        self._ids: list[int] = []
        self._rows: dict[int, MediaRow] = {}
        self._icons: dict[str, QIcon] = {}
        loader.thumbnail_ready.connect(self._on_thumbnail)

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        conn = self._connect()
        try:
            self._rows = fetch_rows(conn, self._ids)
        finally:
            conn.close()
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows.get(self._ids[index.row()])
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {row.title or row.filename}"
        if role == Qt.ItemDataRole.DecorationRole:
            pix = self.loader.pixmap(row.sha256, row.mime)
            if pix is not None:
                return pix
            if row.kind not in self._icons:
                self._icons[row.kind] = icon(KIND_ICONS.get(row.kind, "mdi6.file-outline"))
            return self._icons[row.kind]
        if role == Qt.ItemDataRole.UserRole + 1:
            return row.id
        from nejat_desk.gui.media.grid_model import FLAGGED_ROLE, MISSING_ALT_ROLE

        if role == MISSING_ALT_ROLE:
            return row.kind == "image" and not row.has_alt and not row.flagged
        if role == FLAGGED_ROLE:
            return row.flagged
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops between items, not onto one
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [ORDER_MIME, MEDIA_IDS_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [self._ids[i.row()] for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()]
        data.setData(ORDER_MIME, QByteArray(json.dumps(ids).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return data.hasFormat(ORDER_MIME) or data.hasFormat(MEDIA_IDS_MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._ids)
        if data.hasFormat(ORDER_MIME):
            moving = json.loads(bytes(data.data(ORDER_MIME).data()).decode())
            new = gallery_service.move_items(self._ids, moving, row)
            if new != self._ids:
                self.order_requested.emit(new, self.tr("Move pictures"))
            return False  # the command changes the gallery; nothing for the view to remove
        if data.hasFormat(MEDIA_IDS_MIME):
            adding = [m for m in json.loads(bytes(data.data(MEDIA_IDS_MIME).data()).decode()) if m not in self._ids]
            if adding:
                self.order_requested.emit(self._ids[:row] + adding + self._ids[row:], self.tr("Add pictures"))
            return False
        return False

    @Slot(str)
    def _on_thumbnail(self, sha: str) -> None:
        for i, mid in enumerate(self._ids):
            row = self._rows.get(mid)
            if row is not None and row.sha256 == sha:
                idx = self.index(i)
                self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])


class SetOrderCommand(QUndoCommand):
    """Changes which pictures a gallery holds and in what order, through the service."""

    def __init__(self, editor: GalleryEditor, gallery_id: int, before: list[int], after: list[int], text: str) -> None:
        super().__init__(text)
        self.editor, self.gallery_id, self.before, self.after = editor, gallery_id, before, after

    def redo(self) -> None:
        self.editor.apply_order(self.gallery_id, self.after)

    def undo(self) -> None:
        self.editor.apply_order(self.gallery_id, self.before)


class GalleryEditor(QWidget):
    gallery_changed = Signal(int)
    cover_wanted = Signal()  # asks the workspace for the selected media item

    def __init__(self, library: Any, loader: ThumbnailLoader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.gallery_id: int | None = None
        self.undo_stack = QUndoStack(self)
        self._texts: dict[str, dict[str, str]] = {}
        self._edition = EDITIONS[0].code

        # left: the galleries
        self.kind_filter = QComboBox(self)
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind, label in kind_labels().items():
            self.kind_filter.addItem(label, kind.value)
        self.show_trash = QCheckBox(self.tr("Trash"), self)
        self.list_model = GalleryListModel(library, self)
        self.list_view = QListView(self)
        self.list_view.setModel(self.list_model)
        self.new_kind = QComboBox(self)
        for kind, label in kind_labels().items():
            self.new_kind.addItem(label, kind.value)
        self.new_button = QPushButton(self.tr("New gallery"), self)
        self.trash_button = QPushButton(self.tr("Move to Trash"), self)
        left = QWidget(self)
        ll = QVBoxLayout(left)
        row = QHBoxLayout()
        row.addWidget(self.kind_filter, 1)
        row.addWidget(self.show_trash)
        ll.addLayout(row)
        ll.addWidget(self.list_view, 1)
        row2 = QHBoxLayout()
        row2.addWidget(self.new_kind, 1)
        row2.addWidget(self.new_button)
        ll.addLayout(row2)
        ll.addWidget(self.trash_button)

        # right: one gallery
        self.editions = QTabBar(self)
        for e in EDITIONS:
            self.editions.addTab(e.native_name)
            self.editions.setTabData(self.editions.count() - 1, e.code)
        self.title = QLineEdit(self)
        self.title.setPlaceholderText(self.tr("Title in this edition"))
        self.description = QPlainTextEdit(self)
        self.description.setPlaceholderText(self.tr("Description"))
        self.description.setMaximumHeight(70)
        self.status = QComboBox(self)
        for status in gallery_service.GALLERY_STATUSES:
            self.status.addItem(status.value.replace("_", " "), status.value)
        self.scheduled = QCheckBox(self.tr("Scheduled for"), self)
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.cover = QLabel(self.tr("No cover"), self)
        self.cover_button = QPushButton(self.tr("Use selected picture as cover"), self)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.undo_button = QToolButton(self)
        self.redo_button = QToolButton(self)
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        undo.setIcon(icon("mdi6.undo"))
        redo.setIcon(icon("mdi6.redo"))
        self.undo_button.setDefaultAction(undo)
        self.redo_button.setDefaultAction(redo)
        self.remove_button = QPushButton(self.tr("Remove from gallery"), self)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c03030;")

        self.items_model = GalleryItemsModel(lambda: library.raw(), loader, self)
        self.items_view = QListView(self)
        self.items_view.setModel(self.items_model)
        self.items_view.setViewMode(QListView.ViewMode.IconMode)
        self.items_view.setMovement(QListView.Movement.Snap)
        self.items_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.items_view.setUniformItemSizes(True)
        self.items_view.setGridSize(CELL)
        self.items_view.setItemDelegate(MediaDelegate(self.items_view))
        self.items_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.items_view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.items_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items_view.setDragEnabled(True)
        self.items_view.setAcceptDrops(True)
        self.items_view.setDropIndicatorShown(True)

        right = QWidget(self)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Description"), self.description)
        when_row = QHBoxLayout()
        when_row.addWidget(self.status)
        when_row.addWidget(self.scheduled)
        when_row.addWidget(self.when, 1)
        form.addRow(self.tr("Status"), when_row)
        cover_row = QHBoxLayout()
        cover_row.addWidget(self.cover, 1)
        cover_row.addWidget(self.cover_button)
        form.addRow(self.tr("Cover"), cover_row)
        tools = QHBoxLayout()
        tools.addWidget(self.undo_button)
        tools.addWidget(self.redo_button)
        tools.addWidget(self.remove_button)
        tools.addStretch(1)
        tools.addWidget(self.save_button)
        rl = QVBoxLayout(right)
        rl.addWidget(self.editions)
        rl.addLayout(form)
        rl.addWidget(self.problems)
        rl.addWidget(QLabel(self.tr("Pictures (drag to reorder; drag from the library to add)"), self))
        rl.addWidget(self.items_view, 1)
        rl.addLayout(tools)

        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        self.kind_filter.currentIndexChanged.connect(self.reload_list)
        self.show_trash.toggled.connect(self.reload_list)
        self.list_view.selectionModel().currentChanged.connect(
            lambda cur, _prev: self.open_gallery(cur.data(GALLERY_ID_ROLE) if cur.isValid() else None))
        self.new_button.clicked.connect(self.new_gallery)
        self.trash_button.clicked.connect(self.trash_or_restore)
        self.editions.currentChanged.connect(self._edition_changed)
        self.save_button.clicked.connect(self.save)
        self.items_model.order_requested.connect(self.push_order)
        self.remove_button.clicked.connect(self.remove_selected)
        self.cover_button.clicked.connect(self._cover_from_items)
        self.reload_list()
        self.open_gallery(None)

    # --- the list ------------------------------------------------------------------------------------
    def reload_list(self) -> None:
        self.list_model.kind = self.kind_filter.currentData()
        self.list_model.trash = self.show_trash.isChecked()
        self.list_model.reload()
        self.trash_button.setText(self.tr("Restore") if self.list_model.trash else self.tr("Move to Trash"))
        if self.gallery_id is not None:
            row = self.list_model.row_of(self.gallery_id)
            if row >= 0:
                self.list_view.setCurrentIndex(self.list_model.index(row))

    def new_gallery(self) -> None:
        kind = self.new_kind.currentData()
        title = self.tr("New %1").replace("%1", self.new_kind.currentText())
        with self.library.session() as s:
            gid = gallery_service.create_gallery(s, kind, {EDITIONS[0].code: title}).id
        self.gallery_id = gid
        self.reload_list()
        self.open_gallery(gid)
        self.gallery_changed.emit(gid)

    def trash_or_restore(self) -> None:
        if self.gallery_id is None:
            return
        try:
            with self.library.session() as s:
                if self.list_model.trash:
                    gallery_service.restore_gallery(s, self.gallery_id)
                else:
                    gallery_service.trash_gallery(s, self.gallery_id)
        except NejatError as exc:
            QMessageBox.warning(self, self.tr("Not moved"), str(exc))
            return
        changed = self.gallery_id
        self.gallery_id = None
        self.reload_list()
        self.open_gallery(None)
        self.gallery_changed.emit(changed)

    # --- one gallery ----------------------------------------------------------------------------------
    def open_gallery(self, gallery_id: int | None) -> None:
        if gallery_id != self.gallery_id:
            self.undo_stack.clear()
        self.gallery_id = gallery_id
        enabled = gallery_id is not None
        for w in (self.title, self.description, self.status, self.scheduled, self.when, self.cover_button,
                  self.save_button, self.remove_button, self.items_view, self.editions):
            w.setEnabled(enabled)
        if gallery_id is None:
            self._texts = {}
            self.title.clear()
            self.description.clear()
            self.items_model.set_ids([])
            self.cover.setText(self.tr("No cover"))
            self.problems.clear()
            return
        with self.library.session() as s:
            g = gallery_service.get_gallery(s, gallery_id)
            self._texts = {t.edition_code: {"title": t.title, "description": t.description} for t in g.texts}
            status, when, cover = g.status, g.scheduled_at, g.cover_media_id
            ids = gallery_service.item_ids(s, gallery_id)
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.scheduled.setChecked(when is not None)
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())) if when
                              else QDateTime.currentDateTime().addDays(1))
        self.cover.setText(self.tr("Media #%1").replace("%1", str(cover)) if cover else self.tr("No cover"))
        self._load_edition(self._edition)
        self.items_model.set_ids(ids)
        self.problems.clear()

    def _store_edition(self) -> None:
        self._texts[self._edition] = {"title": self.title.text(), "description": self.description.toPlainText()}

    def _load_edition(self, code: str) -> None:
        self._edition = code
        entry = self._texts.get(code, {"title": "", "description": ""})
        apply_text_direction(edition_direction(code), (self.title, self.description))
        self.title.setText(entry["title"])
        self.description.setPlainText(entry["description"])

    def _edition_changed(self, index: int) -> None:
        if self.gallery_id is None or index < 0:
            return
        self._store_edition()
        self._load_edition(self.editions.tabData(index))

    def save(self) -> bool:
        if self.gallery_id is None:
            return False
        self._store_edition()
        try:
            with self.library.session() as s:
                for code, entry in self._texts.items():
                    gallery_service.set_gallery_text(s, self.gallery_id, code, title=entry["title"],
                                                     description=entry["description"])
                when = self.when.dateTime().toPython().astimezone(UTC) if self.scheduled.isChecked() else None
                gallery_service.update_gallery(s, self.gallery_id, scheduled_at=when)
                s.flush()
                gallery_service.set_status(s, self.gallery_id, self.status.currentData())
        except NejatError as exc:
            self.problems.setText(str(exc))
            return False
        self.problems.clear()
        self.reload_list()
        self.gallery_changed.emit(self.gallery_id)
        return True

    def set_cover(self, media_id: int) -> None:
        if self.gallery_id is None:
            return
        with self.library.session() as s:
            gallery_service.update_gallery(s, self.gallery_id, cover_media_id=media_id)
        self.cover.setText(self.tr("Media #%1").replace("%1", str(media_id)))

    def _cover_from_items(self) -> None:
        current = self.items_view.currentIndex()
        if current.isValid():
            self.set_cover(current.data(Qt.ItemDataRole.UserRole + 1))
        else:
            self.cover_wanted.emit()

    # --- order, with undo -------------------------------------------------------------------------------
    @Slot(list, str)
    def push_order(self, new_order: list[int], text: str) -> None:
        if self.gallery_id is None:
            return
        self.undo_stack.push(SetOrderCommand(self, self.gallery_id, self.items_model.ids(), list(new_order), text))

    def add_media(self, media_ids: Sequence[int]) -> None:
        current = self.items_model.ids()
        new = [m for m in media_ids if m not in current]
        if new:
            self.push_order(current + new, self.tr("Add pictures"))

    def remove_selected(self) -> None:
        chosen = {i.data(Qt.ItemDataRole.UserRole + 1) for i in self.items_view.selectedIndexes()}
        if chosen:
            self.push_order([m for m in self.items_model.ids() if m not in chosen], self.tr("Remove pictures"))

    def move(self, media_ids: Sequence[int], to_row: int) -> None:
        """Move pictures as a drop would (used by keyboard actions and tests)."""
        new = gallery_service.move_items(self.items_model.ids(), media_ids, to_row)
        if new != self.items_model.ids():
            self.push_order(new, self.tr("Move pictures"))

    def apply_order(self, gallery_id: int, order: list[int]) -> None:
        with self.library.session() as s:
            gallery_service.set_order(s, gallery_id, order)
        if gallery_id == self.gallery_id:
            self.items_model.set_ids(order)
        self.gallery_changed.emit(gallery_id)
