"""After a crash the next start reopens the article being edited, at the cursor, puts back the
typing autosave had not stored yet and says so, once. The crash is the window never closing:
no closeEvent, no flush; the journal on disk is all the next start has."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from nejat_desk.app import build_window, start_background_checks
from nejat_desk.gui.articles import autosave
from nejat_desk.gui.settings import Settings
from nejat_desk.services.articles import ArticleService
from tests.gui.articles_helpers import seed_articles


def open_window(library, tmp_path, qtbot):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window, context = build_window(library, settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window, context


def test_the_next_start_resumes_where_the_writer_was(library, tmp_path, qtbot, monkeypatch):
    ids = seed_articles(library)
    service = ArticleService(library)
    saved_body = service.get(ids["fa"]).body_md
    # Autosave far away: what is typed now reaches only the journal before the "crash".
    monkeypatch.setattr(autosave, "IDLE_MS", 600_000)
    monkeypatch.setattr(autosave, "MAX_INTERVAL_MS", 600_000)
    crashed, crashed_context = open_window(library, tmp_path, qtbot)
    editor = crashed.workspace("articles").editor
    editor.open_article(ids["fa"])
    editor.source.setFocus()
    editor.source.moveCursor(editor.source.textCursor().MoveOperation.End)
    QTest.keyClicks(editor.source, " Tabriz 2026")
    cursor_at = editor.source.textCursor().position() - len(" 2026")
    cursor = editor.source.textCursor()
    cursor.setPosition(cursor_at)
    editor.source.setTextCursor(cursor)
    journal = crashed_context.desk.recovery
    qtbot.waitUntil(lambda: (state := journal.read()) is not None and state.cursor == cursor_at)
    assert service.get(ids["fa"]).body_md == saved_body  # the library does not have the typing
    crashed.hide()  # the process died here: nothing was closed, flushed or cleared

    monkeypatch.undo()
    window, context = open_window(library, tmp_path, qtbot)
    window.show_workspace("media")
    start_background_checks(context, window)
    articles = window.current_workspace()
    assert articles is window.workspace("articles")
    resumed = articles.editor
    assert resumed.article_id == ids["fa"]
    assert resumed.source.toPlainText() == saved_body + " Tabriz 2026"
    assert resumed.source.textCursor().position() == cursor_at
    qtbot.waitUntil(lambda: QApplication.focusWidget() is resumed.source)
    assert resumed.banner.isVisible() and "recovered" in resumed.banner.text()
    resumed.flush()
    assert service.get(ids["fa"]).body_md == saved_body + " Tabriz 2026"  # and it is stored now
    window.close()  # a normal close: nothing left to recover
    context.tasks.wait_all(5000)
    assert context.desk.recovery.read() is None

    again, again_context = open_window(library, tmp_path, qtbot)
    start_background_checks(again_context, again)
    editor = again.workspace("articles").editor
    assert not editor.banner.isVisible()  # said once
    again.close()
    again_context.tasks.wait_all(5000)
    crashed.workspace("articles").editor.autosaver.shutdown()
    crashed_context.tasks.wait_all(5000)
