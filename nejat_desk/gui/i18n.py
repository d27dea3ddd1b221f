"""The interface language: Qt translators for our strings and Qt's own, and the layout
direction that goes with the language (Farsi and Arabic mirror the whole window)."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from nejat_desk.core import i18n as core_i18n
from nejat_desk.gui import settings as opt
from nejat_desk.gui.settings import Settings

RTL_LANGUAGES = frozenset({"ar", "fa"})
_installed: list[QTranslator] = []


def interface_language(locale: QLocale | None = None) -> str:
    """The two-letter code of the interface language ("fa", "en", ...)."""
    return (locale or QLocale()).name().split("_")[0]


class ClassContextTranslator(QTranslator):
    """Our catalogue, looked up the way lupdate filed it.

    PySide's `self.tr()` looks a string up under the name of the object's own class, while
    lupdate files it under the class whose method calls tr(). A subclass instance would miss
    every string its base classes translate; on a miss this tries the base classes' names.
    """

    def __init__(self, inner: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inner = inner

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        text = self.inner.translate(context, source_text, disambiguation, n)
        if text or "." in context:  # a dotted context is a core module, not a class
            return text or None
        for base in base_contexts(context):
            text = self.inner.translate(base, source_text, disambiguation, n)
            if text:
                return text
        return None  # None, not "": an empty string would be shown instead of the source text

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return self.inner.isEmpty()


@cache
def base_contexts(context: str) -> tuple[str, ...]:
    """Names of our QObject classes above the class called `context`, nearest first."""
    pending = list(QObject.__subclasses__())
    seen: set[type] = set()
    while pending:
        cls = pending.pop()
        if cls in seen:
            continue
        seen.add(cls)
        if cls.__name__ == context and cls.__module__.startswith("nejat_desk"):
            return tuple(base.__name__ for base in cls.__mro__[1:]
                         if base.__module__.startswith("nejat_desk"))
        pending.extend(cls.__subclasses__())
    return ()


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
    catalogue = QTranslator(app)
    qm_dir = resources.files("nejat_desk.resources") / "translations"
    if catalogue.load(locale, "nejat_desk", "_", str(qm_dir)):
        ours = ClassContextTranslator(catalogue, app)
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RTL_LANGUAGES
                           else Qt.LayoutDirection.LeftToRight)
    # Messages from the Qt-free layers (errors, import reports, rule warnings) come from the
    # same catalogue, through the translators just installed.
    core_i18n.install(translate_core_message)
    return locale


# The core's translate() calls are what lupdate reads; this only forwards them to Qt.
def translate_core_message(context: str, text: str, disambiguation: str | None = None) -> str:  # i18n: ok
    return QCoreApplication.translate(context, text, disambiguation)  # i18n: ok
