"""Whether a library can be written: a write-protected stick, an archive copy on a read-only
share, a folder the user may only read. Such a library opens read-only instead of failing.

The test is a real attempt to open for writing, not `os.access`: root passes every permission
check (but not a read-only mount), and ACLs or network file systems answer access() wrongly.
Nothing is changed by the probe: it opens the database (and its -wal) for writing and closes
them, and makes and removes an empty file in the folder.
"""

from __future__ import annotations

import errno
import os
from dataclasses import dataclass
from pathlib import Path

from nejat_desk.core.i18n import translate
from nejat_desk.storage.layout import LibraryLayout

# What the system answers when it will not let us write: a read-only file system, no permission.
READ_ONLY_ERRNOS = frozenset({errno.EROFS, errno.EACCES, errno.EPERM})


def is_read_only_error(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in READ_ONLY_ERRNOS


def _writable(path: Path, flags: int) -> OSError | None:
    try:
        os.close(os.open(path, flags, 0o644))
    except OSError as exc:
        if exc.errno in READ_ONLY_ERRNOS:
            return exc
        raise
    return None


def _folder_writable(layout: LibraryLayout) -> OSError | None:
    """Can files be made in the folder (the lock, SQLite's -wal and -shm)? Leaves nothing behind."""
    if layout.lock_path.exists():
        return _writable(layout.lock_path, os.O_RDWR)
    probe = layout.root / f".write-probe-{os.getpid()}"
    denied = _writable(probe, os.O_RDWR | os.O_CREAT | os.O_EXCL)
    if denied is None:
        probe.unlink()
    return denied


@dataclass(frozen=True)
class ReadOnly:
    reason: str  # a clause: "it is on a read-only drive or share"
    folder_writable: bool  # SQLite may create its -shm file beside the database


def read_only_reason(layout: LibraryLayout) -> ReadOnly | None:
    """Why the existing library in `layout` cannot be written, or None when it can."""
    denied = _writable(layout.db_path, os.O_RDWR)
    wal = layout.db_path.with_name(layout.db_path.name + "-wal")
    if denied is None and wal.exists():
        denied = _writable(wal, os.O_RDWR)
    folder_denied = _folder_writable(layout)
    denied = denied or folder_denied
    if denied is None:
        return None
    if denied.errno == errno.EROFS:
        reason = translate("storage.access", "it is on a read-only drive or share")
    else:
        reason = translate("storage.access", "this user may not write to {path}").format(path=denied.filename)
    return ReadOnly(reason, folder_writable=folder_denied is None)


def forced_read_only() -> ReadOnly:
    return ReadOnly(translate("storage.access", "it was opened read-only on purpose"), folder_writable=True)


def read_only_cache_dir(layout: LibraryLayout) -> Path:
    """Where thumbnails and renditions of a read-only library go: the user's cache folder."""
    import hashlib

    from platformdirs import user_cache_dir

    from nejat_desk.storage.layout import APP_NAME

    key = hashlib.sha256(os.fsencode(layout.root)).hexdigest()[:16]
    return Path(user_cache_dir(APP_NAME, appauthor=False)) / "read-only-libraries" / key
