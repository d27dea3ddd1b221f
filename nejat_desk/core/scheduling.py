"""Scheduling rules and time-zone arithmetic, pure Python (zoneinfo, no Qt, no SQLAlchemy).

Instants are aware UTC datetimes. A wall-clock time typed by a person is a *naive* datetime
plus an IANA zone name; turning it into an instant can fail in two ways around daylight-saving
changes, and both are reported to the caller instead of being guessed:

- a time inside the hour skipped in spring (Europe/Berlin 2026-03-29 02:30) does not exist:
  `NonexistentLocalTime`, whose `first_valid` is the first wall time after the gap;
- a time inside the hour repeated in autumn (Europe/Berlin 2026-10-25 02:30) happens twice:
  `AmbiguousLocalTime`, whose `earlier`/`later` are the two instants.

`to_utc(..., ambiguous=..., nonexistent=...)` resolves them only by an explicit choice.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from nejat_desk.core.edition_names import edition_name
from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import QT_TRANSLATE_NOOP, translate
from nejat_desk.core.schedule_warnings import (  # noqa: F401 (RULE_ORDER, group_warnings: part of this module's API)
    RULE_ORDER,
    RuleId,
    ScheduleWarning,
    WarningFormats,
    describe_warning,
    group_warnings,
)

AmbiguousChoice = Literal["error", "earlier", "later"]
NonexistentChoice = Literal["error", "shift-forward"]


# --- zones ---------------------------------------------------------------------------------

def zone(name: str) -> ZoneInfo:
    """The IANA zone `name`, or a ValidationError that names it."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(translate(
            "core.scheduling", "Unknown time zone {name} (use an IANA name such as Europe/Berlin).",
        ).format(name=repr(name))) from None


def system_zone_name() -> str:
    """The computer's IANA zone: $TZ, then the /etc/localtime link, else UTC."""
    env = os.environ.get("TZ", "").lstrip(":")
    if env:
        try:
            ZoneInfo(env)
            return env
        except (ZoneInfoNotFoundError, ValueError):
            pass
    try:
        target = str(Path("/etc/localtime").resolve())
        marker = "zoneinfo/"
        if marker in target:
            name = target.split(marker, 1)[1]
            ZoneInfo(name)
            return name
    except (OSError, ZoneInfoNotFoundError, ValueError):
        pass
    return "UTC"


def to_local(instant: datetime, zone_name: str) -> datetime:
    """The aware wall time of `instant` in `zone_name`."""
    if instant.tzinfo is None:
        raise ValueError("naive datetime given where an instant was expected")
    return instant.astimezone(zone(zone_name))


class LocalTimeProblem(ValidationError):
    """A wall-clock time that does not name exactly one instant."""

    def __init__(self, message: str, local: datetime, zone_name: str) -> None:
        super().__init__(message)
        self.local = local
        self.zone_name = zone_name


class AmbiguousLocalTime(LocalTimeProblem):
    def __init__(self, local: datetime, zone_name: str, earlier: datetime, later: datetime) -> None:
        e_off = _offset_text(earlier.astimezone(zone(zone_name)))
        l_off = _offset_text(later.astimezone(zone(zone_name)))
        super().__init__(
            translate("core.scheduling",
                      "{local} happens twice in {zone} (the clocks go back that night): choose the earlier "
                      "(UTC{earlier_offset}, {earlier} UTC) or the later (UTC{later_offset}, {later} UTC) one.",
                      ).format(local=f"{local:%Y-%m-%d %H:%M}", zone=zone_name, earlier_offset=e_off,
                               earlier=f"{earlier:%H:%M}", later_offset=l_off, later=f"{later:%H:%M}"),
            local, zone_name)
        self.earlier = earlier
        self.later = later


class NonexistentLocalTime(LocalTimeProblem):
    def __init__(self, local: datetime, zone_name: str, first_valid: datetime) -> None:
        super().__init__(
            translate("core.scheduling",
                      "{local} does not exist in {zone} (the clocks go forward that night): choose another "
                      "time or move it to the first valid minute, {first_valid}.",
                      ).format(local=f"{local:%Y-%m-%d %H:%M}", zone=zone_name, first_valid=f"{first_valid:%H:%M}"),
            local, zone_name)
        self.first_valid = first_valid  # aware, in the zone


def _offset_text(value: datetime) -> str:
    off = value.utcoffset() or timedelta(0)
    sign = "-" if off < timedelta(0) else "+"
    minutes = abs(int(off.total_seconds())) // 60
    return f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"


class LocalTimeKind(StrEnum):
    OK = "ok"
    AMBIGUOUS = "ambiguous"
    NONEXISTENT = "nonexistent"


