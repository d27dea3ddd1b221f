"""Test configuration: Qt offscreen, every user folder redirected into a temporary one,
and a real library (a SQLite file on disk) for tests that need one."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Before anything imports Qt: offscreen platform, and no user folders of the machine touched.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
_SANDBOX = Path(tempfile.mkdtemp(prefix="nejat-tests-"))
for var, sub in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"), ("XDG_CACHE_HOME", "cache"),
                 ("XDG_STATE_HOME", "state"), ("NEJAT_DESK_LOG_DIR", "logs")):
    os.environ[var] = str(_SANDBOX / sub)
os.environ.pop("NEJAT_DESK_LIBRARY", None)
# Messages in English whatever the machine's locale; tests of other languages set it themselves.
os.environ["NEJAT_DESK_LANGUAGE"] = "en"
os.environ.pop("LANGUAGE", None)
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.setdefault("XDG_RUNTIME_DIR", str(_SANDBOX / "runtime"))
(_SANDBOX / "runtime").mkdir(mode=0o700, exist_ok=True)
# The keyring library's in-memory backend for tests: nothing reaches a real keyring.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    return tmp_path / "library"


@pytest.fixture
def library(library_dir: Path) -> Iterator[object]:
    """A fresh library on a real SQLite file, with the four editions, closed after the test."""
    from nejat_desk.storage.library import Library

    lib = Library.open(library_dir, create=True)
    try:
        yield lib
    finally:
        lib.close()
