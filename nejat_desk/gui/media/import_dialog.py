"""Importing media from the window: the import runs as a background task (the GUI thread only
receives progress and the report), with a Cancel button that stops at the next file boundary."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog, QLabel, QPlainTextEdit, QProgressBar, QPushButton, QVBoxLayout, QWidget

from nejat_desk.gui.tasks import TaskHandle, TaskRunner
from nejat_desk.services.media_probe import warm_up

if TYPE_CHECKING:
    from nejat_desk.services.media import MediaService
    from nejat_desk.services.media_import import ImportReport

_pause_lock = threading.Lock()
_pausing = 0  # imports under way with the collector paused
_unfreeze_after = False  # whether the last of them gives the heap back to the collector


@contextmanager
def full_collections_paused() -> Iterator[None]:
    """gc.freeze() for the length of an import, on any thread, nested or concurrent.

    A full garbage collection walks every object the app holds (Qt wrappers, SQLAlchemy, numpy,
    scipy): over 100 ms with the GIL held, which stops the GUI thread. Frozen objects are skipped.
    The heap goes back to the collector at the end only when nothing froze it before: start-up
    freezes what it allocated for the whole session, and an import must not undo that.
    """
    global _pausing, _unfreeze_after
    with _pause_lock:
        if _pausing == 0:
            _unfreeze_after = gc.get_freeze_count() == 0
        _pausing += 1
        gc.freeze()
    try:
        yield
    finally:
        with _pause_lock:
            _pausing -= 1
            if _pausing == 0 and _unfreeze_after:
                gc.unfreeze()


class MediaImportDialog(QDialog):
    finished_import = Signal(object)  # ImportReport

    def __init__(self, media: MediaService, tasks: TaskRunner, paths: Sequence[Path], *,
                 gallery_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import media"))
        self.resize(640, 420)
        self.media = media
        self.report: ImportReport | None = None
        self.cancel_event = threading.Event()
        self.status = QLabel(self.tr("Looking at the files…"), self)
        self.status.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        self.button = QPushButton(self.tr("Cancel"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.button)
        self.button.clicked.connect(self._button)
        paths = list(paths)

        def work(handle: TaskHandle) -> ImportReport:  # worker thread: no widgets here
            # Paused before the heavy modules load too: they allocate enough to trigger full collections.
            with full_collections_paused():
                warm_up()
                gc.freeze()  # what warm_up loaded stays out of the collections the import triggers
                return media.import_files(paths, gallery_id=gallery_id, progress=handle.progress,
                                          cancel=self.cancel_event, write=handle.write)

        self.handle = tasks.run(work, label=self.tr("Importing media"), cancellable=True,
                                on_success=self._done, on_failure=self._failed, on_progress=self._progress)

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, name: str) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self.status.setText(self.tr("%1 of %2: %3").replace("%1", str(done)).replace("%2", str(total))
                            .replace("%3", name.rsplit("/", 1)[-1]))

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.status.setText(report.summary())
        self.details.setPlainText(report.text())
        self.details.setVisible(True)
        self.button.setText(self.tr("Close"))
        self.button.setEnabled(True)
        self.finished_import.emit(report)

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self.status.setText(self.tr("The import stopped: %1").replace("%1", str(exc)))
        self.button.setText(self.tr("Close"))
        self.button.setEnabled(True)
        self.finished_import.emit(None)

    def _button(self) -> None:
        if self.handle.done:
            self.accept()
            return
        self.cancel_event.set()
        self.handle.cancel()
        self.button.setEnabled(False)
        self.status.setText(self.tr("Cancelling after the files under way…"))

    def done(self, result: int) -> None:  # closing the window while importing cancels it
        if not self.handle.done:
            self.cancel_event.set()
            self.handle.cancel()
        super().done(result)
