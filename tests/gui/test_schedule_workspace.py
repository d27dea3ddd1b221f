"""The Schedule workspace driven through its widgets: drag to reschedule with undo, DST choices,
filters, colours, calendars, warnings, the missed panel on start and in-window due notices."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from nejat_desk.core.scheduling import LocalTimeKind
from nejat_desk.gui import dates
from nejat_desk.gui.context import AppContext
from nejat_desk.gui.schedule.issue_editor import IssueEditor
from nejat_desk.gui.schedule.model import COLOUR_ROLE, EDITION_COLOURS, PLATFORM_COLOURS, RULE_ROLE
from nejat_desk.gui.schedule.workspace import ScheduleWorkspace
from nejat_desk.gui.settings import USER_TIME_ZONE, Settings
from nejat_desk.gui.tasks import TaskRunner
from nejat_desk.services.publications import PublicationService
from nejat_desk.services.schedule import ScheduleService
from nejat_desk.storage.models import ScheduleEntry
from tests.schedule_data import MONDAY, plan_week


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def setup(qtbot, library, tmp_path):
    week = plan_week(library)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(USER_TIME_ZONE, "Europe/Berlin")
    tasks = TaskRunner()
    context = AppContext(library, settings, tasks)
    clock = Clock(MONDAY - timedelta(days=1))
    service = ScheduleService(library, clock=clock)

    def make(watch: bool = False) -> ScheduleWorkspace:
        ws = ScheduleWorkspace(context, service=service, watch=watch)
        qtbot.addWidget(ws)
        ws.resize(1300, 860)
        ws.go_to(date(2026, 11, 3))
        ws.show()
        qtbot.waitExposed(ws)
        return ws

    yield week, make, clock, service, context
    tasks.wait_all()


def drag(qtbot, widget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2 + 1)
    qtbot.mouseMove(widget, middle)
    qtbot.mouseMove(widget, end)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


def test_models_pass_the_model_tester(setup, qtmodeltester) -> None:
    _week, make, *_ = setup
    ws = make()
    assert ws.model.rowCount() == 10
    qtmodeltester.check(ws.model)
    qtmodeltester.check(ws.warnings_model)
    qtmodeltester.check(ws.attention_model)


def test_drag_in_month_view_reschedules_and_undo_restores(setup, qtbot) -> None:
    week, make, _clock, service, _ctx = setup
    ws = make()
    view = ws.month_view
    key = f"article:{week.articles['ar-1']}"
    chip = view.chip_for(key)
    assert chip is not None
    target = view.cell_rect_for(date(2026, 11, 6)).center()
    with qtbot.waitSignal(view.move_requested):
        drag(qtbot, view, chip.rect.center(), target)
    # Same wall time (09:00 Berlin) on Friday.
    assert service.item(key).when == datetime(2026, 11, 6, 8, 0, tzinfo=UTC)
    assert ws.undo.count() == 1 and ws.undo.undoText().startswith("Move")
    assert view.chip_for(key).rect.intersects(view.cell_rect_for(date(2026, 11, 6)))
    ws.undo.undo()
    assert service.item(key).when == MONDAY + timedelta(days=2, hours=8)
    assert view.chip_for(key).rect.intersects(view.cell_rect_for(date(2026, 11, 4)))
    ws.undo.redo()
    assert service.item(key).when == datetime(2026, 11, 6, 8, 0, tzinfo=UTC)


def test_click_without_moving_does_not_reschedule(setup, qtbot) -> None:
    week, make, _clock, service, _ctx = setup
    ws = make()
    key = f"article:{week.articles['ar-1']}"
    chip = ws.month_view.chip_for(key)
    qtbot.mouseClick(ws.month_view, Qt.MouseButton.LeftButton, pos=chip.rect.center())
    assert ws.month_view.selected_key == key
    assert ws.undo.count() == 0
    assert service.item(key).when == MONDAY + timedelta(days=2, hours=8)


def test_drag_in_week_view_to_another_hour(setup, qtbot) -> None:
    week, make, _clock, service, _ctx = setup
    ws = make()
    ws.set_view("week")
    view = ws.week_view
    qtbot.waitUntil(lambda: view.chip_for(f"article:{week.articles['sq-1']}") is not None)
    key = f"article:{week.articles['sq-1']}"  # Thu 10:00 UTC = 11:00 Berlin
    chip = view.chip_for(key)
    target = QPoint(view.slot_rect(date(2026, 11, 3), 14).center().x(), view.y_for(14) + 2)
    drag(qtbot, view, chip.rect.center(), target)
    assert service.item(key).when == datetime(2026, 11, 3, 13, 0, tzinfo=UTC)  # 14:00 Berlin
    ws.undo.undo()
    assert service.item(key).when == MONDAY + timedelta(days=3, hours=10)


def test_drop_into_repeated_hour_asks_and_never_shifts_silently(setup, qtbot) -> None:
    week, make, _clock, service, _ctx = setup
    key = f"article:{week.articles['sq-1']}"
    service.reschedule(key, datetime(2026, 10, 24, 10, 0, tzinfo=UTC))
    ws = make()
    asked: list[tuple[LocalTimeKind, datetime]] = []
    answers = iter([None, "later"])

    def chooser(check, local, zone):
        asked.append((check.kind, local))
        return next(answers)

    ws.time_chooser = chooser
    ws.go_to(date(2026, 10, 22))
    ws.set_view("week")
    view = ws.week_view
    start = view.chip_for(key).rect.center()
    target = QPoint(view.slot_rect(date(2026, 10, 25), 2).center().x(), view.y_for(2.5) + 2)
    drag(qtbot, view, start, target)  # cancelled: nothing moves, nothing to undo
    assert asked == [(LocalTimeKind.AMBIGUOUS, datetime(2026, 10, 25, 2, 30))]
    assert service.item(key).when == datetime(2026, 10, 24, 10, 0, tzinfo=UTC)
    assert ws.undo.count() == 0
    drag(qtbot, view, view.chip_for(key).rect.center(), target)
    assert service.item(key).when == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # the second 02:30 (CET)
    assert ws.undo.count() == 1


def test_skipped_hour_offers_the_first_valid_minute(setup) -> None:
    week, make, _clock, service, _ctx = setup
    ws = make()
    seen = []
    ws.time_chooser = lambda check, local, zone: seen.append(check) or "shift-forward"
    key = f"article:{week.articles['en-1']}"
    assert ws.request_move(key, datetime(2026, 3, 29, 2, 30))
    assert seen[0].kind is LocalTimeKind.NONEXISTENT and seen[0].first_valid.hour == 3
    assert service.item(key).when == datetime(2026, 3, 29, 1, 0, tzinfo=UTC)
    ws.undo.undo()
    assert service.item(key).when == MONDAY + timedelta(hours=9)


def test_tooltips_show_both_zones_and_warnings(setup) -> None:
    week, make, *_ = setup
    ws = make()
    view = ws.month_view
    tip = view.tooltip_at(view.chip_for(f"article:{week.articles['fa-1']}").rect.center())
    berlin = datetime(2026, 11, 3, 7, 0)
    assert f"Your time: {dates.format_wall_datetime(berlin)} (Europe/Berlin)" in tip
    assert "09:30 (Asia/Tehran)" in tip and "آبان" in tip  # the Farsi edition's Solar Hijri date
    tip = view.tooltip_at(view.chip_for(f"article:{week.articles['en-2']}").rect.center())
    assert "not ready" in tip and "alt text" in tip
    rows = [ws.warnings_model.index(r).data() for r in range(ws.warnings_model.rowCount())]
    empty = [r for r in rows if "Nothing is scheduled" in r]
    # From "today" (Sunday Nov 1) to the end of the grid (Dec 6): one line per edition and stretch
    # of empty days (36 days, four editions: 8 lines, not a line per day).
    assert len(empty) == 8
    nov_1, dec_6 = dates.format_date(date(2026, 11, 1), long=True), dates.format_date(date(2026, 12, 6), long=True)
    assert any(f"English edition on {nov_1}." in r for r in empty)
    assert any("Farsi edition from " in r and f"to {dec_6} (33 days)" in r for r in empty)
    assert [ws.warnings_model.index(r).data(RULE_ROLE) for r in range(len(rows))] == \
        ["not_ready", "social_before_article", "min_gap", "missing_alt"] + ["empty_day"] * 8
    empty_days = empty
    assert rows.index(empty_days[0]) > max(i for i, r in enumerate(rows) if "not ready" in r)


def test_filters_colours_and_calendar_system(setup, qtbot) -> None:
    week, make, *_ = setup
    ws = make()
    social = f"social:{week.snippets['fb-en-1']}"
    row = ws.model.row_of(social)
    assert ws.model.index(row, 0).data(COLOUR_ROLE) == QColor(EDITION_COLOURS["en"])
    ws.colour_combo.setCurrentIndex(1)
    assert ws.model.index(row, 0).data(COLOUR_ROLE) == QColor(PLATFORM_COLOURS["facebook"])
    qtbot.mouseClick(ws.edition_buttons["fa"], Qt.MouseButton.LeftButton)
    keys = {item.key for item in ws.model.items()}
    assert f"article:{week.articles['fa-1']}" not in keys and f"article:{week.articles['ar-1']}" in keys
    ws.platform_actions["facebook"].setChecked(False)
    assert social not in {item.key for item in ws.model.items()}
    ws.set_calendar_system("jalali")
    assert ws.period_label.text() == "آبان ۱۴۰۵"
    assert ws.month_view.first_cell == date(2026, 10, 17)  # the Saturday before 1 Aban
    ws.step(1)
    assert ws.period_label.text() == "آذر ۱۴۰۵"


def test_missed_panel_on_start_and_in_window_notice(setup, qtbot, library) -> None:
    week, make, clock, service, _ctx = setup
    clock.now = MONDAY + timedelta(days=2, hours=9)  # the app was closed since Sunday
    ws = make(watch=True)
    # The start-up sweep runs on a worker thread; the panel fills when it is done.
    qtbot.waitUntil(lambda: ws.attention_model.rowCount() == 7 and not ws.watcher.sweeping, timeout=15000)
    assert ws.attention_model.rowCount() == 7  # Monday, Tuesday and Wednesday morning
    assert ws.attention_view.isVisible() and ws.attention_label.text() == "Due and missed (7)"
    assert all(ws.attention_model.notice_at(r).state == "missed" for r in range(7))
    # Thursday 10:00 UTC: the Albanian article comes due while the window is open.
    clock.now = MONDAY + timedelta(days=3, hours=10, minutes=1)
    ws.watcher.watching_since = MONDAY + timedelta(days=3, hours=9)
    with qtbot.waitSignal(ws.watcher.notices_surfaced):
        ws.watcher.check()
    assert ws.notice_bar.isVisible() and "Porti rihapet" in ws.notice_bar.label.text()
    with library.session() as s:
        entry = s.scalars(select(ScheduleEntry).where(ScheduleEntry.article_id == week.articles["sq-1"])).one()
        assert entry.state == "due" and entry.surfaced_at == clock.now
    qtbot.mouseClick(ws.notice_bar.done_button, Qt.MouseButton.LeftButton)

    def entry_done() -> bool:
        with library.session() as s:
            return s.get(ScheduleEntry, entry.id).state == "done"

    qtbot.waitUntil(entry_done, timeout=10000)
    qtbot.waitUntil(lambda: not ws.context.tasks.active, timeout=10000)  # and the panel reloaded
    # Settling a missed one from the panel.
    # The gallery (Wednesday 12:00) came due while the laptop slept: listed as missed too.
    assert ws.attention_model.rowCount() == 8
    assert f"gallery:{week.gallery}" in {ws.attention_model.notice_at(r).item_key for r in range(8)}
    ws.attention_view.setCurrentIndex(ws.attention_model.index(0))
    assert ws.attention_view.currentIndex().isValid()
    ws._settle_selected(done=False)  # written on the writer thread; the panel reloads after
    qtbot.waitUntil(lambda: ws.attention_model.rowCount() == 7, timeout=10000)


def test_export_ics_from_the_window_uses_its_filters(setup, qtbot, tmp_path: Path) -> None:
    _week, make, _clock, _service, context = setup
    ws = make()
    ws.set_edition_filter({"fa"})
    out = tmp_path / "fa.ics"
    ws.export_ics(str(out))
    qtbot.waitUntil(out.exists, timeout=10000)
    context.tasks.wait_all()
    cal = Calendar.from_ical(out.read_bytes())
    summaries = sorted(str(e["SUMMARY"]) for e in cal.walk("VEVENT"))
    assert summaries == ["Harbour in pictures", "[fa] بازگشایی بندر", "[telegram] بازگشایی بندر"]


def test_issue_editor_orders_the_toc_and_reports_refusals(setup, qtbot, qtmodeltester, library) -> None:
    week, *_ = setup
    editor = IssueEditor(PublicationService(library), None)
    qtbot.addWidget(editor)
    editor.series_combo.setCurrentIndex(editor.series_combo.findData(week.series))
    assert editor.number_spin.value() == 13
    editor.number_spin.setValue(12)
    editor.save()
    assert editor.error_label.isVisible() or "already has an issue number 12" in editor.error_label.text()
    assert "already has an issue number 12" in editor.error_label.text()
    editor.number_spin.setValue(13)
    titles = [editor.article_combo.itemText(i) for i in range(editor.article_combo.count())]
    for title in ("Harbour reopens", "Council vote"):
        editor.article_combo.setCurrentIndex(titles.index(title))
        editor.add_selected_article()
    editor.article_combo.setCurrentIndex(titles.index("Harbour reopens"))
    editor.add_selected_article()  # already there: not added twice
    qtmodeltester.check(editor.toc_model)
    editor.toc_view.setCurrentIndex(editor.toc_model.index(1))
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    editor.cover_combo.setCurrentIndex(editor.cover_combo.findData(week.image_with_alt))
    editor.save()
    assert editor.saved_issue_id is not None
    info = PublicationService(library).issue(editor.saved_issue_id)
    assert [c.title for c in info.contents] == ["Council vote", "Harbour reopens"]
    assert info.number == 13 and info.cover_media_id == week.image_with_alt


def test_watcher_without_the_workspace_notifies_through_the_status_bar(setup, qtbot) -> None:
    week, _make, clock, service, context = setup
    from nejat_desk.gui.schedule.due import ensure_due_watcher

    clock.now = MONDAY + timedelta(hours=7)
    watcher = ensure_due_watcher(context, service)
    assert ensure_due_watcher(context) is watcher  # one per application
    qtbot.waitUntil(lambda: not watcher.sweeping, timeout=15000)  # the start-up sweep, on a worker
    assert watcher.notifier.tray is None  # offscreen: no system tray
    clock.now = MONDAY + timedelta(hours=8, minutes=1)
    with qtbot.waitSignal(context.status_message) as blocker:
        watcher.check()
    assert "Post the x share text for 'Harbour reopens'" in blocker.args[0]
    assert [n.item_key for n in watcher.notifier.shown] == [f"social:{week.snippets['x-en-1']}"]
    watcher.stop()


def test_registered_in_the_main_window(setup, qtbot) -> None:
    _week, _make, _clock, _service, context = setup
    from nejat_desk.gui import main_window as mw

    window = mw.MainWindow(context)
    qtbot.addWidget(window)
    ws = window.show_workspace("schedule")
    assert isinstance(ws, ScheduleWorkspace) and ws.title() == "Schedule"
    assert ws.undo_stack() is ws.undo


def test_issue_editor_new_series_and_newsletter_email(setup, qtbot, library, tmp_path: Path) -> None:
    week, *_ = setup
    editor = IssueEditor(PublicationService(library), None)
    qtbot.addWidget(editor)
    editor.new_series_edit.setText("")
    editor.add_series()
    assert "needs a name" in editor.error_label.text()
    editor.new_kind_combo.setCurrentIndex(editor.new_kind_combo.findData("brief"))
    editor.new_edition_combo.setCurrentIndex(editor.new_edition_combo.findData("fa"))
    editor.new_series_edit.setText("خلاصه")
    editor.add_series()
    assert editor.series_combo.currentText().startswith("خلاصه (brief, fa)")
    assert editor.number_spin.value() == 1
    assert {editor.article_combo.itemData(i).edition for i in range(editor.article_combo.count())} == {"fa"}
    assert not editor.export_button.isEnabled()  # not saved, and not a Newsletter

    newsletter = IssueEditor(PublicationService(library), week.issue)
    qtbot.addWidget(newsletter)
    assert newsletter.export_button.isEnabled()
    written = newsletter.export_email(str(tmp_path / "n12.eml"))
    assert written == [str(tmp_path / "n12.eml")]
    assert "multipart/alternative" in (tmp_path / "n12.eml").read_text()


def test_keyboard_moves_the_selected_item(setup, qtbot) -> None:
    week, make, _clock, service, _ctx = setup
    ws = make()
    key = f"article:{week.articles['ar-1']}"
    view = ws.month_view
    view.setFocus()
    view.select(key)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert service.item(key).when == MONDAY + timedelta(days=3, hours=8)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert service.item(key).when == MONDAY + timedelta(days=10, hours=8)
    ws.set_view("week")
    ws.go_to(date(2026, 11, 12))
    ws.week_view.select(key)
    qtbot.keyClick(ws.week_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert service.item(key).when == MONDAY + timedelta(days=10, hours=7, minutes=45)
    for _ in range(3):
        ws.undo.undo()
    assert service.item(key).when == MONDAY + timedelta(days=2, hours=8)


def test_the_warnings_list_folds_under_its_heading(setup, qtbot) -> None:
    _week, make, *_ = setup
    ws = make()
    ws.show()
    qtbot.waitUntil(ws.warnings_view.isVisible, timeout=2000)
    assert ws.warnings_label.text().startswith("Warnings (")
    qtbot.mouseClick(ws.warnings_label, Qt.MouseButton.LeftButton)
    assert not ws.warnings_view.isVisible() and not ws.warnings_label.isChecked()
    qtbot.mouseClick(ws.warnings_label, Qt.MouseButton.LeftButton)
    assert ws.warnings_view.isVisible()
