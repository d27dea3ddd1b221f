"""Edition settings: name, language, direction, time zone, site URL, permalink pattern,
hashtags and social handles. Validated here so the window and the command line agree."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from nejat_desk.core.domain import Platform
from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import translate
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
        raise ValidationError(translate("services.editions",
                                        "{code}: the edition needs a name and a name in its own language.")
                              .format(code=s.code))
    if s.direction not in ("ltr", "rtl"):
        raise ValidationError(translate("services.editions",
                                        "{code}: direction must be 'ltr' or 'rtl', not {direction}.")
                              .format(code=s.code, direction=repr(s.direction)))
    try:
        ZoneInfo(s.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(translate("services.editions",
                                        "{code}: {time_zone} is not a known time zone (e.g. Asia/Tehran).")
                              .format(code=s.code, time_zone=repr(s.time_zone))) from None
    if s.calendar not in CALENDARS:
        raise ValidationError(translate("services.editions", "{code}: calendar must be one of {calendars}.")
                              .format(code=s.code, calendars=", ".join(CALENDARS)))
    s.site_url = s.site_url.strip().rstrip("/")
    if s.site_url and not _URL.match(s.site_url):
        raise ValidationError(translate("services.editions",
                                        "{code}: the site URL {site_url} is not an http(s) address.")
                              .format(code=s.code, site_url=repr(s.site_url)))
    pattern = s.permalink_pattern.strip()
    if not pattern.startswith("/") or not any(tag in pattern for tag in ("%postname%", "%post_id%")):
        raise ValidationError(translate("services.editions",
                                        "{code}: the permalink pattern must start with '/' and contain "
                                        "%postname% or %post_id%.")
                              .format(code=s.code))
    unknown = set(re.findall(r"%[a-z_]+%", pattern)) - set(_PERMALINK_TAGS)
    if unknown:
        raise ValidationError(translate("services.editions", "{code}: unknown permalink tags: {tags}.")
                              .format(code=s.code, tags=", ".join(sorted(unknown))))
    s.permalink_pattern = pattern
    tags = []
    for tag in s.hashtags:
        tag = tag.strip()
        if not tag:
            continue
        if not _HASHTAG.match(tag):
            raise ValidationError(translate("services.editions",
                                            "{code}: {tag} is not a hashtag (letters, digits and _ only).")
                                  .format(code=s.code, tag=repr(tag)))
        tags.append(tag.lstrip("#"))
    s.hashtags = tags
    platforms = {p.value for p in Platform}
    for platform, handle in s.social_handles.items():
        if platform not in platforms:
            raise ValidationError(translate("services.editions",
                                            "{code}: {platform} is not a platform ({platforms}).")
                                  .format(code=s.code, platform=repr(platform),
                                          platforms=", ".join(sorted(platforms))))
        if not handle.strip():
            raise ValidationError(translate("services.editions", "{code}: the {platform} handle is empty.")
                                  .format(code=s.code, platform=platform))
    s.social_handles = {k: v.strip() for k, v in s.social_handles.items()}
    return s


class EditionService:
    """The editions' settings in the open library (`desk.editions`)."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def all(self) -> list[EditionSettings]:
        from sqlalchemy import select

        with self.library.session() as session:
            return [EditionSettings.from_row(e) for e in session.scalars(select(Edition).order_by(Edition.position))]

    def get(self, code: str) -> EditionSettings:
        for edition in self.all():
            if edition.code == code:
                return edition
        raise ValidationError(translate("services.editions", "There is no edition {code}.")
                              .format(code=repr(code)))

    def save(self, settings: EditionSettings) -> EditionSettings:
        """Validate and store all of an edition's settings; returns what was stored (normalised)."""
        clean = validate(settings)
        with self.library.session() as session:
            row = session.get(Edition, clean.code)
            if row is None:
                raise ValidationError(translate("services.editions", "There is no edition {code}.")
                                      .format(code=repr(clean.code)))
            for f in fields(EditionSettings):
                if f.name != "code":
                    setattr(row, f.name, getattr(clean, f.name))
        return clean

    def update(self, code: str, **changes: Any) -> EditionSettings:
        current = self.get(code)
        for key, value in changes.items():
            if not hasattr(current, key) or key == "code":
                raise ValidationError(translate("services.editions", "Unknown edition setting {key}.")
                                      .format(key=repr(key)))
            setattr(current, key, value)
        return self.save(current)

    @staticmethod
    def time_zone_names() -> list[str]:
        return time_zone_names()


def time_zone_names() -> list[str]:
    return sorted(available_timezones())
