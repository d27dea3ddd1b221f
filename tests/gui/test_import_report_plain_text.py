"""The import report shows file names as text: a file named <b>x</b>.md is not rendered as markup."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from nejat_desk.gui.settings import Settings


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


def _controller(qtbot, library, settings):
    from nejat_desk.gui.context import AppContext
    from nejat_desk.gui.importing import ImportController
    from nejat_desk.gui.tasks import TaskRunner

    parent = QWidget()
    qtbot.addWidget(parent)
    return ImportController(AppContext(library, settings, TaskRunner()), parent), parent


def _shown_text(parent: QWidget) -> tuple[QMessageBox, str]:
    box = parent.findChild(QMessageBox)
    assert box is not None
    label = next(lbl for lbl in box.findChildren(QLabel) if lbl.text() == box.text())
    return box, label.text() if label.textFormat() == Qt.TextFormat.PlainText else "(rich text)"


def test_a_failure_naming_a_file_shows_the_name_as_text(qtbot, library, settings):
    controller, parent = _controller(qtbot, library, settings)
    controller._failed(ValueError("<b>x</b>.md: cannot be read"), "")
    box, shown = _shown_text(parent)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert shown == "<b>x</b>.md: cannot be read"
    box.close()


def test_the_finished_report_shows_lines_as_text(qtbot, library, settings):
    controller, parent = _controller(qtbot, library, settings)
    controller._done(["failed: <i>odd</i>.md — no such file or folder", "<u>Summary</u>: 1 failed"])
    box, shown = _shown_text(parent)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert shown == "<u>Summary</u>: 1 failed"
    assert "<i>odd</i>.md" in box.detailedText()
    box.close()
