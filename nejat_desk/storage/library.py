"""A library is a folder: the SQLite database, the content-addressed media store, a cache
of derived files and rotating backups. `Library.open` takes the lock, checks the schema
with plain sqlite3, backs up and migrates only when needed, and hands out sessions.

SQLAlchemy's ORM is imported on the first `session()` call, not at open: the window's
first paint reads through `raw()` and never waits for it.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from nejat_desk.core.errors import LibraryDamagedError, LibraryError, NejatError
from nejat_desk.core.i18n import translate
from nejat_desk.storage import backup as backups
from nejat_desk.storage import identity
from nejat_desk.storage.cloudsync import cloud_sync_tool
from nejat_desk.storage.layout import LibraryLayout
from nejat_desk.storage.lock import LibraryLock
from nejat_desk.storage.migrate import current_revision, needs_migration
from nejat_desk.storage.sqlite import connect, is_damage, sqlite_error

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)


def damaged_error(layout: LibraryLayout, exc: BaseException) -> LibraryDamagedError:
    """The damaged-library error, with the way out: `check`, and the latest good backup if any."""
    good = backups.latest_good_backup(layout.backup_dir)
    offer = (translate("storage.library", "The latest good backup is {name} ({time} UTC): restore it with "
                                          "'nejat-desk restore --latest-good' or from the window.").format(
                 name=good.path.name, time=f"{good.taken_at:%Y-%m-%d %H:%M}")
             if good else translate("storage.library", "No good backup was found."))
    detail = sqlite_error(exc) or exc  # SQLite's words, not SQLAlchemy's statement dump
    err = LibraryDamagedError(translate("storage.library", "The library database {path} is damaged ({detail}). "
                                                           "Run 'nejat-desk check' to see what is wrong. {offer}").format(
        path=layout.db_path, detail=detail, offer=offer))
    err.latest_good_backup = good.path if good else None  # type: ignore[attr-defined]
    return err


def restore_refusal(backup_path: Path) -> str | None:
    """Why `backup_path` may not replace a library's database, or None. Reads it, changes nothing."""
    problem = identity.database_problem(backup_path)
    if problem:
        return translate("storage.library", "{name} is not a Nejat Desk library database ({problem}); the library "
                                            "was not changed.").format(name=backup_path.name, problem=problem)
    problem = backups.verify_backup(backup_path)
    if problem:
        return translate("storage.library", "The backup {name} is itself damaged ({problem}); choose another.").format(
            name=backup_path.name, problem=problem)
    return None


