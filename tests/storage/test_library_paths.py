"""Any folder name a file manager allows is a library path: `?`, `#`, `%20`, spaces, Unicode,
a leading dash. Each goes through `init`, `import`, `list` and a second open, as a new process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from nejat_desk.storage.library import Library
from nejat_desk.storage.sqlite import database_uri

NAMES = ["news?room", "a#b", "x%20y", "100%", "two  spaces ", "وكالة نجات", "-dash", "semi;colon&amp=1", "q?mode=ro"]

ARTICLE = """---
title: Harbour report
edition: en
slug: harbour-report
---
The harbour of Durrës reopened.
"""


def cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "nejat_desk", *args], capture_output=True, text=True, cwd=cwd,
                          stdin=subprocess.DEVNULL, timeout=120)


@pytest.mark.parametrize("name", NAMES)
def test_a_library_folder_with_any_name_works_through_the_cli(tmp_path: Path, name: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    (work / "harbour.md").write_text(ARTICLE, encoding="utf-8")
    option = f"--library={name}"  # relative to the working folder; '=' keeps a leading dash a value
    for args in (("init", "--no-examples"), ("import", "harbour.md")):
        done = cli(work, *args, option)
        assert done.returncode == 0, done.stderr
    for _second_open in range(2):
        listed = cli(work, "list", "--json", option)
        assert listed.returncode == 0, listed.stderr
        assert [json.loads(line)["slug"] for line in listed.stdout.splitlines()] == ["harbour-report"]
    # Everything is inside the named folder, and nothing appeared beside it.
    assert (work / name / "library.sqlite3").is_file()
    assert sorted(p.name for p in work.iterdir()) == sorted(["harbour.md", name])


@pytest.mark.parametrize("name", NAMES)
def test_the_engine_and_raw_connections_open_the_named_file(tmp_path: Path, name: str) -> None:
    root = tmp_path / name
    with Library.open(root, create=True) as library:
        with library.engine.connect() as connection:
            listed = connection.exec_driver_sql("PRAGMA database_list").fetchall()
        assert Path(listed[0][2]) == root / "library.sqlite3"
        conn = library.raw(readonly=True)
        try:
            assert Path(conn.execute("PRAGMA database_list").fetchone()[2]) == root / "library.sqlite3"
        finally:
            conn.close()
        library.backup("manual", "paths")
        assert len(library.list_backups()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_a_database_uri_quotes_what_sqlite_would_read_as_syntax(tmp_path: Path) -> None:
    uri = database_uri(tmp_path / "news?room" / "a#b" / "x%20y" / "library.sqlite3", read_only=True)
    assert uri.endswith("/news%3Froom/a%23b/x%2520y/library.sqlite3?mode=ro")
    assert uri.count("?") == 1 and "#" not in uri
