"""Galleries and publication issues as desk records on the site (the companion plugin's
`nejat_record`), so a pull on another desk brings them back as galleries and issues, not articles.

A push writes the whole object: a gallery's kind, slug, every edition's title and description,
its pictures in order (as the site's media ids) and cover, its status and dates; an issue's
series, number, title, date, cover, PDF, contents (as the articles' `uid`s) and status. A pull
applies it in the post's unit of work; media ids come back through the pull's media resolver.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nejat_desk.core.domain import GalleryKind, SeriesKind
from nejat_desk.core.i18n import translate
from nejat_desk.services.wordpress.companion import RECORD_VERSION, sent_fingerprint
from nejat_desk.storage.models import (
    Article,
    Edition,
    Gallery,
    GalleryItem,
    GalleryText,
    IssueArticle,
    PublicationIssue,
    PublicationSeries,
)

# (session, the site's media id) -> the library's media id, or None when it could not be brought in.
MediaResolver = Callable[[Session, int], int | None]


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _when(value: Any) -> datetime | None:
    return datetime.fromisoformat(value) if isinstance(value, str) and value else None


def _common(obj: Gallery | PublicationIssue, kind: str, sent: dict[str, Any], site_status: str,
            featured: int | None) -> dict[str, Any]:
    return {"v": RECORD_VERSION, "kind": kind, "uid": obj.uid, "status": obj.status, "site_status": site_status,
            "scheduled_at": _iso(obj.scheduled_at), "published_at": _iso(obj.published_at),
            "sent": sent_fingerprint(sent), "cover": featured or 0}


# --- push -------------------------------------------------------------------------------------------

def gallery_record(session: Session, gallery_id: int, sent: dict[str, Any], site_status: str,
                   featured: int | None, remote_items: list[int | None]) -> dict[str, Any]:
    gallery = session.get(Gallery, gallery_id)
    assert gallery is not None
    record = _common(gallery, "gallery", sent, site_status, featured)
    record.update(gallery_kind=gallery.kind, slug=gallery.slug,
                  texts={t.edition_code: {"title": t.title, "description": t.description} for t in gallery.texts},
                  items=[m for m in remote_items if m])
    return record


def issue_record(session: Session, issue_id: int, sent: dict[str, Any], site_status: str,
                 featured: int | None, pdf: int | None) -> dict[str, Any]:
    issue = session.get(PublicationIssue, issue_id)
    assert issue is not None
    series = issue.series
    record = _common(issue, "issue", sent, site_status, featured)
    record.update(number=issue.number, title=issue.title, issue_date=_iso(issue.issue_date), pdf=pdf or 0,
                  contents=[entry.article.uid for entry in issue.contents],
                  series={"uid": series.uid, "kind": series.kind, "edition": series.edition_code,
                          "name": series.name, "slug": series.slug, "sender_name": series.sender_name,
                          "postal_address": series.postal_address, "unsubscribe": series.unsubscribe})
    return record


# --- pull --------------------------------------------------------------------------------------------

def _status(obj: Gallery | PublicationIssue, record: dict[str, Any], site_status: str) -> None:
    """The desk status and dates the record says, while the site's status is still the one sent."""
    if site_status == record.get("site_status"):
        obj.status = str(record.get("status") or obj.status)
        obj.scheduled_at, obj.published_at = _when(record.get("scheduled_at")), _when(record.get("published_at"))
    else:
        obj.status = {"publish": "published", "future": "scheduled"}.get(site_status, obj.status)


