"""Messages from the Qt-free layers in the user's language.

Every sentence the core, the services, the exporters or the command line show a person is
written `translate("services.articles", "No article has the id {id}.").format(id=...)`: the
form Qt's lupdate extracts into the same catalogues as the window's strings. The context is
the module's dotted path under `nejat_desk`, so a translator sees where a text comes from.
Values go in after translation through `str.format` fields, which a translation may reorder;
check-translations.py refuses a translation that drops or invents a field.

Which catalogue answers is the front end's business, so the core never imports Qt: the
window installs `QCoreApplication.translate`, the command line a `QTranslator` loaded for
$LANG (nejat_desk.cli.language). Until one is installed (the tests, scripts using the
package as a library) the English source comes back unchanged.

Plurals: the core words counts so one form reads well in every language ("Files imported:
{count}"), instead of Qt's %n forms, which lupdate does not detect in plain `translate()`
calls.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

# (context, source text, disambiguation) -> translation, or None/"" when there is none.
Translator = Callable[[str, str, str | None], str | None]

_translator: Translator | None = None


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """`text` in the interface language (the English source when there is no translation)."""
    if _translator is None:
        return text
    return _translator(context, text, disambiguation) or text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `text` for the catalogue where it is defined; translate() it where it is shown."""
    return text


def join_list(items: Iterable[str]) -> str:
    """Items of a sentence joined the interface language's way ("a, b" / «a، b»)."""
    return translate("core.i18n", ", ").join(items)


def install(translator: Translator | None) -> None:
    """Route every later translate() through `translator` (None: English again)."""
    global _translator
    _translator = translator


def installed() -> Translator | None:
    return _translator
