"""The full integrity check of a library: the database, its search index and the media store.

Used by `nejat-desk check` and, off the GUI thread, after the window has painted. Plain
sqlite3 only, so it never waits for the ORM; each step can be cancelled between rows.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from nejat_desk.core.i18n import translate

if TYPE_CHECKING:
    from nejat_desk.storage.library import Library

_SHOWN_IDS = 5


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    database_damaged: bool = False  # SQLite itself reports damage: restore a backup
    search_index_damaged: bool = False  # the FTS index disagrees with itself or with the articles
    articles: int = 0
    media_files: int = 0
    media_checked: int = 0  # files whose SHA-256 was computed
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled


def _ids(ids: list[int]) -> str:
    shown = ", ".join(str(i) for i in ids[:_SHOWN_IDS])
    if len(ids) <= _SHOWN_IDS:
        return shown
    return translate("services.library_check", "{ids} and {count} more").format(ids=shown, count=len(ids) - _SHOWN_IDS)


def check_library(library: Library, *, deep: bool = False, sample: int = 200,
                  cancelled: Callable[[], bool] = lambda: False,
                  progress: Callable[[str], None] = lambda _step: None) -> CheckReport:
    """Check everything; `sample` media files are hashed (all of them when `deep`)."""
    report = CheckReport()
    try:
        conn = library.raw(readonly=False)
    except sqlite3.DatabaseError as exc:
        report.problems.append(
            translate("services.library_check", "the database cannot be opened: {error}").format(error=exc))
        report.database_damaged = True
        return report
    try:
        progress(translate("services.library_check", "database"))
        if not _check_database(conn, report) or cancelled():
            report.cancelled = cancelled()
            return report
        progress(translate("services.library_check", "search index"))
        _check_search_index(conn, report)
        if cancelled():
            report.cancelled = True
            return report
        progress(translate("services.library_check", "media"))
        _check_media(library, conn, report, deep=deep, sample=sample, cancelled=cancelled)
    finally:
        conn.close()
    return report


def _check_database(conn: sqlite3.Connection, report: CheckReport) -> bool:
    """SQLite's own checks. False when the file is too damaged to go on."""
    try:
        damage = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
        for line in damage[:20]:
            report.problems.append(translate("services.library_check", "database: {problem}").format(problem=line))
        if len(damage) > 20:
            report.problems.append(
                translate("services.library_check", "database: {count} more problems").format(count=len(damage) - 20))
        report.database_damaged = bool(damage)
        for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check").fetchall():
            report.problems.append(
                translate("services.library_check", "foreign key: {table} row {row} points to a missing {parent} "
                                                    "row").format(table=table, row=rowid, parent=parent))
        report.articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        report.problems.append(translate("services.library_check", "database: {problem}").format(problem=exc))
        report.database_damaged = True
        return False
    return not report.database_damaged


def _check_search_index(conn: sqlite3.Connection, report: CheckReport) -> None:
    try:
        # FTS5's own consistency check of the index against its stored text (raises on damage).
        conn.execute("INSERT INTO article_fts(article_fts, rank) VALUES('integrity-check', 1)")
    except sqlite3.DatabaseError as exc:
        from nejat_desk.storage.sqlite import is_read_only_refusal

        if not is_read_only_refusal(exc):  # FTS5's check writes: a read-only library goes without it
            report.problems.append(
                translate("services.library_check", "search index: FTS5 integrity check failed ({error})").format(
                    error=exc))
            report.search_index_damaged = True
            return
    # Every live article is indexed, and nothing else is (trashed articles are left out).
    missing = [r[0] for r in conn.execute(
        "SELECT id FROM articles WHERE deleted_at IS NULL AND id NOT IN (SELECT rowid FROM article_fts) "
        "ORDER BY id")]
    stale = [r[0] for r in conn.execute(
        "SELECT rowid FROM article_fts WHERE rowid NOT IN (SELECT id FROM articles WHERE deleted_at IS NULL) "
        "ORDER BY rowid")]
    if missing:
        report.problems.append(
            translate("services.library_check", "search index: {count} article(s) not indexed (ids {ids})").format(
                count=len(missing), ids=_ids(missing)))
    if stale:
        report.problems.append(
            translate("services.library_check", "search index: {count} entry(ies) for missing or trashed articles "
                                                "(ids {ids})").format(count=len(stale), ids=_ids(stale)))
    report.search_index_damaged = bool(missing or stale)


def _check_media(library: Library, conn: sqlite3.Connection, report: CheckReport, *, deep: bool, sample: int,
                 cancelled: Callable[[], bool]) -> None:
    rows = conn.execute(
        "SELECT id, sha256, size_bytes FROM media_items WHERE sha256 IS NOT NULL ORDER BY id").fetchall()
    report.media_files = len(rows)
    present: list[tuple[int, str]] = []
    missing: list[int] = []
    wrong_size: list[int] = []
    for media_id, sha, size in rows:
        path = library.layout.media_path(sha)
        try:
            actual = path.stat().st_size
        except OSError:
            missing.append(media_id)
            continue
        if size and actual != size:
            wrong_size.append(media_id)
        else:
            present.append((media_id, sha))
    if missing:
        report.problems.append(
            translate("services.library_check", "media: {count} file(s) missing from the media store (media ids "
                                                "{ids})").format(count=len(missing), ids=_ids(missing)))
    if wrong_size:
        report.problems.append(
            translate("services.library_check", "media: {count} file(s) with the wrong size (media ids {ids})").format(
                count=len(wrong_size), ids=_ids(wrong_size)))
    to_hash = present if deep or sample >= len(present) else random.sample(present, sample)
    corrupt: list[int] = []
    for media_id, sha in to_hash:
        if cancelled():
            report.cancelled = True
            break
        try:
            with open(library.layout.media_path(sha), "rb") as handle:
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
        except OSError:
            missing.append(media_id)
            continue
        report.media_checked += 1
        if digest != sha:
            corrupt.append(media_id)
    if corrupt:
        report.problems.append(
            translate("services.library_check", "media: {count} file(s) whose content no longer matches its SHA-256 "
                                                "(media ids {ids})").format(count=len(corrupt), ids=_ids(sorted(corrupt))))
