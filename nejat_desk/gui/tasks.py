"""Background work with progress and cancel, results delivered on the GUI thread.

`TaskRunner.run(fn, ...)` calls `fn(handle)` on a pool thread. `handle.progress()` and
`handle.cancelled()` are safe to call from that thread; the callbacks (`on_success`,
`on_failure`, `on_progress`) always run on the GUI thread, because they are connected
to signals of a QObject living there. Never touch widgets from `fn`.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised by a task that noticed it was cancelled (optional; returning early works too)."""


class TaskHandle(QObject):
    progressed = Signal(int, int, str)  # done, total, text
    succeeded = Signal(object)
    failed = Signal(object, str)  # exception, traceback text
    finished = Signal()

    def __init__(self, label: str, cancellable: bool) -> None:
        super().__init__()
        self.label = label
        self.cancellable = cancellable
        self._cancel = threading.Event()
        self.done = False

    # Called from the worker thread.
    def progress(self, done: int, total: int, text: str = "") -> None:
        self.progressed.emit(done, total, text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    # Called from the GUI thread.
    def cancel(self) -> None:
        self._cancel.set()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskHandle], Any], handle: TaskHandle) -> None:
        super().__init__()
        self.fn = fn
        self.handle = handle

    def run(self) -> None:  # worker thread
        try:
            result = self.fn(self.handle)
        except Exception as exc:  # delivered to on_failure on the GUI thread
            if not isinstance(exc, Cancelled):
                log.exception("task %r failed", self.handle.label)
            self.handle.failed.emit(exc, traceback.format_exc())
        else:
            self.handle.succeeded.emit(result)
        finally:
            self.handle.finished.emit()


class TaskRunner(QObject):
    """Runs tasks on a pool; `active` lists unfinished ones (the status bar shows them)."""

    task_started = Signal(object)  # TaskHandle
    task_finished = Signal(object)

    def __init__(self, parent: QObject | None = None, max_threads: int | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        if max_threads:
            self.pool.setMaxThreadCount(max_threads)
        self.active: list[TaskHandle] = []

    def run(self, fn: Callable[[TaskHandle], Any], *, label: str = "", cancellable: bool = False,
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException, str], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None) -> TaskHandle:
        handle = TaskHandle(label, cancellable)
        handle.moveToThread(self.thread())
        if on_success:
            handle.succeeded.connect(on_success)
        if on_failure:
            handle.failed.connect(on_failure)
        if on_progress:
            handle.progressed.connect(on_progress)
        handle.finished.connect(lambda h=handle: self._finish(h))
        self.active.append(handle)
        self.task_started.emit(handle)
        self.pool.start(_Runnable(fn, handle))
        return handle

    @Slot()
    def _finish(self, handle: TaskHandle) -> None:
        handle.done = True
        if handle in self.active:
            self.active.remove(handle)
        self.task_finished.emit(handle)

    def wait_all(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
