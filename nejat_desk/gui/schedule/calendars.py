"""Calendar systems for dates on the schedule: Gregorian, Solar Hijri (Jalali) and Islamic civil,
all through Qt's QCalendar, and the instants <-> local-date arithmetic the views need."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import QCalendar, QDate, QLocale

from nejat_desk.core.scheduling import to_local

SYSTEMS = {
    "gregorian": QCalendar.System.Gregorian,
    "jalali": QCalendar.System.Jalali,
    "islamic-civil": QCalendar.System.IslamicCivil,
}
# The locale whose month names and digits a calendar is shown with.
# The Solar Hijri and Islamic calendars are named in their own language; the Gregorian one in the
# interface's (an Albanian edition's date in the Farsi interface reads «۹ دسامبر»).
SYSTEM_LOCALES = {"jalali": "fa_IR", "islamic-civil": "ar_IQ"}


def calendar(system: str) -> QCalendar:
    return QCalendar(SYSTEMS.get(system, QCalendar.System.Gregorian))


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


@dataclass(frozen=True)
class CalendarDate:
    year: int
    month: int
    day: int


def parts(value: date, system: str) -> CalendarDate:
    p = calendar(system).partsFromDate(qdate(value))
    return CalendarDate(p.year, p.month, p.day)


def from_parts(year: int, month: int, day: int, system: str) -> date:
    found = calendar(system).dateFromParts(year, month, day)
    if not found.isValid():
        raise ValueError(f"{year}-{month}-{day} is not a date in the {system} calendar")
    return pydate(found)


def days_in_month(year: int, month: int, system: str) -> int:
    return calendar(system).daysInMonth(month, year)


def month_start(value: date, system: str) -> date:
    """The first day of the month (in `system`) that contains `value`."""
    p = parts(value, system)
    return from_parts(p.year, p.month, 1, system)


def add_months(value: date, months: int, system: str) -> date:
    """The first day of the month `months` after the one containing `value`."""
    p = parts(value, system)
    cal = calendar(system)
    year, month = p.year, p.month + months
    per_year = cal.maximumMonthsInYear()
    while month > per_year:
        month -= per_year
        year += 1
    while month < 1:
        month += per_year
        year -= 1
    return from_parts(year, month, 1, system)


def _locale(system: str, locale: QLocale | None) -> QLocale:
    if locale is not None:
        loc = QLocale(locale)
    else:
        loc = QLocale(SYSTEM_LOCALES[system]) if system in SYSTEM_LOCALES else QLocale()
    loc.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return loc


def month_title(value: date, system: str, locale: QLocale | None = None) -> str:
    """'November 2026', 'آبان ۱۴۰۵', 'جمادى الأولى ١٤٤٨' for the month containing `value`."""
    loc = _locale(system, locale)
    p = parts(value, system)
    return f"{calendar(system).standaloneMonthName(loc, p.month, p.year)} {loc.toString(p.year)}"


def format_date(value: date, system: str, locale: QLocale | None = None, *, with_year: bool = True) -> str:
    """'2 November 2026', '۱۱ آبان ۱۴۰۵', '٢١ جمادى الأولى ١٤٤٨'."""
    loc = _locale(system, locale)
    p = parts(value, system)
    text = f"{loc.toString(p.day)} {calendar(system).monthName(loc, p.month, p.year)}"
    return f"{text} {loc.toString(p.year)}" if with_year else text


def day_number(value: date, system: str, locale: QLocale | None = None) -> str:
    return _locale(system, locale).toString(parts(value, system).day)


def local_date(instant: datetime, zone_name: str) -> date:
    return to_local(instant, zone_name).date()
