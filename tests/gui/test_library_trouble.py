"""The window on a damaged library says what the command line says (damaged, `check`,
`restore --latest-good`), and on a read-only library shows a bar and refuses edits with the reason."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QMessageBox

from nejat_desk.app import build_window, install_exception_dialog
from nejat_desk.gui.settings import Settings
from nejat_desk.services.articles import ArticleService
from nejat_desk.storage.library import Library


def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def shown(monkeypatch) -> list[tuple[str, str]]:
    """What QMessageBox.warning was asked to show: (title, text)."""
    seen: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _parent, title, text, *a, **k: (seen.append((title, text)), QMessageBox.StandardButton.Ok)[1]))
    return seen


@pytest.fixture
def text_damaged(library_dir: Path) -> Path:
    """A library whose newest article's title is not UTF-8 (the damage behind "could not decode")."""
    library = Library.open(library_dir, create=True)
    service = ArticleService(library)
    for n in range(5):
        service.create("en", f"Harbour report {n}")
    library.backup("manual", "good")
    library.close()
    conn = sqlite3.connect(library_dir / "library.sqlite3")
    conn.execute("UPDATE articles SET title = CAST(X'48FFFE41' AS TEXT), updated_at = '2999-01-01 00:00:00' "
                 "WHERE id = 3")
    conn.commit()
    conn.close()
    return library_dir


def test_the_article_list_on_a_damaged_library_names_it_and_the_way_out(qtbot, tmp_path, text_damaged):
    library = Library.open(text_damaged)
    try:
        window, context = build_window(library, settings(tmp_path))
        qtbot.addWidget(window)
        window.show()
        panel = window.show_workspace("articles").list_panel  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: panel.message.isVisible(), timeout=10000)
        text = panel.message.text()
        assert f"The library database {text_damaged / 'library.sqlite3'} is damaged" in text
        assert "nejat-desk check" in text and "restore --latest-good" in text and "-good.sqlite3" in text
        context.tasks.wait_all()
    finally:
        library.close()


def test_an_uncaught_database_error_in_the_window_is_a_damaged_library_not_a_crash(qtbot, text_damaged, shown):
    library = Library.open(text_damaged)
    before = sys.excepthook
    try:
        install_exception_dialog(library)
        conn = library.raw()
        try:
            conn.execute("SELECT title FROM articles").fetchall()
        except sqlite3.OperationalError as exc:  # what a slot that forgot to catch it would let through
            sys.excepthook(type(exc), exc, exc.__traceback__)
        finally:
            conn.close()
    finally:
        sys.excepthook = before
        library.close()
    assert [title for title, _text in shown] == ["Library damaged"]
    assert "is damaged" in shown[0][1] and "restore --latest-good" in shown[0][1]


def test_a_read_only_library_shows_a_bar_and_refuses_edits_with_the_reason(qtbot, tmp_path, library_dir, shown):
    with Library.open(library_dir, create=True) as library:
        ArticleService(library).create("en", "Harbour report")
    before = (library_dir / "library.sqlite3").read_bytes()
    library = Library.open(library_dir, read_only=True)
    try:
        window, context = build_window(library, settings(tmp_path))
        qtbot.addWidget(window)
        window.show()
        bar = window.findChild(QLabel, "read_only_bar")
        assert bar is not None and bar.isVisible()
        assert "This library is read-only (it was opened read-only on purpose)" in bar.text()
        workspace = window.show_workspace("articles")
        panel = workspace.list_panel  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10000)  # browsing works
        assert workspace.new_article() is None  # type: ignore[attr-defined]
        assert len(shown) == 1 and "is read-only (it was opened read-only on purpose)" in shown[0][1]
        assert "copy the library to a folder you can write to" in shown[0][1]
        context.tasks.wait_all()
    finally:
        library.close()
    assert (library_dir / "library.sqlite3").read_bytes() == before
    assert not (library_dir / "library.lock").exists()
