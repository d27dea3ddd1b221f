"""The window writes the library from its writer thread only (gui/tasks.py, gui/write_check.py).

With the check strict, a write the window makes from another thread fails and is recorded;
the same write handed to the writer goes through. Clicks that write (settling an outbox job,
removing a site) go to the writer and leave the GUI thread free.
"""

from __future__ import annotations

import threading

import pytest
from keyring.backends import null
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from nejat_desk.gui.context import AppContext
from nejat_desk.gui.settings import Settings
from nejat_desk.gui.sites.workspace import SitesWorkspace
from nejat_desk.gui.tasks import TaskRunner
from nejat_desk.gui.write_check import WriteOffWriter
from nejat_desk.gui.writes import write
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.desk import Desk
from nejat_desk.services.wordpress.credentials import CredentialStore


@pytest.fixture
def context(qtbot, library, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    tasks = TaskRunner()
    ctx = AppContext(library, settings, tasks, desk=Desk(library, credentials=CredentialStore(backend=null.Keyring())))
    ctx.write_check.strict = True
    yield ctx
    tasks.wait_all()


def _save_time_zone(ctx: AppContext, zone: str) -> None:
    ctx.desk.editions.update("en", time_zone=zone)


def test_a_write_from_a_pool_thread_fails_and_is_recorded(qtbot, context) -> None:
    failures: list[BaseException] = []
    handle = context.tasks.run(lambda _h: _save_time_zone(context, "Asia/Tehran"),
                               on_failure=lambda exc, _tb: failures.append(exc))
    qtbot.waitUntil(lambda: handle.done, timeout=10000)
    assert len(failures) == 1 and isinstance(failures[0], WriteOffWriter)
    assert len(context.write_check.violations) == 1 and "gui/" in context.write_check.violations[0]
    assert context.desk.editions.get("en").time_zone != "Asia/Tehran"


def test_the_same_write_handed_to_the_writer_goes_through(qtbot, context) -> None:
    threads: list[str] = []

    def unit() -> None:
        threads.append(threading.current_thread().name)
        _save_time_zone(context, "Asia/Tehran")

    results: list[object] = []
    write(context, unit, done=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert threads[0].startswith("library-writer") and context.write_check.violations == []
    assert context.desk.editions.get("en").time_zone == "Asia/Tehran"


def test_clicks_that_write_go_to_the_writer(qtbot, context, monkeypatch) -> None:
    ws = SitesWorkspace(context)
    qtbot.addWidget(ws)
    site_id = ws.sites.add("Main", "https://nejat.example.org", "desk", ["en"])  # the test's set-up
    article_id = ArticleService(context.library).create("en", "Story", "Body")
    job_id = ws.outbox.enqueue(site_id, "article", article_id, status="draft")
    ws.reload()
    ws.select_job(job_id)
    ws.cancel_job()
    qtbot.waitUntil(lambda: ws.outbox_model.rowCount() == 0, timeout=10000)
    ws.select_site(site_id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    ws.remove_site()
    qtbot.waitUntil(lambda: ws.sites_model.rowCount() == 0, timeout=10000)
    assert context.write_check.violations == []
    assert ws.sites.list() == []


def test_a_send_records_each_job_on_the_writer(qtbot, context) -> None:
    """The outbox's requests run on the pool; the job's state before and after is written by the writer."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = int(s.getsockname()[1])
    desk = context.desk
    site_id = desk.sync.sites.add("Main", f"http://127.0.0.1:{closed}", "desk", ["en"],
                                  password="abcd efgh ijkl mnop qrst uvwx")
    job_id = desk.sync.outbox.enqueue(site_id, "article", ArticleService(context.library).create("en", "Story", "Body"),
                                      status="publish")
    reports: list[object] = []
    context.sync.flushed.connect(reports.append)
    assert context.sync.send([job_id])
    qtbot.waitUntil(lambda: bool(reports), timeout=20000)
    job = desk.sync.outbox.job(job_id)
    assert job.state == "queued" and "connection refused" in job.last_error and job.attempts == 1
    assert context.write_check.violations == []


def test_the_list_of_tests_not_yet_strict_names_only_tests_that_exist() -> None:
    """tests/gui/conftest.py runs every GUI test strict but a listed few; a stale entry would let a
    renamed test (or a new one under an old name) write off the writer unnoticed."""
    import re
    from pathlib import Path

    from tests.gui.conftest import NOT_YET_ON_THE_WRITER

    here = Path(__file__).parent
    for key in NOT_YET_ON_THE_WRITER:
        file, name = key.split("::")
        source = (here / file).read_text(encoding="utf-8")
        assert re.search(rf"^def {re.escape(name.split('[')[0])}\(", source, re.M), key


def test_gui_tests_run_strict(context) -> None:
    import os

    from nejat_desk.gui.write_check import STRICT_ENV

    assert os.environ.get(STRICT_ENV) == "1"
