"""Backups with SQLite's online backup API (never a file copy of a live database), rotated:
the last N hourly and N daily copies, plus one before every migration and restore."""

from __future__ import annotations

import logging
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from nejat_desk.storage.sqlite import connect

log = logging.getLogger(__name__)

KEEP_HOURLY = 24
KEEP_DAILY = 14
_NAME = re.compile(r"^(?P<kind>hourly|daily|pre-migration|pre-restore|manual)-(?P<stamp>\d{8}T\d{6})"
                   r"(?:-(?P<label>[\w.-]+))?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    taken_at: datetime
    size: int


def _stamp(now: datetime) -> str:
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%S")


def online_backup(source_db: Path, target: Path) -> None:
    """Copy a live database consistently into `target` (written beside it, then renamed)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    src = connect(source_db, read_only=True)
    dst = connect(partial, pragmas=False)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
    finally:
        dst.close()
        src.close()
    partial.replace(target)


def list_backups(backup_dir: Path) -> list[BackupInfo]:
    """Newest first."""
    found: list[BackupInfo] = []
    if not backup_dir.is_dir():
        return found
    for path in backup_dir.iterdir():
        match = _NAME.match(path.name)
        if not match:
            continue
        taken = datetime.strptime(match["stamp"], "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        found.append(BackupInfo(path, match["kind"], taken, path.stat().st_size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def take_backup(db_path: Path, backup_dir: Path, kind: str = "manual", label: str = "",
                now: datetime | None = None) -> Path:
    now = now or datetime.now(UTC)
    name = f"{kind}-{_stamp(now)}" + (f"-{label}" if label else "") + ".sqlite3"
    target = backup_dir / name
    online_backup(db_path, target)
    log.info("backup written: %s", target.name)
    return target


def rotate(backup_dir: Path, keep_hourly: int = KEEP_HOURLY, keep_daily: int = KEEP_DAILY) -> list[Path]:
    """Delete hourly and daily copies beyond the newest N of each; returns what was deleted."""
    removed: list[Path] = []
    for kind, keep in (("hourly", keep_hourly), ("daily", keep_daily)):
        copies = [b for b in list_backups(backup_dir) if b.kind == kind]
        for old in copies[keep:]:
            old.path.unlink(missing_ok=True)
            removed.append(old.path)
    return removed


def periodic_backup(db_path: Path, backup_dir: Path, now: datetime | None = None) -> list[Path]:
    """Take the hourly (and, once a day, the daily) copy if due; rotate. Returns new files."""
    now = now or datetime.now(UTC)
    existing = list_backups(backup_dir)
    made: list[Path] = []
    for kind, fmt in (("hourly", "%Y%m%d%H"), ("daily", "%Y%m%d")):
        due = not any(b.kind == kind and b.taken_at.strftime(fmt) == now.strftime(fmt) for b in existing)
        if due:
            made.append(take_backup(db_path, backup_dir, kind, now=now))
    rotate(backup_dir)
    return made


def verify_backup(path: Path) -> str | None:
    """None when the copy passes SQLite's integrity check, else what is wrong."""
    try:
        conn = connect(path, read_only=True, pragmas=False)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    problems = [r[0] for r in result if r[0] != "ok"]
    return "; ".join(problems[:5]) or None


def latest_good_backup(backup_dir: Path) -> BackupInfo | None:
    for info in list_backups(backup_dir):
        if verify_backup(info.path) is None:
            return info
    return None
