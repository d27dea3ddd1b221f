"""Export use cases: select what leaves, load it once into plain records, hand it to an exporter.

`load_export_set` reads in one session; the exporters (nejat_desk/exporters) never touch the
database. `run_export` is what the command line and the Export dialog call; it may run on any
thread and reports progress through a callback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nejat_desk.core.domain import EDITION_CODES, ArticleStatus, GalleryKind
from nejat_desk.core.errors import ValidationError
from nejat_desk.core.slugs import slugify
from nejat_desk.exporters.common import absolute_url, permalink, safe_filename
from nejat_desk.exporters.model import (
    ExArticle,
    ExCategory,
    ExEdition,
    ExGallery,
    ExIssue,
    ExMedia,
    ExportSet,
    ExTag,
)
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import (
    Article,
    ArticleAttachment,
    Category,
    Edition,
    Gallery,
    GalleryItem,
    MediaItem,
    PublicationIssue,
    PublicationSeries,
    Tag,
)

log = logging.getLogger(__name__)

FORMATS: tuple[str, ...] = ("wxr", "html", "markdown", "rss", "atom", "snippets", "hootsuite-csv", "ics", "bundle")
UPLOADS_PATH = "wp-content/uploads/nejat-desk"
GALLERY_CATEGORY: dict[str, str] = {
    GalleryKind.CARTOONS.value: "Cartoons", GalleryKind.NEWSPICS.value: "NewsPics",
    GalleryKind.PHOTO_GALLERY.value: "Photo Gallery", GalleryKind.VIDEOS.value: "Videos",
}

Progress = Callable[[int, int, str], None]  # (done, total, what)


@dataclass(frozen=True)
class Selection:
    """Which articles leave: empty means all (trash never leaves)."""

    editions: tuple[str, ...] = ()
    slugs: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    date_from: date | None = None  # inclusive, on the article's date in UTC
    date_to: date | None = None  # inclusive
    article_ids: tuple[int, ...] = ()
    include_galleries: bool = True
    include_issues: bool = True

    def __post_init__(self) -> None:
        for code in self.editions:
            if code not in EDITION_CODES:
                raise ValidationError(f"Unknown edition {code!r}; expected one of {', '.join(EDITION_CODES)}.")
        for status in self.statuses:
            if status not in {s.value for s in ArticleStatus}:
                allowed = ", ".join(s.value for s in ArticleStatus)
                raise ValidationError(f"Unknown status {status!r}; expected one of {allowed}.")
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError("The start date is after the end date.")

    @property
    def narrowed(self) -> bool:
        """True when the user picked particular articles (then galleries and issues stay out)."""
        return bool(self.slugs or self.article_ids or self.statuses or self.date_from or self.date_to)


@dataclass
class ExportOptions:
    media_base_url: str = ""  # where the media will live (a bundle's media folder on the site)
    campaign: str = ""  # utm_campaign for snippet links


@dataclass
class ExportReport:
    path: Path
    format: str
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def edition_records(session: Session) -> dict[str, ExEdition]:
    return {e.code: ExEdition(e.code, e.name, e.native_name, e.language, e.direction, e.time_zone,
                              e.site_url, e.permalink_pattern, tuple(e.hashtags or ()))
            for e in session.scalars(select(Edition).order_by(Edition.position, Edition.code))}


def media_file_name(item: MediaItem) -> str:
    """A unique, OS-safe name: the uid's start keeps two 'photo.jpg' apart."""
    base = item.original_filename.rsplit("/", 1)[-1] or item.title or item.kind
    return safe_filename(f"{item.uid[:8]}-{base}")


class _MediaCache:
    def __init__(self, editions: dict[str, ExEdition], media_base_url: str) -> None:
        self.editions = editions
        self.base = media_base_url
        self._cache: dict[tuple[int, str], ExMedia] = {}

    def get(self, item: MediaItem | None, edition: str) -> ExMedia | None:
        if item is None or item.deleted_at is not None:
            return None
        key = (item.id, edition)
        found = self._cache.get(key)
        if found is None:
            name = media_file_name(item)
            if item.sha256 is None and item.source_url:
                url = item.source_url
            else:
                base = self.base or f"{self.editions[edition].site_url.rstrip('/')}/{UPLOADS_PATH}"
                url = absolute_url(base, name)
            found = ExMedia(
                id=item.id, uid=item.uid, kind=item.kind, file_name=name, url=url, mime_type=item.mime_type,
                title=item.title, created_at=item.created_at, width=item.width, height=item.height,
                sha256=item.sha256, source_url=item.source_url,
                captions={t.edition_code: t.caption for t in item.texts},
                alts={t.edition_code: t.alt_text for t in item.texts})
            self._cache[key] = found
        return found


