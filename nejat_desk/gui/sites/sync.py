"""The window's side of site sync: the outbox timer and the sends, as background tasks.

`SyncRunner` adapts `desk.sync` (services/wordpress/sync.py) to Qt. The composition root
starts it after the first paint (`start()`), so queued work goes out and edits of published
articles queue their update whether or not the Sites workspace was ever opened. The Sites
workspace only shows what it reports (its signals) and asks it to send.

All methods run on the GUI thread; a send runs on the task runner's pool and reports back
through the signals, on the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

if TYPE_CHECKING:
    from nejat_desk.gui.context import AppContext
    from nejat_desk.services.wordpress.outbox import FlushReport
    from nejat_desk.services.wordpress.sync import SyncService

AUTO_FLUSH_MS = 60_000


def flush_summary(report: FlushReport) -> str:
    """"2 sent, 1 waiting to retry." in the interface language."""
    parts = [QCoreApplication.translate("SitesWorkspace", "{n} sent").format(n=len(report.done))]
    if report.retrying:
        parts.append(QCoreApplication.translate("SitesWorkspace", "{n} waiting to retry")
                     .format(n=len(report.retrying)))
    if report.failed:
        parts.append(QCoreApplication.translate("SitesWorkspace", "{n} failed").format(n=len(report.failed)))
    if report.conflicts:
        parts.append(QCoreApplication.translate("SitesWorkspace", "{n} in conflict: compare and resolve")
                     .format(n=len(report.conflicts)))
    if report.stale_translations:
        parts.append(QCoreApplication.translate("SitesWorkspace", "{n} stale translations among those sent")
                     .format(n=len(report.stale_translations)))
    return ", ".join(parts) + "."


class SyncRunner(QObject):
    busy_changed = Signal(bool)
    progressed = Signal(int, int, str)  # done, total, text
    flushed = Signal(object)  # FlushReport
    flush_failed = Signal(object, str)  # exception, traceback text

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.busy = False
        self.last_flush: FlushReport | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(AUTO_FLUSH_MS)
        self.timer.timeout.connect(self.auto_flush)

    @property
    def sync(self) -> SyncService:
        return self.context.desk.sync

    def start(self) -> None:
        """Watch edits of published articles and send due work every minute (idempotent)."""
        self.sync.start()
        if not self.timer.isActive():
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def auto_flush(self) -> bool:
        """Send what is due by itself, if every site it goes to has a known password (nobody is
        asked from a timer). Returns whether a send started."""
        if self.busy:
            return False
        due = self.sync.due_jobs()
        if not due:
            return False
        sites = {j.site_id for j in due}
        if not all(self.sync.knows_password(self.sync.sites.get(s)) for s in sites):
            return False
        return self.send([j.id for j in due])

    def send(self, job_ids: list[int]) -> bool:
        """Send these jobs now, on the pool. False when a send is already running."""
        if self.busy:
            return False
        self._set_busy(True)
        sync = self.sync

        def work(handle: Any) -> FlushReport:
            return sync.flush(job_ids, cancelled=handle.cancelled, write=handle.write,
                              progress=lambda d, t, text: handle.progress(d, t, text))

        self.context.tasks.run(work, label=QCoreApplication.translate("SitesWorkspace", "Sending to the sites"),
                               cancellable=True, on_success=self._sent, on_failure=self._failed,
                               on_progress=self.progressed.emit)
        return True

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.busy_changed.emit(busy)

    def _sent(self, report: FlushReport) -> None:
        self.last_flush = report
        self._set_busy(False)
        self.context.notify(flush_summary(report))
        self.flushed.emit(report)

    def _failed(self, exc: BaseException, trace: str) -> None:
        self._set_busy(False)  # the task runner logged it; the Sites workspace shows it
        self.flush_failed.emit(exc, trace)
