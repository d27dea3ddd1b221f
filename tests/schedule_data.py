"""A small planned week shared by the scheduler tests (services, exporters, CLI, GUI)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from nejat_desk.storage.models import (
    Article,
    Gallery,
    GalleryItem,
    GalleryText,
    MediaItem,
    MediaText,
    PublicationIssue,
    PublicationSeries,
    SocialSnippet,
)

MONDAY = datetime(2026, 11, 2, 0, 0, tzinfo=UTC)


@dataclass
class Week:
    articles: dict[str, int]
    gallery: int
    issue: int
    series: int
    snippets: dict[str, int]
    image_with_alt: int
    image_without_alt: int


def plan_week(library: object, monday: datetime = MONDAY) -> Week:
    """Articles in four editions, a gallery, a newsletter issue and social posts, Monday to Friday
    (by default Nov 2-6 2026)."""
    MONDAY = monday  # noqa: N806
    with library.session() as s:  # type: ignore[attr-defined]
        img_ok = MediaItem(kind="image", original_filename="ok.jpg", source_url="https://cdn.example.org/ok.jpg")
        img_bad = MediaItem(kind="image", original_filename="bad.jpg")
        s.add_all([img_ok, img_bad])
        s.flush()
        s.add_all([MediaText(media_id=img_ok.id, edition_code=e, alt_text="A street at dawn")
                   for e in ("en", "ar", "fa", "sq")])
        rows = {
            "en-1": Article(edition_code="en", title="Harbour reopens", slug="harbour-reopens", status="ready",
                            excerpt="The harbour opened again on Monday.",
                            scheduled_at=MONDAY + timedelta(hours=9), featured_media_id=img_ok.id),
            "en-2": Article(edition_code="en", title="Council vote", slug="council-vote", status="draft",
                            scheduled_at=MONDAY + timedelta(hours=9, minutes=10), featured_media_id=img_bad.id),
            "fa-1": Article(edition_code="fa", title="بازگشایی بندر", slug="بازگشایی-بندر", status="scheduled",
                            scheduled_at=MONDAY + timedelta(days=1, hours=6)),
            "ar-1": Article(edition_code="ar", title="افتتاح الميناء", slug="افتتاح-الميناء", status="ready",
                            scheduled_at=MONDAY + timedelta(days=2, hours=8)),
            "sq-1": Article(edition_code="sq", title="Porti rihapet", slug="porti-rihapet", status="ready",
                            scheduled_at=MONDAY + timedelta(days=3, hours=10)),
        }
        s.add_all(rows.values())
        s.flush()
        gallery = Gallery(kind="photo_gallery", slug="harbour-photos", status="ready",
                          scheduled_at=MONDAY + timedelta(days=2, hours=12))
        s.add(gallery)
        s.flush()
        s.add(GalleryText(gallery_id=gallery.id, edition_code="en", title="Harbour in pictures"))
        s.add(GalleryItem(gallery_id=gallery.id, media_id=img_ok.id, position=0))
        series = PublicationSeries(kind="newsletter", edition_code="en", name="The Newsletter", slug="newsletter")
        s.add(series)
        s.flush()
        issue = PublicationIssue(series_id=series.id, number=12, title="November", issue_date=(monday + timedelta(days=4)).date(),
                                 cover_media_id=img_ok.id, scheduled_at=MONDAY + timedelta(days=4, hours=7))
        s.add(issue)
        s.flush()
        snippets = {
            "fb-en-1": SocialSnippet(article_id=rows["en-1"].id, platform="facebook", text="The harbour is open.",
                                     scheduled_at=MONDAY + timedelta(hours=10)),
            "x-en-1": SocialSnippet(article_id=rows["en-1"].id, platform="x", text="Harbour open #Nejat",
                                    scheduled_at=MONDAY + timedelta(hours=8)),  # before the article
            "tg-fa-1": SocialSnippet(article_id=rows["fa-1"].id, platform="telegram", text="بندر باز شد",
                                     scheduled_at=MONDAY + timedelta(days=1, hours=7)),
        }
        s.add_all(snippets.values())
        s.flush()
        return Week({k: v.id for k, v in rows.items()}, gallery.id, issue.id, series.id,
                    {k: v.id for k, v in snippets.items()}, img_ok.id, img_bad.id)
