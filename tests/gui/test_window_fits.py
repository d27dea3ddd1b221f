"""The default window fits 1366 x 768 and 1280 x 800 laptop screens with nothing cut: list
columns, "Create translation in…", the metadata panel's fields and labels; Title, Slug and
Source URL show the start of their text; placeholders fit their fields, the article list needs
no horizontal scroll bar, buttons with a menu are as wide as their hint with the arrow beside the text. Each screen is an offscreen screen of that size."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
@pytest.mark.parametrize("screen", [(1366, 768), (1280, 800)])
def test_the_window_fits_a_laptop_screen(tmp_path, screen, language):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": screen[0],
                                               "height": screen[1], "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    run = subprocess.run([sys.executable, "-m", "tests.gui.window_fit_check", language], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr[-2000:]
    problems = json.loads(run.stdout.strip().splitlines()[-1])
    assert problems == []
