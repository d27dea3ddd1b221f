"""What the planning rules warn about, worded in one place, and grouped for a person to read.

`describe_warning` holds the one sentence of each case; the values go in through a
`WarningFormats`, so the command line writes plain ISO dates and the window writes the
interface language's dates, digits and labels (Solar Hijri in Farsi) with the same words.

`group_warnings` turns the rules' output into lines worth reading: a month of empty days
is one line per edition and stretch of days, not one per day, and the lines come in the
order of `RULE_ORDER` (what stops a publication first, gaps in the plan last).

Pure Python: no Qt, no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from nejat_desk.core.edition_names import edition_name
from nejat_desk.core.i18n import translate


class RuleId(StrEnum):
    """Stable names of the rules: the `rule` field of `schedule list --json` warnings."""

    MAX_PER_HOUR = "max_per_hour"
    MIN_GAP = "min_gap"
    EMPTY_DAY = "empty_day"
    NOT_READY = "not_ready"
    SOCIAL_BEFORE_ARTICLE = "social_before_article"
    MISSING_ALT = "missing_alt"


# Most pressing first: what would go out broken, then crowding, then missing alt text, then gaps.
RULE_ORDER: tuple[RuleId, ...] = (RuleId.NOT_READY, RuleId.SOCIAL_BEFORE_ARTICLE, RuleId.MAX_PER_HOUR,
                                  RuleId.MIN_GAP, RuleId.MISSING_ALT, RuleId.EMPTY_DAY)


@dataclass(frozen=True)
class ScheduleWarning:
    rule: RuleId
    message: str  # in plain formats (ISO dates): the command line's and the calendar file's words
    item_keys: tuple[str, ...] = ()
    edition: str | None = None
    day: date | None = None  # for day-level warnings (empty day), in the edition's zone
    # The values in the message, so an interface can word it with its own formats.
    params: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class WarningFormats:
    """How each kind of value is written into a warning."""

    day: Callable[[date], str]
    hour: Callable[[datetime], str]  # a naive wall time in the edition's zone
    number: Callable[[int], str] = str
    edition: Callable[[str | None], str] = edition_name
    title: Callable[[str], str] = str
    status: Callable[[str], str] = str
    platform: Callable[[str], str] = str


def describe_warning(warning: ScheduleWarning, formats: WarningFormats) -> str:
    """The warning's sentence in the interface language, its values written by `formats`."""
    p, f = warning.params, formats
    edition = f.edition(warning.edition)
    if warning.rule is RuleId.MAX_PER_HOUR:
        return translate("core.schedule_warnings", "{count} posts in the {edition} edition in the hour from {time} "
                         "(at most {limit} per hour).").format(
            count=f.number(p["count"]), edition=edition, time=f.hour(p["hour"]), limit=f.number(p["limit"]))
    if warning.rule is RuleId.MIN_GAP:
        return translate("core.schedule_warnings", "'{first}' and '{second}' ({edition}) are {minutes} min apart "
                         "(at least {limit} min wanted).").format(
            first=f.title(p["first"]), second=f.title(p["second"]), edition=edition,
            minutes=f.number(p["minutes"]), limit=f.number(p["limit"]))
    if warning.rule is RuleId.EMPTY_DAY:
        first, last = p["first"], p["last"]
        if first == last:
            return translate("core.schedule_warnings", "Nothing is scheduled in the {edition} edition on {day}.").format(
                edition=edition, day=f.day(first))
        return translate("core.schedule_warnings",
                         "Nothing is scheduled in the {edition} edition from {first} to {last} ({days} days).").format(
            edition=edition, first=f.day(first), last=f.day(last), days=f.number((last - first).days + 1))
    if warning.rule is RuleId.NOT_READY:
        return translate("core.schedule_warnings", "'{title}' is scheduled but its status is '{status}', not ready.",
                         ).format(title=f.title(p["title"]), status=f.status(p["status"]))
    if warning.rule is RuleId.SOCIAL_BEFORE_ARTICLE:
        if p["article_scheduled"]:
            text = translate("core.schedule_warnings",
                             "The {platform} post for '{title}' goes out before the article it links to.")
        else:
            text = translate("core.schedule_warnings",
                             "The {platform} post for '{title}' is scheduled but the article is not.")
        return text.format(platform=f.platform(p["platform"] or ""), title=f.title(p["title"]))
    return _missing_alt(p["title"], p["count"], warning.edition, formats)


def _missing_alt(title: str, count: int, edition: str | None, f: WarningFormats) -> str:
    # One sentence per case rather than pieces glued together, so each language can word it whole.
    if edition and count == 1:
        text = translate("core.schedule_warnings",
                         "'{title}' uses {count} image without alt text in the {edition} edition.")
    elif edition:
        text = translate("core.schedule_warnings",
                         "'{title}' uses {count} images without alt text in the {edition} edition.")
    elif count == 1:
        text = translate("core.schedule_warnings", "'{title}' uses {count} image without alt text.")
    else:
        text = translate("core.schedule_warnings", "'{title}' uses {count} images without alt text.")
    return text.format(title=f.title(title), count=f.number(count), edition=f.edition(edition))


def group_warnings(warnings: Iterable[ScheduleWarning], formats: WarningFormats) -> list[ScheduleWarning]:
    """One warning per line a person should read: the empty days of an edition joined into
    stretches of consecutive days (day = the first, params first/last), every other warning as
    it is; most pressing rule first (RULE_ORDER), then the earliest."""
    lines: list[ScheduleWarning] = []
    empty: dict[str | None, list[date]] = {}
    for warning in warnings:
        if warning.rule is RuleId.EMPTY_DAY and warning.day is not None:
            empty.setdefault(warning.edition, []).append(warning.day)
        else:
            lines.append(warning)
    for edition, days in empty.items():
        for first, last in _stretches(days):
            stretch = ScheduleWarning(RuleId.EMPTY_DAY, "", (), edition, first, params={"first": first, "last": last})
            lines.append(replace(stretch, message=describe_warning(stretch, formats)))
    rank = {rule: n for n, rule in enumerate(RULE_ORDER)}
    return sorted(lines, key=lambda w: (rank[w.rule], _first_day(w)))  # stable: items keep their order


def _stretches(days: Iterable[date]) -> list[tuple[date, date]]:
    """Consecutive days as (first, last) pairs."""
    result: list[tuple[date, date]] = []
    for day in sorted(set(days)):
        if result and day - result[-1][1] == timedelta(days=1):
            result[-1] = (result[-1][0], day)
        else:
            result.append((day, day))
    return result


def _first_day(warning: ScheduleWarning) -> date:
    if warning.day is not None:
        return warning.day
    hour = warning.params.get("hour")
    return hour.date() if isinstance(hour, datetime) else date.min
