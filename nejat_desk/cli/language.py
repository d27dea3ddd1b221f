"""The command line speaks the language of the terminal's locale, from the window's catalogues.

The language comes from $NEJAT_DESK_LANGUAGE, else the first of the GNU gettext variables
($LANGUAGE, $LC_ALL, $LC_MESSAGES, $LANG) that names one; a language without a catalogue,
"C" and "POSIX" mean English. The catalogues are the .qm files the window loads, read with
QtCore's QTranslator (QtCore only: no display, no QApplication), and only when the language
is not English, so `nejat-desk list` in English never loads Qt at all.

argparse's own words ("usage:", "options", its error messages) go through the same
catalogue: argparse looks them up through the module-global `_` it imported from gettext.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Mapping
from importlib import resources

from nejat_desk.core import i18n
from nejat_desk.core.i18n import QT_TRANSLATE_NOOP

SHIPPED = ("fa", "ar", "sq")
CONTEXT = "cli.language"

# argparse's sentences a user meets (help layout and parse errors), for lupdate to extract.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("cli.language", "usage: "),
    QT_TRANSLATE_NOOP("cli.language", "positional arguments"),
    QT_TRANSLATE_NOOP("cli.language", "options"),
    QT_TRANSLATE_NOOP("cli.language", "show this help message and exit"),
    QT_TRANSLATE_NOOP("cli.language", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("cli.language", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("cli.language", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("cli.language", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("cli.language", "expected one argument"),
    QT_TRANSLATE_NOOP("cli.language", "expected at most one argument"),
    QT_TRANSLATE_NOOP("cli.language", "expected at least one argument"),
    QT_TRANSLATE_NOOP("cli.language", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("cli.language", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("cli.language", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("cli.language", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("cli.language", "%(prog)s: error: %(message)s\n"),
)


def chosen_language(environ: Mapping[str, str] | None = None) -> str:
    """The two-letter code the command line speaks: one of SHIPPED, or "en"."""
    env = os.environ if environ is None else environ
    own = env.get("NEJAT_DESK_LANGUAGE", "").strip()
    candidates = [own] if own else []
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip()
        if value:
            # $LANGUAGE is a priority list ("fa:en"); the others hold one locale ("fa_IR.UTF-8").
            candidates += value.split(":") if name == "LANGUAGE" else [value]
            if name != "LANGUAGE":
                break
    for candidate in candidates:
        code = candidate.split("_")[0].split(".")[0].split("@")[0].lower()
        if code in SHIPPED:
            return code
        if code in ("en", "c", "posix"):
            return "en"
    return "en"


def install(language: str) -> bool:
    """Send the core's and argparse's messages through `language`'s catalogue.

    False (and English stays) when the language has no catalogue or it cannot be read.
    """
    if language not in SHIPPED:
        i18n.install(None)
        return False
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    folder = resources.files("nejat_desk.resources") / "translations"
    if not translator.load(f"nejat_desk_{language}.qm", str(folder)):
        i18n.install(None)
        return False

    def lookup(context: str, text: str, disambiguation: str | None = None) -> str | None:
        return translator.translate(context, text, disambiguation) or None

    i18n.install(lookup)
    # argparse looks its own messages up through the module's `_` (gettext), which its stubs do not declare.
    argparse._ = lambda text: i18n.translate(CONTEXT, text)  # type: ignore[attr-defined]  # i18n: ok
    return True
