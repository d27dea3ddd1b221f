"""The built wheel carries the forms, resources, migrations and example content, and the app
works from it (not only from the source tree): import it from an unpacked copy, create a
library (running the migrations inside the wheel) and load the examples."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

# Building the wheel takes 10-60 s depending on the machine's load; still part of the suite.
pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
IGNORED = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", "*.pyc", "out",
                                 ".pytest_cache", ".ruff_cache", ".mypy_cache", "screenshots-tmp")

PROBE = """
import sys
from pathlib import Path
unpacked = Path(sys.argv[1])
sys.path.insert(0, str(unpacked))
import importlib.resources
import nejat_desk
assert Path(nejat_desk.__file__).is_relative_to(unpacked), nejat_desk.__file__
from nejat_desk.services.example_content import examples_dir, example_files, load_example_content
assert examples_dir().is_relative_to(unpacked), examples_dir()
assert Path(str(importlib.resources.files("nejat_desk.ui"))).is_relative_to(unpacked)
from nejat_desk.storage import migrate
assert Path(migrate.__file__).is_relative_to(unpacked)
from nejat_desk.storage.library import Library
library = Library.open(Path(sys.argv[2]), create=True)
try:
    report = load_example_content(library)
    assert not report.problems, report.problems
    conn = library.raw()
    print(conn.execute("SELECT count(*) FROM articles").fetchone()[0], len(example_files()))
    conn.close()
finally:
    library.close()
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=IGNORED)
    out = work / "dist"
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(out),
                             str(source)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-3000:]
    (built,) = out.glob("nejat_desk-*.whl")
    return built


def _expected(folder: str, pattern: str, prefix: str) -> set[str]:
    base = ROOT / folder
    return {f"{prefix}/{p.relative_to(base).as_posix()}" for p in base.glob(pattern)
            if p.is_file() and "__pycache__" not in p.parts}


def test_wheel_contains_forms_resources_migrations_and_examples(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    forms = _expected("ui", "*.ui", "nejat_desk/ui")
    resources = _expected("resources", "**/*", "nejat_desk/resources")
    migrations = _expected("nejat_desk/storage/migrations", "**/*.py", "nejat_desk/storage/migrations")
    examples = {n for n in resources if n.startswith("nejat_desk/resources/examples/") and n.endswith(".md")}
    assert len(examples) >= 12  # a few articles in each of the four editions
    assert len(migrations) >= 3
    for group in (forms, resources, migrations):
        missing = sorted(group - names)
        assert not missing, f"missing from the wheel: {missing[:10]}"
    assert "nejat_desk/cli/main.py" in names
    entry_points = zipfile.ZipFile(wheel).read(
        next(n for n in names if n.endswith(".dist-info/entry_points.txt"))).decode()
    assert "nejat-desk = nejat_desk.cli.main:main" in entry_points
    assert not any(n.startswith(("tests/", "benchmarks/")) for n in names)


def test_the_app_runs_from_the_unpacked_wheel(wheel, tmp_path):
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    result = subprocess.run([sys.executable, "-c", PROBE, str(unpacked), str(tmp_path / "library")],
                            capture_output=True, text=True, timeout=180, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    articles, files = (int(v) for v in result.stdout.split())
    assert articles == files and files >= 12
