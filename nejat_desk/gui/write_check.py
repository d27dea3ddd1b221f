"""The window's write guard: every write to the library comes from the writer thread.

`app.build_window` sets it on the library. A write from another thread (the GUI thread, a pool
thread) is logged once per place in the code; with NEJAT_DESK_STRICT_WRITES=1 (the tests) it
also raises, so the test that made it fails, and is kept in `violations`.
"""

from __future__ import annotations

import logging
import os
import threading
import traceback

from nejat_desk.gui.tasks import LibraryWriter

log = logging.getLogger(__name__)

STRICT_ENV = "NEJAT_DESK_STRICT_WRITES"


class WriteOffWriter(RuntimeError):
    """A write to the library from a thread other than the writer's (a bug in the window)."""


class WriterOnly:
    """Callable as a storage write guard (storage/write_guard.py); runs on the writing thread."""

    def __init__(self, writer: LibraryWriter, *, strict: bool | None = None) -> None:
        self.writer = writer
        self.strict = os.environ.get(STRICT_ENV) == "1" if strict is None else strict
        self.violations: list[str] = []  # "thread: statement at file:line", newest last
        self._seen: set[str] = set()
        self._lock = threading.Lock()

    def __call__(self, statement: str) -> None:
        if self.writer.on_writer_thread():
            return
        place = _window_caller()
        if place is None:
            return  # not the window's write: a test's set-up, or a thread of the command line
        entry = f"{threading.current_thread().name}: {statement.split(None, 3)[:3]} at {place}"
        with self._lock:
            self.violations.append(entry)
            first = place not in self._seen
            self._seen.add(place)
        if first:
            log.warning("library written off the writer thread: %s", entry)
        if self.strict:
            raise WriteOffWriter(entry)


def _window_caller() -> str | None:
    """Where in the window's code the write was asked for (the innermost frame of `gui/` other
    than the task runner's; the runner's own frame when the task is a service method), or None."""
    frames = [f.filename.replace(os.sep, "/") + f":{f.lineno}" for f in traceback.extract_stack()[:-2]]
    ours = [f.rsplit("/nejat_desk/", 1)[1] for f in frames if "/nejat_desk/gui/" in f and "write_check.py" not in f]
    for place in reversed(ours):
        if not place.startswith("gui/tasks.py"):
            return place
    return ours[-1] if ours else None
