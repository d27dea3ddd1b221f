"""The Export dialog and the share-snippet previews, driven through their real widgets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox

from nejat_desk.core.domain import Platform
from nejat_desk.gui.context import AppContext
from nejat_desk.gui.settings import Settings
from nejat_desk.gui.tasks import TaskRunner
from tests.exporters.conftest import populate


@pytest.fixture
def context(library: Any, tmp_path: Path, qtbot: Any) -> Any:
    tasks = TaskRunner()
    ctx = AppContext(library, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), tasks)
    yield ctx
    tasks.wait_all(5000)


@pytest.fixture
def content(library: Any) -> dict[str, int]:
    return populate(library)


def test_export_dialog_runs_an_export(context: Any, content: dict[str, int], qtbot: Any, tmp_path: Path) -> None:
    from nejat_desk.gui.export.dialog import ExportDialog

    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("wxr"))
    dialog.edition_combo.setCurrentIndex(dialog.edition_combo.findData("en"))
    out = tmp_path / "en.xml"
    dialog.out_edit.setText(str(out))
    with qtbot.waitSignal(dialog.export_finished, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].counts["articles"] == 2
    assert out.exists() and b"<wp:wxr_version>1.2</wp:wxr_version>" in out.read_bytes()
    assert "Done:" in dialog.log.toPlainText()
    assert dialog.export_button.isEnabled() and not dialog.cancel_button.isEnabled()
    # switching to a folder format drops the file suffix
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("html"))
    assert dialog.out_edit.text() == str(tmp_path / "en")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None


def test_export_dialog_reports_bad_choices(context: Any, content: dict[str, int], qtbot: Any, tmp_path: Path,
                                           monkeypatch: Any) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QMessageBox

    from nejat_desk.gui.export.dialog import ExportDialog

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.start_export()
    assert shown and "Choose where" in shown[-1]
    dialog.out_edit.setText(str(tmp_path / "x.xml"))
    dialog.dates_check.setChecked(True)
    dialog.from_edit.setDate(QDate(2025, 1, 1))
    dialog.to_edit.setDate(QDate(2024, 1, 1))
    dialog.start_export()
    assert "start date is after the end date" in shown[-1]
    assert not (tmp_path / "x.xml").exists()


def test_export_failure_is_shown(context: Any, content: dict[str, int], qtbot: Any, tmp_path: Path) -> None:
    from nejat_desk.gui.export.dialog import ExportDialog

    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x")
    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("wxr"))
    dialog.out_edit.setText(str(blocker_file / "inside.xml"))
    with qtbot.waitSignal(dialog.export_failed, timeout=20000):
        dialog.start_export()
    assert "Failed:" in dialog.log.toPlainText()


def test_snippet_preview_platforms_copy_and_rtl(context: Any, content: dict[str, int], qtbot: Any) -> None:
    from nejat_desk.gui.export.snippet_preview import SnippetPreviewPanel

    panel = SnippetPreviewPanel(context)
    qtbot.addWidget(panel)
    panel.resize(700, 640)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.show_article(content["fa"])
    assert panel.tabs.count() == 7
    x_card = panel.cards[Platform.X]
    assert x_card.body.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert x_card.editor.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft
    assert "of 280" in x_card.measure.text()
    qtbot.mouseClick(x_card.copy_link, Qt.MouseButton.LeftButton)
    assert "utm_source=x" in QGuiApplication.clipboard().text()
    skype = panel.cards[Platform.SKYPE]
    assert not skype.copy_share.isEnabled() and skype.notice.isVisibleTo(skype)
    assert "May 2025" in skype.notice.text()
    qtbot.mouseClick(skype.copy_text, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == skype.snippet.text
    whatsapp = panel.cards[Platform.WHATSAPP]
    assert whatsapp.body.text().startswith("<b>")

    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.show_article(content["en"])
    assert panel.cards[Platform.X].body.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_hand_edited_snippet_is_kept_and_reset(context: Any, content: dict[str, int], qtbot: Any) -> None:
    from nejat_desk.gui.export.snippet_preview import SnippetPreviewPanel

    panel = SnippetPreviewPanel(context)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        panel.show_article(content["en"])
    card = panel.cards[Platform.FACEBOOK]
    card.editor.setPlainText("Our own words")
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        qtbot.mouseClick(card.save_button, Qt.MouseButton.LeftButton)
    assert card.editor.toPlainText() == "Our own words" and card.reset_button.isEnabled()
    with qtbot.waitSignal(panel.loaded, timeout=20000):
        qtbot.mouseClick(card.reset_button, Qt.MouseButton.LeftButton)
    assert card.editor.toPlainText() != "Our own words"


def test_unknown_article_says_so(context: Any, content: dict[str, int], qtbot: Any) -> None:
    from nejat_desk.gui.export.snippet_preview import SnippetPreviewPanel

    panel = SnippetPreviewPanel(context)
    qtbot.addWidget(panel)
    panel.show_article(99999)
    qtbot.waitUntil(lambda: "no article" in panel.status.text(), timeout=20000)


def test_file_menu_offers_export(library: Any, tmp_path: Path, qtbot: Any) -> None:
    from nejat_desk.gui.main_window import MainWindow

    tasks = TaskRunner()
    window = MainWindow(AppContext(library, Settings(QSettings(str(tmp_path / "s.ini"),
                                                               QSettings.Format.IniFormat)), tasks))
    qtbot.addWidget(window)
    texts = [a.text() for a in window.file_menu.actions()]
    assert "&Export…" in texts and "Share &Snippets…" in texts
    tasks.wait_all(5000)


def test_window_import_takes_a_wxr_file(context: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    from nejat_desk.gui.importing import ImportController
    from nejat_desk.services.articles import ArticleService

    fixture = Path(__file__).parents[1] / "services" / "data" / "wordpress-export.xml"
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = ImportController(context, parent)
    done: list[Any] = []
    controller._done = lambda lines: done.append(lines)  # the report box is not the subject here
    controller.import_paths([fixture])
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    assert any("3 created" in line for line in done[0])
    assert ArticleService(context.library).find_by_slug("en", "families-wait-for-news") is not None


def test_export_to_a_folder_of_other_files_is_refused_in_a_message_box(
        context: Any, content: dict[str, int], qtbot: Any, tmp_path: Path, monkeypatch: Any,
        library_dir: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    from nejat_desk.gui.export.dialog import ExportDialog

    boxes: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a, **k: boxes.append((title, text)))
    documents = tmp_path / "Documents"
    (documents / "personal").mkdir(parents=True)
    (documents / "personal" / "thesis.txt").write_text("mine", encoding="utf-8")
    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("html"))
    for place in (documents, library_dir):
        dialog.out_edit.setText(str(place))
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert boxes and str(place) in boxes[-1][1]
        assert dialog.handle is None and dialog.export_button.isEnabled()  # nothing started
    assert "not empty" in boxes[0][1] and "library" in boxes[1][1]
    assert sorted(p.name for p in documents.rglob("*")) == ["personal", "thesis.txt"]
    assert (documents / "personal" / "thesis.txt").read_text(encoding="utf-8") == "mine"


def test_hootsuite_time_zone_is_chosen_in_the_dialog_and_named(context: Any, content: dict[str, int], qtbot: Any,
                                                               tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from nejat_desk.gui.export.dialog import ExportDialog
    from nejat_desk.storage.models import SocialSnippet

    with context.library.session() as s:
        s.add(SocialSnippet(article_id=content["en"], platform="x", text="",
                            scheduled_at=datetime.now(UTC).replace(minute=0, second=0) + timedelta(days=2)))
    dialog = ExportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.zone_combo.isVisible()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("hootsuite-csv"))
    assert dialog.zone_combo.isVisible() and dialog.zone_combo.currentText() == "UTC"
    dialog.zone_combo.setCurrentText("Asia/Baghdad")
    out = tmp_path / "bulk.csv"
    dialog.out_edit.setText(str(out))
    with qtbot.waitSignal(dialog.export_finished, timeout=20000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].counts["rows"] == 1
    assert "Asia/Baghdad" in dialog.log.toPlainText()
