"""The interface language: translators, right-to-left mirroring, locale dates (Solar Hijri in
Farsi), translated domain labels, and the version shown in About and --version."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, date, datetime
from enum import StrEnum

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QVBoxLayout

from nejat_desk.core import domain
from nejat_desk.gui import dates, labels
from nejat_desk.gui import settings as opt
from nejat_desk.gui.i18n import ClassContextTranslator, install_translators
from nejat_desk.gui.settings import Settings
from nejat_desk.version import __version__


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def interface(qapp, settings):
    """Switch the interface language for one test, and put everything back afterwards."""
    saved_locale = QLocale()

    def switch(language: str) -> QLocale:
        settings.set(opt.UI_LANGUAGE, language)
        return install_translators(qapp, settings)

    yield switch
    settings.set(opt.UI_LANGUAGE, "en")
    install_translators(qapp, settings)
    QLocale.setDefault(saved_locale)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


# --- version ---------------------------------------------------------------------------------------

def test_version_command_prints_the_one_version():
    result = subprocess.run([sys.executable, "-m", "nejat_desk", "--version"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Nejat Desk {__version__}"


def test_about_dialog_shows_the_version(qtbot, library, settings, monkeypatch):
    from nejat_desk.gui import main_window as mw
    from nejat_desk.gui.context import AppContext
    from nejat_desk.gui.tasks import TaskRunner
    from nejat_desk.gui.workspaces import WorkspaceEntry

    monkeypatch.setattr(mw, "WORKSPACES", (WorkspaceEntry("probe", __name__, "_ProbeWorkspace", "Probe", "mdi6.flask"),))
    tasks = TaskRunner()
    window = mw.MainWindow(AppContext(library, settings, tasks))
    qtbot.addWidget(window)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: shown.append((title, text)))
    window.about_action.trigger()
    assert shown and f"Nejat Desk {__version__}" in shown[0][1]
    tasks.wait_all()


from nejat_desk.gui.workspace import Workspace  # noqa: E402 - the probe needs the base after Qt is set up


class _ProbeWorkspace(Workspace):
    workspace_id = "probe"

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        QVBoxLayout(self).addWidget(QLabel(self.tr("Probe"), self))

    def title(self) -> str:
        return self.tr("Probe")


# --- domain labels -----------------------------------------------------------------------------

@pytest.mark.parametrize("enum", [e for e in vars(domain).values()
                                  if isinstance(e, type) and issubclass(e, StrEnum) and e is not domain.Direction])
def test_every_domain_value_has_a_label(enum):
    for member in enum:
        text = labels.label(member)
        assert text and text != member.value or member.value.capitalize() == text, (enum, member)
        assert "_" not in text


def test_every_edition_has_a_label():
    for edition in domain.EDITIONS:
        assert labels.edition_label(edition.code) == edition.name


def test_unknown_values_show_as_they_are():
    assert labels.status_label("embargoed") == "embargoed"
    assert labels.status_label(None) == ""


# --- dates and numbers ---------------------------------------------------------------------------

INSTANT = datetime(2026, 11, 26, 21, 0, tzinfo=UTC)  # 27 Nov 00:30 in Tehran, 6 Azar 1405


def test_farsi_dates_are_solar_hijri_with_persian_digits(settings):
    settings.set(opt.USER_TIME_ZONE, "Asia/Tehran")
    fa = QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
    assert dates.format_date(INSTANT, settings, locale=fa) == "۱۴۰۵/۹/۶"
    assert dates.format_datetime(INSTANT, settings, locale=fa) == "۱۴۰۵/۹/۶ ۰:۳۰"
    assert "آذر" in dates.format_date(INSTANT, settings, long=True, locale=fa)


def test_farsi_dates_follow_the_preference(settings):
    settings.set(opt.USER_TIME_ZONE, "Asia/Tehran")
    settings.set(opt.JALALI_DATES, False)
    fa = QLocale(QLocale.Language.Persian, QLocale.Country.Iran)
    assert dates.format_date(INSTANT, settings, locale=fa) == "۲۰۲۶/۱۱/۲۷"
    assert not dates.uses_jalali(settings, fa)


def test_other_languages_keep_the_gregorian_calendar_in_their_own_style(settings):
    settings.set(opt.USER_TIME_ZONE, "Europe/Tirane")
    sq = QLocale(QLocale.Language.Albanian, QLocale.Country.Albania)
    assert dates.format_date(INSTANT, settings, locale=sq) == "26.11.2026"  # four-digit year, always
    assert "nëntor" in dates.format_date(INSTANT, settings, long=True, locale=sq)
    ar = QLocale(QLocale.Language.Arabic, QLocale.Country.Iraq)
    assert "٢٠٢٦" in dates.format_date(date(2026, 11, 26), settings, locale=ar)
    assert not dates.uses_jalali(settings, ar)


def test_naive_instants_are_utc_and_none_is_blank(settings):
    settings.set(opt.USER_TIME_ZONE, "Asia/Tehran")
    en = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert dates.format_date(datetime(2026, 11, 26, 21, 0), settings, locale=en) == "11/27/2026"
    assert dates.format_datetime(None, settings) == ""


def test_unknown_time_zone_preference_falls_back_to_the_system(settings):
    settings.set(opt.USER_TIME_ZONE, "Mars/Olympus_Mons")
    assert dates.to_local(INSTANT, settings) == INSTANT  # same instant, in the system's zone


def test_numbers_use_the_locale_digits():
    assert dates.format_number(1234, locale=QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)) == "١٬٢٣٤"
    assert dates.format_number(1234567, locale=QLocale(QLocale.Language.Persian)) == "۱٬۲۳۴٬۵۶۷"
    assert dates.format_number(2.5, locale=QLocale(QLocale.Language.Albanian)) == "2,5"


# --- translators and direction -------------------------------------------------------------------

@pytest.mark.parametrize("language, direction", [("fa", Qt.LayoutDirection.RightToLeft),
                                                 ("ar", Qt.LayoutDirection.RightToLeft),
                                                 ("sq", Qt.LayoutDirection.LeftToRight),
                                                 ("en", Qt.LayoutDirection.LeftToRight)])
def test_language_sets_the_direction_and_default_locale(interface, qapp, language, direction):
    locale = interface(language)
    assert qapp.layoutDirection() == direction
    assert QLocale().name().startswith(language)
    assert locale.name().startswith(language)


@pytest.mark.parametrize("language", ["fa", "ar", "sq"])
def test_shipped_catalogues_translate_the_interface(interface, language):
    interface(language)
    for context, source in (("MainWindow", "&File"), ("Labels", "In review"), ("Labels", "Draft"),
                            ("PreferencesDialog", "Interface &language:")):
        assert QCoreApplication.translate(context, source) != source, (language, context, source)


@pytest.mark.parametrize("language", ["fa", "ar", "sq"])
def test_core_messages_come_from_the_same_catalogue(interface, language):
    """A message made in the Qt-free core after the switch is in the interface language."""
    from nejat_desk.cli.language import ARGPARSE_TEXTS
    from nejat_desk.core import i18n as core_i18n

    interface(language)
    assert core_i18n.translate("cli.language", ARGPARSE_TEXTS[1]) != ARGPARSE_TEXTS[1]
    interface("en")
    assert core_i18n.translate("cli.language", ARGPARSE_TEXTS[1]) == ARGPARSE_TEXTS[1]


def test_albanian_gets_qt_standard_buttons_from_our_catalogue(interface):
    interface("sq")  # Qt ships no Albanian catalogue of its own
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"


class _Base(QObject):
    def greeting(self) -> str:
        return self.tr("Good morning")


class _Derived(_Base):
    pass


def test_base_class_strings_are_found_for_subclass_instances(qapp, tmp_path):
    """PySide looks self.tr() up under the instance's class; lupdate filed it under _Base."""
    ts = tmp_path / "probe_fa.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="fa">'
                  "<context><name>_Base</name><message><source>Good morning</source>"
                  "<translation>صبح بخیر</translation></message></context></TS>", encoding="utf-8")
    qm = tmp_path / "probe_fa.qm"
    lrelease = __import__("pathlib").Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    from PySide6.QtCore import QTranslator

    inner = QTranslator()
    assert inner.load(str(qm))
    translator = ClassContextTranslator(inner)
    qapp.installTranslator(translator)
    try:
        assert _Derived().greeting() == "صبح بخیر"
        assert _Base().greeting() == "صبح بخیر"
        assert QCoreApplication.translate("_Derived", "Not in the catalogue") == "Not in the catalogue"
    finally:
        qapp.removeTranslator(translator)