class Library:
    def __init__(self, layout: LibraryLayout, lock: LibraryLock) -> None:
        self.layout = layout
        self._lock = lock
        self._engine: Engine | None = None
        self._sessionmaker: sessionmaker[Session] | None = None
        self._engine_guard = threading.Lock()
        self.migrated_from: str | None = None
        self.cloud_sync_warning: str | None = None

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def open(cls, root: Path, *, create: bool = False, break_lock: bool = False,
             seed_editions: bool = True) -> Library:
        """Open (or with create=True, create) the library in `root`.

        Raises LibraryLockedError, LibraryTooNewError, LibraryDamagedError or LibraryError.
        """
        layout = LibraryLayout(Path(root))
        if not layout.db_path.exists() and not create:
            raise LibraryError(translate("storage.library", "There is no library in {root} (run 'nejat-desk init' to "
                                                            "create one).").format(root=layout.root))
        try:
            layout.root.mkdir(parents=True, exist_ok=True)
            layout.media_dir.mkdir(exist_ok=True)
            layout.backup_dir.mkdir(exist_ok=True)
            layout.cache_dir.mkdir(exist_ok=True)
        except OSError as exc:
            raise LibraryError(translate("storage.library", "Cannot create the library folder {root}: {reason}").format(
                root=layout.root, reason=exc.strerror)) from None
        lock = LibraryLock(layout.lock_path)
        lock.acquire(break_foreign=break_lock)
        library = cls(layout, lock)
        try:
            tool = cloud_sync_tool(layout.root)
            if tool:
                library.cloud_sync_warning = translate(
                    "storage.library", "The library is in a folder synced by {tool}. Sync tools copy a live database "
                                       "and its side files separately, which can damage it: keep the library outside "
                                       "the synced folder and use backups or exports to share.").format(tool=tool)
                log.warning("library inside a %s folder", tool)
            library._prepare_schema(seed_editions=seed_editions)
        except BaseException:
            lock.release()
            raise
        return library

    def _prepare_schema(self, *, seed_editions: bool) -> None:
        db = self.layout.db_path
        is_new = not db.exists() or db.stat().st_size == 0
        try:
            conn = connect(db, pragmas=False)
            try:
                revision = current_revision(conn)
                # An existing file must be a desk library (marked, or at one of its schemas) before
                # anything is written to it. An empty one, created but never migrated, becomes one below.
                has_tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
                problem = identity.foreign_problem(conn) if not is_new and (has_tables or identity.application_id(conn)) else None
                if problem:
                    raise LibraryError(translate("storage.library", "{path} is a SQLite database but not a Nejat "
                                                                    "Desk library ({problem}).").format(
                        path=db, problem=problem))
                conn.execute("PRAGMA journal_mode=WAL")
                if not needs_migration(revision):
                    identity.mark(conn)  # an older library gets the mark on its first writable open
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            if is_damage(exc):
                raise damaged_error(self.layout, exc) from None
            raise LibraryError(translate("storage.library", "Cannot open the library database {path}: {error}").format(
                path=db, error=exc)) from None
        if not needs_migration(revision):
            return
        self._migrate(revision, seed_editions=seed_editions)

    def _migrate(self, revision: str | None, *, seed_editions: bool) -> None:
        from nejat_desk.storage import migrate

        db = self.layout.db_path
        if revision is not None:
            backups.take_backup(db, self.layout.backup_dir, "pre-migration", label=f"from-{revision}")
        self.migrated_from = revision
        log.info("migrating library schema from %s", revision or "empty")
        migrate.upgrade(db)
        conn = connect(db)
        try:
            identity.mark(conn)
        finally:
            conn.close()
        if revision is None and seed_editions:
            self._seed_editions()

    def _seed_editions(self) -> None:
        from nejat_desk.core.domain import EDITIONS
        from nejat_desk.storage.models import Edition

        with self.session() as session:
            for position, e in enumerate(EDITIONS):
                session.add(Edition(code=e.code, name=e.name, native_name=e.native_name, language=e.language,
                                    direction=e.direction.value, time_zone=e.time_zone, calendar=e.calendar,
                                    site_url=e.site_url, permalink_pattern=e.permalink_pattern,
                                    hashtags=list(e.hashtags), social_handles=dict(e.social_handles),
                                    position=position))

    # --- access ------------------------------------------------------------------------

    @property
    def root(self) -> Path:
        return self.layout.root

    @property
    def db_path(self) -> Path:
        return self.layout.db_path

    @property
    def engine(self) -> Engine:
        with self._engine_guard:
            if self._engine is None:
                from nejat_desk.storage.db import make_engine

                self._engine = make_engine(self.layout.db_path)
            return self._engine

    def sessionmaker(self) -> sessionmaker[Session]:
        if self._sessionmaker is None:
            from sqlalchemy.orm import sessionmaker

            self._sessionmaker = sessionmaker(self.engine, expire_on_commit=False)
        return self._sessionmaker

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any exception."""
        session = self.sessionmaker()()
        try:
            yield session
            session.commit()
        except BaseException as exc:
            try:
                session.rollback()
            except Exception:  # a damaged file may fail the rollback too; the original error matters
                log.debug("rollback failed", exc_info=True)
            if not isinstance(exc, NejatError) and is_damage(exc):
                raise damaged_error(self.layout, exc) from exc
            raise
        finally:
            session.close()

    def raw(self, *, readonly: bool = True) -> sqlite3.Connection:
        """A plain sqlite3 connection for read models and quick queries (caller closes it)."""
        from nejat_desk.storage.sqlite import connect_raw

        return connect_raw(self.layout.db_path, readonly=readonly)

    # --- integrity and backups -------------------------------------------------------------

    def integrity_problems(self, *, quick: bool = False) -> list[str]:
        """Empty when the database is sound; SQLite's own words otherwise."""
        try:
            conn = self.raw(readonly=True)
            try:
                pragma = "quick_check" if quick else "integrity_check"
                rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall() if r[0] != "ok"]
                rows += [translate("storage.library", "foreign key: {table} row {row} points to a missing {parent}").format(
                             table=r[0], row=r[1], parent=r[2])
                         for r in conn.execute("PRAGMA foreign_key_check").fetchall()]
                if not quick:
                    # On this read-only connection FTS5 refuses the check; services.library_check runs it.
                    with contextlib.suppress(sqlite3.OperationalError):
                        conn.execute("INSERT INTO article_fts(article_fts, rank) VALUES('integrity-check', 1)")
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            return [str(exc)]
        return rows

    def backup(self, kind: str = "manual", label: str = "") -> Path:
        return backups.take_backup(self.db_path, self.layout.backup_dir, kind, label)

    def periodic_backup(self, now: datetime | None = None) -> list[Path]:
        return backups.periodic_backup(self.db_path, self.layout.backup_dir, now or datetime.now(UTC))

    def list_backups(self) -> list[backups.BackupInfo]:
        return backups.list_backups(self.layout.backup_dir)

    def restore(self, backup_path: Path) -> Path:
        """Replace the live database with a backup (after backing the live one up, if readable).

        Returns the pre-restore copy, or the damaged file's new name when it could not be read.
        """
        refusal = restore_refusal(backup_path)
        if refusal:
            raise LibraryError(refusal)
        self.dispose()
        db = self.layout.db_path
        try:
            kept = backups.take_backup(db, self.layout.backup_dir, "pre-restore")
        except sqlite3.DatabaseError:
            # The live file is unreadable: set it aside instead of copying it.
            kept = db.with_name(f"{db.name}.damaged-{datetime.now(UTC):%Y%m%dT%H%M%S}")
            db.replace(kept)
            for side in ("-wal", "-shm"):
                db.with_name(db.name + side).unlink(missing_ok=True)
        src = connect(backup_path, read_only=True, pragmas=False)
        dst = connect(db, pragmas=False)
        try:
            src.backup(dst)
        finally:
            dst.close()
            src.close()
        conn = connect(db, pragmas=False)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            revision = current_revision(conn)
        finally:
            conn.close()
        if needs_migration(revision):
            from nejat_desk.storage import migrate

            migrate.upgrade(db)
        conn = connect(db)
        try:
            identity.mark(conn)  # a backup taken before the desk marked its databases
        finally:
            conn.close()
        return kept

    # --- closing --------------------------------------------------------------------------

    def dispose(self) -> None:
        with self._engine_guard:
            if self._engine is not None:
                self._engine.dispose()
                self._engine = None
                self._sessionmaker = None

    def close(self) -> None:
        self.dispose()
        self._lock.release()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
