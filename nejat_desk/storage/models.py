"""SQLAlchemy 2 typed models for the whole library.

Identity: every row has an integer primary key (fast joins, FTS rowids) and a `uid`
(UUID4 hex) that never changes and is what leaves the library (iCalendar UIDs, exports).
Instants are stored in UTC (naive in SQLite, made aware on load by `UTCDateTime`).
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    event,
    inspect,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def new_uid() -> str:
    return uuid.uuid4().hex


def utc_now() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; refuses naive values."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class UidMixin:
    uid: Mapped[str] = mapped_column(String(32), unique=True, default=new_uid)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)


# --- editions and terms -------------------------------------------------------------------

class Edition(Base):
    __tablename__ = "editions"

    code: Mapped[str] = mapped_column(String(8), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    native_name: Mapped[str] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(20))
    direction: Mapped[str] = mapped_column(String(3))  # "ltr" or "rtl"
    time_zone: Mapped[str] = mapped_column(String(64))
    calendar: Mapped[str] = mapped_column(String(20), default="gregorian")
    site_url: Mapped[str] = mapped_column(String(500), default="")
    permalink_pattern: Mapped[str] = mapped_column(String(200), default="/%year%/%monthnum%/%day%/%postname%/")  # i18n: ok
    hashtags: Mapped[list[str]] = mapped_column(JSON, default=list)
    social_handles: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Category(UidMixin, Base):
    __tablename__ = "categories"
    __table_args__ = (UniqueConstraint("edition_code", "slug"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_code: Mapped[str] = mapped_column(ForeignKey("editions.code"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")

    parent: Mapped[Category | None] = relationship(remote_side="Category.id", back_populates="children")
    children: Mapped[list[Category]] = relationship(back_populates="parent")

    def path(self) -> str:
        """'World/Iraq' for a nested category, as the front matter writes it."""
        names: list[str] = []
        node: Category | None = self
        while node is not None:
            names.append(node.name)
            node = node.parent
        return "/".join(reversed(names))


class Tag(UidMixin, Base):
    __tablename__ = "tags"
    __table_args__ = (UniqueConstraint("edition_code", "slug"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_code: Mapped[str] = mapped_column(ForeignKey("editions.code"))
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(200))


class ArticleTag(Base):
    __tablename__ = "article_tags"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)  # the order the writer gave

    tag: Mapped[Tag] = relationship()


class TranslationGroup(UidMixin, Base):
    """Articles that are translations of one another, one per edition at most."""

    __tablename__ = "translation_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The article the others were translated from (front matter's translation_of points at it).
    original_article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL", use_alter=True))


# --- articles ---------------------------------------------------------------------------

class Article(UidMixin, TimestampMixin, Base):
    __tablename__ = "articles"
    __table_args__ = (
        UniqueConstraint("edition_code", "slug"),
        Index("ix_articles_updated", "updated_at"),
        Index("ix_articles_scheduled", "scheduled_at"),
        Index("ix_articles_status", "status"),
        # Covering index for the Articles list's filters and sorts (migration 0004).
        Index("ix_articles_list", "deleted_at", "updated_at", "edition_code", "status", "scheduled_at",
              "published_at", "created_at", "category_id", "byline", "title"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    edition_code: Mapped[str] = mapped_column(ForeignKey("editions.code"), index=True)
    title: Mapped[str] = mapped_column(Text)
    slug: Mapped[str] = mapped_column(String(400))
    body_md: Mapped[str] = mapped_column(Text, default="")
    # Rendered and sanitised HTML, kept from the last save so exports need not re-render.
    body_html: Mapped[str] = mapped_column(Text, default="")
    excerpt: Mapped[str] = mapped_column(Text, default="")
    translation_group_id: Mapped[int | None] = mapped_column(ForeignKey("translation_groups.id"), index=True)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id", ondelete="SET NULL"), index=True)
    byline: Mapped[str] = mapped_column(String(300), default="")
    author: Mapped[str] = mapped_column(String(200), default="")  # the WordPress user (dc:creator)
    source_name: Mapped[str] = mapped_column(String(300), default="")
    source_url: Mapped[str] = mapped_column(String(2000), default="")
    featured_media_id: Mapped[int | None] = mapped_column(ForeignKey("media_items.id", ondelete="SET NULL"))
    # The front matter's featured_image as given, until it resolves to a media item.
    featured_image_ref: Mapped[str] = mapped_column(String(1000), default="")
    status: Mapped[str] = mapped_column(String(20), default="draft")
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)  # in the trash when set
    # Front matter keys the app does not know, kept and written back.
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Where it was last imported from, to tell an unchanged re-import from a local edit.
    import_source: Mapped[str] = mapped_column(String(20), default="")  # "", "markdown", "wxr", "site"
    import_hash: Mapped[str] = mapped_column(String(64), default="")
    import_version: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    # Counts changes of the text a translation follows (title, body, excerpt; not status or
    # metadata): bumped by `_count_text_change` in the same UPDATE (migration 0006).
    text_version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}

    category: Mapped[Category | None] = relationship()
    # Tags in the writer's order; assign through `tag_links` (the service's set_tags does).
    tag_links: Mapped[list[ArticleTag]] = relationship(order_by="ArticleTag.position",
                                                       cascade="all, delete-orphan")
    tags: Mapped[list[Tag]] = relationship(secondary="article_tags", order_by="ArticleTag.position",
                                           viewonly=True)
    featured_media: Mapped[MediaItem | None] = relationship(foreign_keys=[featured_media_id])
    attachments: Mapped[list[ArticleAttachment]] = relationship(
        order_by="ArticleAttachment.position", cascade="all, delete-orphan")
    translation_group: Mapped[TranslationGroup | None] = relationship(foreign_keys=[translation_group_id])
    revisions: Mapped[list[Revision]] = relationship(
        back_populates="article", order_by="Revision.created_at", cascade="all, delete-orphan")


class ArticleAttachment(Base):
    __tablename__ = "article_attachments"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    media_id: Mapped[int] = mapped_column(ForeignKey("media_items.id", ondelete="RESTRICT"), primary_key=True,
                                          index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    media: Mapped[MediaItem] = relationship()


class Revision(UidMixin, Base):
    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # "status", "manual", "periodic", "import-conflict", "pull-conflict", "restore", "before-delete",
    # "translation-base" (the source's text a translation follows: TranslationBase)
    reason: Mapped[str] = mapped_column(String(30))
    note: Mapped[str] = mapped_column(Text, default="")
    title: Mapped[str] = mapped_column(Text)
    body_md: Mapped[str] = mapped_column(Text)
    excerpt: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20))
    meta: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    article_version: Mapped[int] = mapped_column(Integer, default=0)

    article: Mapped[Article] = relationship(back_populates="revisions")


class TranslationBase(Base):
    """Which revision of its source a translation was made from or last brought up to date with
    (migration 0006). Stale when the source's `text_version` passed `source_text_version`. Kept
    apart from the article's row so following a source is not an edit (no version bump, no push)."""

    __tablename__ = "translation_bases"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    # The source's text then, to diff against; NULL only if that revision was deleted.
    revision_id: Mapped[int | None] = mapped_column(ForeignKey("revisions.id", ondelete="SET NULL"))
    source_text_version: Mapped[int] = mapped_column(Integer)
    followed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


