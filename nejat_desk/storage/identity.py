"""What makes a SQLite file a Nejat Desk library: the application id in its header, and the
schema revision Alembic records in it.

The desk writes APPLICATION_ID into every library it creates, and into an older library the
first time it opens it writable (libraries made before the mark have 0 there, SQLite's
default). A file offered for restore must carry the mark, or be an unmarked file at a schema
revision this app knows; anything else is refused before the library is touched.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from nejat_desk.core.i18n import translate
from nejat_desk.storage.migrate import current_revision
from nejat_desk.storage.schema_version import KNOWN_REVISIONS
from nejat_desk.storage.sqlite import connect

# "NjDk" in ASCII: a fixed 32-bit value, chosen once; never change it (see docs/decisions.md).
APPLICATION_ID = 0x4E6A446B
SQLITE_NOTADB = 26


def application_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA application_id").fetchone()[0])


def mark(conn: sqlite3.Connection) -> None:
    """Write the desk's id into the header (a no-op when it is there already)."""
    if application_id(conn) != APPLICATION_ID:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.commit()


def foreign_problem(conn: sqlite3.Connection) -> str | None:
    """Why an opened SQLite file with content is not a desk library, or None when it is one."""
    found = application_id(conn)
    if found not in (0, APPLICATION_ID):
        return translate("storage.identity", "it belongs to another application (application id {id:#010x})").format(
            id=found)
    revision = current_revision(conn)
    if revision is None:
        return translate("storage.identity", "it has no Nejat Desk schema")
    if found == 0 and revision not in KNOWN_REVISIONS:
        return translate("storage.identity", "its schema {revision} is not a Nejat Desk schema").format(
            revision=revision)
    return None


def database_problem(path: Path) -> str | None:
    """Why the file at `path` is not a desk library database, or None when it is one.

    Read-only: the file is never changed, whatever it holds.
    """
    try:
        if path.stat().st_size == 0:
            return translate("storage.identity", "the file is empty")
    except OSError as exc:
        return exc.strerror or str(exc)
    try:
        conn = connect(path, read_only=True, pragmas=False)
        try:
            problem = foreign_problem(conn)
            revision = current_revision(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        if (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == SQLITE_NOTADB:
            return translate("storage.identity", "it is not a SQLite database ({error})").format(error=exc)
        return None  # a damaged page: the integrity check names it
    if problem is None and revision not in KNOWN_REVISIONS:
        return translate("storage.identity", "it was made by a newer Nejat Desk (schema {revision})").format(
            revision=revision)
    return problem
