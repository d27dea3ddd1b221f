"""The composition root: what runs after the first paint on a library that was used before."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from nejat_desk.app import build_window, open_library_interactively, start_background_checks
from nejat_desk.gui.settings import Settings
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.example_content import load_example_content


def test_a_used_library_reports_items_missed_while_closed(qtbot, tmp_path, monkeypatch):
    library = open_library_interactively(tmp_path / "lib", False)
    assert library is not None
    try:
        assert load_example_content(library).problems == []
        svc = ArticleService(library)
        aid = svc.create("en", "Came due while closed")
        svc.set_status(aid, "scheduled", scheduled_at=datetime.now(UTC) - timedelta(hours=3))
        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "exec", lambda box: (
            shown.append(f"{box.text()}\n{box.informativeText()}"), QMessageBox.StandardButton.Close)[1])
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        window, context = build_window(library, settings)
        qtbot.addWidget(window)
        window.show()
        start_background_checks(context, window)
        qtbot.waitUntil(lambda: bool(shown), timeout=15000)
        assert "came due while Nejat Desk was closed or offline: 1." in shown[0]
        assert "Publish the article 'Came due while closed' in the English edition." in shown[0]  # each item named
        assert len(shown) == 1  # the example articles are dated ahead: only the one really missed
        context.tasks.wait_all()
    finally:
        library.close()


def test_site_sync_starts_from_the_composition_root_not_from_a_workspace(qtbot, tmp_path, monkeypatch):
    """The outbox timer runs and edits of published articles queue their update, while the
    Sites workspace has never been built."""
    from nejat_desk.services.wordpress.remote import record_link
    from nejat_desk.storage.models import Article, SiteProfile

    library = open_library_interactively(tmp_path / "lib", False)
    assert library is not None
    try:
        monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Close)
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        window, context = build_window(library, settings)
        qtbot.addWidget(window)
        window.show()
        assert not context.sync.timer.isActive()
        start_background_checks(context, window)
        assert context.sync.timer.isActive()
        assert "sites" not in window._workspaces
        articles = ArticleService(library)
        aid = articles.create("en", "Published story", "v1")
        with library.session() as s:
            site = SiteProfile(name="Main", base_url="https://nejat.example.org", username="desk", editions=["en"])
            s.add(site)
            s.flush()
            record_link(s, site.id, "article", aid, 7, synced_version=s.get(Article, aid).version)
        articles.save_text(aid, body_md="v2")
        assert [(j.object_id, j.auto) for j in context.desk.sync.outbox.jobs()] == [(aid, True)]
        context.tasks.wait_all()
    finally:
        library.close()