def _article_query(selection: Selection):  # type: ignore[no-untyped-def]
    query = select(Article).where(Article.deleted_at.is_(None))
    if selection.editions:
        query = query.where(Article.edition_code.in_(selection.editions))
    if selection.slugs:
        query = query.where(Article.slug.in_(selection.slugs))
    if selection.statuses:
        query = query.where(Article.status.in_(selection.statuses))
    if selection.article_ids:
        query = query.where(Article.id.in_(selection.article_ids))
    return query.options(
        selectinload(Article.tag_links),
        selectinload(Article.attachments).selectinload(ArticleAttachment.media).selectinload(MediaItem.texts),
        selectinload(Article.featured_media).selectinload(MediaItem.texts),
    )


def _in_range(when: datetime, selection: Selection) -> bool:
    if selection.date_from and when < datetime.combine(selection.date_from, time.min, UTC):
        return False
    return not (selection.date_to and when > datetime.combine(selection.date_to, time.max, UTC))


def load_export_set(library: Library, selection: Selection, options: ExportOptions | None = None) -> ExportSet:
    options = options or ExportOptions()
    with library.session() as session:
        editions = edition_records(session)
        media = _MediaCache(editions, options.media_base_url)
        wanted = set(selection.editions or editions)
        index_rows = session.execute(select(Article.id, Article.edition_code, Article.slug, Article.title,
                                            Article.published_at, Article.scheduled_at, Article.created_at,
                                            Article.translation_group_id)
                                     .where(Article.deleted_at.is_(None))).all()
        groups: dict[int, list[tuple[str, int]]] = {}
        article_index: dict[int, tuple[str, str, str, str]] = {}
        for row in index_rows:
            ed = editions[row.edition_code]
            url = permalink(ed.site_url, ed.permalink_pattern, slug=row.slug,
                            when=row.published_at or row.scheduled_at or row.created_at, zone=ed.time_zone,
                            post_id=row.id)
            article_index[row.id] = (row.edition_code, row.slug, url, row.title)
            if row.translation_group_id is not None:
                groups.setdefault(row.translation_group_id, []).append((row.edition_code, row.id))
        from nejat_desk.storage.models import TranslationGroup

        group_uids = dict(session.execute(select(TranslationGroup.id, TranslationGroup.uid)).all())

        articles: list[ExArticle] = []
        for article in session.scalars(_article_query(selection)):
            when = article.published_at or article.scheduled_at or article.created_at
            if not _in_range(when, selection):
                continue
            others = tuple(sorted((e, i) for e, i in groups.get(article.translation_group_id or -1, [])
                                  if i != article.id))
            articles.append(ExArticle(
                id=article.id, uid=article.uid, edition=article.edition_code, title=article.title,
                slug=article.slug, body_html=article.body_html, body_md=article.body_md, excerpt=article.excerpt,
                status=article.status, author=article.author, byline=article.byline,
                source_name=article.source_name, source_url=article.source_url, created_at=article.created_at,
                updated_at=article.updated_at, published_at=article.published_at,
                scheduled_at=article.scheduled_at, url=article_index[article.id][2],
                category_id=article.category_id, tag_ids=tuple(link.tag_id for link in article.tag_links),
                featured=media.get(article.featured_media, article.edition_code),
                attachments=tuple(m for m in (media.get(a.media, article.edition_code)
                                              for a in article.attachments) if m is not None),
                translation_group=group_uids.get(article.translation_group_id, "")
                if article.translation_group_id else "",
                translations=others, extra=dict(article.extra or {})))
        articles.sort(key=lambda a: (a.date, a.id))

        categories = [ExCategory(c.id, c.edition_code, c.name, c.slug, c.parent_id, c.description)
                      for c in session.scalars(select(Category).where(Category.edition_code.in_(wanted))
                                               .order_by(Category.id))]
        used_tags = {t for a in articles for t in a.tag_ids}
        tags = [ExTag(t.id, t.edition_code, t.name, t.slug)
                for t in session.scalars(select(Tag).where(Tag.id.in_(used_tags)).order_by(Tag.id))]
        export = ExportSet(editions=editions, articles=articles, categories=categories, tags=tags,
                           article_index=article_index)
        if not selection.narrowed:
            if selection.include_galleries:
                _load_galleries(session, export, wanted, media)
            if selection.include_issues:
                _load_issues(session, export, wanted, media)
        return export


