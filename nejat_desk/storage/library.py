"""A library is a folder: the SQLite database, the content-addressed media store, a cache
of derived files and rotating backups. `Library.open` takes the lock, checks that the file is
a desk library and its schema with plain sqlite3, backs up and migrates only when needed, and
hands out sessions. A library that cannot be written opens read-only instead (storage.access).
Database errors become the user's words here: a damaged library with the way out, or a change
refused because the library is read-only (`library_failure`).

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
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from nejat_desk.core.errors import LibraryDamagedError, LibraryError, LibraryReadOnlyError, NejatError
from nejat_desk.core.i18n import translate
from nejat_desk.storage import backup as backups
from nejat_desk.storage import identity, write_guard
from nejat_desk.storage.access import (
    ReadOnly,
    forced_read_only,
    is_read_only_error,
    read_only_cache_dir,
    read_only_reason,
)
from nejat_desk.storage.cloudsync import cloud_sync_tool
from nejat_desk.storage.layout import LibraryLayout
from nejat_desk.storage.lock import LibraryLock
from nejat_desk.storage.migrate import current_revision, needs_migration
from nejat_desk.storage.sqlite import connect, is_damage, is_read_only_refusal, sqlite_error
from nejat_desk.storage.write_guard import WriteGuard

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
        path=layout.db_path, detail=detail, offer=offer), good.path if good else None)
    return err


def read_only_error(layout: LibraryLayout, denied: ReadOnly) -> LibraryReadOnlyError:
    return LibraryReadOnlyError(translate(
        "storage.library", "The library {root} is read-only ({reason}), so nothing can be changed in it. To edit "
                           "it, copy the library to a folder you can write to and open the copy.").format(
        root=layout.root, reason=denied.reason))


def library_failure(layout: LibraryLayout, exc: BaseException,
                    denied: ReadOnly | None = None) -> LibraryError | None:
    """The user's words for an error that escaped a command or the window, when it is the library's:
    a damaged database (with the way out), or a change refused because the library is read-only
    (`denied` when known). None for anything else (a bug, or a file outside the library)."""
    if isinstance(exc, LibraryError):
        return exc
    if is_damage(exc):
        return damaged_error(layout, exc)
    blocked = is_read_only_refusal(exc) or (
        is_read_only_error(exc) and Path(getattr(exc, "filename", None) or "/").is_relative_to(layout.root))
    if not blocked:
        return None
    if denied is None:
        try:
            denied = read_only_reason(layout) if layout.db_path.exists() else None
        except OSError:
            return None
    return read_only_error(layout, denied) if denied else None


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


def insert_editions(conn: sqlite3.Connection) -> None:
    """A new library's editions (core.domain.EDITIONS), written as the ORM would write them."""
    import json

    from nejat_desk.core.domain import EDITIONS

    conn.executemany(
        "INSERT INTO editions (code, name, native_name, language, direction, time_zone, calendar, site_url, "
        "permalink_pattern, hashtags, social_handles, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(e.code, e.name, e.native_name, e.language, e.direction.value, e.time_zone, e.calendar, e.site_url,
          e.permalink_pattern, json.dumps(list(e.hashtags)), json.dumps(dict(e.social_handles)), position)
         for position, e in enumerate(EDITIONS)])


