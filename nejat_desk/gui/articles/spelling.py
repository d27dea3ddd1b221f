"""Hunspell dictionaries through pyenchant, one per edition, with a clear note when an
edition's dictionary is not installed. The set-up installs Debian's dictionaries for all four
editions (scripts/apt-runtime.txt); elsewhere the note names the package to add."""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from nejat_desk.core.edition_names import edition_name

log = logging.getLogger(__name__)

# Dictionary tags to try per edition, best first.
DICTIONARY_TAGS: dict[str, tuple[str, ...]] = {
    "en": ("en_US", "en_GB", "en"),
    "ar": ("ar", "ar_SA", "ar_EG"),
    "fa": ("fa_IR", "fa"),
    "sq": ("sq_AL", "sq"),
}
# The Debian/Ubuntu package that carries each edition's dictionary (see scripts/apt-runtime.txt).
DEBIAN_PACKAGES = {"en": "hunspell-en-us", "ar": "hunspell-ar", "fa": "myspell-fa", "sq": "myspell-sq"}
_SKIP = re.compile(r"[\d_/@:.]")
_ANNOUNCED: set[str] = set()  # editions whose missing dictionary was already reported this session


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
        """The editor's status-bar label about spelling in this edition."""
        language = edition_name(self.edition)
        if self.available:
            return QCoreApplication.translate("Spelling", "Spelling: %1").replace("%1", language)
        return QCoreApplication.translate("Spelling", "Spelling not checked (%1)").replace("%1", language)

    def missing_message(self) -> str:
        """Said once a session when an edition has no dictionary: what is missing and how to add one."""
        package = DEBIAN_PACKAGES.get(self.edition)
        language = edition_name(self.edition)
        if package:
            return QCoreApplication.translate(
                "Spelling", "No %1 dictionary is installed, so spelling is not checked. To add one, install "
                "the %2 package (sudo apt install %2) and reopen the article.").replace("%1", language) \
                .replace("%2", package)
        return QCoreApplication.translate(
            "Spelling", "No %1 dictionary is installed, so spelling is not checked. To add one, install a "
            "Hunspell dictionary for it and reopen the article.").replace("%1", language)

    def should_announce_missing(self) -> bool:
        """True the first time in this session that a missing dictionary comes up for this edition."""
        if self.available or self.edition in _ANNOUNCED:
            return False
        _ANNOUNCED.add(self.edition)
        return True

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
