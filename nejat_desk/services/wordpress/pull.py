"""Bringing a site's posts into the library: all or a date range, page by page, with progress.

Each post becomes (or updates) an article: Markdown from the raw HTML (core.htmlmd), terms as the
edition's categories and tags, the featured image as a media record holding its URL. The
fingerprint of what the site holds is kept in `remote_links`, so pulling twice changes nothing;
a post changed on both sides keeps the library's text and the site's as a "pull-conflict" revision.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import select

from nejat_desk.core.domain import ArticleStatus, MediaKind
from nejat_desk.core.errors import ValidationError
from nejat_desk.core.htmlmd import html_to_markdown
from nejat_desk.core.i18n import translate
from nejat_desk.core.render import render_markdown
from nejat_desk.core.slugs import slugify, unique_slug
from nejat_desk.services import translation_bases
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.conflicts import REASON, store_site_version
from nejat_desk.services.wordpress.remote import (
    decode_slug,
    find_by_remote,
    format_gmt,
    parse_gmt,
    post_fingerprint,
    raw_field,
    readable_gmt,
    record_link,
)
from nejat_desk.services.wordpress.sites import load_site
from nejat_desk.services.workflow import flag_site_images_without_alt, status_problems
from nejat_desk.services.writes import WriteUnits, inline
from nejat_desk.storage.models import (
    Article,
    ArticleTag,
    Category,
    Edition,
    MediaItem,
    MediaText,
    OutboxJob,
    Revision,
    Tag,
)

log = logging.getLogger(__name__)

STATUS_FROM_SITE = {"publish": ArticleStatus.PUBLISHED, "future": ArticleStatus.SCHEDULED,
                    "draft": ArticleStatus.DRAFT, "pending": ArticleStatus.IN_REVIEW,
                    "private": ArticleStatus.PUBLISHED}
ProgressCallback = Callable[[int, int], None]


@dataclass
class PullReport:
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[int] = field(default_factory=list)  # article ids
    media_created: int = 0
    skipped: list[str] = field(default_factory=list)
    # Posts stored with the site's status although they break a workflow rule (services.workflow).
    warnings: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.created) + len(self.updated) + self.unchanged + len(self.conflicts) + len(self.skipped)


class Puller:
    """Runs on the calling thread (blocking I/O); one session per post, so a cancel loses nothing."""

    def __init__(self, client: WordPressClient, library: Any, site_id: int, edition: str | None = None) -> None:
        self.client = client
        self.library = library
        self.site_id = site_id
        with library.session() as session:
            profile = load_site(session, site_id)
            self.site_name = profile.name
            editions = list(profile.editions or [])
            self.languages = {e.language.split("-")[0]: e.code for e in session.scalars(select(Edition))}
        if edition is None:
            if len(editions) != 1:
                if not editions:
                    raise ValidationError(translate(
                        "services.wordpress.pull", "The site {site} serves no editions; say which edition the "
                        "pulled posts belong to.").format(site=repr(self.site_name)))
                raise ValidationError(translate(
                    "services.wordpress.pull", "The site {site} serves {editions} editions; say which edition "
                    "the pulled posts belong to.").format(site=repr(self.site_name), editions=", ".join(editions)))
            edition = editions[0]
        self.edition = edition
        self._terms: dict[tuple[str, int], dict[str, Any]] = {}
        self._media_info: dict[int, dict[str, Any]] = {}

    def pull(self, *, since: datetime | None = None, until: datetime | None = None,
             progress: ProgressCallback | None = None, cancelled: Callable[[], bool] | None = None,
             write: WriteUnits = inline) -> PullReport:
        """Posts are read from the site here; each one is stored by `write` (the window's writer
        thread, or right here), one short transaction per post."""
        report = PullReport()
        self._write = write
        params: dict[str, Any] = {"context": "edit", "status": "any", "orderby": "date", "order": "asc"}
        # The site compares in its own time zone: ask a day wider, then filter exactly on date_gmt.
        if since:
            params["after"] = format_gmt(since - timedelta(days=1))
        if until:
            params["before"] = format_gmt(until + timedelta(days=1))
        for post in self.client.paginate("/wp/v2/posts", params, progress=progress, cancelled=cancelled):
            when = parse_gmt(post.get("date_gmt")) or parse_gmt(post.get("modified_gmt"))
            if (since and when and when < since) or (until and when and when > until):
                continue
            try:
                self._apply(post, report)
            except ValidationError as exc:
                report.skipped.append(translate("services.wordpress.pull", "post {post_id}: {reason}").format(
                    post_id=post.get("id"), reason=exc))
        log.info("pulled from site %s: %s created, %s updated, %s unchanged, %s conflicts", self.site_id,
                 len(report.created), len(report.updated), report.unchanged, len(report.conflicts))
        return report

    # --- one post ---------------------------------------------------------------------------------

    def _edition_of(self, post: dict[str, Any]) -> str:
        lang = post.get("lang")
        if isinstance(lang, str) and lang.split("-")[0] in self.languages:
            return self.languages[lang.split("-")[0]]
        return self.edition

    def _prefetch(self, post: dict[str, Any]) -> None:
        """Everything this post needs from the site, fetched before the library is written to, so no
        write lock is held while waiting for the network."""
        for category in post.get("categories") or []:
            term = self._term("category", int(category))
            while term.get("parent"):
                term = self._term("category", int(term["parent"]))
        for tag in post.get("tags") or []:
            self._term("tag", int(tag))
        featured = int(post.get("featured_media") or 0)
        if featured and featured not in self._media_info:
            with self.library.session() as session:
                link = find_by_remote(session, self.site_id, "media", featured)
                known = link is not None and session.get(MediaItem, link.local_id) is not None
            if not known:
                from nejat_desk.services.wordpress.errors import SiteError

                try:
                    self._media_info[featured] = dict(self.client.get(f"/wp/v2/media/{featured}", {"context": "edit"}))
                except SiteError as exc:
                    log.warning("featured media %s not readable: %s", featured, exc.problem)
                    self._media_info[featured] = {}

    def _apply(self, post: dict[str, Any], report: PullReport) -> None:
        self._prefetch(post)
        remote_id = int(post["id"])
        fp = post_fingerprint(post)
        edition = self._edition_of(post)
        # Everything this post needs from the site is here: the rest is one unit of work.
        self._write(lambda: self._store(post, report, remote_id, fp, edition))

    def _store(self, post: dict[str, Any], report: PullReport, remote_id: int, fp: str, edition: str) -> None:
        with self.library.session() as session:
            session.info["nejat_sync_quiet"] = True
            link = find_by_remote(session, self.site_id, "article", remote_id)
            article = session.get(Article, link.local_id) if link else None
            if link is not None and article is None:
                session.delete(link)
                session.flush()
                link = None
            if link is not None and article is not None:
                if fp == link.synced_hash:
                    report.unchanged += 1
                    return
                if article.version == link.synced_version:
                    self._fill(session, article, post, edition, report)
                    session.flush()
                    translation_bases.follow_if_unfollowed(session, article)
                    self._link(session, article, post, fp)
                    report.updated.append(article.id)
                    return
                self._conflict(session, article, post, fp, report)
                return
            slug = decode_slug(str(post.get("slug") or post.get("generated_slug") or "")) or slugify(
                raw_field(post, "title"))
            article = session.scalars(select(Article).where(Article.edition_code == edition,
                                                            Article.slug == slug)).first()
            if article is not None and find_by_remote(session, self.site_id, "article", remote_id) is None \
                    and session.scalars(select(Article.id).where(Article.id == article.id)).first():
                # Same slug in the library: this is that article as the site knows it.
                from nejat_desk.services.wordpress.remote import fingerprint

                mine = fingerprint(article.title, article.body_html, article.excerpt)
                self._link(session, article, post, fp)
                if mine == fp:
                    report.unchanged += 1
                else:
                    link = find_by_remote(session, self.site_id, "article", remote_id)
                    assert link is not None
                    link.synced_version = -1  # neither side is "the last sync": the editor decides
                    self._conflict(session, article, post, fp, report)
                return
            taken = set(session.scalars(select(Article.slug).where(Article.edition_code == edition)))
            article = Article(edition_code=edition, title=raw_field(post, "title") or "(untitled)",
                              slug=unique_slug(slug, taken), import_source="site")
            session.add(article)
            session.flush()
            self._fill(session, article, post, edition, report)
            session.flush()
            # A translation new to the library follows its source as it is now (docs/decisions.md).
            translation_bases.follow_if_unfollowed(session, article)
            self._link(session, article, post, fp)
            report.created.append(article.id)

    def _link(self, session: Any, article: Article, post: dict[str, Any], fp: str) -> None:
        session.flush()
        record_link(session, self.site_id, "article", article.id, int(post["id"]), link=str(post.get("link", "")),
                    slug=decode_slug(str(post.get("slug") or "")), modified_gmt=parse_gmt(post.get("modified_gmt")),
                    synced_hash=fp, synced_version=article.version)

    def _conflict(self, session: Any, article: Article, post: dict[str, Any], fp: str, report: PullReport) -> None:
        already = any((r.meta or {}).get("fingerprint") == fp for r in session.scalars(select(Revision).where(
            Revision.article_id == article.id, Revision.reason == REASON)))
        if already:
            report.unchanged += 1  # this site version is already waiting for the editor
            return
        job = session.scalars(select(OutboxJob).where(
            OutboxJob.site_id == self.site_id, OutboxJob.object_type == "article",
            OutboxJob.object_id == article.id, OutboxJob.state.in_(("queued", "failed", "conflict")))).first()
        if job is None:
            job = OutboxJob(site_id=self.site_id, object_type="article", object_id=article.id, action="push",
                            options={"status": None, "auto": True})
            session.add(job)
        job.state = "conflict"
        job.options = {**(job.options or {}), "site_modified_gmt": post.get("modified_gmt")}
        job.last_error = translate(
            "services.wordpress.pull", "The post was edited on the site ({when}) and in the library; compare the "
            "two versions and choose which to keep.").format(when=readable_gmt(post.get("modified_gmt")))
        session.flush()
        store_site_version(session, article.id, post, self.site_name, job_id=job.id)
        report.conflicts.append(article.id)

    def _fill(self, session: Any, article: Article, post: dict[str, Any], edition: str,
              report: PullReport) -> None:
        article.title = raw_field(post, "title") or article.title
        article.body_md = html_to_markdown(raw_field(post, "content"))
        article.body_html = render_markdown(article.body_md)
        article.excerpt = html_to_markdown(raw_field(post, "excerpt")).strip()
        status = STATUS_FROM_SITE.get(str(post.get("status")), ArticleStatus.DRAFT)
        article.status = status.value
        when = parse_gmt(post.get("date_gmt"))
        if status is ArticleStatus.SCHEDULED:
            article.scheduled_at = when
        elif status is ArticleStatus.PUBLISHED:
            article.published_at = when
        article.import_source = "site"
        categories = post.get("categories") or []
        if categories:
            article.category = self._category(session, edition, int(categories[0]))
        tags = [self._tag(session, edition, int(t)) for t in post.get("tags") or []]
        article.tag_links = [ArticleTag(tag_id=tag.id, position=i) for i, tag in enumerate(dict.fromkeys(tags))]
        featured = int(post.get("featured_media") or 0)
        if featured:
            article.featured_media_id = self._media(session, edition, featured, report)
        session.flush()
        session.expire(article, ["tags"])
        flag_site_images_without_alt(session, article)
        problems = status_problems(session, article, status)
        if problems:  # the post is out there already: keep the site's status, say what to fix
            report.warnings.append(translate("services.wordpress.pull", "post {post_id}: {status} on the site, "
                                             "but: {problems}").format(post_id=post.get("id"), status=status.value,
                                                                       problems=" ".join(problems)))
        try:
            from nejat_desk.services import search_index

            search_index.index_article(session, article.id, article.title, article.body_md, article.excerpt,
                                       article.byline)
        except ImportError:
            pass

    # --- terms and media --------------------------------------------------------------------------

    def _term(self, taxonomy: str, remote_id: int) -> dict[str, Any]:
        key = (taxonomy, remote_id)
        if key not in self._terms:
            route = "/wp/v2/categories" if taxonomy == "category" else "/wp/v2/tags"
            self._terms[key] = dict(self.client.get(f"{route}/{remote_id}", {"context": "edit"}))
        return self._terms[key]

    def _category(self, session: Any, edition: str, remote_id: int) -> Category:
        link = find_by_remote(session, self.site_id, "category", remote_id)
        if link is not None:
            found = session.get(Category, link.local_id)
            if found is not None and found.edition_code == edition:
                return found
        term = self._term("category", remote_id)
        parent = self._category(session, edition, int(term["parent"])) if term.get("parent") else None
        slug = decode_slug(str(term.get("slug", ""))) or slugify(str(term.get("name", "")))
        category = session.scalars(select(Category).where(Category.edition_code == edition,
                                                          Category.slug == slug)).first()
        if category is None:
            category = Category(edition_code=edition, name=str(term.get("name", slug)), slug=slug, parent=parent)
            session.add(category)
            session.flush()
        if link is None:
            record_link(session, self.site_id, "category", category.id, remote_id, slug=slug)
        return category

    def _tag(self, session: Any, edition: str, remote_id: int) -> Tag:
        link = find_by_remote(session, self.site_id, "tag", remote_id)
        if link is not None:
            found = session.get(Tag, link.local_id)
            if found is not None and found.edition_code == edition:
                return found
        term = self._term("tag", remote_id)
        slug = decode_slug(str(term.get("slug", ""))) or slugify(str(term.get("name", "")))
        tag = session.scalars(select(Tag).where(Tag.edition_code == edition, Tag.slug == slug)).first()
        if tag is None:
            tag = Tag(edition_code=edition, name=str(term.get("name", slug)), slug=slug)
            session.add(tag)
            session.flush()
        if link is None:
            record_link(session, self.site_id, "tag", tag.id, remote_id, slug=slug)
        return tag

    def _media(self, session: Any, edition: str, remote_id: int, report: PullReport) -> int | None:
        link = find_by_remote(session, self.site_id, "media", remote_id)
        if link is not None and session.get(MediaItem, link.local_id) is not None:
            return link.local_id
        media = self._media_info.get(remote_id)
        if not media:
            return None
        url = str(media.get("source_url", ""))
        existing = session.scalars(select(MediaItem).where(MediaItem.source_url == url)).first() if url else None
        details = media.get("media_details") or {}
        alt = str(media.get("alt_text") or "")
        caption = html_to_markdown(raw_field(media, "caption")).strip()
        if existing is None:
            mime = str(media.get("mime_type", ""))
            kind = MediaKind.IMAGE if mime.startswith("image/") else (
                MediaKind.PDF if mime == "application/pdf" else MediaKind.VIDEO)
            existing = MediaItem(kind=kind.value, sha256=None, source_url=url, mime_type=mime,
                                 original_filename=PurePosixPath(urlsplit(url).path).name,
                                 width=details.get("width"), height=details.get("height"),
                                 title=raw_field(media, "title"), alt_missing_from_site=not alt,
                                 raw_metadata={"site": self.site_name, "remote_id": remote_id})
            session.add(existing)
            session.flush()
            session.add(MediaText(media_id=existing.id, edition_code=edition, caption=caption, alt_text=alt))
            report.media_created += 1
        if find_by_remote(session, self.site_id, "media", remote_id) is None:
            record_link(session, self.site_id, "media", existing.id, remote_id, link=url)
        session.flush()
        return existing.id
