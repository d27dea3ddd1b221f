"""What an editor reads in the Farsi and Arabic windows, found by using the desk at 1366 x 768:
fields whose text Qt's right-to-left layout would scramble."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QSettings, Qt, QTime
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from nejat_desk.gui import dates
from nejat_desk.gui import settings as opt
from nejat_desk.gui.i18n import install_translators
from nejat_desk.gui.settings import Settings


@pytest.fixture
def interface(qapp, tmp_path):
    """An interface language for one test; English and the left-to-right layout come back after."""
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    saved = QLocale()

    def switch(language: str) -> Settings:
        settings.set(opt.UI_LANGUAGE, language)
        install_translators(qapp, settings)
        return settings

    yield switch
    settings.set(opt.UI_LANGUAGE, "en")
    install_translators(qapp, settings)
    QLocale.setDefault(saved)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def digits(text: str, locale: QLocale) -> str:
    """`text` with the locale's digits written as ASCII, to compare with a plain pattern."""
    zero = ord(locale.zeroDigit())
    return "".join(chr(ord("0") + ord(c) - zero) if zero <= ord(c) <= zero + 9 else c for c in text)


@pytest.mark.parametrize(("language", "expected"), [("fa", "1405/09/16 07:05"), ("ar", "2026/12/07 07:05")])
def test_a_date_and_time_field_reads_year_first_and_hour_first_in_a_right_to_left_window(
        qtbot, interface, language, expected):
    # Qt's date field reverses its sections in a right-to-left widget: 07:05 on 16 Azar read
    # «۰۵:۰۷ ۱۶/۰۹/۱۴۰۵», a time of five past midnight, and the date day first
    settings = interface(language)
    edit = QDateTimeEdit()
    qtbot.addWidget(edit)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    dates.use_interface_calendar(edit, settings)
    edit.setDateTime(QDateTime(QDate(2026, 12, 7), QTime(7, 5)))
    assert digits(edit.lineEdit().text(), QLocale()) == expected


def test_a_date_field_in_the_farsi_window_reads_year_month_day(qtbot, interface):
    settings = interface("fa")
    edit = QDateEdit()
    qtbot.addWidget(edit)
    dates.use_interface_calendar(edit, settings)
    edit.setDate(QDate(2026, 12, 6))
    assert digits(edit.lineEdit().text(), QLocale()) == "1405/09/15"


@pytest.fixture
def library_with_site(library):
    from nejat_desk.services.desk import Desk

    Desk(library).sites.add("Nejat News", "https://news.example.org", "editor", ["en", "fa"])
    return library


