"""Article use cases: create, edit, status workflow, revisions, translations, trash.

Every change runs in one transaction that also refreshes the rendered HTML and the search
index, so what is on disk is always consistent. Methods may be called from any thread;
each opens its own session.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from nejat_desk.core.domain import EDITION_CODES, ArticleStatus
from nejat_desk.core.edition_names import edition_name
from nejat_desk.core.errors import InUseError, ValidationError
from nejat_desk.core.frontmatter import ArticleDocument
from nejat_desk.core.i18n import translate
from nejat_desk.core.render import render_markdown
from nejat_desk.core.slugs import slugify, unique_slug
from nejat_desk.core.timeutil import as_utc, utc_now
from nejat_desk.services import search_index, taxonomy, translation_bases, workflow
from nejat_desk.services.article_views import (
    ArticleDetail,
    MediaRef,
    RevisionInfo,
    TrashedArticle,
    article_detail,
    media_ref,
)
from nejat_desk.services.translation_bases import SourceChanges
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import (
    Article,
    ArticleAttachment,
    ArticleTag,
    Category,
    IssueArticle,
    MediaItem,
    Revision,
    Tag,
    TranslationGroup,
)

_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)
_SLUG_CHARS = re.compile(r"^[^\s/?#%\\]+$")
# Terminal escapes (ESC), NUL and other controls, and bidi overrides: a slug is a file name and a URL path.
_SLUG_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")

# Fields update_meta accepts, with the attribute each maps to.
META_FIELDS = ("title", "slug", "excerpt", "byline", "author", "source_name", "source_url", "category_path",
               "tags", "featured_media_id", "attachment_ids", "featured_image_ref")


@dataclass(frozen=True)
class TranslationInfo:
    article_id: int
    edition_code: str
    title: str
    is_original: bool


def validate_source_url(url: str) -> str:
    url = url.strip()
    if url and not _URL.match(url):
        raise ValidationError(translate("services.articles",
                                        "The source URL {url} is not a valid http(s) address.")
                              .format(url=repr(url)))
    return url


def validate_slug(slug: str) -> str:
    slug = slug.strip()
    if not slug:
        raise ValidationError(translate("services.articles", "The slug cannot be empty."))
    if not _SLUG_CHARS.match(slug):
        raise ValidationError(translate("services.articles",
                                        "The slug {slug} may not contain spaces, '/', '?', '#', '%' or '\\'.")
                              .format(slug=repr(slug)))
    if _SLUG_CONTROLS.search(slug) or not slug.strip("."):
        raise ValidationError(translate("services.articles",
                                        "The slug {slug} may not contain control or direction characters, or be "
                                        "only dots.").format(slug=repr(slug)))
    if len(slug) > 200:
        raise ValidationError(translate("services.articles", "The slug is longer than 200 characters."))
    return slug


def slug_or_replacement(raw: str, title: str) -> tuple[str, str]:
    """(`raw`, "") when it is a valid slug; else (a slug made from it, or from `title`, and why `raw` was not
    used), for imports that go on with a safe slug and say so rather than fail a whole file."""
    try:
        return validate_slug(raw), ""
    except ValidationError as exc:
        made = slugify(raw)
        return (made if made != "untitled" else slugify(title)), str(exc)


def get_article(session: Session, article_id: int, *, options: Sequence[Any] = ()) -> Article:
    """The article (loading `options` with it), or a ValidationError saying there is none: the one
    home of that check for every service."""
    article = session.get(Article, article_id, options=list(options))
    if article is None:
        raise ValidationError(translate("services.articles", "There is no article with id {article_id}.")
                              .format(article_id=article_id))
    return article


def load_article(session: Session, article_id: int) -> Article:
    article = get_article(session, article_id, options=[
        selectinload(Article.tags), selectinload(Article.category).selectinload(Category.parent),
        selectinload(Article.attachments).selectinload(ArticleAttachment.media),
        selectinload(Article.featured_media), selectinload(Article.translation_group)])
    if article.category is not None:
        article.category.path()  # loads the whole parent chain while the session is open
    return article


def category_for_path(session: Session, edition: str, path: str, *, create: bool = True) -> Category | None:
    """The category at 'World/Iraq' in an edition (names in any case), creating missing levels when asked."""
    return taxonomy.category_for_path(session, edition, path, create=create)


def tags_for_names(session: Session, edition: str, names: list[str]) -> list[Tag]:
    return taxonomy.tags_for_names(session, edition, names)


def set_tags(session: Session, article: Article, names: list[str]) -> None:
    tags = tags_for_names(session, article.edition_code, names)
    article.tag_links = [ArticleTag(tag_id=t.id, position=i) for i, t in enumerate(tags)]
    session.flush()
    session.expire(article, ["tags"])


def refresh_derived(session: Session, article: Article) -> None:
    """Rendered HTML and the search index follow the text (same transaction)."""
    article.body_html = render_markdown(article.body_md)
    session.flush()
    if article.deleted_at is None:
        search_index.index_article(session, article.id, article.title, article.body_md, article.excerpt,
                                   article.byline)
    else:
        search_index.remove_article(session, article.id)


def make_revision(session: Session, article: Article, reason: str, note: str = "") -> Revision:
    revision = Revision(article_id=article.id, reason=reason, note=note, title=article.title,
                        body_md=article.body_md, excerpt=article.excerpt, status=article.status,
                        meta=article_meta_snapshot(article), article_version=article.version)
    session.add(revision)
    return revision


def article_meta_snapshot(article: Article) -> dict[str, Any]:
    return {
        "slug": article.slug, "byline": article.byline, "source_name": article.source_name,
        "source_url": article.source_url, "category": article.category.path() if article.category else None,
        "tags": [t.name for t in article.tags],
        "scheduled_at": article.scheduled_at.isoformat() if article.scheduled_at else None,
    }


def taken_slugs(session: Session, edition: str, exclude_id: int | None = None) -> set[str]:
    query = select(Article.slug).where(Article.edition_code == edition)
    if exclude_id is not None:
        query = query.where(Article.id != exclude_id)
    return set(session.scalars(query))


def article_to_document(article: Article) -> ArticleDocument:
    """The interchange form (front matter + body) of an article with its relations loaded."""
    translation_of = None
    extra = dict(article.extra or {})
    group = article.translation_group
    if group is not None and group.original_article_id not in (None, article.id):
        original = group_original(article)
        if original is not None:
            translation_of = (original.edition_code, original.slug)
    if translation_of is None and isinstance(extra.get("translation_of"), dict):
        pending = extra.pop("translation_of")
        translation_of = (str(pending.get("edition")), str(pending.get("slug")))
    else:
        extra.pop("translation_of", None)
    featured = article.featured_image_ref or (article.featured_media.sha256 or "" if article.featured_media else "")
    return ArticleDocument(
        title=article.title, edition=article.edition_code, body=article.body_md, slug=article.slug,
        category=article.category.path() if article.category else None, tags=[t.name for t in article.tags],
        byline=article.byline or None, source=article.source_name or None, source_url=article.source_url or None,
        excerpt=article.excerpt or None, status=ArticleStatus(article.status), date=article.published_at,
        scheduled=article.scheduled_at, featured_image=featured or None,
        attachments=[a.media.sha256 or a.media.source_url for a in article.attachments if a.media],
        translation_of=translation_of, extra=extra)


def ensure_translation_group(session: Session, original: Article) -> TranslationGroup:
    """The article's translation group, created with it as the original if it has none."""
    group = original.translation_group
    if group is None:
        group = TranslationGroup(original_article_id=original.id)
        session.add(group)
        session.flush()
        original.translation_group = group
    return group


