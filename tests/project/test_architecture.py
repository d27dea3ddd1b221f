"""The Qt-free layers stay Qt-free: importing all of them never loads PySide6."""

from __future__ import annotations

import subprocess
import sys

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
