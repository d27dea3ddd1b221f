"""Undoable schedule changes. A command changes the record through the service (the domain),
never a widget; the views follow through the model's reload."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from nejat_desk.core.errors import NejatError
from nejat_desk.services.schedule import ScheduleService


class MoveItemCommand(QUndoCommand):
    """Move one item from `old` to `new` (UTC instants); undo moves it back."""

    def __init__(self, service: ScheduleService, key: str, title: str, old: datetime | None, new: datetime,
                 on_changed: Callable[[], None], on_error: Callable[[str], None]) -> None:
        super().__init__()
        self.service = service
        self.key = key
        self.old = old
        self.new = new
        self.on_changed = on_changed
        self.on_error = on_error
        self.setText(QCoreApplication.translate("ScheduleCommands", "Move “{title}”").format(title=title))

    def _apply(self, when: datetime | None) -> bool:
        try:
            self.service.reschedule(self.key, when)
        except NejatError as exc:
            self.on_error(str(exc))
            self.setObsolete(True)  # the item is gone: nothing to redo or undo
            return False
        self.on_changed()
        return True

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)
