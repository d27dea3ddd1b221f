"""What every workspace is given: the application layer (`desk`), preferences, background
tasks and the signals by which one workspace tells the others that data changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from nejat_desk.gui.settings import Settings
from nejat_desk.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from nejat_desk.services.articles import ArticleService
    from nejat_desk.services.desk import Desk
    from nejat_desk.storage.library import Library


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

    def __init__(self, library: Library, settings: Settings, tasks: TaskRunner,
                 parent: QObject | None = None, *, desk: Desk | None = None) -> None:
        super().__init__(parent)
        if desk is None:
            from nejat_desk.services.desk import Desk

            desk = Desk(library)
        self.desk = desk
        self.library = library
        self.settings = settings
        self.tasks = tasks

    @property
    def articles(self) -> ArticleService:
        return self.desk.articles

    def notify(self, text: str, msecs: int = 5000) -> None:
        self.status_message.emit(text, msecs)
