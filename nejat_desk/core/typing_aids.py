"""Typing aids for Farsi and Arabic writers: invisible characters, digit conversion, word counts.

Pure functions; the editor calls them on its text or on a selection.
"""

from __future__ import annotations

import re
from enum import StrEnum

ZWNJ = "\u200c"  # zero-width non-joiner: "می‌شود"
LRM = "\u200e"  # left-to-right mark
RLM = "\u200f"  # right-to-left mark
ZWJ = "\u200d"
ALM = "\u061c"  # Arabic letter mark

# Invisible characters the editor can show on request, with the visible mark drawn for each.
INVISIBLES: dict[str, str] = {ZWNJ: "‌|", LRM: "→", RLM: "←", ZWJ: "+", ALM: "⇐"}
_INVISIBLE_RE = re.compile("[" + "".join(INVISIBLES) + "]")


class DigitSystem(StrEnum):
    ASCII = "ascii"
    PERSIAN = "persian"  # ۰۱۲۳۴۵۶۷۸۹ (Extended Arabic-Indic)
    ARABIC = "arabic"  # ٠١٢٣٤٥٦٧٨٩ (Arabic-Indic)


DIGITS: dict[DigitSystem, str] = {
    DigitSystem.ASCII: "0123456789",
    DigitSystem.PERSIAN: "۰۱۲۳۴۵۶۷۸۹",
    DigitSystem.ARABIC: "٠١٢٣٤٥٦٧٨٩",
}


def convert_digits(text: str, target: DigitSystem | str) -> str:
    """Every digit of the three systems in `text` written in `target`; nothing else changes."""
    target = DigitSystem(target)
    out = DIGITS[target]
    table: dict[int, str] = {}
    for system, digits in DIGITS.items():
        if system is not target:
            table.update({ord(d): out[i] for i, d in enumerate(digits)})
    return text.translate(table)


def invisible_positions(text: str) -> list[tuple[int, str]]:
    """(offset, character) for each invisible formatting character in `text`."""
    return [(m.start(), m.group()) for m in _INVISIBLE_RE.finditer(text)]


# A word: letters, digits and marks, joined by ZWNJ/ZWJ or an apostrophe inside the word.
_WORD = re.compile(r"[^\W_](?:[\w\u200c\u200d'’]*[^\W_])?")
_MD_NOISE = re.compile(r"!\[[^\]]*\]\([^)]*\)|\]\([^)]*\)|<[^>]+>|https?://\S+")


def word_count(markdown_text: str) -> int:
    """Words a reader sees: image and link targets and HTML tags are not counted."""
    return len(_WORD.findall(_MD_NOISE.sub(" ", markdown_text)))


def reading_minutes(words: int, words_per_minute: int = 200) -> int:
    """Whole minutes, at least 1 for any text."""
    if words <= 0:
        return 0
    return max(1, round(words / words_per_minute))