@dataclass(frozen=True)
class LocalTimeCheck:
    kind: LocalTimeKind
    candidates: tuple[datetime, ...]  # UTC instants: one when OK, two (earlier, later) when ambiguous
    first_valid: datetime | None = None  # aware local time after a gap


def check_local(local: datetime, zone_name: str) -> LocalTimeCheck:
    """Classify a naive wall time in `zone_name`: one instant, two, or none."""
    if local.tzinfo is not None:
        raise ValueError("check_local expects a naive wall-clock time")
    tz = zone(zone_name)
    dt0 = local.replace(tzinfo=tz, fold=0)
    dt1 = local.replace(tzinfo=tz, fold=1)
    u0 = dt0.astimezone(UTC)
    u1 = dt1.astimezone(UTC)
    back0 = u0.astimezone(tz).replace(tzinfo=None, fold=0) == local
    back1 = u1.astimezone(tz).replace(tzinfo=None, fold=0) == local
    if u0 == u1:
        return LocalTimeCheck(LocalTimeKind.OK, (u0,))
    if back0 and back1:
        earlier, later = sorted((u0, u1))
        return LocalTimeCheck(LocalTimeKind.AMBIGUOUS, (earlier, later))
    if back0 or back1:  # only one fold maps back: not a transition after all
        return LocalTimeCheck(LocalTimeKind.OK, (u0 if back0 else u1,))
    return LocalTimeCheck(LocalTimeKind.NONEXISTENT, (), _first_after_gap(tz, min(u0, u1), max(u0, u1)))


def _first_after_gap(tz: ZoneInfo, low: datetime, high: datetime) -> datetime:
    """Binary search (to the second) for the transition instant between `low` and `high`."""
    new_offset = high.astimezone(tz).utcoffset()
    while (high - low) > timedelta(seconds=1):
        mid = low + (high - low) / 2
        if mid.astimezone(tz).utcoffset() == new_offset:
            high = mid
        else:
            low = mid
    return high.replace(microsecond=0).astimezone(tz)


def to_utc(local: datetime, zone_name: str, *, ambiguous: AmbiguousChoice = "error",
           nonexistent: NonexistentChoice = "error") -> datetime:
    """A naive wall time in `zone_name` as a UTC instant.

    Raises AmbiguousLocalTime / NonexistentLocalTime unless the caller chose how to resolve them.
    """
    if local.tzinfo is not None:
        return local.astimezone(UTC)
    result = check_local(local, zone_name)
    if result.kind is LocalTimeKind.OK:
        return result.candidates[0]
    if result.kind is LocalTimeKind.AMBIGUOUS:
        earlier, later = result.candidates
        if ambiguous == "earlier":
            return earlier
        if ambiguous == "later":
            return later
        raise AmbiguousLocalTime(local, zone_name, earlier, later)
    assert result.first_valid is not None
    if nonexistent == "shift-forward":
        return result.first_valid.astimezone(UTC)
    raise NonexistentLocalTime(local, zone_name, result.first_valid)


def parse_local(text: str) -> datetime:
    """'2026-10-25 02:30' or ISO 'T' form, as a naive wall time; an offset makes it an instant."""
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            translate("core.scheduling",
                      "{text} is not a date and time; write it as YYYY-MM-DD HH:MM (e.g. 2026-10-25 09:30).",
                      ).format(text=repr(text))) from None


def local_day_bounds(day: date, zone_name: str) -> tuple[datetime, datetime]:
    """The UTC instants where the local day starts and the next one starts (23, 24 or 25 hours)."""
    tz = zone(zone_name)
    start = datetime(day.year, day.month, day.day, tzinfo=tz)
    nxt = day + timedelta(days=1)
    end = datetime(nxt.year, nxt.month, nxt.day, tzinfo=tz)
    return start.astimezone(UTC), end.astimezone(UTC)


# --- calendar items and rules -----------------------------------------------------------------

class ItemKind(StrEnum):
    ARTICLE = "article"
    GALLERY = "gallery"
    ISSUE = "issue"
    SOCIAL = "social"


@dataclass(frozen=True)
class CalendarItem:
    """One planned thing as the rules and the views see it.

    `key` is "<kind>:<id>" and names the record whose `scheduled_at` is the source of truth.
    """

    key: str
    kind: ItemKind
    record_id: int
    uid: str
    title: str
    when: datetime  # UTC
    edition: str | None = None
    platform: str | None = None
    status: str = ""
    # Social posts: the key and time of the article they link to (None when it is not scheduled).
    linked_key: str | None = None
    linked_when: datetime | None = None
    linked_status: str = ""
    # Media ids of images used by the item that have no alt text in the item's edition.
    images_missing_alt: tuple[int, ...] = ()
    state: str = "planned"  # the due-tracking state (ScheduleState)
    detail: str = ""
    updated_at: datetime | None = None

    @property
    def counts_as_post(self) -> bool:
        """Articles and galleries are posts on the site; social posts and issues are not counted."""
        return self.kind in (ItemKind.ARTICLE, ItemKind.GALLERY)


