"""Pull at scale and the outbox's retries (issue #16), against a stand-in transport for the
network and a real SQLite library: an unchanged post costs only its page of the listing, and a
job an editor sent while the site was down goes out again by itself."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

import httpx
from keyring.backends import null

from nejat_desk.core.timeutil import utc_now
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.credentials import CredentialStore
from nejat_desk.services.wordpress.outbox import Outbox, queue_push
from nejat_desk.services.wordpress.pull import Puller
from nejat_desk.services.wordpress.sync import SyncService

SITE = "https://site.example"


def _post(remote_id: int) -> dict[str, Any]:
    slug = f"post-{remote_id}"
    return {"id": remote_id, "date_gmt": "2026-11-02T10:00:00", "modified_gmt": "2026-11-02T10:00:00",
            "slug": slug, "status": "draft", "link": f"{SITE}/{slug}/", "title": {"raw": slug},
            "content": {"raw": f"<p>{slug} body</p>"}, "excerpt": {"raw": ""}, "categories": [5], "tags": [7],
            "featured_media": 0}


class _Site:
    """Three posts with a category and a tag; counts every request by route."""

    def __init__(self) -> None:
        self.posts = [_post(n) for n in (11, 12, 13)]
        self.requests: list[str] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/wp-json")
        self.requests.append(path)
        if path == "/wp/v2/posts":
            return httpx.Response(200, text=json.dumps(self.posts), headers={"X-WP-Total": "3", "X-WP-TotalPages": "1"})
        if path == "/wp/v2/categories/5":
            return httpx.Response(200, json={"id": 5, "name": "News", "slug": "news", "parent": 0})
        if path == "/wp/v2/tags/7":
            return httpx.Response(200, json={"id": 7, "name": "Town", "slug": "town"})
        if path == "/":
            return httpx.Response(200, json={"namespaces": ["wp/v2"]})
        return httpx.Response(404, json={"code": "rest_no_route", "message": "No route"})


def _pull(library: Any, site: _Site, site_id: int) -> Any:
    with WordPressClient(SITE, transport=httpx.MockTransport(site)) as client:
        return Puller(client, library, site_id).pull()


def test_an_unchanged_post_costs_nothing_beyond_its_page_of_the_listing(library: Any) -> None:
    sync = SyncService(library, CredentialStore(backend=null.Keyring()))
    site_id = sync.sites.add("Main", SITE, "desk", ["en"])
    site = _Site()
    assert len(_pull(library, site, site_id).created) == 3
    assert "/wp/v2/categories/5" in site.requests and "/wp/v2/tags/7" in site.requests
    site.requests.clear()
    site.posts[1]["title"] = {"raw": "Changed on the site"}
    report = _pull(library, site, site_id)
    assert report.unchanged == 2 and len(report.updated) == 1
    # The one changed post fetches its terms; the two unchanged ones nothing.
    assert site.requests.count("/wp/v2/categories/5") == 1 and site.requests.count("/wp/v2/tags/7") == 1
    site.requests.clear()
    report = _pull(library, site, site_id)
    assert report.unchanged == 3
    assert [r for r in site.requests if r not in ("/", "/wp/v2/posts")] == []


def test_an_update_sent_while_the_site_was_down_is_retried_by_itself(library: Any) -> None:
    sync = SyncService(library, CredentialStore(backend=null.Keyring()))
    site_id = sync.sites.add("Main", SITE, "desk", ["en"])
    article = ArticleService(library).create("en", "Edited live", "Body")

    def down(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno 111] Connection refused", request=request)

    sync.outbox = Outbox(library, sync.sites,
                         client_factory=lambda _s: WordPressClient(SITE, transport=httpx.MockTransport(down)))
    with library.session() as s:
        job_id = queue_push(s, site_id, "article", article, status=None, auto=True).id  # an edit of a live post
    assert sync.due_jobs() == []  # an edit waits for "Send now"
    report = sync.flush([job_id])  # the editor's "Send now", offline
    assert [j for j, _ in report.retrying] == [job_id]
    later = utc_now() + timedelta(hours=2)
    assert [j.id for j in sync.due_jobs(later)] == [job_id]  # the timer sends it again once due
    assert sync.outbox.job(job_id).auto is False
