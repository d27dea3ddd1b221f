"""File > Export…: every export format, a selection, and the export run off the GUI thread.

The dialog only gathers choices; `services.export.run_export` does the work on the task runner
(progress in the status bar, cancellable), and the result or the error comes back here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nejat_desk.core.domain import EDITIONS, ArticleStatus
from nejat_desk.gui.context import AppContext
from nejat_desk.gui.dates import use_interface_calendar
from nejat_desk.gui.tasks import TaskHandle

# (format, label, writes a folder)
FORMAT_CHOICES: tuple[tuple[str, Any, bool], ...] = (
    ("wxr", QT_TRANSLATE_NOOP("ExportDialog", "WordPress import file (WXR)"), False),
    ("html", QT_TRANSLATE_NOOP("ExportDialog", "Static HTML pages"), True),
    ("markdown", QT_TRANSLATE_NOOP("ExportDialog", "Markdown with front matter"), True),
    ("rss", QT_TRANSLATE_NOOP("ExportDialog", "RSS 2.0 feed"), False),
    ("atom", QT_TRANSLATE_NOOP("ExportDialog", "Atom feed"), False),
    ("snippets", QT_TRANSLATE_NOOP("ExportDialog", "Share snippets (JSON per article)"), True),
    ("hootsuite-csv", QT_TRANSLATE_NOOP("ExportDialog", "Hootsuite bulk CSV"), False),
    ("ics", QT_TRANSLATE_NOOP("ExportDialog", "Calendar (iCalendar)"), False),
    ("bundle", QT_TRANSLATE_NOOP("ExportDialog", "Bundle for a USB stick (ZIP)"), False),
)
SUFFIX = {"wxr": ".xml", "rss": ".xml", "atom": ".xml", "hootsuite-csv": ".csv", "ics": ".ics", "bundle": ".zip"}


class ExportDialog(QDialog):
    """Chooses format, selection and destination; runs the export on the task runner."""

    export_finished = Signal(object)  # the ExportReport
    export_failed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.handle: TaskHandle | None = None
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        self._build_form()
        self._build_log_and_buttons()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.log, 1)
        layout.addWidget(self.buttons)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self._format_changed()

    def _build_form(self) -> None:
        """What to export and where: one row per choice, the hint under them."""
        self.format_combo = QComboBox()
        for fmt, label, _folder in FORMAT_CHOICES:
            self.format_combo.addItem(QCoreApplication.translate("ExportDialog", label), fmt)
        self.edition_combo = QComboBox()
        self.edition_combo.addItem(self.tr("All editions"), "")
        for edition in EDITIONS:
            self.edition_combo.addItem(edition.native_name, edition.code)  # each edition in its own language
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Any status"), "")
        for status in ArticleStatus:
            self.status_combo.addItem(status.value.replace("_", " ").capitalize(), status.value)
        self.slugs_edit = QLineEdit()
        self.slugs_edit.setPlaceholderText(self.tr("slug-one, slug-two (empty: all)"))
        self.dates_check = QCheckBox(self.tr("Only articles dated"))
        self.from_edit = QDateEdit(QDate.currentDate().addMonths(-1))
        self.to_edit = QDateEdit(QDate.currentDate())
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            use_interface_calendar(edit)  # Solar Hijri in Farsi, read year first
            edit.setEnabled(False)
        self.dates_check.toggled.connect(self.from_edit.setEnabled)
        self.dates_check.toggled.connect(self.to_edit.setEnabled)
        dates = QHBoxLayout()
        dates.addWidget(self.dates_check)
        dates.addWidget(self.from_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.to_edit)
        self.media_url_edit = QLineEdit()
        self.media_url_edit.setPlaceholderText(self.tr("https://… (empty: each edition's site)"))
        self.campaign_edit = QLineEdit()
        self.campaign_edit.setPlaceholderText(self.tr("utm_campaign (empty: EDITION-share)"))
        self.zone_combo = QComboBox()  # the Hootsuite CSV's one time zone: the Hootsuite account's
        self.zone_combo.setEditable(True)
        self.zone_combo.addItems(time_zone_choices())
        self.zone_combo.setToolTip(self.tr("Hootsuite reads every time in the file in the time zone of the "
                                           "account you upload it to: choose that zone."))
        self.out_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        out_row = QHBoxLayout()
        out_row.addWidget(self.out_edit, 1)
        out_row.addWidget(browse)
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("&Edition:"), self.edition_combo)
        form.addRow(self.tr("&Status:"), self.status_combo)
        form.addRow(self.tr("S&lugs:"), self.slugs_edit)
        form.addRow(self.tr("Dates:"), dates)
        form.addRow(self.tr("&Media base URL:"), self.media_url_edit)
        form.addRow(self.tr("&Campaign:"), self.campaign_edit)
        form.addRow(self.tr("&Time zone:"), self.zone_combo)
        self.form = form
        out_label = QLabel(self.tr("&Save to:"))
        out_label.setBuddy(self.out_edit)
        form.addRow(out_label, out_row)

    def _build_log_and_buttons(self) -> None:
        self.log = QPlainTextEdit()
        self.log.setReadOnly(True)
        self.log.setMaximumBlockCount(500)
        self.log.setPlaceholderText(self.tr("Warnings and the result appear here."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button.setEnabled(False)
        self.export_button.clicked.connect(self.start_export)
        self.cancel_button.clicked.connect(self.cancel_export)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)

    # --- choices -----------------------------------------------------------------------------

    def current_format(self) -> str:
        return str(self.format_combo.currentData())

    def writes_folder(self) -> bool:
        return next(folder for fmt, _l, folder in FORMAT_CHOICES if fmt == self.current_format())

    def _format_changed(self) -> None:
        fmt = self.current_format()
        hints = {
            "wxr": self.tr("Posts, categories, tags, media and translation links for WordPress's importer. "
                           "Scheduled posts whose date has passed are listed: WordPress publishes them at once."),
            "html": self.tr("One page per article in a folder per edition, with canonical and hreflang links."),
            "markdown": self.tr("One file per article; importing them gives the same articles back."),
            "rss": self.tr("The newest published articles; pick an edition for one file, else a folder."),
            "atom": self.tr("The newest published articles; pick an edition for one file, else a folder."),
            "snippets": self.tr("Text, link, image and share link for Facebook, X, Pinterest, WhatsApp, "
                                "Telegram, Skype and Email, one JSON file per article."),
            "hootsuite-csv": self.tr("Scheduled social posts for Hootsuite's bulk composer "
                                     "(date mm/dd/yyyy hh:mm, message, link), all in the time zone chosen "
                                     "below; posts less than 15 minutes ahead are left out, and more than "
                                     "350 are split into several files."),
            "ics": self.tr("The publication schedule for any calendar program."),
            "bundle": self.tr("Pages, feeds, the WXR, the media (location data removed) and the snippets "
                              "in one ZIP."),
        }
        self.hint.setText(hints.get(fmt, ""))
        self.form.setRowVisible(self.zone_combo, fmt == "hootsuite-csv")
        text = self.out_edit.text().strip()
        if text:
            path = Path(text)
            stem = path.with_suffix("") if path.suffix else path
            self.out_edit.setText(str(stem) if self.writes_folder() else str(stem) + SUFFIX.get(fmt, ""))

    def browse(self) -> None:
        if self.writes_folder():
            path = QFileDialog.getExistingDirectory(self, self.tr("Export to Folder"))
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to File"),
                                                  f"nejat-export{SUFFIX.get(self.current_format(), '')}")
        if path:
            self.out_edit.setText(path)

    def selection(self):  # type: ignore[no-untyped-def]
        from nejat_desk.services.export import Selection

        edition = self.edition_combo.currentData()
        status = self.status_combo.currentData()
        slugs = tuple(s.strip() for s in self.slugs_edit.text().replace("\n", ",").split(",") if s.strip())
        date_from = self.from_edit.date().toPython() if self.dates_check.isChecked() else None
        date_to = self.to_edit.date().toPython() if self.dates_check.isChecked() else None
        return Selection(editions=(edition,) if edition else (), statuses=(status,) if status else (),
                         slugs=slugs, date_from=date_from, date_to=date_to)

    # --- running ----------------------------------------------------------------------------------

    def start_export(self) -> None:
        from nejat_desk.core.errors import NejatError
        from nejat_desk.services.export import ExportOptions, check_export_destination, run_export
        from nejat_desk.services.export_destination import ExportDestinationError

        out = self.out_edit.text().strip()
        if not out:
            QMessageBox.information(self, self.tr("Export"), self.tr("Choose where to save the export."))
            return
        fmt, library, target = self.current_format(), self.context.library, Path(out)
        try:
            selection = self.selection()
            options = ExportOptions(media_base_url=self.media_url_edit.text().strip().rstrip("/"),
                                    campaign=self.campaign_edit.text().strip(),
                                    time_zone=self.zone_combo.currentText().strip() or "UTC")
            # The export rule, asked before any work: the same refusal as the command line's.
            check_export_destination(library, fmt, target, selection)
        except ExportDestinationError as exc:
            self._refuse(exc)
            return
        except NejatError as exc:
            QMessageBox.warning(self, self.tr("Export"), str(exc))
            return

        def work(handle):  # type: ignore[no-untyped-def]  # worker thread
            return run_export(library, fmt, target, selection, options,
                              progress=lambda d, t, w: handle.progress(d, t, w), cancelled=handle.cancelled)

        self.export_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.log.appendPlainText(self.tr("Exporting %1 to %2…").replace("%1", fmt).replace("%2", out))
        self.handle = self.context.tasks.run(work, label=self.tr("Exporting…"), cancellable=True,
                                             on_success=self._done, on_failure=self._failed)

    def cancel_export(self) -> None:
        if self.handle is not None:
            self.handle.cancel()

    def _done(self, report) -> None:  # type: ignore[no-untyped-def]
        self._idle()
        for warning in report.warnings:
            self.log.appendPlainText(self.tr("Warning: %1").replace("%1", warning))
        for note in report.notes:
            self.log.appendPlainText(note)
        counts = ", ".join(f"{v} {k}" for k, v in report.counts.items())
        self.log.appendPlainText(self.tr("Done: %1 (%2)").replace("%1", str(report.path)).replace("%2", counts))
        self.export_finished.emit(report)

    def _failed(self, exc: BaseException, _tb: str) -> None:
        from nejat_desk.services.export_destination import ExportDestinationError

        self._idle()
        self.log.appendPlainText(self.tr("Failed: %1").replace("%1", str(exc)))
        if isinstance(exc, ExportDestinationError):  # feeds of several editions learn late that they are a folder
            self._refuse(exc)
        self.export_failed.emit(str(exc))

    def _refuse(self, exc: Exception) -> None:
        """The export rule said no: say so in a message box that names the place and what to choose."""
        place = str(getattr(exc, "path", ""))
        self.log.appendPlainText(self.tr("Not exported to %1: %2").replace("%1", place).replace("%2", str(exc)))
        QMessageBox.warning(self, self.tr("Choose Another Place"), str(exc))

    def _idle(self) -> None:
        self.handle = None
        self.export_button.setEnabled(True)
        self.cancel_button.setEnabled(False)


def time_zone_choices() -> list[str]:
    """UTC first, then the editions' zones, then every other IANA zone, for the Hootsuite CSV."""
    from zoneinfo import available_timezones

    first = ["UTC", *dict.fromkeys(e.time_zone for e in EDITIONS if e.time_zone != "UTC")]
    return first + sorted(available_timezones() - set(first))


def align_for(direction: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight
