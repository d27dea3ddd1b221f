"""A pulled article's own fields from the companion plugin's meta: exact text, desk status and dates,
byline and source, identity, translation links and which revision of its source it follows.

The record's Markdown and excerpt are used only while the site's title, HTML and excerpt are still
the ones the desk sent (companion.sent_fingerprint); a post edited on the site since is converted
from its HTML as without the plugin. Functions run inside the post's unit of work,
but prepare_text, which runs before it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nejat_desk.core.domain import ArticleStatus
from nejat_desk.core.htmlmd import html_to_markdown
from nejat_desk.core.render import render_markdown
from nejat_desk.services import translation_bases
from nejat_desk.services.wordpress.companion import sent_fingerprint
from nejat_desk.services.wordpress.remote import raw_field
from nejat_desk.storage.models import Article, TranslationBase, TranslationGroup

STATUS_VALUES = {s.value for s in ArticleStatus}


def _when(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None  # read_record checked it


def follows_revision(meta: dict[str, Any]) -> int:
    """`nejat_follows_revision` as a count (0 when the site says something else)."""
    value = meta.get("nejat_follows_revision")
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def text_is_as_sent(post: dict[str, Any], record: dict[str, Any]) -> bool:
    sent = {name: raw_field(post, name) for name in ("title", "content", "excerpt")}
    return bool(record.get("sent")) and sent_fingerprint(sent) == record["sent"]


@dataclass(frozen=True)
class PostText:
    """A post's body as the library keeps it, made where the post is read, before its store."""

    body_md: str
    body_html: str
    excerpt: str | None  # the desk's own (exact); None: the caller reads the site's excerpt
    exact: bool  # the desk's own Markdown, as it was sent


def prepare_text(post: dict[str, Any], record: dict[str, Any]) -> PostText:
    """The desk's own Markdown and excerpt when the site still holds what was sent, else Markdown
    from the site's HTML. Pure work (no session): a pull does it on its reading thread, so the
    writer thread only stores (HTML to Markdown and the render were most of a post's store)."""
    if text_is_as_sent(post, record):
        body_md = str(record.get("body_md", ""))
        return PostText(body_md, render_markdown(body_md), str(record.get("excerpt", "")), True)
    body_md = html_to_markdown(raw_field(post, "content"))
    return PostText(body_md, render_markdown(body_md), None, False)


def desk_status(post: dict[str, Any], record: dict[str, Any]) -> tuple[ArticleStatus, datetime | None,
                                                                          datetime | None] | None:
    """(status, scheduled_at, published_at) the record says, while the site's status is the one sent."""
    status = record.get("status")
    if str(post.get("status")) != record.get("site_status") or status not in STATUS_VALUES:
        return None
    return ArticleStatus(status), _when(record.get("scheduled_at")), _when(record.get("published_at"))


def apply_meta(article: Article, meta: dict[str, Any], record: dict[str, Any]) -> None:
    """Byline, source name and source address (the record's address when the site's refused it)."""
    article.byline = str(meta.get("nejat_byline") or "")
    article.source_name = str(meta.get("nejat_source_name") or "")
    article.source_url = str(meta.get("nejat_source_url") or record.get("source_url") or "")
    if "featured_image_ref" in record:
        article.featured_image_ref = str(record.get("featured_image_ref") or "")


def free_uid(session: Session, uid: str) -> str | None:
    """The desk identity from the site, unless an article of this library already has it."""
    if not uid or session.scalars(select(Article.id).where(Article.uid == uid)).first() is not None:
        return None
    return uid


def link_translation(session: Session, article: Article, meta: dict[str, Any]) -> str:
    """Join the article's translation group (by the group's identity, made here when new) and follow
    its source at the revision the site says. Returns the source's uid when the source is not in the
    library yet (the pull links it once it is), else ""."""
    group_uid = str(meta.get("nejat_translation_group") or "")
    if not group_uid:
        return ""
    group = session.scalars(select(TranslationGroup).where(TranslationGroup.uid == group_uid)).first()
    if group is None:
        group = TranslationGroup(uid=group_uid)
        session.add(group)
        session.flush()
    article.translation_group_id = group.id
    source_uid = str(meta.get("nejat_translation_of") or "")
    if not source_uid:
        group.original_article_id = article.id
        session.flush()
        return ""
    source = session.scalars(select(Article).where(Article.uid == source_uid)).first()
    if source is None:
        return source_uid
    follow(session, article, source, follows_revision(meta))
    return ""


def follow(session: Session, article: Article, source: Article, follows: int) -> None:
    """`article` translates `source` and follows its text revision `follows` (a desk-wide count)."""
    group = session.get(TranslationGroup, article.translation_group_id) if article.translation_group_id else None
    if group is not None and group.original_article_id is None:
        group.original_article_id = source.id
    session.flush()
    base = session.get(TranslationBase, article.id)
    if base is None:
        base = TranslationBase(article_id=article.id, source_id=source.id, source_text_version=follows)
        session.add(base)
    # The record carries the source's text_version, so the counts agree between desks; a count past
    # this library's (the source was edited on the site, so its count is this library's) is "now".
    base.source_id = source.id
    base.source_text_version = min(follows, source.text_version) if follows else source.text_version
    if source.text_version == base.source_text_version:  # the source's text now is the text followed
        base.revision_id = translation_bases.base_revision(session, source).id
    else:  # an older text this library never had: stale, nothing to diff against
        base.revision_id = None
    session.flush()
