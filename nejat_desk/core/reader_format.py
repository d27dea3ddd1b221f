"""Dates, numbers and lists as an edition's readers read them (exported pages, newsletters, the preview).

The words come from core.site_words (the edition's language, never the interface's); this module
puts them together: the edition's digits (Arabic-Indic in Arabic, Persian in Farsi), month names in
its language, the Solar Hijri calendar when the edition's calendar setting is "jalali" (as Persian
WordPress sites show dates), and the edition's list separator. Pure Python, no Qt: the Solar Hijri
conversion is the 33-year-cycle arithmetic of the Iranian calendar (the same breaks table as
jalaali-js and Qt's QCalendar), valid for the years 1 to 3177.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date, datetime
from functools import cache, lru_cache

from nejat_desk.core.site_words import JALALI_MONTHS, LIST_SEPARATORS, MONTHS, site_language, site_word
from nejat_desk.core.typing_aids import DIGITS, DigitSystem, convert_digits

# Years (Solar Hijri) where the leap-year cycle restarts.
_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394,
           2456, 3178)
_DIGITS = {"ar": DigitSystem.ARABIC, "fa": DigitSystem.PERSIAN}


def _div(a: int, b: int) -> int:
    """Integer division truncating towards zero, as the published algorithm is written."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q


def _mod(a: int, b: int) -> int:
    return a - _div(a, b) * b


def _jalali_year(jy: int) -> tuple[int, int]:
    """(years since the last leap year, the day of March on which Farvardin 1 of `jy` falls)."""
    if not _BREAKS[0] < jy < _BREAKS[-1]:
        raise ValueError(f"Solar Hijri year {jy} is outside 1..3177")
    gy = jy + 621
    leap_j = -14
    jp = _BREAKS[0]
    jump = 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += _div(jump, 33) * 8 + _div(_mod(jump, 33), 4)
        jp = jm
    n = jy - jp
    leap_j += _div(n, 33) * 8 + _div(_mod(n, 33) + 3, 4)
    if _mod(jump, 33) == 4 and jump - n == 4:
        leap_j += 1
    leap_g = _div(gy, 4) - _div((_div(gy, 100) + 1) * 3, 4) - 150
    march = 20 + leap_j - leap_g
    if jump - n < 6:
        n = n - jump + _div(jump + 4, 33) * 33
    leap = _mod(_mod(n + 1, 33) - 1, 4)
    return (4 if leap == -1 else leap), march


def to_jalali(day: date) -> tuple[int, int, int]:
    """(year, month, day) of `day` in the Solar Hijri calendar: date(2026, 3, 21) -> (1405, 1, 1)."""
    jy = day.year - 621
    leap, march = _jalali_year(jy)
    k = day.toordinal() - date(day.year, 3, march).toordinal()
    if k >= 0:
        if k <= 185:  # the first six months have 31 days
            return jy, 1 + k // 31, k % 31 + 1
        k -= 186
    else:  # before Nowruz: the end of the previous year
        jy -= 1
        k += 179
        if leap == 1:  # the year before was a leap year: its Esfand has 30 days
            k += 1
    return jy, 7 + k // 30, k % 30 + 1


def digit_system(language: str | None) -> DigitSystem:
    """The digits readers of `language` read: Arabic-Indic in Arabic, Persian in Farsi, else ASCII."""
    return _DIGITS.get(site_language(language), DigitSystem.ASCII)


@cache
def _digit_table(system: DigitSystem) -> dict[int, str]:
    """The str.translate table of convert_digits, built once per system (an export writes thousands)."""
    return {ord(d): convert_digits(d, system) for digits in DIGITS.values() for d in digits}


def reader_digits(language: str | None, text: str) -> str:
    """Every digit in `text` written in the edition's digits (nothing else changes)."""
    return text.translate(_digit_table(digit_system(language)))


def reader_number(language: str | None, value: int) -> str:
    return reader_digits(language, str(value))


@lru_cache(maxsize=4096)
def reader_date(language: str | None, day: date, calendar: str = "gregorian") -> str:
    """The long date under a post: "December 6, 2026", "٦ ديسمبر ٢٠٢٦", "۱۵ آذر ۱۴۰۵" (calendar
    "jalali"), "6 dhjetor 2026". Calendars other than "jalali" show the Gregorian date: the
    tabular Islamic calendar plans the schedule but can be a day off the months readers keep."""
    lang = site_language(language)
    if calendar == "jalali":
        year, month, dom = to_jalali(day)
        name = JALALI_MONTHS[lang][month - 1]
    else:
        year, month, dom = day.year, day.month, day.day
        name = MONTHS[lang][month - 1]
    text = f"{name} {dom}, {year}" if lang == "en" else f"{dom} {name} {year}"
    return reader_digits(lang, text)


def join_names(language: str | None, names: Iterable[str]) -> str:
    """Several bylines or sources joined the edition's way ("،" in Arabic and Farsi)."""
    return LIST_SEPARATORS[site_language(language)].join(n for n in names if n)


def date_line_html(language: str | None, direction: str, local: datetime, calendar: str = "gregorian", *,
                   comments: bool = False) -> str:
    """The line under a title, the same in the exported page and the preview: the date (and the
    comment count) in the edition's calendar and digits, each value isolated (`dir` on the <time>,
    <bdi> around the count) so the bidirectional algorithm cannot join them into one run.
    `local` is the instant in the edition's time zone; `datetime` keeps it machine-readable."""
    local = local.replace(microsecond=0)  # HTML allows at most 3 digits of a second
    shown = html.escape(reader_date(language, local.date(), calendar))
    line = f'<time datetime="{local.isoformat()}" dir="{direction}">{shown}</time>'
    if comments:
        count = f"<bdi>{reader_number(language, 0)}</bdi>"
        words = html.escape(site_word(language, "comments")).replace("{count}", count)
        line += f' · <span dir="{direction}">{words}</span>'
    return line
