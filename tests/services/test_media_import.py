"""Media import: the content-addressed store, metadata, and every bad input of issue 4."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from nejat_desk.services import media_import
from nejat_desk.services.media_import import (
    CANCELLED,
    DUPLICATE,
    FAILED,
    IMPORTED,
    SKIPPED,
    import_media,
    incoming_dir,
)
from nejat_desk.services.thumbnails import thumb_path
from nejat_desk.storage.models import GalleryItem, MediaItem
from tests import media_samples as samples


def stored_files(library) -> list[Path]:
    return [p for p in library.layout.media_dir.rglob("*") if p.is_file()]


def media_count(library) -> int:
    with library.session() as s:
        return s.scalar(select(func.count()).select_from(MediaItem))


def assert_nothing_partial(library) -> None:
    """Every stored file has a row and every row's file is there; no temporary copies remain."""
    with library.session() as s:
        shas = {sha for sha in s.scalars(select(MediaItem.sha256)) if sha}
    on_disk = {p.name for p in stored_files(library)}
    assert on_disk == shas
    assert not list(incoming_dir(library.layout).glob("*.part")) if incoming_dir(library.layout).exists() else True


def only_line(report, name: str):
    lines = [line for line in report.lines if line.source.endswith(name)]
    assert len(lines) == 1, report.text()
    return lines[0]


def test_imports_jpeg_with_metadata_and_thumbnail(library, tmp_path):
    src = tmp_path / "photo.jpg"
    src.write_bytes(samples.jpeg_bytes((800, 600), xmp_caption="Crowds in the square",
                                       iptc={(2, 110): "AP", (2, 116): "(c) AP", (2, 25): "news"}, orientation=6))
    report = import_media(library, [src])
    line = only_line(report, "photo.jpg")
    assert line.outcome == IMPORTED, report.text()
    with library.session() as s:
        item = s.get(MediaItem, line.media_id)
        assert (item.width, item.height) == (600, 800)  # orientation 6: shown rotated
        assert item.orientation == 6
        assert item.camera == "Nikon Z 6"
        assert item.has_gps
        assert item.taken_at.isoformat() == "2024-03-05T06:50:30+00:00"  # 10:20:30 at +03:30
        assert item.credit == "Reuters / Sara K."  # XMP wins over IPTC
        assert item.copyright == "(c) 2024 Nejat"
        assert item.tags == ["news"]
        assert {t.edition_code: t.caption for t in item.texts} == {"en": "Crowds in the square"}
        assert len(item.phash) == 16
        sha = item.sha256
    assert library.layout.media_path(sha).read_bytes() == src.read_bytes()
    assert thumb_path(library.layout, sha).exists()
    assert_nothing_partial(library)


def test_same_file_twice_keeps_one_copy_and_says_so(library, tmp_path):
    (tmp_path / "a.jpg").write_bytes(samples.jpeg_bytes(seed=1))
    first = import_media(library, [tmp_path / "a.jpg"])
    (tmp_path / "again.jpg").write_bytes((tmp_path / "a.jpg").read_bytes())
    second = import_media(library, [tmp_path / "again.jpg"])
    line = only_line(second, "again.jpg")
    assert line.outcome == DUPLICATE
    assert "already in the library" in line.message
    assert line.media_id == first.media_ids[0]
    assert media_count(library) == 1 and len(stored_files(library)) == 1
    with library.session() as s:
        from nejat_desk.services.media import trash_media

        trash_media(s, line.media_id)
    third = only_line(import_media(library, [tmp_path / "again.jpg"]), "again.jpg")
    assert third.outcome == DUPLICATE and "in the trash" in third.message


