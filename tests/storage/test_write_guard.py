"""The write guard sees every data-changing statement, through a session or a writable raw
connection, and no read."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from nejat_desk.storage.models import LibrarySetting
from nejat_desk.storage.write_guard import is_write


class Refused(Exception):
    pass


def test_statements_that_write() -> None:
    for statement in ("INSERT INTO t VALUES (1)", "  update t set a = 1", "DELETE FROM t", "REPLACE INTO t VALUES (1)"):
        assert is_write(statement), statement
    for statement in ("SELECT 1", "PRAGMA foreign_keys", "BEGIN", "SAVEPOINT sa_1", "WITH x AS (SELECT 1) SELECT *"):
        assert not is_write(statement), statement


def test_a_refusing_guard_stops_a_write_and_nothing_is_stored(library) -> None:
    seen: list[str] = []

    def guard(statement: str) -> None:
        seen.append(statement)
        raise Refused(statement)

    library.write_guard = guard
    with library.session() as session:  # reads go through
        assert session.scalars(select(LibrarySetting)).all() is not None
    assert seen == []
    with pytest.raises(Refused), library.session() as session:
        session.add(LibrarySetting(key="k", value="v"))
    assert seen and seen[0].startswith("INSERT INTO library_settings")
    with pytest.raises(Refused):
        library.raw(readonly=False)
    library.raw(readonly=True).close()  # a read-only connection is no write
    library.write_guard = None
    with library.session() as session:
        assert session.get(LibrarySetting, "k") is None  # the refused write left nothing
        session.add(LibrarySetting(key="k", value="v"))
    with library.session() as session:
        assert session.get(LibrarySetting, "k").value == "v"
