"""The SQLAlchemy engine for a library file, with the pragmas every connection needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from nejat_desk.storage.sqlite import PRAGMAS, apply_pragmas, connect_raw

__all__ = ["PRAGMAS", "apply_pragmas", "connect_raw", "make_engine"]


def make_engine(db_path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{db_path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        apply_pragmas(dbapi_connection)

    return engine
