"""Galleries and publication issues meet the pre-flight gate in the window (calendar drags, the
gallery editor's Save with a planned time or Published, the issue editor's Save with a planned
time), and findings write times in the interface's calendar and digits."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, QLocale, QSettings, QTimeZone

from nejat_desk.gui.articles import preflight_gate
from nejat_desk.gui.context import AppContext
from nejat_desk.gui.settings import Settings
from nejat_desk.gui.tasks import TaskRunner
from nejat_desk.services.preflight import PreflightService
from nejat_desk.services.schedule import ScheduleService
from nejat_desk.storage.models import Gallery, GalleryText, PublicationIssue, PublicationSeries

START = datetime(2031, 5, 6, 7, 0, tzinfo=UTC)


@pytest.fixture
def context(library, tmp_path, qtbot):
    tasks = TaskRunner()
    ctx = AppContext(library, Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), tasks)
    yield ctx
    tasks.wait_all(5000)


@pytest.fixture
def empty_gallery(library) -> int:
    """A gallery without pictures: that blocks."""
    with library.session() as session:
        gallery = Gallery(kind="photo_gallery", slug="harbour")
        gallery.texts = [GalleryText(edition_code="en", title="Harbour")]
        session.add(gallery)
        session.flush()
        return gallery.id


@pytest.fixture
def book(library) -> int:
    """A book issue without its PDF: that blocks."""
    with library.session() as session:
        issue = PublicationIssue(series=PublicationSeries(kind="books", edition_code="en", name="Books",
                                                          slug="books"), number=1)
        session.add(issue)
        session.flush()
        return issue.id


def _answer(monkeypatch, reason: str) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(preflight_gate, "ask_override",
                        lambda reports, _p: asked.append(reports[0].blocking[0].code) or reason)
    return asked


def test_calendar_drags_of_galleries_and_issues_meet_the_gate(context, library, empty_gallery, book, qtbot,
                                                             monkeypatch) -> None:
    from nejat_desk.gui.schedule.workspace import ScheduleWorkspace

    keys = {f"gallery:{empty_gallery}": "gallery_empty", f"issue:{book}": "missing_pdf"}
    for key in keys:
        ScheduleService(library).reschedule(key, START)  # planned before the gate existed
    schedule = ScheduleWorkspace(context)
    qtbot.addWidget(schedule)
    schedule.go_to(START.date())
    qtbot.waitUntil(lambda: all(schedule.model.row_of(k) is not None for k in keys), timeout=5000)
    later = (START + timedelta(hours=2)).replace(tzinfo=None)
    for key, code in keys.items():
        asked = _answer(monkeypatch, "")
        assert not schedule.request_move(key, later)  # went back to fix it
        assert asked == [code] and ScheduleService(library).item(key).when == START
    assert schedule.undo.count() == 0
    _answer(monkeypatch, "The PDF comes from the printer on Monday")
    assert schedule.request_move(f"issue:{book}", later)
    qtbot.waitUntil(lambda: ScheduleService(library).item(f"issue:{book}").when == START + timedelta(hours=2),
                    timeout=5000)
    [kept] = PreflightService(library).overrides("issue", book)
    assert kept.action == "schedule" and kept.reason == "The PDF comes from the printer on Monday"
    assert kept.findings == ("The issue has no PDF.",)


def test_the_gallery_editor_plans_and_publishes_only_through_the_gate(context, library, empty_gallery, qtbot,
                                                                     monkeypatch) -> None:
    from nejat_desk.gui.articles.preflight_dialog import add_gallery_check
    from nejat_desk.gui.media.workspace import MediaWorkspace

    media = MediaWorkspace(context)
    qtbot.addWidget(media)
    editor = media.galleries
    editor.reload_list()
    editor.open_gallery(empty_gallery)
    add_gallery_check(editor, context)
    editor.title.setText("Harbour at dawn")
    editor.scheduled.setChecked(True)
    editor.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(START.timestamp()), QTimeZone.utc()))
    asked = _answer(monkeypatch, "")
    assert not editor.save()
    assert asked == ["gallery_empty"] and "not planned" in editor.problems.text()
    detail = editor.galleries.detail(empty_gallery)
    assert detail.scheduled_at is None and detail.texts["en"].title == "Harbour at dawn"  # the words are kept
    ScheduleService(library).reschedule(f"gallery:{empty_gallery}", START)  # planned elsewhere, long ago
    editor.open_gallery(empty_gallery)
    editor.title.setText("Harbour at noon")
    asked = _answer(monkeypatch, "")
    assert editor.save() and asked == []  # the same planned time: nothing to clear
    assert PreflightService(library).overrides("gallery", empty_gallery) == []
    media.loader.wait()


def test_publishing_a_gallery_in_its_editor_meets_the_gate(context, library, tmp_path, qtbot, monkeypatch) -> None:
    from PIL import Image

    from nejat_desk.gui.articles.preflight_dialog import add_gallery_check
    from nejat_desk.gui.media.workspace import MediaWorkspace
    from nejat_desk.services.media import set_media_text
    from nejat_desk.services.media_import import import_media
    from nejat_desk.storage.models import GalleryItem

    Image.new("RGB", (64, 48), (30, 90, 160)).save(tmp_path / "boat.png")
    media_id = import_media(library, [tmp_path / "boat.png"]).media_ids[0]
    with library.session() as session:
        set_media_text(session, media_id, "en", alt_text="A boat", caption="")
        gallery = Gallery(kind="photo_gallery", slug="boats", status="ready")
        # The Farsi edition has no title yet: the service lets it be published, the pre-flight check blocks.
        gallery.texts = [GalleryText(edition_code="en", title="Boats"), GalleryText(edition_code="fa", title="")]
        gallery.items = [GalleryItem(media_id=media_id, position=0)]
        session.add(gallery)
        session.flush()
        gallery_id = gallery.id
    media = MediaWorkspace(context)
    qtbot.addWidget(media)
    editor = media.galleries
    editor.reload_list()
    editor.open_gallery(gallery_id)
    add_gallery_check(editor, context)
    editor.status.setCurrentIndex(editor.status.findData("published"))
    asked = _answer(monkeypatch, "")
    assert not editor.save()
    assert asked == ["missing_title"] and editor.galleries.detail(gallery_id).status == "ready"
    asked = _answer(monkeypatch, "The Farsi desk titles it tonight")
    assert editor.save(), editor.problems.text()
    assert editor.galleries.detail(gallery_id).status == "published"
    [kept] = PreflightService(library).overrides("gallery", gallery_id)
    assert kept.action == "publish" and kept.reason == "The Farsi desk titles it tonight"
    asked = _answer(monkeypatch, "")
    editor.title.setText("Boats at noon")
    assert editor.save() and asked == []  # nothing new goes out: no gate
    media.loader.wait()


def test_the_issue_editor_plans_only_through_the_gate(context, library, book, qtbot, monkeypatch) -> None:
    from nejat_desk.gui.articles.preflight_dialog import add_issue_check
    from nejat_desk.gui.schedule.issue_editor import IssueEditor

    editor = IssueEditor(context.desk.publications, book)
    qtbot.addWidget(editor)
    add_issue_check(editor, context)
    editor.title_edit.setText("The first book")
    editor.schedule_check.setChecked(True)
    editor.schedule_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(START.timestamp()), QTimeZone.utc()))
    asked = _answer(monkeypatch, "")
    editor.save()
    assert asked == ["missing_pdf"] and editor.result() == 0 and "not planned" in editor.error_label.text()
    saved = context.desk.publications.issue(book)
    assert saved.title == "The first book" and saved.scheduled_at is None
    _answer(monkeypatch, "The PDF is at the printer")
    editor.save()
    assert context.desk.publications.issue(book).scheduled_at == START
    assert [o.reason for o in PreflightService(library).overrides("issue", book)] == ["The PDF is at the printer"]
    from nejat_desk.gui.articles.preflight_dialog import FindingsDialog

    shown: list[FindingsDialog] = []
    again = IssueEditor(context.desk.publications, book)
    qtbot.addWidget(again)
    add_issue_check(again, context, show=shown.append).click()
    [dialog] = shown
    qtbot.addWidget(dialog)
    assert not dialog.history.isHidden()
    assert "(planned): The PDF is at the printer" in dialog.history.text()  # the issue's history
    asked = _answer(monkeypatch, "")
    again.title_edit.setText("The first book, revised")
    again.save()  # the planned time is not changed: nothing to clear
    assert asked == [] and context.desk.publications.issue(book).title == "The first book, revised"


def test_a_findings_time_follows_the_interface_calendar_and_digits(library, empty_gallery, qapp) -> None:
    from nejat_desk.gui.articles.preflight_panel import finding_formats

    ScheduleService(library).reschedule(f"gallery:{empty_gallery}", datetime(2020, 3, 1, 9, 30, tzinfo=UTC))
    service = PreflightService(library)
    [plain] = service.check_gallery(empty_gallery)
    [past] = [f.message for f in plain.findings if f.code == "schedule_past"]
    assert "2020-03-01 09:30 UTC" in past  # the command line's way
    saved = QLocale()
    QLocale.setDefault(QLocale("fa_IR"))
    try:
        [farsi] = service.check_gallery(empty_gallery, formats=finding_formats())
    finally:
        QLocale.setDefault(saved)
    [past] = [f.message for f in farsi.findings if f.code == "schedule_past"]
    assert not re.search(r"[0-9]", past), past  # Persian digits only
    assert "۱۳۹۸" in past and "۲۰۲۰" not in past  # 1 March 2020 is 11 Esfand 1398 in the Solar Hijri calendar


def test_the_override_dialog_writes_the_interface_digits(context, library, qapp) -> None:
    with library.session() as session:
        issue = PublicationIssue(series=PublicationSeries(kind="books", edition_code="ar", name="كتب",
                                                          slug="kutub"), number=12)
        session.add(issue)
        session.flush()
        issue_id = issue.id
    seen: list[str] = []

    def ask(reports, _parent) -> str:
        seen.extend(r.label for r in reports)
        return ""

    saved = QLocale()
    QLocale.setDefault(QLocale("ar_EG"))
    try:
        assert not preflight_gate.clear_object_to_go(context.desk.preflight, "issue", issue_id, action="schedule",
                                                     when=START, parent=None, ask=ask)
    finally:
        QLocale.setDefault(saved)
    assert seen == ["كتب #١٢"]