def _category_for(export: ExportSet, edition: str, path: list[str]) -> int:
    """The id of the category at `path` in `edition`, adding missing levels as export-only
    categories (negative ids: they exist only in the file)."""
    parent: int | None = None
    for name in path:
        slug = slugify(name)
        found = next((c for c in export.categories if c.edition == edition and c.parent_id == parent
                      and (c.slug == slug or c.name == name)), None)
        if found is None:
            new_id = -1 - len([c for c in export.categories if c.id < 0])
            taken = {c.slug for c in export.categories if c.edition == edition}
            if slug in taken:
                slug = f"{slug}-{-new_id}"
            found = ExCategory(new_id, edition, name, slug, parent)
            export.categories.append(found)
        parent = found.id
    assert parent is not None
    return parent


def _load_galleries(session: Session, export: ExportSet, editions: set[str], media: _MediaCache) -> None:
    query = (select(Gallery).where(Gallery.deleted_at.is_(None)).order_by(Gallery.id)
             .options(selectinload(Gallery.texts),
                      selectinload(Gallery.items).selectinload(GalleryItem.media).selectinload(MediaItem.texts)))
    for gallery in session.scalars(query):
        for text in sorted(gallery.texts, key=lambda t: t.edition_code):
            if text.edition_code not in editions or not text.title.strip():
                continue
            ed = export.editions[text.edition_code]
            when = gallery.published_at or gallery.scheduled_at or gallery.created_at
            slug = gallery.slug or slugify(text.title)
            category = _category_for(export, ed.code, ["Media", GALLERY_CATEGORY.get(gallery.kind, gallery.kind)])
            items = tuple(m for m in (media.get(i.media, ed.code) for i in gallery.items) if m is not None)
            export.galleries.append(ExGallery(
                gallery.id, gallery.uid, gallery.kind, ed.code, text.title, text.description, slug,
                gallery.status, when,
                permalink(ed.site_url, ed.permalink_pattern, slug=slug, when=when, zone=ed.time_zone),
                category, items))


def _load_issues(session: Session, export: ExportSet, editions: set[str], media: _MediaCache) -> None:
    query = (select(PublicationIssue).join(PublicationSeries)
             .where(PublicationIssue.deleted_at.is_(None), PublicationSeries.edition_code.in_(editions))
             .order_by(PublicationIssue.id).options(selectinload(PublicationIssue.series)))
    for issue in session.scalars(query):
        series = issue.series
        ed = export.editions[series.edition_code]
        when = issue.published_at or issue.scheduled_at or (
            datetime.combine(issue.issue_date, time(12), UTC) if issue.issue_date else issue.created_at)
        title = issue.title or f"{series.name} {issue.number}"
        slug = slugify(f"{series.slug}-{issue.number}")
        category = series.category_id if any(c.id == series.category_id for c in export.categories) \
            else _category_for(export, ed.code, ["Publications", series.name])
        export.issues.append(ExIssue(
            issue.id, issue.uid, ed.code, series.name, issue.number, title, slug, issue.status, when,
            permalink(ed.site_url, ed.permalink_pattern, slug=slug, when=when, zone=ed.time_zone), category,
            pdf=media.get(session.get(MediaItem, issue.pdf_media_id), ed.code) if issue.pdf_media_id else None,
            cover=media.get(session.get(MediaItem, issue.cover_media_id), ed.code)
            if issue.cover_media_id else None))
