"""Bringing a site's posts into the library: all or a date range, page by page, with progress.

Each post becomes (or updates) an article: Markdown from the raw HTML (core.htmlmd), terms as the
edition's categories and tags, the featured image and attachments downloaded into the media store
(pull_media). With the companion plugin a post also brings the desk's own fields (pull_fields),
and a gallery's or issue's post becomes that gallery or issue again (object_records). The
fingerprint of what the site holds is kept in `remote_links`, so pulling twice changes nothing;
a post changed on both sides keeps the library's text and the site's as a "pull-conflict" revision.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from nejat_desk.core.domain import ArticleStatus
from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.core.slugs import slugify, unique_slug
from nejat_desk.services import translation_bases
from nejat_desk.services.markdown_import import begin_batch
from nejat_desk.services.wordpress import companion, object_records, pull_fields, site_text
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.conflicts import REASON, store_site_version
from nejat_desk.services.wordpress.pull_media import MediaFetcher
from nejat_desk.services.wordpress.remote import (
    decode_slug,
    find_by_remote,
    format_gmt,
    parse_gmt,
    readable_gmt,
    record_link,
)
from nejat_desk.services.wordpress.sites import load_site
from nejat_desk.services.workflow import flag_site_images_without_alt, status_problems
from nejat_desk.services.writes import WriteUnits, inline
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import (
    Article,
    ArticleAttachment,
    ArticleTag,
    Category,
    Edition,
    Gallery,
    OutboxJob,
    PublicationIssue,
    RemoteLink,
    Revision,
    Tag,
)

log = logging.getLogger(__name__)

STATUS_FROM_SITE = {"publish": ArticleStatus.PUBLISHED, "future": ArticleStatus.SCHEDULED,
                    "draft": ArticleStatus.DRAFT, "pending": ArticleStatus.IN_REVIEW,
                    "private": ArticleStatus.PUBLISHED}
ProgressCallback = Callable[[int, int], None]
# A batch's unit holds the library for its posts' stores only (a few ms each): a save typed in
# the window waits for at most one batch. One commit per batch, not per post, is what lets 10,000
# posts come in within a minute (benchmarks/bench_pull.py).
BATCH_POSTS = 50
BATCH_SECONDS = 0.5  # a slow site (media downloads) still shows its posts as they come


def _skipped_line(post_id: Any, reason: Exception) -> str:
    return translate("services.wordpress.pull", "post {post_id}: {reason}").format(post_id=post_id, reason=reason)


@dataclass
class PullReport:
    created: list[int] = field(default_factory=list)
    updated: list[int] = field(default_factory=list)
    unchanged: int = 0
    conflicts: list[int] = field(default_factory=list)  # article ids
    media_created: int = 0
    galleries: list[int] = field(default_factory=list)  # galleries created or updated (companion plugin)
    issues: list[int] = field(default_factory=list)  # publication issues created or updated (companion plugin)
    skipped: list[str] = field(default_factory=list)
    # Posts stored with the site's status although they break a workflow rule (services.workflow).
    warnings: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return (len(self.created) + len(self.updated) + self.unchanged + len(self.conflicts) + len(self.skipped)
                + len(self.galleries) + len(self.issues))


class Puller:
    """Runs on the calling thread (blocking I/O). Posts are stored in batches of up to BATCH_POSTS,
    one transaction each with a savepoint per post: a post that cannot be stored is rolled back
    alone, and a cancel loses nothing already read."""

    def __init__(self, client: WordPressClient, library: Library, site_id: int, edition: str | None = None) -> None:
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
        # (taxonomy, edition, remote id) -> the library's category or tag: looked up once per pull.
        self._local_terms: dict[tuple[str, str, int], int] = {}
        self.edition_codes = set(self.languages.values())
        self._media = MediaFetcher(client, library, site_id)
        # Links whose other end a later post of this pull may bring: (article id, source uid), (issue id, uids).
        self._later_sources: list[tuple[int, str, int]] = []
        self._later_contents: list[tuple[int, list[str]]] = []
        self._synced = self._synced_fingerprints()
        self._batch_session: Session | None = None  # the open batch's, while its unit runs
        # The remote ids of the open batch's posts the library links already: one query a batch, so
        # a new post does not look for its link (None: not read, look each one up).
        self._batch_links: set[int] | None = None

    def pull(self, *, since: datetime | None = None, until: datetime | None = None,
             progress: ProgressCallback | None = None, cancelled: Callable[[], bool] | None = None,
             write: WriteUnits = inline) -> PullReport:
        """Posts are read from the site here; each one is stored by `write` (the window's writer
        thread, or right here), one short transaction per post."""
        report = PullReport()
        self._media.write = write
        seen = with_plugin = 0
        params: dict[str, Any] = {"context": "edit", "status": "any", "orderby": "date", "order": "asc"}
        # The site compares in its own time zone: ask a day wider, then filter exactly on date_gmt.
        if since:
            params["after"] = format_gmt(since - timedelta(days=1))
        if until:
            params["before"] = format_gmt(until + timedelta(days=1))
        batch: list[tuple[Any, Callable[[], None]]] = []
        began = time.monotonic()
        for post in self.client.paginate("/wp/v2/posts", params, progress=progress, cancelled=cancelled):
            when = parse_gmt(post.get("date_gmt")) or parse_gmt(post.get("modified_gmt"))
            if (since and when and when < since) or (until and when and when > until):
                continue
            seen, with_plugin = seen + 1, with_plugin + companion.kept_meta(post)
            try:
                store = self._apply(post, report)
            except ValidationError as exc:
                report.skipped.append(_skipped_line(post.get("id"), exc))
                continue
            if store is not None:
                batch.append((post.get("id"), store))
            if len(batch) >= BATCH_POSTS or (batch and time.monotonic() - began > BATCH_SECONDS):
                write(partial(self._store_batch, batch, report))  # this batch's list, not the next one
                batch, began = [], time.monotonic()
        if batch:
            write(lambda: self._store_batch(batch, report))
        if seen and not with_plugin:  # the plugin's meta is in every post's answer when it is there
            report.warnings.append(companion.missing_plugin_line())
        if self._later_sources or self._later_contents:
            write(lambda: self._link_later(report))
        report.warnings.extend(self._media.warnings)
        report.media_created += len(self._media.new_items)
        log.info("pulled from site %s: %s created, %s updated, %s unchanged, %s conflicts", self.site_id,
                 len(report.created), len(report.updated), report.unchanged, len(report.conflicts))
        return report

    def pull_post(self, remote_id: int, *, write: WriteUnits = inline) -> PullReport:
        """One post only (an open article whose site copy changed: "Pull First")."""
        report = PullReport()
        self._media.write = write
        post = self.client.get(f"/wp/v2/posts/{remote_id}", {"context": "edit"})
        try:
            store = self._apply(dict(post), report)
        except ValidationError as exc:
            report.skipped.append(_skipped_line(remote_id, exc))
            return report
        if store is not None:
            write(lambda: self._store_batch([(remote_id, store)], report))
        if self._later_sources or self._later_contents:
            write(lambda: self._link_later(report))
        report.warnings.extend(self._media.warnings)
        return report

    def _store_batch(self, stores: list[tuple[Any, Callable[[], None]]], report: PullReport) -> None:
        """One unit of work: one transaction for the batch (one commit, not one per post), each post
        in a savepoint of its own (see _unit)."""
        with self.library.session() as session:
            session.info["nejat_sync_quiet"] = True
            begin_batch(session)
            self._batch_session = session
            self._batch_links = self._linked_among(session, [post_id for post_id, _store in stores])
            try:
                for post_id, store in stores:
                    try:
                        store()
                    except ValidationError as exc:
                        report.skipped.append(_skipped_line(post_id, exc))
                        self._local_terms.clear()  # its savepoint may have taken terms it made with it
            except BaseException:
                self._local_terms.clear()  # the batch's terms went with its transaction
                raise
            finally:
                self._batch_session, self._batch_links = None, None

    def _linked_among(self, session: Session, post_ids: list[Any]) -> set[int] | None:
        """Which of these posts the library links to an article already (None: ids not all numbers)."""
        try:
            wanted = sorted({int(post_id) for post_id in post_ids})
        except (TypeError, ValueError):
            return None
        return set(session.scalars(select(RemoteLink.remote_id).where(
            RemoteLink.site_id == self.site_id, RemoteLink.object_type == "article",
            RemoteLink.remote_id.in_(wanted))))

    @contextmanager
    def _unit(self) -> Iterator[Session]:
        """One post's store: a savepoint of the batch's transaction, rolled back alone if it fails."""
        session = self._batch_session
        if session is None:
            raise RuntimeError("a post is stored only inside _store_batch")
        with session.begin_nested():
            yield session

    def _link_later(self, report: PullReport) -> None:
        """Translations whose source, and issues whose articles, came later in this pull."""
        with self.library.session() as session:
            session.info["nejat_sync_quiet"] = True
            for article_id, source_uid, follows in self._later_sources:
                article = session.get(Article, article_id)
                source = session.scalars(select(Article).where(Article.uid == source_uid)).first()
                if article is not None and source is not None:
                    pull_fields.follow(session, article, source, follows)
            for issue_id, uids in self._later_contents:
                missing = object_records.set_contents(session, issue_id, uids)
                if missing:
                    report.warnings.append(object_records.missing_contents_line(issue_id, len(missing)))

    # --- one post ---------------------------------------------------------------------------------

    def _edition_of(self, post: dict[str, Any]) -> str:
        edition = companion.post_meta(post).get("nejat_edition")
        if isinstance(edition, str) and edition in self.edition_codes:
            return edition
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
        record = companion.read_record(post)
        media = [int(post.get("featured_media") or 0), int(record.get("cover") or 0), int(record.get("pdf") or 0)]
        media += [int(m) for m in [*(record.get("attachments") or []), *(record.get("items") or [])]]
        wanted = [m for m in media if m]
        if wanted:  # most posts have no pictures: no temporary folder made and removed for them
            self._media.prefetch(wanted)

    def _synced_fingerprints(self) -> dict[tuple[str, int], str]:
        """{(kind, remote id): fingerprint of the last sync} of this site's posts whose article,
        gallery or issue the library still holds: read once, so an unchanged post costs nothing."""
        found: dict[tuple[str, int], str] = {}
        with self.library.session() as session:
            for kind, model in (("article", Article), ("gallery", Gallery), ("issue", PublicationIssue)):
                rows = session.execute(select(RemoteLink.remote_id, RemoteLink.synced_hash).join(
                    model, model.id == RemoteLink.local_id).where(
                    RemoteLink.site_id == self.site_id, RemoteLink.object_type == kind))
                found.update(((kind, int(remote_id)), str(synced)) for remote_id, synced in rows if synced)
        return found

    def _apply(self, post: dict[str, Any], report: PullReport) -> Callable[[], None] | None:
        """Read what the post needs from the site; return how to store it (None: it is unchanged)."""
        remote_id = int(post["id"])
        fp = companion.sync_fingerprint(post)
        record = companion.read_record(post)
        kind = str(record.get("kind")) if record.get("kind") in ("gallery", "issue") else "article"
        if self._synced.get((kind, remote_id)) == fp:
            # Unchanged since the last sync: no term, media or library work (the listing's page was all).
            report.unchanged += 1
            return None
        self._prefetch(post)
        self._media.prefetch_body(post)  # the pictures inside the body
        edition = self._edition_of(post)
        # Everything this post needs from the site is here: the rest is the library's work.
        if record.get("kind") in ("gallery", "issue"):
            return lambda: self._store_object(post, record, report, remote_id, fp, edition)
        text = pull_fields.prepare_text(post, record)  # here, not on the writer: it only stores
        text = self._media.with_library_pictures(post, text)
        return lambda: self._store(post, report, remote_id, fp, edition, text)

    def _store(self, post: dict[str, Any], report: PullReport, remote_id: int, fp: str, edition: str,
               text: pull_fields.PostText) -> None:
        with self._unit() as session:
            known = self._batch_links is None or remote_id in self._batch_links
            link = find_by_remote(session, self.site_id, "article", remote_id) if known else None
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
                    self._fill(session, article, post, edition, report, text)
                    session.flush()
                    translation_bases.follow_if_unfollowed(session, article)
                    self._link(session, article, post, fp)
                    report.updated.append(article.id)
                    return
                self._conflict(session, article, post, fp, report)
                return
            slug = str(companion.read_record(post).get("slug") or "") or decode_slug(
                str(post.get("slug") or post.get("generated_slug") or "")) or slugify(site_text.post_text(post, "title"))
            uid = str(companion.post_meta(post).get("nejat_uid") or "")
            article = session.scalars(select(Article).where(Article.uid == uid)).first() if uid else None
            article = article or session.scalars(select(Article).where(Article.edition_code == edition,
                                                                        Article.slug == slug)).first()
            if article is not None and find_by_remote(session, self.site_id, "article", remote_id) is None \
                    and session.scalars(select(Article.id).where(Article.id == article.id)).first():
                # Same slug in the library: this is that article as the site knows it.
                from nejat_desk.services.wordpress.remote import fingerprint

                mine = fingerprint(site_text.to_site(article.title), article.body_html,
                                   site_text.to_site(article.excerpt))
                self._link(session, article, post, fp)
                if mine == fp:
                    report.unchanged += 1
                else:
                    link = find_by_remote(session, self.site_id, "article", remote_id)
                    assert link is not None
                    link.synced_version = -1  # neither side is "the last sync": the editor decides
                    self._conflict(session, article, post, fp, report)
                return
            # Only the slugs unique_slug may meet (the slug and "slug-N"), by the unique index's range:
            # reading every slug of the edition per new post made a big pull quadratic.
            taken = set(session.scalars(select(Article.slug).where(
                Article.edition_code == edition, Article.slug >= slug, Article.slug < slug + "\U0010ffff")))
            article = Article(edition_code=edition, title=site_text.post_text(post, "title") or "(untitled)",
                              slug=unique_slug(slug, taken), import_source="site")
            if (free := pull_fields.free_uid(session, uid)) is not None:
                article.uid = free  # the same identity on every desk: translation links and issues find it
            session.add(article)
            # Filled before its first flush: one INSERT with every field, and its empty tag and
            # attachment lists are not read back from the library (a pending object's are known).
            self._fill(session, article, post, edition, report, text)
            session.flush()
            # A translation new to the library follows its source as it is now (docs/decisions.md).
            translation_bases.follow_if_unfollowed(session, article)
            self._link(session, article, post, fp)
            report.created.append(article.id)

    def _store_object(self, post: dict[str, Any], record: dict[str, Any], report: PullReport, remote_id: int,
                      fp: str, edition: str) -> None:
        """A gallery's or issue's post (the companion plugin's record): that gallery or issue again. One
        changed on both sides since the last sync keeps the library's and says so."""
        kind = str(record["kind"])
        with self._unit() as session:
            link = find_by_remote(session, self.site_id, kind, remote_id)
            current: Gallery | PublicationIssue | None = None
            if link is not None:
                current = (session.get(Gallery, link.local_id) if kind == "gallery"
                           else session.get(PublicationIssue, link.local_id))
            if link is not None and current is not None:
                if fp == link.synced_hash:
                    report.unchanged += 1
                    return
                version = current.version if isinstance(current, Gallery) else int(current.updated_at.timestamp())
                if version != link.synced_version:
                    report.skipped.append(translate(
                        "services.wordpress.pull", "post {post_id}: the {kind} was changed on the site and in the "
                        "library since the last sync; the library's is kept (publish it to replace the site's, or "
                        "undo the library's changes and pull again).").format(post_id=remote_id, kind=kind))
                    return
            media = lambda s, rid: self._media.local_id(s, rid, edition)  # noqa: E731
            site_status = str(post.get("status"))
            try:
                obj: Gallery | PublicationIssue
                if kind == "gallery":
                    gallery = current if isinstance(current, Gallery) else None
                    obj = object_records.apply_gallery(session, record, site_status, site_text.post_text(post, "title"),
                                                       edition, media, gallery)
                    report.galleries.append(obj.id)
                    version = obj.version
                else:
                    issue = current if isinstance(current, PublicationIssue) else None
                    obj, missing = object_records.apply_issue(session, record, site_status, media, issue)
                    if missing:
                        self._later_contents.append((obj.id, [str(u) for u in record.get("contents") or []]))
                    report.issues.append(obj.id)
                    session.flush()
                    version = int(obj.updated_at.timestamp()) if obj.updated_at else 0
            except ValueError as exc:
                raise ValidationError(translate("services.wordpress.pull", "its desk record could not be read "
                                                "({reason}).").format(reason=exc)) from None
            record_link(session, self.site_id, kind, obj.id, remote_id, link=str(post.get("link", "")),
                        slug=decode_slug(str(post.get("slug") or "")),
                        modified_gmt=parse_gmt(post.get("modified_gmt")), synced_hash=fp, synced_version=version)

    def _link(self, session: Any, article: Article, post: dict[str, Any], fp: str) -> None:
        session.flush()
        if self._batch_links is not None:
            self._batch_links.add(int(post["id"]))
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
              report: PullReport, text: pull_fields.PostText) -> None:
        new = inspect(article).pending  # stored for the first time by this fill
        article.title = site_text.post_text(post, "title") or article.title
        record, meta = companion.read_record(post), companion.post_meta(post)
        exact = text.exact
        article.body_md, article.body_html = text.body_md, text.body_html
        if text.excerpt is not None:
            article.excerpt = text.excerpt
        else:
            article.excerpt = site_text.post_text(post, "excerpt").strip()
        desk = pull_fields.desk_status(post, record)
        if desk is not None:
            status, article.scheduled_at, article.published_at = desk
        else:
            status = STATUS_FROM_SITE.get(str(post.get("status")), ArticleStatus.DRAFT)
            when = parse_gmt(post.get("date_gmt"))
            if status is ArticleStatus.SCHEDULED:
                article.scheduled_at = when
            elif status is ArticleStatus.PUBLISHED:
                article.published_at = when
        article.status = status.value
        if meta.get("nejat_uid"):  # a desk wrote them (the plugin's empty defaults are not a desk's word)
            pull_fields.apply_meta(article, meta, record)
        article.import_source = "site"
        categories = post.get("categories") or []
        if categories:
            article.category_id = self._category(session, edition, int(categories[0]))
            if inspect(article).persistent:  # the id is what was set: the relationship reads it again
                session.expire(article, ["category"])
        tags = [self._tag(session, edition, int(t)) for t in post.get("tags") or []]
        article.tag_links = [ArticleTag(tag_id=tag_id, position=i) for i, tag_id in enumerate(dict.fromkeys(tags))]
        featured = int(post.get("featured_media") or 0)
        local = self._media.local_id(session, featured, edition) if featured else None
        if local is not None or not featured:
            article.featured_media_id = local
        self._media.link_body(session, post, edition)
        if record:
            attached = [m for rid in record.get("attachments") or []
                        if (m := self._media.local_id(session, int(rid), edition)) is not None]
            article.attachments = [ArticleAttachment(media_id=m, position=i)
                                   for i, m in enumerate(dict.fromkeys(attached))]
        elif new:
            article.attachments = []  # known, so the checks below do not read it back
        session.flush()
        if exact and isinstance(record.get("text_version"), int):
            article.text_version = record["text_version"]  # the desk-wide count translations follow
        if (later := pull_fields.link_translation(session, article, meta)):
            self._later_sources.append((article.id, later, pull_fields.follows_revision(meta)))
        session.expire(article, ["tags"])
        if not new or article.featured_media_id is not None or article.attachments:
            flag_site_images_without_alt(session, article)  # a new post without pictures has none to flag
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

    def _category(self, session: Any, edition: str, remote_id: int) -> int:
        """The library's category id: looked up once per pull (the cache is emptied when a store that
        may have made one is rolled back), not loaded again per post."""
        key = ("category", edition, remote_id)
        if key not in self._local_terms:
            self._local_terms[key] = self._find_category(session, edition, remote_id).id
        return self._local_terms[key]

    def _find_category(self, session: Any, edition: str, remote_id: int) -> Category:
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
            category = Category(edition_code=edition, name=str(term.get("name", slug)), slug=slug, parent_id=parent)
            session.add(category)
            session.flush()
        if link is None:
            record_link(session, self.site_id, "category", category.id, remote_id, slug=slug)
        return category

    def _tag(self, session: Any, edition: str, remote_id: int) -> int:
        """The library's tag id, looked up once per pull like _category's."""
        key = ("tag", edition, remote_id)
        if key not in self._local_terms:
            self._local_terms[key] = self._find_tag(session, edition, remote_id).id
        return self._local_terms[key]

    def _find_tag(self, session: Any, edition: str, remote_id: int) -> Tag:
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