def test_near_duplicate_is_flagged(library, tmp_path):
    from PIL import Image

    (tmp_path / "big.jpg").write_bytes(samples.jpeg_bytes((1200, 900), seed=4))
    import_media(library, [tmp_path / "big.jpg"])
    with Image.open(tmp_path / "big.jpg") as img:
        img.resize((600, 450)).save(tmp_path / "small.jpg", quality=60)
    report = import_media(library, [tmp_path / "small.jpg"])
    line = only_line(report, "small.jpg")
    assert line.outcome == IMPORTED
    assert any("near-duplicate" in n for n in line.notes)
    (tmp_path / "other.jpg").write_bytes(samples.jpeg_bytes((600, 450), seed=9))
    other = only_line(import_media(library, [tmp_path / "other.jpg"]), "other.jpg")
    assert not any("near-duplicate" in n for n in other.notes)


def test_pdf_gets_first_page_thumbnail(library, tmp_path):
    (tmp_path / "newsletter.pdf").write_bytes(samples.pdf_bytes())
    line = only_line(import_media(library, [tmp_path / "newsletter.pdf"]), "newsletter.pdf")
    assert line.outcome == IMPORTED
    with library.session() as s:
        item = s.get(MediaItem, line.media_id)
        assert item.kind == "pdf" and item.raw_metadata["pages"] == 2
        assert item.title == "Newsletter No. 7"
        assert thumb_path(library.layout, item.sha256).exists()


@pytest.mark.parametrize("fmt", ["mp4", "webm"])
def test_video_gets_poster_frame(library, tmp_path, fmt):
    if samples.video_file(tmp_path / f"clip.{fmt}", fmt) is None:
        pytest.skip("ffmpeg is not installed")
    line = only_line(import_media(library, [tmp_path / f"clip.{fmt}"]), f"clip.{fmt}")
    assert line.outcome == IMPORTED, line.text()
    with library.session() as s:
        item = s.get(MediaItem, line.media_id)
        assert item.kind == "video" and (item.width, item.height) == (320, 240)
        assert item.duration_s == pytest.approx(1.0, abs=0.2)
        assert item.has_gps
        assert thumb_path(library.layout, item.sha256).exists()


def test_video_without_ffmpeg_is_kept_with_a_clear_note(library, tmp_path, monkeypatch):
    if samples.video_file(tmp_path / "clip.mp4") is None:
        pytest.skip("ffmpeg is not installed")
    monkeypatch.setattr(media_import.probe_file.__globals__["shutil"], "which", lambda name: None)
    line = only_line(import_media(library, [tmp_path / "clip.mp4"]), "clip.mp4")
    assert line.outcome == IMPORTED
    assert any("not installed" in n for n in line.notes)


# --- bad input: each gets a clear line, the batch goes on, nothing partial --------------------------

def test_bad_inputs_are_reported_and_the_batch_goes_on(library, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "good.jpg").write_bytes(samples.jpeg_bytes(seed=2))
    (folder / "empty.jpg").write_bytes(b"")
    (folder / "truncated.jpg").write_bytes(samples.jpeg_bytes((800, 600), seed=3)[:6000])
    (folder / "corrupt.png").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    (folder / "notes.jpg").write_bytes(b"<html>this is not a picture</html>")
    (folder / "bomb.png").write_bytes(samples.png_bomb())
    (folder / "truncated.pdf").write_bytes(samples.pdf_bytes()[:300])
    (folder / "readme.txt").write_text("hello")
    (folder / "good2.png").write_bytes(samples.png_bytes(seed=8))
    report = import_media(library, [folder])
    outcome = {line.source.rsplit("/", 1)[-1]: line for line in report.lines}
    assert outcome["good.jpg"].outcome == IMPORTED
    assert outcome["good2.png"].outcome == IMPORTED
    assert outcome["empty.jpg"].outcome == FAILED and "empty" in outcome["empty.jpg"].message
    assert outcome["truncated.jpg"].outcome == FAILED and "truncated" in outcome["truncated.jpg"].message
    assert outcome["corrupt.png"].outcome == FAILED and "damaged" in outcome["corrupt.png"].message
    assert outcome["notes.jpg"].outcome == FAILED and "named like a JPEG image" in outcome["notes.jpg"].message
    assert outcome["bomb.png"].outcome == FAILED and "decompression bomb" in outcome["bomb.png"].message
    assert outcome["truncated.pdf"].outcome == FAILED and "PDF" in outcome["truncated.pdf"].message
    assert outcome["readme.txt"].outcome == SKIPPED
    assert media_count(library) == 2
    assert_nothing_partial(library)
    assert not report.ok and "2 imported" in report.summary()


