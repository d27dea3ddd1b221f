"""One process owns a library at a time.

The lock file holds {pid, host, started}. On POSIX the owner also keeps an exclusive
`flock` on it, which the kernel drops when the process dies, so a lock left by a crash on
this host is recognised as stale and recovered. A lock written by another host (a library
on a USB stick or a network drive) is reported and broken only when the user says so.
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
            data = json.loads(path.read_text(encoding="utf-8") or "{}")
            return cls(int(data["pid"]), str(data["host"]), float(data.get("started", 0)))
        except (OSError, ValueError, KeyError, TypeError):
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
        previous = LockOwner.read(self.path)
        handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - kept open while we own it
        if not _try_exclusive(handle):
            handle.close()
            owner = previous or LockOwner(0, translate("storage.lock", "unknown host"), 0)
            raise LibraryLockedError(
                translate("storage.lock", "The library is open in another Nejat Desk (process {pid} on {host}). "
                                          "Close it there first.").format(pid=owner.pid, host=owner.host),
                pid=owner.pid, host=owner.host, same_host=owner.host == host)
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

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            self.path.unlink(missing_ok=True)
        finally:
            self._handle.close()
            self._handle = None
