"""The Sites workspace driven through its widgets against the real WordPress."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox
from wp_helpers import site_post, unique

from nejat_desk.gui.context import AppContext
from nejat_desk.gui.settings import Settings
from nejat_desk.gui.sites.workspace import SitesWorkspace
from nejat_desk.gui.tasks import TaskRunner
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.desk import Desk
from nejat_desk.services.wordpress.credentials import CredentialStore
from nejat_desk.services.wordpress.remote import find_link

pytestmark = pytest.mark.wordpress


@pytest.fixture
def workspace(qtbot, library, tmp_path, memory_keyring):
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    tasks = TaskRunner()
    context = AppContext(library, settings, tasks,
                         desk=Desk(library, credentials=CredentialStore(backend=memory_keyring)))
    ws = SitesWorkspace(context)
    qtbot.addWidget(ws)
    ws.resize(1100, 700)
    ws.show()
    qtbot.waitExposed(ws)
    yield ws
    tasks.wait_all()


def test_add_test_publish_and_resolve_a_conflict(qtbot, workspace, wordpress_site) -> None:
    ws = workspace
    dialog = ws.add_site()
    dialog.name.setText("Test site")
    dialog.url.setText(wordpress_site.url())
    dialog.user.setText(wordpress_site.admin_user)
    dialog.password.setText("wrong wrong wrong wrong")
    dialog.editions["fa"].setChecked(True)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.result.text().startswith("✘"), timeout=20000)
    assert "Wrong user name or Application Password" in dialog.result.text()
    dialog.password.setText(wordpress_site.admin_app_password)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.result.text().startswith("✔"), timeout=20000)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert ws.sites_model.rowCount() == 1
    assert ws.sites_model.index(0, 4).data() == "known"
    assert dialog.password.text() == ""

    articles = ArticleService(ws.context.library)
    aid = articles.create("fa", f"از میز تحریریه {unique()}", "متن نخست.")
    publish = ws.publish([aid])
    publish.status.setCurrentIndex(publish.status.findData("publish"))
    publish.accept()
    qtbot.waitUntil(lambda: ws.last_flush is not None and not ws._busy, timeout=30000)
    assert len(ws.last_flush.done) == 1, ws.status.text()
    with ws.context.library.session() as s:
        remote_id = find_link(s, ws.sites.list()[0].id, "article", aid).remote_id

    with ws.sites.client(ws.sites.list()[0].id) as client:
        client.post(f"/wp/v2/posts/{remote_id}", {"content": "<p>نسخهٔ سایت</p>"})
    articles.save_text(aid, body_md="نسخهٔ میز.")
    with qtbot.waitSignal(ws.runner.flushed, timeout=30000):
        ws.send_now()
    assert len(ws.last_flush.conflicts) == 1
    job_id = ws.last_flush.conflicts[0]
    ws.select_job(job_id)
    assert ws.resolve_button.isEnabled()
    conflict = ws.resolve_selected()
    assert conflict is not None
    assert conflict.library_side.body.toPlainText() == "نسخهٔ میز."
    assert conflict.site_side.body.toPlainText().strip() == "نسخهٔ سایت"
    assert conflict.library_side.body.layoutDirection().name == "RightToLeft"
    conflict.merge.click()
    conflict.library_side.body.setPlainText("نسخهٔ ادغام‌شده.")
    with qtbot.waitSignal(ws.runner.flushed, timeout=30000):
        conflict.send_merged.click()
    assert len(ws.last_flush.done) == 1
    assert articles.get(aid).body_md == "نسخهٔ ادغام‌شده."
    with ws.sites.client(ws.sites.list()[0].id) as client:
        assert site_post(client, remote_id)["content"]["raw"] == articles.get(aid).body_html


def test_without_a_keyring_the_password_is_asked_once(qtbot, library, tmp_path, wordpress_site) -> None:
    from keyring.backends import null

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    tasks = TaskRunner()
    context = AppContext(library, settings, tasks,
                         desk=Desk(library, credentials=CredentialStore(backend=null.Keyring())))
    ws = SitesWorkspace(context)
    qtbot.addWidget(ws)
    site_id = ws.sites.add("Site", wordpress_site.url(), wordpress_site.admin_user, ["en"])
    ws.reload()
    ws.select_site(site_id)
    assert ws.sites_model.index(0, 4).data() == "will be asked"
    ws.test_site()
    dialog = ws.password_dialog
    assert dialog.isVisible()
    dialog.password.setText(wordpress_site.admin_app_password)
    dialog.accept()
    qtbot.waitUntil(lambda: ws.last_test is not None, timeout=20000)
    assert ws.last_test.ok, ws.last_test.message
    ws.password_dialog = None
    ws.last_test = None
    ws.test_site()  # known for the rest of the session: not asked again
    assert ws.password_dialog is None
    qtbot.waitUntil(lambda: ws.last_test is not None, timeout=20000)
    tasks.wait_all()


def test_pull_from_the_workspace_with_progress(qtbot, workspace, wordpress_site) -> None:
    ws = workspace
    site_id = ws.sites.add("Site", wordpress_site.url(), wordpress_site.admin_user, ["en"],
                           password=wordpress_site.admin_app_password)
    ws.reload()
    ws.select_site(site_id)
    dialog = ws.pull_posts()
    dialog.all_posts.setChecked(True)
    assert not dialog.since.isEnabled()
    dialog.accept()
    qtbot.waitUntil(lambda: ws.last_pull is not None and not ws._busy, timeout=60000)
    assert ws.last_pull.created and "Pulled:" in ws.status.text()
    with ws.context.library.session() as s:
        from nejat_desk.storage.models import Article

        assert s.query(Article).filter(Article.import_source == "site").count() == len(ws.last_pull.created)
