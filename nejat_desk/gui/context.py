"""What every workspace is given: the application layer (`desk`), preferences, background
tasks and the signals by which one workspace tells the others that data changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from nejat_desk.gui.settings import Settings
from nejat_desk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from nejat_desk.gui.sites.sync import SyncRunner
    from nejat_desk.services.articles import ArticleService
    from nejat_desk.services.desk import Desk


class AppContext(QObject):
    # Emitted (on the GUI thread) after a change was committed to the library.
    articles_changed = Signal(list)  # article ids; [] means "many or unknown"
    media_changed = Signal(list)
    galleries_changed = Signal(list)
    schedule_changed = Signal()
    library_replaced = Signal()  # after a restore: every view reloads
    # Ask the window to show something: (workspace id, record id).
    open_requested = Signal(str, int)
    # Ask for articles to be published to a site (the Sites workspace asks where and how).
    publish_requested = Signal(list)
    # A short message for the status bar (text, milliseconds).
    status_message = Signal(str, int)

    def __init__(self, library: object, settings: Settings, tasks: TaskRunner,
                 parent: QObject | None = None, *, desk: Desk | None = None) -> None:
        """`library`: the open storage Library (typed loosely: the window imports no storage);
        `desk`: its application layer, built here when the composition root gives none."""
        super().__init__(parent)
        if desk is None:
            from nejat_desk.services.desk import Desk

            desk = Desk(library)  # type: ignore[arg-type]
        self.desk = desk
        self.library = desk.library
        self.settings = settings
        self.tasks = tasks
        from nejat_desk.gui.write_check import WriterOnly

        # The window writes the library from its writer thread only (gui/tasks.py); this checks it.
        self.write_check = WriterOnly(tasks.writer)
        self.library.write_guard = self.write_check
        self._sync: SyncRunner | None = None

    @property
    def articles(self) -> ArticleService:
        return self.desk.articles

    @property
    def sync(self) -> SyncRunner:
        """Site sync's timer and sends (the composition root starts it after the first paint)."""
        if self._sync is None:
            from nejat_desk.gui.sites.sync import SyncRunner

            self._sync = SyncRunner(self, self)
        return self._sync

    def notify(self, text: str, msecs: int = 5000) -> None:
        self.status_message.emit(text, msecs)
