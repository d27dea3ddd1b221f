"""The Media workspace: the library grid with filters and the detail panel, and the galleries."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.errors import InUseError, NejatError
from nejat_desk.gui.articles.preflight_dialog import add_gallery_check
from nejat_desk.gui.context import AppContext
from nejat_desk.gui.empty_state import EmptyHint
from nejat_desk.gui.icons import icon
from nejat_desk.gui.media.crop_editor import CropEditorDialog
from nejat_desk.gui.media.detail_panel import MediaDetailPanel
from nejat_desk.gui.media.filter_bar import MediaFilterBar
from nejat_desk.gui.media.gallery_editor import GalleryEditor
from nejat_desk.gui.media.grid_model import MEDIA_ID_ROLE, MediaGridModel
from nejat_desk.gui.media.grid_view import MediaGridView
from nejat_desk.gui.media.import_dialog import MediaImportDialog
from nejat_desk.gui.media.thumbnail_loader import ThumbnailLoader
from nejat_desk.gui.tasks import TaskHandle
from nejat_desk.gui.workspace import Workspace
from nejat_desk.gui.writes import write
from nejat_desk.services.media_import import ImportReport
from nejat_desk.services.media_queries import MediaFilter

if TYPE_CHECKING:
    from nejat_desk.services.media import EmptiedTrash


class MediaWorkspace(Workspace):
    workspace_id = "media"
    icon_name = "mdi6.image-multiple-outline"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.media = context.desk.media
        self.loader = ThumbnailLoader(self.media.thumbnail, self)
        self.model = MediaGridModel(self.media, self.loader, self)
        self.grid = MediaGridView(self)
        self.grid.setModel(self.model)
        self.filters = MediaFilterBar(self)
        self.detail = MediaDetailPanel(self.media, self)
        self.galleries = GalleryEditor(context.desk.galleries, self.media, self.loader, self)
        self.preflight_button = add_gallery_check(self.galleries, context)  # "Pre-flight…" beside Save
        self.import_dialog: MediaImportDialog | None = None

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.import_files_action = self._action("mdi6.file-image-plus-outline", self.tr("Import Files…"),
                                                self.import_files, QKeySequence(self.tr("Ctrl+Shift+I")))
        self.import_folder_action = self._action("mdi6.folder-image", self.tr("Import Folder…"), self.import_folder)
        self.add_video_action = self._action("mdi6.youtube", self.tr("Add Hosted Video…"), self.add_video)
        self.toolbar.addSeparator()
        self.to_gallery_action = self._action("mdi6.image-move", self.tr("Add to Open Gallery"),
                                              self.add_selected_to_gallery)
        self.trash_action = self._action("mdi6.trash-can-outline", self.tr("Move to Trash"),
                                         self.trash_selected, QKeySequence(QKeySequence.StandardKey.Delete))
        self.empty_trash_action = self._action("mdi6.delete-forever-outline", self.tr("Empty Trash"),
                                               self.empty_trash)

        library_page = QWidget(self)
        split = QSplitter(Qt.Orientation.Horizontal, library_page)
        split.addWidget(self.grid)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        pl = QVBoxLayout(library_page)
        pl.setContentsMargins(4, 4, 4, 4)
        pl.addWidget(self.filters)
        pl.addWidget(split, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(library_page, self.tr("Library"))
        self.tabs.addTab(self.galleries, self.tr("Galleries"))
        # Dragging pictures from the grid over the Galleries tab opens it, so they can be dropped in.
        self.tabs.tabBar().setChangeCurrentOnDrag(True)
        self.tabs.tabBar().setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.tabs, 1)

        self.filters.filter_changed.connect(self.model.set_filter)
        self.empty_hint = EmptyHint(self.grid)
        self.filters.filter_changed.connect(self._say_when_empty)
        self._say_when_empty(self.model.filter)
        self.grid.selectionModel().currentChanged.connect(self._current_changed)
        self.grid.files_dropped.connect(self.import_paths)
        self.detail.saved.connect(self._saved)
        self.detail.crop_requested.connect(self.edit_crops)
        self.detail.trash_requested.connect(self._trash_or_restore_one)
        self.galleries.gallery_changed.connect(lambda _gid: self._refresh_lists())
        self.galleries.cover_wanted.connect(self._cover_from_selection)
        context.media_changed.connect(self._media_changed)
        context.library_replaced.connect(self.reload)
        self.reload()

    def _action(self, icon_name: str, text: str, slot: object, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(icon(icon_name), text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    # --- Workspace hooks ----------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Media")

    def undo_stack(self) -> QUndoStack | None:
        return self.galleries.undo_stack

    def new_actions(self) -> list[QAction]:
        return [self.import_files_action]

    def _say_when_empty(self, flt: MediaFilter) -> None:
        if flt == MediaFilter():
            self.empty_hint.say(self.tr("No pictures, PDFs or videos yet. Drop files here from your file manager, "
                                        "or import them."), self.import_files_action.text(), self.import_files)
        elif flt.trash and flt == MediaFilter(trash=True):
            self.empty_hint.say(self.tr("The trash is empty."))
        else:
            self.empty_hint.say(self.tr("Nothing matches these filters."))

    def menus(self) -> list[QMenu]:
        """The toolbar's actions in a Media menu too, where their shortcuts show."""
        menu = self.findChild(QMenu, "MediaMenu")
        if menu is None:  # built once, on the first show
            menu = QMenu(self.tr("&Media"), self)
            menu.setObjectName("MediaMenu")
            menu.addActions([self.import_files_action, self.import_folder_action, self.add_video_action])
            menu.addSeparator()
            menu.addActions([self.to_gallery_action, self.trash_action, self.empty_trash_action])
        return [menu]

    def on_activated(self) -> None:
        self.grid.setFocus()

    def open_record(self, record_id: int) -> None:
        self.select_media(record_id)

    def save_state(self) -> None:
        if self.detail.media_id is not None:
            self.detail.save()

    # --- loading ----------------------------------------------------------------------------------------
    def reload(self) -> None:
        self.model.reload()
        self._refresh_lists()

    def _refresh_lists(self) -> None:
        self.filters.set_tags(self.media.tags())
        self.filters.set_galleries(self.context.desk.galleries.summaries())

    def select_media(self, media_id: int) -> None:
        index = self.model.index_of(media_id)
        if index.isValid():
            self.tabs.setCurrentIndex(0)
            self.grid.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.grid.scrollTo(index)

    def selected_ids(self) -> list[int]:
        return [i.data(MEDIA_ID_ROLE) for i in self.grid.selectionModel().selectedIndexes()]

    @Slot()
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.detail.media_id is not None:
            self.detail.save()
        self.detail.show_media(current.data(MEDIA_ID_ROLE) if current.isValid() else None)

    def _saved(self, media_id: int) -> None:
        self.model.refresh_ids([media_id])
        self.context.media_changed.emit([media_id])

    def _media_changed(self, ids: list) -> None:
        if ids:
            self.model.refresh_ids(ids)
        else:
            self.reload()

    # --- import ---------------------------------------------------------------------------------------------
    def import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import media"), "",
            self.tr("Images, PDFs and videos (*.jpg *.jpeg *.png *.webp *.gif *.pdf *.mp4 *.webm);;All files (*)"))
        if files:
            self.import_paths([Path(f) for f in files])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import a folder of media"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> MediaImportDialog:
        gallery_id = self.galleries.gallery_id if self.tabs.currentWidget() is self.galleries else None
        dialog = MediaImportDialog(self.media, self.context.tasks, paths, gallery_id=gallery_id, parent=self)
        dialog.finished_import.connect(self._imported)
        dialog.setModal(False)
        dialog.show()
        self.import_dialog = dialog
        return dialog

    def _imported(self, report: ImportReport | None) -> None:
        self.reload()
        if self.galleries.gallery_id is not None:
            self.galleries.open_gallery(self.galleries.gallery_id)
        if report is not None:
            self.context.notify(report.summary())
            self.context.media_changed.emit([])

    def add_video(self) -> None:
        url, ok = QInputDialog.getText(self, self.tr("Add hosted video"),
                                       self.tr("Address of the YouTube, Vimeo or Aparat video:"))
        if not ok or not url.strip():
            return
        title, _ = QInputDialog.getText(self, self.tr("Add hosted video"), self.tr("Title:"))
        poster, _ = QFileDialog.getOpenFileName(self, self.tr("Poster image (optional)"), "",
                                                self.tr("Images (*.jpg *.jpeg *.png *.webp)"))
        media, poster_path = self.media, Path(poster) if poster else None
        self.add_video_action.setEnabled(False)  # until the writer has stored it
        self.context.notify(self.tr("Saving…"), 3000)
        write(self.context, lambda: media.add_remote_video(url, title, poster=poster_path),
              done=self._video_added, failed=self._video_refused)

    def _video_added(self, media_id: int) -> None:
        self.add_video_action.setEnabled(True)
        self.reload()
        self.select_media(media_id)

    def _video_refused(self, exc: BaseException) -> None:
        self.add_video_action.setEnabled(True)
        QMessageBox.warning(self, self.tr("Not added"),
                            str(exc) if isinstance(exc, NejatError) else self.tr("The video could not be added."))

    # --- galleries, crops, trash -------------------------------------------------------------------------------
    def add_selected_to_gallery(self) -> None:
        if self.galleries.gallery_id is None:
            QMessageBox.information(self, self.tr("No gallery open"),
                                    self.tr("Open a gallery in the Galleries tab first."))
            return
        self.galleries.add_media(self.selected_ids())

    def _cover_from_selection(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.galleries.set_cover(ids[0])

    def edit_crops(self, media_id: int) -> None:
        CropEditorDialog(self.media, media_id, self).exec()

    def trash_selected(self) -> TaskHandle | None:
        ids = self.selected_ids()
        return self._trash_or_restore(ids) if ids else None

    def _trash_or_restore_one(self, media_id: int) -> TaskHandle:
        return self._trash_or_restore([media_id])

    def _trash_or_restore(self, media_ids: list[int]) -> TaskHandle:
        """Each item to the trash, or back from it, on the writer; the first still in use stops
        the rest and says where it is used."""

        def unit() -> None:
            for media_id in media_ids:
                if self.media.in_trash(media_id):
                    self.media.restore(media_id)
                else:
                    self.media.trash(media_id)

        def written(_result: object) -> None:
            self.detail.show_media(None)
            self.reload()
            self.context.media_changed.emit([])

        def refused(exc: BaseException) -> None:
            if isinstance(exc, InUseError):
                QMessageBox.warning(self, self.tr("Still in use"), str(exc))
            else:
                self.context.notify(str(exc), 8000)
            written(None)

        return write(self.context, unit, done=written, failed=refused)

    def empty_trash(self) -> None:
        answer = QMessageBox.question(self, self.tr("Empty Trash"),
                                      self.tr("Delete every media item in the trash for good?"))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def emptied(result: EmptiedTrash) -> None:
            message = self.tr("%1 items deleted for good.").replace("%1", str(result.purged))
            if result.kept:
                message += "\n" + "\n".join(result.kept)
            QMessageBox.information(self, self.tr("Empty Trash"), message)
            self.reload()

        write(self.context, self.media.empty_trash, done=emptied)
