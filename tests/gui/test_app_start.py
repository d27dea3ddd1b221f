"""The composition root: first run with example content, and what runs after the first paint."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from nejat_desk.app import build_window, open_library_interactively, start_background_checks
from nejat_desk.gui.settings import Settings
from nejat_desk.services.articles import ArticleService


def test_first_run_opens_example_content_and_reports_missed_items(qtbot, tmp_path, monkeypatch):
    library = open_library_interactively(tmp_path / "lib", False)
    assert library is not None
    try:
        svc = ArticleService(library)
        assert svc.count() >= 8  # example articles in every edition
        aid = svc.create("en", "Came due while closed")
        svc.set_status(aid, "scheduled", scheduled_at=datetime.now(UTC) - timedelta(hours=3))
        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "information",
                            staticmethod(lambda *a, **k: (shown.append(a[2]), QMessageBox.StandardButton.Close)[1]))
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        window, context = build_window(library, settings)
        qtbot.addWidget(window)
        window.show()
        start_background_checks(context, window)
        qtbot.waitUntil(lambda: bool(shown), timeout=15000)
        assert "came due while the app was closed" in shown[0]
        context.tasks.wait_all()
    finally:
        library.close()
