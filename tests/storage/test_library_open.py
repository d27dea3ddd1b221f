from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from nejat_desk.core.errors import LibraryError, LibraryLockedError, LibraryTooNewError
from nejat_desk.storage.library import Library
from nejat_desk.storage.schema_version import HEAD_REVISION


def test_new_library_has_editions_wal_and_foreign_keys(library):
    conn = library.raw(readonly=True)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        codes = [r[0] for r in conn.execute("SELECT code FROM editions ORDER BY position")]
        assert codes == ["en", "ar", "fa", "sq"]
        dirs = dict(conn.execute("SELECT code, direction FROM editions"))
        assert dirs["fa"] == "rtl" and dirs["ar"] == "rtl" and dirs["en"] == "ltr"
    finally:
        conn.close()
    with library.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert library.integrity_problems() == []


def test_schema_head_constant_matches_alembic():
    from alembic.script import ScriptDirectory

    from nejat_desk.storage.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config(Path("unused.sqlite3")))
    assert script.get_heads() == [HEAD_REVISION]


def test_opening_missing_library_without_create_fails(tmp_path):
    with pytest.raises(LibraryError, match="no library"):
        Library.open(tmp_path / "nothing")


def test_second_open_is_refused_with_owner(library, library_dir):
    with pytest.raises(LibraryLockedError) as info:
        Library.open(library_dir)
    assert "process" in str(info.value) and info.value.same_host


def test_newer_library_is_refused_unchanged(library_dir):
    Library.open(library_dir, create=True).close()
    conn = sqlite3.connect(library_dir / "library.sqlite3")
    conn.execute("UPDATE alembic_version SET version_num='9999'")
    conn.commit()
    conn.close()
    before = (library_dir / "library.sqlite3").read_bytes()
    with pytest.raises(LibraryTooNewError, match="newer"):
        Library.open(library_dir)
    assert (library_dir / "library.sqlite3").read_bytes() == before
    assert not (library_dir / "library.lock").exists()
