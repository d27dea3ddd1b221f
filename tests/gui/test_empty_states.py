"""Empty places say what to do: the media grid invites dropping or importing files, the Sites
workspace explains adding the site, an empty search result says so and offers to clear filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from nejat_desk.app import build_window
from nejat_desk.gui.settings import Settings
from tests.gui.articles_helpers import seed_articles


@pytest.fixture
def window(library, tmp_path, qtbot):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win, context = build_window(library, settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    context.tasks.wait_all(5000)
    win.workspace("articles").shutdown()


def test_an_empty_media_grid_invites_dropping_or_importing(window, library, qtbot, tmp_path):
    from PIL import Image

    media = window.show_workspace("media")
    hint = media.empty_hint
    qtbot.waitUntil(hint.isVisible)
    assert "Drop files here" in hint.label.text()
    assert hint.button.isVisible() and hint.button.text() == media.import_files_action.text()
    assert hint.geometry() == media.grid.viewport().rect()
    picture = tmp_path / "one.png"
    Image.new("RGB", (40, 30), (200, 30, 30)).save(picture)
    media.import_paths([picture])
    qtbot.waitUntil(lambda: media.model.rowCount() == 1, timeout=20000)
    assert not hint.isVisible()


def test_an_empty_sites_workspace_explains_adding_the_site(window, qtbot):
    from nejat_desk.gui.sites.dialogs import SiteDialog

    sites = window.show_workspace("sites")
    hint = sites.sites_empty
    qtbot.waitUntil(hint.isVisible)
    assert "Application Password" in hint.label.text() and "Add" in hint.button.text()
    QTest.mouseClick(hint.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in sites.findChildren(SiteDialog)) or
                    any(d.isVisible() for d in window.findChildren(SiteDialog)))
    for dialog in window.findChildren(SiteDialog):
        dialog.reject()


def test_an_empty_search_says_so_and_offers_to_clear_the_filters(window, library, qtbot):
    seed_articles(library)
    panel = window.show_workspace("articles").list_panel
    panel.load()
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)
    assert not panel.empty_hint.isVisible()
    panel.status_combo.setCurrentIndex(panel.status_combo.findData("draft"))
    panel.apply_filter()
    panel.search_edit.setText("Nonexistentword")
    panel.run_search(synchronous=True)
    qtbot.waitUntil(panel.empty_hint.isVisible)
    assert "Nonexistentword" in panel.empty_hint.label.text()
    assert "filters" in panel.empty_hint.label.text()
    QTest.mouseClick(panel.empty_hint.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 5)
    assert panel.search_edit.text() == "" and panel.status_combo.currentData() == ""
    assert not panel.empty_hint.isVisible()
