"""Schema migrations with Alembic, applied when a library is opened, after a backup."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from nejat_desk.core.errors import LibraryTooNewError
from nejat_desk.core.i18n import translate
from nejat_desk.storage.schema_version import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:  # Alembic is imported only when a migration runs
    from alembic.config import Config


def current_revision(conn: sqlite3.Connection) -> str | None:
    """The library's schema revision, read with plain sqlite3 (cheap: no Alembic import)."""
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def needs_migration(revision: str | None) -> bool:
    if revision == HEAD_REVISION:
        return False
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise LibraryTooNewError(
            translate("storage.migrate", "This library uses schema {revision}, which is newer than this version of "
                                         "Nejat Desk understands (it knows up to {head}). Update Nejat Desk to open "
                                         "it; the library has not been changed.").format(
                revision=revision, head=HEAD_REVISION))
    return True


def alembic_config(db_path: Path) -> Config:
    from alembic.config import Config

    config = Config()
    # No sqlalchemy.url: env.py works on the connection `upgrade` passes in, and a path with `%`
    # would trip the config's interpolation. `%` in the script location is doubled for the same reason.
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations").replace("%", "%%"))
    return config


def upgrade(db_path: Path, target: str = "head") -> None:
    from alembic import command

    from nejat_desk.storage.db import make_engine

    engine = make_engine(db_path)
    try:
        with engine.begin() as connection:
            config = alembic_config(db_path)
            config.attributes["connection"] = connection
            command.upgrade(config, target)
    finally:
        engine.dispose()
