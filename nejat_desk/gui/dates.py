"""Dates, times and numbers as the interface language writes them.

Every date the GUI shows goes through here, so that the Farsi interface shows Solar Hijri
dates (when the JALALI_DATES preference is on) with Persian digits, the Arabic interface
Arabic-Indic digits, Albanian its own month names, and every instant is shown in the
user's time zone (the USER_TIME_ZONE preference, or the system's).

The library stores instants in UTC; a naive datetime given here is taken as UTC.
`settings` may be left out: the app's own preferences are read then (models that have no
context at hand use that).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QDateTimeEdit

from nejat_desk.gui import settings as opt
from nejat_desk.gui.settings import Settings

__all__ = ["display_calendar", "format_date", "format_datetime", "format_number", "format_time",
           "format_size", "format_wall_datetime", "format_wall_time", "to_local", "use_interface_calendar",
           "uses_jalali"]


def _settings(settings: Settings | None) -> Settings:
    return settings if settings is not None else Settings()


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def uses_jalali(settings: Settings | None, locale: QLocale | None = None) -> bool:
    """Solar Hijri dates: the Farsi interface, unless the preference turns them off."""
    if _locale(locale).language() != QLocale.Language.Persian:
        return False
    return _settings(settings).get(opt.JALALI_DATES)


def display_calendar(settings: Settings | None, locale: QLocale | None = None) -> QCalendar:
    if uses_jalali(settings, locale):
        return QCalendar(QCalendar.System.Jalali)
    return QCalendar(QCalendar.System.Gregorian)


def _user_zone(settings: Settings | None) -> tzinfo | None:
    name = _settings(settings).get(opt.USER_TIME_ZONE)
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            return None  # an unknown zone in the preferences falls back to the system's
    return None


def to_local(value: datetime, settings: Settings | None) -> datetime:
    """The instant in the user's zone (naive values are UTC, as the library stores them)."""
    aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
    zone = _user_zone(settings)
    return aware.astimezone(zone) if zone is not None else aware.astimezone()


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _four_digit_years(pattern: str) -> str:
    # Several locales' short formats write two-digit years (26.11.26); a newsroom's archive
    # spans decades, so the year is always written in full.
    if "yyyy" in pattern:
        return pattern
    return pattern.replace("yy", "yyyy")


def format_date(value: date | datetime | None, settings: Settings | None = None, *, long: bool = False,
                locale: QLocale | None = None) -> str:
    """A date (or the date of an instant, in the user's zone); "" for None."""
    if value is None:
        return ""
    loc = _locale(locale)
    day = to_local(value, settings).date() if isinstance(value, datetime) else value
    qdate = _qdate(day)
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    if uses_jalali(settings, loc):
        return loc.toString(qdate, kind, QCalendar(QCalendar.System.Jalali))
    if long:
        return loc.toString(qdate, kind)
    return loc.toString(qdate, _four_digit_years(loc.dateFormat(kind)))


def format_time(value: datetime | None, settings: Settings | None = None, *,
                locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    loc = _locale(locale)
    local = to_local(value, settings)
    return loc.toString(QTime(local.hour, local.minute, local.second), QLocale.FormatType.ShortFormat)


def format_datetime(value: datetime | None, settings: Settings | None = None, *, long: bool = False,
                    locale: QLocale | None = None) -> str:
    """Date and time of an instant in the user's zone, e.g. ۱۴۰۵/۹/۵ ۱۴:۰۵ in Farsi."""
    if value is None:
        return ""
    loc = _locale(locale)
    return f"{format_date(value, settings, long=long, locale=loc)} {format_time(value, settings, locale=loc)}"


def format_wall_time(value: datetime | time, *, locale: QLocale | None = None) -> str:
    """A wall-clock time as it reads, in the locale's digits (۰۵:۰۰ in Farsi). No zone conversion:
    the caller has already chosen the zone (an edition's, or the schedule's)."""
    return _locale(locale).toString(QTime(value.hour, value.minute), "HH:mm")


def format_wall_datetime(value: datetime, settings: Settings | None = None, *, weekday: bool = True,
                         locale: QLocale | None = None) -> str:
    """Weekday, date (in the interface's calendar) and wall-clock time of a local datetime, without
    zone conversion: "Tue 01/12/2026 05:00", «سه‌شنبه ۱۴۰۵/۹/۱۰ ۰۵:۰۰»."""
    loc = _locale(locale)
    day = format_date(value.date(), settings, locale=loc)
    if weekday:
        day = f"{loc.dayName(value.isoweekday(), QLocale.FormatType.ShortFormat)} {day}"
    return f"{day} {format_wall_time(value, locale=loc)}"


def set_display_format(edit: QDateTimeEdit, display_format: str) -> None:
    """Qt reverses the sections of a right-to-left date field when it reads the format: 07:05
    read «۰۵:۰۷» (five past midnight) and the date day first. The field reads left to right, year
    and hour first, as the same date does in a label or a sentence (its calendar popup keeps the
    window's direction); the direction is set before the format."""
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setDisplayFormat(display_format)


def use_interface_calendar(edit: QDateTimeEdit, settings: Settings | None = None, *, suffix: str = "") -> None:
    """A date field edits in the interface's calendar (Solar Hijri in Farsi) and digits; the
    QDate it holds stays a plain date, whatever calendar shows it. `suffix` is a quoted literal
    after the time ("'UTC'")."""
    edit.setCalendar(display_calendar(settings, edit.locale()))
    with_time = bool(edit.displayedSections() & QDateTimeEdit.Section.TimeSections_Mask)
    set_display_format(edit, ("yyyy/MM/dd HH:mm" if with_time else "yyyy/MM/dd") + (f" {suffix}" if suffix else ""))


def format_number(value: int | float, *, locale: QLocale | None = None, decimals: int = 1) -> str:
    """A count or size with the locale's digits and grouping (١٬٢٣٤ in Arabic, 1 234 in Albanian)."""
    loc = _locale(locale)
    if isinstance(value, int):
        return loc.toString(value)
    return loc.toString(float(value), "f", decimals)


def join_facts(parts: Iterable[str], *, locale: QLocale | None = None) -> str:
    """Short facts side by side: "photo.jpg · 640 × 400 · 2 KB". Beside Persian or Arabic-Indic
    digits a middle dot reads as their zero (۴۰۰ · ۲ looks like ۴۰۰۰۲), so those take the Arabic
    comma. Empty parts are left out."""
    separator = " · " if _locale(locale).zeroDigit() == "0" else "، "
    return separator.join(part for part in parts if part)


def format_size(size_bytes: int, *, locale: QLocale | None = None) -> str:
    """A file size in KB or MB with the locale's digits; the unit is ours to translate (Qt's
    Farsi locale data has no names for them)."""
    megabytes = size_bytes / 1_048_576
    if megabytes >= 1:
        return QCoreApplication.translate("Sizes", "{size} MB").format(
            size=format_number(megabytes, locale=locale))
    return QCoreApplication.translate("Sizes", "{size} KB").format(
        size=format_number(max(1, round(size_bytes / 1024)), locale=locale))
