"""Plain sqlite3 connections with the library's pragmas: the one place that turns a database
path into a connection. The start-up path and the read models use these directly, so they never
import SQLAlchemy; the SQLAlchemy engine gets its connections from `connect` too.

A path always travels as a properly quoted `file:` URI, never pasted into a URI or URL: a
folder named `news?room`, `a#b` or `x%20y` must name that folder, not a query or an escape.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# FULL makes a committed transaction survive power loss too, not only a crashed process;
# autosave commits about once a second, so its fsync is cheap enough.
PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",
    "PRAGMA busy_timeout=5000",
)
READ_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=5000",
)


def database_uri(db_path: Path, *, read_only: bool = False, immutable: bool = False) -> str:
    """The SQLite URI of `db_path`: every `?`, `#`, `%`, space and non-ASCII byte percent-encoded.

    `immutable` tells SQLite that nothing can change the file (a read-only medium): it then
    needs no lock and no -shm file, which it could not create there.
    """
    uri = db_path.absolute().as_uri()
    params = [p for p, on in (("mode=ro", read_only or immutable), ("immutable=1", immutable)) if on]
    return uri + ("?" + "&".join(params) if params else "")


def apply_pragmas(connection: sqlite3.Connection, pragmas: tuple[str, ...] = PRAGMAS) -> None:
    cursor = connection.cursor()
    for pragma in pragmas:
        cursor.execute(pragma)
    cursor.close()


def connect(db_path: Path, *, read_only: bool = False, immutable: bool = False,
            pragmas: bool = True) -> sqlite3.Connection:
    """A connection to the file at `db_path` (created when missing, unless read-only).

    `pragmas=False` gives SQLite's defaults: for files that are not a live library (backups,
    a file offered for restore).
    """
    conn = sqlite3.connect(database_uri(db_path, read_only=read_only, immutable=immutable), uri=True,
                           check_same_thread=False)
    if pragmas:
        apply_pragmas(conn, READ_PRAGMAS if read_only or immutable else PRAGMAS)
    return conn


def connect_raw(db_path: Path, *, readonly: bool = False, immutable: bool = False) -> sqlite3.Connection:
    return connect(db_path, read_only=readonly, immutable=immutable)
