"""Media and gallery services: finding, describing, alt-text readiness, where used, trash.

Through `MediaService` and `GalleryService` (what the window and the command line call), on a
real library file; the session-level helpers other services use are checked where they matter.
"""

from __future__ import annotations

import ast
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from nejat_desk.core.errors import InUseError, ValidationError
from nejat_desk.services import media as media_service
from nejat_desk.services.desk import Desk
from nejat_desk.services.galleries import GalleryText, move_items
from nejat_desk.services.media import Caption, MediaFilter, missing_alt_text
from nejat_desk.storage.models import Article, ArticleAttachment, MediaItem
from tests import media_samples as samples


@pytest.fixture
def desk(library) -> Desk:
    return Desk(library)


@pytest.fixture
def three(desk, tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.jpg").write_bytes(samples.jpeg_bytes(seed=1))
    (src / "b.png").write_bytes(samples.png_bytes(seed=2))
    (src / "c.pdf").write_bytes(samples.pdf_bytes())
    report = desk.media.import_files(sorted(src.iterdir()))
    return report.media_ids


def test_filters_and_search(desk, three):
    a, b, c = three
    media = desk.media
    media.update(a, texts={"fa": Caption("تظاهرات در میدان", "جمعیت در میدان")})
    media.update(b, tags=["Flood", "Iraq"], credit="Ali Rezaei")
    assert set(media.find(MediaFilter())) == {a, b, c}
    assert media.find(MediaFilter(kind="pdf")) == [c]
    assert media.find(MediaFilter(tag="flood")) == [b]
    assert media.find(MediaFilter(text="میدان")) == [a]
    assert media.find(MediaFilter(text="ali rez")) == [b]
    assert media.find(MediaFilter(text="iraq")) == [b]
    # a was taken on 2024-03-05 (EXIF); the others have no date taken and fall back to import time.
    assert media.find(MediaFilter(date_from=date(2024, 3, 5), date_to=date(2024, 3, 5))) == [a]
    assert set(media.find(MediaFilter(missing_alt_edition="fa"))) == {b}
    assert set(media.find(MediaFilter(missing_alt_edition="en"))) == {a, b}
    rows = media.rows([a, b, c])
    assert rows[a].has_alt and not rows[b].has_alt and rows[c].kind == "pdf"
    assert media.tags() == ["Flood", "Iraq"]


def test_pick_rows_for_the_media_picker(desk, three):
    a, b, c = three
    desk.media.update(a, title="Crowd", texts={"en": Caption("At the square", "A crowd")})
    rows = {r.id: r for r in desk.media.pick_rows("en")}
    assert set(rows) == {a, b, c}
    assert (rows[a].label, rows[a].caption, rows[a].alt_text) == ("Crowd", "At the square", "A crowd")
    assert rows[b].label == "b.png" and rows[b].caption == ""
    assert [r.id for r in desk.media.pick_rows("en", ("image",), "square")] == [a]
    assert [r.id for r in desk.media.pick_rows("fa", ("image",), "square")] == []  # the caption is English
    assert {r.id for r in desk.media.pick_rows("en", ("pdf",))} == {c}
    desk.media.trash(c)
    assert {r.id for r in desk.media.pick_rows("en")} == {a, b}


def test_detail_is_plain_values(desk, three):
    a, _, c = three
    desk.media.update(a, texts={"en": Caption(" A caption ", "Alt"), "fa": Caption("", "متن")}, rating=3)
    detail = desk.media.detail(a)
    assert detail.texts == {"en": Caption("A caption", "Alt"), "fa": Caption("", "متن")}
    assert (detail.kind, detail.filename, detail.rating, detail.in_trash) == ("image", "a.jpg", 3, False)
    assert detail.preview_path == desk.library.layout.media_path(detail.picture_sha256)
    pdf = desk.media.detail(c)
    assert pdf.preview_path is not None and pdf.preview_path.suffix == ".jpg"  # the first page's thumbnail
    with pytest.raises(ValidationError, match="no media item #9999"):
        desk.media.detail(9999)


def test_update_is_all_or_nothing(desk, three):
    a = three[0]
    with pytest.raises(ValidationError, match="from 0 to 5"):
        desk.media.update(a, texts={"en": Caption("kept out", "")}, rating=7)
    assert desk.media.detail(a).texts == {}
    with pytest.raises(ValidationError, match="cannot be edited"):
        desk.media.update(a, sha256="0" * 64)
    desk.media.update(a, rating=4, licence="CC BY 4.0", tags=[" a ", "a", "b"])
    detail = desk.media.detail(a)
    assert (detail.rating, detail.licence, detail.tags) == (4, "CC BY 4.0", ("a", "b"))


def test_framing_of_an_image(desk, three):
    a = three[0]
    desk.media.update(a, focal_x=0.25, focal_y=0.75, crops={"og": [0, 0, 600, 315]})
    framing = desk.media.framing(a)
    assert framing.focal == (0.25, 0.75)
    assert framing.crops == {"og": (0, 0, 600, 315)}
    assert framing.size == (640, 480) and framing.picture_path.exists()


def test_missing_alt_text_blocks_but_site_flag_does_not(library, desk, three):
    a, b, c = three
    desk.media.update(a, texts={"en": Caption(alt_text="A crowd")})
    assert [m.media_id for m in desk.media.missing_alt([a, b, c], "en")] == [b]  # PDFs need none
    assert [m.media_id for m in desk.media.missing_alt([a, b], "ar")] == [a, b]
    with library.session() as s:
        s.get(MediaItem, b).alt_missing_from_site = True
    with library.session() as s:
        assert missing_alt_text(s, [a, b], "en") == []  # the helper the article ready check uses
        assert media_service.flagged_from_site(s, [a, b], "en") == [b]
    desk.media.update(b, texts={"en": Caption(alt_text="Flooded street")})
    with library.session() as s:
        assert s.get(MediaItem, b).alt_missing_from_site is False


def test_gallery_ready_needs_alt_text_in_each_of_its_editions(desk, three):
    a, b, _ = three
    galleries = desk.galleries
    gid = galleries.create("photo_gallery", {"en": "Floods", "fa": "سیل"})
    galleries.add_items(gid, [a, b])
    texts = galleries.detail(gid).texts
    with pytest.raises(ValidationError, match="Alt text is missing in the English edition"):
        galleries.save(gid, texts=texts, scheduled_at=None, status="ready")
    assert galleries.detail(gid).status == "draft"
    for mid in (a, b):
        desk.media.update(mid, texts={"en": Caption(alt_text="x")})
    with pytest.raises(ValidationError, match="Farsi edition"):
        galleries.save(gid, texts=texts, scheduled_at=None, status="ready")
    for mid in (a, b):
        desk.media.update(mid, texts={"fa": Caption(alt_text="ی")})
    with pytest.raises(ValidationError, match="Arabic edition"):  # a title in Arabic asks alt text in Arabic
        galleries.save(gid, texts={"ar": GalleryText("فيضانات", "")}, scheduled_at=None, status="ready")
    assert "ar" not in galleries.detail(gid).texts  # refused as a whole: the title was not kept either
    galleries.save(gid, texts=texts, scheduled_at=None, status="ready")
    assert galleries.detail(gid).status == "ready"
    with pytest.raises(ValidationError, match="date and time"):
        galleries.save(gid, texts={}, scheduled_at=None, status="scheduled")
    when = datetime(2030, 1, 1, 9, tzinfo=UTC)
    galleries.save(gid, texts={}, scheduled_at=when, status="scheduled")
    detail = galleries.detail(gid)
    assert (detail.status, detail.scheduled_at) == ("scheduled", when)
    assert detail.texts["fa"] == GalleryText("سیل", "")


def test_gallery_order_cover_and_lookup(desk, three):
    a, b, c = three
    galleries = desk.galleries
    gid = galleries.create("cartoons", {"ar": "كاريكاتير"})
    galleries.add_items(gid, [a, b, c])
    galleries.set_order(gid, move_items([a, b, c], [c], 0))
    assert galleries.item_ids(gid) == [c, a, b]
    assert move_items([c, a, b], [c], 3) == [a, b, c]
    assert move_items([a, b, c], [a, b], 3) == [c, a, b]
    assert galleries.remove_items(gid, [a]) == [c, b]
    with pytest.raises(ValidationError):
        galleries.set_order(gid, [c, c])
    with pytest.raises(ValidationError, match="kind"):
        galleries.create("comics", {"en": "x"})
    galleries.set_cover(gid, b)
    detail = galleries.detail(gid)
    assert (detail.cover_media_id, detail.item_ids, detail.kind) == (b, (c, b), "cartoons")
    assert galleries.find(str(gid)) == gid == galleries.find(detail.slug)
    with pytest.raises(ValidationError, match="There is no gallery 'nope'"):
        galleries.find("nope")
    assert [(g.id, g.kind) for g in galleries.summaries()] == [(gid, "cartoons")]


def test_trash_refuses_media_in_use_and_says_where(library, desk, three):
    a, b, c = three
    with library.session() as s:
        article = Article(edition_code="en", title="Floods in Basra", slug="floods", featured_media_id=a)
        s.add(article)
        s.flush()
        s.add(ArticleAttachment(article_id=article.id, media_id=c, position=0))
    gid = desk.galleries.create("newspics", {"en": "Week in pictures"})
    desk.galleries.add_items(gid, [b])
    media = desk.media
    with pytest.raises(InUseError) as caught:
        media.trash(a)
    assert "featured image of article" in str(caught.value) and "Floods in Basra" in str(caught.value)
    with pytest.raises(InUseError, match="in gallery .*Week in pictures"):
        media.trash(b)
    with pytest.raises(InUseError, match="attached to article"):
        media.trash(c)
    assert [u.what for u in media.where_used(c)] == ["article-attachment"]
    desk.galleries.remove_items(gid, [b])
    media.trash(b)
    assert b not in media.find(MediaFilter()) and media.in_trash(b)
    assert media.find(MediaFilter(trash=True)) == [b]
    media.restore(b)
    media.trash(b)
    sha = media.detail(b).picture_sha256
    with pytest.raises(ValidationError, match="Only media in the trash"):
        media.purge(a)
    emptied = media.empty_trash()
    assert (emptied.purged, emptied.kept) == (1, ())
    assert not library.layout.media_path(sha).exists()
    with library.session() as s:
        assert s.get(MediaItem, b) is None


def test_the_trash_lists_restores_and_purges_media_and_galleries(desk, three):
    a, b, _ = three
    gid = desk.galleries.create("videos", {"sq": "Video"})
    desk.galleries.add_items(gid, [b])
    desk.galleries.trash(gid)
    assert [g.id for g in desk.galleries.summaries(trash=True)] == [gid]
    desk.media.trash(a)
    desk.media.trash(b)  # only a gallery in the trash holds it
    entries = {(e.kind, e.record_id): e for e in desk.trash.entries()}
    assert set(entries) == {("gallery", gid), ("media", a), ("media", b)}
    assert entries[("gallery", gid)].title == "Video" and entries[("media", a)].title == "a.jpg"
    with pytest.raises(InUseError, match=r"in gallery #\d+ “Video” \(in the trash\)"):
        desk.trash.purge("media", b)
    desk.trash.restore("media", a)
    assert not desk.media.in_trash(a)
    desk.trash.purge("gallery", gid)
    desk.trash.purge("media", b)
    assert desk.trash.entries() == []
    assert desk.media.find(MediaFilter(trash=True)) == []


def test_remote_video_with_poster(library, desk, tmp_path):
    poster = tmp_path / "poster.jpg"
    poster.write_bytes(samples.jpeg_bytes(seed=33))
    mid = desk.media.add_remote_video("https://youtu.be/dQw4w9WgXcQ", "Interview", poster=poster)
    detail = desk.media.detail(mid)
    assert detail.kind == "remote_video" and detail.filename == "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert detail.picture_sha256 is not None  # the poster shows it
    with library.session() as s:
        poster_id = s.get(MediaItem, mid).poster_media_id
    assert desk.media.where_used(poster_id)[0].what == "poster"
    row = desk.media.rows([mid])[mid]
    assert row.sha256 is not None and row.mime == "image/jpeg"  # the poster's thumbnail
    assert desk.media.framing(mid).picture_path == library.layout.media_path(row.sha256)
    with pytest.raises(ValidationError, match="already in the library"):
        desk.media.add_remote_video("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    with pytest.raises(ValidationError, match="not a YouTube"):
        desk.media.add_remote_video("https://example.com/video.mp4")


def test_a_picture_in_the_trash_never_becomes_a_poster(library, desk, tmp_path):
    poster = tmp_path / "poster.jpg"
    poster.write_bytes(samples.jpeg_bytes(seed=34))
    pid = desk.media.import_files([poster]).media_ids[0]
    desk.media.trash(pid)
    again = tmp_path / "again.jpg"
    again.write_bytes(poster.read_bytes())
    with pytest.raises(ValidationError, match=f"media #{pid}, which is in the trash"):
        desk.media.add_remote_video("https://vimeo.com/76979871", "Talk", poster=again)
    with library.session() as s:
        assert s.scalar(select(MediaItem.id).where(MediaItem.kind == "remote_video")) is None
    assert desk.media.where_used(pid) == []


def test_media_and_renditions_do_not_import_each_other():
    """The record lookup and the derived files' folders have homes of their own."""
    services = Path(media_service.__file__).parent

    def imported(name: str) -> set[str]:
        tree = ast.parse((services / f"{name}.py").read_text(encoding="utf-8"))
        found = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
        found |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
        return found

    assert not {m for m in imported("media") if m.endswith("services.renditions")}
    assert not {m for m in imported("renditions") if m.endswith("services.media")}
