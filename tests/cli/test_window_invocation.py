"""Which command lines open the window (fast path, no subcommand modules imported)."""

import subprocess
import sys

import pytest

from nejat_desk.cli.main import is_window_invocation


@pytest.mark.parametrize("args, window", [
    ([], True),
    (["--library", "/tmp/my lib"], True),
    (["--library=/tmp/x", "--break-lock"], True),
    (["--open-article", "3", "--library", "init"], True),  # "init" is the library folder's name here
    (["--library"], False),  # argparse reports the missing value
    (["init"], False),
    (["--library", "/tmp/x", "list"], False),
    (["--help"], False),
    (["--version"], False),
])
def test_window_invocation(args, window):
    assert is_window_invocation(args) is window


def test_library_open_path_does_not_import_sqlalchemy(library_dir):
    code = ("import sys; from pathlib import Path; from nejat_desk.storage.library import Library; "
            f"lib = Library.open(Path({str(library_dir)!r}), create=False); c = lib.raw(); c.close(); lib.close(); "
            "print('sqlalchemy' in sys.modules)")
    from nejat_desk.storage.library import Library

    Library.open(library_dir, create=True).close()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
