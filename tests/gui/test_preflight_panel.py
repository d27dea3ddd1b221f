"""The Pre-flight panel in the Articles workspace: it follows typing, jumps to the place to fix,
Schedule goes through the gate, and the list shows and filters blocked articles."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSettings, Qt

from nejat_desk.core.preflight import Place, Severity
from nejat_desk.gui.articles import preflight_gate
from nejat_desk.gui.context import AppContext
from nejat_desk.gui.settings import Settings
from nejat_desk.gui.tasks import TaskRunner
from nejat_desk.services.articles import ArticleService
from nejat_desk.services.media_import import import_media


@pytest.fixture
def context(library, tmp_path, qtbot):
    tasks = TaskRunner()
    ctx = AppContext(library, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), tasks)
    yield ctx
    tasks.wait_all(5000)


@pytest.fixture
def workspace(context, qtbot):
    from nejat_desk.gui.articles.workspace import ArticlesWorkspace

    ws = ArticlesWorkspace(context)
    qtbot.addWidget(ws)
    ws.resize(1366, 768)
    ws.show()
    yield ws
    ws.shutdown()


@pytest.fixture
def farsi(library, tmp_path: Path) -> dict[str, int]:
    path = tmp_path / "harbour.png"
    Image.new("RGB", (640, 360), (30, 90, 160)).save(path)
    media_id = import_media(library, [path]).media_ids[0]
    articles = ArticleService(library)
    article_id = articles.create("fa", "بازگشایی بندر", "بندر پس از سه ماه باز شد.\n\nکشتی‌ها برگشتند.",
                                 byline="سارا", category_path="ایران", featured_media_id=media_id)
    untitled = articles.create("en", "", "Nothing yet.")
    gone = articles.create("en", "Gone", "x", slug="gone")
    articles.trash(gone)
    linking = articles.create("en", "Follow-up", "As [reported](https://nejat.example.org/2026/01/01/gone/).")
    return {"article": article_id, "media": media_id, "untitled": untitled, "linking": linking}


def _codes(controller) -> set[str]:
    return {f.code for f in controller.report.findings} if controller.report else set()


def test_the_panel_follows_typing_and_jumps_to_the_paragraph(workspace, farsi, qtbot) -> None:
    editor = workspace.editor
    controller = workspace.preflight
    assert controller.tabs.indexOf(controller.panel) == 1 and controller.tabs.indexOf(editor.metadata) == 0
    with qtbot.waitSignal(controller.report_shown, timeout=5000):
        editor.open_article(farsi["article"])
    assert {"missing_alt", "missing_excerpt", "small_og_image"} <= _codes(controller)
    assert "letter_forms" not in _codes(controller)
    # Sentences in the interface language, laid out its way even for a Farsi article.
    assert controller.panel.view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # An Arabic yeh typed into the second paragraph: the check sees the unsaved text.
    body = editor.source.toPlainText()
    editor.source.setPlainText(body + "\n\nيک خبر دیگر.")
    qtbot.waitUntil(lambda: "letter_forms" in _codes(controller), timeout=5000)
    assert controller.panel.select_finding("letter_forms")
    controller.panel.go_button.click()
    cursor = editor.source.textCursor()
    assert cursor.selectedText() == "ي" and editor.source.hasFocus()
    assert cursor.blockNumber() == 4  # the fifth line: the new paragraph


def test_jumps_to_a_field_and_to_the_picture_in_media(workspace, farsi, qtbot) -> None:
    editor = workspace.editor
    controller = workspace.preflight
    with qtbot.waitSignal(controller.report_shown, timeout=5000):
        editor.open_article(farsi["article"])
    controller.tabs.setCurrentWidget(controller.panel)
    assert controller.panel.select_finding("missing_excerpt")
    controller.panel.go_button.click()
    assert controller.tabs.currentWidget() is editor.metadata and editor.metadata.excerpt_edit.hasFocus()
    assert controller.panel.select_finding("missing_alt", Place.MEDIA)
    with qtbot.waitSignal(workspace.context.open_requested, timeout=2000) as opened:
        controller.panel.go_button.click()
    assert opened.args == ["media", farsi["media"]]


def test_schedule_meets_the_gate_and_an_override_is_kept(workspace, farsi, library, qtbot, monkeypatch) -> None:
    editor = workspace.editor
    controller = workspace.preflight
    with qtbot.waitSignal(controller.report_shown, timeout=5000):
        editor.open_article(farsi["linking"])
    assert [f.code for f in controller.report.blocking] == ["link_trashed"]
    assert controller.report.blocking[0].severity is Severity.BLOCKS
    asked: list[list[str]] = []
    answers = iter(["", "Placeholder for the morning slot"])

    def ask(reports, _parent):
        asked.append([f.message for r in reports for f in r.blocking])
        return next(answers)

    monkeypatch.setattr(preflight_gate, "ask_override", ask)
    when = datetime(2031, 5, 6, 7, 0, tzinfo=UTC)
    editor.metadata.status_requested.emit("scheduled", when)
    assert len(asked) == 1 and "in the trash" in asked[0][0]
    assert ArticleService(library).get(farsi["linking"]).status == "draft"
    assert "pre-flight" in editor.metadata.errors["status"].text()
    editor.metadata.status_requested.emit("scheduled", when)
    article = ArticleService(library).get(farsi["linking"])
    assert article.status == "scheduled" and article.scheduled_at == when
    notes = [r.note for r in ArticleService(library).revisions(farsi["linking"]) if r.reason == "preflight-override"]
    assert len(notes) == 1 and "Placeholder for the morning slot" in notes[0]
    # A status that does not go out is not asked about.
    editor.metadata.status_requested.emit("draft", None)
    assert len(asked) == 2


def test_the_list_badges_and_filters_blocked_articles(workspace, farsi, qtbot) -> None:
    editor = workspace.editor
    controller = workspace.preflight
    blocked = workspace.blocked_articles
    panel = workspace.list_panel
    panel.model.reload()  # the articles were made after the list was built
    qtbot.waitUntil(lambda: panel.model.row_of(farsi["untitled"]) is not None, timeout=5000)
    with qtbot.waitSignal(blocked.changed, timeout=5000):
        editor.open_article(farsi["untitled"])
    assert farsi["untitled"] in blocked.ids
    row = panel.model.row_of(farsi["untitled"])
    option_icon = panel.view.itemDelegateForColumn(0)
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.widget = panel.view
    option_icon.initStyleOption(option, panel.model.index(row, 0))
    assert not option.icon.isNull()
    other = QStyleOptionViewItem()
    other.widget = panel.view
    option_icon.initStyleOption(other, panel.model.index(panel.model.row_of(farsi["article"]), 0))
    assert other.icon.isNull()
    panel.blocked_check.setChecked(True)
    qtbot.waitUntil(lambda: panel.model.ids() == [farsi["untitled"]], timeout=5000)
    assert panel.current_filter().preflight_blocked
    # Fixed: the next check records it, the badge goes and the filter no longer lists it.
    with qtbot.waitSignal(blocked.changed, timeout=5000):
        editor.metadata.title_edit.setText("A title at last")
        editor.metadata.title_edited.emit("A title at last")
    assert farsi["untitled"] not in blocked.ids and not _codes(controller) & {"missing_title"}
    qtbot.waitUntil(lambda: panel.model.ids() == [], timeout=5000)  # the filtered list follows by itself


def test_check_all_marks_every_blocked_article_in_the_list(workspace, farsi, qtbot) -> None:
    _ = workspace.editor  # the panel comes with the editor
    controller = workspace.preflight
    blocked = workspace.blocked_articles
    assert farsi["untitled"] not in blocked.ids  # never opened, never checked
    with qtbot.waitSignal(blocked.changed, timeout=20000):
        controller.panel.check_all_button.click()
    # No title; a link to the trash; a picture without Farsi alt text.
    assert blocked.ids == {farsi["untitled"], farsi["linking"], farsi["article"]}
    qtbot.waitUntil(lambda: controller.panel.check_all_button.isEnabled(), timeout=5000)
    assert controller.panel.online_status.text().endswith("3")


def test_calendar_moves_and_the_publish_dialog_meet_the_gate(context, farsi, library, qtbot, monkeypatch) -> None:
    from datetime import timedelta

    from nejat_desk.gui.schedule.workspace import ScheduleWorkspace
    from nejat_desk.services.schedule import ScheduleService
    from nejat_desk.storage.models import OutboxJob, SiteProfile

    asked: list[str] = []
    monkeypatch.setattr(preflight_gate, "ask_override", lambda reports, _p: asked.append(reports[0].label) or "")
    key = f"article:{farsi['linking']}"
    start = datetime(2031, 5, 6, 7, 0, tzinfo=UTC)
    ScheduleService(library).reschedule(key, start)
    schedule = ScheduleWorkspace(context)
    qtbot.addWidget(schedule)
    schedule.go_to(start.date())
    qtbot.waitUntil(lambda: schedule.model.row_of(key) is not None, timeout=5000)
    assert not schedule.request_move(key, (start + timedelta(hours=2)).replace(tzinfo=None))
    assert asked == ["Follow-up"] and schedule.undo.count() == 0
    assert ScheduleService(library).item(key).when == start

    with library.session() as session:
        session.add(SiteProfile(name="wp", base_url="https://wp.example.org", username="desk", editions=["en"]))
    from nejat_desk.gui.sites.workspace import SitesWorkspace

    sites = SitesWorkspace(context)
    qtbot.addWidget(sites)
    dialog = sites.publish([farsi["linking"]])
    dialog.status.setCurrentIndex(dialog.status.findData("publish"))
    dialog.accept()
    assert asked == ["Follow-up", "Follow-up"]
    with library.session() as session:
        assert session.query(OutboxJob).count() == 0  # refused: nothing queued, nothing sent


def test_the_override_dialog_waits_for_a_reason(qtbot, library) -> None:
    from nejat_desk.services.preflight import PreflightService

    article_id = ArticleService(library).create("en", "", "x")
    report = PreflightService(library).check_article(article_id)
    dialog = preflight_gate.OverrideDialog([report])
    qtbot.addWidget(dialog)
    assert "The article has no title." in dialog.findings.toPlainText()
    assert not dialog.override_button.isEnabled()
    dialog.reason.setText("   ")
    assert not dialog.override_button.isEnabled()
    dialog.reason.setText("Wire copy, titled on the site")
    assert dialog.override_button.isEnabled()


def test_the_gallery_editor_shows_its_findings_and_selects_the_picture(context, library, farsi, qtbot) -> None:
    from nejat_desk.gui.articles import preflight_dialog
    from nejat_desk.gui.media.workspace import MediaWorkspace
    from nejat_desk.storage.models import Gallery, GalleryItem, GalleryText

    with library.session() as session:
        gallery = Gallery(kind="photo_gallery", slug="harbour")
        gallery.texts = [GalleryText(edition_code="fa", title="بندر"), GalleryText(edition_code="en", title="")]
        gallery.items = [GalleryItem(media_id=farsi["media"], position=0)]
        session.add(gallery)
        session.flush()
        gallery_id = gallery.id
    media = MediaWorkspace(context)
    qtbot.addWidget(media)
    media.show()
    editor = media.galleries
    media.tabs.setCurrentWidget(editor)  # where the button is
    media.activateWindow()
    qtbot.waitUntil(media.isActiveWindow, timeout=3000)
    editor.reload_list()
    editor.open_gallery(gallery_id)
    shown: list[preflight_dialog.FindingsDialog] = []
    media.preflight_button.clicked.disconnect()
    preflight_dialog_button = preflight_dialog.add_gallery_check(editor, context, show=shown.append)
    preflight_dialog_button.click()
    [dialog] = shown
    qtbot.addWidget(dialog)
    assert dialog.tabs.count() == 2  # English and Farsi
    english = dialog.panels[[dialog.tabs.tabText(i) for i in range(2)].index("English")]
    assert english.select_finding("missing_title")
    farsi_panel = dialog.panels[1 - dialog.panels.index(english)]
    assert farsi_panel.select_finding("missing_alt", Place.MEDIA)
    editor.items_view.clearSelection()
    farsi_panel.go_button.click()
    first = editor.items_model.index(0)
    assert editor.items_view.selectionModel().isSelected(first) and editor.items_view.hasFocus()
    media.loader.wait()


def test_the_issue_editor_shows_its_findings_and_jumps_to_the_pdf(context, library, qtbot) -> None:
    from nejat_desk.gui.articles import preflight_dialog
    from nejat_desk.gui.schedule.issue_editor import IssueEditor
    from nejat_desk.services.publications import PublicationService
    from nejat_desk.storage.models import PublicationIssue, PublicationSeries

    with library.session() as session:
        issue = PublicationIssue(series=PublicationSeries(kind="books", edition_code="ar", name="كتب", slug="books"),
                                 number=1)
        session.add(issue)
        session.flush()
        issue_id = issue.id
    editor = IssueEditor(PublicationService(library), issue_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=3000)
    shown: list[preflight_dialog.FindingsDialog] = []
    button = preflight_dialog.add_issue_check(editor, context, show=shown.append)
    button.click()
    [dialog] = shown
    qtbot.addWidget(dialog)
    [panel] = dialog.panels
    assert dialog.tabs.tabText(0) == "Arabic" and panel.select_finding("missing_pdf")
    panel.go_button.click()
    assert editor.pdf_combo.hasFocus()
    new = IssueEditor(PublicationService(library), None)
    qtbot.addWidget(new)
    assert not preflight_dialog.add_issue_check(new, context).isEnabled()  # nothing saved to check yet


def test_typing_reuses_what_was_read_until_the_library_changes(workspace, farsi, library, qtbot) -> None:
    from nejat_desk.storage.models import Article

    editor = workspace.editor
    controller = workspace.preflight
    with qtbot.waitSignal(controller.report_shown, timeout=5000):
        editor.open_article(farsi["linking"])
    qtbot.waitUntil(lambda: controller._facts is not None, timeout=5000)
    read = controller._facts
    assert "link_trashed" in _codes(controller)
    with qtbot.waitSignal(controller.report_shown, timeout=5000):
        editor.source.setPlainText(editor.source.toPlainText() + "\n\nMore  words.")
    assert controller._facts is read and "double_space" in _codes(controller)  # the text again, not the library
    # The linked article comes back from the trash elsewhere in the window: the check reads the library again.
    with library.session() as session:
        gone = session.query(Article).filter_by(slug="gone").one().id
    ArticleService(library).restore_from_trash(gone)
    with qtbot.waitSignal(controller.report_shown, timeout=5000):
        controller.refresh()  # nobody said the library changed: what was read is kept
    assert controller._facts is read and "link_trashed" in _codes(controller)
    workspace.context.articles_changed.emit([gone])
    qtbot.waitUntil(lambda: controller._facts is not None and controller._facts is not read, timeout=5000)
    qtbot.waitUntil(lambda: "link_trashed" not in _codes(controller), timeout=5000)
