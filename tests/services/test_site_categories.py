"""Galleries and issues sit in the same site categories whether they reach the site by a WXR export
or by publishing (core.site_categories, the one rule): names in the edition's language, slugs
from the English names, an issue under its own series. The site is a stand-in transport for the
network only; the library is a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

from nejat_desk.core.site_categories import gallery_category_path, issue_category_path, site_section
from nejat_desk.services.export import run_export
from nejat_desk.services.galleries import create_gallery
from nejat_desk.services.publications import PublicationService
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.credentials import CredentialStore
from nejat_desk.services.wordpress.push import Pusher, PushRequest
from nejat_desk.services.wordpress.sites import SiteService
from tests.exporters import wp_parsers

SITE = "https://site.example"


def test_sections_are_named_in_the_language_and_slugged_in_english() -> None:
    assert site_section("fa-IR", "media") == ("رسانه‌ها", "media")
    assert gallery_category_path("ar", "photo_gallery")[1][1] == "photo-gallery"
    assert gallery_category_path("sq", "a-kind-from-a-newer-library") == gallery_category_path("sq", "photo_gallery")
    assert issue_category_path("fa", "خبرنامه", "")[1] == ("خبرنامه", "خبرنامه")


class FakeSite:
    """Just enough of the REST API for a push: categories by slug, posts saved as sent."""

    def __init__(self) -> None:
        self.categories: dict[int, dict[str, Any]] = {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path.removeprefix("/wp-json")
        if path == "/wp/v2/categories" and request.method == "GET":
            slug = request.url.params.get("slug")
            return self._json([c for c in self.categories.values() if c["slug"] == slug])
        if path == "/wp/v2/categories" and request.method == "POST":
            data = json.loads(request.content)
            term = {"id": 100 + len(self.categories), "name": data["name"], "slug": data["slug"],
                    "parent": data.get("parent", 0)}
            self.categories[term["id"]] = term
            return self._json(term, 201)
        if path == "/wp/v2/posts" and request.method == "POST":
            data = json.loads(request.content)
            return self._json({"id": 900, "link": f"{SITE}/p/900", "slug": data.get("slug", ""),
                               "modified_gmt": "2026-11-01T00:00:00", "categories": data["categories"],
                               "title": {"raw": data["title"]}, "content": {"raw": data["content"]}}, 201)
        raise AssertionError(f"unexpected request {request.method} {request.url}")

    @staticmethod
    def _json(data: object, status: int = 200) -> httpx.Response:
        return httpx.Response(status, text=json.dumps(data), headers={"Content-Type": "application/json"})

    def chain(self, term_id: int) -> list[tuple[str, str]]:
        levels = []
        while term_id:
            term = self.categories[term_id]
            levels.insert(0, (term["name"], term["slug"]))
            term_id = term["parent"]
        return levels


def _exported_chains(library: Any, tmp_path: Path) -> dict[str, list[tuple[str, str]]]:
    out = tmp_path / "site.xml"
    run_export(library, "wxr", out)
    parsed = wp_parsers.simplexml_parse(out.read_bytes())
    by_slug = {c["slug"]: c for c in parsed["categories"]}

    def chain(slug: str) -> list[tuple[str, str]]:
        levels = []
        while slug:
            levels.insert(0, (by_slug[slug]["name"], slug))
            slug = by_slug[slug]["parent"]
        return levels

    return {p["title"]: chain(next(t["slug"] for t in p["terms"] if t["domain"] == "category"))
            for p in parsed["posts"] if p["title"] in ("کاریکاتور هفته", "خبرنامه هفتگی 4")}


def test_publishing_and_the_wxr_export_put_galleries_and_issues_in_the_same_categories(
        library: Any, tmp_path: Path) -> None:
    with library.session() as session:
        gallery_id = create_gallery(session, "cartoons", {"fa": "کاریکاتور هفته"}).id
    publications = PublicationService(library)
    series = publications.create_series("newsletter", "fa", "خبرنامه هفتگی", slug="weekly-fa")
    issue_id = publications.save_issue(series_id=series, number=4)
    exported = _exported_chains(library, tmp_path)

    site = FakeSite()
    site_id = SiteService(library, CredentialStore()).add("Main", SITE, "desk", ["fa"])
    with WordPressClient(SITE, transport=httpx.MockTransport(site)) as client:
        pusher = Pusher(client, library, site_id)
        gallery_post = pusher.push_gallery(gallery_id, PushRequest(status="draft", edition="fa"))
        issue_post = pusher.push_issue(issue_id, PushRequest(status="draft"))
    assert gallery_post.remote_id == issue_post.remote_id == 900

    assert exported["کاریکاتور هفته"] == [("رسانه‌ها", "media"), ("کاریکاتور", "cartoons")]
    assert exported["خبرنامه هفتگی 4"] == [("نشریات", "publications"), ("خبرنامه هفتگی", "weekly-fa")]
    pushed = sorted((site.chain(t) for t in site.categories if not any(
        c["parent"] == t for c in site.categories.values())), key=len)
    assert sorted(exported.values()) == sorted(pushed)
