"""Renditions and clean copies: GPS and serial numbers never leave; ICC, credit, copyright stay."""

from __future__ import annotations

import pytest
from PIL import Image

from nejat_desk.core.errors import ValidationError
from nejat_desk.core.media_types import MP4
from nejat_desk.services import media as media_service
from nejat_desk.services.media_import import import_media
from nejat_desk.services.media_probe import parse_xmp, probe_video
from nejat_desk.services.renditions import clean_copy, export_rendition
from tests import media_samples as samples

SECRETS = (b"SN-1234567", b"LENS-99", b"XMP-SERIAL-777", b"GPSLatitude", b"35,41.5N")


@pytest.fixture
def photo(library, tmp_path):
    src = tmp_path / "photo.jpg"
    src.write_bytes(samples.jpeg_bytes((1600, 1000), seed=5, xmp_caption="Market", orientation=6,
                                       iptc={(2, 116): "(c) IPTC"}))
    return import_media(library, [src]).media_ids[0]


def assert_clean(path):
    data = path.read_bytes()
    for secret in SECRETS:
        assert secret not in data, secret
    with Image.open(path) as img:
        exif = img.getexif()
        assert not exif.get_ifd(0x8825), "GPS IFD left in"
        sub = exif.get_ifd(0x8769)
        assert 0xA431 not in sub and 0xA435 not in sub and 0x927C not in sub
        assert img.info.get("icc_profile") == samples.srgb_icc()
        assert exif.get(315) == "Reuters / Sara K." and exif.get(33432) == "(c) 2024 Nejat"
        xmp = parse_xmp(img.info.get("xmp") or img.info.get("XML:com.adobe.xmp", "").encode())
        assert xmp["rights"] == "(c) 2024 Nejat" and xmp["credit"] == "Reuters / Sara K."
        assert not xmp["gps"] and not xmp["serial"]
        return img.size, exif.get(274)


@pytest.mark.parametrize(("name", "size"), [("web", (1000, 1600)), ("og", (1200, 630)),
                                            ("square", (1080, 1080)), ("pinterest", (1000, 1500))])
def test_renditions_are_clean_and_sized(library, photo, name, size):
    path = export_rendition(library, photo, name)
    got, orientation = assert_clean(path)
    assert got == size
    assert orientation in (None, 1)  # applied to the pixels


def test_clean_copy_keeps_orientation_tag_and_pixels(library, photo):
    path = clean_copy(library, photo)
    size, orientation = assert_clean(path)
    assert size == (1600, 1000) and orientation == 6


def test_focal_point_is_in_every_crop(library, tmp_path):
    # A white picture with one red square near its right edge: the focal point is on it.
    img = Image.new("RGB", (3000, 1000), "white")
    img.paste((255, 0, 0), (2800, 450, 2900, 550))
    img.save(tmp_path / "wide.png")
    mid = import_media(library, [tmp_path / "wide.png"]).media_ids[0]
    with library.session() as s:
        media_service.update_media(s, mid, focal_x=2850 / 3000, focal_y=0.5)
    for name in ("og", "square", "pinterest"):
        with Image.open(export_rendition(library, mid, name)) as out:
            colours = out.convert("RGB").getcolors(maxcolors=1 << 22) or []
            reds = [c for _, c in colours if c[0] > 200 and c[1] < 60 and c[2] < 60]
            assert reds, f"the focal point fell out of the {name} crop"


def test_hand_crop_is_used_and_rendition_remade_when_it_changes(library, photo):
    first = export_rendition(library, photo, "square")
    assert export_rendition(library, photo, "square") == first  # reused
    with library.session() as s:
        media_service.update_media(s, photo, crops={"square": [0, 0, 500, 500]}, focal_x=0.1, focal_y=0.1)
    second = export_rendition(library, photo, "square")
    assert second != first and not first.exists()


def test_png_with_alpha_stays_png(library, tmp_path):
    (tmp_path / "logo.png").write_bytes(samples.png_bytes(alpha=True))
    mid = import_media(library, [tmp_path / "logo.png"]).media_ids[0]
    path = export_rendition(library, mid, "og")
    with Image.open(path) as img:
        assert img.format == "PNG" and img.mode == "RGBA" and img.size == (1200, 630)


def test_video_clean_copy_drops_location(library, tmp_path):
    if samples.video_file(tmp_path / "clip.mp4") is None:
        pytest.skip("ffmpeg is not installed")
    mid = import_media(library, [tmp_path / "clip.mp4"]).media_ids[0]
    out = clean_copy(library, mid)
    assert probe_video(tmp_path / "clip.mp4", MP4).has_gps
    cleaned = probe_video(out, MP4)
    assert not cleaned.has_gps and cleaned.width == 320


def test_renditions_refuse_pdfs(library, tmp_path):
    (tmp_path / "a.pdf").write_bytes(samples.pdf_bytes())
    mid = import_media(library, [tmp_path / "a.pdf"]).media_ids[0]
    with pytest.raises(ValidationError, match="made from images"):
        export_rendition(library, mid, "og")