def apply_gallery(session: Session, record: dict[str, Any], site_status: str, site_title: str, edition: str,
                  media: MediaResolver, gallery: Gallery | None) -> Gallery:
    """Create or update the gallery the record describes (found by `uid` when not given)."""
    uid = str(record.get("uid") or "")
    if gallery is None and uid:
        gallery = session.scalars(select(Gallery).where(Gallery.uid == uid)).first()
    kind = GalleryKind(str(record.get("gallery_kind"))).value  # ValueError: not a desk gallery record
    if gallery is None:
        gallery = Gallery(kind=kind, **({"uid": uid} if uid else {}))
        session.add(gallery)
    gallery.kind = kind
    gallery.slug = str(record.get("slug") or "")
    _status(gallery, record, site_status)
    session.flush()
    editions = set(session.scalars(select(Edition.code)))
    raw_texts = record.get("texts")
    texts: dict[str, Any] = raw_texts if isinstance(raw_texts, dict) else {}
    for code, text in texts.items():
        if code not in editions or not isinstance(text, dict):
            continue
        row = session.get(GalleryText, (gallery.id, code)) or GalleryText(gallery_id=gallery.id, edition_code=code)
        row.title, row.description = str(text.get("title", "")), str(text.get("description", ""))
        session.add(row)
    if site_title and record.get("sent") and site_title != (texts.get(edition) or {}).get("title"):
        retitled = session.get(GalleryText, (gallery.id, edition))
        if retitled is not None:  # retitled on the site since the push: the site's title for that edition
            retitled.title = site_title
    items = [m for rid in record.get("items") or [] if (m := media(session, int(rid))) is not None]
    gallery.items = [GalleryItem(media_id=m, position=i) for i, m in enumerate(dict.fromkeys(items))]
    cover = int(record.get("cover") or 0)
    gallery.cover_media_id = media(session, cover) if cover else None
    session.flush()
    return gallery


def _series(session: Session, data: dict[str, Any]) -> PublicationSeries:
    uid = str(data.get("uid") or "")
    series = session.scalars(select(PublicationSeries).where(PublicationSeries.uid == uid)).first() if uid else None
    if series is None:
        series = session.scalars(select(PublicationSeries).where(
            PublicationSeries.edition_code == data.get("edition"), PublicationSeries.slug == data.get("slug"))).first()
    if series is None:
        series = PublicationSeries(kind=SeriesKind(str(data.get("kind"))).value, edition_code=str(data.get("edition")),
                                   name=str(data.get("name") or ""), slug=str(data.get("slug") or ""),
                                   **({"uid": uid} if uid else {}))
        session.add(series)
    for name in ("name", "slug", "sender_name", "postal_address", "unsubscribe"):
        if isinstance(data.get(name), str):
            setattr(series, name, data[name])
    session.flush()
    return series


def apply_issue(session: Session, record: dict[str, Any], site_status: str, media: MediaResolver,
                issue: PublicationIssue | None) -> tuple[PublicationIssue, list[str]]:
    """Create or update the issue; returns it and the contents' `uid`s not in the library yet."""
    raw_series = record.get("series")
    series_data: dict[str, Any] = raw_series if isinstance(raw_series, dict) else {}
    edition = series_data.get("edition")
    if not isinstance(edition, str) or session.get(Edition, edition) is None:
        raise ValueError("issue record without a known series edition")
    series = _series(session, series_data)
    uid = str(record.get("uid") or "")
    number = int(record.get("number") or 0)
    if issue is None and uid:
        issue = session.scalars(select(PublicationIssue).where(PublicationIssue.uid == uid)).first()
    if issue is None:
        issue = session.scalars(select(PublicationIssue).where(PublicationIssue.series_id == series.id,
                                                               PublicationIssue.number == number)).first()
    if issue is None:
        issue = PublicationIssue(series_id=series.id, number=number, **({"uid": uid} if uid else {}))
        session.add(issue)
    issue.series_id, issue.number, issue.title = series.id, number, str(record.get("title") or "")
    issue_date = record.get("issue_date")
    issue.issue_date = date.fromisoformat(issue_date) if isinstance(issue_date, str) and issue_date else None
    _status(issue, record, site_status)
    cover, pdf = int(record.get("cover") or 0), int(record.get("pdf") or 0)
    issue.cover_media_id = media(session, cover) if cover else None
    issue.pdf_media_id = media(session, pdf) if pdf else None
    session.flush()
    return issue, set_contents(session, issue.id, [str(u) for u in record.get("contents") or []])


def set_contents(session: Session, issue_id: int, uids: list[str]) -> list[str]:
    """The issue's table of contents from the articles' `uid`s; returns those not in the library."""
    found = {uid: article_id for uid, article_id in session.execute(
        select(Article.uid, Article.id).where(Article.uid.in_(uids)))}
    issue = session.get(PublicationIssue, issue_id)
    assert issue is not None
    issue.contents = [IssueArticle(article_id=found[u], position=i) for i, u in enumerate(uids) if u in found]
    session.flush()
    return [u for u in uids if u not in found]


def missing_contents_line(post_id: int, count: int) -> str:
    return translate("services.wordpress.object_records", "post {post_id}: {count} article(s) of the issue's "
                     "contents are not in the library yet; pull them and pull again.").format(post_id=post_id,
                                                                                           count=count)
