"""Publication series (Books, the Newsletter, the Brief) and their issues with an ordered TOC.

Every method opens its own session and may run on any thread.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from nejat_desk.core.domain import EDITION_CODES, SeriesKind
from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.core.slugs import slugify
from nejat_desk.core.timeutil import as_utc
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import (
    Article,
    IssueArticle,
    MediaItem,
    PublicationIssue,
    PublicationSeries,
)

FOOTER_MAX_CHARS = 1000  # each footer field: a name, an address of a few lines, one sentence


@dataclass(frozen=True)
class SeriesInfo:
    id: int
    kind: str
    edition: str
    name: str
    slug: str
    footer: SeriesFooter | None = None


@dataclass(frozen=True)
class SeriesFooter:
    """What the foot of every newsletter of a series says, as mail clients and email law expect:
    who sends it, a postal address, and how to unsubscribe (a sentence, with its address or mailto:)."""

    sender_name: str = ""
    postal_address: str = ""
    unsubscribe: str = ""


@dataclass(frozen=True)
class TocEntry:
    article_id: int
    title: str
    edition: str
    status: str


@dataclass(frozen=True)
class IssueInfo:
    id: int
    uid: str
    series_id: int
    number: int
    title: str
    issue_date: date | None
    cover_media_id: int | None
    pdf_media_id: int | None
    status: str
    scheduled_at: datetime | None
    contents: tuple[TocEntry, ...]


@dataclass(frozen=True)
class NewsletterFiles:
    """What exporting a Newsletter issue wrote, and what the render found missing."""

    written: tuple[Path, ...]
    problems: tuple[str, ...]


class PublicationService:
    def __init__(self, library: Library) -> None:
        self.library = library

    def media_choices(self) -> list[tuple[int, str, str]]:
        """(id, kind, label) of images and PDFs that can be a cover or an issue's PDF, newest first."""
        with self.library.session() as session:
            rows = session.execute(select(MediaItem.id, MediaItem.kind, MediaItem.title, MediaItem.original_filename)
                                   .where(MediaItem.deleted_at.is_(None), MediaItem.kind.in_(("image", "pdf")))
                                   .order_by(MediaItem.created_at.desc()).limit(2000)).all()
        return [(mid, kind, f"{title or filename or '#' + str(mid)} (#{mid})") for mid, kind, title, filename in rows]

    def article_choices(self, edition: str | None) -> list[TocEntry]:
        """Articles that can go into a table of contents (of `edition`), most recently edited first."""
        with self.library.session() as session:
            query = select(Article.id, Article.title, Article.edition_code, Article.status).where(
                Article.deleted_at.is_(None))
            if edition:
                query = query.where(Article.edition_code == edition)
            rows = session.execute(query.order_by(Article.updated_at.desc()).limit(2000)).all()
        return [TocEntry(a, t, e, s) for a, t, e, s in rows]

    def series(self) -> list[SeriesInfo]:
        with self.library.session() as session:
            rows = session.scalars(select(PublicationSeries).order_by(
                PublicationSeries.kind, PublicationSeries.edition_code, PublicationSeries.name)).all()
            return [SeriesInfo(s.id, s.kind, s.edition_code, s.name, s.slug, footer_of(s)) for s in rows]

    def set_footer(self, series_id: int, footer: SeriesFooter) -> SeriesFooter:
        """Store the series' newsletter footer (each field trimmed); returns what was stored."""
        cleaned = SeriesFooter(_one_line(footer.sender_name), "\n".join(
            _one_line(line) for line in footer.postal_address.splitlines() if line.strip()),
            _one_line(footer.unsubscribe))
        for value in (cleaned.sender_name, cleaned.postal_address, cleaned.unsubscribe):
            if len(value) > FOOTER_MAX_CHARS:
                raise ValidationError(translate(
                    "services.publications", "A footer field may hold at most {limit} characters; this one has {count}.",
                ).format(limit=FOOTER_MAX_CHARS, count=len(value)))
        with self.library.session() as session:
            series = session.get(PublicationSeries, series_id)
            if series is None:
                raise ValidationError(translate("services.publications", "There is no publication series {id}.").format(
                    id=series_id))
            series.sender_name = cleaned.sender_name
            series.postal_address = cleaned.postal_address
            series.unsubscribe = cleaned.unsubscribe
        return cleaned

    def series_by_slug(self, slug: str) -> SeriesInfo:
        with self.library.session() as session:
            found = session.scalars(select(PublicationSeries).where(PublicationSeries.slug == slug)).first()
            if found is None:
                raise ValidationError(translate("services.publications", "There is no publication series {slug}.")
                                      .format(slug=repr(slug)))
            return SeriesInfo(found.id, found.kind, found.edition_code, found.name, found.slug, footer_of(found))

    def create_series(self, kind: SeriesKind | str, edition: str, name: str, slug: str = "") -> int:
        kind = SeriesKind(kind)
        if edition not in EDITION_CODES:
            raise ValidationError(translate("services.publications", "Unknown edition {edition}; expected one of {codes}.",
                                            ).format(edition=repr(edition), codes=", ".join(EDITION_CODES)))
        if not name.strip():
            raise ValidationError(translate("services.publications", "A series needs a name."))
        slug = slug.strip() or slugify(name)
        with self.library.session() as session:
            if session.scalars(select(PublicationSeries.id).where(PublicationSeries.slug == slug)).first():
                raise ValidationError(translate("services.publications", "A series with the slug {slug} already exists.",
                                                ).format(slug=repr(slug)))
            series = PublicationSeries(kind=kind.value, edition_code=edition, name=name.strip(), slug=slug)
            session.add(series)
            session.flush()
            return series.id

    def issues(self, series_id: int) -> list[IssueInfo]:
        with self.library.session() as session:
            rows = session.scalars(select(PublicationIssue).where(
                PublicationIssue.series_id == series_id, PublicationIssue.deleted_at.is_(None))
                .order_by(PublicationIssue.number).options(
                    selectinload(PublicationIssue.contents).selectinload(IssueArticle.article))).all()
            return [_info(i) for i in rows]

    def issue(self, issue_id: int) -> IssueInfo:
        with self.library.session() as session:
            issue = session.get(PublicationIssue, issue_id, options=[
                selectinload(PublicationIssue.contents).selectinload(IssueArticle.article)])
            if issue is None:
                raise ValidationError(translate("services.publications", "There is no publication issue {id}.").format(
                    id=issue_id))
            return _info(issue)

    def export_newsletter(self, issue_id: int, path: str | os.PathLike[str], *, sender: str = "") -> NewsletterFiles:
        """Write a Newsletter issue as PATH.eml (From: `sender` when given), or as PATH.html + PATH.txt,
        where the export rule allows (services/export_destination.py); every path is checked first."""
        from nejat_desk.exporters.newsletter import newsletter_files
        from nejat_desk.services.export_destination import check_destination, write_file

        files, rendered = newsletter_files(self.library, issue_id, path, sender=sender)
        root = self.library.layout.root
        for target in files:
            check_destination(target, library_root=root, fmt="newsletter", folder=False)
        written = [write_file(target, data, library_root=root, fmt="newsletter") for target, data in files.items()]
        return NewsletterFiles(tuple(written), tuple(rendered.problems))

    def next_number(self, series_id: int) -> int:
        with self.library.session() as session:
            numbers = session.scalars(select(PublicationIssue.number).where(
                PublicationIssue.series_id == series_id)).all()
            return max(numbers, default=0) + 1

    def save_issue(self, *, series_id: int, number: int, issue_date: date | None = None, title: str = "",
                   cover_media_id: int | None = None, pdf_media_id: int | None = None,
                   article_ids: list[int] | None = None, scheduled_at: datetime | None = None,
                   issue_id: int | None = None) -> int:
        """Create (issue_id None) or update an issue and its ordered table of contents, all or nothing.

        A full save: every field is written, so an update passes the values it keeps too.
        """
        if number < 1:
            raise ValidationError(translate("services.publications", "The issue number must be 1 or more."))
        article_ids = list(article_ids or [])
        if len(set(article_ids)) != len(article_ids):
            raise ValidationError(translate("services.publications", "An article appears twice in the table of contents."))
        with self.library.session() as session:
            series = session.get(PublicationSeries, series_id)
            if series is None:
                raise ValidationError(translate("services.publications", "There is no publication series {id}.").format(
                    id=series_id))
            clash = session.scalars(select(PublicationIssue.id).where(
                PublicationIssue.series_id == series_id, PublicationIssue.number == number)).first()
            if clash is not None and clash != issue_id:
                raise ValidationError(translate("services.publications", "{series} already has an issue number {number}.",
                                                ).format(series=series.name, number=number))
            # Whole sentences for the cover and the PDF, so each language words them itself.
            cover_missing = translate("services.publications", "The cover media item {id} does not exist.")
            cover_wrong = translate("services.publications", "The cover must be an image, not a {kind} (media item {id}).")
            pdf_missing = translate("services.publications", "The PDF media item {id} does not exist.")
            pdf_wrong = translate("services.publications", "The PDF must be a pdf, not a {kind} (media item {id}).")
            for media_id, wanted, missing, wrong in ((cover_media_id, "image", cover_missing, cover_wrong),
                                                     (pdf_media_id, "pdf", pdf_missing, pdf_wrong)):
                if media_id is None:
                    continue
                media = session.get(MediaItem, media_id)
                if media is None or media.deleted_at is not None:
                    raise ValidationError(missing.format(id=media_id))
                if media.kind != wanted:
                    raise ValidationError(wrong.format(kind=media.kind, id=media_id))
            for article_id in article_ids:
                article = session.get(Article, article_id)
                if article is None or article.deleted_at is not None:
                    raise ValidationError(translate(
                        "services.publications", "The article {id} in the table of contents does not exist.",
                    ).format(id=article_id))
            if issue_id is None:
                issue = PublicationIssue(series_id=series_id, number=number)
                session.add(issue)
            else:
                found = session.get(PublicationIssue, issue_id)
                if found is None:
                    raise ValidationError(translate("services.publications", "There is no publication issue {id}.").format(
                        id=issue_id))
                issue = found
            issue.series_id = series_id
            issue.number = number
            issue.issue_date = issue_date
            issue.title = title
            issue.cover_media_id = cover_media_id
            issue.pdf_media_id = pdf_media_id
            issue.scheduled_at = as_utc(scheduled_at) if scheduled_at else None
            # Clear first: the rows are keyed by (issue, article), so re-adding one before the delete
            # is flushed would collide with itself.
            issue.contents.clear()
            session.flush()
            issue.contents.extend(IssueArticle(article_id=a, position=n) for n, a in enumerate(article_ids))
            session.flush()
            return issue.id


def _one_line(text: str) -> str:
    return " ".join(text.split())


def footer_of(series: PublicationSeries) -> SeriesFooter:
    return SeriesFooter(series.sender_name or "", series.postal_address or "", series.unsubscribe or "")


def _info(issue: PublicationIssue) -> IssueInfo:
    return IssueInfo(
        issue.id, issue.uid, issue.series_id, issue.number, issue.title, issue.issue_date, issue.cover_media_id,
        issue.pdf_media_id, issue.status, issue.scheduled_at,
        tuple(TocEntry(c.article_id, c.article.title, c.article.edition_code, c.article.status)
              for c in issue.contents))
