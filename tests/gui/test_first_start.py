"""The first start on an empty folder: the window paints first, the examples arrive after it in
the background, and no dialog interrupts (a brand-new library has missed nothing)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from nejat_desk.app import build_window, is_first_run, open_library_interactively, start_background_checks
from nejat_desk.gui.settings import Settings


def test_window_first_then_examples_without_a_dialog(qtbot, tmp_path, monkeypatch):
    root = tmp_path / "new-library"
    assert is_first_run(root)
    dialogs: list[str] = []
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda *a, n=name, **k: (dialogs.append(f"{n}: {a[1:3]}"), QMessageBox.StandardButton.Close)[1]))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: dialogs.append(box.text()) or 0)
    library = open_library_interactively(root, False)
    assert library is not None
    try:
        conn = library.raw()
        try:  # nothing was imported before the window: it opens at once
            assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
        finally:
            conn.close()
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        window, context = build_window(library, settings)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.first_painted, timeout=10000):
            window.show()
        articles = window.workspace("articles")
        assert articles.list_panel.model.rowCount() == 0  # painted before the examples came
        start_background_checks(context, window, first_run=True)
        qtbot.waitUntil(lambda: articles.list_panel.model.rowCount() >= 14, timeout=30000)
        checked: list[str] = []
        context.status_message.connect(lambda text, _ms: checked.append(text))
        qtbot.waitUntil(lambda: any("no problems" in t for t in checked), timeout=30000)
        qtbot.waitUntil(lambda: not context.tasks.active, timeout=30000)  # every callback has run
        assert dialogs == []
    finally:
        library.close()