def test_preferences_language_change_asks_for_a_restart(qtbot, settings, monkeypatch):
    from nejat_desk.gui.preferences import PreferencesDialog

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: told.append(text))
    monkeypatch.setattr("nejat_desk.gui.preferences.apply_theme", lambda *_a: None)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.form.isWindow() and dialog.width() >= dialog.form.minimumSizeHint().width() > 0
    dialog.language.setCurrentIndex(dialog.language.findData("fa"))
    dialog.accept()
    assert settings.get(opt.UI_LANGUAGE) == "fa"
    assert len(told) == 1
    again = PreferencesDialog(settings)
    qtbot.addWidget(again)
    again.accept()  # nothing changed: no message
    assert len(told) == 1
    assert isinstance(QApplication.instance(), QApplication)


def test_import_report_names_outcomes_in_the_services_words(qtbot, library, settings, tmp_path):
    from PySide6.QtWidgets import QWidget

    from nejat_desk.gui.context import AppContext
    from nejat_desk.gui.importing import ImportController
    from nejat_desk.gui.tasks import TaskRunner

    article = tmp_path / "note.md"
    article.write_text("---\ntitle: Market reopens\nedition: en\n---\nThe market reopened today.\n", encoding="utf-8")
    tasks = TaskRunner()
    parent = QWidget()
    qtbot.addWidget(parent)
    controller = ImportController(AppContext(library, settings, tasks), parent)
    done: list[list[str]] = []
    controller._done = lambda lines: done.append(lines)
    controller.import_paths([article, tmp_path / "gone.md"])
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    lines = [line.replace("\u2068", "").replace("\u2069", "") for line in done[0]]  # bidi isolates
    assert "created: note.md" in lines  # the service's outcome words, the command line's too
    assert "failed: gone.md — no such file or folder" in lines  # a missing file is named too
    assert lines[-1] == "Summary: 1 created, 1 failed"
    tasks.wait_all()


