"""Domain vocabulary shared by every layer: editions, statuses, kinds, platforms."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Direction(StrEnum):
    LTR = "ltr"
    RTL = "rtl"


class ArticleStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    READY = "ready"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class MediaKind(StrEnum):
    IMAGE = "image"
    PDF = "pdf"
    VIDEO = "video"
    REMOTE_VIDEO = "remote_video"


class GalleryKind(StrEnum):
    PHOTO_GALLERY = "photo_gallery"
    CARTOONS = "cartoons"
    NEWSPICS = "newspics"
    VIDEOS = "videos"


class SeriesKind(StrEnum):
    BOOKS = "books"
    NEWSLETTER = "newsletter"
    BRIEF = "brief"


class Platform(StrEnum):
    FACEBOOK = "facebook"
    X = "x"
    PINTEREST = "pinterest"
    WHATSAPP = "whatsapp"
    TELEGRAM = "telegram"
    SKYPE = "skype"
    EMAIL = "email"


class ScheduleKind(StrEnum):
    ARTICLE = "article"
    GALLERY = "gallery"
    ISSUE = "issue"
    SOCIAL = "social"


class ScheduleState(StrEnum):
    PLANNED = "planned"
    DUE = "due"  # came due, surfaced to the user, not yet acted on
    MISSED = "missed"  # came due while the app was closed or offline
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class EditionDefaults:
    """What a new library knows about an edition before anyone edits its settings."""

    code: str
    name: str  # English name
    native_name: str  # the name as the edition's own menu shows it
    language: str  # BCP 47
    direction: Direction
    time_zone: str  # IANA
    calendar: str  # "gregorian", "jalali" or "islamic-civil"
    site_url: str
    permalink_pattern: str = "/%year%/%monthnum%/%day%/%postname%/"  # i18n: ok (WordPress permalink tags)
    hashtags: list[str] = field(default_factory=list)
    social_handles: dict[str, str] = field(default_factory=dict)


EDITIONS: tuple[EditionDefaults, ...] = (
    EditionDefaults("en", "English", "English", "en", Direction.LTR, "UTC", "gregorian",
                    "https://nejat.example.org", hashtags=["Nejat"], social_handles={"x": "@nejat_en"}),
    EditionDefaults("ar", "Arabic", "عربي", "ar", Direction.RTL, "Asia/Baghdad", "islamic-civil",
                    "https://nejat.example.org/ar", hashtags=["نجات"], social_handles={"x": "@nejat_ar"}),
    EditionDefaults("fa", "Farsi", "فارسی", "fa", Direction.RTL, "Asia/Tehran", "jalali",
                    "https://nejat.example.org/fa", hashtags=["نجات"], social_handles={"x": "@nejat_fa"}),
    EditionDefaults("sq", "Albanian", "Shqip", "sq", Direction.LTR, "Europe/Tirane", "gregorian",
                    "https://nejat.example.org/sq", hashtags=["Nejat"], social_handles={"x": "@nejat_sq"}),
)
EDITION_CODES: tuple[str, ...] = tuple(e.code for e in EDITIONS)
RTL_EDITIONS: frozenset[str] = frozenset(e.code for e in EDITIONS if e.direction is Direction.RTL)


def edition_defaults(code: str) -> EditionDefaults:
    for edition in EDITIONS:
        if edition.code == code:
            return edition
    raise KeyError(f"unknown edition {code!r}; expected one of {', '.join(EDITION_CODES)}")
