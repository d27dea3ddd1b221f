"""File > Import…: Markdown files and folders (and WordPress WXR files, where an importer
for them is registered) imported off the GUI thread, with a report at the end."""

from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTextEdit, QWidget

from nejat_desk.gui.bidi import isolate
from nejat_desk.gui.context import AppContext
from nejat_desk.gui.dates import format_number
from nejat_desk.gui.labels import import_outcome_label
from nejat_desk.gui.tasks import TaskHandle


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
        library = self.context.library

        def work(handle: TaskHandle) -> list[str]:
            from nejat_desk.cli.article_cmds import EXTRA_IMPORTERS
            from nejat_desk.services.markdown_import import Outcome, import_paths

            lines: list[str] = []
            markdown: list[Path] = []
            for path in paths:
                for module_name in EXTRA_IMPORTERS:
                    module = importlib.import_module(module_name)
                    if path.is_file() and module.recognises(path) and hasattr(module, "import_for_gui"):
                        lines.extend(module.import_for_gui(library, path, handle))
                        break
                else:
                    markdown.append(path)
            if markdown:
                report = import_paths(library, markdown,
                                      progress=lambda i, n, p: handle.progress(i, n, p.name),
                                      cancelled=handle.cancelled)
                for r in report.results:
                    # File names are isolated so a Latin name keeps its place in a Farsi line.
                    name = isolate(r.path.name)
                    if r.outcome is Outcome.FAILED:
                        # A file error starts with its path; a path that is not there has none.
                        problem = r.message.removeprefix(f"{r.path}: ")
                        lines.append(f"{import_outcome_label(r.outcome)}: {name} — {problem}")
                    else:
                        lines.append(f"{import_outcome_label(r.outcome)}: {name}"
                                     + (f" — {r.message}" if r.message else ""))
                counts = [f"{import_outcome_label(o)}: {format_number(report.count(o))}"
                          for o in Outcome if report.count(o)]
                lines.append(self.tr("Summary: %1").replace(
                    "%1", QLocale().createSeparatedList(counts) if counts else self.tr("nothing to import")))
                if report.cancelled:
                    lines.append(self.tr("Cancelled: the files not listed above were not imported."))
            return lines

        return self.context.tasks.run(work, label=self.tr("Importing…"), cancellable=True,
                                      on_success=self._done, on_failure=self._failed)

    def _done(self, lines: list[str]) -> None:
        self.context.articles_changed.emit([])
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import finished"),
                          lines[-1] if lines else self.tr("Nothing was imported."), parent=self.window)
        box.setDetailedText("\n".join(lines))
        for details in box.findChildren(QTextEdit):  # room to read a report line by line
            details.setMinimumSize(560, 220)
        box.open()

    def _failed(self, exc: BaseException, _tb: str) -> None:
        QMessageBox.warning(self.window, self.tr("Import failed"), str(exc))
