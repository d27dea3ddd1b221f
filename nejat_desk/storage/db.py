"""The SQLAlchemy engine for a library file, with the pragmas every connection needs."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import URL, Engine, create_engine

from nejat_desk.storage.sqlite import PRAGMAS, apply_pragmas, connect, connect_raw

__all__ = ["PRAGMAS", "apply_pragmas", "connect_raw", "make_engine"]


def make_engine(db_path: Path, *, read_only: bool = False, immutable: bool = False) -> Engine:
    """Connections come from `storage.sqlite.connect`, which quotes the path; the URL (built as an
    object, never parsed from text) only tells SQLAlchemy that this is a file, for its pool."""
    return create_engine(URL.create("sqlite", database=str(db_path)),
                         creator=lambda: connect(db_path, read_only=read_only, immutable=immutable))