def group_original(article: Article) -> Article | None:
    from sqlalchemy.orm import object_session

    group = article.translation_group
    session = object_session(article)
    if group is None or group.original_article_id is None or session is None:
        return None
    return session.get(Article, group.original_article_id)


class ArticleService:
    def __init__(self, library: Library) -> None:
        self.library = library

    # --- reading ----------------------------------------------------------------------------

    def get(self, article_id: int) -> ArticleDetail:
        with self.library.session() as session:
            return article_detail(session, load_article(session, article_id))

    def media_ref(self, media_id: int, edition: str) -> MediaRef | None:
        """A media item as an article of `edition` would show it (for a featured image just chosen)."""
        with self.library.session() as session:
            media = session.get(MediaItem, media_id)
            return media_ref(session, media, edition) if media is not None else None

    def free_slug(self, edition: str, slug: str, exclude_id: int | None = None) -> str:
        """`slug`, or the first `slug-2`, `slug-3`... not yet used by another article of the edition.

        Asked on every keystroke of a title: only the slugs that could collide are read (through
        the (edition, slug) index), not the edition's thousands."""
        with self.library.session() as session:
            query = select(Article.slug).where(
                Article.edition_code == edition,
                (Article.slug == slug) | Article.slug.startswith(slug + "-", autoescape=True))
            if exclude_id is not None:
                query = query.where(Article.id != exclude_id)
            return unique_slug(slug, set(session.scalars(query)))

    def find_by_slug(self, edition: str, slug: str) -> int | None:
        with self.library.session() as session:
            return session.scalars(select(Article.id).where(Article.edition_code == edition,
                                                            Article.slug == slug)).first()

    def count(self, *, include_trash: bool = False) -> int:
        with self.library.session() as session:
            query = select(func.count(Article.id))
            if not include_trash:
                query = query.where(Article.deleted_at.is_(None))
            return int(session.scalar(query) or 0)

    # --- creating and editing ------------------------------------------------------------------

    def create(self, edition: str, title: str, body_md: str = "", **meta: Any) -> int:
        if edition not in EDITION_CODES:
            raise ValidationError(translate("services.articles",
                                            "Unknown edition {edition}; expected one of {codes}.")
                                  .format(edition=repr(edition), codes=", ".join(EDITION_CODES)))
        with self.library.session() as session:
            slug = meta.pop("slug", None)
            slug = validate_slug(slug) if slug else slugify(title)
            taken = taken_slugs(session, edition)
            if meta.pop("strict_slug", False) and slug in taken:
                raise ValidationError(translate("services.articles",
                                                "The slug {slug} is already used in the {edition} edition.")
                                      .format(slug=repr(slug), edition=edition_name(edition)))
            article = Article(edition_code=edition, title=title, body_md=body_md,
                              slug=unique_slug(slug, taken))
            session.add(article)
            session.flush()
            self._apply_meta(session, article, meta)
            if "status" in meta:
                workflow.check_status(session, article, article.status)
            refresh_derived(session, article)
            return article.id

    def save_text(self, article_id: int, *, title: str | None = None, body_md: str | None = None,
                  excerpt: str | None = None) -> int:
        """The autosave path: only the text fields. Returns the new version."""
        with self.library.session() as session:
            article = get_article(session, article_id)
            changed = False
            for name, value in (("title", title), ("body_md", body_md), ("excerpt", excerpt)):
                if value is not None and getattr(article, name) != value:
                    setattr(article, name, value)
                    changed = True
            if changed:
                refresh_derived(session, article)
            return article.version

    def update_meta(self, article_id: int, **fields: Any) -> int:
        unknown = set(fields) - set(META_FIELDS)
        if unknown:
            raise ValidationError(translate("services.articles", "Unknown article fields: {fields}.").format(
                fields=", ".join(sorted(unknown))))
        with self.library.session() as session:
            article = load_article(session, article_id)
            self._apply_meta(session, article, fields)
            refresh_derived(session, article)
            return article.version

    def _apply_meta(self, session: Session, article: Article, fields: dict[str, Any]) -> None:
        edition = article.edition_code
        for name, value in fields.items():
            if name == "slug":
                slug = validate_slug(value)
                if slug in taken_slugs(session, edition, exclude_id=article.id):
                    raise ValidationError(translate("services.articles",
                                                    "The slug {slug} is already used in the {edition} edition.")
                                          .format(slug=repr(slug), edition=edition_name(edition)))
                article.slug = slug
            elif name == "source_url":
                article.source_url = validate_source_url(value or "")
            elif name == "category_path":
                article.category = category_for_path(session, edition, value) if value else None
            elif name == "category_id":
                article.category_id = value
            elif name == "tags":
                set_tags(session, article, list(value or []))
            elif name == "featured_media_id":
                if value is not None and session.get(MediaItem, value) is None:
                    raise ValidationError(translate("services.articles",
                                                    "There is no media item with id {id}.")
                                          .format(id=value))
                article.featured_media_id = value
            elif name == "attachment_ids":
                article.attachments = [ArticleAttachment(media_id=m, position=i) for i, m in enumerate(value)]
            elif name in ("title", "excerpt", "byline", "author", "source_name", "featured_image_ref", "body_md"):
                setattr(article, name, (value or "") if name != "title" else value)
            elif name in ("status",):
                article.status = ArticleStatus(value).value
            elif name in ("scheduled_at", "published_at"):
                setattr(article, name, as_utc(value) if value else None)
            elif name == "extra":
                article.extra = dict(value or {})
            else:
                raise ValidationError(translate("services.articles", "Unknown article field {name}.")
                                      .format(name=repr(name)))

    # --- workflow --------------------------------------------------------------------------

    def set_status(self, article_id: int, status: ArticleStatus | str, *,
                   scheduled_at: datetime | None = None) -> int:
        """Move an article through the workflow; a revision marks every change of status."""
        status = ArticleStatus(status)
        with self.library.session() as session:
            article = load_article(session, article_id)
            if scheduled_at is not None:
                article.scheduled_at = as_utc(scheduled_at)
            workflow.check_status(session, article, status)  # the unit of work rolls back on refusal
            if status is ArticleStatus.PUBLISHED and article.published_at is None:
                article.published_at = utc_now()
            if article.status != status.value:
                article.status = status.value
                session.flush()
                make_revision(session, article, "status",
                              note=translate("services.articles", "status: {status}")
                              .format(status=status.value))
            return article.version

    # --- revisions --------------------------------------------------------------------------

    def snapshot(self, article_id: int, reason: str = "manual", note: str = "") -> int:
        with self.library.session() as session:
            article = load_article(session, article_id)
            revision = make_revision(session, article, reason, note)
            session.flush()
            return revision.id

    def revisions(self, article_id: int) -> list[RevisionInfo]:
        """Newest first."""
        with self.library.session() as session:
            rows = session.scalars(select(Revision).where(Revision.article_id == article_id)
                                   .order_by(Revision.created_at.desc(), Revision.id.desc()))
            return [RevisionInfo(r.id, r.article_id, r.created_at, r.reason, r.note, r.title, r.body_md,
                                 r.excerpt, r.status) for r in rows]

    def restore_revision(self, revision_id: int) -> int:
        """Put a revision's text back; the text it replaces becomes a revision itself."""
        with self.library.session() as session:
            revision = session.get(Revision, revision_id)
            if revision is None:
                raise ValidationError(translate("services.articles",
                                                "There is no revision with id {revision_id}.")
                                      .format(revision_id=revision_id))
            article = load_article(session, revision.article_id)
            note = translate("services.articles", "before restoring revision {revision_id}")
            make_revision(session, article, "restore", note=note.format(revision_id=revision_id))
            article.title, article.body_md, article.excerpt = revision.title, revision.body_md, revision.excerpt
            refresh_derived(session, article)
            return article.version

    # --- translations ------------------------------------------------------------------------

    def create_translation(self, article_id: int, edition: str) -> int:
        """A new article in `edition` linked to this one, with its metadata but not its text."""
        if edition not in EDITION_CODES:
            raise ValidationError(translate("services.articles", "Unknown edition {edition}.")
                                  .format(edition=repr(edition)))
        with self.library.session() as session:
            source = load_article(session, article_id)
            if source.edition_code == edition:
                raise ValidationError(translate("services.articles",
                                                "A translation must be in another edition."))
            group = ensure_translation_group(session, source)
            existing = session.scalars(select(Article.id).where(Article.translation_group_id == group.id,
                                                                Article.edition_code == edition)).first()
            if existing is not None:
                raise ValidationError(translate("services.articles",
                                                "This article already has a translation in the {edition} "
                                                "edition (article {id}).").format(edition=edition_name(edition), id=existing))
            category = None
            if source.category is not None:
                category = session.scalars(select(Category).where(Category.edition_code == edition,
                                                                  Category.slug == source.category.slug)).first()
            target = Article(edition_code=edition, title="", body_md="",
                             slug=unique_slug(source.slug, taken_slugs(session, edition)),
                             translation_group=group, category=category, byline=source.byline,
                             author=source.author, source_name=source.source_name, source_url=source.source_url,
                             featured_media_id=source.featured_media_id,
                             featured_image_ref=source.featured_image_ref,
                             attachments=[ArticleAttachment(media_id=a.media_id, position=a.position)
                                          for a in source.attachments])
            session.add(target)
            session.flush()
            set_tags(session, target, [t.name for t in source.tags])
            refresh_derived(session, target)
            translation_bases.follow_source(session, target, source)
            return target.id

    def translations(self, article_id: int) -> list[TranslationInfo]:
        with self.library.session() as session:
            article = session.get(Article, article_id)
            if article is None or article.translation_group_id is None:
                return []
            group = session.get(TranslationGroup, article.translation_group_id)
            rows = session.execute(select(Article.id, Article.edition_code, Article.title)
                                   .where(Article.translation_group_id == article.translation_group_id,
                                          Article.deleted_at.is_(None))
                                   .order_by(Article.edition_code)).all()
            original = group.original_article_id if group else None
            return [TranslationInfo(r[0], r[1], r[2], r[0] == original) for r in rows]

    def link_translation(self, article_id: int, original_id: int) -> None:
        """Join `article_id` to the translation group of `original_id`."""
        with self.library.session() as session:
            article = load_article(session, article_id)
            original = load_article(session, original_id)
            if article.edition_code == original.edition_code:
                raise ValidationError(translate("services.articles",
                                                "Translations must be in different editions."))
            group = ensure_translation_group(session, original)
            clash = session.scalars(select(Article.id).where(Article.translation_group_id == group.id,
                                                             Article.edition_code == article.edition_code,
                                                             Article.id != article.id)).first()
            if clash is not None:
                raise ValidationError(translate("services.articles",
                                                "The group already has a {edition} version (article {id}).")
                                      .format(edition=edition_name(article.edition_code), id=clash))
            article.translation_group = group
            session.flush()
            translation_bases.follow_source(session, article, keep_existing=True)

    # --- stale translations (services.translation_bases) --------------------------------------------

    def is_stale(self, article_id: int) -> bool:
        """Whether the article is a translation whose source's text, title or excerpt changed since it
        was made or marked as up to date."""
        with self.library.session() as session:
            return bool(translation_bases.stale_ids(session, [article_id]))

    def stale_among(self, article_ids: Iterable[int]) -> set[int]:
        """Which of `article_ids` are stale translations (for export and push reports)."""
        with self.library.session() as session:
            return translation_bases.stale_ids(session, article_ids)

    def stale_translations(self, source_id: int) -> list[int]:
        """The translations of `source_id` that are stale, by id."""
        with self.library.session() as session:
            return translation_bases.stale_translations_of(session, source_id)

    def source_changes(self, article_id: int) -> SourceChanges | None:
        """For a stale translation: its source's text then and now, and its own; else None."""
        with self.library.session() as session:
            return translation_bases.source_changes(session, article_id)

    def mark_up_to_date(self, article_id: int) -> None:
        """The translation now follows its source's current text (the translation itself is unchanged)."""
        with self.library.session() as session:
            article = get_article(session, article_id)
            if translation_bases.follow_source(session, article) is None:
                raise ValidationError(translate("services.articles",
                                                "Article {id} is not a translation of another article.")
                                      .format(id=article_id))

    # --- trash ------------------------------------------------------------------------------

    def _uses_of(self, session: Session, article_id: int) -> list[str]:
        uses = []
        for issue_article in session.scalars(select(IssueArticle).where(IssueArticle.article_id == article_id)):
            issue = issue_article.issue_id
            uses.append(translate("services.articles", "the table of contents of publication issue {issue}")
                        .format(issue=issue))
        return uses

    def trash(self, article_id: int, *, force: bool = False) -> None:
        with self.library.session() as session:
            article = load_article(session, article_id)
            uses = self._uses_of(session, article_id)
            if uses and not force:
                raise InUseError(translate("services.articles", "“{title}” is still used in {uses}.").format(
                    title=article.title or article.slug, uses="; ".join(uses)), uses)
            article.deleted_at = utc_now()
            search_index.remove_article(session, article.id)

    def restore_from_trash(self, article_id: int) -> None:
        with self.library.session() as session:
            article = load_article(session, article_id)
            article.deleted_at = None
            refresh_derived(session, article)

    def purge(self, article_id: int) -> None:
        """Delete permanently an article that is already in the trash."""
        with self.library.session() as session:
            article = load_article(session, article_id)
            if article.deleted_at is None:
                raise ValidationError(translate("services.articles",
                                                "Only articles in the trash can be deleted permanently."))
            if self._uses_of(session, article_id):
                raise InUseError(translate("services.articles", "The article is still used."),
                                 self._uses_of(session, article_id))
            search_index.remove_article(session, article.id)
            session.delete(article)

    def trashed(self) -> list[TrashedArticle]:
        """Articles in the trash, the most recently deleted first."""
        with self.library.session() as session:
            rows = session.execute(select(Article.id, Article.edition_code, Article.title, Article.deleted_at)
                                   .where(Article.deleted_at.is_not(None))
                                   .order_by(Article.deleted_at.desc())).all()
            return [TrashedArticle(r[0], r[1], r[2], r[3]) for r in rows if r[3] is not None]
