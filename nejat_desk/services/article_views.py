"""The plain values the article service returns: an article as the editor shows it, the media
it refers to, its revisions. Built inside the service's unit of work from loaded ORM rows, so
the front ends never hold an ORM object."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from nejat_desk.storage.models import Article, MediaItem, MediaText


@dataclass(frozen=True)
class MediaRef:
    """A media item as an article shows it: its label, and its caption in the article's edition."""

    media_id: int
    title: str
    filename: str
    sha256: str | None = None
    width: int | None = None
    height: int | None = None
    caption: str = ""
    alt: str = ""  # alt text in the article's edition

    @property
    def label(self) -> str:
        """How the metadata panel names it: its title, else its file name, else its id."""
        return self.title or self.filename or str(self.media_id)


@dataclass(frozen=True)
class ArticleDetail:
    """Everything the editor shows of one article, read in one unit of work."""

    id: int
    edition_code: str
    title: str
    slug: str
    body_md: str
    body_html: str
    excerpt: str
    byline: str
    author: str
    source_name: str
    source_url: str
    status: str
    version: int
    category_path: str
    tags: tuple[str, ...]
    featured_media_id: int | None
    featured_image_ref: str
    featured: MediaRef | None
    attachments: tuple[MediaRef, ...]
    translation_group_id: int | None
    scheduled_at: datetime | None
    published_at: datetime | None
    deleted_at: datetime | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class RevisionInfo:
    id: int
    article_id: int
    created_at: datetime
    reason: str
    note: str
    title: str
    body_md: str
    excerpt: str
    status: str



class TrashedArticle(NamedTuple):
    """An article in the trash (a tuple, so `for id, edition, title, when in ...` reads it)."""

    id: int
    edition_code: str
    title: str
    deleted_at: datetime


def media_ref(session: Session, media: MediaItem, edition: str) -> MediaRef:
    text = session.execute(select(MediaText.caption, MediaText.alt_text).where(
        MediaText.media_id == media.id, MediaText.edition_code == edition)).first()
    caption, alt = (text[0] or "", text[1] or "") if text else ("", "")
    return MediaRef(media.id, media.title or "", media.original_filename or "", media.sha256, media.width,
                    media.height, caption, alt)


def article_detail(session: Session, article: Article) -> ArticleDetail:
    """The plain form of an article loaded by `load_article` (its relations in the session)."""
    edition = article.edition_code
    featured = media_ref(session, article.featured_media, edition) if article.featured_media else None
    attachments = tuple(media_ref(session, a.media, edition) for a in article.attachments if a.media)
    return ArticleDetail(
        id=article.id, edition_code=edition, title=article.title, slug=article.slug, body_md=article.body_md,
        body_html=article.body_html, excerpt=article.excerpt, byline=article.byline, author=article.author,
        source_name=article.source_name, source_url=article.source_url, status=article.status,
        version=article.version, category_path=article.category.path() if article.category else "",
        tags=tuple(t.name for t in article.tags), featured_media_id=article.featured_media_id,
        featured_image_ref=article.featured_image_ref, featured=featured, attachments=attachments,
        translation_group_id=article.translation_group_id, scheduled_at=article.scheduled_at,
        published_at=article.published_at, deleted_at=article.deleted_at, created_at=article.created_at,
        updated_at=article.updated_at)
