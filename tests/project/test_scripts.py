"""The set-up script: installs only the Debian packages dpkg reports missing (with sudo when not
root), and is a fast no-op when nothing changed. apt-get, dpkg-query, sudo, id and the venv's
Python are stand-ins on PATH that record how they were called: nothing is installed."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ("bootstrap.sh", "start.sh", "test.sh")
FAKE_VERSION = "Python 3.11.99 (stand-in)"


def _stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/usr/bin/env bash\n" + body)
    path.chmod(0o755)


@pytest.fixture
def sandbox(tmp_path: Path) -> Path:
    """A copy of the project's set-up inputs with recording stand-ins for the system tools."""
    root = tmp_path / "project"
    (root / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "bootstrap.sh", root / "scripts")
    for name in ("pyproject.toml", "constraints.txt", "requirements-dev.txt"):
        shutil.copy(ROOT / name, root)
    (root / "scripts" / "apt-runtime.txt").write_text("libfoo1\nlibbar2  # a comment\n\n")
    (root / "scripts" / "apt-test.txt").write_text("xvfb\n")
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "calls.log"
    _stub(bin_dir, "apt-get", f'echo "apt-get $*" >> {log}\n')
    _stub(bin_dir, "sudo", f'echo "sudo $1" >> {log}\nexec "$@"\n')
    _stub(bin_dir, "id", 'echo "${FAKE_UID:-0}"\n')
    # The archive has every package but libgone; the Python that would make .venv is a 3.11.
    _stub(bin_dir, "apt-cache", f'echo "apt-cache $*" >> {log}\n[ "$2" != libgone ]\n')
    _stub(bin_dir, "python3.11-stand-in", 'echo 3.11\n')
    # dpkg-query -W -f='${Package} ${db:Status-Abbrev}\n' PKG...: libfoo1 installed, the rest unknown.
    _stub(bin_dir, "dpkg-query", 'for p in "$@"; do [ "$p" = libfoo1 ] && echo "libfoo1 ii "; done; exit 0\n')
    venv_bin = root / ".venv" / "bin"
    venv_bin.mkdir(parents=True)
    _stub(venv_bin, "python", f'[ "$1" = -VV ] && echo "{FAKE_VERSION}"; [ "$1" = -m ] && '
                              f'echo "pip $*" >> {log}; exit 0\n')
    return root


def _digest(root: Path, *names: str) -> str:
    data = (FAKE_VERSION + "\n").encode() + b"".join((root / n).read_bytes() for n in names)
    return hashlib.sha256(data).hexdigest()


def _run(root: Path, *args: str, uid: int = 0) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PATH=f"{root.parent / 'bin'}:{os.environ['PATH']}", FAKE_UID=str(uid),
               HOME=str(root.parent / "home"), NEJAT_DESK_PYTHON="python3.11-stand-in")
    env.pop("NEJAT_DESK_BIN_DIR", None)
    return subprocess.run(["bash", str(root / "scripts" / "bootstrap.sh"), *args], capture_output=True,
                          text=True, env=env, timeout=60)


def _calls(root: Path) -> list[str]:
    log = root.parent / "calls.log"
    return log.read_text().splitlines() if log.exists() else []


@pytest.mark.parametrize("script", SCRIPTS)
def test_scripts_are_valid_bash(script):
    assert subprocess.run(["bash", "-n", str(ROOT / "scripts" / script)]).returncode == 0
    assert subprocess.run(["bash", "-n", str(ROOT / ".ci" / "run")]).returncode == 0


def test_installs_only_missing_packages_then_the_venv(sandbox):
    result = _run(sandbox, "--test")
    assert result.returncode == 0, result.stderr
    calls = _calls(sandbox)
    apt = [c for c in calls if c.startswith("apt-get")]
    assert len(apt) == 2 and apt[0].endswith(" update")
    assert apt[1].endswith("install -y --no-install-recommends libbar2 xvfb libpython3.11")
    assert not any(c.startswith("sudo") for c in calls)  # root needs no sudo
    pip = [c for c in calls if c.startswith("pip")][0]
    assert "-c" in pip and "constraints.txt" in pip and "-e" in pip and "requirements-dev.txt" in pip


def test_uses_sudo_when_not_root(sandbox):
    result = _run(sandbox, uid=1000)
    assert result.returncode == 0, result.stderr
    calls = _calls(sandbox)
    assert calls.count("sudo env") == 2  # update and install, both through sudo
    assert any(c.endswith("install -y --no-install-recommends libbar2") for c in calls)  # no test packages


def test_second_run_is_a_fast_no_op(sandbox):
    (sandbox / "scripts" / "apt-runtime.txt").write_text("libfoo1\n")
    assert _run(sandbox).returncode == 0
    first = _calls(sandbox)
    assert not any(c.startswith("apt-get") for c in first) and any(c.startswith("pip") for c in first)
    stamp = sandbox / ".venv" / ".nejat-bootstrap-runtime"
    assert stamp.read_text().strip() == _digest(sandbox, "pyproject.toml", "constraints.txt")
    again = _run(sandbox)
    assert again.returncode == 0 and "already set up" in again.stderr
    assert _calls(sandbox) == first  # nothing ran the second time
    # A changed constraints file means the venv is brought up to date again.
    with open(sandbox / "constraints.txt", "a") as fh:
        fh.write("example-package==1.0\n")
    assert _run(sandbox).returncode == 0
    assert len([c for c in _calls(sandbox) if c.startswith("pip")]) == 2


def test_unknown_option_is_refused(sandbox):
    result = _run(sandbox, "--frobnicate")
    assert result.returncode == 2 and "unknown option" in result.stderr


def test_an_optional_package_the_archive_lacks_is_skipped_once_and_remembered(sandbox):
    (sandbox / "scripts" / "apt-runtime.txt").write_text("libbar2?\nlibgone?\n")
    result = _run(sandbox)
    assert result.returncode == 0, result.stderr
    assert "libgone is not in this system's archive" in result.stderr
    apt = [c for c in _calls(sandbox) if c.startswith("apt-get")]
    assert apt[-1].endswith("install -y --no-install-recommends libbar2")
    # The next run does not ask apt again for what it could not have (libbar2 now "installed").
    (sandbox.parent / "bin" / "dpkg-query").write_text(
        "#!/usr/bin/env bash\nfor p in \"$@\"; do [ \"$p\" = libbar2 ] && echo \"libbar2 ii \"; done; exit 0\n")
    before = len(_calls(sandbox))
    assert _run(sandbox).returncode == 0
    assert not any(c.startswith(("apt-get", "apt-cache")) for c in _calls(sandbox)[before:])


def test_the_command_is_linked_into_the_users_bin_folder(sandbox):
    assert _run(sandbox).returncode == 0
    link = sandbox.parent / "home" / ".local" / "bin" / "nejat-desk"
    assert link.is_symlink() and os.readlink(link) == str(sandbox / ".venv" / "bin" / "nejat-desk")


def test_a_nejat_desk_file_that_is_not_ours_is_left_alone(sandbox):
    bin_dir = sandbox.parent / "home" / ".local" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "nejat-desk").write_text("#!/bin/sh\necho my own script\n")
    result = _run(sandbox)
    assert result.returncode == 0, result.stderr
    assert (bin_dir / "nejat-desk").read_text() == "#!/bin/sh\necho my own script\n"
    assert "left alone" in result.stderr
