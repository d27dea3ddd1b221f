"""Names for domain values that come from Qt-free code (statuses, kinds, platforms, editions).

The core keeps stable English identifiers ("in_review"); the interface shows them through
these tables, translated in the "Labels" context. Every member of every enum has a label
(a test checks), so a new status never reaches the screen as a raw identifier.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from nejat_desk.core.domain import (
    ArticleStatus,
    GalleryKind,
    MediaKind,
    Platform,
    ScheduleKind,
    ScheduleState,
    SeriesKind,
)
from nejat_desk.core.edition_names import edition_name

CONTEXT = "Labels"

ARTICLE_STATUS: dict[str, str] = {
    ArticleStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    ArticleStatus.IN_REVIEW: QT_TRANSLATE_NOOP("Labels", "In review"),
    ArticleStatus.READY: QT_TRANSLATE_NOOP("Labels", "Ready"),
    ArticleStatus.SCHEDULED: QT_TRANSLATE_NOOP("Labels", "Scheduled"),
    ArticleStatus.PUBLISHED: QT_TRANSLATE_NOOP("Labels", "Published"),
    ArticleStatus.ARCHIVED: QT_TRANSLATE_NOOP("Labels", "Archived"),
}

MEDIA_KIND: dict[str, str] = {
    MediaKind.IMAGE: QT_TRANSLATE_NOOP("Labels", "Image"),
    MediaKind.PDF: QT_TRANSLATE_NOOP("Labels", "PDF document"),
    MediaKind.VIDEO: QT_TRANSLATE_NOOP("Labels", "Video"),
    MediaKind.REMOTE_VIDEO: QT_TRANSLATE_NOOP("Labels", "Online video"),
}

GALLERY_KIND: dict[str, str] = {
    GalleryKind.PHOTO_GALLERY: QT_TRANSLATE_NOOP("Labels", "Photo gallery"),
    GalleryKind.CARTOONS: QT_TRANSLATE_NOOP("Labels", "Cartoons"),
    GalleryKind.NEWSPICS: QT_TRANSLATE_NOOP("Labels", "News in pictures"),
    GalleryKind.VIDEOS: QT_TRANSLATE_NOOP("Labels", "Videos"),
}

SERIES_KIND: dict[str, str] = {
    SeriesKind.BOOKS: QT_TRANSLATE_NOOP("Labels", "Books"),
    SeriesKind.NEWSLETTER: QT_TRANSLATE_NOOP("Labels", "Newsletter"),
    SeriesKind.BRIEF: QT_TRANSLATE_NOOP("Labels", "Brief"),
}

PLATFORM: dict[str, str] = {
    Platform.FACEBOOK: QT_TRANSLATE_NOOP("Labels", "Facebook"),
    Platform.X: QT_TRANSLATE_NOOP("Labels", "X (Twitter)"),
    Platform.PINTEREST: QT_TRANSLATE_NOOP("Labels", "Pinterest"),
    Platform.WHATSAPP: QT_TRANSLATE_NOOP("Labels", "WhatsApp"),
    Platform.TELEGRAM: QT_TRANSLATE_NOOP("Labels", "Telegram"),
    Platform.SKYPE: QT_TRANSLATE_NOOP("Labels", "Skype"),
    Platform.EMAIL: QT_TRANSLATE_NOOP("Labels", "Email"),
}

SCHEDULE_KIND: dict[str, str] = {
    ScheduleKind.ARTICLE: QT_TRANSLATE_NOOP("Labels", "Article"),
    ScheduleKind.GALLERY: QT_TRANSLATE_NOOP("Labels", "Gallery"),
    ScheduleKind.ISSUE: QT_TRANSLATE_NOOP("Labels", "Issue"),
    ScheduleKind.SOCIAL: QT_TRANSLATE_NOOP("Labels", "Social post"),
}

SCHEDULE_STATE: dict[str, str] = {
    ScheduleState.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    ScheduleState.DUE: QT_TRANSLATE_NOOP("Labels", "Due"),
    ScheduleState.MISSED: QT_TRANSLATE_NOOP("Labels", "Missed"),
    ScheduleState.DONE: QT_TRANSLATE_NOOP("Labels", "Done"),
    ScheduleState.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}


# Kinds of backup copy (storage/backup.py names its files by them).
BACKUP_KIND: dict[str, str] = {
    "hourly": QT_TRANSLATE_NOOP("Labels", "Hourly"),
    "daily": QT_TRANSLATE_NOOP("Labels", "Daily"),
    "manual": QT_TRANSLATE_NOOP("Labels", "Manual"),
    "pre-migration": QT_TRANSLATE_NOOP("Labels", "Before an upgrade"),
    "pre-restore": QT_TRANSLATE_NOOP("Labels", "Before a restore"),
}

# Kinds of record in the trash (services/trash.py and the kinds media and galleries register).
TRASH_KIND: dict[str, str] = {
    "article": QT_TRANSLATE_NOOP("Labels", "Article"),
    "media": QT_TRANSLATE_NOOP("Labels", "Media"),
    "gallery": QT_TRANSLATE_NOOP("Labels", "Gallery"),
}

TABLES: dict[type[StrEnum], dict[str, str]] = {
    ArticleStatus: ARTICLE_STATUS,
    MediaKind: MEDIA_KIND,
    GalleryKind: GALLERY_KIND,
    SeriesKind: SERIES_KIND,
    Platform: PLATFORM,
    ScheduleKind: SCHEDULE_KIND,
    ScheduleState: SCHEDULE_STATE,
}


def _label(table: dict[str, str], value: str | None) -> str:
    if value is None:
        return ""
    source = table.get(str(value))
    # An unknown value (say, from a newer library) is shown as it is rather than hidden.
    return QCoreApplication.translate("Labels", source) if source else str(value)


def label(value: StrEnum) -> str:
    """The translated name of any domain enum member."""
    return _label(TABLES[type(value)], value)


def status_label(value: str | None) -> str:
    return _label(ARTICLE_STATUS, value)


def platform_label(value: str | None) -> str:
    return _label(PLATFORM, value)


def edition_label(code: str | None) -> str:
    return edition_name(code)


def backup_kind_label(kind: str | None) -> str:
    return _label(BACKUP_KIND, kind)


def trash_kind_label(kind: str | None) -> str:
    return _label(TRASH_KIND, kind)
