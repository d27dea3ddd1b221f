"""Stale translations: which revision of its source each translation follows.

A translation follows its source (the translation group's original) from a "translation-base"
revision of the source: taken when the translation is made, linked, imported or pulled, and when
an editor marks it as up to date. The source's `text_version` counts changes of its title, body
and excerpt (storage.models bumps it in the same UPDATE); when it passes the version the
translation follows, the translation is stale. Editing the translation changes nothing here.

Functions take the caller's session (one unit of work); `ArticleService` is the front ends' door.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from nejat_desk.core.timeutil import utc_now
from nejat_desk.services.article_list import STALE_SQL
from nejat_desk.storage.models import Article, Revision, TranslationBase, TranslationGroup

BASE_REASON = "translation-base"

@dataclass(frozen=True)
class ArticleText:
    title: str
    excerpt: str
    body_md: str


@dataclass(frozen=True)
class SourceChanges:
    """What changed in a stale translation's source since the translation followed it."""

    translation_id: int
    translation_edition: str
    source_id: int
    source_edition: str
    followed_at: datetime
    then: ArticleText | None  # None only when the base revision was deleted
    now: ArticleText
    translation: ArticleText


def source_of(session: Session, translation: Article) -> Article | None:
    """The original of the translation's group, or None when it is an original or in no group."""
    if translation.translation_group_id is None:
        return None
    group = session.get(TranslationGroup, translation.translation_group_id)
    if group is None or group.original_article_id in (None, translation.id):
        return None
    return session.get(Article, group.original_article_id)


def base_revision(session: Session, source: Article) -> Revision:
    """A revision holding the source's text as it is now: its newest one when that has the same text
    (marking several translations up to date takes one), else a new "translation-base" one."""
    from nejat_desk.services.articles import make_revision

    session.flush()  # text_version is bumped at flush: read it after
    newest = session.scalars(select(Revision).where(Revision.article_id == source.id)
                             .order_by(Revision.created_at.desc(), Revision.id.desc()).limit(1)).first()
    if newest is not None and (newest.title, newest.body_md, newest.excerpt) == (
            source.title, source.body_md, source.excerpt):
        return newest
    revision = make_revision(session, source, BASE_REASON)
    session.flush()
    return revision


def follow_source(session: Session, translation: Article, source: Article | None = None, *,
                  keep_existing: bool = False, already_stale: bool = False) -> TranslationBase | None:
    """Record that `translation` now follows `source`'s current text (the group's original when not
    given). `keep_existing`: a translation already following that source keeps its base (re-linking
    on import is not bringing it up to date). `already_stale`: it is known to follow an older text
    this library never had (a pull from another desk says so): stale at once, with nothing to diff."""
    source = source if source is not None else source_of(session, translation)
    if source is None or source.id == translation.id:
        return None
    base = session.get(TranslationBase, translation.id)
    if base is not None and keep_existing and base.source_id == source.id:
        return base
    if already_stale:
        session.flush()  # the source's text_version as stored
        revision_id, version = None, source.text_version - 1
    else:
        revision = base_revision(session, source)
        revision_id, version = revision.id, source.text_version
    if base is None:
        base = TranslationBase(article_id=translation.id, source_id=source.id)
        session.add(base)
    base.source_id, base.revision_id, base.source_text_version = source.id, revision_id, version
    base.followed_at = utc_now()
    session.flush()
    return base


def follow_if_unfollowed(session: Session, article: Article, *, already_stale: bool = False) -> TranslationBase | None:
    """For paths that join groups by other means (a pull): a translation with no base follows its
    source as it is now (or, `already_stale`, an older text; see follow_source)."""
    if session.get(TranslationBase, article.id) is not None:
        return None
    return follow_source(session, article, already_stale=already_stale)


def stale_ids(session: Session, article_ids: Iterable[int]) -> set[int]:
    """Which of `article_ids` are stale translations (the rule's SQL is services.article_list.STALE_SQL)."""
    ids = list(dict.fromkeys(article_ids))
    found: set[int] = set()
    for start in range(0, len(ids), 500):  # under SQLite's bound-parameter limit
        chunk = ids[start:start + 500]
        rows = session.connection().exec_driver_sql(
            f"SELECT a.id FROM articles a WHERE a.id IN ({','.join('?' * len(chunk))}) AND {STALE_SQL}", tuple(chunk))
        found.update(r[0] for r in rows)
    return found


def stale_translations_of(session: Session, source_id: int) -> list[int]:
    """The stale translations that follow `source_id`, by id."""
    ids = session.scalars(select(TranslationBase.article_id).where(TranslationBase.source_id == source_id))
    return sorted(stale_ids(session, ids))


def source_changes(session: Session, translation_id: int) -> SourceChanges | None:
    """The source's text then and now beside the translation's, or None when it is not stale."""
    if not stale_ids(session, [translation_id]):
        return None
    base = session.get(TranslationBase, translation_id)
    translation = session.get(Article, translation_id)
    source = session.get(Article, base.source_id) if base is not None else None
    if base is None or translation is None or source is None:
        return None
    revision = session.get(Revision, base.revision_id) if base.revision_id is not None else None
    then = ArticleText(revision.title, revision.excerpt, revision.body_md) if revision is not None else None
    return SourceChanges(translation.id, translation.edition_code, source.id, source.edition_code,
                         base.followed_at, then, ArticleText(source.title, source.excerpt, source.body_md),
                         ArticleText(translation.title, translation.excerpt, translation.body_md))