@pytest.mark.parametrize(("language", "year_first"), [
    ("ar", r"(20|19|14)\d\d/\d\d/\d\d"),  # Gregorian, or the schedule's Islamic civil calendar
    ("fa", r"1[34]\d\d/\d\d/\d\d"),  # Solar Hijri: the Farsi window's dialogs were Gregorian
])
def test_every_date_field_of_the_window_and_its_dialogs_reads_year_first_in_the_interface_s_calendar(
        qtbot, interface, library_with_site, language, year_first):
    from nejat_desk.app import build_window
    from nejat_desk.gui.export.dialog import ExportDialog
    from nejat_desk.gui.schedule.issue_editor import IssueEditor
    from nejat_desk.gui.sites.dialogs import PublishDialog, PullDialog
    from nejat_desk.gui.workspaces import WORKSPACES
    from nejat_desk.services.publications import PublicationService

    settings = interface(language)
    window, context = build_window(library_with_site, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for entry in WORKSPACES:
        window.show_workspace(entry.workspace_id)
    qtbot.waitUntil(lambda: not context.tasks.active, timeout=10_000)
    site = context.desk.sites.list()[0]
    dialogs = [ExportDialog(context, window), IssueEditor(PublicationService(library_with_site), parent=window),
               PublishDialog([site], window), PullDialog(site, window)]
    fields = [(type(owner).__name__, edit) for owner in (window, *dialogs)
              for edit in owner.findChildren(QDateTimeEdit)]
    assert len(fields) >= 8
    scrambled = [f"{where}: {edit.lineEdit().text()}" for where, edit in fields
                 if not re.match(year_first, digits(edit.lineEdit().text(), QLocale()))]
    assert scrambled == []
    window.close()
    context.tasks.wait_all(10_000)


def test_the_outbox_shows_several_jobs_at_1366_by_768(qtbot, library_with_site, tmp_path):
    # the workspace's share of a 1366 x 768 window; the outbox had two rows' height, the second cut
    from keyring.backends import null

    from nejat_desk.gui.context import AppContext
    from nejat_desk.gui.sites.workspace import SitesWorkspace
    from nejat_desk.gui.tasks import TaskRunner
    from nejat_desk.services.desk import Desk
    from nejat_desk.services.wordpress.credentials import CredentialStore

    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    tasks = TaskRunner()
    desk = Desk(library_with_site, credentials=CredentialStore(backend=null.Keyring()))
    site_id = desk.sites.list()[0].id
    for number in range(6):
        article_id = desk.articles.create("en", f"Story {number}", "Body")
        desk.sync.outbox.enqueue(site_id, "article", article_id, status="draft")
    ws = SitesWorkspace(AppContext(library_with_site, settings, tasks, desk=desk))
    qtbot.addWidget(ws)
    ws.resize(1290, 700)
    ws.show()
    qtbot.waitExposed(ws)
    ws.reload()
    qtbot.waitUntil(lambda: ws.outbox_model.rowCount() == 6)
    row_height = ws.outbox_view.rowHeight(0)
    assert ws.outbox_view.viewport().height() >= 5 * row_height
    assert ws.outbox_view.height() > ws.sites_view.height()
    tasks.wait_all()



@pytest.mark.parametrize(("language", "separator"), [("en", " · "), ("fa", "، "), ("ar", "، ")])
def test_a_picture_s_facts_are_not_separated_by_a_dot_that_reads_as_a_zero(
        qtbot, interface, library, tmp_path, language, separator):
    # «۶۴۰ × ۴۰۰ · ۲ کیلوبایت» read as 4,000 and 2 KB as ۰۲: in Persian and Arabic-Indic digits
    # the middle dot is the zero
    from PIL import Image

    from nejat_desk.gui.bidi import text_direction
    from nejat_desk.gui.context import AppContext
    from nejat_desk.gui.media.workspace import MediaWorkspace
    from nejat_desk.gui.tasks import TaskRunner
    from nejat_desk.services.desk import Desk

    settings = interface(language)
    Image.new("RGB", (640, 400), (30, 120, 200)).save(tmp_path / "sea.png")
    media_id = Desk(library).media.import_files([tmp_path / "sea.png"]).media_ids[0]
    tasks = TaskRunner()
    ws = MediaWorkspace(AppContext(library, settings, tasks))
    qtbot.addWidget(ws)
    ws.reload()
    ws.select_media(media_id)
    qtbot.waitUntil(lambda: "sea.png" in ws.detail.info.text())
    text = ws.detail.info.text().splitlines()[0]
    assert text.count(separator) == 2
    if separator != " · ":
        assert "·" not in text
    # the file's name is isolated: the line's first strong letter is the size unit's, in the
    # interface's script, so the line reads right to left in Farsi and Arabic
    outside = re.sub("\u2068[^\u2069]*\u2069", "", text)
    assert text_direction(outside) == (Qt.LayoutDirection.LeftToRight if language == "en"
                                       else Qt.LayoutDirection.RightToLeft)
    ws.loader.wait()
    ws.detail.previews.wait()
    tasks.wait_all()


def test_the_schedule_s_go_to_date_reads_year_first_in_arabic(qtbot, interface, library):
    from nejat_desk.gui.context import AppContext
    from nejat_desk.gui.schedule.workspace import ScheduleWorkspace
    from nejat_desk.gui.tasks import TaskRunner

    settings = interface("ar")
    tasks = TaskRunner()
    ws = ScheduleWorkspace(AppContext(library, settings, tasks), watch=False)
    qtbot.addWidget(ws)
    ws.set_calendar_system("islamic-civil")
    ws.go_to_edit.setDate(QDate(2026, 12, 6))
    assert digits(ws.go_to_edit.lineEdit().text(), QLocale()).startswith("1448/06/")
    tasks.wait_all()


def test_ctrl_g_then_a_farsi_date_typed_in_persian_digits_shows_that_day(qtbot, interface, library):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from nejat_desk.gui.context import AppContext
    from nejat_desk.gui.schedule.workspace import ScheduleWorkspace
    from nejat_desk.gui.tasks import TaskRunner

    settings = interface("fa")
    tasks = TaskRunner()
    ws = ScheduleWorkspace(AppContext(library, settings, tasks), watch=False)
    qtbot.addWidget(ws)
    ws.set_calendar_system("jalali")
    ws.show()
    qtbot.waitExposed(ws)
    ws.activateWindow()
    qtbot.waitUntil(ws.isActiveWindow)
    QTest.keyClick(ws, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.go_to_edit)
    for character in "۱۴۰۵/۱۰/۰۱":  # 1 Dey 1405, typed as a Persian keyboard types it
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(ws.go_to_edit, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character))
    QTest.keyClick(ws.go_to_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: str(ws.anchor) == "2026-12-22")
    tasks.wait_all()