READY_STATUSES = frozenset({"ready", "scheduled", "published"})


@dataclass(frozen=True)
class ScheduleRules:
    """What the desk asks of a plan; stored as JSON in LibrarySetting 'schedule.rules'."""

    max_posts_per_hour: int = 2  # per edition; 0 switches the rule off
    min_gap_minutes: int = 20  # per edition; 0 switches the rule off
    warn_empty_days: bool = True
    empty_day_editions: tuple[str, ...] = ()  # empty = every edition
    warn_not_ready: bool = True
    warn_social_before_article: bool = True
    warn_missing_alt: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"max_posts_per_hour": self.max_posts_per_hour, "min_gap_minutes": self.min_gap_minutes,
                "warn_empty_days": self.warn_empty_days, "empty_day_editions": list(self.empty_day_editions),
                "warn_not_ready": self.warn_not_ready,
                "warn_social_before_article": self.warn_social_before_article,
                "warn_missing_alt": self.warn_missing_alt}

    @classmethod
    def from_json(cls, data: Any) -> ScheduleRules:
        """Rules from stored JSON; unknown keys are ignored, bad values refused with the key named."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise ValidationError(translate("core.scheduling", "schedule.rules must be a JSON object"))
        base = cls()
        values: dict[str, Any] = {}
        for key in ("max_posts_per_hour", "min_gap_minutes"):
            if key in data:
                value = data[key]
                if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                    raise ValidationError(translate(
                        "core.scheduling", "schedule.rules: {key} must be a whole number of 0 or more").format(key=key))
                values[key] = value
        for key in ("warn_empty_days", "warn_not_ready", "warn_social_before_article", "warn_missing_alt"):
            if key in data:
                if not isinstance(data[key], bool):
                    raise ValidationError(translate("core.scheduling", "schedule.rules: {key} must be true or false").format(key=key))
                values[key] = data[key]
        if "empty_day_editions" in data:
            eds = data["empty_day_editions"]
            if not isinstance(eds, list) or not all(isinstance(e, str) for e in eds):
                raise ValidationError(translate(
                    "core.scheduling", "schedule.rules: empty_day_editions must be a list of edition codes"))
            values["empty_day_editions"] = tuple(eds)
        return cls(**{**base.__dict__, **values})


def _hour(value: datetime) -> datetime:
    return value.replace(minute=0, second=0, microsecond=0)


def _plain_day(day: date) -> str:
    return f"{weekday_abbreviation(day)} {day:%Y-%m-%d}"


def _plain_hour(hour: datetime) -> str:
    return f"{hour:%Y-%m-%d %H:%M}"


def plain_formats() -> WarningFormats:
    """The command line's and the calendar file's way of writing a warning's values (ISO dates)."""
    return WarningFormats(day=_plain_day, hour=_plain_hour)


def _warning(rule: RuleId, keys: tuple[str, ...], edition: str | None, day: date | None = None,
             **params: Any) -> ScheduleWarning:
    bare = ScheduleWarning(rule, "", keys, edition, day, params=params)
    return replace(bare, message=describe_warning(bare, plain_formats()))


