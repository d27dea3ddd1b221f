"""PySide6 6.12.0 on Python 3.11 aborts after a few thousand calls of a void method (a reference
count bug on None). The pinned combination must survive 100,000 of them."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
obj = QObject()
widget = QWidget()
for i in range(100_000):
    obj.setObjectName("probe")
    widget.setEnabled(i % 2 == 0)
print("survived")
"""


def test_void_methods_called_100000_times_do_not_crash():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=240, env=env)
    assert result.returncode == 0, f"exit {result.returncode}: {result.stderr[-2000:]}"
    assert result.stdout.strip() == "survived"


def test_installed_pyside_is_a_known_good_version():
    from importlib.metadata import version

    installed = tuple(int(p) for p in version("PySide6-Essentials").split(".")[:2])
    if sys.version_info < (3, 12):
        assert installed < (6, 12), "PySide6 6.12 aborts on Python 3.11 (none_dealloc)"
