"""A stale translation in the Articles workspace: the bar, the changes beside the translation (right
to left where the text is), Mark as up to date, and the list's badge and filter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt

from nejat_desk.gui.context import AppContext
from nejat_desk.gui.settings import Settings
from nejat_desk.gui.tasks import TaskRunner
from nejat_desk.services.articles import ArticleService

ORIGINAL = "The port reopened after three months.\n\nShips returned on Monday.\n\nTrade is slow."
CHANGED = "The port reopened after three months.\n\nShips returned on Tuesday.\n\nTrade is slow.\n\nFees rose."
FARSI = "بندر پس از سه ماه باز شد.\n\nکشتی‌ها دوشنبه برگشتند.\n\nتجارت کند است."


@pytest.fixture
def context(library, tmp_path, qtbot):
    tasks = TaskRunner()
    ctx = AppContext(library, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), tasks)
    yield ctx
    tasks.wait_all(5000)


@pytest.fixture
def stale(library) -> dict[str, int]:
    articles = ArticleService(library)
    original = articles.create("en", "Port reopens", ORIGINAL, excerpt="The port is open.")
    farsi = articles.create_translation(original, "fa")
    articles.save_text(farsi, title="بازگشایی بندر", body_md=FARSI)
    fresh = articles.create_translation(original, "ar")
    articles.save_text(original, title="Port reopens to ships", body_md=CHANGED)
    articles.mark_up_to_date(fresh)
    return {"original": original, "fa": farsi, "ar": fresh}


@pytest.fixture
def workspace(context, qtbot):
    from nejat_desk.gui.articles.workspace import ArticlesWorkspace

    ws = ArticlesWorkspace(context)
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    yield ws
    ws.shutdown()


def _open(qtbot, ws, article_id: int):
    controller = ws.editor.stale_translation
    with qtbot.waitSignal(controller.checked, timeout=5000):
        ws.editor.open_article(article_id)
    return controller


def test_opening_a_stale_translation_shows_the_bar_and_the_original_does_not(qtbot, workspace, stale) -> None:
    controller = _open(qtbot, workspace, stale["fa"])
    assert controller.bar.isVisible()
    assert controller.bar.label.text() == "The English original changed since this translation."
    menu = workspace.menu.actions()
    assert controller.show_action in menu and controller.mark_action in menu
    assert controller.show_action.isEnabled() and controller.mark_action.isEnabled()
    controller.show_action.trigger()  # from the Article menu
    assert controller.dialog is not None and controller.dialog.isVisible()
    controller.dialog.close()
    _open(qtbot, workspace, stale["original"])
    assert not controller.bar.isVisible()
    assert not controller.show_action.isEnabled() and not controller.mark_action.isEnabled()
    _open(qtbot, workspace, stale["ar"])  # marked as up to date
    assert not controller.bar.isVisible()


def test_show_changes_lays_out_the_diff_beside_the_translation_in_each_direction(qtbot, workspace, stale) -> None:
    controller = _open(qtbot, workspace, stale["fa"])
    qtbot.mouseClick(controller.bar.show_button, Qt.MouseButton.LeftButton)
    dialog = controller.dialog
    assert dialog is not None and dialog.isVisible()
    document = dialog.view.document()
    text = document.toPlainText()
    for expected in ("Title", "Port reopens to ships", "Paragraph 2", "Monday", "Tuesday", "Paragraph 4, new in the "
                     "original", "Fees rose.", "کشتی‌ها دوشنبه برگشتند.", "بازگشایی بندر"):
        assert expected in text
    assert "Trade is slow." not in text  # unchanged paragraphs are not shown
    directions = {}
    block = document.begin()
    while block.isValid():
        directions[block.text()] = block.blockFormat().layoutDirection()
        block = block.next()
    assert directions["کشتی‌ها دوشنبه برگشتند."] == Qt.LayoutDirection.RightToLeft
    assert directions["Fees rose."] == Qt.LayoutDirection.LeftToRight
    html = dialog.view.toHtml()
    assert "line-through" in html and "underline" in html  # Monday struck out, Tuesday added


def test_editing_keeps_it_stale_and_mark_as_up_to_date_clears_it(qtbot, workspace, stale, library) -> None:
    articles = ArticleService(library)
    controller = _open(qtbot, workspace, stale["fa"])
    editor = workspace.editor
    with qtbot.waitSignal(editor.article_saved, timeout=5000):
        editor.source.moveCursor(editor.source.textCursor().MoveOperation.End)
        editor.source.insertPlainText("\n\nهزینه‌ها بالا رفت.")
        editor.flush()
    assert articles.is_stale(stale["fa"]) and controller.bar.isVisible()
    dialog = controller.show_changes()
    assert dialog is not None
    with qtbot.waitSignal(controller.marked, timeout=5000):
        qtbot.mouseClick(dialog.mark_button, Qt.MouseButton.LeftButton)
    assert not controller.bar.isVisible() and controller.dialog is None
    assert not articles.is_stale(stale["fa"])
    assert articles.get(stale["fa"]).body_md.endswith("هزینه‌ها بالا رفت.")  # the translation is as typed


def test_the_list_marks_and_filters_stale_translations(qtbot, stale, workspace) -> None:
    from nejat_desk.gui.articles.list_model import STALE_ROLE

    panel = workspace.list_panel
    model = panel.model
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=5000)
    edition = model.columns.index("edition")
    marks = {model.data(model.index(r, 0), STALE_ROLE): model.article_id(r) for r in range(3)}
    assert marks[True] == stale["fa"]
    row = model.row_of(stale["fa"])
    assert row is not None
    assert "stale" in model.data(model.index(row, edition), Qt.ItemDataRole.DisplayRole)
    assert "original changed" in model.data(model.index(row, edition), Qt.ItemDataRole.ToolTipRole)
    panel.stale_check.setChecked(True)
    qtbot.waitUntil(lambda: model.ids() == [stale["fa"]], timeout=5000)
    controller = _open(qtbot, workspace, stale["fa"])
    with qtbot.waitSignal(controller.marked, timeout=5000):
        controller.mark_up_to_date()
    qtbot.waitUntil(lambda: model.ids() == [], timeout=5000)  # the filtered list follows the mark
