"""Where things live inside a library folder, and where the default library is."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

LIBRARY_ENV = "NEJAT_DESK_LIBRARY"
APP_NAME = "NejatDesk"
DB_NAME = "library.sqlite3"


@dataclass(frozen=True)
class LibraryLayout:
    root: Path
    cache_root: Path | None = None  # elsewhere when the library folder cannot be written

    @property
    def db_path(self) -> Path:
        return self.root / DB_NAME

    @property
    def lock_path(self) -> Path:
        return self.root / "library.lock"

    @property
    def media_dir(self) -> Path:
        return self.root / "media"

    @property
    def cache_dir(self) -> Path:
        """Derived files (thumbnails, renditions): safe to delete, rebuilt on demand."""
        return self.cache_root or self.root / "cache"

    @property
    def backup_dir(self) -> Path:
        return self.root / "backups"

    def media_path(self, sha256: str) -> Path:
        return self.media_dir / sha256[:2] / sha256


def default_library_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False)) / "library"


def resolve_library_dir(explicit: str | os.PathLike[str] | None) -> Path:
    """--library wins, then $NEJAT_DESK_LIBRARY, then the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_library_dir()


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))
