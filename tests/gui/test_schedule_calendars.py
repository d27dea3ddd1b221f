"""Calendar conversions with QCalendar: Solar Hijri (Jalali) and Islamic civil."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale

from nejat_desk.gui.schedule import calendars
from nejat_desk.gui.schedule.views import week_start


@pytest.mark.parametrize("gregorian,system,expected", [
    (date(2026, 3, 21), "jalali", (1405, 1, 1)),  # Nowruz 1405
    (date(2024, 3, 20), "jalali", (1403, 1, 1)),
    (date(1979, 2, 11), "jalali", (1357, 11, 22)),
    (date(2026, 11, 2), "jalali", (1405, 8, 11)),
    (date(2024, 3, 11), "islamic-civil", (1445, 9, 1)),  # 1 Ramadan 1445 (tabular)
    (date(2026, 11, 2), "islamic-civil", (1448, 5, 21)),
    (date(2026, 11, 2), "gregorian", (2026, 11, 2)),
])
def test_known_dates(gregorian: date, system: str, expected: tuple[int, int, int]) -> None:
    p = calendars.parts(gregorian, system)
    assert (p.year, p.month, p.day) == expected
    assert calendars.from_parts(*expected, system) == gregorian


def test_month_arithmetic_in_each_calendar() -> None:
    assert calendars.month_start(date(2026, 11, 2), "jalali") == date(2026, 10, 23)  # 1 Aban 1405
    assert calendars.add_months(date(2026, 11, 2), 1, "jalali") == date(2026, 11, 22)  # 1 Azar
    assert calendars.add_months(date(2026, 3, 25), -1, "jalali") == date(2026, 2, 20)  # 1 Esfand 1404
    assert calendars.days_in_month(1403, 12, "jalali") == 30  # a leap year
    assert calendars.days_in_month(1404, 12, "jalali") == 29
    assert calendars.add_months(date(2026, 12, 15), 1, "gregorian") == date(2027, 1, 1)
    start = calendars.month_start(date(2024, 3, 20), "islamic-civil")
    assert calendars.parts(start, "islamic-civil").day == 1
    with pytest.raises(ValueError, match="not a date"):
        calendars.from_parts(1405, 13, 1, "jalali")


def test_formatting_uses_native_month_names_and_digits() -> None:
    assert calendars.format_date(date(2026, 11, 2), "jalali") == "۱۱ آبان ۱۴۰۵"
    assert calendars.month_title(date(2026, 11, 2), "jalali") == "آبان ۱۴۰۵"
    assert calendars.format_date(date(2024, 3, 11), "islamic-civil").endswith("١٤٤٥")
    assert "رمضان" in calendars.format_date(date(2024, 3, 11), "islamic-civil")
    assert calendars.format_date(date(2026, 11, 2), "gregorian", QLocale("en_US")) == "2 November 2026"


def test_weeks_start_on_saturday_in_hijri_calendars() -> None:
    assert week_start(date(2026, 11, 4), "gregorian") == date(2026, 11, 2)  # Monday
    assert week_start(date(2026, 11, 4), "jalali") == date(2026, 10, 31)  # Saturday
    assert week_start(date(2026, 10, 31), "islamic-civil") == date(2026, 10, 31)
