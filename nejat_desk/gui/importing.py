"""File > Import…: files and folders handed to the importer registry (`desk.imports`: WordPress
exports, Markdown) off the GUI thread, with a report at the end."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTextEdit, QWidget

from nejat_desk.gui.bidi import isolate
from nejat_desk.gui.context import AppContext
from nejat_desk.gui.tasks import TaskHandle

if TYPE_CHECKING:
    from nejat_desk.services.imports import ImportBatch


class ImportController(QObject):
    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.window = parent

    def choose_and_import(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import Articles"), str(Path.home()),
            self.tr("Articles (*.md *.markdown *.xml);;All files (*)"))
        if files:
            self.import_paths([Path(f) for f in files])

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.window, self.tr("Import a Folder of Articles"))
        if folder:
            self.import_paths([Path(folder)])

    def import_paths(self, paths: list[Path]) -> TaskHandle:
        imports = self.context.desk.imports

        def work(handle: TaskHandle) -> list[str]:  # pool thread: files read here, stored by the writer
            batch = imports.run(paths, progress=handle.progress, cancelled=handle.cancelled, write=handle.write)
            return self._report_lines(batch)

        return self.context.tasks.run(work, label=self.tr("Importing…"), cancellable=True,
                                      on_success=self._done, on_failure=self._failed)

    def _report_lines(self, batch: ImportBatch) -> list[str]:
        from nejat_desk.services.markdown_import import outcome_word

        lines: list[str] = []
        # File names are isolated so a Latin name keeps its place in a Farsi line.
        for file in batch.files:
            lines.extend(file.notes)
            lines.append(f"{isolate(file.path.name)}: {file.summary}")
        report = batch.markdown
        if report is not None:
            for r in report.results:
                line = f"{outcome_word(r.outcome)}: {isolate(r.path.name)}"
                lines.append(f"{line} — {r.message}" if r.message else line)
            lines.append(self.tr("Summary: %1").replace("%1", report.summary()))
        if batch.cancelled:
            lines.append(self.tr("Cancelled: the files not listed above were not imported."))
        return lines

    def _done(self, lines: list[str]) -> None:
        self.context.articles_changed.emit([])
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import finished"),
                          lines[-1] if lines else self.tr("Nothing was imported."), parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file named <b>x</b>.md is a name, not markup
        box.setDetailedText("\n".join(lines))
        for details in box.findChildren(QTextEdit):  # room to read a report line by line
            details.setMinimumSize(560, 220)
        box.open()

    def _failed(self, exc: BaseException, _tb: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Import failed"), str(exc), parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()
