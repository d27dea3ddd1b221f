"""Never lose work: every change reaches the library within IDLE_MS of the last keystroke and
at least every MAX_INTERVAL_MS while the writer keeps typing. There is no "unsaved" state.

Saves run on the library's writer thread (gui.tasks.LibraryWriter, the one thread every write
of the window goes through) so that typing never waits for rendering, indexing and fsync, and
writes to one article never race each other or another task's writes (the article row has a
version counter). The timers and every public method run on the GUI thread; `_write` runs on
the writer; results come back to the GUI thread through queued signals.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from nejat_desk.core.errors import NejatError

if TYPE_CHECKING:  # the ORM loads after the first paint, not with this module
    from nejat_desk.gui.tasks import LibraryWriter
    from nejat_desk.services.articles import ArticleService

log = logging.getLogger(__name__)

IDLE_MS = 600
MAX_INTERVAL_MS = 1500
RETRY_MS = 2000
PERIODIC_REVISION_S = 5 * 60


class Autosaver(QObject):
    # GUI-thread signals (emitted from the writer thread, delivered queued).
    saved = Signal(int, int, float)  # article id, version, seconds the save took
    save_failed = Signal(int, str)  # article id, message
    meta_saved = Signal(int, list)  # article id, field names
    meta_failed = Signal(int, str, str)  # article id, field name, message
    revision_made = Signal(int)  # article id

    def __init__(self, service: Callable[[], ArticleService], writer: LibraryWriter,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._writer = writer
        self.article_id: int | None = None
        self._text_source: Callable[[], dict[str, str]] = dict
        self._dirty_text = False
        self._pending_meta: dict[str, Any] = {}
        self._first_dirty: float | None = None
        self._last_periodic = time.monotonic()
        self._edited_since_revision = False
        self.last_saved_at: float | None = None
        self.save_count = 0
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.save_now)
        self._max = QTimer(self)
        self._max.setSingleShot(True)
        self._max.setInterval(MAX_INTERVAL_MS)
        self._max.timeout.connect(self.save_now)
        self.saved.connect(self._on_saved, Qt.ConnectionType.QueuedConnection)
        self.save_failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)

    @property
    def service(self) -> ArticleService:
        return self._service()

    # --- GUI thread ---------------------------------------------------------------------

    def set_article(self, article_id: int | None, text_source: Callable[[], dict[str, str]]) -> None:
        """Switch articles: whatever is pending for the previous one is saved first."""
        self.flush()
        self.article_id = article_id
        self._text_source = text_source
        self._last_periodic = time.monotonic()
        self._edited_since_revision = False

    def text_changed(self) -> None:
        if self.article_id is None:
            return
        self._dirty_text = True
        self._edited_since_revision = True
        self._arm()

    def meta_changed(self, **fields: Any) -> None:
        if self.article_id is None:
            return
        self._pending_meta.update(fields)
        self._arm()

    def has_pending(self) -> bool:
        return self._dirty_text or bool(self._pending_meta)

    def _arm(self) -> None:
        if self._first_dirty is None:
            self._first_dirty = time.perf_counter()
        self._idle.start()
        if not self._max.isActive():
            self._max.start()

    def save_now(self) -> Future[Any] | None:
        """Hand the current text and pending metadata to the writer thread."""
        self._idle.stop()
        self._max.stop()
        self._first_dirty = None
        article_id = self.article_id
        if article_id is None or not self.has_pending():
            return None
        text = self._text_source() if self._dirty_text else None
        meta, self._pending_meta = self._pending_meta, {}
        self._dirty_text = False
        periodic = self._edited_since_revision and \
            time.monotonic() - self._last_periodic >= PERIODIC_REVISION_S
        if periodic:
            self._last_periodic = time.monotonic()
            self._edited_since_revision = False
        return self._writer.submit(lambda: self._write(article_id, text, meta, periodic))

    def flush(self, timeout: float = 10.0) -> None:
        """Save what is pending and wait until the writer thread has committed everything. A long
        unit ahead on the writer (a big WXR import is one transaction) may outlast `timeout`: the
        save stays queued behind it and lands after it, so the window goes on instead of failing."""
        self.save_now()
        try:
            self._writer.drain(timeout=timeout)
        except TimeoutError:
            log.warning("autosave: the writer is still busy after %.0f s; the save is queued", timeout)

    def run_serialised(self, fn: Callable[[], Any]) -> Future[Any]:
        """Run another write (status change, restore) on the writer thread, after pending saves."""
        self.save_now()
        return self._writer.submit(fn)

    def shutdown(self) -> None:
        """Closing: what is typed is saved before the window goes (the writer belongs to the runner)."""
        self.flush()

    def _on_saved(self, article_id: int, _version: int, _seconds: float) -> None:
        self.last_saved_at = time.monotonic()
        self.save_count += 1

    def _on_failed(self, article_id: int, _message: str) -> None:
        if article_id == self.article_id:  # keep the text dirty and try again
            self._dirty_text = True
            QTimer.singleShot(RETRY_MS, self.save_now)

    # --- writer thread --------------------------------------------------------------------------

    def _write(self, article_id: int, text: dict[str, str] | None, meta: dict[str, Any], periodic: bool) -> None:
        started = time.perf_counter()
        if text is not None:
            try:
                version = self.service.save_text(article_id, **text)
            except Exception as exc:
                log.warning("autosave of article %s failed: %s", article_id, type(exc).__name__)
                self.save_failed.emit(article_id, str(exc) if isinstance(exc, NejatError) else repr(exc))
                return
            self.saved.emit(article_id, version, time.perf_counter() - started)
        saved_fields: list[str] = []
        for name, value in meta.items():
            # One field at a time: a refused slug must not hold back a good byline.
            try:
                self.service.update_meta(article_id, **{name: value})
                saved_fields.append(name)
            except NejatError as exc:
                self.meta_failed.emit(article_id, name, str(exc))
            except Exception as exc:
                log.warning("saving %s of article %s failed: %s", name, article_id, type(exc).__name__)
                self.meta_failed.emit(article_id, name, repr(exc))
        if saved_fields:
            self.meta_saved.emit(article_id, saved_fields)
        if periodic:
            try:
                self.service.snapshot(article_id, "periodic")
                self.revision_made.emit(article_id)
            except Exception:
                log.exception("periodic revision failed")
