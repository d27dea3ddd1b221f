"""A pull reads the site on the calling thread and hands each post's transaction to `write`
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
from nejat_desk.services.wordpress.pull import Puller
from nejat_desk.services.wordpress.sites import SiteService

SITE = "https://site.example"


def _post(remote_id: int, slug: str) -> dict[str, Any]:
    return {"id": remote_id, "date_gmt": "2026-11-02T10:00:00", "modified_gmt": "2026-11-02T10:00:00",
            "slug": slug, "status": "draft", "link": f"{SITE}/{slug}/", "title": {"raw": slug.title()},
            "content": {"raw": f"<p>{slug} body</p>"}, "excerpt": {"raw": ""}, "categories": [], "tags": [],
            "featured_media": 0}


def test_each_pulled_post_is_stored_in_its_own_handed_over_unit(library: Any) -> None:
    posts = [_post(11, "first-post"), _post(12, "second-post")]

    def site(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text=json.dumps(posts), headers={"X-WP-Total": "2", "X-WP-TotalPages": "1"})

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
    assert len(report.created) == 2
    assert stored == [1, 1]  # nothing was written outside the units
    again: list[int] = []
    with WordPressClient(SITE, transport=httpx.MockTransport(site)) as client:
        Puller(client, library, site_id).pull(write=lambda unit: again.append(1) or unit())
    assert again == [] and articles.count() == 2  # pulling again changes nothing: unchanged posts need no unit