def test_damaged_video_is_refused(library, tmp_path):
    if samples.video_file(tmp_path / "clip.mp4") is None:
        pytest.skip("ffmpeg is not installed")
    data = (tmp_path / "clip.mp4").read_bytes()
    (tmp_path / "cut.mp4").write_bytes(data[:64] + os.urandom(200))
    line = only_line(import_media(library, [tmp_path / "cut.mp4"]), "cut.mp4")
    assert line.outcome == FAILED and "video is damaged" in line.message
    assert_nothing_partial(library)


def test_lying_extension_is_imported_as_what_it_really_is(library, tmp_path):
    (tmp_path / "photo.jpg").write_bytes(samples.png_bytes(seed=6))
    line = only_line(import_media(library, [tmp_path / "photo.jpg"]), "photo.jpg")
    assert line.outcome == IMPORTED
    assert any("really a PNG image" in n for n in line.notes)
    with library.session() as s:
        assert s.get(MediaItem, line.media_id).mime_type == "image/png"


def test_file_names_in_any_script_and_with_illegal_characters(library, tmp_path):
    tmp_path = tmp_path / "src"
    tmp_path.mkdir()
    names = ["عکس خبری.jpg", "فوتو ۱۴۰۳.png", "Fotografi e ditës.jpg", 'a:b*c?"<d>|.jpg', " trailing dot. .png",
             "CON.jpg", "emoji 📷.jpg"]
    for seed, name in enumerate(names):
        data = samples.png_bytes(seed=20 + seed) if name.endswith(".png") else samples.jpeg_bytes(seed=20 + seed)
        (tmp_path / name).write_bytes(data)
    raw_name = os.fsencode(tmp_path) + b"/bad-\xff\xfe-utf8.jpg"
    with open(raw_name, "wb") as fh:
        fh.write(samples.jpeg_bytes(seed=40))
    report = import_media(library, [tmp_path])
    assert report.count(IMPORTED) == len(names) + 1, report.text()
    with library.session() as s:
        stored = set(s.scalars(select(MediaItem.original_filename)))
    assert set(names) <= stored
    assert "bad-\ufffd\ufffd-utf8.jpg" in stored


def test_links_out_of_the_folder_are_not_followed(library, tmp_path):
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.jpg").write_bytes(samples.jpeg_bytes(seed=30))
    folder = tmp_path / "import"
    folder.mkdir()
    (folder / "inside.jpg").write_bytes(samples.jpeg_bytes(seed=31))
    (folder / "link-out.jpg").symlink_to(outside / "secret.jpg")
    (folder / "dir-out").symlink_to(outside, target_is_directory=True)
    (folder / "link-in.jpg").symlink_to(folder / "inside.jpg")
    (folder / "broken.jpg").symlink_to(tmp_path / "nowhere.jpg")
    report = import_media(library, [folder])
    assert only_line(report, "link-out.jpg").outcome == SKIPPED
    assert "outside the imported folder" in only_line(report, "link-out.jpg").message
    assert only_line(report, "dir-out").outcome == SKIPPED
    assert only_line(report, "broken.jpg").outcome == FAILED
    # The link inside the folder is the same file: kept once.
    assert {only_line(report, "inside.jpg").outcome, only_line(report, "link-in.jpg").outcome} == {
        IMPORTED, DUPLICATE}
    assert media_count(library) == 1


def test_unreadable_file_is_reported(library, tmp_path, monkeypatch):
    tmp_path = tmp_path / "src"
    tmp_path.mkdir()
    (tmp_path / "locked.jpg").write_bytes(samples.jpeg_bytes(seed=12))
    (tmp_path / "fine.jpg").write_bytes(samples.jpeg_bytes(seed=13))
    os.chmod(tmp_path / "locked.jpg", 0)
    if os.geteuid() == 0:  # root reads anything: make the OS answer as it would for a user
        real_open = media_import.open_source

        def refuse(path: Path) -> int:
            if path.name == "locked.jpg":
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path)
        monkeypatch.setattr(media_import, "open_source", refuse)
    report = import_media(library, [tmp_path])
    line = only_line(report, "locked.jpg")
    assert line.outcome == FAILED and "permission denied" in line.message
    assert only_line(report, "fine.jpg").outcome == IMPORTED
    assert_nothing_partial(library)


