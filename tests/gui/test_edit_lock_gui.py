"""Who is editing, in the window (issue #16): opening an article a site holds checks the site in the
background and shows who holds the post's lock and whether the site's copy changed (Pull First);
the desk takes and releases the lock; offline it says the lock could not be taken. The Sites
workspace's review list shows what others sent. The site is a stand-in transport for the network
(the real WordPress is in tests/wordpress/test_wp_hand_off.py); the library is a real SQLite file."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QSettings

from nejat_desk.gui.context import AppContext
from nejat_desk.gui.settings import Settings
from nejat_desk.gui.tasks import TaskRunner
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.companion import sync_fingerprint
from nejat_desk.services.wordpress.remote import record_link
from nejat_desk.storage.models import Article

SITE = "https://site.example"
POST = {"id": 41, "title": {"raw": "Port reopens"}, "content": {"raw": "<p>Ships are back.</p>"},
        "excerpt": {"raw": ""}, "modified_gmt": "2026-12-06T07:00:00", "status": "draft"}


class FakeSite:
    """The routes the lock and the review list use; `holder` set: someone else holds the lock."""

    def __init__(self, *, holder: str = "", down: bool = False) -> None:
        self.holder = holder
        self.down = down
        self.post = dict(POST)
        self.calls: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if self.down:
            raise httpx.ConnectError("[Errno 111] Connection refused", request=request)
        path = request.url.path.removeprefix("/wp-json")
        self.calls.append(f"{request.method} {path}")
        if path in ("", "/"):
            return httpx.Response(200, json={"namespaces": ["wp/v2", "nejat-desk/v1"]})
        if path == "/nejat-desk/v1/info":
            return httpx.Response(200, json={"version": "1.0.0"})
        if path == "/wp/v2/posts/41":
            return httpx.Response(200, json=self.post)
        if path == "/wp/v2/users/me":
            return httpx.Response(200, json={"id": 1})
        if path == "/nejat-desk/v1/posts/41/lock":
            return self._lock(request.method)
        if path == "/nejat-desk/v1/notes":
            return httpx.Response(200, text=json.dumps([
                {"id": 9, "post": 41, "author": {"id": 2, "name": "Dana"}, "created_gmt": "2026-12-06T06:30:00",
                 "kind": "review", "text": "لطفاً بخوانید", "post_title": "Port reopens", "post_status": "pending"},
                {"id": 8, "post": 77, "author": {"id": 1, "name": "Me"}, "created_gmt": "2026-12-06T06:00:00",
                 "kind": "review", "text": "mine", "post_title": "Mine", "post_status": "pending"}]))
        return httpx.Response(404, json={"code": "rest_no_route", "message": "No route"})

    def _lock(self, method: str) -> httpx.Response:
        if self.holder:
            state = {"locked": True, "mine": False, "user": {"id": 2, "name": self.holder},
                     "since_gmt": "2026-12-06T07:10:00", "expires_gmt": "2026-12-06T07:15:00"}
            if method == "GET":
                return httpx.Response(200, json=state)
            return httpx.Response(409, json={"code": "nejat_desk_locked", "message": "locked",
                                             "data": {"status": 409, "lock": state}})
        mine = method == "POST"
        return httpx.Response(200, json={"locked": mine, "mine": mine, "user": {"id": 1, "name": "Me"} if mine else None,
                                         "since_gmt": "2026-12-06T07:20:00" if mine else None})


@pytest.fixture
def context(library, tmp_path, qtbot):
    tasks = TaskRunner()
    ctx = AppContext(library, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), tasks)
    yield ctx
    tasks.wait_all(5000)


def _linked(context: Any, site: FakeSite, *, changed: bool = False) -> int:
    """An article the site holds as post 41 (synced as the site has it, unless `changed`)."""
    sync = context.desk.sync
    sync.sites.client_factory = lambda *a, **k: WordPressClient(*a, transport=httpx.MockTransport(site), **k)
    site_id = sync.sites.add("Main", SITE, "desk", ["en"])
    sync.remember_password(site_id, "app pass word")
    article = ArticleService(context.library).create("en", "Port reopens", "Ships are back.")
    with context.library.session() as s:
        version = s.get(Article, article).version  # unchanged here since that sync
        record_link(s, site_id, "article", article, 41, synced_hash="older" if changed else sync_fingerprint(POST),
                    synced_version=version)
    return article


@pytest.fixture
def editor(context, qtbot):
    from nejat_desk.gui.articles.workspace import ArticlesWorkspace

    ws = ArticlesWorkspace(context)
    qtbot.addWidget(ws)
    ws.resize(1200, 700)
    ws.show()
    yield ws.editor
    ws.shutdown()


def test_someone_elses_lock_is_shown_by_name_and_the_changed_site_copy_offers_pull_first(context, editor, qtbot):
    site = FakeSite(holder="Dana")
    article = _linked(context, site, changed=True)
    lock = editor.edit_lock
    with qtbot.waitSignal(lock.checked, timeout=10000) as found:
        editor.open_article(article)
    assert found.args[0].lock.holder == "Dana" and found.args[0].changed_on_site
    qtbot.waitUntil(lambda: lock.bar.isVisible())
    text = lock.bar.label.text()
    assert "Dana" in text and "07:10" in text and "changed since the last pull" in text
    assert lock.bar.pull_button.isVisible()
    assert lock.held is None and "POST /nejat-desk/v1/posts/41/lock" not in site.calls  # not taken from Dana


def test_the_desk_holds_the_lock_while_open_and_releases_it_on_close(context, editor, qtbot):
    site = FakeSite()
    article = _linked(context, site)
    lock = editor.edit_lock
    with qtbot.waitSignal(lock.lock_changed, timeout=10000) as taken:
        editor.open_article(article)
    assert taken.args[0].held and lock.held == article and lock.timer.isActive()
    assert lock.timer.interval() == 60_000 and not lock.bar.isVisible()
    editor.close_article()
    qtbot.waitUntil(lambda: "DELETE /nejat-desk/v1/posts/41/lock" in site.calls, timeout=10000)
    assert lock.held is None and not lock.timer.isActive()


def test_offline_the_bar_says_the_lock_could_not_be_taken(context, editor, qtbot):
    site = FakeSite(down=True)
    article = _linked(context, site)
    with qtbot.waitSignal(editor.edit_lock.checked, timeout=10000):
        editor.open_article(article)
    qtbot.waitUntil(lambda: editor.edit_lock.bar.isVisible())
    assert "lock could not be taken" in editor.edit_lock.bar.label.text()
    assert "connection refused" in editor.edit_lock.bar.label.text()


def test_the_sites_review_list_shows_what_others_sent_with_their_notes(context, qtbot):
    from nejat_desk.gui.sites.workspace import SitesWorkspace

    site = FakeSite()
    article = _linked(context, site)
    ws = SitesWorkspace(context)
    qtbot.addWidget(ws)
    ws.show()
    ws.sites_view.selectRow(0)
    panel = ws.review_panel
    with qtbot.waitSignal(panel.listed, timeout=10000):
        panel.refresh()
    assert panel.model.rowCount() == 1  # the user's own note is not listed
    item = panel.model.item(0)
    assert item is not None and item.article_id == article and item.author == "Dana" and item.note == "لطفاً بخوانید"
    panel.view.selectRow(0)
    assert panel.back_button.isEnabled()
    assert "1 waiting for review, 0 sent back." in panel.message.text()


def test_pull_first_brings_the_site_copy_into_the_open_article(context, editor, qtbot):
    site = FakeSite()
    site.post["content"] = {"raw": "<p>Ships are back, and the ferry too.</p>"}
    article = _linked(context, site, changed=True)
    lock = editor.edit_lock
    with qtbot.waitSignal(lock.checked, timeout=10000):
        editor.open_article(article)
    qtbot.waitUntil(lambda: lock.bar.pull_button.isVisible())
    with qtbot.waitSignal(lock.pulled, timeout=10000):
        lock.bar.pull_button.click()
    qtbot.waitUntil(lambda: editor.source.toPlainText().strip() == "Ships are back, and the ferry too.")
    assert ArticleService(context.library).get(article).body_md.strip() == "Ships are back, and the ferry too."
