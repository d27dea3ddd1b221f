"""Uploading media items to a site: renditions without GPS or serial numbers, each file once.

What was sent is remembered in `remote_links` (object type "media", the item's id, the SHA-256
of the bytes sent), so an image used by ten articles is uploaded once per site. After an upload
whose answer was lost, the site's recent media are searched for the file (its name carries the
first 12 hex digits of that SHA-256) before uploading again.
"""

from __future__ import annotations

import hashlib
import io
import logging
import mimetypes
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select

from nejat_desk.core.domain import MediaKind
from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.core.slugs import slugify
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.remote import find_link, format_gmt, record_link
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import MediaItem, MediaText, RemoteLink

log = logging.getLogger(__name__)

OBJECT_TYPE = "media"
DOUBT_MARGIN = timedelta(minutes=10)  # clock skew between the laptop and the site


@dataclass(frozen=True)
class UploadFile:
    data: bytes
    filename: str
    mime_type: str
    sha256: str


@dataclass(frozen=True)
class RemoteMedia:
    remote_id: int
    url: str
    uploaded: bool  # False when an earlier upload was reused


def _strip_with_pillow(path: Path) -> tuple[bytes, str]:
    """Fallback when the media helper's renditions are unavailable: pixels only, no metadata."""
    from PIL import Image, ImageOps

    with Image.open(path) as img:
        upright = ImageOps.exif_transpose(img) or img
        alpha = upright.mode in ("RGBA", "LA", "PA") or "transparency" in upright.info
        frame = upright.convert("RGBA" if alpha else "RGB")
        frame.thumbnail((2048, 2048))
        out = io.BytesIO()
        if alpha:
            frame.save(out, "PNG", optimize=True)
            return out.getvalue(), "image/png"
        frame.save(out, "JPEG", quality=88, optimize=True, icc_profile=img.info.get("icc_profile"))
        return out.getvalue(), "image/jpeg"


def prepare_upload(library: Library, media_id: int) -> UploadFile:
    """The bytes that may leave the laptop for this item: a web rendition for images (GPS, serial
    numbers and maker notes stripped), the stored file for PDFs."""
    with library.session() as session:
        item = session.get(MediaItem, media_id)
        if item is None:
            raise ValidationError(translate("services.wordpress.media", "There is no media item with id "
                                            "{id}.").format(id=media_id))
        kind, sha, name, mime, title = item.kind, item.sha256, item.original_filename, item.mime_type, item.title
    if not sha:
        raise ValidationError(translate("services.wordpress.media", "Media #{id} is hosted elsewhere and has no "
                                        "file to upload.").format(id=media_id))
    stored = library.layout.media_path(sha)
    if not stored.exists():
        raise ValidationError(translate("services.wordpress.media", "The stored file of media #{id} is missing "
                                        "from the library folder.").format(id=media_id))
    if kind == MediaKind.IMAGE.value:
        try:
            from nejat_desk.services.renditions import export_rendition

            path = Path(export_rendition(library, media_id, "web"))
            data = path.read_bytes()
            mime = mimetypes.guess_type(path.name)[0] or "image/jpeg"
        except ImportError:
            data, mime = _strip_with_pillow(stored)
    elif kind == MediaKind.VIDEO.value:
        from nejat_desk.services.renditions import clean_copy

        path = Path(clean_copy(library, media_id))
        data = path.read_bytes()
    else:
        data = stored.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    ext = mimetypes.guess_extension(mime) or Path(name).suffix or ".bin"
    ext = ".jpg" if ext in (".jpe", ".jpeg") else ext
    stem = slugify(Path(name).stem or title or "media")[:60].strip("-") or "media"
    # ASCII file name (HTTP headers), with the hash so a lost upload can be found again.
    ascii_stem = stem.encode("ascii", "ignore").decode().strip("-") or "media"
    return UploadFile(data, f"{ascii_stem}-{digest[:12]}{ext}", mime or "application/octet-stream", digest)


def _texts(session: Any, media_id: int, edition: str) -> tuple[str, str]:
    text = session.get(MediaText, (media_id, edition))
    return (text.caption, text.alt_text) if text else ("", "")


def _find_lost_upload(client: WordPressClient, digest: str, since: datetime) -> dict[str, Any] | None:
    params = {"modified_after": format_gmt(since - DOUBT_MARGIN), "context": "edit", "orderby": "date"}
    for item in client.paginate("/wp/v2/media", params):
        if digest[:12] in str(item.get("source_url", "")):
            return item
    return None


def ensure_media(client: WordPressClient, library: Library, site_id: int, media_id: int, edition: str, *,
                 parent_post: int | None = None, in_doubt_since: datetime | None = None) -> RemoteMedia:
    """The item on the site, uploading it (with alt text, caption and credit) only if it is not there."""
    with library.session() as session:
        link = find_link(session, site_id, OBJECT_TYPE, media_id)
        if link is not None:
            return RemoteMedia(link.remote_id, link.remote_link, uploaded=False)
    upload = prepare_upload(library, media_id)
    with library.session() as session:
        same_bytes = session.scalars(select(RemoteLink).where(
            RemoteLink.site_id == site_id, RemoteLink.object_type == OBJECT_TYPE,
            RemoteLink.synced_hash == upload.sha256)).first()
        if same_bytes is not None:
            return RemoteMedia(same_bytes.remote_id, same_bytes.remote_link, uploaded=False)
        item = session.get(MediaItem, media_id)
        assert item is not None
        caption, alt = _texts(session, media_id, edition)
        title, credit = item.title or Path(item.original_filename).stem, item.credit
    found = _find_lost_upload(client, upload.sha256, in_doubt_since) if in_doubt_since else None
    if found is None:
        created = client.upload_media(upload.filename, upload.data, upload.mime_type)
        log.info("media %s uploaded to site %s as %s", media_id, site_id, created.get("id"))
    else:
        created = found
        log.info("media %s found on site %s after a lost answer (%s)", media_id, site_id, found.get("id"))
    remote_id = int(created["id"])
    fields: dict[str, Any] = {"title": title, "alt_text": alt,
                              "caption": f"{caption} — {credit}" if caption and credit else (caption or credit),
                              "description": f"Credit: {credit}" if credit else ""}  # i18n: ok (for the site)
    if parent_post:
        fields["post"] = parent_post
    updated = client.post(f"/wp/v2/media/{remote_id}", fields)
    url = str(updated.get("source_url") or created.get("source_url") or "")
    with library.session() as session:
        record_link(session, site_id, OBJECT_TYPE, media_id, remote_id, link=url, synced_hash=upload.sha256,
                    slug=str(updated.get("slug", "")))
    return RemoteMedia(remote_id, url, uploaded=found is None)


def attach_to_post(client: WordPressClient, remote_media_id: int, post_id: int) -> None:
    client.post(f"/wp/v2/media/{remote_media_id}", {"post": post_id})
