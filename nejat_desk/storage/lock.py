"""One process owns a library at a time.

The lock file holds {pid, host, started}. On POSIX the owner also keeps an exclusive
`flock` on it, which the kernel drops when the process dies, so a lock left by a crash on
this host is recognised as stale and recovered. A lock written by another host (a library
on a USB stick or a network drive) is reported and broken only when the user says so.

The file is unlinked only by its owner, while it still holds the flock. So a process that
wins the flock checks that the file it locked is still the one at the path: if the owner
unlinked it in between, it locked an orphan and tries again on the new file. Without that
check two processes could each own "the" lock (one on the orphan, one on the new file).
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from nejat_desk.core.errors import LibraryLockedError
from nejat_desk.core.i18n import translate

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str
    started: float

    @classmethod
    def read(cls, path: Path) -> LockOwner | None:
        try:
            return cls.parse(path.read_text(encoding="utf-8"))
        except OSError:
            return None

    @classmethod
    def parse(cls, text: str) -> LockOwner | None:
        try:
            data = json.loads(text or "{}")
            return cls(int(data["pid"]), str(data["host"]), float(data.get("started", 0)))
        except (ValueError, KeyError, TypeError):
            return None


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _try_exclusive(handle: IO[str]) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _is_linked(handle: IO[str], path: Path) -> bool:
    """True when `handle` is the file now at `path` (not one unlinked since it was opened)."""
    if sys.platform == "win32":  # pragma: no cover - Windows does not unlink open files
        return True
    try:
        at_path = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(handle.fileno())
    return (mine.st_dev, mine.st_ino) == (at_path.st_dev, at_path.st_ino)


# Each retry means another process released the lock just as we took it; a few suffice.
_ORPHAN_RETRIES = 50


class LibraryLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None
        self.recovered_stale: LockOwner | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self, *, break_foreign: bool = False) -> None:
        host = socket.gethostname()
        handle = self._lock_the_linked_file()
        if handle is None:
            owner = LockOwner.read(self.path) or LockOwner(0, translate("storage.lock", "unknown host"), 0)
            raise LibraryLockedError(
                translate("storage.lock", "The library is open in another Nejat Desk (process {pid} on {host}). "
                                          "Close it there first.").format(pid=owner.pid, host=owner.host),
                pid=owner.pid, host=owner.host, same_host=owner.host == host)
        # Read under the flock: the file's content is what its last owner left (a crash's, or nothing).
        handle.seek(0)
        previous = LockOwner.parse(handle.read())
        if previous is not None and previous.pid != os.getpid():
            if previous.host != host and not break_foreign:
                handle.close()
                raise LibraryLockedError(
                    translate("storage.lock", "The library was last opened by process {pid} on {host}, which may "
                                              "still be using it (a library on a shared drive). If that computer no "
                                              "longer has it open, break the lock.").format(
                        pid=previous.pid, host=previous.host),
                    pid=previous.pid, host=previous.host, same_host=False)
            if previous.host == host and _pid_alive(previous.pid) and sys.platform == "win32":
                handle.close()  # pragma: no cover
                raise LibraryLockedError(
                    translate("storage.lock", "The library is open in process {pid} on this computer.").format(
                        pid=previous.pid),
                    pid=previous.pid, host=host, same_host=True)
            self.recovered_stale = previous
            log.warning("recovered a stale library lock left by process %s on %s", previous.pid, previous.host)
        handle.seek(0)
        handle.truncate()
        handle.write(json.dumps({"pid": os.getpid(), "host": host, "started": time.time()}))
        handle.flush()
        os.fsync(handle.fileno())
        self._handle = handle

    def _lock_the_linked_file(self) -> IO[str] | None:
        """The lock file's handle with our flock on it, or None when another process holds it."""
        for _attempt in range(_ORPHAN_RETRIES):
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while we own it
            if not _try_exclusive(handle):
                handle.close()
                return None
            if _is_linked(handle, self.path):
                return handle
            handle.close()  # we locked a file its owner has just unlinked: lock the new one
        return None  # pragma: no cover - would take a release during every one of our attempts

    def release(self) -> None:
        """Unlink the file while still holding the flock (see the module's note), then let go."""
        if self._handle is None:
            return
        try:
            if sys.platform == "win32":  # pragma: no cover - an open file cannot be unlinked there
                self._handle.seek(0)
                self._handle.truncate()
            else:
                self.path.unlink(missing_ok=True)
        finally:
            self._handle.close()
            self._handle = None
