"""The main window: composes workspaces, the menu bar, the status bar and window state.

It owns no feature logic: workspaces bring their own views and menus.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from nejat_desk.gui import settings as opt
from nejat_desk.gui.context import AppContext
from nejat_desk.gui.tasks import TaskHandle
from nejat_desk.gui.workspace import Workspace
from nejat_desk.gui.workspaces import WORKSPACES, WorkspaceEntry

log = logging.getLogger(__name__)
DEFAULT_SIZE = (1280, 800)
FRAME_ALLOWANCE = (8, 32)  # borders and a title bar: before the first show the frame is unknown


class MainWindow(QMainWindow):
    first_painted = Signal()
    workspace_changed = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("Nejat Desk"))
        self.fit_to_screen()
        self.undo_group = QUndoGroup(self)
        self._workspaces: dict[str, Workspace] = {}
        self._workspace_menus: list[QAction] = []
        self._painted = False

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self._build_switcher()
        self._build_menus()
        self._build_status_bar()
        context.status_message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        context.open_requested.connect(self.open_record)
        context.publish_requested.connect(self.publish_articles)
        context.tasks.task_started.connect(self._task_started)
        context.tasks.task_finished.connect(self._task_finished)
        self._restore_window_state()
        self._place_switcher()
        last = context.settings.get(opt.LAST_WORKSPACE)
        self.show_workspace(last if any(e.workspace_id == last for e in WORKSPACES) else WORKSPACES[0].workspace_id)

    # --- construction ----------------------------------------------------------------------

    def _build_switcher(self) -> None:
        self.switcher = QToolBar(self.tr("Workspaces"), self)
        self.switcher.setObjectName("WorkspaceSwitcher")
        self.switcher.setMovable(False)
        self.switcher.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self._place_switcher()
        self.switcher_group = QActionGroup(self)
        self.switcher_group.setExclusive(True)
        self.switch_actions: dict[str, QAction] = {}
        for index, entry in enumerate(WORKSPACES):
            action = QAction(QCoreApplication.translate("Workspaces", entry.title), self)
            action.setCheckable(True)
            action.setData(entry.workspace_id)
            if index < 9:
                action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.setToolTip(f"{action.text()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            action.triggered.connect(lambda _checked=False, wid=entry.workspace_id: self.show_workspace(wid))
            self.switcher_group.addAction(action)
            self.switcher.addAction(action)
            self.switch_actions[entry.workspace_id] = action

    def _place_switcher(self) -> None:
        # Qt does not mirror tool bar areas: the switcher goes on the side a line of text starts on
        # (also after restoreState, which may bring back a place saved in the other direction).
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.addToolBar(Qt.ToolBarArea.RightToolBarArea if rtl else Qt.ToolBarArea.LeftToolBarArea, self.switcher)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.new_menu = self.file_menu.addMenu(self.tr("&New"))
        self.file_menu.addSeparator()
        self.import_action = self._action(self.tr("&Import…"), self.file_menu, self.import_files,
                                          QKeySequence("Ctrl+I"), "mdi6.import")
        # Features add their own File actions (Export…, Import media…) after this separator.
        self.file_extension_separator = self.file_menu.addSeparator()
        self.export_action = self._action(self.tr("&Export…"), self.file_menu, self.show_export,
                                          QKeySequence("Ctrl+Shift+E"), "mdi6.export")
        self.snippets_action = self._action(self.tr("Share &Snippets…"), self.file_menu, self.show_snippets,
                                            None, "mdi6.share-variant-outline")
        self.backup_action = self._action(self.tr("&Back Up Library Now"), self.file_menu, self.backup_now,
                                          None, "mdi6.backup-restore")
        self.restore_action = self._action(self.tr("&Restore from Backup…"), self.file_menu, self.restore_backup)
        self.trash_action = self._action(self.tr("&Trash…"), self.file_menu, self.show_trash, None,
                                         "mdi6.delete-outline")
        self._action(self.tr("Show Library &Folder"), self.file_menu,
                     lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.context.library.root))))
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.file_menu, self.close, QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        # Text editors keep Ctrl+Z for their own typing: the window's undo is for workspace actions.
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.editions_action = self._action(self.tr("&Edition Settings…"), self.edit_menu, self.show_editions,
                                            None, "mdi6.translate")
        self.preferences_action = self._action(self.tr("&Preferences…"), self.edit_menu, self.show_preferences,
                                               QKeySequence.StandardKey.Preferences, "mdi6.cog-outline")
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        self.view_menu = bar.addMenu(self.tr("&View"))
        for action in self.switch_actions.values():
            self.view_menu.addAction(action)
        self.view_menu.addSeparator()
        self.fullscreen_action = self._action(self.tr("&Full Screen"), self.view_menu, self.toggle_full_screen,
                                              QKeySequence.StandardKey.FullScreen)
        self.fullscreen_action.setCheckable(True)

        # Workspace menus are inserted before Help.
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.about_action = self._action(self.tr("&About Nejat Desk"), self.help_menu, self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self._action(self.tr("Open &Log Folder"), self.help_menu, self.open_log_folder)
        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), self.help_menu, self.show_shortcuts,
                                             QKeySequence("Ctrl+/"))

    def _action(self, text: str, menu: QMenu, slot, shortcut=None, icon_name: str | None = None) -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        if icon_name:
            action.setProperty("icon_name", icon_name)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.task_label = QLabel(self)
        self.task_progress = QProgressBar(self)
        self.task_progress.setMaximumWidth(180)
        self.task_progress.setTextVisible(False)
        self.task_cancel = QToolButton(self)
        self.task_cancel.setText(self.tr("Cancel"))
        self.task_cancel.setAutoRaise(True)
        self.task_cancel.clicked.connect(self._cancel_tasks)
        for widget in (self.task_label, self.task_progress, self.task_cancel):
            widget.hide()
            status.addPermanentWidget(widget)
        self.library_label = QLabel(str(self.context.library.root), self)
        self.library_label.setToolTip(self.tr("Library folder"))
        status.addPermanentWidget(self.library_label)

    # --- icons after the first paint (qtawesome costs ~0.2 s to load) ------------------------

    def load_icons(self) -> None:
        from nejat_desk.gui.icons import icon

        for entry in WORKSPACES:
            self.switch_actions[entry.workspace_id].setIcon(icon(entry.icon_name))
        for action in self.findChildren(QAction):
            name = action.property("icon_name")
            if name:
                action.setIcon(icon(str(name)))
        for ws in self._workspaces.values():
            if hasattr(ws, "load_icons"):
                ws.load_icons()

    def event(self, event: QEvent) -> bool:
        result = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)
        return result

    # --- workspaces ----------------------------------------------------------------------

    def workspace(self, workspace_id: str) -> Workspace:
        ws = self._workspaces.get(workspace_id)
        if ws is None:
            entry: WorkspaceEntry = next(e for e in WORKSPACES if e.workspace_id == workspace_id)
            cls = getattr(importlib.import_module(entry.module), entry.class_name)
            ws = cls(self.context, self.stack)
            self._workspaces[workspace_id] = ws
            self.stack.addWidget(ws)
            stack = ws.undo_stack()
            if stack is not None:
                self.undo_group.addStack(stack)
            if self._painted and hasattr(ws, "load_icons"):
                ws.load_icons()
        return ws

    def current_workspace(self) -> Workspace | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Workspace) else None

    def show_workspace(self, workspace_id: str) -> Workspace:
        ws = self.workspace(workspace_id)
        self.stack.setCurrentWidget(ws)
        self.switch_actions[workspace_id].setChecked(True)
        stack = ws.undo_stack()
        self.undo_group.setActiveStack(stack)
        self._install_workspace_menus(ws)
        self.context.settings.set(opt.LAST_WORKSPACE, workspace_id)
        ws.on_activated()
        self.workspace_changed.emit(workspace_id)
        return ws

    def _install_workspace_menus(self, ws: Workspace) -> None:
        bar = self.menuBar()
        for action in self._workspace_menus:
            bar.removeAction(action)
        self._workspace_menus = [bar.insertMenu(self.help_menu.menuAction(), menu) for menu in ws.menus()]
        self.new_menu.clear()
        for entry in WORKSPACES:
            loaded = self._workspaces.get(entry.workspace_id)
            if loaded is not None:
                for action in loaded.new_actions():
                    self.new_menu.addAction(action)
        self.new_menu.setEnabled(not self.new_menu.isEmpty())

    def publish_articles(self, article_ids: list[int]) -> None:
        if any(e.workspace_id == "sites" for e in WORKSPACES):
            self.workspace("sites").publish(article_ids)  # type: ignore[attr-defined]

    def open_record(self, workspace_id: str, record_id: int) -> None:
        self.show_workspace(workspace_id).open_record(record_id)

    # --- tasks in the status bar ------------------------------------------------------------

    def _task_started(self, handle: TaskHandle) -> None:
        handle.progressed.connect(self._task_progress)
        self._refresh_task_widgets(handle.label)

    def _task_progress(self, done: int, total: int, text: str) -> None:
        self.task_progress.setRange(0, max(total, 0))
        self.task_progress.setValue(done)
        if text:
            self.task_label.setText(text)

    def _task_finished(self, _handle: TaskHandle) -> None:
        self._refresh_task_widgets("")

    def _refresh_task_widgets(self, label: str) -> None:
        active = [h for h in self.context.tasks.active if h.label]
        visible = bool(active)
        self.task_label.setText(label or (active[-1].label if active else ""))
        self.task_progress.setRange(0, 0)
        for widget in (self.task_label, self.task_progress):
            widget.setVisible(visible)
        self.task_cancel.setVisible(any(h.cancellable for h in active))

    def _cancel_tasks(self) -> None:
        for handle in list(self.context.tasks.active):
            if handle.cancellable:
                handle.cancel()

    # --- file actions ------------------------------------------------------------------------

    def import_files(self) -> None:
        from nejat_desk.gui.importing import ImportController

        ImportController(self.context, self).choose_and_import()

    def show_export(self) -> None:
        from nejat_desk.gui.export.dialog import ExportDialog

        ExportDialog(self.context, self).open()

    def show_snippets(self) -> None:
        from nejat_desk.gui.export.snippet_preview import SnippetPreviewDialog

        current = self.current_workspace()
        editor = getattr(current, "editor", None)
        SnippetPreviewDialog(self.context, getattr(editor, "article_id", None), self).open()

    def backup_now(self) -> None:
        library = self.context.library
        self.context.tasks.run(lambda _h: library.backup("manual"), label=self.tr("Backing up…"),
                               on_success=lambda path: self.context.notify(
                                   self.tr("Backup written: %1").replace("%1", Path(path).name)),
                               on_failure=lambda exc, _tb: QMessageBox.warning(
                                   self, self.tr("Backup failed"), str(exc)))

    def restore_backup(self) -> None:
        from nejat_desk.gui.backups import RestoreDialog

        RestoreDialog(self.context, self).exec()

    def show_trash(self) -> None:
        from nejat_desk.gui.trash import TrashDialog

        TrashDialog(self.context, self).exec()

    def show_editions(self) -> None:
        from nejat_desk.gui.editions import EditionsDialog

        EditionsDialog(self.context, self).exec()

    def show_preferences(self) -> None:
        from nejat_desk.gui.preferences import PreferencesDialog

        PreferencesDialog(self.context.settings, self).exec()

    def show_about(self) -> None:
        from nejat_desk.version import __version__

        QMessageBox.about(self, self.tr("About Nejat Desk"), self.tr(
            "<h3>Nejat Desk %1</h3><p>An editorial workstation for a multilingual newsroom: write, translate, "
            "schedule and hand over posts for the website and social platforms, offline.</p>"
            "<p>Library: %2</p>").replace("%1", __version__).replace("%2", str(self.context.library.root)))

    def show_shortcuts(self) -> None:
        from nejat_desk.gui.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).open()

    def open_log_folder(self) -> None:
        from nejat_desk.logging_setup import log_file_path

        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file_path().parent)))

    def toggle_full_screen(self, on: bool) -> None:
        self.showFullScreen() if on else self.showNormal()

    # --- window state -----------------------------------------------------------------------

    def fit_to_screen(self) -> None:
        """The default size: 1280 x 800 at most, never more than the screen's free area (a 1366 x 768
        laptop keeps its panel and the title bar in view), centred on it."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        free = screen.availableGeometry() if screen is not None else QRect(0, 0, *DEFAULT_SIZE)
        width = min(DEFAULT_SIZE[0], free.width() - FRAME_ALLOWANCE[0])
        height = min(DEFAULT_SIZE[1], free.height() - FRAME_ALLOWANCE[1])
        self.resize(width, height)
        self.move(free.center() - QRect(0, 0, width, height).center())

    def _restore_window_state(self) -> None:
        geometry = self.context.settings.get(opt.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        state = self.context.settings.get(opt.WINDOW_STATE)
        if state:
            self.restoreState(state)

    def save_window_state(self) -> None:
        self.context.settings.set(opt.WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self.context.settings.set(opt.WINDOW_STATE, bytes(self.saveState().data()))
        self.context.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        for ws in self._workspaces.values():
            try:
                ws.save_state()
            except Exception:  # a workspace failing to flush must not block closing; it is logged
                log.exception("workspace %s failed to save its state", ws.workspace_id)
        self.save_window_state()
        super().closeEvent(event)


class FirstPaintReporter(QObject):
    """For the start-up benchmark: print the wall-clock time of the first paint, then quit."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        window.first_painted.connect(self._report)

    def _report(self) -> None:
        import time

        print(f"first-paint {time.time():.6f}", flush=True)
        QCoreApplication.quit()
