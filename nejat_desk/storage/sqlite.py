"""Plain sqlite3 connections with the library's pragmas: the start-up path and the read
models use these, so they never import SQLAlchemy."""

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


def apply_pragmas(connection: sqlite3.Connection) -> None:
    cursor = connection.cursor()
    for pragma in PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def connect_raw(db_path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout=5000")
        return conn
    conn = sqlite3.connect(db_path, check_same_thread=False)
    apply_pragmas(conn)
    return conn
