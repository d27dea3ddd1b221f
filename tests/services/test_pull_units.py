"""A pull reads the site on the calling thread and hands each batch's transaction to `write`
(services.writes), so the window can store them on its one writer thread. The site is a stand-in
transport for the network only; the library is a real SQLite file."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from nejat_desk.services.articles import ArticleService
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.credentials import CredentialStore
from nejat_desk.services.wordpress.pull import BATCH_POSTS, Puller
from nejat_desk.services.wordpress.sites import SiteService

SITE = "https://site.example"


def _post(remote_id: int, slug: str) -> dict[str, Any]:
    return {"id": remote_id, "date_gmt": "2026-11-02T10:00:00", "modified_gmt": "2026-11-02T10:00:00",
            "slug": slug, "status": "draft", "link": f"{SITE}/{slug}/", "title": {"raw": slug.title()},
            "content": {"raw": f"<p>{slug} body</p>"}, "excerpt": {"raw": ""}, "categories": [], "tags": [],
            "featured_media": 0}


def test_pulled_posts_are_stored_in_handed_over_batches(library: Any) -> None:
    posts = [_post(100 + n, f"post-{n}") for n in range(120)]

    def site(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text=json.dumps(posts), headers={"X-WP-Total": "120", "X-WP-TotalPages": "1"})

    articles = ArticleService(library)
    stored: list[int] = []

    def write(unit: Callable[[], Any]) -> Any:
        before = articles.count()
        result = unit()
        stored.append(articles.count() - before)
        return result

    site_id = SiteService(library, CredentialStore()).add("Main", SITE, "desk", ["en"])
    with WordPressClient(SITE, transport=httpx.MockTransport(site)) as client:
        report = Puller(client, library, site_id).pull(write=write)
    assert len(report.created) == 120
    assert sum(stored) == 120  # nothing was written outside the units
    assert 1 < len(stored) < 120 and max(stored) <= BATCH_POSTS  # batches: a commit each, not one per post
    again: list[int] = []
    with WordPressClient(SITE, transport=httpx.MockTransport(site)) as client:
        Puller(client, library, site_id).pull(write=lambda unit: again.append(1) or unit())
    assert again == [] and articles.count() == 120  # pulling again changes nothing: unchanged posts need no unit


def test_a_post_that_cannot_be_stored_is_named_and_the_rest_of_its_batch_goes_in(library: Any) -> None:
    bad = _post(12, "not-a-gallery")
    bad["meta"] = {"nejat_kind": "gallery", "nejat_uid": "g-1",
                   "nejat_record": json.dumps({"v": 1, "kind": "gallery", "gallery_kind": "no-such-kind"})}
    posts = [_post(11, "before"), bad, _post(13, "after")]

    def site(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text=json.dumps(posts), headers={"X-WP-Total": "3", "X-WP-TotalPages": "1"})

    site_id = SiteService(library, CredentialStore()).add("Main", SITE, "desk", ["en"])
    with WordPressClient(SITE, transport=httpx.MockTransport(site)) as client:
        report = Puller(client, library, site_id).pull()
    assert len(report.created) == 2 and report.galleries == []
    assert len(report.skipped) == 1 and report.skipped[0].startswith("post 12:")
    assert ArticleService(library).count() == 2
