"""The names of the editions in the interface language ("Farsi", «فارسی», "Persisht").

One table for every layer: the window's labels, the services' messages ("Alt text is missing
in the Farsi edition") and the command line all name an edition through edition_name(); a
code the table does not know (an edition added later) is shown as it is.
"""

from __future__ import annotations

from nejat_desk.core.i18n import QT_TRANSLATE_NOOP, translate

EDITION_NAMES: dict[str, str] = {
    "en": QT_TRANSLATE_NOOP("core.edition_names", "English"),
    "ar": QT_TRANSLATE_NOOP("core.edition_names", "Arabic"),
    "fa": QT_TRANSLATE_NOOP("core.edition_names", "Farsi"),
    "sq": QT_TRANSLATE_NOOP("core.edition_names", "Albanian"),
}


def edition_name(code: str | None) -> str:
    if code is None:
        return ""
    source = EDITION_NAMES.get(code)
    return translate("core.edition_names", source) if source else code
