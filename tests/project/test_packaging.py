"""Packaging: the wheel carries what the app loads at run time, the desktop metadata agrees
with the app, and (slow) the Linux bundle builds and starts offscreen on a fresh library."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_desktop_entry_and_appstream_metadata_agree_with_the_app():
    check = _load(ROOT / "packaging" / "check_metadata.py")
    assert check.problems() == []


def test_metadata_check_notices_a_stale_release(tmp_path, monkeypatch):
    check = _load(ROOT / "packaging" / "check_metadata.py")
    stale = tmp_path / "org.nejat.NejatDesk.metainfo.xml"
    stale.write_text(check.METAINFO.read_text(encoding="utf-8").replace(
        f'<release version="{check.app_version()}"', '<release version="0.0.1"'), encoding="utf-8")
    monkeypatch.setattr(check, "METAINFO", stale)
    assert any("newest <release> is 0.0.1" in p for p in check.problems())
    stale.write_text("<component><id>broken", encoding="utf-8")
    assert any("not well-formed" in p for p in check.problems())


def test_wheel_carries_forms_resources_migrations_and_translations(tmp_path):
    # Built from a copy: setuptools writes build/ and *.egg-info into the tree it builds.
    source = tmp_path / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    for name in ("nejat_desk", "resources", "ui"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--wheel-dir",
                             str(tmp_path), str(source)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("nejat_desk-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {
        "nejat_desk/ui/preferences.ui",
        "nejat_desk/resources/icons/nejat-desk.svg",
        "nejat_desk/resources/icons/nejat-desk.png",
        "nejat_desk/storage/migrations/env.py",
        "nejat_desk/storage/migrations/script.py.mako",
        "nejat_desk/storage/migrations/versions/0001_initial.py",
        *(f"nejat_desk/resources/translations/nejat_desk_{lang}.qm" for lang in ("fa", "ar", "sq")),
    }
    assert expected <= names, sorted(expected - names)


@pytest.mark.slow
@pytest.mark.timeout(1500)
def test_linux_bundle_builds_and_starts_offscreen(tmp_path):
    """packaging/smoke_test.py: build (2-6 min on 2 cores), CLI on a fresh library, window in English
    and Farsi offscreen until the first paint, clean exit. Built in its own folder, removed after."""
    build_dir = tmp_path / "build"
    try:
        result = subprocess.run([sys.executable, str(ROOT / "packaging" / "smoke_test.py"), "--build-dir",
                                 str(build_dir)], cwd=ROOT, capture_output=True, text=True, timeout=1400)
    finally:
        shutil.rmtree(build_dir, ignore_errors=True)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert "smoke: bundle OK" in result.stdout
