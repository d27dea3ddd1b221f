"""Find and replace over plain text, literal or regular expression. Pure: the editor applies
the returned edits to its document in one undo step."""

from __future__ import annotations

import re
from dataclasses import dataclass

from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import translate


@dataclass(frozen=True)
class Edit:
    start: int  # code point offsets into the text searched
    end: int
    replacement: str


def compile_pattern(query: str, *, regex: bool = False, case_sensitive: bool = False) -> re.Pattern[str]:
    if not query:
        raise ValidationError(translate("core.find_replace", "Type something to find."))
    flags = 0 if case_sensitive else re.IGNORECASE
    try:
        return re.compile(query if regex else re.escape(query), flags | re.MULTILINE)
    except re.error as exc:
        raise ValidationError(translate("core.find_replace", "The regular expression is not valid: {error}.")
                              .format(error=exc)) from None


def find_all(text: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in pattern.finditer(text) if m.end() > m.start()]


def replacement_for(match: re.Match[str], replacement: str, *, regex: bool) -> str:
    if not regex:
        return replacement
    try:
        return match.expand(replacement)
    except (re.error, IndexError) as exc:
        raise ValidationError(translate("core.find_replace", "The replacement is not valid: {error}.")
                              .format(error=exc)) from None


def plan_replace_all(text: str, pattern: re.Pattern[str], replacement: str, *, regex: bool) -> list[Edit]:
    """Edits in document order; apply them from the end so offsets stay valid."""
    return [Edit(m.start(), m.end(), replacement_for(m, replacement, regex=regex))
            for m in pattern.finditer(text) if m.end() > m.start()]


def utf16_offset(text: str, index: int) -> int:
    """Qt counts positions in UTF-16 code units; Python in code points."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def codepoint_offset(text: str, utf16_index: int) -> int:
    units = 0
    for i, ch in enumerate(text):
        if units >= utf16_index:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)
