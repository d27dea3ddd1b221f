"""A read-only library (a write-protected stick, an archive on a read-only share, a folder this
user may only read) opens read-only: browsing, search, export and check work, and every change
is refused with the reason. The real thing is a read-only bind mount in a private mount namespace
(root ignores file modes, not a read-only mount); `--read-only` forces the same on any library."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from nejat_desk.storage.access import read_only_reason
from nejat_desk.storage.layout import LibraryLayout
from nejat_desk.storage.library import Library

READ_ONLY_MOUNT = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"'
NOTE = "This library is read-only (it is on a read-only drive or share)"
REFUSED = "is read-only (it is on a read-only drive or share), so nothing can be changed in it"


def on_read_only_mount(folder: Path, *command: str) -> subprocess.CompletedProcess[str]:
    """Run `command` in a private mount namespace where `folder` is mounted read-only."""
    return subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-c", READ_ONLY_MOUNT,
                           str(folder), *command], capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=120)


def ro_cli(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return on_read_only_mount(folder, sys.executable, "-m", "nejat_desk", *args, "--library", str(folder))


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "nejat_desk", *args], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120)


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file under `folder` with a hash of its content."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def can_mount(tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("probe")
    if not shutil.which("unshare") or on_read_only_mount(folder, "true").returncode != 0:
        pytest.skip("needs unshare and the right to mount in a private namespace")


@pytest.fixture(scope="module")
def archive_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed library with the example articles and one backup, made once."""
    folder = tmp_path_factory.mktemp("archive") / "library"
    made = cli("init", "--library", str(folder))
    assert made.returncode == 0, made.stderr
    assert cli("backup", "--label", "archive", "--library", str(folder)).returncode == 0
    return folder


@pytest.fixture
def archive(archive_master: Path, library_dir: Path) -> Path:
    """A copy of the archive each test may spoil."""
    shutil.copytree(archive_master, library_dir)
    return library_dir


def test_a_library_on_a_read_only_mount_can_be_browsed_searched_exported_and_checked(can_mount, archive, tmp_path):
    before = fingerprint(archive)
    out = tmp_path / "out"
    for args in (("list",), ("list", "--json", "--edition", "fa"), ("search", "Tabriz"),
                 ("export", "markdown", "--out", str(out / "md")), ("export", "wxr", "--out", str(out / "site.xml")),
                 ("check",), ("backup", "--list")):
        result = ro_cli(archive, *args)
        assert result.returncode == 0, (args, result.stderr)
        assert NOTE in result.stderr and "unexpected error" not in result.stderr
    assert "Tabriz" in ro_cli(archive, "search", "Tabriz").stdout
    assert len(list((out / "md").rglob("*.md"))) == len(cli("list", "--library", str(archive)).stdout.splitlines())
    assert fingerprint(archive) == before  # no lock, no -wal or -shm, no cache, no probe file left


@pytest.mark.parametrize("args", [
    ("import", "{examples}"),
    ("backup",),
    ("backup", "--periodic"),
    ("restore", "--latest-good", "--yes"),
    ("editions", "set", "en", "--time-zone", "Europe/Paris"),
    ("import-media", "{media}/eram-garden.jpg"),
], ids=lambda a: " ".join(a[:2]))
def test_a_change_to_a_library_on_a_read_only_mount_is_refused_with_the_reason(can_mount, archive, args):
    before = fingerprint(archive)
    examples = Path(__file__).resolve().parents[2] / "resources" / "examples"
    result = ro_cli(archive, *(a.format(examples=examples / "en", media=examples / "media") for a in args))
    assert result.returncode != 0, result.stdout
    assert REFUSED in result.stderr + result.stdout, (result.stdout, result.stderr)
    assert "unexpected error" not in result.stderr and "Traceback" not in result.stderr
    assert fingerprint(archive) == before


def test_read_only_on_purpose_reads_and_refuses_changes_on_a_writable_library(archive):
    before = fingerprint(archive)
    listed = cli("list", "--read-only", "--library", str(archive))
    assert listed.returncode == 0 and "it was opened read-only on purpose" in listed.stderr
    refused = cli("editions", "set", "en", "--time-zone", "Europe/Paris", "--read-only", "--library", str(archive))
    assert refused.returncode == 3 and "is read-only (it was opened read-only on purpose)" in refused.stderr
    assert fingerprint(archive) == before
    # No lock taken and no probe left; SQLite's own -wal and -shm (a reader's) are all that may appear.
    assert {p.name for p in archive.iterdir()} <= {"backups", "cache", "library.sqlite3", "media",
                                                    "library.sqlite3-wal", "library.sqlite3-shm"}


# --- the detection itself --------------------------------------------------------------------

def test_a_writable_library_is_detected_as_writable_and_the_probe_leaves_nothing(archive):
    names = sorted(p.name for p in archive.iterdir())
    assert read_only_reason(LibraryLayout(archive)) is None
    assert sorted(p.name for p in archive.iterdir()) == names


def test_a_read_only_mount_is_detected(can_mount, archive):
    probe = ("from pathlib import Path; from nejat_desk.storage.access import read_only_reason; "
             "from nejat_desk.storage.layout import LibraryLayout; "
             f"found = read_only_reason(LibraryLayout(Path({str(archive)!r}))); "
             "print(found.reason, found.folder_writable)")
    result = on_read_only_mount(archive, sys.executable, "-c", probe)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "it is on a read-only drive or share False"


@pytest.fixture
def shared_folder() -> Iterator[Path]:
    """A folder another user can reach (pytest's own temporary folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="nejat-ro-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder)


@pytest.mark.skipif(not shutil.which("setpriv") or os.geteuid() != 0, reason="needs root and setpriv")
def test_a_folder_this_user_may_only_read_is_detected_and_opens_read_only(shared_folder):
    root = shared_folder / "library"
    Library.open(root, create=True).close()
    for path in (root, *root.rglob("*")):
        path.chmod(0o555 if path.is_dir() else 0o444)
    as_nobody = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    probe = ("from pathlib import Path; from nejat_desk.storage.access import read_only_reason; "
             "from nejat_desk.storage.layout import LibraryLayout; "
             f"found = read_only_reason(LibraryLayout(Path({str(root)!r}))); "
             "print(found.reason, found.folder_writable)")
    env = {**os.environ, "HOME": str(shared_folder), "XDG_CACHE_HOME": str(shared_folder / "cache"),
           "XDG_STATE_HOME": str(shared_folder / "state"), "NEJAT_DESK_LOG_DIR": str(shared_folder / "logs")}
    shared_folder.joinpath("cache").mkdir()
    shared_folder.joinpath("cache").chmod(0o777)
    detected = subprocess.run([*as_nobody, sys.executable, "-c", probe], capture_output=True, text=True, env=env,
                              timeout=120)
    assert detected.returncode == 0, detected.stderr
    assert detected.stdout.strip() == f"this user may not write to {root / 'library.sqlite3'} False"
    listed = subprocess.run([*as_nobody, sys.executable, "-m", "nejat_desk", "list", "--library", str(root)],
                            capture_output=True, text=True, env=env, timeout=120)
    assert listed.returncode == 0 and "this user may not write to" in listed.stderr, listed.stderr
    # Root may write there: for root the same folder is an ordinary library.
    assert read_only_reason(LibraryLayout(root)) is None


def test_the_window_takes_read_only_too():
    from nejat_desk.app import parse_gui_args
    from nejat_desk.cli.main import is_window_invocation

    assert is_window_invocation(["--read-only", "--library", "/media/usb/newsroom"])
    assert parse_gui_args(["--read-only"]).read_only and not parse_gui_args([]).read_only
