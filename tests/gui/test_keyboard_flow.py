"""Writing by keyboard in the real window: Return in the title goes to the body, Tab follows the
reading order (mirrored in right-to-left), Shift+Tab never lands somewhere unseen, shortcuts
focus the search, and an untouched new article never leaves a stray row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from nejat_desk.app import build_window
from nejat_desk.gui import settings as opt
from nejat_desk.gui.settings import Settings
from nejat_desk.services.articles import ArticleService
from tests.gui.articles_helpers import seed_articles


@pytest.fixture
def window(library, tmp_path, qtbot):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    win, context = build_window(library, settings)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    context.tasks.wait_all(5000)
    win.workspace("articles").shutdown()


def focused():
    return QApplication.focusWidget()


def article_count(library) -> int:
    conn = library.raw()
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        conn.close()


def test_return_in_the_title_moves_to_the_body(window, library, qtbot):
    articles = window.workspace("articles")
    articles.new_article("en")
    editor = articles.editor
    qtbot.waitUntil(lambda: focused() is editor.metadata.title_edit)
    QTest.keyClicks(editor.metadata.title_edit, "Tabriz notes")
    QTest.keyClick(editor.metadata.title_edit, Qt.Key.Key_Return)
    assert focused() is editor.source
    QTest.keyClicks(editor.source, "First line")
    assert editor.source.toPlainText() == "First line"
    QTest.keyClick(editor.source, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is editor.metadata.title_edit  # Shift+Tab in the body goes back to the title


def reading_order(editor):
    fields = editor.metadata.fields_in_reading_order()
    return [fields[0], editor.source, editor.preview, *[f for f in fields[1:] if f.isEnabled()]]


@pytest.mark.parametrize("direction", [Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft])
def test_tab_follows_the_reading_order_mirrored_in_right_to_left(library, tmp_path, qtbot, direction):
    QApplication.setLayoutDirection(direction)
    try:
        ids = seed_articles(library)
        settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        win, context = build_window(library, settings)
        qtbot.addWidget(win)
        win.resize(1366, 768)
        win.show()
        editor = win.workspace("articles").editor
        editor.open_article(ids["fa"])
        expected = reading_order(editor)
        editor.preview.setFocus()
        qtbot.waitUntil(lambda: focused() is editor.preview)
        seen = [editor.preview]
        for _ in expected[3:]:
            QTest.keyClick(focused(), Qt.Key.Key_Tab)
            seen.append(focused())
        assert seen == expected[2:]
        for _ in expected[:-1]:  # and back again, all the way to the title
            QTest.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert focused() is expected[0]
        # The layout is mirrored, the order is not: each row starts on the side its text starts.
        slug, auto = editor.metadata.slug_edit, editor.metadata.slug_auto
        x_slug, x_auto = slug.mapTo(win, QPoint(0, 0)).x(), auto.mapTo(win, QPoint(0, 0)).x()
        x_body, x_meta = (w.mapTo(win, QPoint(0, 0)).x() for w in (editor.source, editor.metadata))
        if direction == Qt.LayoutDirection.RightToLeft:
            assert x_slug > x_auto and x_body > x_meta
        else:
            assert x_slug < x_auto and x_body < x_meta
        context.tasks.wait_all(5000)
        win.workspace("articles").shutdown()
    finally:
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def seen_by_the_writer(widget, window) -> bool:
    if widget is None or not widget.isVisible() or widget.width() == 0 or widget.height() == 0:
        return False
    shown = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
    if shown.visibleRegion().isEmpty():
        return False
    centre = widget.mapTo(window, widget.rect().center())
    return window.rect().contains(centre)


def test_shift_tab_never_sends_focus_somewhere_invisible(window, library, qtbot):
    ids = seed_articles(library)
    editor = window.workspace("articles").editor
    editor.open_article(ids["en"])
    sizes = editor.splitter.sizes()
    editor.splitter.setSizes([sizes[0] + sizes[1], 0, sizes[2]])  # the writer closed the preview
    qtbot.waitUntil(lambda: editor.preview.focusPolicy() == Qt.FocusPolicy.NoFocus)
    editor.source.setFocus()
    qtbot.waitUntil(lambda: focused() is editor.source)
    visited = []
    for _ in range(60):
        QTest.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        widget = focused()
        visited.append(type(widget).__name__)
        assert seen_by_the_writer(widget, window), (visited, widget)
    assert "MetadataPanel" not in visited and "PreviewBrowser" not in visited


def test_shortcuts_focus_the_article_search_and_the_schedule_date(window, library, qtbot):
    seed_articles(library)
    articles = window.show_workspace("articles")
    articles.editor.source.setFocus()
    QTest.keyClick(focused() or window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert focused() is articles.list_panel.search_edit
    schedule = window.show_workspace("schedule")
    QTest.keyClick(focused() or window, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: focused() is not None and schedule.go_to_edit.isAncestorOf(focused())
                    or focused() is schedule.go_to_edit)
    from datetime import date

    from PySide6.QtCore import QDate

    schedule.go_to_edit.setDate(QDate(2027, 3, 14))
    QTest.keyClick(focused(), Qt.Key.Key_Return)  # Return shows that day
    assert schedule.anchor == date(2027, 3, 14)


def test_new_article_asks_nothing_and_picks_the_edition(window, library, qtbot):
    articles = window.workspace("articles")
    panel = articles.list_panel
    panel.edition_combo.setCurrentIndex(panel.edition_combo.findData("fa"))
    articles.new_article()
    assert articles.editor.edition == "fa"  # the edition the list is filtered to
    QTest.keyClicks(articles.editor.metadata.title_edit, "x")
    panel.edition_combo.setCurrentIndex(0)
    window.context.settings.set(opt.LAST_EDITION, "sq")
    articles.new_article()
    assert articles.editor.edition == "sq"  # else the last one used
    window.context.settings.set(opt.LAST_EDITION, "")
    previous = QLocale()
    QLocale.setDefault(QLocale("ar"))
    try:
        assert articles.new_edition() == "ar"  # else the interface language's
    finally:
        QLocale.setDefault(previous)


def test_an_untouched_new_article_is_discarded(window, library, qtbot):
    ids = seed_articles(library)
    articles = window.workspace("articles")
    editor = articles.editor
    before = article_count(library)
    articles.new_article("en")
    assert article_count(library) == before + 1
    editor.open_article(ids["en"])  # left with nothing typed
    assert article_count(library) == before
    assert all("untitled" not in (articles.list_panel.model.data(articles.list_panel.model.index(r, 0)) or "")
               for r in range(articles.list_panel.model.rowCount()))
    discarded = articles.new_article("en")
    QTest.keyClick(editor.metadata.title_edit, Qt.Key.Key_Escape)  # Escape discards it
    assert article_count(library) == before and editor.article_id != discarded
    assert focused() is articles.list_panel.view  # back to the list
    articles.new_article("en")
    QTest.keyClicks(editor.metadata.title_edit, "Kept")
    QTest.keyClick(editor.metadata.title_edit, Qt.Key.Key_Escape)  # typed into: Escape keeps it
    editor.flush()
    assert article_count(library) == before + 1
    kept = editor.article_id
    assert ArticleService(library).get(kept).title == "Kept"
    articles.new_article("en")
    window.close()  # closed untouched
    assert article_count(library) == before + 1


def test_help_lists_every_shortcut_of_the_window(window, library, qtbot):
    from PySide6.QtGui import QAction, QKeySequence

    from nejat_desk.gui.shortcuts import ShortcutsDialog

    QTest.keyClick(focused() or window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = qtbot.waitUntil(lambda: window.findChild(ShortcutsDialog) is not None) or window.findChild(ShortcutsDialog)
    qtbot.addWidget(dialog)
    listed = {(e.action, e.keys) for e in dialog.entries}
    missing = []
    for action in window.findChildren(QAction):  # every workspace was built by the dialog
        keys = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts())
        if keys and action.text() and (action.text().replace("&", ""), keys) not in listed:
            missing.append((action.text(), keys))
    assert missing == []
    texts = {e.keys for e in dialog.entries}
    for wanted in ("Ctrl+K", "Ctrl+G", "Ctrl+N", "Ctrl+/", "Ctrl+1", "Esc"):
        assert wanted in texts, sorted(texts)
    assert dialog.table.rowCount() == len(dialog.entries)
    # ...and each is in a menu, where it shows beside its action.
    assert [e for e in dialog.entries if e.place == "Other"] == []
    places = {e.keys: e.place for e in dialog.entries}
    assert places["Ctrl+K"] == "Article" and places["Ctrl+G"] == "Schedule"


def test_the_article_search_finds_as_you_type(window, library, qtbot):
    ids = seed_articles(library)
    tabriz = ArticleService(library).create("en", "Tabriz book fair opens", "Three halls.")
    panel = window.show_workspace("articles").list_panel
    QTest.keyClick(focused() or window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert focused() is panel.search_edit
    with qtbot.waitSignal(panel.search_finished, timeout=10000) as finished:
        QTest.keyClicks(panel.search_edit, "Tabr")  # no Return: the list follows the typing
    assert finished.args == [1]
    assert panel.model.row_of(tabriz) == 0 and panel.model.row_of(ids["en"]) is None
