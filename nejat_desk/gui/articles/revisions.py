"""The revision list: each revision with its reason and time, a readable diff against the
current text, and Restore (the service keeps the replaced text as a revision too)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.textdiff import diff_counts, diff_html
from nejat_desk.gui.dates import format_datetime, join_facts

REVISION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RevisionListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.revisions: list = []
        self.current = ""
        self._reasons = {"status": self.tr("Status change"), "manual": self.tr("Saved by hand"),
                         "periodic": self.tr("Every few minutes"), "restore": self.tr("Before a restore"),
                         "import-conflict": self.tr("Import conflict"), "pull-conflict": self.tr("Site conflict"),
                         "before-delete": self.tr("Before deleting"),
                         "preflight-override": self.tr("Pre-flight overridden")}

    def set_revisions(self, revisions: list, current: str) -> None:
        self.beginResetModel()
        self.revisions = revisions
        self.current = current
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.revisions)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.revisions)):
            return None
        revision = self.revisions[index.row()]
        if role == REVISION_ID_ROLE:
            return revision.id
        if role == Qt.ItemDataRole.DisplayRole:
            added, removed = diff_counts(revision.body_md, self.current)
            when = format_datetime(revision.created_at)
            reason = self._reasons.get(revision.reason, revision.reason)
            return join_facts([when, reason, f"+{added} −{removed}"])
        if role == Qt.ItemDataRole.ToolTipRole:
            return revision.note or None
        return None


class RevisionsDialog(QDialog):
    restore_requested = Signal(int)

    def __init__(self, revisions: list, current_text: str, dark: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Revisions"))
        self.dark = dark
        self.model = RevisionListModel(self)
        self.model.set_revisions(revisions, current_text)
        self.list_view = QListView(self)
        self.list_view.setModel(self.model)
        self.diff_view = QTextBrowser(self)
        self.diff_view.setOpenLinks(False)
        self.restore_button = QPushButton(self.tr("Restore This Revision"), self)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        splitter = QSplitter(self)
        splitter.addWidget(self.list_view)
        splitter.addWidget(self.diff_view)
        splitter.setSizes([280, 520])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Differences are shown from the revision to the current text."), self))
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.list_view.selectionModel().currentChanged.connect(self._show)
        if revisions:
            self.list_view.setCurrentIndex(self.model.index(0))
        else:
            self.diff_view.setHtml(self.tr("<p>No revisions yet.</p>"))

    def _show(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        revision = self.model.revisions[index.row()]
        self.diff_view.setHtml(diff_html(revision.body_md, self.model.current, old_label=self.tr("revision"),
                                         new_label=self.tr("current"), dark=self.dark))
        self.restore_button.setEnabled(True)

    def selected_revision_id(self) -> int | None:
        index = self.list_view.currentIndex()
        return self.model.data(index, REVISION_ID_ROLE) if index.isValid() else None

    def _restore(self) -> None:
        revision_id = self.selected_revision_id()
        if revision_id is not None:
            self.restore_requested.emit(revision_id)
            self.accept()
