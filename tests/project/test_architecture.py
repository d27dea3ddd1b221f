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
