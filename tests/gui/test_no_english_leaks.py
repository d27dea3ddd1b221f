"""In the Farsi and Arabic interfaces no English, no Western digits and (in Farsi) no Gregorian
years leak: every workspace
(Articles with an article open, Media, Schedule, Sites), Preferences and the missed-items
dialog are rendered on the example library, and every text a person sees there is walked:
labels, buttons, fields and their placeholders, combo box items, tabs, group titles, window
titles, the status bars, menus, item views' headers and cells.

What may stay Latin is small and explicit: user content (what the library holds: titles,
bylines, categories, file names, paths...), names (products, platforms, the editions' own
names, time-zone ids) and nothing else.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import available_timezones

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QLocale, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QStatusBar,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from nejat_desk.gui import settings as opt
from nejat_desk.gui.i18n import install_translators
from nejat_desk.gui.settings import Settings

LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]")
# Names a translation keeps as they are: products and formats, platforms, the editions' own names
# for themselves, the languages' own names in the language list.
NAMES = ("Nejat Desk", "WordPress", "Markdown", "Hunspell", "Application Password", "iCalendar", "PDF", "UTC",
         "Facebook", "X (Twitter)", "Pinterest", "WhatsApp", "Telegram", "Skype", "English", "Shqip",
         "ZWNJ", "LRM", "RLM", "0–9")  # the invisible marks' Unicode names; the Western digits named as such
# Ids: time zones (Asia/Tehran, Etc/UTC), addresses, e-mail addresses, file names with extensions, and keys
# as printed on the keyboard (Shift+Space).
IDS = re.compile(r"\b[A-Z][A-Za-z_]+/[A-Za-z_/+-]+\b|\bUTC[+-]\d\d:\d\d\b|https?://\S+|\S+@\S+\.\w+|[\w.-]+\.(?:jpe?g|png|pdf|webp|mp4)\b"
                 r"|\b(?:Ctrl|Shift|Alt|Meta)\+\w+")
# Library tables whose text is the user's content (the editions' table names them in English: not content).
CONTENT_TABLES = ("articles", "categories", "tags", "media_items", "media_texts", "galleries", "gallery_texts",
                  "publication_series", "publication_issues", "social_snippets", "site_profiles", "saved_filters")
NOT_CONTENT_COLUMNS = {"status", "kind", "state", "edition_code", "edition", "direction", "mime_type", "sha256",
                       "uid", "language", "series_kind", "platform"}


def content_of(library_file: Path) -> list[str]:
    """Every text the library holds as content, longest first (stripped out before the check)."""
    values: set[str] = set()
    with sqlite3.connect(f"file:{library_file}?mode=ro", uri=True) as db:
        for table in CONTENT_TABLES:
            columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")
                       if row[2].upper() in ("TEXT", "VARCHAR", "") or "CHAR" in row[2].upper()]
            for column in columns:
                if column in NOT_CONTENT_COLUMNS:
                    continue
                for (value,) in db.execute(f'SELECT "{column}" FROM {table} WHERE "{column}" IS NOT NULL'):
                    if isinstance(value, str) and len(value.strip()) >= 3:
                        values.add(value.strip())
                        values.update(part.strip() for part in value.split("/") if len(part.strip()) >= 3)
    return sorted(values, key=len, reverse=True)


def model_texts(model: QAbstractItemModel, view: QAbstractItemView) -> Iterator[str]:
    # List models hide columnCount (it is private in QAbstractListModel): they have one column.
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    shows_header = isinstance(view, (QTableView, QTreeView)) and not (
        isinstance(view, QTreeView) and view.isHeaderHidden())  # a list's default header ("1") is never shown
    for column in range(columns if shows_header else 0):
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if header is not None:
            yield str(header)
    for row in range(min(model.rowCount(QModelIndex()), 60)):
        for column in range(columns):
            if hasattr(view, "isColumnHidden") and view.isColumnHidden(column):
                continue
            value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            if value is not None:
                yield str(value)


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text shown by `root` and its visible children."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() and not isinstance(widget, QMenu):
            continue
        parent = widget.parentWidget()
        where = f"{type(parent).__name__ if parent else ''}/{type(widget).__name__}#{widget.objectName()}"
        if widget.isWindow() and widget.windowTitle():
            yield where, widget.windowTitle()
        if isinstance(widget, QLabel):
            yield where, QTextDocumentText.plain(widget.text()) if widget.textFormat() != Qt.TextFormat.PlainText \
                else widget.text()
        elif isinstance(widget, (QAbstractButton, QAbstractSpinBox)):  # buttons; date and number fields
            yield where, widget.text()
        elif isinstance(widget, QLineEdit):
            yield where, widget.text()
            yield where, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield where, widget.itemText(index)
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                yield where, widget.tabText(index)
        elif isinstance(widget, QStatusBar):
            yield where, widget.currentMessage()
        elif isinstance(widget, QMenu):
            for action in widget.actions():
                yield where, action.text().replace("&", "")
        if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView) and widget.model():
            for text in model_texts(widget.model(), widget):
                yield where, text


class QTextDocumentText:
    @staticmethod
    def plain(html: str) -> str:
        from PySide6.QtGui import QTextDocument

        document = QTextDocument()
        document.setHtml(html)
        return document.toPlainText()


ZONES = available_timezones()


# A Gregorian year of this century in Persian digits: the Farsi interface writes Solar Hijri dates.
GREGORIAN_IN_FARSI = re.compile(r"۲۰[۰-۹]{2}")


def leaks(texts: Iterator[tuple[str, str]], content: list[str]) -> list[str]:
    farsi = QLocale().language() == QLocale.Language.Persian
    found: list[str] = []
    for where, text in texts:
        if text.strip() in ZONES or text.strip() in content or text.strip() == "posixrules":  # a time-zone id in a list of zones; a title
            continue
        rest = IDS.sub(" ", text)
        for value in content:
            if value in rest:
                rest = rest.replace(value, " ")
        for name in NAMES:
            rest = rest.replace(name, " ")
        # A cell elided to fit ("…") or a snippet of an article's text is content too (a long enough
        # piece of it: two letters are found in any text).
        pieces = [p.strip(" .,:;·()«»\"'\u2068\u2069\u200e\u200f") for p in rest.split("…")]
        if any(LATIN_OR_DIGIT.search(p) and not (len(p) >= 8 and any(p in value for value in content))
               for p in pieces) or (farsi and GREGORIAN_IN_FARSI.search(rest)):
            found.append(f"{where}: {text!r}")
    return sorted(set(found))


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


@pytest.fixture
def example_library(tmp_path):
    from nejat_desk.services.example_content import load_example_content
    from nejat_desk.storage.library import Library

    library = Library.open(tmp_path / "library", create=True)
    load_example_content(library)
    yield library
    library.close()


def add_outbox_jobs(library, library_file: Path, edition: str) -> None:
    """A site and its outbox as a working day leaves them: a job waiting to be retried after two
    attempts, one that failed after five, one in conflict, each with the status it asked of the site."""
    from datetime import timedelta

    from nejat_desk.core.timeutil import utc_now
    from nejat_desk.storage.models import OutboxJob, SiteProfile

    article = first_article(library_file, edition)
    with library.session() as session:
        site = SiteProfile(name="نجات", base_url="https://nejat.example.org", username="desk", editions=[edition])
        session.add(site)
        session.flush()
        later = utc_now() + timedelta(days=1)  # not due: nothing is sent while the test looks
        session.add_all([
            OutboxJob(site_id=site.id, object_type="article", object_id=article, action="push",
                      options={"status": "future"}, state="queued", attempts=2, next_attempt_at=later),
            OutboxJob(site_id=site.id, object_type="article", object_id=article, action="push",
                      options={"status": "publish"}, state="failed", attempts=5, next_attempt_at=None),
            OutboxJob(site_id=site.id, object_type="article", object_id=article, action="push",
                      options={"status": "pending"}, state="conflict", attempts=1, next_attempt_at=None),
        ])


def walk_review_list(sites, edition: str, article: int) -> None:
    """The review list as a site answers it: one post waiting for review, one sent back."""
    from datetime import UTC, datetime

    from nejat_desk.services.wordpress.review import ReviewItem, ReviewList

    site_id = sites.sites_model.site(0).id
    when = datetime(2026, 12, 1, 5, 0, tzinfo=UTC)
    found = ReviewList(
        waiting=[ReviewItem(site_id, 41, article, "بازگشایی بندر", "pending", "review", "مریم", when, "لطفاً بخوانید")],
        returned=[ReviewItem(site_id, 42, None, "گزارش شهر", "draft", "return", "علی", when, "منبع را بیفزایید")])
    sites.review_panel._listed(found)  # where a read review list lands (reading it needs the site)


def open_window(library, settings, qtbot) -> tuple[QMainWindow, object]:
    from nejat_desk.app import build_window

    window, context = build_window(library, settings)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window, context


def first_article(library_file: Path, edition: str) -> int:
    with sqlite3.connect(f"file:{library_file}?mode=ro", uri=True) as db:
        return db.execute("SELECT id FROM articles WHERE edition_code = ? AND deleted_at IS NULL ORDER BY id",
                          (edition,)).fetchone()[0]


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_no_english_in_any_workspace(interface, example_library, qtbot, language):
    from nejat_desk.gui.workspaces import WORKSPACES

    settings = interface(language)
    library_file = example_library.root / "library.sqlite3"
    add_outbox_jobs(example_library, library_file, language)
    content = sorted([*content_of(library_file), str(example_library.root)], key=len, reverse=True)
    window, context = open_window(example_library, settings, qtbot)
    found: list[str] = []
    try:
        for entry in WORKSPACES:
            window.show_workspace(entry.workspace_id)
            qtbot.waitUntil(lambda: not context.tasks.active, timeout=10_000)  # its first rows are in
            found += [f"{entry.workspace_id}: {leak}" for leak in leaks(visible_texts(window), content)]
        schedule = window.show_workspace("schedule")
        painted = [("chip", schedule.month_view.chip_text(item)) for item in schedule.model.items()]
        found += [f"schedule month: {leak}" for leak in leaks(iter(painted), content)]
        for view in ("week", "agenda"):
            schedule.set_view(view)
            found += [f"schedule {view}: {leak}" for leak in leaks(visible_texts(schedule), content)]
        sites = window.show_workspace("sites")
        sites.show_all.setChecked(True)
        assert sites.outbox_model.rowCount() == 3  # the outbox's jobs are walked, not an empty table
        walk_review_list(sites, language, first_article(library_file, language))
        assert sites.review_panel.model.rowCount() == 2
        found += [f"sites outbox and review list: {leak}" for leak in leaks(visible_texts(sites), content)]
        media = window.show_workspace("media")
        for row in range(media.grid.model().rowCount()):  # each item's details: sizes, dates, uses
            media.grid.setCurrentIndex(media.grid.model().index(row, 0))
            qtbot.waitUntil(lambda: bool(media.detail.info.text()), timeout=5000)
            found += [f"media item {row}: {leak}" for leak in leaks(visible_texts(media.detail), content)]
        articles = window.show_workspace("articles")
        window.open_record("articles", first_article(library_file, language))
        qtbot.waitUntil(lambda: articles.editor.isVisible(), timeout=5000)
        qtbot.waitUntil(lambda: not context.tasks.active, timeout=10_000)
        found += [f"article open: {leak}" for leak in leaks(visible_texts(window), content)]
        for menu in window.menuBar().findChildren(QMenu):
            found += [f"menu: {leak}" for leak in leaks(visible_texts(menu), content)]
    finally:
        window.close()
        context.tasks.wait_all(10_000)
    assert found == [], "\n".join(found)


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_no_english_in_preferences(interface, qtbot, language):
    from nejat_desk.gui.preferences import PreferencesDialog

    settings = interface(language)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert leaks(visible_texts(dialog), []) == []


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_no_english_in_the_missed_items_dialog(interface, example_library, qtbot, language):
    from datetime import UTC, datetime

    from nejat_desk.core.scheduling import CalendarItem, ItemKind, action_text
    from nejat_desk.gui.schedule.due import missed_items_box
    from nejat_desk.services.schedule import DueNotice

    interface(language)
    item = CalendarItem("article:1", ItemKind.ARTICLE, 1, "u1", "بازگشایی بندر",
                        datetime(2026, 12, 1, 5, 0, tzinfo=UTC), edition="fa")
    notices = [DueNotice(1, item.key, item.title, item.when, "missed", action_text(item), item.edition)]
    box = missed_items_box(None, notices)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    texts = [*visible_texts(box), ("detailed text", box.detailedText())]
    assert leaks(iter(texts), ["بازگشایی بندر"]) == []
