"""Hunspell dictionaries through pyenchant, one per edition, with a clear note when an
edition's dictionary is not installed (Debian ships none for Farsi or Albanian)."""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

# Dictionary tags to try per edition, best first.
DICTIONARY_TAGS: dict[str, tuple[str, ...]] = {
    "en": ("en_US", "en_GB", "en"),
    "ar": ("ar", "ar_SA", "ar_EG"),
    "fa": ("fa_IR", "fa"),
    "sq": ("sq_AL", "sq"),
}
LANGUAGE_NAMES = {"en": "English", "ar": "Arabic", "fa": "Farsi", "sq": "Albanian"}
_SKIP = re.compile(r"[\d_/@:.]")


class SpellChecker:
    def __init__(self, edition: str) -> None:
        self.edition = edition
        self.dictionary = None
        self.tag = ""
        self._cache: dict[str, bool] = {}
        try:
            import enchant

            for tag in DICTIONARY_TAGS.get(edition, (edition,)):
                if enchant.dict_exists(tag):
                    self.dictionary = enchant.Dict(tag)
                    self.tag = tag
                    break
        except Exception as exc:  # no enchant library on this system: spelling is simply off
            log.warning("spell checking unavailable: %s", type(exc).__name__)

    @property
    def available(self) -> bool:
        return self.dictionary is not None

    def note(self) -> str:
        """What the status bar says about spelling in this edition."""
        language = QCoreApplication.translate("Spelling", LANGUAGE_NAMES.get(self.edition, self.edition))
        if self.available:
            return QCoreApplication.translate("Spelling", "Spelling: %1 (%2)").replace("%1", language) \
                .replace("%2", self.tag)
        return QCoreApplication.translate("Spelling", "No %1 dictionary installed: spelling is not checked") \
            .replace("%1", language)

    def is_correct(self, word: str) -> bool:
        if self.dictionary is None or len(word) < 2 or _SKIP.search(word):
            return True
        known = self._cache.get(word)
        if known is None:
            clean = word.replace("\u200c", "")
            try:
                known = bool(self.dictionary.check(word) or (clean != word and self.dictionary.check(clean)))
            except Exception:
                known = True
            if len(self._cache) > 50000:
                self._cache.clear()
            self._cache[word] = known
        return known

    def suggest(self, word: str) -> list[str]:
        if self.dictionary is None:
            return []
        try:
            return list(self.dictionary.suggest(word))[:8]
        except Exception:
            return []


@lru_cache(maxsize=8)
def checker_for(edition: str) -> SpellChecker:
    return SpellChecker(edition)
