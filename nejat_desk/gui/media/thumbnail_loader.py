"""Thumbnails for the grid, loaded (and made when missing) on background threads.

Runs where: `request()` and the pixmap cache live on the GUI thread. Worker runnables take
the most recent request first (the items the user is looking at now), get the cached JPEG from
`make` (the media service's `thumbnail`, which makes it when missing; file work only, safe on any
thread) and decode it to a QImage (thread-safe); the QImage crosses to the GUI thread by a
queued signal, where it becomes a QPixmap. Requests for items long scrolled away are dropped.
A worker beside the task runner (gui.tasks) with a small pool of its own: scrolling must not
wait behind a long task, and it reads image files, never the database.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage, QImageReader, QPixmap

ThumbnailMaker = Callable[[str, str], Path | None]  # (sha256, mime) -> the cached JPEG, or None

MAX_QUEUED = 400  # beyond this the oldest requests are dropped (they scrolled out of view)
CACHE_SIZE = 3000


class _Worker(QRunnable):
    def __init__(self, loader: ThumbnailLoader) -> None:
        super().__init__()
        self.loader = loader

    def run(self) -> None:  # worker thread
        while True:
            job = self.loader._take()
            if job is None:
                return
            sha, mime = job
            image = QImage()
            try:
                path = self.loader.make(sha, mime)
                if path is not None:
                    reader = QImageReader(str(path))
                    image = reader.read()
            except Exception:  # a damaged cache file: shown as the kind's icon
                image = QImage()
            self.loader._delivered.emit(sha, image)


class ThumbnailLoader(QObject):
    thumbnail_ready = Signal(str)  # sha256 (GUI thread)
    _delivered = Signal(str, QImage)

    def __init__(self, make: ThumbnailMaker, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self.make = make
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self._threads = threads
        self._queue: deque[tuple[str, str]] = deque()
        self._queued: set[str] = set()
        self._lock = threading.Lock()
        self._running = 0
        self._cache: OrderedDict[str, QPixmap] = OrderedDict()
        self._failed: set[str] = set()
        self._delivered.connect(self._on_delivered)

    # GUI thread --------------------------------------------------------------------------------
    def pixmap(self, sha: str | None, mime: str) -> QPixmap | None:
        """The cached pixmap, or None after queueing a load (thumbnail_ready follows)."""
        if not sha or sha in self._failed:
            return None
        pix = self._cache.get(sha)
        if pix is not None:
            self._cache.move_to_end(sha)
            return pix
        self.request(sha, mime)
        return None

    def request(self, sha: str, mime: str) -> None:
        with self._lock:
            if sha in self._queued:
                return
            self._queue.append((sha, mime))
            self._queued.add(sha)
            while len(self._queue) > MAX_QUEUED:
                old, _ = self._queue.popleft()
                self._queued.discard(old)
            start = self._running < self._threads
            if start:
                self._running += 1
        if start:
            self.pool.start(_Worker(self))

    def forget(self, sha: str) -> None:
        self._cache.pop(sha, None)
        self._failed.discard(sha)

    def wait(self, msecs: int = 10000) -> bool:
        return self.pool.waitForDone(msecs)

    @Slot(str, QImage)
    def _on_delivered(self, sha: str, image: QImage) -> None:
        with self._lock:
            self._queued.discard(sha)
        if image.isNull():
            self._failed.add(sha)
        else:
            self._cache[sha] = QPixmap.fromImage(image)
            while len(self._cache) > CACHE_SIZE:
                self._cache.popitem(last=False)
        self.thumbnail_ready.emit(sha)

    # worker threads ---------------------------------------------------------------------------
    def _take(self) -> tuple[str, str] | None:
        with self._lock:
            if not self._queue:
                self._running -= 1
                return None
            return self._queue.pop()  # newest first: what is on screen now
