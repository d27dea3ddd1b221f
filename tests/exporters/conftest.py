"""A library with content in all four editions, hostile articles, media, a gallery and an issue."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

HOSTILE_BODY = (
    "Intro paragraph.\n\n<script>alert('x')</script>\n\n"
    '<img src="x.png" onerror="alert(1)">\n\n'
    "[click](javascript:alert(1)) and <a href=\"javascript:alert(2)\">raw link</a>\n\n"
    '<iframe src="https://evil.example/"></iframe><object data="x.swf"></object>\n\n'
    "Control \x01 chars \x0b here and a CDATA end ]]> in text.\n"
)


def _media(session: Any, **kw: Any) -> int:
    from nejat_desk.storage.models import MediaItem, MediaText

    texts = kw.pop("texts", {})
    item = MediaItem(**kw)
    item.texts = [MediaText(edition_code=e, caption=c, alt_text=a) for e, (c, a) in texts.items()]
    session.add(item)
    session.flush()
    return item.id


def populate(library: Any) -> dict[str, int]:
    from nejat_desk.services.articles import ArticleService
    from nejat_desk.storage.models import (
        Gallery,
        GalleryItem,
        GalleryText,
        PublicationIssue,
        PublicationSeries,
    )

    when = datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
    ids: dict[str, int] = {}
    with library.session() as s:
        ids["photo"] = _media(s, kind="image", sha256="a" * 64, original_filename="Council meeting.jpg",
                              mime_type="image/jpeg", width=2400, height=1600, title="Council meeting",
                              created_at=when, updated_at=when,
                              texts={"en": ("The council met on Friday.", "People around a table"),
                                     "fa": ("نشست شورا", "افراد دور میز")})
        ids["photo2"] = _media(s, kind="image", sha256="b" * 64, original_filename="con.png",
                               mime_type="image/png", width=1200, height=900, title="Second", created_at=when,
                               updated_at=when, texts={"en": ("Second photo", "A street")})
        ids["pdf"] = _media(s, kind="pdf", sha256="c" * 64, original_filename="brief-12.pdf",
                            mime_type="application/pdf", title="Brief 12", created_at=when, updated_at=when)
        ids["video"] = _media(s, kind="remote_video", original_filename="", title="Interview",
                              source_url="https://www.youtube.com/watch?v=abc123", created_at=when, updated_at=when)
    service = ArticleService(library)
    ids["en"] = service.create(
        "en", "Council approves the new budget & plan", "The council **approved** the budget.\n\n"
        "- one\n- two\n\nSee [the report](https://example.org/report).", excerpt="A short summary.",
        category_path="World/Iraq", tags=["Budget", "Council"], byline="Jane Doe", author="jane",
        source_name="Agency", source_url="https://agency.example.org/story",
        featured_media_id=ids["photo"], attachment_ids=[ids["pdf"], ids["video"]])
    ids["fa"] = service.create(
        "fa", "گزارش ویژه: وضعیت حقوق بشر در کمپ‌های پناهندگان و گفتگو با خانواده‌ها درباره آینده فرزندانشان "
        "در سال‌های پیش رو 😀👨‍👩‍👧", "متن **فارسی** با پیوند https://example.com/a و https://example.org/b.",
        excerpt="خلاصه‌ای کوتاه با ایموجی 🎉 و پیوند https://example.net/x", category_path="جهان/عراق",
        tags=["بودجه"], featured_media_id=ids["photo"])
    service.link_translation(ids["fa"], ids["en"])
    ids["ar"] = service.create("ar", "المجلس يوافق على الميزانية الجديدة", "نص **عربي**.", excerpt="ملخص قصير",
                               category_path="العالم")
    service.link_translation(ids["ar"], ids["en"])
    ids["sq"] = service.create("sq", "Këshilli miraton buxhetin e ri për vitin që vjen", "Tekst **shqip**.",
                               category_path="Bota", tags=["Buxheti"])
    ids["hostile"] = service.create("en", "<script>alert('t')</script> Hostile ]]> title \x07", HOSTILE_BODY,
                                    excerpt="Excerpt with <b>tags</b> & ]]>", category_path="World")
    from nejat_desk.storage.models import Article

    with library.session() as s:
        for key, status in (("en", "published"), ("fa", "scheduled"), ("ar", "in_review"), ("sq", "draft"),
                            ("hostile", "published")):
            art = s.get(Article, ids[key])
            art.status = status
            if status == "published":
                art.published_at = when
            if status == "scheduled":
                art.scheduled_at = datetime(2024, 3, 2, 6, 0, tzinfo=UTC)
            art.created_at = when
            art.updated_at = when
        gallery = Gallery(kind="photo_gallery", slug="spring-photos", status="published", published_at=when,
                          created_at=when, updated_at=when)
        gallery.texts = [GalleryText(edition_code="en", title="Spring photos", description="Photos & more"),
                         GalleryText(edition_code="fa", title="عکس‌های بهار", description="")]
        gallery.items = [GalleryItem(media_id=ids["photo"], position=0),
                         GalleryItem(media_id=ids["photo2"], position=1)]
        s.add(gallery)
        series = PublicationSeries(kind="brief", edition_code="en", name="The Brief", slug="the-brief")
        s.add(series)
        s.flush()
        issue = PublicationIssue(series_id=series.id, number=12, title="The Brief 12", pdf_media_id=ids["pdf"],
                                 cover_media_id=ids["photo2"], status="published", published_at=when,
                                 created_at=when, updated_at=when)
        s.add(issue)
        s.flush()
        ids["gallery"] = gallery.id
        ids["issue"] = issue.id
    return ids


@pytest.fixture
def content(library: Any) -> dict[str, int]:
    return populate(library)