def test_the_library_folder_itself_is_never_imported(library, tmp_path):
    (tmp_path / "x.png").write_bytes(samples.png_bytes(seed=3))
    import_media(library, [tmp_path / "x.png"])
    report = import_media(library, [tmp_path])  # holds the library folder and x.png
    assert only_line(report, "x.png").outcome == DUPLICATE
    assert len(report.lines) == 1
    inside = import_media(library, [library.layout.media_dir])
    assert inside.lines[0].outcome == SKIPPED and "library's own folder" in inside.lines[0].message


def test_fifo_and_missing_paths(library, tmp_path):
    os.mkfifo(tmp_path / "pipe.jpg")
    report = import_media(library, [tmp_path / "pipe.jpg", tmp_path / "missing.jpg"])
    assert only_line(report, "pipe.jpg").outcome == SKIPPED
    assert only_line(report, "missing.jpg").message == "does not exist"


# --- cancel -----------------------------------------------------------------------------------------

def test_cancel_leaves_nothing_half_imported(library, tmp_path):
    tmp_path = tmp_path / "src"
    tmp_path.mkdir()
    for i in range(12):
        (tmp_path / f"p{i:02}.jpg").write_bytes(samples.jpeg_bytes((1600, 1200), seed=50 + i))
    cancel = threading.Event()

    def progress(done: int, total: int, name: str) -> None:
        if done == 3:
            cancel.set()

    report = import_media(library, [tmp_path], cancel=cancel, progress=progress, workers=2)
    assert report.cancelled
    imported = report.count(IMPORTED)
    assert 3 <= imported < 12
    assert report.count(CANCELLED) == 12 - imported
    assert media_count(library) == imported
    assert_nothing_partial(library)
    # Thumbnails only for what was imported.
    thumbs = list((library.layout.cache_dir / "thumbs").rglob("*.jpg"))
    assert len(thumbs) == imported


def test_cancel_during_copy_removes_the_temporary_copy(library, tmp_path, monkeypatch):
    (tmp_path / "big.jpg").write_bytes(samples.jpeg_bytes((2000, 1500), seed=70, quality=100))
    monkeypatch.setattr(media_import, "CHUNK", 4096)
    cancel = threading.Event()
    real_sha = media_import.hashlib.sha256

    class Slow:
        def __init__(self, data: bytes) -> None:
            self.inner = real_sha(data)

        def update(self, chunk: bytes) -> None:
            cancel.set()  # cancelled while the copy is under way
            self.inner.update(chunk)

        def hexdigest(self) -> str:
            return self.inner.hexdigest()

    monkeypatch.setattr(media_import.hashlib, "sha256", Slow)
    report = import_media(library, [tmp_path / "big.jpg"], cancel=cancel)
    assert only_line(report, "big.jpg").outcome == CANCELLED
    assert media_count(library) == 0
    assert stored_files(library) == []


def test_stale_temporary_copies_are_cleaned(library, tmp_path):
    folder = incoming_dir(library.layout)
    folder.mkdir(parents=True, exist_ok=True)
    stale = folder / "old.part"
    stale.write_bytes(b"half a file")
    os.utime(stale, (1, 1))
    (tmp_path / "x.png").write_bytes(samples.png_bytes(seed=2))
    import_media(library, [tmp_path / "x.png"])
    assert not stale.exists()


