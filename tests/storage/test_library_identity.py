"""The desk marks its databases (PRAGMA application_id) and `restore` refuses any file that is not
a desk library database, leaving the library as it was."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from nejat_desk.core.errors import LibraryError
from nejat_desk.storage.identity import APPLICATION_ID
from nejat_desk.storage.library import Library


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "nejat_desk", *args], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120)


def header_id(db: Path) -> int:
    return int.from_bytes(db.read_bytes()[68:72], "big")


def titles(library_dir: Path) -> list[str]:
    conn = sqlite3.connect(library_dir / "library.sqlite3")
    try:
        return [r[0] for r in conn.execute("SELECT title FROM articles ORDER BY title")]
    finally:
        conn.close()


def add_article(library: Library, title: str) -> None:
    from nejat_desk.storage.models import Article

    with library.session() as session:
        session.add(Article(edition_code="en", title=title, slug=title.lower(), body_md="Body."))


def unmark(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA application_id = 0")
    conn.commit()
    conn.close()


def test_a_new_library_and_its_backups_carry_the_mark(library):
    assert header_id(library.db_path) == APPLICATION_ID
    assert header_id(library.backup("manual")) == APPLICATION_ID


def test_an_older_library_is_marked_on_its_first_writable_open(library_dir):
    Library.open(library_dir, create=True).close()
    unmark(library_dir / "library.sqlite3")  # as every library made before the mark
    assert header_id(library_dir / "library.sqlite3") == 0
    Library.open(library_dir).close()
    assert header_id(library_dir / "library.sqlite3") == APPLICATION_ID


def _other_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes(text) VALUES ('shopping list')")
    conn.commit()
    conn.close()


def _other_alembic_app(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version(version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    conn.execute("INSERT INTO alembic_version VALUES ('ae1027a6acf')")
    conn.execute("CREATE TABLE users(id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()


def _marked_by_another_app(path: Path) -> None:
    _other_sqlite(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1598903374")  # Fossil's
    conn.commit()
    conn.close()


def _empty_database(path: Path) -> None:
    sqlite3.connect(path).close()  # SQLite writes nothing: a zero-byte file


def _sqlite_without_tables(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 3")  # a header, no tables
    conn.close()


def _garbage(path: Path) -> None:
    path.write_bytes(b"This is not a database at all.\n" * 300)


@pytest.mark.parametrize("make", [_other_sqlite, _other_alembic_app, _marked_by_another_app, _empty_database,
                                  _sqlite_without_tables, _garbage])
def test_restore_refuses_a_file_that_is_not_a_desk_library(library, library_dir, tmp_path, make):
    add_article(library, "Alpha")
    library.close()
    before = (library_dir / "library.sqlite3").read_bytes()
    offered = tmp_path / "offered.sqlite3"
    make(offered)
    offered_bytes = offered.read_bytes()
    result = cli("restore", str(offered), "--yes", "--library", str(library_dir))
    assert result.returncode == 1, result.stderr
    assert "offered.sqlite3 is not a Nejat Desk library database" in result.stderr
    assert "the library was not changed" in result.stderr and "Traceback" not in result.stderr
    assert (library_dir / "library.sqlite3").read_bytes() == before
    assert not [p for p in (library_dir / "backups").iterdir() if p.name.startswith("pre-restore-")]
    assert offered.read_bytes() == offered_bytes  # the offered file is only read
    assert titles(library_dir) == ["Alpha"]
    # The same rule holds for the library object the window uses.
    reopened = Library.open(library_dir)
    try:
        with pytest.raises(LibraryError, match="not a Nejat Desk library database"):
            reopened.restore(offered)
    finally:
        reopened.close()
    assert titles(library_dir) == ["Alpha"]


def test_restore_still_takes_a_backup_made_before_the_mark_and_marks_it(library, library_dir):
    add_article(library, "Alpha")
    old = library.backup("manual", "old")
    add_article(library, "Beta")
    library.close()
    unmark(old)
    result = cli("restore", old.name, "--yes", "--library", str(library_dir))
    assert result.returncode == 0, result.stderr
    assert titles(library_dir) == ["Alpha"]
    assert header_id(library_dir / "library.sqlite3") == APPLICATION_ID


def test_a_backup_from_a_newer_desk_is_refused_before_anything_changes(library, library_dir):
    newer = library.backup("manual", "newer")
    library.close()
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    conn.commit()
    conn.close()
    before = (library_dir / "library.sqlite3").read_bytes()
    result = cli("restore", newer.name, "--yes", "--library", str(library_dir))
    assert result.returncode == 1 and "newer Nejat Desk" in result.stderr
    assert (library_dir / "library.sqlite3").read_bytes() == before


def test_opening_a_database_another_application_marked_is_refused_unchanged(library_dir):
    library_dir.mkdir()
    db = library_dir / "library.sqlite3"
    _marked_by_another_app(db)
    before = db.read_bytes()
    with pytest.raises(LibraryError, match="not a Nejat Desk library"):
        Library.open(library_dir)
    assert db.read_bytes() == before
