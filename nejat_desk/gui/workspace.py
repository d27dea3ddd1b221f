"""The base of every workspace (Articles, Media, Schedule…) the main window composes."""

from __future__ import annotations

from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from nejat_desk.gui.context import AppContext


class Workspace(QWidget):
    """Subclasses set `workspace_id` and `icon_name` (a qtawesome name) and implement `title()`.

    Optional hooks: `menus()` adds menus to the menu bar while the workspace is current,
    `new_actions()` adds items to File > New, `undo_stack()` joins the Edit menu's undo group,
    `on_activated()` runs when the workspace is shown, `open_record(id)` shows one record.
    """

    workspace_id = ""
    icon_name = "mdi6.application-outline"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def title(self) -> str:
        raise NotImplementedError

    def menus(self) -> list[QMenu]:
        return []

    def new_actions(self) -> list[QAction]:
        return []

    def undo_stack(self) -> QUndoStack | None:
        return None

    def on_activated(self) -> None:
        pass

    def open_record(self, record_id: int) -> None:
        pass

    def save_state(self) -> None:
        """Called before the window closes: flush pending edits, remember splitters."""
