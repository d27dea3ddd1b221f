"""Dates, numbers and lists as an edition's readers read them (core.reader_format)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from nejat_desk.core.reader_format import join_names, reader_date, reader_digits, reader_number, to_jalali


@pytest.mark.parametrize(("day", "expected"), [
    (date(2026, 3, 21), (1405, 1, 1)),  # Nowruz 1405
    (date(2024, 3, 20), (1403, 1, 1)),
    (date(2024, 3, 19), (1402, 12, 29)),
    (date(2025, 3, 20), (1403, 12, 30)),  # 1403 is a leap year: Esfand has 30 days
    (date(1979, 2, 11), (1357, 11, 22)),
    (date(2026, 11, 2), (1405, 8, 11)),
    (date(2026, 12, 6), (1405, 9, 15)),
    (date(2024, 9, 22), (1403, 7, 1)),  # Mehr: the first 30-day month
])
def test_solar_hijri_dates(day: date, expected: tuple[int, int, int]) -> None:
    assert to_jalali(day) == expected


def test_solar_hijri_days_follow_each_other_for_a_century() -> None:
    day, previous = date(1950, 1, 1), to_jalali(date(1950, 1, 1))
    month_lengths: dict[tuple[int, int], int] = {}
    while day < date(2050, 1, 1):
        day += timedelta(days=1)
        current = to_jalali(day)
        if current[1:] == (1, 1):
            assert previous[0] + 1 == current[0] and previous[1] == 12 and previous[2] in (29, 30)
            assert (day.month, day.day) in ((3, 20), (3, 21), (3, 22))
        elif current[2] == 1:
            assert previous[:2] == (current[0], current[1] - 1)
        else:
            assert previous == (current[0], current[1], current[2] - 1)
        month_lengths[current[:2]] = current[2]
        previous = current
    month_lengths.pop(previous[:2])  # the month the loop stopped in is not over
    for (_year, month), length in month_lengths.items():
        assert length == (31 if month <= 6 else 30 if month <= 11 else length), (month, length)


def test_the_long_date_in_each_edition() -> None:
    day = date(2026, 12, 6)
    assert reader_date("en", day) == "December 6, 2026"
    assert reader_date("ar", day, "islamic-civil") == "٦ ديسمبر ٢٠٢٦"
    assert reader_date("fa", day, "jalali") == "۱۵ آذر ۱۴۰۵"
    assert reader_date("fa-IR", day) == "۶ دسامبر ۲۰۲۶"
    assert reader_date("sq", day) == "6 dhjetor 2026"
    assert reader_date("de", day) == "December 6, 2026"  # a language the site does not have: English


def test_digits_and_lists() -> None:
    assert reader_number("fa", 2025) == "۲۰۲۵" and reader_number("ar", 120) == "١٢٠" and reader_number("sq", 7) == "7"
    assert reader_digits("ar", "No. ۱۲ of 3") == "No. ١٢ of ٣"
    assert join_names("fa", ["سارا", "", "Omar"]) == "سارا، Omar"
    assert join_names("ar", ["أ", "ب"]) == "أ، ب" and join_names("en", ["A", "B"]) == "A, B"
