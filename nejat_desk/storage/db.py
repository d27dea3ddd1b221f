"""The SQLAlchemy engine for a library file, with the pragmas every connection needs."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

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


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        apply_pragmas(dbapi_connection)

    return engine


def connect_raw(db_path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection (the start-up path and read models use it: no SQLAlchemy import)."""
    if readonly:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
        conn.execute("PRAGMA busy_timeout=5000")
        return conn
    conn = sqlite3.connect(db_path, check_same_thread=False)
    apply_pragmas(conn)
    return conn
