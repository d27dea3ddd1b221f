"""Plain records the exporters write from (loaded by services/export.py in one read session).

Exporters never touch the database: they get these, already selected and in a fixed order,
so an export is a pure function of the library's content.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class ExEdition:
    code: str
    name: str
    native_name: str
    language: str
    direction: str
    time_zone: str
    site_url: str
    permalink_pattern: str
    hashtags: tuple[str, ...] = ()
    calendar: str = "gregorian"  # the dates readers see: "jalali" shows Solar Hijri (core.reader_format)


@dataclass(frozen=True)
class ExCategory:
    id: int
    edition: str
    name: str
    slug: str
    parent_id: int | None
    description: str = ""


@dataclass(frozen=True)
class ExTag:
    id: int
    edition: str
    name: str
    slug: str


@dataclass(frozen=True)
class ExMedia:
    id: int
    uid: str
    kind: str
    file_name: str  # the safe, unique name it travels under
    url: str  # where the site finds it (media base URL + name, or its source URL)
    mime_type: str
    title: str
    created_at: datetime
    width: int | None = None
    height: int | None = None
    sha256: str | None = None
    source_url: str = ""
    captions: dict[str, str] = field(default_factory=dict)  # edition -> caption
    alts: dict[str, str] = field(default_factory=dict)  # edition -> alt text
    remote_url: str = ""  # the site's own address of the file, when the library knows it (a pull, a push)

    def caption(self, edition: str) -> str:
        return self.captions.get(edition, "")

    def alt(self, edition: str) -> str:
        return self.alts.get(edition, "") or self.title


@dataclass(slots=True)
class ExArticle:
    id: int
    uid: str
    edition: str
    title: str
    slug: str
    body_html: str
    body_md: str
    excerpt: str
    status: str
    author: str
    byline: str
    source_name: str
    source_url: str
    created_at: datetime
    updated_at: datetime
    published_at: datetime | None
    scheduled_at: datetime | None
    url: str  # canonical permalink
    category_id: int | None = None
    tag_ids: tuple[int, ...] = ()
    featured: ExMedia | None = None
    attachments: tuple[ExMedia, ...] = ()
    translation_group: str = ""  # the group's uid
    translations: tuple[tuple[str, int], ...] = ()  # (edition, article id) of the others, by edition
    # The media store's pictures the body refers to (`media/<xx>/<sha256>`, services.export_body_media),
    # and the SHA-256 of each reference the library does not hold.
    body_media: tuple[ExMedia, ...] = ()
    body_missing: tuple[str, ...] = ()

    @property
    def date(self) -> datetime:
        """The post date the site shows: published, else scheduled, else created."""
        return self.published_at or self.scheduled_at or self.created_at


@dataclass(frozen=True)
class ExGallery:
    id: int
    uid: str
    kind: str
    edition: str
    title: str
    description: str
    slug: str
    status: str
    date: datetime
    url: str
    category_id: int | None
    items: tuple[ExMedia, ...] = ()


@dataclass(frozen=True)
class ExIssue:
    id: int
    uid: str
    edition: str
    series_name: str
    number: int
    title: str
    slug: str
    status: str
    date: datetime
    url: str
    category_id: int | None
    pdf: ExMedia | None = None
    cover: ExMedia | None = None
    article_ids: tuple[int, ...] = ()  # the table of contents, in order


@dataclass
class ExportSet:
    """One edition's (or a selection's) content, in export order (date, then id)."""

    editions: dict[str, ExEdition]
    articles: list[ExArticle]
    categories: list[ExCategory]
    tags: list[ExTag]
    galleries: list[ExGallery] = field(default_factory=list)
    issues: list[ExIssue] = field(default_factory=list)
    # Every article id in the library -> (edition, slug, url, title), for translation links
    # to articles outside the selection.
    article_index: dict[int, tuple[str, str, str, str]] = field(default_factory=dict)

    def media(self) -> list[ExMedia]:
        seen: dict[int, ExMedia] = {}
        for article in self.articles:
            for item in ([article.featured] if article.featured is not None else []) + list(article.attachments) \
                    + list(article.body_media):
                seen.setdefault(item.id, item)
        for gallery in self.galleries:
            for item in gallery.items:
                seen.setdefault(item.id, item)
        for issue in self.issues:
            for part in (issue.cover, issue.pdf):
                if part is not None:
                    seen.setdefault(part.id, part)
        return [seen[k] for k in sorted(seen)]
