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


# --- what an error says about the file ------------------------------------------------------------

# SQLite's primary result codes that say nothing about the file's health: permission, busy, locked,
# out of memory, read-only, interrupted, disk full, cannot open, not authorised.
_NOT_DAMAGE = {3, 5, 6, 7, 8, 9, 13, 14, 23}
SQLITE_READONLY = 8


def sqlite_error(exc: BaseException | None) -> sqlite3.DatabaseError | None:
    """The sqlite3 error behind `exc`: itself, SQLAlchemy's wrapped `.orig`, or a cause in its chain."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        orig = getattr(exc, "orig", None)
        if isinstance(orig, sqlite3.DatabaseError):
            return orig
        if isinstance(exc, sqlite3.DatabaseError):
            return exc
        exc = exc.__cause__ or exc.__context__
    return None


def is_damage(exc: BaseException) -> bool:
    """True when a database error means the library file cannot be trusted (see docs/decisions.md).

    Not for a bug in a statement (ProgrammingError), a constraint (IntegrityError), or a file that
    is busy, locked, read-only, full or out of reach. Everything else is damage: SQLITE_CORRUPT,
    SQLITE_NOTADB, a missing table, an I/O error, and text that is not UTF-8 (Python's "Could not
    decode", which carries no SQLite code).
    """
    error = sqlite_error(exc)
    if error is None or isinstance(error, sqlite3.ProgrammingError | sqlite3.IntegrityError
                                   | sqlite3.InterfaceError | sqlite3.NotSupportedError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    return code is None or code & 0xFF not in _NOT_DAMAGE


def is_read_only_refusal(exc: BaseException) -> bool:
    """True when SQLite refused a write because the file or its folder cannot be written."""
    error = sqlite_error(exc)
    code = getattr(error, "sqlite_errorcode", None)
    return code is not None and code & 0xFF == SQLITE_READONLY
