"""The outbox against the real WordPress: lost answers, conflicts, and the offline train ride."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest
from wp_harness import free_port
from wp_helpers import import_image, jpeg_with_gps, posts_titled, site_post, unique

from nejat_desk.core.timeutil import utc_now
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.conflicts import conflict_versions, resolve
from nejat_desk.services.wordpress.outbox import Outbox
from nejat_desk.services.wordpress.remote import find_link
from nejat_desk.storage.models import Revision

pytestmark = pytest.mark.wordpress


class LoseAnswers(httpx.BaseTransport):
    """Sends each request for real, but for the first N matching ones throws the answer away and
    raises a read timeout, as a dropped connection on a train would."""

    def __init__(self, method: str, path_suffix: str, times: int = 1) -> None:
        self.inner = httpx.HTTPTransport()
        self.method, self.path_suffix, self.remaining = method, path_suffix, times
        self.lost = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        if request.method == self.method and request.url.path.endswith(self.path_suffix) and self.remaining:
            response.read()
            response.close()
            self.remaining -= 1
            self.lost += 1
            raise httpx.ReadTimeout("simulated: the answer never came", request=request)
        return response

    def close(self) -> None:
        self.inner.close()


def _outbox_with(env, transport: httpx.BaseTransport | None = None, *, base_url: str | None = None) -> Outbox:
    password = env.wp.admin_app_password

    def factory(site_id: int) -> WordPressClient:
        return WordPressClient(base_url or env.wp.url(), env.wp.admin_user, password, timeout=10,
                               transport=transport)

    return Outbox(env.library, env.sites, client_factory=factory)


def _remote_id(env, aid: int) -> int:
    with env.library.session() as s:
        link = find_link(s, env.site_id, "article", aid)
        assert link is not None
        return link.remote_id


def test_retry_after_a_lost_answer_creates_no_duplicate_post(site_env) -> None:
    title = f"Timeout story {unique()}"
    aid = ArticleService(site_env.library).create("en", title, "Sent once, answered never.")
    job_id = site_env.outbox.enqueue(site_env.site_id, "article", aid, status="publish")
    lossy = LoseAnswers("POST", "/wp/v2/posts")
    report = _outbox_with(site_env, lossy).flush()
    assert lossy.lost == 1 and [j for j, _ in report.retrying] == [job_id]
    job = site_env.outbox.job(job_id)
    assert job.state == "queued" and job.attempts == 1 and "may or may not" in job.last_error
    assert job.next_attempt_at is not None and job.next_attempt_at > utc_now()
    with site_env.client() as client:
        assert len(posts_titled(client, title)) == 1  # the first attempt did create it
    # Not due yet: nothing is sent.
    assert site_env.outbox.flush().done == []
    report = site_env.outbox.flush(now=utc_now() + timedelta(minutes=5))
    assert len(report.done) == 1 and report.done[0][1].recovered and not report.done[0][1].created
    with site_env.client() as client:
        found = posts_titled(client, title)
        assert len(found) == 1 and found[0]["id"] == _remote_id(site_env, aid)
        assert found[0]["status"] == "publish"


def test_retry_after_a_lost_media_upload_uploads_nothing_twice(site_env, tmp_path) -> None:
    media_id = import_image(site_env.library, jpeg_with_gps(tmp_path / "lost.jpg", (10, 120, 40)), "en",
                            alt="A green square")
    title = f"Lost upload {unique()}"
    aid = ArticleService(site_env.library).create("en", title, "Body.", featured_media_id=media_id)
    job_id = site_env.outbox.enqueue(site_env.site_id, "article", aid, status="draft")
    lossy = LoseAnswers("POST", "/wp/v2/media")
    _outbox_with(site_env, lossy).flush()
    assert lossy.lost == 1 and site_env.outbox.job(job_id).state == "queued"
    report = site_env.outbox.flush(now=utc_now() + timedelta(minutes=5))
    assert len(report.done) == 1, report
    with site_env.client() as client:
        post = site_post(client, _remote_id(site_env, aid))
        media = client.get(f"/wp/v2/media/{post['featured_media']}", {"context": "edit"})
        with site_env.library.session() as s:
            digest = find_link(s, site_env.site_id, "media", media_id).synced_hash
        same = [m for m in client.get("/wp/v2/media", {"per_page": 100, "context": "edit"})
                if digest[:12] in m["source_url"]]
        assert [m["id"] for m in same] == [media["id"]]
        assert media["alt_text"] == "A green square"


def test_a_post_edited_on_both_sides_is_a_conflict_shown_side_by_side(site_env) -> None:
    articles = ArticleService(site_env.library)
    aid = articles.create("fa", f"تعارض {unique()}", "نسخهٔ نخست.")
    site_env.outbox.enqueue(site_env.site_id, "article", aid, status="publish")
    assert site_env.outbox.flush().ok
    remote_id = _remote_id(site_env, aid)
    with site_env.client() as client:
        client.post(f"/wp/v2/posts/{remote_id}", {"content": "<p>ویرایش روی سایت</p>"})
    articles.save_text(aid, body_md="ویرایش در میز تحریریه.")
    report = site_env.outbox.flush()
    assert len(report.conflicts) == 1
    job_id = report.conflicts[0]
    job = site_env.outbox.job(job_id)
    assert job.state == "conflict" and "edited on the site" in job.last_error
    with site_env.client() as client:  # nothing was overwritten
        assert site_post(client, remote_id)["content"]["raw"] == "<p>ویرایش روی سایت</p>"
    view = conflict_versions(site_env.library, job_id)
    assert view.library.body_md == "ویرایش در میز تحریریه."
    assert view.site.body_md.strip() == "ویرایش روی سایت"
    with site_env.library.session() as s:
        assert s.get(Revision, view.revision_id).reason == "pull-conflict"
    # Further edits do not un-stick the conflict.
    articles.save_text(aid, body_md="ویرایش در میز تحریریه، دوباره.")
    assert site_env.outbox.job(job_id).state == "conflict"
    resolve(site_env.library, job_id, "library")
    assert site_env.outbox.flush().ok
    with site_env.client() as client:
        assert site_post(client, remote_id)["content"]["raw"] == articles.get(aid).body_html


def test_taking_the_sites_version_sends_nothing(site_env) -> None:
    articles = ArticleService(site_env.library)
    aid = articles.create("en", f"Take site {unique()}", "Desk text.")
    site_env.outbox.enqueue(site_env.site_id, "article", aid, status="draft")
    assert site_env.outbox.flush().ok
    remote_id = _remote_id(site_env, aid)
    with site_env.client() as client:
        client.post(f"/wp/v2/posts/{remote_id}", {"content": "<p>Site <strong>text</strong>.</p>"})
    articles.save_text(aid, body_md="Desk text, edited.")
    job_id = site_env.outbox.flush().conflicts[0]
    resolve(site_env.library, job_id, "site")
    assert articles.get(aid).body_md.strip() == "Site **text**."
    assert site_env.outbox.job(job_id).state == "done"
    assert site_env.outbox.jobs(("queued",)) == []


def test_offline_on_a_train_then_back_online(site_env, tmp_path) -> None:
    """Three articles in two editions queued while the site cannot be reached; back online each
    arrives once with its image and terms; a post edited on the site meanwhile is a conflict."""
    articles = ArticleService(site_env.library)
    earlier = articles.create("en", f"Published before the trip {unique()}", "Before.")
    site_env.outbox.enqueue(site_env.site_id, "article", earlier, status="publish")
    assert site_env.outbox.flush().ok
    earlier_remote = _remote_id(site_env, earlier)

    tag = f"train-{unique()}"
    made = []
    for n, (edition, title) in enumerate([("en", f"Train report {unique()}"), ("en", f"Station notes {unique()}"),
                                          ("fa", f"گزارش قطار {unique()}")]):
        image = import_image(site_env.library, jpeg_with_gps(tmp_path / f"t{n}.jpg", (40 * n, 90, 160)), edition,
                             alt=f"alt {n}")
        aid = articles.create(edition, title, f"Body {n}.", tags=[tag], category_path=f"Travel {tag}",
                              featured_media_id=image)
        made.append((aid, title))
    articles.save_text(earlier, body_md="Edited on the train.")

    offline = _outbox_with(site_env, base_url=f"http://127.0.0.1:{free_port()}")
    for aid, _ in made:
        offline.enqueue(site_env.site_id, "article", aid, status="publish")
    report = offline.flush()
    assert len(report.retrying) == 4 and not report.done
    for job in site_env.outbox.jobs(("queued",)):
        assert "Cannot reach" in job.last_error and "connection refused" in job.last_error
    report = offline.flush(now=utc_now() + timedelta(hours=2))
    assert len(report.retrying) == 4
    with site_env.client() as client:  # meanwhile someone edits the earlier post on the site
        client.post(f"/wp/v2/posts/{earlier_remote}", {"title": "Retitled on the site"})

    report = site_env.outbox.flush(now=utc_now() + timedelta(hours=4))
    assert len(report.done) == 3 and len(report.conflicts) == 1, report
    with site_env.client() as client:
        tag_ids = {t["id"] for t in client.get("/wp/v2/tags", {"search": tag})}
        assert len(tag_ids) == 1
        featured = set()
        for _aid, title in made:
            found = posts_titled(client, title)
            assert len(found) == 1, title
            post = found[0]
            assert post["status"] == "publish" and set(post["tags"]) == tag_ids
            assert post["featured_media"] and post["categories"]
            featured.add(post["featured_media"])
        assert len(featured) == 3
        assert site_post(client, earlier_remote)["title"]["raw"] == "Retitled on the site"


def test_a_refusal_keeps_the_sites_own_words_and_is_not_retried(site_env) -> None:
    # The contributor may not publish: WordPress says so, and the job keeps its words.
    contributor = site_env.sites.add(f"As contributor {unique()}", site_env.wp.url(), site_env.wp.contributor_user,
                                     ["en"], password=site_env.wp.contributor_app_password)
    aid = ArticleService(site_env.library).create("en", f"Not allowed {unique()}", "Body")
    job_id = site_env.outbox.enqueue(contributor, "article", aid, status="publish")
    report = site_env.outbox.flush()
    assert [j for j, _ in report.failed] == [job_id]
    job = site_env.outbox.job(job_id)
    assert job.state == "failed" and job.next_attempt_at is None
    assert "not allowed" in job.last_error and "rest_cannot_publish" in job.last_error
    assert site_env.outbox.flush(now=utc_now() + timedelta(hours=5)).done == []  # failed jobs wait for a human
