"""The interface language: Qt translators for our strings and Qt's own, and the layout
direction that goes with the language (Farsi and Arabic mirror the whole window)."""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from nejat_desk.gui import settings as opt
from nejat_desk.gui.settings import Settings

RTL_LANGUAGES = frozenset({"ar", "fa"})
_installed: list[QTranslator] = []


def interface_locale(settings: Settings) -> QLocale:
    choice = settings.get(opt.UI_LANGUAGE)
    return QLocale.system() if choice in ("", "system") else QLocale(choice)


def install_translators(app: QApplication, settings: Settings) -> QLocale:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = interface_locale(settings)
    QLocale.setDefault(locale)
    language = locale.name().split("_")[0]
    ours = QTranslator(app)
    qm_dir = resources.files("nejat_desk.resources") / "translations"
    if ours.load(locale, "nejat_desk", "_", str(qm_dir)):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RTL_LANGUAGES
                           else Qt.LayoutDirection.LeftToRight)
    return locale
