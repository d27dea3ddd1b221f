"""Run in a child process on an offscreen screen of a given size (QT_QPA_PLATFORM=offscreen:
configfile=...): open the window on the example library in an interface language, show every
workspace and print, as JSON, what does not fit (an empty list when everything does)."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QStyle, QToolButton, QWidget

from nejat_desk.app import build_window, create_application
from nejat_desk.gui import settings as opt
from nejat_desk.gui.articles.list_model import ARTICLE_ID_ROLE
from nejat_desk.gui.i18n import install_translators
from nejat_desk.gui.settings import Settings
from nejat_desk.gui.workspaces import WORKSPACES
from nejat_desk.services.example_content import load_example_content
from nejat_desk.storage.library import Library


def settle(msecs: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def placeholders_cut(root: QWidget) -> list[str]:
    """Each visible field whose placeholder is wider than the room for text ("fro…", "Catego…")."""
    problems = []
    for edit in root.findChildren(QLineEdit):
        if not edit.isVisible() or not edit.placeholderText() or edit.text():
            continue
        frame = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, edit)
        margins = edit.textMargins()
        room = edit.contentsRect().width() - margins.left() - margins.right() - 2 * frame - 4  # Qt's 2 px a side
        needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        if needed > room:
            problems.append(f"placeholder '{edit.placeholderText()}' cut: {room} < {needed}")
    return problems


def menu_buttons_cut(root: QWidget) -> list[str]:
    """Each visible button with a menu narrower than its size hint, or whose menu arrow would sit
    on its text (an instant pop-up draws the arrow inside the text's room)."""
    problems = []
    for button in root.findChildren(QAbstractButton):
        menu = button.menu() if hasattr(button, "menu") else None
        if not button.isVisible() or menu is None:
            continue
        if button.width() < button.sizeHint().width():
            problems.append(f"'{button.text()}' cut: {button.width()} < {button.sizeHint().width()}")
        if isinstance(button, QToolButton) and \
                button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup and button.text():
            problems.append(f"'{button.text()}': its menu arrow is drawn over its text")
    return problems


def main(language: str) -> list[str]:
    scratch = Path(tempfile.mkdtemp(prefix="nejat-fit-"))
    app = create_application([])
    settings = Settings(QSettings(str(scratch / "s.ini"), QSettings.Format.IniFormat))
    settings.set(opt.UI_LANGUAGE, language)
    install_translators(app, settings)
    library = Library.open(scratch / "library", create=True)
    load_example_content(library)
    problems: list[str] = []
    try:
        window, context = build_window(library, settings)
        window.show()
        settle()
        free = app.primaryScreen().availableGeometry()
        if not free.contains(window.frameGeometry()):
            problems.append(f"window {window.frameGeometry().getRect()} outside the screen {free.getRect()}")
        size = window.size()
        for entry in WORKSPACES:
            workspace = window.show_workspace(entry.workspace_id)
            settle()
            if window.size() != size:
                problems.append(f"{entry.workspace_id}: the window grew to {window.size().toTuple()}")
            if workspace.minimumSizeHint().width() > workspace.width():
                problems.append(f"{entry.workspace_id}: needs {workspace.minimumSizeHint().width()} px")
            problems += [f"{entry.workspace_id}: {p}" for p in placeholders_cut(workspace) + menu_buttons_cut(workspace)]
        articles = window.show_workspace("articles")
        model = articles.list_panel.model
        row = next(r for r in range(model.rowCount()) if "Tabriz book fair" in str(model.data(model.index(r, 0))))
        window.open_record("articles", model.data(model.index(row, 0), ARTICLE_ID_ROLE))
        settle()
        editor, panel = articles.editor, articles.editor.metadata
        if panel.widget().width() > panel.viewport().width():
            problems.append(f"metadata panel cut: {panel.widget().width()} > {panel.viewport().width()}")
        button = editor.translations.create_button
        if button.width() < button.sizeHint().width():
            problems.append(f"'{button.text()}' cut: {button.width()} < {button.sizeHint().width()}")
        for edit in (panel.title_edit, panel.slug_edit, panel.source_url_edit):
            if edit.cursorPosition() != 0:
                problems.append(f"{edit.text()[:20]}… does not show its start")
        for label in panel.widget().findChildren(QLabel):
            if label.isVisible() and label.text() and not label.wordWrap() and label.width() < label.sizeHint().width():
                problems.append(f"label '{label.text()}' cut: {label.width()} < {label.sizeHint().width()}")
            if label.isVisible() and label.text() and label.wordWrap() and \
                    label.heightForWidth(label.width()) > label.height():
                problems.append(f"label '{label.text()}' cut: {label.height()} < {label.heightForWidth(label.width())}")
        for edit in panel.widget().findChildren(QLineEdit):
            if edit.isVisible() and edit.width() < edit.minimumSizeHint().width():
                problems.append(f"field {edit.objectName() or edit.placeholderText()} narrower than its minimum")
        header = articles.list_panel.view.horizontalHeader()
        for column in range(header.count()):
            if not header.isSectionHidden(column) and header.sectionSize(column) < header.sectionSizeHint(column):
                name = model.headerData(column, header.orientation())
                problems.append(f"list column '{name}' cut: {header.sectionSize(column)} < "
                                f"{header.sectionSizeHint(column)}")
            cells = articles.list_panel.view.sizeHintForColumn(column)
            if 0 < column < header.count() - 1 and not header.isSectionHidden(column) and \
                    cells > header.sectionSize(column):  # the title elides, the snippet column stretches
                problems.append(f"list column '{model.headerData(column, header.orientation())}' cuts its "
                                f"cells: {header.sectionSize(column)} < {cells}")
        problems += [f"editor: {p}" for p in menu_buttons_cut(editor)]
        view = articles.list_panel.view
        columns_width = sum(header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c))
        if view.horizontalScrollBar().isVisible() or columns_width > view.viewport().width():
            problems.append(f"the article list needs a horizontal scroll bar: {columns_width} > "
                            f"{view.viewport().width()} px")
        window.close()
        context.tasks.wait_all(10_000)
    finally:
        library.close()
    return problems


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])), flush=True)
