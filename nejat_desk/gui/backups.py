"""File > Restore from Backup…: the library's backups, newest first, and restore."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.gui.context import AppContext
from nejat_desk.gui.dates import format_datetime, format_number
from nejat_desk.gui.labels import backup_kind_label


class RestoreDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.resize(620, 380)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Restoring replaces the library's content with the chosen copy. The current content is backed up "
            "first, so a restore can itself be undone."), self, wordWrap=True))
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.backups = context.library.list_backups()
        for info in self.backups:
            row = [QStandardItem(format_datetime(info.taken_at, context.settings)), QStandardItem(backup_kind_label(info.kind)),
                   QStandardItem(self.tr("%1 MB").replace("%1", format_number(info.size / 1_048_576)))]
            for item in row:
                item.setEditable(False)
            self.model.appendRow(row)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(False)
        buttons.accepted.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.restore_button.setEnabled(self.view.selectionModel().hasSelection()))
        if self.backups:
            self.view.selectRow(0)
        else:
            layout.insertWidget(1, QLabel(self.tr("There are no backups yet."), self))

    def restore_selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return
        info = self.backups[rows[0].row()]
        answer = QMessageBox.question(self, self.tr("Restore"), self.tr(
            "Replace the library with the backup taken %1?").replace(
                "%1", format_datetime(info.taken_at, self.context.settings)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            kept = self.context.library.restore(info.path)
        except Exception as exc:  # shown to the user; the library was not changed
            self.unsetCursor()
            QMessageBox.warning(self, self.tr("Restore failed"), str(exc))
            return
        self.unsetCursor()
        self.context.library_replaced.emit()
        self.context.articles_changed.emit([])
        self.context.notify(self.tr("Restored. The previous content was kept as %1.").replace("%1", kept.name))
        self.accept()
