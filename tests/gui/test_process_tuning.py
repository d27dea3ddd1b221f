"""PySide6 checks every module imported after it for its `__feature__` switches by reading its
source; the window keeps that from filling linecache (~25 MB at start-up)."""

from __future__ import annotations

import linecache
import sys

import PySide6.QtCore  # noqa: F401  (the check is installed with PySide6)

from nejat_desk.gui.process_tuning import limit_malloc_arenas, stop_pyside_source_cache


def test_a_module_imported_after_qt_leaves_no_source_in_linecache(tmp_path, monkeypatch):
    stop_pyside_source_cache()
    for name, text in (("plain_module_for_tuning", "VALUE = 1\n" * 500),
                       ("qt_module_for_tuning", "import PySide6  # uses PySide6\nVALUE = 2\n")):
        (tmp_path / f"{name}.py").write_text(text, encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    # An import statement (PySide6 hooks __import__, which importlib.import_module bypasses).
    plain = __import__("plain_module_for_tuning")
    qt = __import__("qt_module_for_tuning")
    try:
        assert plain.__file__ not in linecache.cache and qt.__file__ not in linecache.cache
        feature = sys.modules.get("PySide6.support.feature") or sys.modules["shibokensupport.feature"]
        # PySide6's answer is kept: which modules mention PySide6.
        assert feature.pyside_feature_dict["qt_module_for_tuning"] == 0
        assert feature.pyside_feature_dict["plain_module_for_tuning"] == -1
    finally:
        for name in ("plain_module_for_tuning", "qt_module_for_tuning"):
            sys.modules.pop(name, None)


def test_limiting_malloc_arenas_is_harmless_to_call_again():
    limit_malloc_arenas()
    limit_malloc_arenas()
    assert bytearray(10_000_000)[-1] == 0  # allocation still works
