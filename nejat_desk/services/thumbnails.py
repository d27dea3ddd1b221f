"""The on-disk thumbnail cache: `cache/thumbs/ab/<sha256>.jpg`, keyed by content so it survives
renames and needs no invalidation. Safe to delete; rebuilt on demand from the stored file.

Functions here run on worker threads; writes are atomic (temp file + rename) so a reader never
sees half a JPEG.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from PIL import Image

from nejat_desk.core.domain import MediaKind
from nejat_desk.core.media_types import KNOWN_TYPES
from nejat_desk.services.media_probe import THUMB_BOX, ProbeError, probe_file
from nejat_desk.storage.layout import LibraryLayout

THUMB_QUALITY = 82


def thumbs_dir(layout: LibraryLayout) -> Path:
    return layout.cache_dir / "thumbs"


def thumb_path(layout: LibraryLayout, sha256: str) -> Path:
    return thumbs_dir(layout) / sha256[:2] / f"{sha256}.jpg"


def save_thumbnail(img: Image.Image, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        img.save(tmp, "JPEG", quality=THUMB_QUALITY, optimize=False)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def ensure_thumbnail(layout: LibraryLayout, sha256: str | None, mime: str) -> Path | None:
    """The cached thumbnail, made from the stored file when missing; None when none can be made
    (remote video without a poster, video without ffmpeg, a stored file gone or unreadable)."""
    if not sha256:
        return None
    path = thumb_path(layout, sha256)
    if path.exists():
        return path
    source = layout.media_path(sha256)
    file_type = next((t for t in KNOWN_TYPES if t.mime == mime), None)
    if file_type is None or not source.exists():
        return None
    try:
        probe = probe_file(source, file_type, thumb_box=THUMB_BOX)
    except (ProbeError, OSError):
        return None
    if probe.thumbnail is None:
        return None
    return save_thumbnail(probe.thumbnail, path)


def has_preview(kind: str) -> bool:
    return kind in (MediaKind.IMAGE, MediaKind.PDF, MediaKind.VIDEO)
