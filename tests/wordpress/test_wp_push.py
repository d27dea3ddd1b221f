"""Pushing to the real WordPress: statuses, Farsi/Arabic byte-for-byte, media, terms, updates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from wp_helpers import has_gps_or_serial, import_image, jpeg_with_gps, posts_titled, site_post, unique

from nejat_desk.core.errors import ValidationError
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.wordpress.remote import decode_slug, find_link
from nejat_desk.storage.models import Article, OutboxJob, RemoteLink

pytestmark = pytest.mark.wordpress

FA_BODY = """## گزارش ویژه

این **متن آزمایشی** است با [پیوند](https://example.org/fa) و فاصلهٔ مجازی: می‌خواهم.

- بند اول
- بند دوم ۱۲۳

> نقل قولی کوتاه
"""
AR_BODY = """هذا نصٌّ **تجريبي** بالعربية مع تشكيل: كِتَابٌ.

1. أولاً
2. ثانياً
"""


def _link(env, article_id):
    with env.library.session() as s:
        link = find_link(s, env.site_id, "article", article_id)
        assert link is not None
        return link.remote_id, link.remote_slug, link.remote_link


def test_farsi_draft_round_trips_byte_for_byte_with_new_terms(site_env) -> None:
    tag = f"برچسب-{unique()}"
    articles = ArticleService(site_env.library)
    title = f"عنوان آزمایشی «نجات» {unique()}"
    aid = articles.create("fa", title, FA_BODY, excerpt="چکیدهٔ کوتاه", category_path=f"جهان {unique()}/ایران",
                          tags=[tag, "سیاست"])
    site_env.outbox.enqueue(site_env.site_id, "article", aid, status="draft")
    report = site_env.outbox.flush()
    assert report.ok and len(report.done) == 1, report
    remote_id, remote_slug, _ = _link(site_env, aid)
    article = articles.get(aid)
    with site_env.client() as client:
        post = site_post(client, remote_id)
        assert post["status"] == "draft"
        assert post["title"]["raw"] == article.title
        assert post["content"]["raw"] == article.body_html
        assert post["content"]["raw"].encode("utf-8") == article.body_html.encode("utf-8")
        assert post["excerpt"]["raw"] == "چکیدهٔ کوتاه"
        assert decode_slug(post["slug"]) == article.slug == remote_slug
        tags = client.get("/wp/v2/tags", {"include": ",".join(map(str, post["tags"])), "context": "edit"})
        with site_env.library.session() as session:  # the tags' slugs as the library keeps them
            tag_slugs = sorted(t.slug for t in session.get(Article, aid).tags)
        assert sorted(decode_slug(t["slug"]) for t in tags) == tag_slugs
        category = client.get(f"/wp/v2/categories/{post['categories'][0]}", {"context": "edit"})
        assert category["name"] == "ایران" and category["parent"] != 0
        parent = client.get(f"/wp/v2/categories/{category['parent']}", {"context": "edit"})
        assert parent["name"] == article.category_path.split("/")[0]


def test_arabic_published_with_featured_image_stripped_of_gps(site_env, tmp_path) -> None:
    media_id = import_image(site_env.library, jpeg_with_gps(tmp_path / "بغداد.jpg"), "ar",
                            alt="نهر دجلة عند الغروب", caption="دجلة", credit="وكالة نجات")
    articles = ArticleService(site_env.library)
    title = f"خبر عاجل: افتتاح الجسر {unique()}"
    aid = articles.create("ar", title, AR_BODY, featured_media_id=media_id, tags=["بغداد"])
    site_env.outbox.enqueue(site_env.site_id, "article", aid, status="publish")
    report = site_env.outbox.flush()
    assert report.ok, report
    (_, result), = report.done
    assert result.uploaded_media == 1 and result.status == "publish"
    remote_id, _, link = _link(site_env, aid)
    article = articles.get(aid)
    with site_env.client() as client:
        post = site_post(client, remote_id)
        assert post["title"]["raw"] == title
        assert post["content"]["raw"] == article.body_html
        assert post["status"] == "publish" and link == post["link"]
        assert decode_slug(post["slug"]) == article.slug and "افتتاح" in article.slug
        media = client.get(f"/wp/v2/media/{post['featured_media']}", {"context": "edit"})
        assert media["alt_text"] == "نهر دجلة عند الغروب"
        assert "دجلة" in media["caption"]["raw"] and "وكالة نجات" in media["caption"]["raw"]
        assert media["post"] == remote_id
        data = httpx.get(media["source_url"]).content
        assert data[:2] == b"\xff\xd8"
        assert not has_gps_or_serial(data)
    with site_env.library.session() as s:
        media_link = find_link(s, site_env.site_id, "media", media_id)
        assert media_link is not None and media_link.remote_id == post["featured_media"]
    # The same picture on a second article is not uploaded again.
    aid2 = articles.create("ar", f"مقال ثانٍ {unique()}", "نص.", featured_media_id=media_id)
    site_env.outbox.enqueue(site_env.site_id, "article", aid2, status="draft")
    report = site_env.outbox.flush()
    (_, second), = report.done
    assert second.uploaded_media == 0
    with site_env.client() as client:
        assert site_post(client, second.remote_id)["featured_media"] == post["featured_media"]


def test_scheduled_post_is_future_at_the_given_utc_time(site_env) -> None:
    articles = ArticleService(site_env.library)
    when = (datetime.now(UTC) + timedelta(days=3)).replace(microsecond=0, second=0)
    aid = articles.create("en", f"Scheduled story {unique()}", "Body *text*.")
    site_env.outbox.enqueue(site_env.site_id, "article", aid, status="future", date_gmt=when)
    report = site_env.outbox.flush()
    assert report.ok, report
    remote_id, _, _ = _link(site_env, aid)
    with site_env.client() as client:
        post = site_post(client, remote_id)
    assert post["status"] == "future"
    assert post["date_gmt"] == when.replace(tzinfo=None).isoformat()


def test_scheduling_in_the_past_is_refused_before_anything_is_queued(site_env) -> None:
    aid = ArticleService(site_env.library).create("en", f"Late {unique()}", "x")
    with pytest.raises(ValidationError, match="has passed"):
        site_env.outbox.enqueue(site_env.site_id, "article", aid, status="future",
                                date_gmt=datetime.now(UTC) - timedelta(hours=1))
    assert site_env.outbox.jobs() == []


def test_terms_are_reused_not_duplicated(site_env) -> None:
    tag = f"Energy {unique()}"
    category = f"Economy {unique()}"
    articles = ArticleService(site_env.library)
    first = articles.create("en", f"First {unique()}", "One.", tags=[tag], category_path=category)
    second = articles.create("en", f"Second {unique()}", "Two.", tags=[tag], category_path=category)
    for aid in (first, second):
        site_env.outbox.enqueue(site_env.site_id, "article", aid, status="draft")
    assert site_env.outbox.flush().ok
    with site_env.client() as client:
        a = site_post(client, _link(site_env, first)[0])
        b = site_post(client, _link(site_env, second)[0])
        assert a["tags"] == b["tags"] and a["categories"] == b["categories"]
        assert len(client.get("/wp/v2/tags", {"search": tag})) == 1
        assert len(client.get("/wp/v2/categories", {"search": category})) == 1


def test_a_term_already_on_the_site_is_matched_by_slug(site_env) -> None:
    slug = f"existing-{unique()}"
    with site_env.client() as client:
        made = client.post("/wp/v2/tags", {"name": "Made on the site", "slug": slug})
    articles = ArticleService(site_env.library)
    aid = articles.create("en", f"Uses site tag {unique()}", "x", tags=[slug])
    site_env.outbox.enqueue(site_env.site_id, "article", aid, status="draft")
    assert site_env.outbox.flush().ok
    with site_env.client() as client:
        assert site_post(client, _link(site_env, aid)[0])["tags"] == [made["id"]]


def test_editing_a_pushed_article_queues_an_update_of_the_same_post(site_env) -> None:
    articles = ArticleService(site_env.library)
    title = f"Evolving story {unique()}"
    aid = articles.create("en", title, "First version.")
    site_env.outbox.enqueue(site_env.site_id, "article", aid, status="publish")
    assert site_env.outbox.flush().ok
    remote_id, _, _ = _link(site_env, aid)
    articles.save_text(aid, body_md="Second version, **corrected**.")
    queued = site_env.outbox.jobs(("queued",))
    assert [(j.object_id, j.state) for j in queued] == [(aid, "queued")]
    report = site_env.outbox.flush()
    assert report.ok and report.done[0][1].remote_id == remote_id and not report.done[0][1].created
    with site_env.client() as client:
        post = site_post(client, remote_id)
        assert post["content"]["raw"] == articles.get(aid).body_html
        assert post["status"] == "publish"  # the update kept the status it was published with
        assert len(posts_titled(client, title)) == 1


def test_rescheduling_a_pushed_article_moves_the_site_date(site_env) -> None:
    articles = ArticleService(site_env.library)
    first = (datetime.now(UTC) + timedelta(days=2)).replace(microsecond=0, second=0)
    aid = articles.create("en", f"Moving date {unique()}", "Soon.")
    articles.set_status(aid, "scheduled", scheduled_at=first)
    site_env.outbox.enqueue(site_env.site_id, "article", aid, status="future", date_gmt=first)
    assert site_env.outbox.flush().ok
    later = first + timedelta(days=1)
    articles.set_status(aid, "scheduled", scheduled_at=later)
    jobs = site_env.outbox.jobs(("queued",))
    assert [j.object_id for j in jobs] == [aid]
    # The queued job follows the article's own schedule, not the date given at first.
    with site_env.library.session() as s:
        s.get(OutboxJob, jobs[0].id).options = {**s.get(OutboxJob, jobs[0].id).options, "status": None}
    assert site_env.outbox.flush().ok
    with site_env.client() as client:
        post = site_post(client, _link(site_env, aid)[0])
    assert post["status"] == "future" and post["date_gmt"] == later.replace(tzinfo=None).isoformat()


def test_remote_link_records_the_slug_the_site_assigned(site_env) -> None:
    articles = ArticleService(site_env.library)
    slug = f"shared-slug-{unique()}"
    en = articles.create("en", "Shared slug EN", "a", slug=slug)
    fa = articles.create("fa", "Shared slug FA", "b", slug=slug)
    for aid in (en, fa):
        site_env.outbox.enqueue(site_env.site_id, "article", aid, status="publish")
    assert site_env.outbox.flush().ok
    assert _link(site_env, en)[1] == slug
    assert _link(site_env, fa)[1] == f"{slug}-2"  # WordPress keeps slugs unique across the site
    with site_env.library.session() as s:
        assert s.query(RemoteLink).filter_by(object_type="article").count() == 2
