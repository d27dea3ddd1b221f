"""Where the files made from a stored media item live in the library's cache folder (renditions,
clean copies; thumbnails are `thumbnails.py`'s), and removing them all when the item is purged.

A home of its own so that `media.py` (which purges) and `renditions.py` (which writes them) agree
on the folders without importing each other.
"""

from __future__ import annotations

from pathlib import Path

from nejat_desk.services.thumbnails import thumb_path
from nejat_desk.storage.layout import LibraryLayout


def renditions_dir(layout: LibraryLayout) -> Path:
    return layout.cache_dir / "renditions"


def clean_dir(layout: LibraryLayout) -> Path:
    return layout.cache_dir / "clean"


def remove_files(layout: LibraryLayout, media_id: int, sha256: str | None) -> None:
    """The stored file and everything derived from it (the item's row is already gone)."""
    if sha256:
        layout.media_path(sha256).unlink(missing_ok=True)
        thumb_path(layout, sha256).unlink(missing_ok=True)
    for folder in (renditions_dir(layout), clean_dir(layout)):
        if folder.is_dir():
            for path in folder.glob(f"{media_id}-*"):
                path.unlink(missing_ok=True)
