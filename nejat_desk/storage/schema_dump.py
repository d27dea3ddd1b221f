"""New libraries from a schema dump: the SQL the migrations build, shipped as storage/schema.sql.

Creating a library by running the Alembic migrations imports Alembic and SQLAlchemy (1.4–2.8 s
on a busy two-core machine) before the first window can paint; replaying their result with
plain sqlite3 takes a few milliseconds. The dump carries the `alembic_version` row, so a later
migration upgrades a dump-made library like any other. A test keeps the dump equal to what the
migrations build; after adding a migration, regenerate it:

    .venv/bin/python -m nejat_desk.storage.schema_dump
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

SCHEMA_FILE = Path(__file__).with_name("schema.sql")
# A comment in the SQL file for developers, not for the user's language.
HEADER = ("-- The schema the migrations build (storage/migrations), replayed by storage.schema_dump to\n"  # i18n: ok
          "-- create a new library without importing Alembic. Generated: do not edit; regenerate with\n"
          "--     python -m nejat_desk.storage.schema_dump\n")

# Dependencies first: a table before its indexes and the virtual tables its triggers feed.
_ORDER = {"table": 0, "index": 1, "view": 2, "trigger": 3}


def dump(conn: sqlite3.Connection) -> str:
    """The statements that rebuild `conn`'s schema and its schema revision, one per line group."""
    shadow = {name for (name,) in conn.execute("SELECT name FROM pragma_table_list WHERE type = 'shadow'")}
    rows = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid").fetchall()
    statements = [sql for kind, name, sql in sorted(rows, key=lambda row: _ORDER[row[0]])
                  if not name.startswith("sqlite_") and name not in shadow]
    for (revision,) in conn.execute("SELECT version_num FROM alembic_version"):
        statements.append(f"INSERT INTO alembic_version (version_num) VALUES ('{revision}')")
    analysed = conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone()[0]
    if analysed:  # a migration ran ANALYZE: the planner's statistics table exists in every library
        statements += [f"ANALYZE {table}" for (table,) in conn.execute("SELECT DISTINCT tbl FROM sqlite_stat1")]
        if not conn.execute("SELECT count(*) FROM sqlite_stat1").fetchone()[0]:
            statements.append("ANALYZE sqlite_master")  # i18n: ok (SQL)
    return HEADER + "".join(f"{statement};\n" for statement in statements)


def create(conn: sqlite3.Connection, seed: Callable[[sqlite3.Connection], None] | None = None) -> None:
    """Build the shipped schema in the empty database `conn`, then `seed` it, in one transaction:
    all of it or (on an error) none."""
    script = SCHEMA_FILE.read_text(encoding="utf-8")
    try:
        conn.executescript("BEGIN;\n" + script)
        if seed is not None:
            seed(conn)
        conn.commit()
    except BaseException:
        if conn.in_transaction:
            conn.rollback()
        raise


def migrated_dump() -> str:
    """The dump of a fresh database brought to head by the migrations (imports Alembic)."""
    from nejat_desk.storage import migrate

    with tempfile.TemporaryDirectory(prefix="nejat-schema-") as folder:
        db = Path(folder) / "library.sqlite3"
        migrate.upgrade(db)
        conn = sqlite3.connect(db)
        try:
            return dump(conn)
        finally:
            conn.close()


def main() -> int:
    SCHEMA_FILE.write_text(migrated_dump(), encoding="utf-8")
    print(f"wrote {SCHEMA_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
