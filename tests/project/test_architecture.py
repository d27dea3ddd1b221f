"""The layers stand the right way up: the Qt-free layers never load PySide6; the window reaches
the library only through the application layer (no storage, SQLAlchemy or sqlite3 in `gui/`);
exporters import no services; nothing below the front ends imports `cli` or `gui`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

LAYERS = ("nejat_desk.core", "nejat_desk.storage", "nejat_desk.services", "nejat_desk.exporters")

PROBE = """
import importlib, pkgutil, sys
layers = sys.argv[1:]
imported = []
for layer in layers:
    package = importlib.import_module(layer)
    imported.append(layer)
    for info in pkgutil.walk_packages(package.__path__, prefix=layer + "."):
        if ".migrations." in info.name:
            continue  # Alembic's env.py and revision scripts only run inside Alembic
        importlib.import_module(info.name)
        imported.append(info.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "qtpy", "qtawesome"))
print(len(imported))
print(",".join(qt))
"""


def test_core_storage_services_exporters_never_import_qt():
    result = subprocess.run([sys.executable, "-c", PROBE, *LAYERS], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    count, qt = result.stdout.splitlines()
    assert int(count) >= 20  # the walk really found the modules
    assert qt == "", f"Qt imported by a Qt-free layer: {qt}"


def test_core_imports_neither_sqlalchemy_nor_qt():
    probe = PROBE.replace('("PySide6", "shiboken6", "qtpy", "qtawesome")',
                          '("PySide6", "shiboken6", "qtpy", "qtawesome", "sqlalchemy", "alembic")')
    result = subprocess.run([sys.executable, "-c", probe, "nejat_desk.core"], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1] == ""


def test_every_third_party_import_is_a_declared_dependency():
    """A clean install gets only what pyproject.toml declares: an undeclared import works in a
    developer's venv and fails on a fresh machine."""
    import ast
    import importlib.metadata
    import re
    import tomllib
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    declared = {re.split(r"[<>=!~;\[ ]", d)[0].lower().replace("_", "-")
                for d in tomllib.loads((root / "pyproject.toml").read_text())["project"]["dependencies"]}
    providers = importlib.metadata.packages_distributions()
    missing: dict[str, str] = {}
    for path in (root / "nejat_desk").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                if top in sys.stdlib_module_names or top == "nejat_desk":
                    continue
                dists = {d.lower().replace("_", "-") for d in providers.get(top, [top])}
                if not dists & declared:
                    missing[top] = str(path.relative_to(root))
    assert not missing, f"imported but not in pyproject.toml dependencies: {missing}"


# --- the layers' import rules (issue #14) ---------------------------------------------------------

PACKAGE_ROOT = Path(__file__).resolve().parents[2] / "nejat_desk"
BELOW_THE_FRONT_ENDS = ("core", "storage", "services", "exporters")
# The window reaches the library only through the application layer (context.desk).
GUI_FORBIDDEN = ("nejat_desk.storage", "sqlalchemy", "sqlite3", "alembic")
# GUI modules still waiting for their service (the media side of issue #14 empties this).
GUI_PENDING: set[str] = set()


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """(line, dotted module) of every import in the file, wherever it stands: at the top, inside a
    function, or under TYPE_CHECKING (a type-only import is still a dependency). Relative imports
    are resolved against the file's own package."""
    import ast

    package = list(path.relative_to(PACKAGE_ROOT.parent).with_suffix("").parts[:-1])
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = ".".join(package[:len(package) - node.level + 1]) if node.level else ""
            module = ".".join(p for p in (base, node.module or "") if p)
            found.append((node.lineno, module))
            # `from nejat_desk import storage` names the package in the alias
            found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
    return found


def violations(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in sorted((PACKAGE_ROOT / layer).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for line, module in imported_modules(path):
            if any(module == f or module.startswith(f + ".") for f in forbidden):
                found.append(f"{path.relative_to(PACKAGE_ROOT)}:{line} imports {module}")
    return found


def test_the_window_imports_no_storage_sqlalchemy_or_sqlite3():
    found = [v for v in violations("gui", GUI_FORBIDDEN) if v.split(":")[0] not in GUI_PENDING]
    assert not found, "the window must go through context.desk:\n" + "\n".join(found)


def test_pending_gui_modules_are_still_pending():
    """An entry leaves GUI_PENDING as soon as its module is clean, so the list only shrinks."""
    still = {v.split(":")[0] for v in violations("gui", GUI_FORBIDDEN)}
    assert still >= GUI_PENDING, f"clean now, remove from GUI_PENDING: {sorted(GUI_PENDING - still)}"


def test_exporters_import_no_services():
    found = violations("exporters", ("nejat_desk.services",))
    assert not found, "exporters take plain values; the services call them:\n" + "\n".join(found)


def test_nothing_below_the_front_ends_imports_them():
    found = [v for layer in BELOW_THE_FRONT_ENDS for v in violations(layer, ("nejat_desk.cli", "nejat_desk.gui"))]
    assert not found, "\n".join(found)


def test_the_rules_see_every_kind_of_import(tmp_path, monkeypatch):
    """The scan finds top-level, nested, type-only, relative and package-alias imports."""
    package = tmp_path / "nejat_desk" / "gui" / "demo"
    package.mkdir(parents=True)
    (package / "widget.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from nejat_desk.storage.library import Library\n"
        "def f():\n    import sqlite3\n"
        "from ...storage import models\n"
        "from nejat_desk import storage\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE_ROOT", tmp_path / "nejat_desk")
    found = sorted(v.split(":", 1)[1] for v in violations("gui", GUI_FORBIDDEN))
    assert found == ["3 imports nejat_desk.storage.library", "3 imports nejat_desk.storage.library.Library",
                     "5 imports sqlite3", "6 imports nejat_desk.storage", "6 imports nejat_desk.storage.models",
                     "7 imports nejat_desk.storage"], found