def evaluate_rules(items: Sequence[CalendarItem], rules: ScheduleRules, *,
                   edition_zones: dict[str, str], days: Iterable[date] = ()) -> list[ScheduleWarning]:
    """Every warning the plan earns (one per day for empty days; group_warnings joins them).
    `days` (local dates) are checked for empty editions."""
    warnings: list[ScheduleWarning] = []
    by_edition: dict[str, list[CalendarItem]] = defaultdict(list)
    for item in items:
        if item.edition and item.counts_as_post:
            by_edition[item.edition].append(item)

    if rules.max_posts_per_hour > 0:
        for edition, posts in sorted(by_edition.items()):
            tz = zone(edition_zones.get(edition, "UTC"))
            # Clock hours in the edition's zone (Tehran's hours start at :30 UTC); the offset keeps
            # the two runs of a repeated autumn hour apart.
            buckets: dict[tuple[datetime, timedelta | None], list[CalendarItem]] = defaultdict(list)
            for post in posts:
                local = post.when.astimezone(tz)
                buckets[(_hour(local).replace(tzinfo=None), local.utcoffset())].append(post)
            for (local, _offset), group in sorted(buckets.items(), key=lambda kv: min(i.when for i in kv[1])):
                if len(group) > rules.max_posts_per_hour:
                    keys = tuple(i.key for i in sorted(group, key=lambda i: (i.when, i.key)))
                    warnings.append(_warning(RuleId.MAX_PER_HOUR, keys, edition, count=len(group), hour=local,
                                             limit=rules.max_posts_per_hour))

    if rules.min_gap_minutes > 0:
        gap = timedelta(minutes=rules.min_gap_minutes)
        for edition, posts in sorted(by_edition.items()):
            ordered = sorted(posts, key=lambda i: (i.when, i.key))
            for before, after in zip(ordered, ordered[1:], strict=False):
                apart = after.when - before.when
                if apart < gap:
                    warnings.append(_warning(RuleId.MIN_GAP, (before.key, after.key), edition,
                                             first=before.title, second=after.title,
                                             minutes=int(apart.total_seconds() // 60), limit=rules.min_gap_minutes))

    if rules.warn_empty_days:
        editions = rules.empty_day_editions or tuple(edition_zones)
        for day in sorted(set(days)):
            for edition in editions:
                start, end = local_day_bounds(day, edition_zones.get(edition, "UTC"))
                if not any(start <= i.when < end for i in by_edition.get(edition, ())):
                    warnings.append(_warning(RuleId.EMPTY_DAY, (), edition, day, first=day, last=day))

    for item in items:
        if rules.warn_not_ready and item.kind is ItemKind.ARTICLE and item.status not in READY_STATUSES:
            warnings.append(_warning(RuleId.NOT_READY, (item.key,), item.edition, title=item.title,
                                     status=item.status or "draft"))
        if rules.warn_social_before_article and item.kind is ItemKind.SOCIAL and item.linked_key:
            unscheduled = item.linked_when is None and item.linked_status != "published"
            early = item.linked_when is not None and item.when < item.linked_when
            if unscheduled or early:
                warnings.append(_warning(RuleId.SOCIAL_BEFORE_ARTICLE, (item.key, item.linked_key), item.edition,
                                         platform=item.platform, title=item.title, article_scheduled=early))
        if rules.warn_missing_alt and item.images_missing_alt:
            warnings.append(_warning(RuleId.MISSING_ALT, (item.key,), item.edition, title=item.title,
                                     count=len(item.images_missing_alt)))
    return warnings


# Monday first, as date.weekday() counts; translated where a day is shown.
WEEKDAY_ABBREVIATIONS = (
    QT_TRANSLATE_NOOP("core.scheduling", "Mon"),
    QT_TRANSLATE_NOOP("core.scheduling", "Tue"),
    QT_TRANSLATE_NOOP("core.scheduling", "Wed"),
    QT_TRANSLATE_NOOP("core.scheduling", "Thu"),
    QT_TRANSLATE_NOOP("core.scheduling", "Fri"),
    QT_TRANSLATE_NOOP("core.scheduling", "Sat"),
    QT_TRANSLATE_NOOP("core.scheduling", "Sun"),
)


def weekday_abbreviation(day: date) -> str:
    """The day's short name in the interface language ("Mon" in English, whatever the C locale says)."""
    return translate("core.scheduling", WEEKDAY_ABBREVIATIONS[day.weekday()])


def warnings_by_item(warnings: Iterable[ScheduleWarning]) -> dict[str, list[ScheduleWarning]]:
    result: dict[str, list[ScheduleWarning]] = defaultdict(list)
    for warning in warnings:
        for key in warning.item_keys:
            result[key].append(warning)
    return dict(result)


# --- due and missed ---------------------------------------------------------------------------

DUE_GRACE = timedelta(minutes=15)


class DueVerdict(StrEnum):
    NOT_YET = "not_yet"
    DUE = "due"  # just came due while we were watching: notify now
    MISSED = "missed"  # came due while nobody was watching (closed, asleep, offline)


def classify_due(when: datetime, now: datetime, *, watching_since: datetime | None,
                 grace: timedelta = DUE_GRACE) -> DueVerdict:
    """Whether an unsurfaced item is due now or was missed.

    `watching_since` is when this run of the app began watching (None on the start-up sweep):
    an item that came due before that, or longer than `grace` ago (the laptop slept), was missed.
    """
    if when > now:
        return DueVerdict.NOT_YET
    if watching_since is None or when < watching_since or now - when > grace:
        return DueVerdict.MISSED
    return DueVerdict.DUE


def action_text(item: CalendarItem) -> str:
    """What the person should do when the item comes due."""
    if item.kind is ItemKind.ARTICLE:
        return translate("core.scheduling", "Publish the article '{title}' in the {edition} edition.").format(
            title=item.title, edition=edition_name(item.edition))
    if item.kind is ItemKind.GALLERY:
        return translate("core.scheduling", "Publish the gallery '{title}'.").format(title=item.title)
    if item.kind is ItemKind.ISSUE:
        return translate("core.scheduling", "Publish {title}.").format(title=item.title)
    return translate("core.scheduling", "Post the {platform} share text for '{title}'.").format(
        platform=item.platform, title=item.title)