def test_import_into_gallery_appends_in_order(library, tmp_path):
    from nejat_desk.services.galleries import create_gallery

    with library.session() as s:
        gid = create_gallery(s, "photo_gallery", {"en": "Spring"}).id
    for i in range(3):
        (tmp_path / f"g{i}.jpg").write_bytes(samples.jpeg_bytes(seed=80 + i))
    report = import_media(library, sorted(tmp_path.glob("g*.jpg")), gallery_id=gid)
    again = import_media(library, [tmp_path / "g0.jpg"], gallery_id=gid)
    assert "already in the library" in again.lines[0].message
    with library.session() as s:
        order = list(s.scalars(select(GalleryItem.media_id).where(GalleryItem.gallery_id == gid)
                               .order_by(GalleryItem.position)))
    assert sorted(order) == sorted(report.media_ids) and len(order) == 3


# --- the command line ---------------------------------------------------------------------------------

def test_cli_import_media(library_dir, tmp_path, capsys):
    from nejat_desk.cli.main import main

    assert main(["--library", str(library_dir), "init", "--no-examples"]) == 0
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.jpg").write_bytes(samples.jpeg_bytes(seed=90))
    (tmp_path / "in" / "zero.jpg").write_bytes(b"")
    code = main(["--library", str(library_dir), "import-media", str(tmp_path / "in")])
    out = capsys.readouterr().out
    assert code == 1
    assert "imported: " in out and "one.jpg" in out
    assert "failed: " in out and "zero.jpg: the file is empty" in out
    assert "1 imported, 0 already in the library, 1 failed" in out
    code = main(["--library", str(library_dir), "import-media", str(tmp_path / "in" / "one.jpg"),
                 "--gallery", "no-such"])
    assert code == 1
    assert "There is no gallery" in capsys.readouterr().err


def test_cli_add_video_and_import_into_gallery_by_slug(library_dir, tmp_path, capsys):
    from nejat_desk.cli.main import main
    from nejat_desk.services.galleries import create_gallery
    from nejat_desk.storage.library import Library

    assert main(["--library", str(library_dir), "init", "--no-examples"]) == 0
    with Library.open(library_dir) as library, library.session() as s:
        slug = create_gallery(s, "videos", {"en": "Interviews"}).slug
    (tmp_path / "poster.jpg").write_bytes(samples.jpeg_bytes(seed=91))
    assert main(["--library", str(library_dir), "add-video", "https://vimeo.com/76979871", "--title", "Interview",
                 "--poster", str(tmp_path / "poster.jpg"), "--gallery", slug]) == 0
    assert "added video (media #" in capsys.readouterr().out
    assert main(["--library", str(library_dir), "add-video", "https://example.com/v"]) == 1
    assert "not a YouTube, Vimeo or Aparat" in capsys.readouterr().err
    with Library.open(library_dir) as library, library.session() as s:
        from nejat_desk.services.galleries import item_ids
        from nejat_desk.storage.models import Gallery

        gid = s.scalar(select(Gallery.id).where(Gallery.slug == slug))
        items = [s.get(MediaItem, m) for m in item_ids(s, gid)]
        assert [i.kind for i in items] == ["remote_video"]
        assert items[0].title == "Interview"


def test_a_duplicate_of_a_trashed_item_stays_out_of_a_live_gallery(library, tmp_path):
    from nejat_desk.services.desk import Desk

    desk = Desk(library)
    (tmp_path / "a.jpg").write_bytes(samples.jpeg_bytes(seed=81))
    mid = desk.media.import_files([tmp_path / "a.jpg"]).media_ids[0]
    desk.media.trash(mid)
    gid = desk.galleries.create("photo_gallery", {"en": "Spring"})
    line = only_line(desk.media.import_files([tmp_path / "a.jpg"], gallery_id=gid), "a.jpg")
    assert line.outcome == DUPLICATE and line.in_trash and line.media_id == mid
    assert "not added to the gallery while it is in the trash" in line.text()
    assert desk.galleries.item_ids(gid) == []
    desk.media.restore(mid)
    line = only_line(desk.media.import_files([tmp_path / "a.jpg"], gallery_id=gid), "a.jpg")
    assert not line.in_trash and "added to the gallery" in line.text()
    assert desk.galleries.item_ids(gid) == [mid]
