"""The Sites workspace without a site: models, adding and removing a site through the dialog,
bad input, and sending while the site cannot be reached (the job waits, with the reason)."""

from __future__ import annotations

import socket

import pytest
from keyring.backends import null
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from nejat_desk.gui.context import AppContext
from nejat_desk.gui.settings import Settings
from nejat_desk.gui.sites.workspace import SitesWorkspace
from nejat_desk.gui.tasks import TaskRunner
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.desk import Desk
from nejat_desk.services.wordpress.credentials import CredentialStore


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def workspace(qtbot, library, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    tasks = TaskRunner()
    context = AppContext(library, settings, tasks,
                         desk=Desk(library, credentials=CredentialStore(backend=null.Keyring())))
    ws = SitesWorkspace(context)
    qtbot.addWidget(ws)
    ws.resize(1000, 640)
    ws.show()
    qtbot.waitExposed(ws)
    yield ws
    tasks.wait_all()


def test_models_pass_the_model_tester(qtmodeltester, workspace) -> None:
    workspace.sites.add("Main", "https://nejat.example.org", "desk", ["en"])
    aid = ArticleService(workspace.context.library).create("en", "Story", "Body")
    workspace.outbox.enqueue(workspace.sites.list()[0].id, "article", aid, status="draft")
    workspace.reload()
    qtmodeltester.check(workspace.sites_model)
    qtmodeltester.check(workspace.outbox_model)
    assert workspace.outbox_model.index(0, 1).data() == "Waiting"
    # the slug beside the edition's name, the status the site is asked for as the publish dialog names it
    assert workspace.outbox_model.index(0, 3).data() == "\u2068story\u2069 · English"
    assert workspace.outbox_model.index(0, 4).data() == "Draft"


def test_add_a_site_through_the_dialog_and_remove_it(qtbot, workspace, monkeypatch) -> None:
    dialog = workspace.add_site()
    dialog.name.setText("Main")
    dialog.url.setText("nejat.example.org")
    dialog.user.setText("desk")
    dialog.editions["ar"].setChecked(True)
    dialog.password.setText("abcd efgh ijkl mnop qrst uvwx")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert workspace.sites_model.rowCount() == 1
    assert workspace.sites_model.index(0, 1).data() == "https://nejat.example.org"
    assert workspace.sites_model.index(0, 3).data() == "Arabic"  # the edition named, not its code
    assert workspace.sites_model.index(0, 4).data() == "known"  # for this session only (null keyring)
    workspace.select_site(workspace.sites.list()[0].id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    workspace.remove_button.click()  # written on the writer thread; the list reloads after
    qtbot.waitUntil(lambda: workspace.sites_model.rowCount() == 0, timeout=10000)


def test_a_bad_site_is_refused_with_its_reason(qtbot, workspace, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    dialog = workspace.add_site()
    dialog.name.setText("Main")
    dialog.url.setText("ftp://nejat.example.org")
    dialog.user.setText("desk")
    dialog.editions["en"].setChecked(True)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert shown and "not a web address" in shown[0]
    assert workspace.sites_model.rowCount() == 0


def test_sending_while_offline_keeps_the_job_with_the_reason(qtbot, workspace) -> None:
    site_id = workspace.sites.add("Main", f"http://127.0.0.1:{_closed_port()}", "desk", ["en"],
                                  password="abcd efgh ijkl mnop qrst uvwx")
    aid = ArticleService(workspace.context.library).create("en", "Offline story", "Body")
    workspace.outbox.enqueue(site_id, "article", aid, status="publish")
    workspace.reload()
    workspace.send_button.click()
    qtbot.waitUntil(lambda: workspace.last_flush is not None and not workspace._busy, timeout=20000)
    assert len(workspace.last_flush.retrying) == 1
    assert "waiting to retry" in workspace.status.text()
    job = workspace.outbox_model.job(0)
    assert job.state == "queued" and "connection refused" in job.last_error
    workspace.select_job(job.id)
    assert workspace.cancel_button.isEnabled() and not workspace.resolve_button.isEnabled()
    workspace.cancel_button.click()  # written on the writer thread; the outbox reloads after
    qtbot.waitUntil(lambda: workspace.outbox_model.rowCount() == 0, timeout=10000)
    workspace.show_all.setChecked(True)
    assert workspace.outbox_model.index(0, 1).data() == "Cancelled"


def test_the_timer_resends_explicit_work_but_not_updates_queued_by_edits(qtbot, workspace) -> None:
    from nejat_desk.services.wordpress.outbox import queue_push

    site_id = workspace.sites.add("Main", f"http://127.0.0.1:{_closed_port()}", "desk", ["en"],
                                  password="abcd efgh ijkl mnop qrst uvwx")
    articles = ArticleService(workspace.context.library)
    edited = articles.create("en", "Edited live post", "Body")
    with workspace.context.library.session() as s:
        queue_push(s, site_id, "article", edited, status=None, auto=True)
    workspace.runner.auto_flush()
    assert workspace.last_flush is None and not workspace._busy
    explicit = articles.create("en", "Queued on the train", "Body")
    job_id = workspace.outbox.enqueue(site_id, "article", explicit, status="publish")
    workspace.runner.auto_flush()
    qtbot.waitUntil(lambda: workspace.last_flush is not None and not workspace._busy, timeout=20000)
    assert [j for j, _ in workspace.last_flush.retrying] == [job_id]


def test_pick_articles_and_publish_them(qtbot, workspace) -> None:
    site_id = workspace.sites.add("Main", f"http://127.0.0.1:{_closed_port()}", "desk", ["en", "fa"],
                                  password="abcd efgh ijkl mnop qrst uvwx")
    articles = ArticleService(workspace.context.library)
    wanted = [articles.create("fa", f"گزارش {n}", "متن") for n in range(2)]
    articles.create("en", "Something else", "Body")
    menu, = workspace.menus()
    assert [a.text() for a in menu.actions() if a.text()][:2] == ["Publish articles…", "Send the outbox now"]
    picker = workspace.choose_and_publish()
    assert picker.model.rowCount() == 3
    picker.filter.setText("گزارش")
    assert picker.model.rowCount() == 2
    assert not picker.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    picker.view.selectAll()
    assert sorted(picker.selected_ids()) == sorted(wanted)
    picker.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    publish = workspace.publish_dialog
    publish.status.setCurrentIndex(publish.status.findData("future"))
    assert publish.when.isEnabled()
    publish.accept()
    qtbot.waitUntil(lambda: workspace.last_flush is not None and not workspace._busy, timeout=20000)
    jobs = workspace.outbox.jobs()
    assert sorted(j.object_id for j in jobs) == sorted(wanted)
    assert {(j.site_id, j.status, j.state) for j in jobs} == {(site_id, "future", "queued")}


def test_the_timer_asks_nobody_and_the_workspace_shows_what_it_sent(qtbot, workspace) -> None:
    runner = workspace.runner
    assert not runner.timer.isActive()  # the workspace shows sync; the composition root starts it
    site_id = workspace.sites.add("Main", f"http://127.0.0.1:{_closed_port()}", "desk", ["en"])
    aid = ArticleService(workspace.context.library).create("en", "Queued offline", "Body")
    job_id = workspace.outbox.enqueue(site_id, "article", aid, status="publish")
    assert runner.auto_flush() is False  # no password known: nothing is sent and no dialog opens
    assert runner.last_flush is None and getattr(workspace, "password_dialog", None) is None
    workspace.sync.remember_password(site_id, "abcd efgh ijkl mnop qrst uvwx")
    with qtbot.waitSignal(runner.flushed, timeout=20000):
        assert runner.auto_flush() is True
    assert [j for j, _ in runner.last_flush.retrying] == [job_id]
    assert workspace.last_flush is runner.last_flush
    assert "waiting to retry" in workspace.status.text() and not workspace._busy
    assert workspace.send_button.isEnabled()


def test_a_failed_send_is_shown_without_ending_the_workspaces_own_work(workspace) -> None:
    from nejat_desk.core.errors import ValidationError

    workspace._set_busy(True, "Pulling posts…")  # a pull of this workspace is running
    workspace.runner.flush_failed.emit(ValidationError("The site is gone."), "")
    assert workspace.status.text() == "The site is gone."
    assert workspace._busy and workspace.progress.isVisible() and not workspace.pull_button.isEnabled()
