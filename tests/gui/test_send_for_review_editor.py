"""Send for Review… in the editor's Article menu (issue #16): enabled only for an article linked to
a site; the Sites workspace's note dialog; the post goes to the site as pending with the note and
the article is In review. The site is a stand-in transport (the real WordPress hand-off is in
tests/wordpress/test_wp_hand_off.py); the library is a real SQLite file."""

from __future__ import annotations

import json

import httpx
import pytest
from PySide6.QtWidgets import QDialogButtonBox

from nejat_desk.core.domain import ArticleStatus
from nejat_desk.services.articles import ArticleService
from tests.gui.test_edit_lock_gui import FakeSite, _linked, context, editor  # noqa: F401 (fixtures)


class ReviewSite(FakeSite):
    """FakeSite that also takes a push of post 41 and a review note."""

    def __init__(self) -> None:
        super().__init__()
        self.pushed: list[dict] = []
        self.notes: list[dict] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/wp-json")
        if request.method == "POST" and path == "/wp/v2/posts/41":
            self.calls.append(f"POST {path}")
            body = json.loads(request.content or b"{}")
            self.pushed.append(body)
            self.post = {**self.post, "status": body.get("status", self.post["status"]),
                         "content": {"raw": body.get("content", "")}, "title": {"raw": body.get("title", "")},
                         "excerpt": {"raw": body.get("excerpt", "")}, "meta": body.get("meta", {}),
                         "modified_gmt": "2026-12-06T08:00:00"}
            return httpx.Response(200, json=self.post)
        if request.method == "POST" and path == "/nejat-desk/v1/posts/41/notes":
            self.calls.append(f"POST {path}")
            self.notes.append(json.loads(request.content or b"{}"))
            return httpx.Response(201, json={"id": 12, **self.notes[-1]})
        return super().__call__(request)


@pytest.fixture
def workspace(editor):  # noqa: F811 (the imported fixture)
    return editor.parentWidget().parentWidget()


def test_send_for_review_from_the_editor_sends_the_open_linked_article(context, editor, workspace, qtbot):  # noqa: F811
    site = ReviewSite()
    article = _linked(context, site)
    plain = ArticleService(context.library).create("en", "Only here", "Not on any site.")
    sender = workspace.send_for_review
    assert sender.action in workspace.menu.actions()
    with qtbot.waitSignal(editor.edit_lock.checked, timeout=10000):
        editor.open_article(plain)
    assert not sender.action.isEnabled()  # no site holds it
    with qtbot.waitSignal(editor.edit_lock.checked, timeout=10000):
        editor.open_article(article)
    qtbot.waitUntil(sender.action.isEnabled)
    sender.action.trigger()
    dialog = sender.dialog
    assert dialog is not None and dialog.isVisible() and dialog.windowTitle() == "Send for Review"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # an empty note is refused
    dialog.note.setPlainText("لطفاً پیش از انتشار بخوانید")
    with qtbot.waitSignal(sender.sent, timeout=20000) as sent:
        ok.click()
    assert sent.args[0].note_sent, sent.args[0].message
    assert site.pushed and site.pushed[-1]["status"] == "pending"
    assert site.notes and site.notes[-1]["text"] == "لطفاً پیش از انتشار بخوانید"
    assert ArticleService(context.library).get(article).status == ArticleStatus.IN_REVIEW.value
