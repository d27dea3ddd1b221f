"""The Sites workspace asks before the password may go over plain http:// (issue #12, item 19)."""

from __future__ import annotations

import pytest
from keyring.backends import null
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from nejat_desk.gui.context import AppContext
from nejat_desk.gui.settings import Settings
from nejat_desk.gui.sites.workspace import SitesWorkspace
from nejat_desk.gui.tasks import TaskRunner
from nejat_desk.services.desk import Desk
from nejat_desk.services.wordpress.credentials import CredentialStore


@pytest.fixture
def workspace(qtbot, library, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    tasks = TaskRunner()
    context = AppContext(library, settings, tasks,
                         desk=Desk(library, credentials=CredentialStore(backend=null.Keyring())))
    ws = SitesWorkspace(context)
    qtbot.addWidget(ws)
    ws.show()
    qtbot.waitExposed(ws)
    yield ws
    tasks.wait_all()


def _fill_and_save(workspace, url: str) -> None:
    dialog = workspace.add_site()
    dialog.name.setText("Main")
    dialog.url.setText(url)
    dialog.user.setText("desk")
    dialog.editions["en"].setChecked(True)
    dialog.accept()


def test_a_plain_http_site_is_saved_only_after_the_warning_is_confirmed(qtbot, workspace) -> None:
    _fill_and_save(workspace, "http://nejat.example.org")
    box = workspace.insecure_http_dialog
    qtbot.waitUntil(box.isVisible)
    assert "http://nejat.example.org" in box.text() and "unencrypted" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert workspace.sites.list() == []  # cancelled: nothing saved

    _fill_and_save(workspace, "http://nejat.example.org")
    box = workspace.insecure_http_dialog
    qtbot.waitUntil(box.isVisible)
    box.send_button.click()
    qtbot.waitUntil(lambda: len(workspace.sites.list()) == 1)
    site = workspace.sites.list()[0]
    assert site.base_url == "http://nejat.example.org" and site.allow_insecure_http


def test_https_and_this_computer_are_saved_without_asking(qtbot, workspace) -> None:
    workspace.insecure_http_dialog = None
    _fill_and_save(workspace, "https://nejat.example.org")
    qtbot.waitUntil(lambda: len(workspace.sites.list()) == 1)
    workspace.sites.remove(workspace.sites.list()[0].id)
    _fill_and_save(workspace, "http://127.0.0.1:8080")
    qtbot.waitUntil(lambda: len(workspace.sites.list()) == 1)
    assert workspace.insecure_http_dialog is None
    assert not workspace.sites.list()[0].allow_insecure_http
