"""Both sides changed: the site's version is kept as a Revision ("pull-conflict") beside the
library's, shown side by side, and the editor chooses (or merges) before anything is sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from nejat_desk.core.errors import ValidationError
from nejat_desk.core.htmlmd import html_to_markdown
from nejat_desk.core.i18n import translate
from nejat_desk.core.render import render_markdown
from nejat_desk.services.articles import get_article
from nejat_desk.services.wordpress.companion import sync_fingerprint
from nejat_desk.services.wordpress.remote import find_link, parse_gmt, raw_field
from nejat_desk.services.wordpress.site_text import post_text
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import Article, OutboxJob, Revision

REASON = "pull-conflict"


@dataclass(frozen=True)
class VersionText:
    title: str
    body_md: str
    excerpt: str
    modified: datetime | None
    where: str  # "library" or the site's name


@dataclass(frozen=True)
class ConflictView:
    job_id: int | None
    article_id: int
    revision_id: int
    library: VersionText
    site: VersionText
    site_modified_gmt: str


def store_site_version(session: Any, article_id: int, site_post: dict[str, Any], site_name: str, *,
                       job_id: int | None = None) -> Revision:
    """Keep the site's copy as a revision of the article (the article itself is not touched)."""
    article = get_article(session, article_id)
    content = raw_field(site_post, "content")
    revision = Revision(
        article_id=article_id, reason=REASON,
        note=translate("services.wordpress.conflicts", "Version on {site} (post {post_id})").format(
            site=site_name, post_id=site_post.get("id")),
        title=post_text(site_post, "title"), body_md=html_to_markdown(content),
        excerpt=post_text(site_post, "excerpt").strip(), status=article.status,
        meta={"site": site_name, "remote_id": site_post.get("id"), "modified_gmt": site_post.get("modified_gmt"),
              "content_html": content, "fingerprint": sync_fingerprint(site_post), "job_id": job_id,
              "link": site_post.get("link", ""), "status": site_post.get("status", "")},
        article_version=article.version)
    session.add(revision)
    session.flush()
    return revision


def _latest_revision(session: Any, article_id: int, job_id: int | None) -> Revision:
    revisions = list(session.scalars(select(Revision).where(
        Revision.article_id == article_id, Revision.reason == REASON).order_by(Revision.id.desc())))
    for revision in revisions:
        if job_id is None or (revision.meta or {}).get("job_id") == job_id:
            return revision
    if revisions:
        return revisions[0]
    raise ValidationError(translate("services.wordpress.conflicts", "Article {id} has no site version kept from a "
                                    "conflict.").format(id=article_id))


def conflict_versions(library: Library, job_id: int) -> ConflictView:
    """The library's version and the site's, side by side (for the GUI and the CLI)."""
    with library.session() as session:
        job = session.get(OutboxJob, job_id)
        if job is None or job.object_type != "article":
            raise ValidationError(translate("services.wordpress.conflicts", "Outbox job {id} is not an article "
                                            "push.").format(id=job_id))
        article = session.get(Article, job.object_id)
        if article is None:
            raise ValidationError(translate("services.wordpress.conflicts", "The article of job {id} no longer "
                                            "exists.").format(id=job_id))
        revision = _latest_revision(session, article.id, job_id)
        meta = revision.meta or {}
        return ConflictView(
            job_id, article.id, revision.id,
            VersionText(article.title, article.body_md, article.excerpt, article.updated_at, "library"),
            VersionText(revision.title, revision.body_md, revision.excerpt, parse_gmt(meta.get("modified_gmt")),
                        str(meta.get("site", "site"))),
            str(meta.get("modified_gmt") or ""))


def resolve(library: Library, job_id: int, choice: str, *, title: str | None = None, body_md: str | None = None,
            excerpt: str | None = None) -> None:
    """choice "library": send the library's version over the site's (only if the site still holds the
    version the editor saw); "site": take the site's version into the library, nothing is sent;
    "merged": save the given text in the library, then send it like "library"."""
    if choice not in ("library", "site", "merged"):
        raise ValidationError(translate("services.wordpress.conflicts", "Choose 'library', 'site' or 'merged'."))
    view = conflict_versions(library, job_id)
    with library.session() as session:
        session.info["nejat_sync_quiet"] = True  # this save must not queue another push by itself
        job = session.get(OutboxJob, job_id)
        article = session.get(Article, view.article_id)
        assert job is not None and article is not None
        revision = session.get(Revision, view.revision_id)
        assert revision is not None
        if choice == "site":
            _apply_text(session, article, revision.title, revision.body_md, revision.excerpt)
            link = find_link(session, job.site_id, "article", article.id)
            meta = revision.meta or {}
            session.flush()
            if link is not None:
                link.synced_hash = str(meta.get("fingerprint", link.synced_hash))
                link.remote_modified_gmt = parse_gmt(meta.get("modified_gmt"))
                link.synced_version = article.version
            job.state = "done"
            job.last_error = translate("services.wordpress.conflicts", "Conflict resolved: the site's version was "
                                       "taken into the library.")
            return
        if choice == "merged":
            _apply_text(session, article, title if title is not None else article.title,
                        body_md if body_md is not None else article.body_md,
                        excerpt if excerpt is not None else article.excerpt)
        job.options = {**(job.options or {}), "overwrite_modified_gmt": view.site_modified_gmt}
        job.state = "queued"
        job.last_error = ""
        job.next_attempt_at = None


def _apply_text(session: Any, article: Article, title: str, body_md: str, excerpt: str) -> None:
    article.title = title
    article.body_md = body_md
    article.excerpt = excerpt
    article.body_html = render_markdown(body_md)
    session.flush()
    try:
        from nejat_desk.services import search_index

        search_index.index_article(session, article.id, article.title, article.body_md, article.excerpt,
                                   article.byline)
    except ImportError:
        pass
