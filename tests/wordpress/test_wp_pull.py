"""Pulling from the real WordPress: Markdown, terms, featured images, idempotence, date ranges."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from wp_helpers import import_image, jpeg_with_gps, unique

from nejat_desk.services.articles import ArticleService
from nejat_desk.services.wordpress.credentials import CredentialStore
from nejat_desk.services.wordpress.pull import Puller
from nejat_desk.services.wordpress.sites import SiteService
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import Article, MediaItem, MediaText, Revision

pytestmark = pytest.mark.wordpress
SINCE, UNTIL = datetime(2021, 1, 1, tzinfo=UTC), datetime(2023, 12, 31, tzinfo=UTC)


@pytest.fixture
def seeded(site_env, tmp_path):
    """Posts made on the site directly (as a colleague in the browser would), under a unique tag."""
    marker = unique()
    media_id = import_image(site_env.library, jpeg_with_gps(tmp_path / "p.jpg"), "en", alt="", caption="Seen")
    with site_env.client() as client:
        from nejat_desk.services.wordpress.media import ensure_media

        featured = ensure_media(client, site_env.library, site_env.site_id, media_id, "en").remote_id
        client.post(f"/wp/v2/media/{featured}", {"alt_text": ""})
        tag = client.post("/wp/v2/tags", {"name": f"Pulled {marker}"})["id"]
        parent = client.post("/wp/v2/categories", {"name": f"Region {marker}"})["id"]
        child = client.post("/wp/v2/categories", {"name": f"Basra {marker}", "parent": parent})["id"]
        ids = []
        bodies = [
            "<!-- wp:paragraph --><p>Plain <strong>bold</strong> and <a href=\"https://e.org/x\">a link</a>.</p>"
            "<!-- /wp:paragraph --><h2>Sub</h2><ul><li>one</li><li>two</li></ul>",
            "<p>Before</p><table><tr><td>cell</td></tr></table><p style=\"text-align:center\">centred</p>",
            "Classic line one\nline two\n\nSecond paragraph.",
        ]
        dates = ["2021-03-01T10:00:00", "2022-06-15T12:00:00", "2023-09-20T08:30:00"]
        for n, (body, date) in enumerate(zip(bodies, dates, strict=True)):
            post = client.post("/wp/v2/posts", {
                "title": f"Site post {n} {marker}", "content": body, "status": "publish", "date_gmt": date,
                "tags": [tag], "categories": [child], "featured_media": featured if n == 0 else 0,
                "excerpt": f"Excerpt {n}", "slug": f"site-post-{n}-{marker}"})
            ids.append(post["id"])
    return marker, ids


def _fresh_library(tmp_path: Path, site_env) -> tuple[Library, int, SiteService]:
    library = Library.open(tmp_path / "other", create=True)
    sites = SiteService(library, CredentialStore(backend=site_env.sites.credentials.backend))
    site_id = sites.add("Site", site_env.wp.url(), site_env.wp.admin_user, ["en"],
                        password=site_env.wp.admin_app_password)
    return library, site_id, sites


def _snapshot(library: Library) -> list[tuple]:
    with library.session() as s:
        return sorted((a.id, a.version, a.title, a.body_md, a.slug, a.status) for a in s.query(Article))


def test_pull_a_date_range_into_markdown_with_terms_and_featured_image(site_env, seeded, tmp_path) -> None:
    marker, _ids = seeded
    library, site_id, sites = _fresh_library(tmp_path, site_env)
    try:
        steps: list[tuple[int, int]] = []
        with sites.client(site_id) as client:
            report = Puller(client, library, site_id).pull(
                since=datetime(2021, 1, 1, tzinfo=UTC), until=datetime(2023, 12, 31, tzinfo=UTC),
                progress=lambda done, total: steps.append((done, total)))
        assert len(report.created) == 3 and steps and steps[-1][0] == steps[-1][1]
        with library.session() as s:
            by_slug = {a.slug: a for a in s.query(Article).filter(Article.slug.like(f"%{marker}"))}
            first = by_slug[f"site-post-0-{marker}"]
            assert first.body_md.startswith("Plain **bold** and [a link](https://e.org/x).")
            assert "## Sub" in first.body_md and "- one" in first.body_md
            assert first.status == "published" and first.published_at == datetime(2021, 3, 1, 10, tzinfo=UTC)
            assert first.category.name == f"Basra {marker}" and first.category.parent.name == f"Region {marker}"
            assert [t.name for t in first.tags] == [f"Pulled {marker}"]
            assert first.excerpt == "Excerpt 0"
            media = s.get(MediaItem, first.featured_media_id)
            # Pull brings the file (issue #16): in the media store, offline.
            assert media.sha256 and library.layout.media_path(media.sha256).exists()
            assert media.alt_missing_from_site
            assert s.get(MediaText, (media.id, "en")).caption == "Seen"
            second = by_slug[f"site-post-1-{marker}"]
            assert "<table>" in second.body_md  # kept as raw HTML
            third = by_slug[f"site-post-2-{marker}"]
            assert "line two" in third.body_md and "Second paragraph." in third.body_md
        before = _snapshot(library)
        with sites.client(site_id) as client:
            again = Puller(client, library, site_id).pull(
                since=datetime(2021, 1, 1, tzinfo=UTC), until=datetime(2023, 12, 31, tzinfo=UTC))
        assert again.created == [] and again.updated == [] and again.conflicts == []
        assert _snapshot(library) == before
        # A narrower range brings only what falls inside it.
        with sites.client(site_id) as client:
            narrow = Puller(client, library, site_id).pull(
                since=datetime(2022, 6, 15, 11, tzinfo=UTC), until=datetime(2022, 6, 15, 13, tzinfo=UTC))
        assert narrow.total == 1
    finally:
        library.close()


def test_pull_updates_unchanged_articles_and_flags_both_changed(site_env, seeded, tmp_path) -> None:
    marker, ids = seeded
    library, site_id, sites = _fresh_library(tmp_path, site_env)
    try:
        with sites.client(site_id) as client:
            Puller(client, library, site_id).pull(since=SINCE, until=UNTIL)
            client.post(f"/wp/v2/posts/{ids[0]}", {"content": "<p>Changed on the site.</p>"})
            client.post(f"/wp/v2/posts/{ids[1]}", {"content": "<p>Also changed on the site.</p>"})
        articles = ArticleService(library)
        second_id = articles.find_by_slug("en", f"site-post-1-{marker}")
        articles.save_text(second_id, body_md="Changed in the library.")
        with sites.client(site_id) as client:
            report = Puller(client, library, site_id).pull(since=SINCE, until=UNTIL)
            assert len(report.updated) == 1 and report.conflicts == [second_id]
            assert articles.get(report.updated[0]).body_md.strip() == "Changed on the site."
            assert articles.get(second_id).body_md == "Changed in the library."
            with library.session() as s:
                kept = s.query(Revision).filter_by(article_id=second_id, reason="pull-conflict").all()
                assert [r.body_md.strip() for r in kept] == ["Also changed on the site."]
            # Pulling again adds no second copy of the same site version.
            again = Puller(client, library, site_id).pull(since=SINCE, until=UNTIL)
            assert again.conflicts == [] and again.updated == []
            with library.session() as s:
                assert s.query(Revision).filter_by(article_id=second_id, reason="pull-conflict").count() == 1
    finally:
        library.close()


def test_pulling_what_the_desk_pushed_changes_nothing(site_env) -> None:
    articles = ArticleService(site_env.library)
    aid = articles.create("fa", f"بازگشت {unique()}", "متن **فارسی** با [پیوند](https://e.org).")
    site_env.outbox.enqueue(site_env.site_id, "article", aid, status="publish")
    assert site_env.outbox.flush().ok
    before = _snapshot(site_env.library)
    with site_env.client() as client:
        report = Puller(client, site_env.library, site_env.site_id, edition="fa").pull(
            since=datetime.now(UTC) - timedelta(hours=1))
    assert aid not in report.updated and aid not in report.conflicts
    mine = [row for row in _snapshot(site_env.library) if row[0] == aid]
    assert mine == [row for row in before if row[0] == aid]
