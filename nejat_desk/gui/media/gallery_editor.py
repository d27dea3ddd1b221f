"""The gallery editor: galleries of each kind, titles and descriptions per edition, cover, status
and schedule, and the order of the pictures, changed by drag and drop with undo and redo.

The layout is the Designer form ui/gallery_editor.ui. Undo commands change the gallery's order
through the gallery service (the domain), then the items model re-reads it; the view never holds
the truth.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QDateTime,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QIcon, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.domain import EDITIONS, GalleryKind
from nejat_desk.core.errors import NejatError
from nejat_desk.gui.dates import use_interface_calendar
from nejat_desk.gui.forms import form_child, load_form
from nejat_desk.gui.icons import icon
from nejat_desk.gui.media.edition_texts import EditionTabBar, EditionTexts, TextField
from nejat_desk.gui.media.grid_model import KIND_ICONS, MEDIA_IDS_MIME
from nejat_desk.gui.media.grid_view import CELL, MediaDelegate
from nejat_desk.gui.media.thumbnail_loader import ThumbnailLoader
from nejat_desk.services.galleries import GALLERY_STATUSES, GalleryInfo, GalleryText, move_items
from nejat_desk.services.media_queries import MediaRow

if TYPE_CHECKING:
    from nejat_desk.services.galleries import GalleryService
    from nejat_desk.services.media import MediaService

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
    def __init__(self, galleries: GalleryService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.galleries = galleries
        self.kind: str | None = None
        self.trash = False
        self._rows: list[GalleryInfo] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self.galleries.summaries(kind=self.kind, trash=self.trash)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.label}  ·  {kind_labels().get(row.kind, row.kind)}  ·  {row.status}"
        if role == GALLERY_ID_ROLE:
            return row.id
        return None

    def row_of(self, gallery_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == gallery_id), -1)


class GalleryItemsModel(QAbstractListModel):
    """The pictures of one gallery in order. Drops do not change the model: they ask the editor
    (through `order_requested`) to push an undoable command that changes the gallery."""

    order_requested = Signal(list, str)  # new order of media ids, command text

    def __init__(self, media: MediaService, loader: ThumbnailLoader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.media = media
        self.loader = loader
        self._ids: list[int] = []
        self._rows: dict[int, MediaRow] = {}
        self._icons: dict[str, QIcon] = {}
        loader.thumbnail_ready.connect(self._on_thumbnail)

    def set_ids(self, ids: Sequence[int]) -> None:
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = self.media.rows(self._ids)
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
            new = move_items(self._ids, moving, row)
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

    def __init__(self, galleries: GalleryService, media: MediaService, loader: ThumbnailLoader,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.galleries = galleries
        self.gallery_id: int | None = None
        # The pre-flight gate (gui/articles/preflight_dialog.py sets it): (gallery id, planned time or
        # None, "schedule"/"publish") -> True to go on. None: nothing is gated.
        self.gate: Callable[[int, datetime | None, str], bool] | None = None
        self.undo_stack = QUndoStack(self)
        self.list_model = GalleryListModel(galleries, self)
        self.items_model = GalleryItemsModel(media, loader, self)
        self._bind_form()
        fields: dict[str, TextField] = {"title": self.title, "description": self.description}
        self.edition_texts = EditionTexts(self.editions, fields, self)
        self._fill_choices()
        self._set_up_views()
        self._connect()
        self.reload_list()
        self.open_gallery(None)

    def _bind_form(self) -> None:
        form = load_form("gallery_editor.ui", self, custom_widgets=[EditionTabBar])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        for pane in ("galleriesPane", "galleryPane"):
            form_child(form, QWidget, pane).layout().unsetContentsMargins()  # the style's, as in code
        self.kind_filter = form_child(form, QComboBox, "kindFilter")
        self.show_trash = form_child(form, QCheckBox, "showTrash")
        self.list_view = form_child(form, QListView, "listView")
        self.new_kind = form_child(form, QComboBox, "newKind")
        self.new_button = form_child(form, QPushButton, "newButton")
        self.trash_button = form_child(form, QPushButton, "trashButton")
        self.editions = form_child(form, EditionTabBar, "editions")
        self.title = form_child(form, QLineEdit, "title")
        self.description = form_child(form, QPlainTextEdit, "description")
        self.status = form_child(form, QComboBox, "status")
        self.scheduled = form_child(form, QCheckBox, "scheduled")
        self.when = form_child(form, QDateTimeEdit, "when")
        use_interface_calendar(self.when)  # Solar Hijri in Farsi, read year first in right to left
        self.cover = form_child(form, QLabel, "cover")
        self.cover_button = form_child(form, QPushButton, "coverButton")
        self.problems = form_child(form, QLabel, "problems")
        self.items_view = form_child(form, QListView, "itemsView")
        self.undo_button = form_child(form, QToolButton, "undoButton")
        self.redo_button = form_child(form, QToolButton, "redoButton")
        self.remove_button = form_child(form, QPushButton, "removeButton")
        self.save_button = form_child(form, QPushButton, "saveButton")

    def _fill_choices(self) -> None:
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind, label in kind_labels().items():
            self.kind_filter.addItem(label, kind.value)
            self.new_kind.addItem(label, kind.value)
        for status in GALLERY_STATUSES:
            self.status.addItem(status.value.replace("_", " "), status.value)
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        undo.setIcon(icon("mdi6.undo"))
        redo.setIcon(icon("mdi6.redo"))
        self.undo_button.setDefaultAction(undo)
        self.redo_button.setDefaultAction(redo)

    def _set_up_views(self) -> None:
        self.list_view.setModel(self.list_model)
        self.items_view.setModel(self.items_model)
        self.items_view.setGridSize(CELL)
        self.items_view.setItemDelegate(MediaDelegate(self.items_view))

    def _connect(self) -> None:
        self.kind_filter.currentIndexChanged.connect(self.reload_list)
        self.show_trash.toggled.connect(self.reload_list)
        self.list_view.selectionModel().currentChanged.connect(
            lambda cur, _prev: self.open_gallery(cur.data(GALLERY_ID_ROLE) if cur.isValid() else None))
        self.new_button.clicked.connect(self.new_gallery)
        self.trash_button.clicked.connect(self.trash_or_restore)
        self.save_button.clicked.connect(self.save)
        self.items_model.order_requested.connect(self.push_order)
        self.remove_button.clicked.connect(self.remove_selected)
        self.cover_button.clicked.connect(self._cover_from_items)

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
        gid = self.galleries.create(kind, {EDITIONS[0].code: title})
        self.gallery_id = gid
        self.reload_list()
        self.open_gallery(gid)
        self.gallery_changed.emit(gid)

    def trash_or_restore(self) -> None:
        if self.gallery_id is None:
            return
        try:
            if self.list_model.trash:
                self.galleries.restore(self.gallery_id)
            else:
                self.galleries.trash(self.gallery_id)
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
            self.edition_texts.set_texts({})
            self.items_model.set_ids([])
            self.cover.setText(self.tr("No cover"))
            self.problems.clear()
            return
        gallery = self.galleries.detail(gallery_id)
        status, when, cover = gallery.status, gallery.scheduled_at, gallery.cover_media_id
        self.status.setCurrentIndex(max(0, self.status.findData(status)))
        self.scheduled.setChecked(when is not None)
        self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())) if when
                              else QDateTime.currentDateTime().addDays(1))
        self.cover.setText(self.tr("Media #%1").replace("%1", str(cover)) if cover else self.tr("No cover"))
        self.edition_texts.set_texts({code: {"title": t.title, "description": t.description}
                                      for code, t in gallery.texts.items()})
        self.items_model.set_ids(gallery.item_ids)
        self.problems.clear()

    def save(self) -> bool:
        if self.gallery_id is None:
            return False
        texts = {code: GalleryText(values["title"], values["description"])
                 for code, values in self.edition_texts.texts().items()}
        when = self.when.dateTime().toPython().astimezone(UTC) if self.scheduled.isChecked() else None
        status = self.status.currentData()
        try:
            before = self.galleries.detail(self.gallery_id)
            action = _going_out(before.scheduled_at, before.status, when, status)
            if action and self.gate is not None:
                # The words are saved first, so the check sees them; the plan waits for the gate.
                self.galleries.save(self.gallery_id, texts=texts, scheduled_at=before.scheduled_at,
                                    status=before.status)
                if not self.gate(self.gallery_id, when, action):
                    self.problems.setText(self.tr("Saved, but not planned or published: the pre-flight check "
                                                  "found what blocks it."))
                    return False
            self.galleries.save(self.gallery_id, texts=texts, scheduled_at=when, status=status)
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
        self.galleries.set_cover(self.gallery_id, media_id)
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

    def move_pictures(self, media_ids: Sequence[int], to_row: int) -> None:
        """Move pictures as a drop would (used by keyboard actions and tests)."""
        new = move_items(self.items_model.ids(), media_ids, to_row)
        if new != self.items_model.ids():
            self.push_order(new, self.tr("Move pictures"))

    def apply_order(self, gallery_id: int, order: list[int]) -> None:
        self.galleries.set_order(gallery_id, order)
        if gallery_id == self.gallery_id:
            self.items_model.set_ids(order)
        self.gallery_changed.emit(gallery_id)


def _going_out(was_when: datetime | None, was_status: str, when: datetime | None, status: str) -> str:
    """What the save asks of the gallery that the pre-flight gate must clear: "publish" (published
    now), "schedule" (a new planned time, or marked scheduled), or "" (nothing)."""
    if status == "published" and was_status != "published":
        return "publish"
    moved = when is not None and when != was_when
    if status != "published" and (moved or (status == "scheduled" and was_status != "scheduled")):
        return "schedule"
    return ""

