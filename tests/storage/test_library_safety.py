"""The library under stress: a second process, crashes, foreign locks, damaged files, migrations
from the previous schema, newer libraries and cloud-synced folders. Real files, real processes."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from nejat_desk.core.errors import LibraryDamagedError, LibraryLockedError
from nejat_desk.storage import backup as backups
from nejat_desk.storage.library import Library
from nejat_desk.storage.schema_version import HEAD_REVISION

HOLDER = """
import sys
from nejat_desk.storage.library import Library
library = Library.open(sys.argv[1])
print("ready", flush=True)
sys.stdin.read()  # hold the library until the test closes our stdin (or kills us)
library.close()
"""


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "nejat_desk", *args], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120)


@pytest.fixture
def closed_library(library_dir: Path) -> Path:
    """A library with a few articles (several pages of data), closed, with one good backup."""
    from nejat_desk.services import search_index
    from nejat_desk.storage.models import Article

    library = Library.open(library_dir, create=True)
    with library.session() as session:
        for i in range(120):
            body = f"Article number {i} about the harbour of Durrës. " * 60
            article = Article(edition_code="en", title=f"Harbour report {i}", slug=f"harbour-{i}", body_md=body)
            session.add(article)
            session.flush()
            search_index.index_article(session, article.id, article.title, body, "", "")
    library.backup("manual", "good")
    library.close()
    assert not (library_dir / "library.sqlite3-wal").exists()  # checkpointed on close
    return library_dir


@pytest.fixture
def holder(library_dir: Path):
    """A second process that opened the library and waits."""
    Library.open(library_dir, create=True).close()
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(library_dir)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


# --- locks --------------------------------------------------------------------------------------

def test_a_live_second_process_is_named_and_the_cli_exits_cleanly(holder, library_dir):
    with pytest.raises(LibraryLockedError) as info:
        Library.open(library_dir)
    assert info.value.pid == holder.pid and info.value.host == socket.gethostname() and info.value.same_host
    result = cli("check", "--library", str(library_dir))
    assert result.returncode == 3
    assert f"process {holder.pid} on {socket.gethostname()}" in result.stderr
    assert "Traceback" not in result.stderr
    # --break-lock does not steal a lock that a live process on this host holds.
    assert cli("check", "--library", str(library_dir), "--break-lock").returncode == 3


def test_a_stale_lock_after_kill_9_is_recovered(holder, library_dir):
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    left = json.loads((library_dir / "library.lock").read_text())
    assert left["pid"] == holder.pid  # the crash left its lock file behind
    library = Library.open(library_dir)
    try:
        assert library._lock.recovered_stale is not None and library._lock.recovered_stale.pid == holder.pid
        assert json.loads((library_dir / "library.lock").read_text())["pid"] == os.getpid()
    finally:
        library.close()
    holder_again = cli("check", "--library", str(library_dir))
    assert holder_again.returncode == 0, holder_again.stderr


def test_a_lock_from_another_host_is_reported_and_broken_only_when_asked(library_dir):
    Library.open(library_dir, create=True).close()
    lock = library_dir / "library.lock"
    foreign = {"pid": 4242, "host": "newsroom-laptop.example", "started": time.time() - 60}
    lock.write_text(json.dumps(foreign))
    with pytest.raises(LibraryLockedError) as info:
        Library.open(library_dir)
    assert info.value.host == "newsroom-laptop.example" and not info.value.same_host
    result = cli("check", "--library", str(library_dir))
    assert result.returncode == 3
    assert "4242" in result.stderr and "newsroom-laptop.example" in result.stderr
    assert json.loads(lock.read_text()) == foreign  # untouched
    broken = cli("check", "--library", str(library_dir), "--break-lock")
    assert broken.returncode == 0, broken.stderr
    assert not lock.exists()  # released normally after the command


# --- damage -----------------------------------------------------------------------------------

def _overwrite_page(db: Path, page: int, page_size: int = 4096) -> None:
    data = bytearray(db.read_bytes())
    start = (page - 1) * page_size + (100 if page == 1 else 0)
    end = page * page_size
    data[start:end] = (b"\xde\xad\xbe\xef" * page_size)[: end - start]
    db.write_bytes(bytes(data))


def _root_page(db: Path, table: str) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()


def _article_count(library_dir: Path) -> int:
    conn = sqlite3.connect(library_dir / "library.sqlite3")
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def test_garbage_over_the_schema_is_a_clear_error_naming_the_good_backup(closed_library):
    db = closed_library / "library.sqlite3"
    good = backups.latest_good_backup(closed_library / "backups")
    assert good is not None
    _overwrite_page(db, 1)
    with pytest.raises(LibraryDamagedError) as info:
        Library.open(closed_library)
    assert good.path.name in str(info.value) and "damaged" in str(info.value)
    assert info.value.latest_good_backup == good.path  # type: ignore[attr-defined]
    assert not (closed_library / "library.lock").exists()
    check = cli("check", "--library", str(closed_library))
    assert check.returncode != 0 and good.path.name in check.stderr and "Traceback" not in check.stderr
    fixed = cli("restore", "--latest-good", "--yes", "--library", str(closed_library))
    assert fixed.returncode == 0, fixed.stderr
    assert cli("check", "--library", str(closed_library)).returncode == 0
    assert _article_count(closed_library) == 120
    # The damaged file was set aside, not deleted.
    assert any(p.name.startswith("library.sqlite3.damaged-") or p.name.startswith("pre-restore-")
               for p in [*closed_library.iterdir(), *(closed_library / "backups").iterdir()])


def test_garbage_over_table_pages_is_found_by_check_and_by_a_session(closed_library):
    db = closed_library / "library.sqlite3"
    _overwrite_page(db, _root_page(db, "articles"))
    library = Library.open(closed_library)  # the schema is intact: opening works
    try:
        from sqlalchemy import select

        from nejat_desk.storage.models import Article

        with pytest.raises(LibraryDamagedError, match="manual-.*-good"), library.session() as session:
            session.scalars(select(Article)).all()
    finally:
        library.close()
    check = cli("check", "--library", str(closed_library))
    assert check.returncode == 1
    assert "problem: database:" in check.stdout
    assert "restore --latest-good" in check.stderr and "-good.sqlite3" in check.stderr
    assert cli("restore", "--latest-good", "--yes", "--library", str(closed_library)).returncode == 0
    assert cli("check", "--library", str(closed_library)).returncode == 0
    assert _article_count(closed_library) == 120


def test_a_truncated_database_is_detected_and_restored(closed_library):
    db = closed_library / "library.sqlite3"
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2])
    check = cli("check", "--library", str(closed_library))
    assert check.returncode != 0
    assert "damaged" in check.stderr or "problem: database:" in check.stdout
    assert cli("restore", "--latest-good", "--yes", "--library", str(closed_library)).returncode == 0
    assert cli("check", "--library", str(closed_library)).returncode == 0
    assert _article_count(closed_library) == 120


def test_latest_good_skips_a_damaged_newer_backup(closed_library):
    library = Library.open(closed_library)
    newer = library.backup("manual", "newer")
    library.close()
    _overwrite_page(newer, 1)
    good = backups.latest_good_backup(closed_library / "backups")
    assert good is not None and good.path.name.endswith("-good.sqlite3")


# --- backups --------------------------------------------------------------------------------

def test_periodic_backups_rotate(library):
    start = datetime(2026, 3, 1, 0, 30, tzinfo=UTC)
    for hour in range(0, 20 * 24, 7):  # every 7 hours for 20 days
        library.periodic_backup(start + timedelta(hours=hour))
    found = library.list_backups()
    hourly = [b for b in found if b.kind == "hourly"]
    daily = [b for b in found if b.kind == "daily"]
    assert len(hourly) == backups.KEEP_HOURLY and len(daily) == backups.KEEP_DAILY
    last = start + timedelta(hours=max(range(0, 20 * 24, 7)))
    assert hourly[0].taken_at == last.replace(microsecond=0)  # the newest are kept
    assert len({b.taken_at.date() for b in daily}) == backups.KEEP_DAILY  # one per day
    # Nothing new within the same hour; the manual and pre-migration copies are never rotated away.
    assert library.periodic_backup(last + timedelta(minutes=5)) == []
    manual = library.backup("manual", "keep-me")
    library.periodic_backup(last + timedelta(days=30))
    assert manual.exists()
    assert all(backups.verify_backup(b.path) is None for b in library.list_backups()[:3])


# --- migrations -----------------------------------------------------------------------------

def test_migration_from_an_empty_library(library_dir):
    library_dir.mkdir()
    (library_dir / "library.sqlite3").touch()  # created, never migrated
    library = Library.open(library_dir)
    try:
        conn = library.raw()
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        assert conn.execute("SELECT count(*) FROM editions").fetchone()[0] == 4
        conn.close()
        assert not [b for b in library.list_backups() if b.kind == "pre-migration"]  # nothing to keep
    finally:
        library.close()


def test_migration_from_the_previous_schema_backs_up_and_indexes(library_dir):
    from nejat_desk.storage import migrate

    library_dir.mkdir()
    db = library_dir / "library.sqlite3"
    migrate.upgrade(db, "0001")
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO editions(code, name, native_name, language, direction, time_zone, calendar, "
                 "site_url, permalink_pattern, hashtags, social_handles, position) VALUES ('fa', 'Farsi', "
                 "'فارسی', 'fa', 'rtl', 'Asia/Tehran', 'jalali', '', '/%postname%/', '[]', '{}', 0)")
    conn.execute(
        "INSERT INTO articles(uid, edition_code, title, slug, body_md, body_html, excerpt, byline, author,"
        " source_name, source_url, featured_image_ref, status, extra, import_source, import_hash,"
        " import_version, version, created_at, updated_at) VALUES ('a1', 'fa', 'بازار کتاب تبریز', 'bazar',"
        " 'نمایشگاه کتاب در Tabriz با ۱۲۰ ناشر', '', '', '', '', '', '', '', 'draft', '{}', '', '', 0, 1,"
        " '2026-01-01 00:00:00', '2026-01-01 00:00:00')")
    conn.commit()
    conn.close()

    library = Library.open(library_dir)
    try:
        assert library.migrated_from == "0001"
        pre = [b for b in library.list_backups() if b.kind == "pre-migration"]
        assert len(pre) == 1 and pre[0].path.name.endswith("-from-0001.sqlite3")
        old = sqlite3.connect(pre[0].path)
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        old.close()
        conn = library.raw()
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        from nejat_desk.core.textnorm import normalize_query_text

        hits = conn.execute("SELECT rowid FROM article_fts WHERE article_fts MATCH ?",
                            (normalize_query_text("Tabriz"),)).fetchall()
        hits_fa = conn.execute("SELECT rowid FROM article_fts WHERE article_fts MATCH ?",
                               (normalize_query_text("کتاب"),)).fetchall()
        conn.close()
        assert hits == [(1,)] and hits_fa == [(1,)]
    finally:
        library.close()
    assert cli("check", "--library", str(library_dir)).returncode == 0


def test_an_older_app_refuses_a_newer_library_from_the_cli(library_dir):
    Library.open(library_dir, create=True).close()
    conn = sqlite3.connect(library_dir / "library.sqlite3")
    conn.execute("UPDATE alembic_version SET version_num = '0999_from_the_future'")
    conn.commit()
    conn.close()
    result = cli("check", "--library", str(library_dir))
    assert result.returncode == 3 and "newer than this version" in result.stderr
    assert not (library_dir / "backups").exists() or not any((library_dir / "backups").iterdir())


# --- cloud sync -----------------------------------------------------------------------------

@pytest.mark.parametrize(("folder", "marker", "tool"), [
    ("Dropbox/newsroom", None, "Dropbox"),
    ("OneDrive - Nejat/library", None, "OneDrive"),
    ("shared/newsroom", ".stfolder", "Syncthing"),
])
def test_a_library_in_a_cloud_synced_folder_warns(tmp_path, folder, marker, tool):
    target = tmp_path / folder
    if marker:
        (tmp_path / folder.split("/")[0]).mkdir(parents=True)
        (tmp_path / folder.split("/")[0] / marker).mkdir()
    library = Library.open(target, create=True)
    try:
        assert library.cloud_sync_warning is not None and tool in library.cloud_sync_warning
    finally:
        library.close()
    result = cli("check", "--library", str(target))
    assert result.returncode == 0 and "warning:" in result.stderr and tool in result.stderr


def test_a_plain_folder_does_not_warn(library):
    assert library.cloud_sync_warning is None
