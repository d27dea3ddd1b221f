"""An article the site already holds was edited or rescheduled: queue its update at once, so the
site never publishes a stale version, or at a stale time, unnoticed.

`install(library)` hooks the library's sessions (SQLAlchemy `before_flush`); `queue_stale_updates`
is the catch-all scan (an article changed by another process, or before the hook was installed):
any pushed article whose version is past the version last synced gets a job.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from nejat_desk.services.wordpress.outbox import OPEN_STATES, queue_push
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import Article, OutboxJob, RemoteLink

log = logging.getLogger(__name__)

# Changes the site must hear about (local-only bookkeeping such as import_hash is not one).
WATCHED = ("title", "slug", "body_md", "body_html", "excerpt", "status", "scheduled_at", "published_at",
           "category_id", "featured_media_id", "deleted_at")
_INSTALLED_KEY = "_nejat_wordpress_watch"


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get("nejat_sync_quiet"):
        return
    changed: list[Article] = []
    for obj in session.dirty:
        if not isinstance(obj, Article) or obj.id is None:
            continue
        state = inspect(obj)
        if any(state.attrs[name].history.has_changes() for name in WATCHED):
            changed.append(obj)
    if not changed:
        return
    with session.no_autoflush:
        for article in changed:
            links = session.scalars(select(RemoteLink).where(
                RemoteLink.object_type == "article", RemoteLink.local_id == article.id)).all()
            for link in links:
                queue_push(session, link.site_id, "article", article.id, status=None, auto=True, flush=False)
                log.info("article %s changed: update queued for site %s", article.id, link.site_id)


def install(library: Library) -> None:
    """Idempotent: hook this library's sessions."""
    maker = library.sessionmaker()
    if getattr(maker, _INSTALLED_KEY, False):
        return
    event.listen(maker, "before_flush", _before_flush)
    setattr(maker, _INSTALLED_KEY, True)


def queue_stale_updates(library: Library) -> int:
    """Queue an update for every pushed article changed since its last sync; returns how many."""
    count = 0
    with library.session() as session:
        rows = session.execute(select(RemoteLink.site_id, Article.id).join(
            Article, (RemoteLink.local_id == Article.id) & (RemoteLink.object_type == "article")).where(
            Article.version > RemoteLink.synced_version, Article.deleted_at.is_(None))).all()
        for site_id, article_id in rows:
            open_job = session.scalars(select(OutboxJob.id).where(
                OutboxJob.site_id == site_id, OutboxJob.object_type == "article", OutboxJob.object_id == article_id,
                OutboxJob.state.in_(OPEN_STATES))).first()
            if open_job is None:
                queue_push(session, site_id, "article", article_id, status=None, auto=True)
                count += 1
    return count
