"""The media store's side of an import: the temporary folder inside the store (so the final step
is an atomic rename), cleaning what a crashed import left there, opening a source file safely,
syncing a folder, and the hashes a batch has claimed. No Qt; used by `media_import.py`.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

from nejat_desk.storage.layout import LibraryLayout

STALE_PART_AGE_S = 3600


def incoming_dir(layout: LibraryLayout) -> Path:
    """Temporary copies live inside the store folder, on the same file system, so the final step
    is an atomic rename."""
    return layout.media_dir / ".incoming"


def clean_stale_parts(layout: LibraryLayout, *, older_than_s: float = STALE_PART_AGE_S) -> int:
    """Remove temporary copies left by a crashed or killed import."""
    folder = incoming_dir(layout)
    removed = 0
    if not folder.is_dir():
        return 0
    limit = time.time() - older_than_s
    for part in folder.glob("*.part"):
        try:
            if part.stat().st_mtime < limit:
                part.unlink()
                removed += 1
        except OSError:
            pass
    return removed


def fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def open_source(path: Path) -> int:
    """Open for reading without following a FIFO into a hang; raises OSError."""
    return os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))


class Claims:
    """Hashes known to the library or claimed earlier in this batch (shared by the workers)."""

    def __init__(self, known: dict[str, int]) -> None:
        self._known = dict(known)
        self._lock = threading.Lock()

    def claim(self, sha: str) -> bool:
        with self._lock:
            if sha in self._known:
                return False
            self._known[sha] = -1
            return True

    def release(self, sha: str) -> None:
        with self._lock:
            if self._known.get(sha) == -1:
                del self._known[sha]
