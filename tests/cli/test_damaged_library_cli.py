"""Damage in the middle of a real library file: every command that meets it says the library is
damaged and how out (`check`, `restore --latest-good`), exits 3, and never says "unexpected error"."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from nejat_desk.storage.library import Library

PAGE = 4096


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "nejat_desk", *args], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120)


@pytest.fixture(scope="module")
def damaged_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed library of 120 articles with one good backup, made once."""
    from nejat_desk.services import search_index
    from nejat_desk.storage.models import Article

    library_dir = tmp_path_factory.mktemp("master") / "library"
    library = Library.open(library_dir, create=True)
    with library.session() as session:
        for i in range(120):
            body = f"Article number {i} about the harbour of Durrës. " * 30
            article = Article(edition_code="en", title=f"Harbour report {i}", slug=f"harbour-{i}", body_md=body)
            session.add(article)
            session.flush()
            search_index.index_article(session, article.id, article.title, body, "", "")
    library.backup("manual", "good")
    library.close()
    return library_dir


@pytest.fixture
def damaged_ready(damaged_master: Path, library_dir: Path) -> Path:
    """A copy of the master library, for each test to damage."""
    shutil.copytree(damaged_master, library_dir)
    return library_dir


def spoil_pages_holding(db: Path, marker: bytes) -> list[int]:
    """Overwrite with garbage every page (never the first) that holds `marker`; their numbers."""
    data = bytearray(db.read_bytes())
    pages = sorted({offset // PAGE for offset in _find_all(data, marker)} - {0})
    for page in pages:
        data[page * PAGE:(page + 1) * PAGE] = (b"\xde\xad\xbe\xef" * PAGE)[:PAGE]
    db.write_bytes(bytes(data))
    return pages


def _find_all(data: bytearray, marker: bytes) -> list[int]:
    found, start = [], data.find(marker)
    while start != -1:
        found.append(start)
        start = data.find(marker, start + 1)
    return found


def spoil_text(db: Path) -> None:
    """Bytes that are not UTF-8 where the desk keeps text (SQLite's own checks find nothing)."""
    conn = sqlite3.connect(db)
    conn.execute("UPDATE articles SET title = CAST(X'48FFFE41' AS TEXT) WHERE slug = 'harbour-60'")
    conn.commit()
    conn.close()


COMMANDS = [("list",), ("list", "--json"), ("search", "60"), ("export", "markdown", "--out", "{out}"),
            ("export", "wxr", "--out", "{out}/site.xml"), ("export", "html", "--out", "{out}")]


@pytest.mark.parametrize("damage", ["pages", "text"])
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_a_command_meeting_damage_names_it_and_the_way_out(damaged_ready, tmp_path, damage, command):
    db = damaged_ready / "library.sqlite3"
    if damage == "pages":
        assert len(spoil_pages_holding(db, b"Harbour report 6")) >= 1
    else:
        spoil_text(db)
    out = tmp_path / "out"
    result = cli(*(arg.format(out=out) for arg in command), "--library", str(damaged_ready))
    assert result.returncode == 3, (result.stdout[-500:], result.stderr)
    assert "unexpected error" not in result.stderr and "Traceback" not in result.stderr
    assert f"The library database {db} is damaged" in result.stderr
    assert "nejat-desk check" in result.stderr
    assert "restore --latest-good" in result.stderr and "-good.sqlite3" in result.stderr


def test_the_way_out_works_after_text_damage(damaged_ready):
    spoil_text(damaged_ready / "library.sqlite3")
    assert cli("restore", "--latest-good", "--yes", "--library", str(damaged_ready)).returncode == 0
    listed = cli("list", "--library", str(damaged_ready))
    assert listed.returncode == 0 and "Harbour report 60" in listed.stdout


def test_an_import_into_a_damaged_library_names_the_damage_and_exits_3(damaged_ready, tmp_path):
    spoil_text(damaged_ready / "library.sqlite3")
    article = tmp_path / "fresh.md"
    article.write_text("---\ntitle: Fresh\nedition: en\nslug: fresh\n---\nBody.\n", encoding="utf-8")
    result = cli("import", str(article), "--library", str(damaged_ready))
    assert result.returncode == 3, result.stdout
    last = result.stderr.strip().splitlines()[-1]
    assert "is damaged" in last and "restore --latest-good" in last


def test_a_batch_that_goes_on_past_damage_still_ends_by_naming_it(damaged_ready):
    import argparse

    from sqlalchemy import text

    from nejat_desk.cli.common import open_library
    from nejat_desk.core.errors import LibraryDamagedError, NejatError

    spoil_text(damaged_ready / "library.sqlite3")
    lines: list[str] = []
    with (pytest.raises(LibraryDamagedError, match="restore --latest-good"),
          open_library(argparse.Namespace(library=str(damaged_ready))) as library):
        for _file in range(2):  # as an import does: one report line per file, then the next
            try:
                with library.session() as session:
                    session.execute(text("SELECT title FROM articles")).all()
            except NejatError as exc:
                lines.append(str(exc))
    assert len(lines) == 2 and all("is damaged" in line for line in lines)
