"""Help > Keyboard Shortcuts: every shortcut of the window, read from its actions when shown,
so the list cannot go stale. Grouped by the menu that holds the action (workspace menus too)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

if TYPE_CHECKING:
    from nejat_desk.gui.main_window import MainWindow


@dataclass(frozen=True)
class ShortcutEntry:
    place: str  # "File", "Article › New Article In"
    action: str  # the action's text without its mnemonic
    keys: str  # in the platform's notation, several joined by ", "


def plain(text: str) -> str:
    """A menu text without its mnemonic ampersand ("&&" stays one "&")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _keys(action: QAction) -> str:
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts() if not s.isEmpty())


def _walk(menu: QMenu, place: str, seen: set[int], out: list[ShortcutEntry]) -> None:
    for action in menu.actions():
        if action.menu() is not None:
            _walk(action.menu(), f"{place} › {plain(action.menu().title())}", seen, out)  # type: ignore[union-attr]
        elif _keys(action) and id(action) not in seen:
            seen.add(id(action))
            out.append(ShortcutEntry(place, plain(action.text()), _keys(action)))


def collect(window: MainWindow) -> list[ShortcutEntry]:
    """The shortcuts of the window's menus and of every workspace's menus (each workspace is built)."""
    from nejat_desk.gui.workspaces import WORKSPACES

    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    for entry in WORKSPACES:
        workspace = window.workspace(entry.workspace_id)
        getattr(workspace, "editor", None)  # the Articles workspace fills its menu from its editor
        menus.extend(m for m in workspace.menus() if m not in menus)
    seen: set[int] = set()
    out: list[ShortcutEntry] = []
    for menu in menus:
        _walk(menu, plain(menu.title()), seen, out)  # type: ignore[union-attr]
    # Anything with a shortcut that no menu holds still gets a line.
    other = QCoreApplication.translate("ShortcutsDialog", "Other")
    for action in window.findChildren(QAction):
        if _keys(action) and id(action) not in seen and action.text():
            seen.add(id(action))
            out.append(ShortcutEntry(other, plain(action.text()), _keys(action)))
    return out


class ShortcutsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.entries = collect(window)
        self.table = QTableWidget(len(self.entries), 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Shortcut")])
        for row, entry in enumerate(self.entries):
            for column, text in enumerate((entry.place, entry.action, entry.keys)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def shortcut_texts(self) -> list[str]:
        return [entry.keys for entry in self.entries]
