"""A library of the system that Qt cannot load is named with the package that brings it."""

from __future__ import annotations

from nejat_desk.core.system_libraries import missing_library, what_to_install


def test_the_loader_s_messages_name_the_library():
    assert missing_library(ImportError("libGL.so.1: cannot open shared object file: No such file or "
                                       "directory")) == "libGL.so.1"
    assert missing_library(ImportError("/opt/x/libxkbcommon-x11.so.0: file too short")) == "libxkbcommon-x11.so.0"
    assert missing_library(ImportError("No module named 'PySide6'")) is None
    assert missing_library(OSError("libGL.so.1")) is None


def test_a_known_library_gets_its_packages_and_an_unknown_one_its_name():
    known = what_to_install("libGL.so.1")
    assert "libGL.so.1" in known and "sudo apt install libgl1" in known and "sudo dnf install mesa-libGL" in known
    unknown = what_to_install("libfoo.so.3")
    assert "libfoo.so.3" in unknown and "apt" not in unknown