def test_cells_are_laid_out_in_their_own_direction_on_the_interface_side(qapp, qtbot):
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

    from nejat_desk.gui.bidi import ContentDirectionDelegate, text_direction

    assert text_direction("Tabriz book fair") == Qt.LayoutDirection.LeftToRight
    assert text_direction("«نمایشگاه کتاب»") == Qt.LayoutDirection.RightToLeft
    assert text_direction("2026-11-26 12:00") is None
    model = QStandardItemModel(0, 1)
    for text in ("Tabriz book fair opens", "نمایشگاه کتاب تبریز", "2026"):
        model.appendRow(QStandardItem(text))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    delegate = ContentDirectionDelegate(view)
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        options = []
        for row in range(3):
            option = QStyleOptionViewItem()
            option.direction = Qt.LayoutDirection.RightToLeft
            delegate.initStyleOption(option, model.index(row, 0))
            options.append(option)
        latin, farsi, digits = options
        assert latin.direction == Qt.LayoutDirection.LeftToRight  # elides at its own end
        assert latin.displayAlignment & Qt.AlignmentFlag.AlignRight  # still on the interface's side
        assert latin.displayAlignment & Qt.AlignmentFlag.AlignAbsolute
        assert farsi.direction == Qt.LayoutDirection.RightToLeft
        assert digits.direction == Qt.LayoutDirection.RightToLeft
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
