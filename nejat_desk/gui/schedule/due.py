"""Surfacing items as they come due, and the ones missed while the app was closed.

`DueWatcher.start()` runs the start-up sweep (everything that came due while the app was
closed or the computer offline becomes MISSED) and then checks every `interval_ms`. The
service records each state change and commits BEFORE the watcher tells anyone, so a crash
between the two loses nothing: the item is listed as due on the next start.

The sweep runs on the task runner's writer thread when there is one (it reads every scheduled
record and writes the due ledger); notifying always happens on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QSystemTrayIcon, QWidget

from nejat_desk.core.timeutil import utc_now
from nejat_desk.gui import dates as ui_dates
from nejat_desk.services.schedule import DueNotice, ScheduleService, SweepResult

if TYPE_CHECKING:
    from nejat_desk.gui.context import AppContext
    from nejat_desk.gui.tasks import TaskRunner

WATCHER_NAME = "schedule-due-watcher"
MISSED_LISTED = 12  # items named in the missed-items dialog; the rest are counted


class DueNotifier(QObject):
    """Shows a notice in the system tray when there is one, else asks the window to show it."""

    in_window_notice = Signal(object)  # DueNotice

    def __init__(self, icon: QIcon | None = None, parent: QObject | None = None, *,
                 use_tray: bool | None = None) -> None:
        super().__init__(parent)
        if use_tray is None:
            use_tray = QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()
        self.tray: QSystemTrayIcon | None = None
        if use_tray:
            self.tray = QSystemTrayIcon(icon or QIcon(), self)
            self.tray.setToolTip(QCoreApplication.translate("DueNotifier", "Nejat Desk"))
            self.tray.show()
        self.shown: list[DueNotice] = []

    def notify(self, notice: DueNotice) -> None:
        self.shown.append(notice)
        if self.tray is not None:
            self.tray.showMessage(QCoreApplication.translate("DueNotifier", "Due now: {title}").format(title=notice.title), notice.action,
                                  QSystemTrayIcon.MessageIcon.Information, 20000)
        else:
            self.in_window_notice.emit(notice)


class DueWatcher(QObject):
    """Sweeps on `tasks` (a worker thread) when given, else on the GUI thread; notifies on the GUI
    thread, after the sweep has committed."""

    notices_surfaced = Signal(list)  # list[DueNotice] that just came due (already recorded)
    missed_found = Signal(list)  # list[DueNotice] found missed (already recorded)

    def __init__(self, service: ScheduleService, notifier: DueNotifier, *, interval_ms: int = 30_000,
                 clock: Callable[[], datetime] = utc_now, tasks: TaskRunner | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.notifier = notifier
        self.clock = clock
        self.tasks = tasks
        self.watching_since: datetime | None = None
        self.sweeping = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        """The start-up sweep (everything that came due while the app was closed is missed), then
        a check every interval."""
        self.watching_since = self.clock()
        self._sweep(None)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check(self) -> None:
        self._sweep(self.watching_since or self.clock())

    def _sweep(self, watching_since: datetime | None) -> None:
        if self.sweeping:
            return  # the previous sweep is still running (a slow disk): the next tick catches up
        self.sweeping = True
        if self.tasks is None:
            try:
                result = self.service.sweep(watching_since=watching_since)
            finally:
                self.sweeping = False
            self._deliver(result)
            return
        service = self.service
        self.tasks.run(lambda _handle: service.sweep(watching_since=watching_since), writes=True,
                       label=QCoreApplication.translate("DueNotifier", "Checking the schedule"),
                       on_success=self._delivered, on_failure=self._failed)

    def _delivered(self, result: SweepResult) -> None:
        self.sweeping = False
        self._deliver(result)

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self.sweeping = False  # logged by the task runner; the next tick tries again

    def _deliver(self, result: SweepResult) -> None:
        # Recorded and committed by now: telling the user comes second.
        for notice in result.due:
            self.notifier.notify(notice)
        if result.due:
            self.notices_surfaced.emit(result.due)
        if result.missed:
            self.missed_found.emit(result.missed)


def missed_items_box(parent: QWidget | None, notices: list[DueNotice]) -> QMessageBox:
    """The dialog that says what came due while the app was closed: each item with its time in the
    user's zone and calendar, in the interface's digits. Open goes to the Schedule."""
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("DueNotifier", "Missed while Nejat Desk was closed"),
                      # One form for every count ("Items ...: 3"), as lupdate reads no plural forms here.
                      QCoreApplication.translate("DueNotifier", "Planned items that came due while Nejat Desk was "
                                                 "closed or offline: {count}. They stay listed in Schedule until "
                                                 "you act on them.").format(count=ui_dates.format_number(len(notices))),
                      QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close, parent)
    lines = [QCoreApplication.translate("DueNotifier", "{when}: {action}").format(
        when=ui_dates.format_datetime(notice.due_at), action=notice.action) for notice in notices[:MISSED_LISTED]]
    if len(notices) > MISSED_LISTED:
        lines.append(QCoreApplication.translate("DueNotifier", "…and {count} more.").format(
            count=ui_dates.format_number(len(notices) - MISSED_LISTED)))
    box.setInformativeText("\n".join(lines))
    box.setDefaultButton(QMessageBox.StandardButton.Open)
    return box


def ensure_due_watcher(context: AppContext, service: ScheduleService | None = None, *,
                       start: bool = True) -> DueWatcher:
    """The application's one due watcher, a child of the context (created on first call).

    The composition root may call this at start-up so that due items are surfaced (and missed
    ones found) whether or not the Schedule workspace has been opened; the workspace calls it too.
    """
    existing = context.findChild(DueWatcher, WATCHER_NAME)
    if existing is not None:
        return existing
    service = service or context.desk.schedule
    notifier = DueNotifier(QApplication.windowIcon(), context)
    # Without a tray, the status bar says it too (the Schedule workspace adds its notice bar).
    notifier.in_window_notice.connect(
        lambda notice: context.notify(QCoreApplication.translate("DueNotifier", "Due now: {action}").format(action=notice.action), 20000))
    watcher = DueWatcher(service, notifier, clock=service.clock, tasks=context.tasks, parent=context)
    watcher.setObjectName(WATCHER_NAME)
    if start:
        watcher.start()
    return watcher
