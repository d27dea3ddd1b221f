"""The publication issue editor: series, number, date, cover, PDF and the ordered table of contents."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimeZone,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.domain import EDITION_CODES
from nejat_desk.core.errors import NejatError
from nejat_desk.gui.dates import use_interface_calendar
from nejat_desk.gui.palette import Tone, tint
from nejat_desk.services.publications import IssueInfo, PublicationService, TocEntry

if TYPE_CHECKING:
    from nejat_desk.gui.schedule.series_footer import SeriesFooterDialog


class TocModel(QAbstractListModel):
    """The issue's table of contents, in order; edited in place and saved with the issue."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[TocEntry] = []

    def set_entries(self, entries: list[TocEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def article_ids(self) -> list[int]:
        return [e.article_id for e in self.entries]

    def add(self, entry: TocEntry) -> bool:
        if entry.article_id in self.article_ids():
            return False
        row = len(self.entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self.entries.append(entry)
        self.endInsertRows()
        return True

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.entries[row]
            self.endRemoveRows()

    def move(self, row: int, delta: int) -> int:
        """Move the entry at `row` up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self.entries) and 0 <= target < len(self.entries)):
            return row
        # beginMoveRows wants the destination as "before which row" in the old numbering.
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.entries.insert(target, self.entries.pop(row))
        self.endMoveRows()
        return target

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{index.row() + 1}. {entry.title}  ({entry.edition}, {entry.status})"
        if role == Qt.ItemDataRole.UserRole:
            return entry.article_id
        return None


class IssueEditor(QDialog):
    """Create or edit one issue. Saving is all or nothing; a refusal is shown in the dialog."""

    def __init__(self, service: PublicationService, issue_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.issue_id = issue_id
        self.saved_issue_id: int | None = None
        # The pre-flight gate (gui/articles/preflight_dialog.py sets it): (issue id, planned time) ->
        # True to go on. None: nothing is gated.
        self.gate: Callable[[int, datetime], bool] | None = None
        self.setWindowTitle(self.tr("Publication issue"))
        self._build_issue_fields()
        self._build_contents_fields()
        self._lay_out()
        self.series_combo.currentIndexChanged.connect(self._series_changed)
        if issue_id is not None:
            self.load(self.service.issue(issue_id))
        else:
            self._series_changed()
        self._update_export()

    def _build_issue_fields(self) -> None:
        """The issue's own fields, and a new series in one row: kind, edition, name."""
        self.series_combo = QComboBox(self)
        self._fill_series()
        # A new series in one row: kind, edition, name.
        self.new_kind_combo = QComboBox(self)
        for kind, label in (("books", self.tr("Books")), ("newsletter", self.tr("Newsletter")),
                            ("brief", self.tr("Brief"))):
            self.new_kind_combo.addItem(label, kind)
        self.new_edition_combo = QComboBox(self)
        for code in EDITION_CODES:
            self.new_edition_combo.addItem(code, code)
        self.new_series_edit = QLineEdit(self)
        self.new_series_edit.setPlaceholderText(self.tr("New series name"))
        self.new_series_button = QPushButton(self.tr("Add series"), self)
        self.new_series_button.clicked.connect(self.add_series)
        self.number_spin = QSpinBox(self)
        self.number_spin.setRange(1, 100000)
        self.title_edit = QLineEdit(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        use_interface_calendar(self.date_edit)  # Solar Hijri in Farsi, read year first
        self.date_edit.setDate(QDate.currentDate())
        self.schedule_check = QCheckBox(self.tr("Publish at (UTC)"), self)
        self.schedule_edit = QDateTimeEdit(self)
        self.schedule_edit.setTimeZone(QTimeZone.utc())
        self.schedule_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        use_interface_calendar(self.schedule_edit)
        self.schedule_edit.setDateTime(QDateTime.currentDateTimeUtc())
        self.schedule_edit.setEnabled(False)
        self.schedule_check.toggled.connect(self.schedule_edit.setEnabled)
        self.cover_combo = QComboBox(self)
        self.pdf_combo = QComboBox(self)
        self._fill_media()

    def _build_contents_fields(self) -> None:
        """The table of contents, its buttons and the refusal line."""
        self.toc_model = TocModel(self)
        self.toc_view = QListView(self)
        self.toc_view.setModel(self.toc_model)
        self.article_combo = QComboBox(self)
        self.article_combo.setEditable(False)
        self.add_article_button = QPushButton(self.tr("Add"), self)
        self.add_article_button.clicked.connect(self.add_selected_article)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.down_button = QPushButton(self.tr("Down"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.remove_button.clicked.connect(self.remove_selected)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        tint(self.error_label, Tone.ERROR)
        self.error_label.hide()

    def _lay_out(self) -> None:
        """The form above the table of contents, the buttons below (widgets were created in tab order)."""
        new_series_row = QHBoxLayout()
        for widget in (self.new_kind_combo, self.new_edition_combo, self.new_series_edit, self.new_series_button):
            new_series_row.addWidget(widget)
        self.export_button = QPushButton(self.tr("Export email…"), self)
        self.export_button.setToolTip(self.tr("Save a Newsletter issue as an email (.eml) for the mail tool"))
        self.export_button.clicked.connect(lambda: self.export_email(None))
        self.footer_button = QPushButton(self.tr("Newsletter footer…"), self)
        self.footer_button.setToolTip(self.tr("The sender, postal address and unsubscribe line of this series' "
                                              "emails"))
        self.footer_button.clicked.connect(self._open_footer)
        form = QFormLayout()
        form.addRow(self.tr("Series"), self.series_combo)
        form.addRow("", new_series_row)
        form.addRow(self.tr("Number"), self.number_spin)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Issue date"), self.date_edit)
        form.addRow(self.schedule_check, self.schedule_edit)
        form.addRow(self.tr("Cover image"), self.cover_combo)
        form.addRow(self.tr("PDF"), self.pdf_combo)
        add_row = QHBoxLayout()
        add_row.addWidget(self.article_combo, 1)
        add_row.addWidget(self.add_article_button)
        order_row = QHBoxLayout()
        order_row.addWidget(self.up_button)
        order_row.addWidget(self.down_button)
        order_row.addWidget(self.remove_button)
        order_row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Table of contents"), self))
        layout.addWidget(self.toc_view, 1)
        layout.addLayout(order_row)
        layout.addLayout(add_row)
        layout.addWidget(self.error_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.footer_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

    def _fill_series(self, select_id: int | None = None) -> None:
        self.series_combo.blockSignals(True)
        self.series_combo.clear()
        for series in self.service.series():
            self.series_combo.addItem(f"{series.name} ({series.kind}, {series.edition})", series.id)
        if select_id is not None:
            self.series_combo.setCurrentIndex(self.series_combo.findData(select_id))
        self.series_combo.blockSignals(False)

    def add_series(self) -> None:
        try:
            series_id = self.service.create_series(self.new_kind_combo.currentData(),
                                                   self.new_edition_combo.currentData(),
                                                   self.new_series_edit.text())
        except NejatError as exc:
            self._show_error(str(exc))
            return
        self.error_label.hide()
        self.new_series_edit.clear()
        self._fill_series(series_id)
        self._series_changed()

    def _series_kind(self) -> str | None:
        series_id = self.series_combo.currentData()
        return next((s.kind for s in self.service.series() if s.id == series_id), None)

    def _update_export(self) -> None:
        newsletter = self._series_kind() == "newsletter"
        self.export_button.setEnabled(self.issue_id is not None and newsletter)
        self.footer_button.setEnabled(newsletter)

    def footer_dialog(self) -> SeriesFooterDialog | None:
        """The footer editor of the selected series (a Newsletter's), not yet shown."""
        from nejat_desk.gui.schedule.series_footer import SeriesFooterDialog

        series = next((s for s in self.service.series() if s.id == self.series_combo.currentData()), None)
        return SeriesFooterDialog(self.service, series, self) if series is not None else None

    def _open_footer(self) -> None:
        dialog = self.footer_dialog()
        if dialog is not None:
            dialog.open()

    def export_email(self, path: str | None) -> list[str]:
        """Write the saved Newsletter issue as .eml (or .html + .txt); returns the files written."""
        if self.issue_id is None:
            return []
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the newsletter"), "newsletter.eml",
                                                  self.tr("Email (*.eml);;HTML and text (*.html)"))
            if not path:
                return []
        try:
            files = self.service.export_newsletter(self.issue_id, path)
        except (NejatError, OSError) as exc:
            self._show_error(str(exc))
            return []
        if files.problems:
            self._show_error("\n".join(files.problems))
        return [str(p) for p in files.written]

    # --- filling -----------------------------------------------------------------------------

    def _fill_media(self) -> None:
        self.cover_combo.addItem(self.tr("(none)"), None)
        self.pdf_combo.addItem(self.tr("(none)"), None)
        for media_id, kind, label in self.service.media_choices():
            (self.cover_combo if kind == "image" else self.pdf_combo).addItem(label, media_id)

    def _series_edition(self) -> str | None:
        series_id = self.series_combo.currentData()
        return next((s.edition for s in self.service.series() if s.id == series_id), None)

    def _series_changed(self, *_args: object) -> None:
        if hasattr(self, "export_button"):
            self._update_export()
        series_id = self.series_combo.currentData()
        if series_id is not None and self.issue_id is None:
            self.number_spin.setValue(self.service.next_number(series_id))
        self._fill_articles()

    def _fill_articles(self) -> None:
        self.article_combo.clear()
        for entry in self.service.article_choices(self._series_edition()):
            self.article_combo.addItem(entry.title, entry)

    def load(self, issue: IssueInfo) -> None:
        index = self.series_combo.findData(issue.series_id)
        self.series_combo.setCurrentIndex(max(0, index))
        self.number_spin.setValue(issue.number)
        self.title_edit.setText(issue.title)
        if issue.issue_date:
            self.date_edit.setDate(QDate(issue.issue_date.year, issue.issue_date.month, issue.issue_date.day))
        if issue.scheduled_at:
            self.schedule_check.setChecked(True)
            self.schedule_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(issue.scheduled_at.timestamp()),
                                                                        QTimeZone.utc()))
        self.cover_combo.setCurrentIndex(max(0, self.cover_combo.findData(issue.cover_media_id)))
        self.pdf_combo.setCurrentIndex(max(0, self.pdf_combo.findData(issue.pdf_media_id)))
        self.toc_model.set_entries(list(issue.contents))

    # --- editing the contents ---------------------------------------------------------------------

    def add_selected_article(self) -> None:
        entry = self.article_combo.currentData()
        if isinstance(entry, TocEntry):
            self.toc_model.add(entry)

    def _selected_row(self) -> int:
        index = self.toc_view.currentIndex()
        return index.row() if index.isValid() else -1

    def move_selected(self, delta: int) -> None:
        row = self._selected_row()
        if row >= 0:
            new_row = self.toc_model.move(row, delta)
            self.toc_view.setCurrentIndex(self.toc_model.index(new_row))

    def remove_selected(self) -> None:
        self.toc_model.remove(self._selected_row())

    # --- saving -------------------------------------------------------------------------------

    def save(self) -> None:
        series_id = self.series_combo.currentData()
        if series_id is None:
            self._show_error(self.tr("Create a publication series first."))
            return
        qd = self.date_edit.date()
        scheduled = None
        if self.schedule_check.isChecked():
            scheduled = datetime.fromtimestamp(self.schedule_edit.dateTime().toSecsSinceEpoch(), UTC)
        fields = dict(series_id=series_id, number=self.number_spin.value(),
                      issue_date=date(qd.year(), qd.month(), qd.day()), title=self.title_edit.text().strip(),
                      cover_media_id=self.cover_combo.currentData(), pdf_media_id=self.pdf_combo.currentData(),
                      article_ids=self.toc_model.article_ids())
        try:
            was = self.service.issue(self.issue_id).scheduled_at if self.issue_id is not None else None
            if scheduled is not None and scheduled != was and self.gate is not None:
                # The issue is saved first, so the check sees it; the new planned time waits for the gate.
                self.saved_issue_id = self.issue_id = self.service.save_issue(
                    issue_id=self.issue_id, scheduled_at=was, **fields)
                if not self.gate(self.issue_id, scheduled):
                    self._show_error(self.tr("Saved, but not planned: the pre-flight check found what blocks it."))
                    return
            self.saved_issue_id = self.service.save_issue(issue_id=self.issue_id, scheduled_at=scheduled, **fields)
        except NejatError as exc:
            self._show_error(str(exc))
            return
        self.issue_id = self.saved_issue_id
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()
