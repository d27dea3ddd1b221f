"""A new library is made from the shipped schema dump (storage/schema.sql) with plain sqlite3:
the dump must stay equal to what the migrations build, and a library made from it must be the
library the migrations and the ORM would have made."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from nejat_desk.storage import migrate, schema_dump
from nejat_desk.storage.identity import APPLICATION_ID
from nejat_desk.storage.library import Library, insert_editions


def schema_of(db: Path) -> tuple[set[tuple[str, str, str, str | None]], list[tuple[str]]]:
    conn = sqlite3.connect(db)
    try:
        master = set(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master"))
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    finally:
        conn.close()
    return master, revision


def test_the_shipped_dump_is_what_the_migrations_build_today():
    assert schema_dump.migrated_dump() == schema_dump.SCHEMA_FILE.read_text(encoding="utf-8"), (
        "storage/schema.sql is out of date with the migrations: run python -m nejat_desk.storage.schema_dump")


def test_a_new_library_has_the_migrated_schema_revision_and_mark(tmp_path):
    migrated = tmp_path / "migrated.sqlite3"
    migrate.upgrade(migrated)
    library = Library.open(tmp_path / "new", create=True)
    library.close()
    new_master, new_revision = schema_of(library.db_path)
    old_master, old_revision = schema_of(migrated)
    assert new_master == old_master  # tables, FTS shadow tables, indexes, triggers, the planner's stat table
    assert new_revision == old_revision == [(migrate.HEAD_REVISION,)]
    conn = sqlite3.connect(library.db_path)
    try:
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_the_editions_written_with_sqlite3_read_back_through_the_orm(library):
    from sqlalchemy import select

    from nejat_desk.core.domain import EDITIONS
    from nejat_desk.storage.models import Edition

    with library.session() as session:
        rows = session.scalars(select(Edition).order_by(Edition.position)).all()
        found = [(r.code, r.name, r.native_name, r.language, r.direction, r.time_zone, r.calendar, r.site_url,
                  r.permalink_pattern, r.hashtags, r.social_handles) for r in rows]
    assert found == [(e.code, e.name, e.native_name, e.language, e.direction.value, e.time_zone, e.calendar,
                      e.site_url, e.permalink_pattern, list(e.hashtags), dict(e.social_handles)) for e in EDITIONS]


def test_a_failure_while_creating_leaves_no_table_behind(tmp_path):
    conn = sqlite3.connect(tmp_path / "library.sqlite3")

    def broken_seed(c: sqlite3.Connection) -> None:
        insert_editions(c)
        c.execute("INSERT INTO no_such_table VALUES (1)")

    with pytest.raises(sqlite3.OperationalError, match="no_such_table"):
        schema_dump.create(conn, seed=broken_seed)
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    conn.close()


def test_a_library_made_from_the_dump_upgrades_like_any_other(tmp_path):
    """The dump's alembic_version row is the one Alembic reads: upgrading it to head is a no-op."""
    library = Library.open(tmp_path / "new", create=True)
    library.close()
    before = schema_of(library.db_path)
    migrate.upgrade(library.db_path)
    assert schema_of(library.db_path) == before


def test_creating_a_library_imports_neither_alembic_nor_sqlalchemy(tmp_path):
    probe = ("import sys; from pathlib import Path; from nejat_desk.storage.library import Library; "
             "Library.open(Path(sys.argv[1]), create=True).close(); "
             "print(sorted(m for m in sys.modules if m.split('.')[0] in ('alembic', 'sqlalchemy', 'mako')))")
    result = subprocess.run([sys.executable, "-c", probe, str(tmp_path / "new")], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
    assert (tmp_path / "new" / "library.sqlite3").exists()