@pytest.mark.parametrize("language", ["en", "fa"])
def test_without_a_site_the_sites_table_has_room_for_its_hint_and_button(qtbot, interface, library, tmp_path,
                                                                          language):
    # the outbox's larger share must not squeeze the first-run hint out of the sites table
    from keyring.backends import null

    from nejat_desk.gui.context import AppContext
    from nejat_desk.gui.sites.workspace import SitesWorkspace
    from nejat_desk.gui.tasks import TaskRunner
    from nejat_desk.services.desk import Desk
    from nejat_desk.services.wordpress.credentials import CredentialStore

    settings = interface(language)
    tasks = TaskRunner()
    desk = Desk(library, credentials=CredentialStore(backend=null.Keyring()))
    ws = SitesWorkspace(AppContext(library, settings, tasks, desk=desk))
    qtbot.addWidget(ws)
    ws.resize(1290, 700)
    ws.show()
    qtbot.waitExposed(ws)
    hint = ws.sites_empty
    qtbot.waitUntil(hint.isVisible)
    label, button = hint.label, hint.button
    assert label.height() >= label.heightForWidth(label.width())
    assert button.isVisible()
    assert button.geometry().bottom() < hint.height()
    assert hint.height() <= ws.sites_view.viewport().height()
    tasks.wait_all()


@pytest.mark.parametrize(("edition", "email"), [("fa", "ایمیل"), ("ar", "البريد الإلكتروني"), ("en", "Email")])
def test_the_preview_s_share_row_says_email_in_the_edition_s_language_as_the_exported_page(edition, email):
    # the Farsi and Arabic previews ended their share row with the English "Email"
    from nejat_desk.core.site_words import site_word
    from nejat_desk.gui.articles.page import PageContext, page_html

    html = page_html("x", PageContext(edition=edition))
    row = re.search(r'<p class="share"[^>]*>(.*?)</p>', html).group(1)
    assert email in row and email == site_word(edition, "email")
    if edition != "en":
        assert "Email" not in row
    for product in ("Facebook", "Twitter", "Pinterest", "WhatsApp", "Telegram", "Skype"):
        assert product in row


def test_ctrl_tab_leaves_the_body_for_the_preview_and_then_the_metadata(qtbot, library, tmp_path):
    # Tab types a tab in the body, so a new article's metadata could not be reached by keyboard
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from nejat_desk.app import build_window

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window, context = build_window(library, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    articles = window.workspace("articles")
    articles.new_article("fa")
    editor = articles.editor
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.metadata.title_edit)
    QTest.keyClick(editor.metadata.title_edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is editor.source
    QTest.keyClick(editor.source, Qt.Key.Key_Tab)
    assert editor.source.toPlainText() == "\t"  # Tab still types a tab (lists, code)
    QTest.keyClick(editor.source, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is editor.preview
    QTest.keyClick(editor.preview, Qt.Key.Key_Tab)
    first_field = editor.metadata.fields_in_reading_order()[1]
    assert QApplication.focusWidget() is first_field
    editor.source.setFocus()
    QTest.keyClick(editor.source, Qt.Key.Key_Backtab,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is editor.metadata.title_edit
    assert editor.source.toPlainText() == "\t"
    context.tasks.wait_all(5000)
    articles.shutdown()


@pytest.mark.parametrize(("language", "separator"), [("en", " · "), ("fa", "، "), ("ar", "، ")])
def test_the_word_count_is_not_separated_by_a_dot_that_reads_as_a_zero(
        qtbot, interface, library, tmp_path, language, separator):
    # «۴۳ واژه · ۱ دقیقه»: beside Persian and Arabic-Indic digits the middle dot reads as a zero
    from nejat_desk.gui.articles.workspace import ArticlesWorkspace
    from nejat_desk.gui.context import AppContext
    from nejat_desk.gui.tasks import TaskRunner
    from nejat_desk.services.desk import Desk

    settings = interface(language)
    article_id = Desk(library).articles.create("en", "Count", "one two three four")
    tasks = TaskRunner()
    ws = ArticlesWorkspace(AppContext(library, settings, tasks))
    qtbot.addWidget(ws)
    ws.editor.open_article(article_id)
    text = ws.editor.words_label.text()
    assert separator in text
    if separator != " · ":
        assert "·" not in text
    ws.shutdown()
    tasks.wait_all()
