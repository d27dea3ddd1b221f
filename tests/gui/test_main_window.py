"""The main window shell: menus with standard shortcuts, workspaces, tasks, window state."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QVBoxLayout

from nejat_desk.gui import main_window as mw
from nejat_desk.gui.context import AppContext
from nejat_desk.gui.settings import Settings
from nejat_desk.gui.tasks import TaskRunner
from nejat_desk.gui.workspace import Workspace
from nejat_desk.gui.workspaces import WorkspaceEntry


class ProbeWorkspace(Workspace):
    workspace_id = "probe"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        QVBoxLayout(self).addWidget(QLabel("probe", self))
        self.activated = 0

    def title(self) -> str:
        return "Probe"

    def on_activated(self) -> None:
        self.activated += 1


@pytest.fixture
def window(qtbot, library, tmp_path, monkeypatch):
    monkeypatch.setattr(mw, "WORKSPACES", (
        WorkspaceEntry("probe", __name__, "ProbeWorkspace", "Probe", "mdi6.flask"),))
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    tasks = TaskRunner()
    context = AppContext(library, settings, tasks)
    window = mw.MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    tasks.wait_all()


def test_menus_use_standard_shortcuts(window):
    assert window.quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[0] == "&File" and titles[-1] == "&Help"


def test_first_workspace_shown_and_activated(window):
    ws = window.current_workspace()
    assert isinstance(ws, ProbeWorkspace) and ws.activated == 1


def test_background_task_reports_on_gui_thread(window, qtbot):
    seen: list[tuple[object, bool]] = []
    gui_thread = threading.current_thread()

    def work(handle):
        handle.progress(1, 2, "half")
        return 42

    with qtbot.waitSignal(window.context.tasks.task_finished, timeout=5000):
        window.context.tasks.run(work, label="probe task",
                                 on_success=lambda v: seen.append((v, threading.current_thread() is gui_thread)))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(42, True)]


def test_cancel_reaches_the_task(window, qtbot):
    started = threading.Event()
    outcome: list[str] = []

    def work(handle):
        started.set()
        while not handle.cancelled():
            handle.progress(0, 0, "waiting")
            threading.Event().wait(0.01)
        return "cancelled"

    handle = window.context.tasks.run(work, label="long", cancellable=True, on_success=outcome.append)
    qtbot.waitUntil(lambda: window.task_cancel.isVisible())
    assert started.wait(5)
    window.task_cancel.click()
    qtbot.waitUntil(lambda: outcome == ["cancelled"])
    assert handle.done or qtbot.waitUntil(lambda: handle.done) is None


def test_window_state_is_remembered(window, library, tmp_path, qtbot, monkeypatch):
    window.resize(700, 520)  # the offscreen screen is 800 x 600
    window.close()
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    again = mw.MainWindow(AppContext(library, settings, TaskRunner()))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 520)


def test_backup_now_writes_a_backup(window, library, qtbot):
    window.backup_action.trigger()
    qtbot.waitUntil(lambda: any(b.kind == "manual" for b in library.list_backups()), timeout=10000)


def test_preferences_dialog_loads_form_and_saves(window, qtbot, monkeypatch):
    from nejat_desk.gui import settings as opt
    from nejat_desk.gui.preferences import PreferencesDialog

    dialog = PreferencesDialog(window.context.settings, window)
    qtbot.addWidget(dialog)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.edition.setCurrentIndex(dialog.edition.findData("fa"))
    dialog.accept()
    assert window.context.settings.get(opt.THEME) == "dark"
    assert window.context.settings.get(opt.DEFAULT_EDITION) == "fa"
