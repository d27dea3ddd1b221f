"""Process-wide settings that keep the window's memory down; applied once by the composition root
(app.create_application) before the first workspace is built. Measured with
benchmarks/memory_session.py (docs/decisions.md, "Speed: memory").
"""

from __future__ import annotations

import ctypes
import ctypes.util
import linecache
import logging
import sys
from types import ModuleType

log = logging.getLogger(__name__)

M_ARENA_MAX = -8  # glibc's mallopt parameter number (malloc.h)


def limit_malloc_arenas(arenas: int = 2) -> None:
    """glibc gives each thread that allocates its own 64 MB malloc arena, and memory freed in one
    is not reused by another: with the task pool, the writer and the preview threads that left
    tens of MB of half-empty arenas. Two arenas serve this app's few busy threads as well."""
    if not sys.platform.startswith("linux"):
        return
    name = ctypes.util.find_library("c")
    if not name:
        return
    try:
        libc = ctypes.CDLL(name)
        if not libc.mallopt(M_ARENA_MAX, arenas):
            log.debug("mallopt(M_ARENA_MAX) refused")
    except (OSError, AttributeError):  # not glibc (musl has no mallopt): nothing to tune
        return


def stop_pyside_source_cache() -> None:
    """PySide6 reads the source of every module imported after it (inspect.getsource, to find
    modules that may use its `__feature__` switches), and linecache keeps every line: ~25 MB of
    strings and ~0.2 s here. The same answer is read from the file without keeping it."""
    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return  # another PySide6 version: nothing to change
    feature._mod_uses_pyside = _uses_pyside
    linecache.clearcache()  # what it read before this call


def _uses_pyside(module: ModuleType) -> bool:
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built-in, compiled or frozen: PySide6's own check says False for these too
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False
