"""WordPress sync pieces that need no site: credentials, HTML to Markdown, the outbox queue, the
update watch, and the checks made before anything is queued."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from nejat_desk.core.errors import ValidationError
from nejat_desk.core.htmlmd import html_to_markdown
from nejat_desk.logging_setup import RedactSecrets
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.wordpress import watch
from nejat_desk.services.wordpress.credentials import CredentialStore, SiteKey, backend_is_secure
from nejat_desk.services.wordpress.errors import Problem, SiteError
from nejat_desk.services.wordpress.outbox import Outbox, backoff, queue_push
from nejat_desk.services.wordpress.push import PushRequest, check_request
from nejat_desk.services.wordpress.remote import decode_slug, record_link
from nejat_desk.services.wordpress.sites import SiteService
from nejat_desk.storage.models import Article, OutboxJob, SiteProfile

KEY = SiteKey("https://nejat.example.org", "desk")


class DictKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.data: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.data.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.data[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.data.pop((service, username), None)


# --- credentials ---------------------------------------------------------------------------------

def test_null_and_fail_backends_are_not_secure() -> None:
    assert not backend_is_secure(null.Keyring())
    assert not backend_is_secure(fail.Keyring())
    assert backend_is_secure(DictKeyring())


def test_without_a_secure_keyring_the_password_is_asked_once_per_session() -> None:
    asked: list[SiteKey] = []
    store = CredentialStore(ask=lambda key: asked.append(key) or "pw one", backend=null.Keyring())
    assert store.password(KEY) == "pw one"
    assert store.password(KEY) == "pw one"
    assert asked == [KEY]
    assert store.store(KEY, "pw two") is False  # kept in memory only
    assert store.password(KEY) == "pw two"
    fresh = CredentialStore(backend=null.Keyring())  # the next session knows nothing
    with pytest.raises(SiteError) as exc:
        fresh.password(KEY)
    assert exc.value.problem is Problem.NO_PASSWORD and "not stored" in str(exc.value)


def test_a_secure_keyring_keeps_the_password_between_sessions() -> None:
    backend = DictKeyring()
    assert CredentialStore(backend=backend).store(KEY, " secret pass ") is True
    assert backend.data == {(KEY.service, "desk"): "secret pass"}
    assert CredentialStore(ask=lambda key: pytest.fail("asked"), backend=backend).password(KEY) == "secret pass"
    CredentialStore(backend=backend).forget(KEY)
    assert backend.data == {}


def test_passwords_never_reach_the_database_or_the_log(library, tmp_path) -> None:
    sites = SiteService(library, CredentialStore(backend=null.Keyring()))
    sites.add("Main", "nejat.example.org", "desk", ["en"], password="abcd efgh ijkl mnop qrst uvwx")
    library.close()
    assert b"abcd efgh" not in library.db_path.read_bytes()
    record = logging.LogRecord("x", logging.INFO, "", 0, "sent %s", ("abcd efgh ijkl mnop qrst uvwx",), None)
    RedactSecrets().filter(record)
    assert "abcd" not in record.getMessage()


def test_site_profiles_validate_their_input(library) -> None:
    sites = SiteService(library, CredentialStore(backend=null.Keyring()))
    site_id = sites.add("Main", "nejat.example.org/", "desk", ["en", "fa"])
    assert sites.get(site_id).base_url == "https://nejat.example.org"
    with pytest.raises(ValidationError, match="already a site named"):
        sites.add("Main", "https://other.example.org", "desk", ["en"])
    with pytest.raises(ValidationError, match="Editions must be"):
        sites.add("Other", "https://other.example.org", "desk", [])
    with pytest.raises(ValidationError, match="not a web address"):
        sites.add("Other", "mailto:x@example.org", "desk", ["en"])
    assert [s.name for s in sites.list()] == ["Main"]
    assert sites.site_for_edition("fa").id == site_id
    with pytest.raises(ValidationError, match="No site serves the sq edition"):
        sites.site_for_edition("sq")


# --- HTML to Markdown -----------------------------------------------------------------------------

@pytest.mark.parametrize(("html", "markdown"), [
    ("<!-- wp:paragraph --><p>Plain <strong>bold</strong></p><!-- /wp:paragraph -->", "Plain **bold**\n"),
    ("<h2>Head</h2><ul><li>a</li><li>b</li></ul>", "## Head\n\n- a\n- b\n"),
    ("<p>سلام <b>دنیا</b></p>", "سلام **دنیا**\n"),
    ("<blockquote><p>نقل</p></blockquote>", "> نقل\n"),
    ("One\ntwo\n\nThree", "One  \ntwo\n\nThree\n"),
    ("", ""),
])
def test_html_converts_to_markdown(html: str, markdown: str) -> None:
    assert html_to_markdown(html) == markdown


def test_html_that_cannot_convert_cleanly_is_kept_raw() -> None:
    source = '<p>Intro</p><figure class="wp-block-image"><img src="a.jpg" alt="A"><figcaption>Cap</figcaption></figure>'
    converted = html_to_markdown(source)
    assert converted.startswith("Intro\n\n")
    assert '<figure class="wp-block-image"><img src="a.jpg" alt="A"><figcaption>Cap</figcaption></figure>' in converted


def test_percent_encoded_slugs_are_decoded() -> None:
    assert decode_slug("%d8%b3%d9%84%d8%a7%d9%85-2") == "سلام-2"


# --- the queue -------------------------------------------------------------------------------------

def test_backoff_doubles_and_is_capped() -> None:
    assert [backoff(n).total_seconds() for n in (1, 2, 3, 4)] == [30, 60, 120, 240]
    assert backoff(30) == timedelta(hours=1)


def test_requests_are_checked_before_queueing() -> None:
    with pytest.raises(ValidationError, match="Unknown site status"):
        check_request(PushRequest(status="published"))
    with pytest.raises(ValidationError, match="needs a date"):
        check_request(PushRequest(status="future"))
    check_request(PushRequest(status="future", date_gmt=datetime.now(UTC) + timedelta(minutes=5)))


def test_one_open_job_per_object_and_site(library) -> None:
    sites = SiteService(library, CredentialStore(backend=null.Keyring()))
    site_id = sites.add("Main", "https://nejat.example.org", "desk", ["en"])
    outbox = Outbox(library, sites)
    aid = ArticleService(library).create("en", "Story", "Body")
    first = outbox.enqueue(site_id, "article", aid, status="draft")
    second = outbox.enqueue(site_id, "article", aid, status="publish")
    assert first == second
    assert [(j.status, j.state) for j in outbox.jobs()] == [("publish", "queued")]
    outbox.cancel(first)
    assert outbox.job(first).state == "cancelled"
    with pytest.raises(ValidationError, match="cannot be cancelled|only failed"):
        with library.session() as s:
            s.get(OutboxJob, first).state = "done"
        outbox.cancel(first)


def test_editing_a_pushed_article_queues_one_update_and_unpushed_ones_none(library) -> None:
    watch.install(library)
    watch.install(library)  # idempotent
    articles = ArticleService(library)
    pushed = articles.create("en", "Pushed", "v1")
    local = articles.create("en", "Local only", "v1")
    with library.session() as s:
        site = SiteProfile(name="Main", base_url="https://nejat.example.org", username="desk", editions=["en"])
        s.add(site)
        s.flush()
        site_id = site.id
        record_link(s, site_id, "article", pushed, 41, synced_version=s.get(Article, pushed).version)
    articles.save_text(pushed, body_md="v2")
    articles.save_text(pushed, body_md="v3")
    articles.save_text(local, body_md="v2")
    outbox = Outbox(library, SiteService(library, CredentialStore(backend=null.Keyring())))
    jobs = outbox.jobs()
    assert [(j.object_id, j.state, j.status) for j in jobs] == [(pushed, "queued", "")]
    # The catch-all scan finds nothing more to queue while that job is open.
    assert watch.queue_stale_updates(library) == 0
    assert len(outbox.jobs()) == 1
    # A conflict is left for the editor: an edit does not requeue it.
    with library.session() as s:
        s.get(OutboxJob, jobs[0].id).state = "conflict"
    articles.save_text(pushed, body_md="v4")
    assert outbox.job(jobs[0].id).state == "conflict"
    with library.session() as s:
        assert queue_push(s, site_id, "article", pushed, status=None, auto=True).state == "conflict"


def test_polylang_sites_get_language_and_translation_links(library) -> None:
    from nejat_desk.services.wordpress.push import Pusher, _article_post

    articles = ArticleService(library)
    original = articles.create("en", "Bridge opens", "Text")
    translation = articles.create_translation(original, "fa")
    articles.save_text(translation, title="افتتاح پل", body_md="متن")
    with library.session() as s:
        plain = SiteProfile(name="Plain", base_url="https://a.example.org", username="u", editions=["en", "fa"])
        poly = SiteProfile(name="Poly", base_url="https://b.example.org", username="u", editions=["en", "fa"],
                           capabilities={"polylang": True})
        s.add_all([plain, poly])
        s.flush()
        record_link(s, poly.id, "article", original, 501)
        plain_id, poly_id = plain.id, poly.id
    for site_id, expect in ((plain_id, None), (poly_id, {"lang": "fa", "translations": {"en": 501}})):
        pusher = Pusher(client=None, library=library, site_id=site_id)  # type: ignore[arg-type]
        with library.session() as s:
            post = _article_post(s, translation)
        data = pusher._base_data(post, PushRequest(status="draft"))
        if expect is None:
            assert "lang" not in data and "translations" not in data
        else:
            assert {k: data[k] for k in expect} == expect
