"""The one way the window runs work off the GUI thread, and the one thread that writes the library.

Threads and who calls what:
- GUI thread: builds everything, calls `TaskRunner.run(...)` and owns every widget. It never
  waits for a long job, and never touches the library's write lock while one runs.
- Pool threads (`TaskRunner.pool`, a QThreadPool): `run(fn)` calls `fn(handle)` there, for reads,
  the network, files and rendering. Work that also writes hands each unit of work (one short
  transaction) to the writer with `handle.write(unit)`, which waits for it.
- The writer thread (`TaskRunner.writer`, one thread, first in first out): every write the window
  makes to the library. `run(fn, writes=True)` runs a whole task there; `writer.submit(unit)`
  returns a Future (the autosaver's saves); `writer.call(unit)` runs a unit and returns its
  result (inline when already on the writer). Writes never race each other or wait on SQLite's
  lock, and a save queued after an edit is committed after it.

Results and errors come back on the GUI thread: `on_success(result)`, `on_failure(exc, traceback)`
and `on_progress(done, total, text)` are connected to signals of a handle living there. `fn` reports
with `handle.progress(...)` and, when the task is `cancellable`, looks at `handle.cancelled()` (or
calls `handle.check_cancelled()`, which raises `Cancelled`) between units; `handle.cancel()` is
called from the GUI thread. Never touch widgets from `fn`.

Specialised workers beside this, each for a reason written where it is defined:
- the autosaver (gui/articles/autosave.py) debounces on GUI-thread timers and saves on the writer;
- the live preview (gui/articles/preview.py) keeps one render thread of its own: typing must never
  wait behind a pool busy with a pull or an import, and only the newest text is rendered;
- thumbnails and large media previews (gui/media/thumbnail_loader.py, preview_loader.py) decode
  image files on small pools of their own, newest request first; they read files, never the database.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")


class Cancelled(Exception):
    """Raised by a task that noticed it was cancelled (optional; returning early works too)."""


class LibraryWriter:
    """The one thread that writes to the library: units of work run one at a time, in the order
    they were handed over. Safe to use from any thread; Qt-free."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="library-writer")
        self._thread_id: int | None = None
        self._executor.submit(self._remember_thread).result()

    def _remember_thread(self) -> None:
        self._thread_id = threading.get_ident()

    def on_writer_thread(self) -> bool:
        return threading.get_ident() == self._thread_id

    def submit(self, unit: Callable[[], T]) -> Future[T]:
        """Queue `unit`; its Future holds the result (or the exception it raised)."""
        return self._executor.submit(unit)

    def call(self, unit: Callable[[], T], timeout: float | None = None) -> T:
        """Run `unit` on the writer and return its result; inline when already there (no deadlock)."""
        if self.on_writer_thread():
            return unit()
        return self._executor.submit(unit).result(timeout=timeout)

    def drain(self, timeout: float | None = None) -> None:
        """Wait until everything handed over so far has been written."""
        if not self.on_writer_thread():
            self._executor.submit(lambda: None).result(timeout=timeout)

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)


class TaskHandle(QObject):
    progressed = Signal(int, int, str)  # done, total, text
    succeeded = Signal(object)
    failed = Signal(object, str)  # exception, traceback text
    finished = Signal()

    def __init__(self, label: str, cancellable: bool, writer: LibraryWriter) -> None:
        super().__init__()
        self.label = label
        self.cancellable = cancellable
        self._writer = writer
        self._cancel = threading.Event()
        self.done = False

    # Called from the task's thread.
    def progress(self, done: int, total: int, text: str = "") -> None:
        self.progressed.emit(done, total, text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def write(self, unit: Callable[[], T]) -> T:
        """Run one unit of work that writes the library on the writer thread, and wait for it."""
        return self._writer.call(unit)

    # Called from the GUI thread.
    def cancel(self) -> None:
        self._cancel.set()


class _Runnable(QRunnable):
    def __init__(self, fn: Callable[[TaskHandle], Any], handle: TaskHandle) -> None:
        super().__init__()
        self.fn = fn
        self.handle = handle

    def run(self) -> None:  # pool or writer thread
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
    """Runs tasks on the pool or the writer; `active` lists unfinished ones (the status bar shows them)."""

    task_started = Signal(object)  # TaskHandle
    task_finished = Signal(object)

    def __init__(self, parent: QObject | None = None, max_threads: int | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        if max_threads:
            self.pool.setMaxThreadCount(max_threads)
        self.writer = LibraryWriter()
        self.active: list[TaskHandle] = []

    def run(self, fn: Callable[[TaskHandle], Any], *, label: str = "", cancellable: bool = False,
            writes: bool = False,
            on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException, str], None] | None = None,
            on_progress: Callable[[int, int, str], None] | None = None) -> TaskHandle:
        """Call `fn(handle)` on a pool thread, or on the writer when `writes` (a task that only
        writes, in short units; one that also waits for the network belongs on the pool and
        hands its writes over with `handle.write`)."""
        handle = TaskHandle(label, cancellable, self.writer)
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
        runnable = _Runnable(fn, handle)
        if writes:
            self.writer.submit(runnable.run)
        else:
            self.pool.start(runnable)
        return handle

    @Slot()
    def _finish(self, handle: TaskHandle) -> None:
        handle.done = True
        if handle in self.active:
            self.active.remove(handle)
        self.task_finished.emit(handle)

    def wait_all(self, msecs: int = 30000) -> bool:
        """Wait for the pool's tasks, then for every write handed over by then (tests, closing)."""
        done = self.pool.waitForDone(msecs)
        try:
            self.writer.drain(timeout=msecs / 1000)
        except TimeoutError:
            return False
        return done
