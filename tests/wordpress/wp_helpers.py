"""Helpers for the real-WordPress tests: unique names, images with GPS, reading the site back."""

from __future__ import annotations

import io
import uuid
from pathlib import Path
from typing import Any

from PIL import Image


def unique() -> str:
    return uuid.uuid4().hex[:8]


def jpeg_with_gps(path: Path, colour: tuple[int, int, int] = (200, 30, 30), size: tuple[int, int] = (640, 480)) -> Path:
    img = Image.new("RGB", size, colour)
    exif = Image.Exif()
    exif[0x010F] = "TestCam"  # Make
    exif[0x0110] = "Model X"  # Model
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (35.0, 41.0, 22.0)
    gps[3] = "E"
    gps[4] = (51.0, 25.0, 10.0)
    exif_ifd = exif.get_ifd(0x8769)
    exif_ifd[0xA431] = "SERIAL-12345"  # BodySerialNumber
    img.save(path, "JPEG", exif=exif.tobytes(), quality=90)
    return path


def has_gps_or_serial(data: bytes) -> bool:
    with Image.open(io.BytesIO(data)) as img:
        exif = img.getexif()
        return bool(exif.get_ifd(0x8825)) or "SERIAL-12345" in str(dict(exif.get_ifd(0x8769))) or \
            b"SERIAL-12345" in data


def import_image(library: Any, path: Path, edition: str, *, alt: str, caption: str = "", credit: str = "") -> int:
    from nejat_desk.services.media import set_media_text, update_media
    from nejat_desk.services.media_import import import_media

    report = import_media(library, [path])
    assert report.media_ids, report.text if hasattr(report, "text") else report
    media_id = report.media_ids[0]
    with library.session() as session:
        set_media_text(session, media_id, edition, caption=caption, alt_text=alt)
        if credit:
            update_media(session, media_id, credit=credit)
    return media_id


def site_post(client: Any, remote_id: int) -> dict[str, Any]:
    return dict(client.get(f"/wp/v2/posts/{remote_id}", {"context": "edit"}))


def posts_titled(client: Any, title: str) -> list[dict[str, Any]]:
    found = client.get("/wp/v2/posts", {"context": "edit", "status": "any", "search": title, "per_page": 100})
    return [p for p in found if p["title"]["raw"] == title]
