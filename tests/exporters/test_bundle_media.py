"""Issue #12, items 16 and 23: in the bundle, every media file's extension says what it is, the
"web" rendition keeps its 2048-pixel promise and the square rendition travels too."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from typing import Any

from PIL import Image

from nejat_desk.services.export import run_export

MAGIC = {"jpg": b"\xff\xd8\xff", "png": b"\x89PNG\r\n\x1a\n", "gif": b"GIF8", "pdf": b"%PDF"}


def _import(library: Any, path: Path) -> int:
    from nejat_desk.services.media_import import import_media

    media_id = import_media(library, [path]).lines[0].media_id
    assert media_id is not None
    return media_id


def _bundle_with_pictures(library: Any, tmp_path: Path) -> dict[str, bytes]:
    from nejat_desk.services.articles import ArticleService

    big = tmp_path / "harbour.jpg"
    Image.new("RGB", (4000, 3000), (20, 90, 160)).save(big, "JPEG", quality=80)
    disguised = tmp_path / "screenshot.jpg"  # a PNG someone saved under a .jpg name
    Image.new("RGB", (900, 600), (250, 250, 250)).save(disguised, "PNG")
    animated = tmp_path / "chart.gif"
    Image.new("P", (300, 200), 3).save(animated, "GIF")
    service = ArticleService(library)
    service.create("en", "Harbour", "Body.", featured_media_id=_import(library, big))
    service.create("en", "Screenshot", "Body.", featured_media_id=_import(library, disguised))
    service.create("en", "Chart", "Body.", attachment_ids=[_import(library, animated)])
    out = tmp_path / "bundle.zip"
    report = run_export(library, "bundle", out)
    assert not [w for w in report.warnings if "media" in w], report.warnings
    with zipfile.ZipFile(out) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_every_media_file_extension_matches_its_content(library: Any, tmp_path: Path) -> None:
    files = _bundle_with_pictures(library, tmp_path)
    media = {name: data for name, data in files.items() if name.startswith("media/")}
    assert media
    for name, data in media.items():
        ext = name.rsplit(".", 1)[-1]
        assert ext in MAGIC and data.startswith(MAGIC[ext]), (name, data[:8])
    assert any(n.endswith("-screenshot.png") for n in media), sorted(media)
    assert any(n.endswith("-chart.png") for n in media), sorted(media)
    wxr = files["wordpress/site.wxr.xml"].decode("utf-8")
    for name in media:  # the WXR points at the very files the bundle carries
        if "-og." not in name and "-square." not in name and "-pinterest." not in name:
            assert name.removeprefix("media/") in wxr, name


def test_web_rendition_is_at_most_2048_and_the_square_one_travels(library: Any, tmp_path: Path) -> None:
    files = _bundle_with_pictures(library, tmp_path)
    harbour = next(n for n in files if n.startswith("media/") and n.endswith("-harbour.jpg"))
    with Image.open(io.BytesIO(files[harbour])) as img:
        assert img.size == (2048, 1536)
    sizes = {}
    for suffix in ("og", "square", "pinterest"):
        name = next((n for n in files if n.endswith(f"-harbour-{suffix}.jpg")), None)
        assert name is not None, (suffix, sorted(files))
        with Image.open(io.BytesIO(files[name])) as img:
            sizes[suffix] = img.size
    assert sizes == {"og": (1200, 630), "square": (1080, 1080), "pinterest": (1000, 1500)}