class Library:
    def __init__(self, layout: LibraryLayout, lock: LibraryLock) -> None:
        self.layout = layout
        self._lock = lock
        self._engine: Engine | None = None
        self._sessionmaker: sessionmaker[Session] | None = None
        self._engine_guard = threading.Lock()
        self.migrated_from: str | None = None
        self.cloud_sync_warning: str | None = None
        self.read_only: ReadOnly | None = None  # set when the library opened read-only, with the reason
        self._immutable = False  # read-only medium: SQLite may not make its -shm file either
        self.damage_found: LibraryDamagedError | None = None  # the last damage a session or query met
        # Checked before every write (storage/write_guard.py): the window's checks its writer thread.
        self.write_guard: WriteGuard | None = None

    # --- opening ------------------------------------------------------------------------

    @classmethod
    def open(cls, root: Path, *, create: bool = False, break_lock: bool = False,
             seed_editions: bool = True, read_only: bool = False) -> Library:
        """Open (or with create=True, create) the library in `root`.

        A library that cannot be written, or any library with read_only=True, opens read-only:
        no lock, no migration, no backup; `read_only` says why, and a change raises
        LibraryReadOnlyError. Raises LibraryLockedError, LibraryTooNewError,
        LibraryDamagedError or LibraryError.
        """
        layout = LibraryLayout(Path(root))
        if not layout.db_path.exists() and (read_only or not create):
            raise LibraryError(translate("storage.library", "There is no library in {root} (run 'nejat-desk init' to "
                                                            "create one).").format(root=layout.root))
        if layout.db_path.exists():
            try:
                denied = read_only_reason(layout) or (forced_read_only() if read_only else None)
            except OSError as exc:
                raise LibraryError(translate("storage.library", "Cannot open the library database {path}: "
                                                                "{error}").format(path=layout.db_path,
                                                                                  error=exc.strerror)) from None
            if denied is not None:
                return cls._open_read_only(layout, denied)
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

    @classmethod
    def _open_read_only(cls, layout: LibraryLayout, denied: ReadOnly) -> Library:
        wal, shm = (layout.db_path.with_name(layout.db_path.name + side) for side in ("-wal", "-shm"))
        # Immutable unless SQLite can use the -shm file to read what the -wal still holds.
        immutable = not denied.folder_writable and not (wal.exists() and wal.stat().st_size and shm.exists())
        layout = replace(layout, cache_root=read_only_cache_dir(layout))
        library = cls(layout, LibraryLock(layout.lock_path))  # never taken: it could not be written
        library.read_only, library._immutable = denied, immutable
        try:
            conn = connect(layout.db_path, read_only=True, immutable=immutable, pragmas=False)
            try:
                revision = library._desk_revision(conn)
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            raise library._open_failure(exc) from None
        if needs_migration(revision):
            raise LibraryReadOnlyError(translate(
                "storage.library", "The library {root} must be upgraded to this version of Nejat Desk, but it is "
                                   "read-only ({reason}). Copy it to a folder you can write to and open the copy.").format(
                root=layout.root, reason=denied.reason))
        log.info("library opened read-only")
        return library

    def _desk_revision(self, conn: sqlite3.Connection) -> str | None:
        """The schema revision, once the file is known to be a desk library (or empty, to become one)."""
        db = self.layout.db_path
        revision = current_revision(conn)
        if db.stat().st_size == 0:
            return revision
        has_tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type='table'").fetchone()[0]
        problem = identity.foreign_problem(conn) if has_tables or identity.application_id(conn) else None
        if problem:
            raise LibraryError(translate("storage.library", "{path} is a SQLite database but not a Nejat Desk "
                                                            "library ({problem}).").format(path=db, problem=problem))
        return revision

    def _open_failure(self, exc: sqlite3.DatabaseError) -> LibraryError:
        if is_damage(exc):
            return damaged_error(self.layout, exc)
        return LibraryError(translate("storage.library", "Cannot open the library database {path}: {error}").format(
            path=self.layout.db_path, error=exc))

    def _prepare_schema(self, *, seed_editions: bool) -> None:
        db = self.layout.db_path
        try:
            conn = connect(db, pragmas=False)
            try:
                # Nothing is written to a file before it is known to be a desk library.
                revision = self._desk_revision(conn)
                conn.execute("PRAGMA journal_mode=WAL")
                if not needs_migration(revision):
                    identity.mark(conn)  # an older library gets the mark on its first writable open
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            raise self._open_failure(exc) from None
        if not needs_migration(revision):
            return
        if revision is None:
            self._create(seed_editions=seed_editions)
        else:
            self._migrate(revision)

    def _create(self, *, seed_editions: bool) -> None:
        """A new library from the shipped schema dump with plain sqlite3: no Alembic or SQLAlchemy
        import before the first window paints (see storage.schema_dump)."""
        from nejat_desk.storage import schema_dump

        log.info("creating the library schema")
        conn = connect(self.layout.db_path)
        try:
            schema_dump.create(conn, seed=insert_editions if seed_editions else None)
            identity.mark(conn)
        except sqlite3.DatabaseError as exc:
            raise self._open_failure(exc) from None
        finally:
            conn.close()

    def _migrate(self, revision: str) -> None:
        from nejat_desk.storage import migrate

        db = self.layout.db_path
        backups.take_backup(db, self.layout.backup_dir, "pre-migration", label=f"from-{revision}")
        self.migrated_from = revision
        log.info("migrating library schema from %s", revision)
        migrate.upgrade(db)
        conn = connect(db)
        try:
            identity.mark(conn)
        finally:
            conn.close()

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

                self._engine = make_engine(self.layout.db_path, read_only=self.read_only is not None,
                                           immutable=self._immutable)
                write_guard.install(self._engine, lambda: self.write_guard)
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
                raise self._noted(damaged_error(self.layout, exc)) from exc
            if self.read_only is not None and is_read_only_refusal(exc):
                raise self.read_only_error() from exc
            raise
        finally:
            session.close()

    def raw(self, *, readonly: bool = True) -> sqlite3.Connection:
        """A plain sqlite3 connection for read models and quick queries (caller closes it)."""
        from nejat_desk.storage.sqlite import connect_raw

        if not readonly and self.write_guard is not None:
            # A writable raw connection: its statements are not seen one by one, so it counts as a write.
            self.write_guard("raw connection")  # i18n: ok
        return connect_raw(self.layout.db_path, readonly=readonly or self.read_only is not None,
                           immutable=self._immutable)

    # --- read-only libraries ---------------------------------------------------------------

    def read_only_notice(self) -> str:
        """What the window's bar says about a read-only library (empty when it can be written)."""
        if self.read_only is None:
            return ""
        return translate("storage.library", "This library is read-only ({reason}): you can browse, search and export "
                                            "it, but not change it.").format(reason=self.read_only.reason)

    def read_only_error(self) -> LibraryReadOnlyError:
        assert self.read_only is not None
        return read_only_error(self.layout, self.read_only)

    def explain(self, exc: BaseException) -> LibraryError | None:
        """A damaged or read-only library behind `exc`, in the user's words (see library_failure)."""
        return library_failure(self.layout, exc, self.read_only)

    def database_error(self, exc: BaseException) -> LibraryError:
        """The error to show for any SQLite error met while reading or writing this library."""
        return self._noted(self.explain(exc) or LibraryError(str(sqlite_error(exc) or exc)))

    def _noted(self, error: LibraryError) -> LibraryError:
        """Remember damage met while this library was open: a batch that goes on past it (one report
        line per file) still ends by naming it (see cli.common.open_library)."""
        if isinstance(error, LibraryDamagedError):
            self.damage_found = error
        return error

    def require_writable(self) -> None:
        """Raise LibraryReadOnlyError, naming the reason, before a change is started."""
        if self.read_only is not None:
            raise self.read_only_error()

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
        self.require_writable()
        return backups.take_backup(self.db_path, self.layout.backup_dir, kind, label)

    def periodic_backup(self, now: datetime | None = None) -> list[Path]:
        self.require_writable()
        return backups.periodic_backup(self.db_path, self.layout.backup_dir, now or datetime.now(UTC))

    def list_backups(self) -> list[backups.BackupInfo]:
        return backups.list_backups(self.layout.backup_dir)

    def restore(self, backup_path: Path) -> Path:
        """Replace the live database with a backup (after backing the live one up, if readable).

        Returns the pre-restore copy, or the damaged file's new name when it could not be read.
        """
        self.require_writable()
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
