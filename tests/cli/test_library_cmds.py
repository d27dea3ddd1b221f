"""`init`, `check`, `backup` and `restore` through the real entry point (a new Python process)."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from nejat_desk.cli.main import main
from nejat_desk.storage.library import Library

SUBCOMMANDS = ("init", "check", "backup", "restore")


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "nejat_desk", *args], capture_output=True, text=True,
                          input=stdin if stdin is not None else "", timeout=120)


def add_articles(library: Library, titles: list[str]) -> None:
    from nejat_desk.services import search_index
    from nejat_desk.storage.models import Article

    with library.session() as session:
        for title in titles:
            article = Article(edition_code="en", title=title, slug=title.lower().replace(" ", "-"),
                              body_md=f"Body of {title}.")
            session.add(article)
            session.flush()
            search_index.index_article(session, article.id, title, article.body_md, "", "")


def titles_in(library_dir: Path) -> list[str]:
    conn = sqlite3.connect(library_dir / "library.sqlite3")
    try:
        return [r[0] for r in conn.execute("SELECT title FROM articles ORDER BY title")]
    finally:
        conn.close()


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_subcommand_has_help_with_library_option(command):
    result = cli(command, "--help")
    assert result.returncode == 0, result.stderr
    assert f"nejat-desk {command}" in result.stdout and "--library DIR" in result.stdout


def test_init_creates_library_and_refuses_a_second_time(tmp_path):
    lib = tmp_path / "lib"
    first = cli("init", "--library", str(lib), "--no-examples")
    assert first.returncode == 0, first.stderr
    assert (lib / "library.sqlite3").is_file() and (lib / "media").is_dir() and (lib / "backups").is_dir()
    before = (lib / "library.sqlite3").read_bytes()
    again = cli("init", "--library", str(lib))
    assert again.returncode == 1 and "already holds a library" in again.stderr
    assert (lib / "library.sqlite3").read_bytes() == before
    assert cli("init", "--library", str(lib), "--if-missing").returncode == 0


def test_init_on_a_file_is_a_clear_error(tmp_path):
    target = tmp_path / "a-file"
    target.write_text("not a folder")
    result = cli("init", "--library", str(target), "--no-examples")
    assert result.returncode != 0 and "is a file" in result.stderr
    assert target.read_text() == "not a folder"


def test_library_option_also_comes_from_the_environment(tmp_path, monkeypatch):
    lib = tmp_path / "from-env"
    monkeypatch.setenv("NEJAT_DESK_LIBRARY", str(lib))
    assert main(["init", "--no-examples"]) == 0
    assert (lib / "library.sqlite3").is_file()
    assert main(["check"]) == 0


def test_commands_on_a_missing_library_fail_cleanly(tmp_path):
    for args in (("check",), ("backup",), ("backup", "--list")):
        result = cli(*args, "--library", str(tmp_path / "none"))
        assert result.returncode == 3, args
        assert "no library" in result.stderr and "Traceback" not in result.stderr
    restore = cli("restore", "--latest-good", "--yes", "--library", str(tmp_path / "none"))
    assert restore.returncode == 1 and "no library" in restore.stderr.lower()


def test_check_passes_on_a_sound_library_and_library_option_goes_anywhere(library, library_dir):
    add_articles(library, ["Alpha", "Beta"])
    library.close()
    result = cli("--library", str(library_dir), "check")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 articles" in result.stdout and "No problems found" in result.stdout


def test_check_finds_an_article_missing_from_the_search_index(library, library_dir):
    add_articles(library, ["Alpha", "Beta"])
    conn = library.raw(readonly=False)
    conn.execute("DELETE FROM article_fts WHERE rowid = (SELECT id FROM articles WHERE title = 'Beta')")
    conn.commit()
    conn.close()
    library.close()
    result = cli("check", "--library", str(library_dir))
    assert result.returncode == 1
    assert "1 article(s) not indexed" in result.stdout


def _add_media(library: Library, content: bytes) -> tuple[int, Path]:
    from nejat_desk.storage.models import MediaItem

    sha = hashlib.sha256(content).hexdigest()
    path = library.layout.media_path(sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    with library.session() as session:
        item = MediaItem(kind="image", sha256=sha, original_filename="x.jpg", size_bytes=len(content))
        session.add(item)
        session.flush()
        return item.id, path


def test_check_verifies_media_files_present_and_hashed(library, library_dir):
    _id_ok, _ = _add_media(library, b"first image bytes")
    id_gone, gone = _add_media(library, b"second image bytes")
    id_bad, bad = _add_media(library, b"third image bytes")
    library.close()
    assert cli("check", "--library", str(library_dir), "--deep").returncode == 0  # sound before the damage
    gone.unlink()
    bad.write_bytes(b"THIRD image bytes")  # same size, different content: only hashing sees it
    quick = cli("check", "--library", str(library_dir), "--sample", "0")
    assert quick.returncode == 1
    assert f"missing from the media store (media ids {id_gone})" in quick.stdout
    assert "no longer matches" not in quick.stdout
    deep = cli("check", "--library", str(library_dir), "--deep")
    assert deep.returncode == 1
    assert f"no longer matches its SHA-256 (media ids {id_bad})" in deep.stdout
    assert "2 of 3 media files hashed" in deep.stdout


def test_check_rejects_a_negative_sample(library, library_dir):
    library.close()
    result = cli("check", "--library", str(library_dir), "--sample", "-1")
    assert result.returncode == 2 and "--sample" in result.stderr


def test_backup_list_and_labels(library, library_dir):
    add_articles(library, ["Alpha"])
    library.close()
    made = cli("backup", "--library", str(library_dir), "--label", "before-edit")
    assert made.returncode == 0, made.stderr
    name = Path(made.stdout.split("Backed up to ", 1)[1].strip()).name
    assert name.startswith("manual-") and name.endswith("-before-edit.sqlite3")
    listed = cli("backup", "--list", "--verify", "--library", str(library_dir))
    assert listed.returncode == 0 and name in listed.stdout and " ok" in listed.stdout
    bad = cli("backup", "--library", str(library_dir), "--label", "no spaces/please")
    assert bad.returncode == 2 and "label" in bad.stderr
    assert cli("backup", "--verify", "--library", str(library_dir)).returncode == 2


def test_backup_list_flags_a_damaged_copy(library, library_dir):
    library.close()
    made = cli("backup", "--library", str(library_dir))
    copy = Path(made.stdout.split("Backed up to ", 1)[1].strip())
    data = bytearray(copy.read_bytes())
    data[100:4096] = b"\xa5" * 3996
    copy.write_bytes(bytes(data))
    listed = cli("backup", "--list", "--verify", "--library", str(library_dir))
    assert listed.returncode == 1 and "DAMAGED" in listed.stdout


def test_restore_a_named_backup(library, library_dir):
    add_articles(library, ["Alpha"])
    before = library.backup("manual", "one")
    add_articles(library, ["Beta"])
    library.close()
    # Without --yes and without a terminal nothing happens.
    refused = cli("restore", before.name, "--library", str(library_dir))
    assert refused.returncode == 1 and "--yes" in refused.stderr
    assert titles_in(library_dir) == ["Alpha", "Beta"]
    done = cli("restore", before.name, "--yes", "--library", str(library_dir))
    assert done.returncode == 0, done.stderr
    assert titles_in(library_dir) == ["Alpha"]
    # The replaced database was kept as a pre-restore backup holding Beta.
    kept = [p for p in (library_dir / "backups").iterdir() if p.name.startswith("pre-restore-")]
    assert len(kept) == 1
    conn = sqlite3.connect(kept[0])
    assert [r[0] for r in conn.execute("SELECT title FROM articles ORDER BY title")] == ["Alpha", "Beta"]
    conn.close()
    assert cli("check", "--library", str(library_dir)).returncode == 0


def test_restore_of_an_unknown_backup_changes_nothing(library, library_dir):
    add_articles(library, ["Alpha"])
    library.close()
    result = cli("restore", "manual-19990101T000000.sqlite3", "--yes", "--library", str(library_dir))
    assert result.returncode == 1 and "no backup" in result.stderr
    assert titles_in(library_dir) == ["Alpha"]
    assert cli("restore", "--library", str(library_dir)).returncode == 2  # BACKUP or --latest-good needed


def test_restore_refuses_a_damaged_backup(library, library_dir):
    add_articles(library, ["Alpha"])
    copy = library.backup("manual")
    library.close()
    data = bytearray(copy.read_bytes())
    data[100:4096] = b"\x00\xff" * 1998
    copy.write_bytes(bytes(data))
    result = cli("restore", copy.name, "--yes", "--library", str(library_dir))
    assert result.returncode == 1 and "damaged" in result.stderr  # refused before the library is touched
    assert titles_in(library_dir) == ["Alpha"]
