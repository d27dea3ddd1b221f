"""Two desks, one site, handing work to each other (issue #16), against the real WordPress with the
companion plugin: desk A is the site's administrator, desk B a colleague with the Editor role.
B edits and sends for review, A sees B's change and note and sends it back; A and B edit the same
post and the second push is a conflict with nothing overwritten; while A has the post open (holds
its lock), B sees A's lock, by name and since when."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from keyring.backends import null
from wp_helpers import unique

from nejat_desk.services.articles import ArticleService
from nejat_desk.services.wordpress.credentials import CredentialStore
from nejat_desk.services.wordpress.sync import SyncService
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import Article, RemoteLink

pytestmark = pytest.mark.wordpress

FA_TITLE = "گزارش: می‌خواهم بندر را ببینم"
FA_BODY = "متن نخست با فاصلهٔ مجازی: می‌خواهم.\n"


@pytest.fixture(scope="module")
def colleague(wordpress_site) -> tuple[str, str, str]:
    """(login, Application Password, display name) of another Editor."""
    login = f"desk-b-{unique()}"
    name = f"Colleague {login}"
    out = wordpress_site.php_eval(
        f"$id = wp_insert_user(array('user_login' => '{login}', 'user_pass' => wp_generate_password(24), "
        f"'role' => 'editor', 'user_email' => '{login}@example.org', 'display_name' => '{name}'));\n"
        "list($password, $item) = WP_Application_Passwords::create_new_application_password($id, "
        "array('name' => 'tests'));\necho 'PW:' . $password;")
    return login, out.split("PW:")[-1].strip(), name


@dataclass
class Desk:
    library: Library
    sync: SyncService
    site_id: int

    @property
    def articles(self) -> ArticleService:
        return ArticleService(self.library)

    def pull(self) -> None:
        report = self.sync.pull(self.site_id, "fa")
        assert not report.skipped, report.skipped

    def article_for(self, remote_id: int) -> int:
        with self.library.session() as s:
            link = s.query(RemoteLink).filter_by(site_id=self.site_id, object_type="article",
                                                 remote_id=remote_id).one()
            return link.local_id

    def remote_id(self, article_id: int) -> int:
        with self.library.session() as s:
            return s.query(RemoteLink).filter_by(site_id=self.site_id, object_type="article",
                                                 local_id=article_id).one().remote_id


def _desk(folder: Path, site, user: str, password: str) -> Desk:
    library = Library.open(folder, create=True)
    sync = SyncService(library, CredentialStore(backend=null.Keyring()))
    site_id = sync.sites.add("Newsroom", site.url(), user, ["fa", "en"], password=password)
    return Desk(library, sync, site_id)


@pytest.fixture
def desks(companion, colleague, tmp_path):
    login, password, _name = colleague
    a = _desk(tmp_path / "a", companion, companion.admin_user, companion.admin_app_password)
    b = _desk(tmp_path / "b", companion, login, password)
    try:
        yield a, b
    finally:
        a.library.close()
        b.library.close()


@pytest.fixture
def plain_desks(wordpress_site, colleague, tmp_path):
    """The same two desks on core WordPress (the companion plugin is not active)."""
    login, password, _name = colleague
    a = _desk(tmp_path / "a", wordpress_site, wordpress_site.admin_user, wordpress_site.admin_app_password)
    b = _desk(tmp_path / "b", wordpress_site, login, password)
    try:
        yield a, b
    finally:
        a.library.close()
        b.library.close()


def _shared_article(a: Desk, b: Desk) -> tuple[int, int, int]:
    """A writes a Farsi draft and pushes it; B pulls it. (A's id, B's id, the post id)."""
    mine = a.articles.create("fa", f"{FA_TITLE} {unique()}", FA_BODY)
    job = a.sync.outbox.enqueue(a.site_id, "article", mine, status="draft")
    assert a.sync.flush([job]).ok
    remote = a.remote_id(mine)
    b.pull()
    return mine, b.article_for(remote), remote


def test_b_sends_for_review_a_sees_the_change_and_the_note_and_sends_it_back(desks, colleague) -> None:
    a, b = desks
    mine, theirs, remote = _shared_article(a, b)
    b.articles.save_text(theirs, body_md="متن ویرایش‌شده به دست همکار.\n")
    sent = b.sync.review.send(theirs, b.site_id, "لطفاً بند دوم را بخوانید.")
    assert sent.note_sent, sent.message
    assert b.articles.get(theirs).status == "in_review"

    waiting = a.sync.review.review_list(a.site_id)
    item = next(i for i in waiting.waiting if i.remote_id == remote)
    assert item.article_id == mine and item.note == "لطفاً بند دوم را بخوانید." and item.author == colleague[2]
    assert item.created is not None and item.post_status == "pending"
    assert all(i.remote_id != remote for i in b.sync.review.review_list(b.site_id).waiting)  # not one's own
    a.pull()
    assert a.articles.get(mine).body_md == "متن ویرایش‌شده به دست همکار.\n"
    assert a.articles.get(mine).status == "in_review"

    back = a.sync.review.send_back(mine, a.site_id, "Fix the headline, please.")
    assert back.note_sent, back.message
    returned = b.sync.review.review_list(b.site_id).returned
    assert any(i.remote_id == remote and i.note == "Fix the headline, please." for i in returned)
    b.pull()
    assert b.articles.get(theirs).status == "draft"


def test_both_desks_edit_the_same_post_a_conflict_nothing_overwritten(desks) -> None:
    a, b = desks
    mine, theirs, remote = _shared_article(a, b)
    a.articles.save_text(mine, body_md="نسخهٔ میز الف.\n")
    job = a.sync.outbox.enqueue(a.site_id, "article", mine, status="draft")
    assert a.sync.flush([job]).ok
    b.articles.save_text(theirs, body_md="نسخهٔ میز ب.\n")
    sent = b.sync.review.send(theirs, b.site_id, "Ready?")
    assert not sent.note_sent and b.sync.outbox.job(sent.job_id).state == "conflict"
    assert "nothing was overwritten" in sent.message
    assert b.articles.get(theirs).body_md == "نسخهٔ میز ب.\n"  # B's text is kept
    with a.sync.sites.client(a.site_id) as client:
        post = client.get(f"/wp/v2/posts/{remote}", {"context": "edit"})
    assert "نسخهٔ میز الف" in post["content"]["raw"] and post["status"] == "draft"  # the site keeps A's
    assert a.sync.review.review_list(a.site_id).waiting == [] or all(
        i.remote_id != remote for i in a.sync.review.review_list(a.site_id).waiting)


def test_while_a_has_the_post_open_b_sees_a_lock(desks, companion) -> None:
    a, b = desks
    mine, theirs, _remote = _shared_article(a, b)
    taken = a.sync.locks.take(mine)
    assert taken.held and taken.lock is not None and taken.lock.mine
    seen = b.sync.locks.check(theirs)
    assert seen.reachable and seen.locks_supported and not seen.changed_on_site
    assert seen.lock is not None and seen.lock.locked and not seen.lock.mine
    assert seen.lock.holder == companion.admin_user and seen.lock.since is not None
    refused = b.sync.locks.take(theirs)
    assert not refused.held and refused.lock is not None and refused.lock.holder == companion.admin_user
    assert a.sync.locks.take(mine).held  # A's refresh keeps it
    assert a.sync.locks.release(mine).lock is not None
    assert not b.sync.locks.check(theirs).lock.locked  # released on close
    assert b.sync.locks.take(theirs).held
    b.sync.locks.release(theirs)


def test_an_open_article_changed_on_the_site_is_said_so(desks) -> None:
    a, b = desks
    mine, theirs, _remote = _shared_article(a, b)
    a.articles.save_text(mine, body_md="تازه‌تر.\n")
    job = a.sync.outbox.enqueue(a.site_id, "article", mine, status="draft")
    assert a.sync.flush([job]).ok
    check = b.sync.locks.check(theirs)
    assert check.reachable and check.changed_on_site
    b.pull()
    assert not b.sync.locks.check(theirs).changed_on_site
    with b.library.session() as s:
        assert s.get(Article, theirs).body_md == "تازه‌تر.\n"


def test_without_the_plugin_the_push_goes_out_and_the_note_and_lock_are_said_not_to(plain_desks) -> None:
    a, b = plain_desks
    mine, theirs, remote = _shared_article(a, b)
    sent = b.sync.review.send(theirs, b.site_id, "Please read.")
    assert not sent.note_sent and "note did not travel" in sent.message
    with a.sync.sites.client(a.site_id) as client:
        assert client.get(f"/wp/v2/posts/{remote}", {"context": "edit"})["status"] == "pending"
    taken = a.sync.locks.take(mine)
    assert not taken.held and "no Nejat Desk Companion plugin" in taken.problem
    check = a.sync.locks.check(mine)
    assert check.reachable and not check.locks_supported and check.lock is None


def test_review_list_send_and_return_on_the_command_line(companion, colleague, tmp_path, capsys,
                                                         monkeypatch) -> None:
    import io

    from nejat_desk.cli.main import main

    def run(argv: list[str], password: str) -> int:
        monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
        return main([*argv, "--password-stdin"])

    login, their_password, their_name = colleague
    lib_a, lib_b = str(tmp_path / "a"), str(tmp_path / "b")
    for lib, user, password in ((lib_a, companion.admin_user, companion.admin_app_password),
                                (lib_b, login, their_password)):
        Library.open(Path(lib), create=True).close()
        assert run(["site", "add", "wp", companion.url(), "--user", user, "--editions", "fa", "--library", lib],
                   password) == 0
    library = Library.open(Path(lib_a))
    try:
        slug = ArticleService(library).get(ArticleService(library).create("fa", f"{FA_TITLE} {unique()}",
                                                                           FA_BODY)).slug
    finally:
        library.close()
    assert run(["publish", slug, "--edition", "fa", "--status", "draft", "--library", lib_a],
               companion.admin_app_password) == 0
    assert run(["pull", "--site", "wp", "--library", lib_b], their_password) == 0
    capsys.readouterr()
    assert run(["review", "send", slug, "--edition", "fa", "--note", "بند دوم را ببینید", "--library", lib_b],
               their_password) == 0
    assert "Sent for review with the note." in capsys.readouterr().out
    assert run(["review", "list", "--site", "wp", "--library", lib_a], companion.admin_app_password) == 0
    listing = capsys.readouterr().out
    waiting, _, returned = listing.partition("Sent back:")
    assert f"fa/{slug}" in waiting and "بند دوم را ببینید" in waiting and their_name in waiting
    assert run(["review", "return", slug, "--edition", "fa", "--note", "Shorter, please.", "--library", lib_a],
               companion.admin_app_password) == 0
    capsys.readouterr()
    assert run(["review", "list", "--site", "wp", "--library", lib_b], their_password) == 0
    assert "Shorter, please." in capsys.readouterr().out.partition("Sent back:")[2]
    assert run(["review", "send", "no-such-article", "--edition", "fa", "--note", "x", "--library", lib_b],
               their_password) == 1
    captured = capsys.readouterr()
    assert "There is no article 'no-such-article' in the fa edition; nothing was sent." in captured.out + captured.err


def test_send_for_review_from_the_sites_workspace(companion, qtbot, library, tmp_path, memory_keyring) -> None:
    from PySide6.QtCore import QSettings

    from nejat_desk.gui.context import AppContext
    from nejat_desk.gui.settings import Settings
    from nejat_desk.gui.sites.workspace import SitesWorkspace
    from nejat_desk.gui.tasks import TaskRunner
    from nejat_desk.services.desk import Desk as AppDesk

    tasks = TaskRunner()
    context = AppContext(library, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), tasks,
                         desk=AppDesk(library, credentials=CredentialStore(backend=memory_keyring)))
    site_id = context.desk.sync.sites.add("Newsroom", companion.url(), companion.admin_user, ["fa"],
                                          password=companion.admin_app_password)
    article = ArticleService(library).create("fa", f"{FA_TITLE} {unique()}", FA_BODY)
    ws = SitesWorkspace(context)
    qtbot.addWidget(ws)
    ws.show()
    ws.sites_view.selectRow(0)
    panel = ws.review_panel
    picker = panel.choose_and_send()
    qtbot.waitUntil(lambda: picker.model.rowCount() > 0, timeout=10000)
    picker.view.selectRow(0)
    picker.accept()
    dialog = panel.note_dialog
    assert dialog is not None and not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.note.setPlainText("لطفاً تیتر را ببینید.")
    with qtbot.waitSignal(panel.handed_off, timeout=30000) as sent:
        dialog.accept()
    assert sent.args[0].note_sent, sent.args[0].message
    assert "Sent for review with the note." in panel.message.text()
    assert ArticleService(library).get(article).status == "in_review"
    with library.session() as s:
        remote_id = s.query(RemoteLink).filter_by(site_id=site_id, object_type="article",
                                                  local_id=article).one().remote_id
    with context.desk.sync.sites.client(site_id) as client:
        assert client.get(f"/wp/v2/posts/{remote_id}", {"context": "edit"})["status"] == "pending"
        notes = client.get(f"/nejat-desk/v1/posts/{remote_id}/notes")
    assert [(n["kind"], n["text"]) for n in notes] == [("review", "لطفاً تیتر را ببینید.")]
    tasks.wait_all(5000)
