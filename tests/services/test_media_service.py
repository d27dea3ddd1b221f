"""Media and gallery services: finding, describing, alt-text readiness, where used, trash."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from nejat_desk.core.errors import InUseError, ValidationError
from nejat_desk.services import galleries
from nejat_desk.services import media as media_service
from nejat_desk.services.media import MediaFilter, missing_alt_text, query_media_ids
from nejat_desk.services.media_import import import_media
from nejat_desk.storage.models import Article, ArticleAttachment, MediaItem
from tests import media_samples as samples


@pytest.fixture
def three(library, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.jpg").write_bytes(samples.jpeg_bytes(seed=1))
    (src / "b.png").write_bytes(samples.png_bytes(seed=2))
    (src / "c.pdf").write_bytes(samples.pdf_bytes())
    report = import_media(library, sorted(src.iterdir()))
    return report.media_ids


def test_filters_and_search(library, three):
    a, b, c = three
    with library.session() as s:
        media_service.set_media_text(s, a, "fa", caption="تظاهرات در میدان", alt_text="جمعیت در میدان")
        media_service.update_media(s, b, tags=["Flood", "Iraq"], credit="Ali Rezaei")
    conn = library.raw()
    try:
        assert set(query_media_ids(conn, MediaFilter())) == {a, b, c}
        assert query_media_ids(conn, MediaFilter(kind="pdf")) == [c]
        assert query_media_ids(conn, MediaFilter(tag="flood")) == [b]
        assert query_media_ids(conn, MediaFilter(text="میدان")) == [a]
        assert query_media_ids(conn, MediaFilter(text="ali rez")) == [b]
        assert query_media_ids(conn, MediaFilter(text="iraq")) == [b]
        # a was taken on 2024-03-05 (EXIF); the others have no date taken and fall back to import time.
        assert query_media_ids(conn, MediaFilter(date_from=date(2024, 3, 5), date_to=date(2024, 3, 5))) == [a]
        assert set(query_media_ids(conn, MediaFilter(missing_alt_edition="fa"))) == {b}
        assert set(query_media_ids(conn, MediaFilter(missing_alt_edition="en"))) == {a, b}
        rows = media_service.fetch_rows(conn, [a, b, c])
        assert rows[a].has_alt and not rows[b].has_alt and rows[c].kind == "pdf"
        assert media_service.all_tags(conn) == ["Flood", "Iraq"]
    finally:
        conn.close()


def test_missing_alt_text_blocks_but_site_flag_does_not(library, three):
    a, b, c = three
    with library.session() as s:
        media_service.set_media_text(s, a, "en", alt_text="A crowd")
        assert [m.media_id for m in missing_alt_text(s, [a, b, c], "en")] == [b]  # PDFs need none
        assert [m.media_id for m in missing_alt_text(s, [a, b], "ar")] == [a, b]
        s.get(MediaItem, b).alt_missing_from_site = True
    with library.session() as s:
        assert missing_alt_text(s, [a, b], "en") == []
        assert media_service.flagged_from_site(s, [a, b], "en") == [b]
        media_service.set_media_text(s, b, "en", alt_text="Flooded street")
        assert s.get(MediaItem, b).alt_missing_from_site is False


def test_gallery_ready_needs_alt_text_in_each_of_its_editions(library, three):
    a, b, _ = three
    with library.session() as s:
        gid = galleries.create_gallery(s, "photo_gallery", {"en": "Floods", "fa": "سیل"}).id
        galleries.add_items(s, gid, [a, b])
        with pytest.raises(ValidationError, match="Alt text is missing in the English edition"):
            galleries.set_status(s, gid, "ready")
        for mid in (a, b):
            media_service.set_media_text(s, mid, "en", alt_text="x")
        with pytest.raises(ValidationError, match="Farsi edition"):
            galleries.set_status(s, gid, "ready")
        for mid in (a, b):
            media_service.set_media_text(s, mid, "fa", alt_text="ی")
        assert galleries.set_status(s, gid, "ready").status == "ready"
        with pytest.raises(ValidationError, match="date and time"):
            galleries.set_status(s, gid, "scheduled")
        galleries.update_gallery(s, gid, scheduled_at=datetime(2030, 1, 1, 9, tzinfo=UTC))
        assert galleries.set_status(s, gid, "scheduled").status == "scheduled"


def test_gallery_order(library, three):
    a, b, c = three
    with library.session() as s:
        gid = galleries.create_gallery(s, "cartoons", {"ar": "كاريكاتير"}).id
        galleries.add_items(s, gid, [a, b, c])
        galleries.set_order(s, gid, galleries.move_items([a, b, c], [c], 0))
        assert galleries.item_ids(s, gid) == [c, a, b]
        assert galleries.move_items([c, a, b], [c], 3) == [a, b, c]
        assert galleries.move_items([a, b, c], [a, b], 3) == [c, a, b]
        galleries.remove_items(s, gid, [a])
        assert galleries.item_ids(s, gid) == [c, b]
        with pytest.raises(ValidationError):
            galleries.set_order(s, gid, [c, c])
        with pytest.raises(ValidationError, match="kind"):
            galleries.create_gallery(s, "comics", {"en": "x"})


def test_trash_refuses_media_in_use_and_says_where(library, three):
    a, b, c = three
    with library.session() as s:
        article = Article(edition_code="en", title="Floods in Basra", slug="floods", featured_media_id=a)
        s.add(article)
        s.flush()
        s.add(ArticleAttachment(article_id=article.id, media_id=c, position=0))
        gid = galleries.create_gallery(s, "newspics", {"en": "Week in pictures"}).id
        galleries.add_items(s, gid, [b])
    with library.session() as s:
        with pytest.raises(InUseError) as caught:
            media_service.trash_media(s, a)
        assert "featured image of article" in str(caught.value) and "Floods in Basra" in str(caught.value)
        with pytest.raises(InUseError, match="in gallery .*Week in pictures"):
            media_service.trash_media(s, b)
        with pytest.raises(InUseError, match="attached to article"):
            media_service.trash_media(s, c)
        galleries.remove_items(s, gid, [b])
        media_service.trash_media(s, b)
    conn = library.raw()
    try:
        assert b not in query_media_ids(conn, MediaFilter())
        assert query_media_ids(conn, MediaFilter(trash=True)) == [b]
    finally:
        conn.close()
    with library.session() as s:
        media_service.restore_media(s, b)
        media_service.trash_media(s, b)
        sha = s.get(MediaItem, b).sha256
    media_service.purge_media(library, b)
    assert not library.layout.media_path(sha).exists()
    with library.session() as s:
        assert s.get(MediaItem, b) is None
    with pytest.raises(ValidationError, match="Only media in the trash"):
        media_service.purge_media(library, a)


def test_gallery_trash_and_restore(library, three):
    with library.session() as s:
        gid = galleries.create_gallery(s, "videos", {"sq": "Video"}).id
        galleries.trash_gallery(s, gid)
        assert [g.id for g in galleries.list_galleries(s, trash=True)] == [gid]
        galleries.restore_gallery(s, gid)
        assert [g.id for g in galleries.list_galleries(s)] == [gid]


def test_remote_video_with_poster(library, tmp_path):
    poster = tmp_path / "poster.jpg"
    poster.write_bytes(samples.jpeg_bytes(seed=33))
    mid = media_service.add_remote_video(library, "https://youtu.be/dQw4w9WgXcQ", "Interview", poster=poster)
    with library.session() as s:
        item = s.get(MediaItem, mid)
        assert item.kind == "remote_video" and item.sha256 is None
        assert item.source_url == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
        assert item.poster_media_id is not None
        uses = media_service.where_used(s, item.poster_media_id)
        assert uses[0].what == "poster"
    conn = library.raw()
    try:
        row = media_service.fetch_rows(conn, [mid])[mid]
        assert row.sha256 is not None and row.mime == "image/jpeg"  # the poster's thumbnail
    finally:
        conn.close()
    with pytest.raises(ValidationError, match="already in the library"):
        media_service.add_remote_video(library, "https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    with pytest.raises(ValidationError, match="not a YouTube"):
        media_service.add_remote_video(library, "https://example.com/video.mp4")


def test_editing_validates(library, three):
    a = three[0]
    with library.session() as s:
        with pytest.raises(ValidationError):
            media_service.update_media(s, a, rating=7)
        with pytest.raises(ValidationError):
            media_service.update_media(s, a, sha256="0" * 64)
        media_service.update_media(s, a, rating=4, licence="CC BY 4.0", tags=[" a ", "a", "b"])
    with library.session() as s:
        item = s.scalar(select(MediaItem).where(MediaItem.id == a))
        assert (item.rating, item.licence, item.tags) == (4, "CC BY 4.0", ["a", "b"])