TEXT_FIELDS = ("title", "body_md", "excerpt")


@event.listens_for(Article, "before_update")
def _count_text_change(_mapper: Any, _connection: Any, article: Article) -> None:
    """Every writer (editor, imports, pulls, restores) bumps `text_version` when the text changes."""
    for name in TEXT_FIELDS:
        history = inspect(article).attrs[name].history
        if history.added and (not history.deleted or history.added[0] != history.deleted[0]):
            article.text_version = (article.text_version or 1) + 1
            return


# --- media -------------------------------------------------------------------------------

class MediaItem(UidMixin, TimestampMixin, Base):
    __tablename__ = "media_items"
    __table_args__ = (Index("ix_media_items_imported", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # MediaKind
    # SHA-256 of the file in the content-addressed store; None for remote-only items.
    sha256: Mapped[str | None] = mapped_column(String(64), unique=True)
    original_filename: Mapped[str] = mapped_column(String(1000), default="")
    mime_type: Mapped[str] = mapped_column(String(100), default="")
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    width: Mapped[int | None] = mapped_column(Integer)
    height: Mapped[int | None] = mapped_column(Integer)
    duration_s: Mapped[float | None] = mapped_column(Float)
    taken_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    camera: Mapped[str] = mapped_column(String(200), default="")
    orientation: Mapped[int | None] = mapped_column(Integer)
    has_gps: Mapped[bool] = mapped_column(Boolean, default=False)
    phash: Mapped[str] = mapped_column(String(32), default="", index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    credit: Mapped[str] = mapped_column(String(500), default="")
    copyright: Mapped[str] = mapped_column(String(500), default="")
    licence: Mapped[str] = mapped_column(String(200), default="")
    rating: Mapped[int] = mapped_column(Integer, default=0)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Focal point as fractions of width and height (0..1); crops keep it in frame.
    focal_x: Mapped[float] = mapped_column(Float, default=0.5)
    focal_y: Mapped[float] = mapped_column(Float, default=0.5)
    # Hand-adjusted crops per rendition name: {"og": [x, y, w, h] in source pixels}.
    crops: Mapped[dict[str, list[int]]] = mapped_column(JSON, default=dict)
    source_url: Mapped[str] = mapped_column(String(2000), default="")  # remote video or site URL
    poster_media_id: Mapped[int | None] = mapped_column(ForeignKey("media_items.id", ondelete="SET NULL"))
    # Came from the site without alt text: flagged, not blocked.
    alt_missing_from_site: Mapped[bool] = mapped_column(Boolean, default=False)
    raw_metadata: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)

    texts: Mapped[list[MediaText]] = relationship(cascade="all, delete-orphan")


class MediaText(Base):
    """Caption and alt text of a media item in one edition."""

    __tablename__ = "media_texts"

    media_id: Mapped[int] = mapped_column(ForeignKey("media_items.id", ondelete="CASCADE"), primary_key=True)
    edition_code: Mapped[str] = mapped_column(ForeignKey("editions.code"), primary_key=True)
    caption: Mapped[str] = mapped_column(Text, default="")
    alt_text: Mapped[str] = mapped_column(Text, default="")


# --- galleries ----------------------------------------------------------------------------

class Gallery(UidMixin, TimestampMixin, Base):
    __tablename__ = "galleries"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # GalleryKind
    slug: Mapped[str] = mapped_column(String(400), default="")
    cover_media_id: Mapped[int | None] = mapped_column(ForeignKey("media_items.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    __mapper_args__ = {"version_id_col": version}

    texts: Mapped[list[GalleryText]] = relationship(cascade="all, delete-orphan")
    items: Mapped[list[GalleryItem]] = relationship(order_by="GalleryItem.position", cascade="all, delete-orphan")


class GalleryText(Base):
    __tablename__ = "gallery_texts"

    gallery_id: Mapped[int] = mapped_column(ForeignKey("galleries.id", ondelete="CASCADE"), primary_key=True)
    edition_code: Mapped[str] = mapped_column(ForeignKey("editions.code"), primary_key=True)
    title: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str] = mapped_column(Text, default="")


class GalleryItem(Base):
    __tablename__ = "gallery_items"

    gallery_id: Mapped[int] = mapped_column(ForeignKey("galleries.id", ondelete="CASCADE"), primary_key=True)
    media_id: Mapped[int] = mapped_column(ForeignKey("media_items.id", ondelete="RESTRICT"), primary_key=True,
                                          index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    media: Mapped[MediaItem] = relationship()


# --- publications --------------------------------------------------------------------------

class PublicationSeries(UidMixin, Base):
    __tablename__ = "publication_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # SeriesKind
    edition_code: Mapped[str] = mapped_column(ForeignKey("editions.code"))
    name: Mapped[str] = mapped_column(String(200))
    slug: Mapped[str] = mapped_column(String(200))
    category_id: Mapped[int | None] = mapped_column(ForeignKey("categories.id", ondelete="SET NULL"))
    # The newsletter's footer, as mail clients and email law expect (migration 0005).
    sender_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    postal_address: Mapped[str] = mapped_column(Text, default="", server_default="")
    unsubscribe: Mapped[str] = mapped_column(Text, default="", server_default="")

    issues: Mapped[list[PublicationIssue]] = relationship(
        back_populates="series", order_by="PublicationIssue.number", cascade="all, delete-orphan")


class PublicationIssue(UidMixin, TimestampMixin, Base):
    __tablename__ = "publication_issues"
    __table_args__ = (UniqueConstraint("series_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("publication_series.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    issue_date: Mapped[date | None] = mapped_column(Date)
    cover_media_id: Mapped[int | None] = mapped_column(ForeignKey("media_items.id", ondelete="SET NULL"))
    pdf_media_id: Mapped[int | None] = mapped_column(ForeignKey("media_items.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    series: Mapped[PublicationSeries] = relationship(back_populates="issues")
    contents: Mapped[list[IssueArticle]] = relationship(order_by="IssueArticle.position",
                                                        cascade="all, delete-orphan")


class IssueArticle(Base):
    """One entry of an issue's ordered table of contents."""

    __tablename__ = "issue_articles"

    issue_id: Mapped[int] = mapped_column(ForeignKey("publication_issues.id", ondelete="CASCADE"),
                                          primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="RESTRICT"), primary_key=True,
                                            index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    article: Mapped[Article] = relationship()


class PreflightOverride(Base):
    """Blocking pre-flight findings a person let go out anyway, with the reason (migration 0007):
    the history of a gallery or a publication issue, which have no revisions (an article keeps
    its overrides as revisions). Exactly one of gallery_id and issue_id is set."""

    __tablename__ = "preflight_overrides"

    id: Mapped[int] = mapped_column(primary_key=True)
    gallery_id: Mapped[int | None] = mapped_column(ForeignKey("galleries.id", ondelete="CASCADE"), index=True)
    issue_id: Mapped[int | None] = mapped_column(ForeignKey("publication_issues.id", ondelete="CASCADE"),
                                                 index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    action: Mapped[str] = mapped_column(String(20))  # "schedule", "publish"
    reason: Mapped[str] = mapped_column(Text)
    findings: Mapped[str] = mapped_column(Text, default="")  # the blocking findings' sentences, one a line


# --- social and schedule ---------------------------------------------------------------------

class SocialSnippet(UidMixin, TimestampMixin, Base):
    __tablename__ = "social_snippets"
    __table_args__ = (UniqueConstraint("article_id", "platform"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(20))  # Platform
    text: Mapped[str] = mapped_column(Text, default="")
    # True when staff edited the text by hand: regeneration keeps it.
    edited: Mapped[bool] = mapped_column(Boolean, default=False)
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(20), default="draft")


class ScheduleEntry(UidMixin, TimestampMixin, Base):
    """One planned thing on the calendar; exactly one of the target ids is set."""

    __tablename__ = "schedule_entries"
    __table_args__ = (Index("ix_schedule_entries_due", "due_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))  # ScheduleKind
    article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    gallery_id: Mapped[int | None] = mapped_column(ForeignKey("galleries.id", ondelete="CASCADE"))
    issue_id: Mapped[int | None] = mapped_column(ForeignKey("publication_issues.id", ondelete="CASCADE"))
    snippet_id: Mapped[int | None] = mapped_column(ForeignKey("social_snippets.id", ondelete="CASCADE"))
    edition_code: Mapped[str | None] = mapped_column(ForeignKey("editions.code"))
    platform: Mapped[str | None] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(Text, default="")
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    state: Mapped[str] = mapped_column(String(20), default="planned")  # ScheduleState
    surfaced_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    note: Mapped[str] = mapped_column(Text, default="")


# --- library-wide settings and saved state ----------------------------------------------------

class LibrarySetting(Base):
    """Settings that travel with the library (schedule rules, export defaults), not per machine."""

    __tablename__ = "library_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class SavedFilter(UidMixin, Base):
    __tablename__ = "saved_filters"
    __table_args__ = (UniqueConstraint("workspace", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workspace: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    definition: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


# --- sites, sync and the outbox ----------------------------------------------------------------

class SiteProfile(UidMixin, TimestampMixin, Base):
    """A WordPress site. The Application Password is in the OS keyring, never here."""

    __tablename__ = "site_profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    base_url: Mapped[str] = mapped_column(String(500))
    username: Mapped[str] = mapped_column(String(200))
    editions: Mapped[list[str]] = mapped_column(JSON, default=list)
    capabilities: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # what "test" found


class RemoteLink(Base):
    """A local record as a site knows it (post, term, media upload)."""

    __tablename__ = "remote_links"
    __table_args__ = (
        UniqueConstraint("site_id", "object_type", "remote_id"),
        UniqueConstraint("site_id", "object_type", "local_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site_profiles.id", ondelete="CASCADE"))
    object_type: Mapped[str] = mapped_column(String(20))  # "article", "gallery", "issue", "media", "category", "tag"
    local_id: Mapped[int] = mapped_column(Integer)
    remote_id: Mapped[int] = mapped_column(Integer)
    remote_link: Mapped[str] = mapped_column(String(2000), default="")
    remote_slug: Mapped[str] = mapped_column(String(400), default="")
    remote_modified_gmt: Mapped[datetime | None] = mapped_column(UTCDateTime)
    synced_hash: Mapped[str] = mapped_column(String(64), default="")  # what we sent or received last
    synced_version: Mapped[int] = mapped_column(Integer, default=0)
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class OutboxJob(UidMixin, TimestampMixin, Base):
    __tablename__ = "outbox_jobs"
    __table_args__ = (Index("ix_outbox_jobs_state", "state", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site_profiles.id", ondelete="CASCADE"))
    object_type: Mapped[str] = mapped_column(String(20))
    object_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))  # "push", "delete"
    options: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # target status, date...
    state: Mapped[str] = mapped_column(String(20), default="queued")  # queued, running, failed, done, cancelled, conflict
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_error: Mapped[str] = mapped_column(Text, default="")
