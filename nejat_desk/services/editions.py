"""Edition settings: name, language, direction, time zone, site URL, permalink pattern,
hashtags and social handles. Validated here so the window and the command line agree."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from nejat_desk.core.domain import Platform
from nejat_desk.core.errors import ValidationError
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import Edition

_URL = re.compile(r"^https?://[^\s/?#]+(/[^\s?#]*)?$", re.IGNORECASE)
_PERMALINK_TAGS = ("%year%", "%monthnum%", "%day%", "%hour%", "%minute%", "%second%", "%postname%", "%post_id%",
                   "%category%", "%author%")
_HASHTAG = re.compile(r"^#?[\w\u200c]+$")
CALENDARS = ("gregorian", "jalali", "islamic-civil")


@dataclass
class EditionSettings:
    code: str
    name: str
    native_name: str
    language: str
    direction: str
    time_zone: str
    calendar: str
    site_url: str
    permalink_pattern: str
    hashtags: list[str] = field(default_factory=list)
    social_handles: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: Edition) -> EditionSettings:
        return cls(row.code, row.name, row.native_name, row.language, row.direction, row.time_zone, row.calendar,
                   row.site_url, row.permalink_pattern, list(row.hashtags or []), dict(row.social_handles or {}))


def validate(settings: EditionSettings) -> EditionSettings:
    """Returns a normalised copy, or raises ValidationError naming the field and the problem."""
    s = EditionSettings(**{f.name: getattr(settings, f.name) for f in fields(EditionSettings)})
    if not s.name.strip() or not s.native_name.strip():
        raise ValidationError(f"{s.code}: the edition needs a name and a name in its own language.")
    if s.direction not in ("ltr", "rtl"):
        raise ValidationError(f"{s.code}: direction must be 'ltr' or 'rtl', not {s.direction!r}.")
    try:
        ZoneInfo(s.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(f"{s.code}: {s.time_zone!r} is not a known time zone (e.g. Asia/Tehran).") from None
    if s.calendar not in CALENDARS:
        raise ValidationError(f"{s.code}: calendar must be one of {', '.join(CALENDARS)}.")
    s.site_url = s.site_url.strip().rstrip("/")
    if s.site_url and not _URL.match(s.site_url):
        raise ValidationError(f"{s.code}: the site URL {s.site_url!r} is not an http(s) address.")
    pattern = s.permalink_pattern.strip()
    if not pattern.startswith("/") or not any(tag in pattern for tag in ("%postname%", "%post_id%")):
        raise ValidationError(f"{s.code}: the permalink pattern must start with '/' and contain %postname% "
                              "or %post_id%.")
    unknown = set(re.findall(r"%[a-z_]+%", pattern)) - set(_PERMALINK_TAGS)
    if unknown:
        raise ValidationError(f"{s.code}: unknown permalink tags: {', '.join(sorted(unknown))}.")
    s.permalink_pattern = pattern
    tags = []
    for tag in s.hashtags:
        tag = tag.strip()
        if not tag:
            continue
        if not _HASHTAG.match(tag):
            raise ValidationError(f"{s.code}: {tag!r} is not a hashtag (letters, digits and _ only).")
        tags.append(tag.lstrip("#"))
    s.hashtags = tags
    platforms = {p.value for p in Platform}
    for platform, handle in s.social_handles.items():
        if platform not in platforms:
            raise ValidationError(f"{s.code}: {platform!r} is not a platform ({', '.join(sorted(platforms))}).")
        if not handle.strip():
            raise ValidationError(f"{s.code}: the {platform} handle is empty.")
    s.social_handles = {k: v.strip() for k, v in s.social_handles.items()}
    return s


def list_editions(library: Library) -> list[EditionSettings]:
    from sqlalchemy import select

    with library.session() as session:
        return [EditionSettings.from_row(e) for e in session.scalars(select(Edition).order_by(Edition.position))]


def get_edition(library: Library, code: str) -> EditionSettings:
    for edition in list_editions(library):
        if edition.code == code:
            return edition
    raise ValidationError(f"There is no edition {code!r}.")


def save_edition(library: Library, settings: EditionSettings) -> EditionSettings:
    clean = validate(settings)
    with library.session() as session:
        row = session.get(Edition, clean.code)
        if row is None:
            raise ValidationError(f"There is no edition {clean.code!r}.")
        for f in fields(EditionSettings):
            if f.name != "code":
                setattr(row, f.name, getattr(clean, f.name))
    return clean


def update_edition(library: Library, code: str, **changes: Any) -> EditionSettings:
    current = get_edition(library, code)
    for key, value in changes.items():
        if not hasattr(current, key) or key == "code":
            raise ValidationError(f"Unknown edition setting {key!r}.")
        setattr(current, key, value)
    return save_edition(library, current)


def time_zone_names() -> list[str]:
    return sorted(available_timezones())
