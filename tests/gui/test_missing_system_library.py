"""Without a usable libGL.so.1 the window says what to install, in a sentence, not a traceback.

The loader is made to find a broken libGL.so.1 first (an empty file on LD_LIBRARY_PATH), which
fails exactly where a machine without the library fails: importing PySide6.QtGui.
"""

from __future__ import annotations

import os
import subprocess
import sys


def test_the_window_without_libgl_names_the_package_and_exits(tmp_path):
    fake = tmp_path / "lib"
    fake.mkdir()
    (fake / "libGL.so.1").write_bytes(b"")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(LD_LIBRARY_PATH=str(fake), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"),
               XDG_CACHE_HOME=str(tmp_path / "cache"), QT_QPA_PLATFORM="offscreen", LANGUAGE="en", LC_ALL="C.UTF-8")
    result = subprocess.run([sys.executable, "-m", "nejat_desk", "--library", str(tmp_path / "library")],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "libGL.so.1" in result.stderr and "sudo apt install libgl1" in result.stderr
    assert not (tmp_path / "library").exists()  # nothing was created for a window that never opened
