"""File > Trash…: deleted articles (and media, galleries) with restore and delete permanently."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.gui.bidi import ContentDirectionDelegate
from nejat_desk.gui.context import AppContext
from nejat_desk.gui.dates import format_datetime
from nejat_desk.gui.labels import trash_kind_label
from nejat_desk.gui.writes import write
from nejat_desk.services.trash import TrashEntry


class TrashDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Trash"))
        self.resize(640, 400)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Kind"), self.tr("Deleted")])
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(ContentDirectionDelegate(self.view))  # titles in all four editions
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.purge_button = QPushButton(self.tr("&Delete Permanently"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.purge_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addLayout(row)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.reload()

    def reload(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        self.entries = self.context.desk.trash.entries()
        for entry in self.entries:
            items = [QStandardItem(entry.title), QStandardItem(trash_kind_label(entry.kind)),
                     QStandardItem(format_datetime(entry.deleted_at, self.context.settings))]
            for item in items:
                item.setEditable(False)
            self.model.appendRow(items)
        self._update_buttons()

    def _selected(self) -> list[TrashEntry]:
        return [self.entries[i.row()] for i in self.view.selectionModel().selectedRows()]

    def _update_buttons(self) -> None:
        has = bool(self._selected())
        self.restore_button.setEnabled(has)
        self.purge_button.setEnabled(has)

    def restore_selected(self) -> None:
        self._apply(self.context.desk.trash.restore)

    def purge_selected(self) -> None:
        chosen = self._selected()
        if not chosen:
            return
        answer = QMessageBox.question(self, self.tr("Delete Permanently"), self.tr(
            "Delete %n item(s) permanently? This cannot be undone.", "", len(chosen)))
        if answer == QMessageBox.StandardButton.Yes:
            self._apply(self.context.desk.trash.purge)

    def _apply(self, operation: Callable[[str, int], object]) -> None:
        """`operation` on each chosen record, on the writer; one refused says why, the rest go on."""
        chosen = self._selected()

        def unit() -> list[str]:
            errors = []
            for entry in chosen:
                try:
                    operation(entry.kind, entry.record_id)
                except Exception as exc:  # e.g. still in use: say where, go on with the rest
                    errors.append(f"{entry.title}: {exc}")
            return errors

        def applied(errors: list[str]) -> None:
            self.context.articles_changed.emit([])
            self.context.media_changed.emit([])
            self.context.galleries_changed.emit([])
            self.reload()
            if errors:
                QMessageBox.warning(self, self.tr("Some items were not changed"), "\n".join(errors))

        write(self.context, unit, done=applied)
