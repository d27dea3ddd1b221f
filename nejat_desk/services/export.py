"""Export use cases: select what leaves, load it once into plain records, hand it to an exporter.

`load_export_set` reads in one session; the exporters (nejat_desk/exporters) never touch the
database. `run_export` is what the command line and the Export dialog call; it may run on any
thread and reports progress through a callback.

Messages for the person exporting are in the interface language (core.i18n); words written into
the export for the site's readers (category names, share labels) are in the edition's language
(core.site_words).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session, selectinload

from nejat_desk.core.domain import EDITION_CODES, ArticleStatus
from nejat_desk.core.errors import NejatError, ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.core.site_categories import gallery_category_path, issue_category_path
from nejat_desk.core.slugs import slugify
from nejat_desk.exporters.common import (
    EPOCH_FALLBACK,
    absolute_url,
    article_address,
    permalink,
    safe_filename,
)
from nejat_desk.exporters.model import (
    ExArticle,
    ExCategory,
    ExEdition,
    ExGallery,
    ExIssue,
    ExMedia,
    ExportSet,
    ExTag,
)
from nejat_desk.services import export_body_media
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import (
    Article,
    ArticleAttachment,
    Category,
    Edition,
    Gallery,
    GalleryItem,
    MediaItem,
    PublicationIssue,
    PublicationSeries,
    Tag,
)

log = logging.getLogger(__name__)

FORMATS: tuple[str, ...] = ("wxr", "html", "markdown", "rss", "atom", "snippets", "hootsuite-csv", "ics", "bundle")
FOLDER_FORMATS: tuple[str, ...] = ("html", "markdown", "snippets")  # rss/atom too, for several editions
UPLOADS_PATH = "wp-content/uploads/nejat-desk"

Progress = Callable[[int, int, str], None]  # (done, total, what)


@dataclass(frozen=True)
class Selection:
    """Which articles leave: empty means all (trash never leaves)."""

    editions: tuple[str, ...] = ()
    slugs: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    date_from: date | None = None  # inclusive, on the article's date in UTC
    date_to: date | None = None  # inclusive
    article_ids: tuple[int, ...] = ()
    include_galleries: bool = True
    include_issues: bool = True

    def __post_init__(self) -> None:
        for code in self.editions:
            if code not in EDITION_CODES:
                raise ValidationError(translate("services.export", "Unknown edition {code}; expected one of {codes}.")
                                      .format(code=repr(code), codes=", ".join(EDITION_CODES)))
        for status in self.statuses:
            if status not in {s.value for s in ArticleStatus}:
                allowed = ", ".join(s.value for s in ArticleStatus)
                raise ValidationError(translate("services.export", "Unknown status {status}; expected one of {allowed}.")
                                      .format(status=repr(status), allowed=allowed))
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValidationError(translate("services.export", "The start date is after the end date."))

    @property
    def narrowed(self) -> bool:
        """True when the user picked particular articles (then galleries and issues stay out)."""
        return bool(self.slugs or self.article_ids or self.statuses or self.date_from or self.date_to)


@dataclass
class ExportOptions:
    media_base_url: str = ""  # where the media will live (a bundle's media folder on the site)
    campaign: str = ""  # utm_campaign for snippet links
    time_zone: str = "UTC"  # the Hootsuite CSV's one zone: the Hootsuite account's (see services/hootsuite.py)

    def __post_init__(self) -> None:
        from nejat_desk.services.hootsuite import zone_info

        zone_info(self.time_zone)  # an unknown zone is refused before any work


@dataclass
class ExportReport:
    path: Path
    format: str
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # facts the person needs (the CSV's time zone, split files)
    stale_translations: list[str] = field(default_factory=list)  # "fa/slug" of each stale translation carried


def edition_records(session: Session) -> dict[str, ExEdition]:
    return {e.code: ExEdition(e.code, e.name, e.native_name, e.language, e.direction, e.time_zone,
                              e.site_url, e.permalink_pattern, tuple(e.hashtags or ()), e.calendar or "gregorian")
            for e in session.scalars(select(Edition).order_by(Edition.position, Edition.code))}


def media_file_name(item: MediaItem) -> str:
    """A unique, OS-safe name: the uid's start keeps two 'photo.jpg' apart. The extension is that of
    the file the export writes (renditions.export_extension), whatever the original was called."""
    from nejat_desk.services.renditions import export_extension

    base = item.original_filename.rsplit("/", 1)[-1] or item.title or item.kind
    ext = export_extension(item.kind, item.mime_type, base)
    stem = base.rsplit(".", 1)[0] if "." in base.strip(".") else base
    return safe_filename(f"{item.uid[:8]}-{stem}.{ext}") if ext else safe_filename(f"{item.uid[:8]}-{base}")


class _MediaCache:
    def __init__(self, editions: dict[str, ExEdition], media_base_url: str) -> None:
        self.editions = editions
        self.base = media_base_url
        self._cache: dict[tuple[int, str], ExMedia] = {}
        self.remote: dict[int, str] = {}  # media id -> the site's address (remote_links), filled before get

    def get(self, item: MediaItem | None, edition: str) -> ExMedia | None:
        if item is None or item.deleted_at is not None:
            return None
        key = (item.id, edition)
        found = self._cache.get(key)
        if found is None:
            name = media_file_name(item)
            if item.sha256 is None and item.source_url:
                url = item.source_url
            else:
                base = self.base or f"{self.editions[edition].site_url.rstrip('/')}/{UPLOADS_PATH}"
                url = absolute_url(base, name)
            found = ExMedia(
                id=item.id, uid=item.uid, kind=item.kind, file_name=name, url=url, mime_type=item.mime_type,
                title=item.title, created_at=item.created_at, width=item.width, height=item.height,
                sha256=item.sha256, source_url=item.source_url,
                captions={t.edition_code: t.caption for t in item.texts},
                alts={t.edition_code: t.alt_text for t in item.texts},
                remote_url=self.remote.get(item.id) or (item.source_url if item.source_url.startswith(
                    ("https://", "http://")) else ""))
            self._cache[key] = found
        return found


def _article_where_sql(selection: Selection) -> tuple[str, tuple[Any, ...]]:
    where = ["deleted_at IS NULL"]  # i18n: ok (SQL)
    params: list[Any] = []
    for column, values in (("edition_code", selection.editions), ("slug", selection.slugs),
                           ("status", selection.statuses), ("id", selection.article_ids)):
        if values:
            where.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(values)
    return " AND ".join(where), tuple(params)


def _utc(value: Any) -> datetime | None:
    """A stored instant (naive UTC text, or a datetime) as an aware UTC datetime."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


def _media_items(session: Session, ids: set[int]) -> dict[int, MediaItem]:
    found: dict[int, MediaItem] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 500):
        chunk = ordered[start:start + 500]
        for item in session.scalars(select(MediaItem).where(MediaItem.id.in_(chunk))
                                    .options(selectinload(MediaItem.texts))):
            found[item.id] = item
    return found


def loaded_articles(session: Session, ids: list[int]) -> dict[int, Article]:
    """The articles with everything `article_to_document` reads, a few queries per 500 articles
    instead of several per article (10,000 articles loaded one by one took 35 s of CPU). The dict
    holds them, so the originals their translations name stay in the session."""
    found: dict[int, Article] = {}
    for start in range(0, len(ids), 500):
        query = select(Article).where(Article.id.in_(ids[start:start + 500])).options(
            selectinload(Article.tags), selectinload(Article.category),
            selectinload(Article.attachments).selectinload(ArticleAttachment.media),
            selectinload(Article.featured_media), selectinload(Article.translation_group))
        found.update((a.id, a) for a in session.scalars(query))
    for category in session.scalars(select(Category)):  # all of them at once: category.path() walks parents
        _ = category.parent  # from the identity map, no query; the reference keeps the parent loaded
    originals = sorted({g.original_article_id for a in found.values() if (g := a.translation_group) is not None
                        and g.original_article_id is not None} - set(found))
    for start in range(0, len(originals), 500):
        found.update((a.id, a) for a in session.scalars(select(Article).where(
            Article.id.in_(originals[start:start + 500]))))
    return found


def _article_index(conn: Connection, selection: Selection, editions: dict[str, ExEdition]
                   ) -> tuple[dict[int, list[tuple[str, int]]], dict[int, tuple[str, str, str, str]]]:
    """Every article's (edition, slug, address, title) that links may point to, and the translation
    groups: {group id: [(edition, article id)]}."""
    index_sql = ("SELECT id, edition_code, slug, title, published_at, scheduled_at, created_at, "
                 "translation_group_id FROM articles WHERE deleted_at IS NULL")
    index_params: list[Any] = []
    if selection.article_ids:  # a few articles (a preview): only they and their translations
        marks = ",".join("?" * len(selection.article_ids))
        index_sql += (f" AND (id IN ({marks}) OR translation_group_id IN (SELECT translation_group_id FROM "
                      f"articles WHERE id IN ({marks}) AND translation_group_id IS NOT NULL))")
        index_params = [*selection.article_ids, *selection.article_ids]
    groups: dict[int, list[tuple[str, int]]] = {}
    article_index: dict[int, tuple[str, str, str, str]] = {}
    synced: dict[int, str] = {}  # the first site's link wins, as in the newsletter
    for local_id, link in conn.exec_driver_sql(
            "SELECT local_id, remote_link FROM remote_links WHERE object_type = 'article' AND remote_link != '' "
            "ORDER BY site_id DESC, id DESC").fetchall():
        synced[local_id] = link
    for aid, code, slug, title, published, scheduled, created, group in conn.exec_driver_sql(
            index_sql, tuple(index_params)).fetchall():
        ed = editions[code]
        url = article_address(synced.get(aid), ed.site_url, ed.permalink_pattern, slug=slug,
                              when=_utc(published or scheduled or created), zone=ed.time_zone, post_id=aid)
        article_index[aid] = (code, slug, url, title)
        if group is not None:
            groups.setdefault(group, []).append((code, aid))
    return groups, article_index


def load_export_set(library: Library, selection: Selection, options: ExportOptions | None = None) -> ExportSet:
    options = options or ExportOptions()
    with library.session() as session:
        editions = edition_records(session)
        media = _MediaCache(editions, options.media_base_url)
        wanted = set(selection.editions or editions)
        # Plain DB-API rows, not ORM objects or typed rows: ten thousand articles load in a fraction of
        # the time. Instants are stored as naive UTC text.
        conn = session.connection()
        groups, article_index = _article_index(conn, selection, editions)
        from nejat_desk.storage.models import TranslationGroup

        group_uids = dict(session.execute(select(TranslationGroup.id, TranslationGroup.uid)).all())

        where_sql, params = _article_where_sql(selection)
        rows = conn.exec_driver_sql(
            "SELECT id, uid, edition_code, title, slug, body_html, "
            "CASE WHEN body_html = '' THEN body_md ELSE '' END, "  # Markdown only where no HTML was kept
            "excerpt, status, author, byline, source_name, source_url, created_at, updated_at, published_at, "
            "scheduled_at, category_id, featured_media_id, translation_group_id FROM articles WHERE " + where_sql,
            params).fetchall()
        tag_ids: dict[int, list[int]] = {}
        for article_id, tag_id in conn.exec_driver_sql(
                "SELECT article_id, tag_id FROM article_tags WHERE article_id IN (SELECT id FROM articles WHERE "
                + where_sql + ") ORDER BY article_id, position", params).fetchall():
            tag_ids.setdefault(article_id, []).append(tag_id)
        attached: dict[int, list[int]] = {}
        for article_id, media_id in conn.exec_driver_sql(
                "SELECT article_id, media_id FROM article_attachments WHERE article_id IN (SELECT id FROM "
                "articles WHERE " + where_sql + ") ORDER BY article_id, position", params).fetchall():
            attached.setdefault(article_id, []).append(media_id)
        needed = {r[18] for r in rows if r[18]} | {m for ids in attached.values() for m in ids}
        items = _media_items(session, needed)
        body_refs = {r[0]: shas for r in rows if (shas := export_body_media.referenced_shas(r[5], r[6]))}
        pictures = export_body_media.stored_pictures(session, {s for shas in body_refs.values() for s in shas})
        media.remote = export_body_media.remote_addresses(session, [*items, *(i.id for i in pictures.values())])

        articles: list[ExArticle] = []
        low = datetime.combine(selection.date_from, time.min, UTC) if selection.date_from else None
        high = datetime.combine(selection.date_to, time.max, UTC) if selection.date_to else None
        for (aid, uid, code, title, slug, body_html, body_md, excerpt, status, author, byline, source_name,
             source_url, created, updated, published, scheduled, category_id, featured_id, group) in rows:
            created_at = _utc(created) or EPOCH_FALLBACK  # NOT NULL in the table; the fallback is for the type
            published_at, scheduled_at = _utc(published), _utc(scheduled)
            when = published_at or scheduled_at or created_at
            if (low is not None and when < low) or (high is not None and when > high):
                continue
            others = tuple(sorted((e, i) for e, i in groups.get(group or -1, ()) if i != aid))
            articles.append(ExArticle(
                id=aid, uid=uid, edition=code, title=title, slug=slug, body_html=body_html, body_md=body_md,
                excerpt=excerpt or "", status=status, author=author or "", byline=byline or "",
                source_name=source_name or "", source_url=source_url or "", created_at=created_at,
                updated_at=_utc(updated) or created_at, published_at=published_at, scheduled_at=scheduled_at,
                url=article_index[aid][2], category_id=category_id, tag_ids=tuple(tag_ids.get(aid, ())),
                featured=media.get(items.get(featured_id or -1), code),
                attachments=tuple(m for m in (media.get(items.get(i), code) for i in attached.get(aid, ()))
                                  if m is not None),
                translation_group=group_uids.get(group, "") if group else "",
                translations=others,
                body_media=tuple(m for m in (media.get(pictures.get(s), code) for s in body_refs.get(aid, ()))
                                 if m is not None),
                body_missing=tuple(s for s in body_refs.get(aid, ()) if s not in pictures)))
        articles.sort(key=lambda a: (a.date, a.id))

        categories = [ExCategory(c.id, c.edition_code, c.name, c.slug, c.parent_id, c.description)
                      for c in session.scalars(select(Category).where(Category.edition_code.in_(wanted))
                                               .order_by(Category.id))]
        used_tags = {t for a in articles for t in a.tag_ids}
        tags = [ExTag(t.id, t.edition_code, t.name, t.slug)
                for t in session.scalars(select(Tag).where(Tag.id.in_(used_tags)).order_by(Tag.id))]
        export = ExportSet(editions=editions, articles=articles, categories=categories, tags=tags,
                           article_index=article_index)
        if not selection.narrowed:
            if selection.include_galleries:
                _load_galleries(session, export, wanted, media)
            if selection.include_issues:
                _load_issues(session, export, wanted, media)
        return export


def _category_for(export: ExportSet, edition: str, path: list[tuple[str, str]]) -> int:
    """The id of the category at `path` ((name, slug) per level) in `edition`, adding missing
    levels as export-only categories (negative ids: they exist only in the file)."""
    parent: int | None = None
    for name, slug in path:
        found = next((c for c in export.categories if c.edition == edition and c.parent_id == parent
                      and (c.slug == slug or c.name == name)), None)
        if found is None:
            new_id = -1 - len([c for c in export.categories if c.id < 0])
            taken = {c.slug for c in export.categories if c.edition == edition}
            if slug in taken:
                slug = f"{slug}-{-new_id}"
            found = ExCategory(new_id, edition, name, slug, parent)
            export.categories.append(found)
        parent = found.id
    assert parent is not None
    return parent


def _load_galleries(session: Session, export: ExportSet, editions: set[str], media: _MediaCache) -> None:
    query = (select(Gallery).where(Gallery.deleted_at.is_(None)).order_by(Gallery.id)
             .options(selectinload(Gallery.texts),
                      selectinload(Gallery.items).selectinload(GalleryItem.media).selectinload(MediaItem.texts)))
    for gallery in session.scalars(query):
        for text in sorted(gallery.texts, key=lambda t: t.edition_code):
            if text.edition_code not in editions or not text.title.strip():
                continue
            ed = export.editions[text.edition_code]
            when = gallery.published_at or gallery.scheduled_at or gallery.created_at
            slug = gallery.slug or slugify(text.title)
            category = _category_for(export, ed.code, gallery_category_path(ed.language, gallery.kind))
            items = tuple(m for m in (media.get(i.media, ed.code) for i in gallery.items) if m is not None)
            export.galleries.append(ExGallery(
                gallery.id, gallery.uid, gallery.kind, ed.code, text.title, text.description, slug,
                gallery.status, when,
                permalink(ed.site_url, ed.permalink_pattern, slug=slug, when=when, zone=ed.time_zone),
                category, items))


def _load_issues(session: Session, export: ExportSet, editions: set[str], media: _MediaCache) -> None:
    query = (select(PublicationIssue).join(PublicationSeries)
             .where(PublicationIssue.deleted_at.is_(None), PublicationSeries.edition_code.in_(editions))
             .order_by(PublicationIssue.id).options(selectinload(PublicationIssue.series),
                                                    selectinload(PublicationIssue.contents)))
    for issue in session.scalars(query):
        series = issue.series
        ed = export.editions[series.edition_code]
        when = issue.published_at or issue.scheduled_at or (
            datetime.combine(issue.issue_date, time(12), UTC) if issue.issue_date else issue.created_at)
        title = issue.title or f"{series.name} {issue.number}"
        slug = slugify(f"{series.slug}-{issue.number}")
        category = series.category_id if any(c.id == series.category_id for c in export.categories) \
            else _category_for(export, ed.code, issue_category_path(ed.language, series.name, series.slug))
        export.issues.append(ExIssue(
            issue.id, issue.uid, ed.code, series.name, issue.number, title, slug, issue.status, when,
            permalink(ed.site_url, ed.permalink_pattern, slug=slug, when=when, zone=ed.time_zone), category,
            pdf=media.get(session.get(MediaItem, issue.pdf_media_id), ed.code) if issue.pdf_media_id else None,
            cover=media.get(session.get(MediaItem, issue.cover_media_id), ed.code)
            if issue.cover_media_id else None, article_ids=tuple(c.article_id for c in issue.contents)))


# --- running an export ---------------------------------------------------------------------------

class ExportCancelled(NejatError):
    def __init__(self) -> None:
        super().__init__(translate("services.export", "The export was cancelled; nothing was written."))


def _ticker(progress: Progress | None, cancelled: Callable[[], bool] | None, what: str
            ) -> Callable[[int, int], None]:
    def tick(done: int, total: int) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(done, total, what)
    return tick


def _single_edition(selection: Selection, export: ExportSet) -> list[str]:
    return list(selection.editions) if selection.editions else sorted(
        {a.edition for a in export.articles}, key=EDITION_CODES.index)


def writes_folder(fmt: str, selection: Selection) -> bool | None:
    """Whether `fmt` writes a folder (True) or a file (False); None for feeds of several editions,
    which are a folder only when the selected articles span more than one edition."""
    if fmt in FOLDER_FORMATS:
        return True
    if fmt in ("rss", "atom"):
        return None if len(selection.editions) != 1 else False
    return False


def check_export_destination(library: Library, fmt: str, out: Path, selection: Selection | None = None) -> None:
    """Refuse (ExportDestinationError) a place this export may not write, before any work is done."""
    from nejat_desk.services.export_destination import check_destination

    folder = writes_folder(fmt, selection or Selection())
    if folder is not None:
        check_destination(Path(out), library_root=library.layout.root, fmt=fmt, folder=folder)


def run_export(library: Library, fmt: str, out: Path, selection: Selection | None = None,
               options: ExportOptions | None = None, *, progress: Progress | None = None,
               cancelled: Callable[[], bool] | None = None, now: datetime | None = None) -> ExportReport:
    """Export in `fmt` to `out` (a file, or a folder for html, markdown and snippets).

    Where it may write is export_destination's rule, checked before any work; the report's counts are
    the files and records actually written."""
    from nejat_desk.services import export_files
    from nejat_desk.services.export_destination import write_file, write_folder

    if fmt not in FORMATS:
        raise ValidationError(translate("services.export", "Unknown export format {format}; expected one of {formats}.")
                              .format(format=repr(fmt), formats=", ".join(FORMATS)))
    selection = selection or Selection()
    options = options or ExportOptions()
    out = Path(out)
    root = library.layout.root
    check_export_destination(library, fmt, out, selection)
    report = ExportReport(out, fmt)
    if fmt == "ics":
        return _export_ics(library, out, selection, report)
    tick = _ticker(progress, cancelled, fmt)
    export = load_export_set(library, selection, options)
    tick(0, len(export.articles))
    report.counts["articles"] = len(export.articles)
    _report_stale_translations(library, export, report)
    if fmt in ("wxr", "rss", "atom", "html", "markdown", "bundle"):  # the formats that carry bodies
        export_body_media.note_missing(export, report.notes)

    if fmt == "wxr":
        from nejat_desk.exporters.wxr import build_wxr

        absolute = export_body_media.with_absolute_bodies(export, options.media_base_url, report.notes)
        result = build_wxr(absolute, now=now or datetime.now(UTC), progress=tick)
        write_file(out, result.data, library_root=root, fmt=fmt)
        report.counts.update(posts=result.posts, attachments=result.attachments, categories=result.categories,
                             tags=result.tags, terms=result.terms)
        report.warnings += result.warnings
    elif fmt in ("rss", "atom"):
        from nejat_desk.exporters.feeds import build_feed

        editions = _single_edition(selection, export)
        absolute = export_body_media.with_absolute_bodies(export, options.media_base_url, report.notes)
        if len(editions) == 1:
            write_file(out, build_feed(absolute, editions[0], fmt), library_root=root, fmt=fmt)
        else:
            write_folder(out, {f"{code}.xml": build_feed(absolute, code, fmt) for code in editions},
                         library_root=root, fmt=fmt)
        report.counts["feeds"] = len(editions)
    elif fmt in FOLDER_FORMATS:
        if fmt == "html":  # the site's pages, and the pictures and PDFs they show (web renditions)
            media = export_files.media_files(library, export, tick, report.warnings, renditions=())
            files = export_files.html_files(export, options.campaign, tick, media_written=media)
            pages = len(files)
            files.update(media)
        elif fmt == "markdown":
            files = export_files.markdown_files(library, export, options.media_base_url, report.notes)
        else:
            files = export_files.snippet_files(library, export, options.campaign)
        write_folder(out, files, library_root=root, fmt=fmt)
        if fmt == "html":
            report.counts.update(pages=pages, media=len(files) - pages)
        else:
            report.counts["files"] = len(files)
    elif fmt == "hootsuite-csv":
        from nejat_desk.services.hootsuite import write_hootsuite

        written = write_hootsuite(library, export, out, campaign=options.campaign, zone=options.time_zone,
                                  now=now or datetime.now(UTC))
        report.counts["rows"] = written.rows
        report.counts["files"] = len(written.paths)
        report.warnings += written.warnings
        report.notes += written.notes
    elif fmt == "bundle":
        _export_bundle(library, export, out, selection, options, tick, report, now)
    tick(len(export.articles), len(export.articles))
    log.info("export %s: %s", fmt, report.counts)
    return report


def _report_stale_translations(library: Library, export: ExportSet, report: ExportReport) -> None:
    """Name the stale translations the export carries (services.translation_bases): they go out as
    they are, but whoever sends the files should know."""
    from nejat_desk.services.translation_bases import stale_ids

    with library.session() as session:
        stale = stale_ids(session, [a.id for a in export.articles])
    if not stale:
        return
    report.stale_translations = [f"{a.edition}/{a.slug}" for a in export.articles if a.id in stale]
    report.counts["stale_translations"] = len(report.stale_translations)
    report.notes.append(translate("services.export", "Stale translations carried (their original changed since they "
                                  "were translated or marked as up to date): {articles}.")
                        .format(articles=", ".join(report.stale_translations)))


def _export_bundle(library: Library, export: ExportSet, out: Path, selection: Selection, options: ExportOptions,
                   tick: Callable[[int, int], None], report: ExportReport, now: datetime | None) -> None:
    from nejat_desk.exporters.wxr import build_wxr
    from nejat_desk.services import export_files
    from nejat_desk.services.export_destination import write_file

    files: dict[str, bytes] = {}
    absolute = export_body_media.with_absolute_bodies(export, options.media_base_url, report.notes)
    result = build_wxr(absolute, now=now or datetime.now(UTC))
    report.warnings += result.warnings
    files["wordpress/site.wxr.xml"] = result.data
    media = export_files.media_files(library, export, tick, report.warnings)
    files.update({f"pages/{k}": v for k, v in export_files.html_files(
        export, options.campaign, media_root="../media/", media_written=media).items()})
    files.update({f"feeds/{k}": v for k, v in export_files.feed_files(absolute, _single_edition(selection, export))
                  .items()})
    files.update({f"snippets/{k}": v for k, v in export_files.snippet_files(library, export, options.campaign,
                                                                             store_texts=False).items()})
    files.update(media)
    when = max([a.updated_at for a in export.articles] or [datetime(2003, 1, 1, tzinfo=UTC)])
    write_file(out, export_files.zip_bytes(files, when), library_root=library.layout.root, fmt="bundle")
    report.counts["files"] = len(files)


def _export_ics(library: Library, out: Path, selection: Selection, report: ExportReport) -> ExportReport:
    from nejat_desk.services.schedule import ScheduleFilter, ScheduleService

    start = datetime.combine(selection.date_from, time.min, UTC) if selection.date_from else None
    end = datetime.combine(selection.date_to, time.max, UTC) if selection.date_to else None
    flt = ScheduleFilter(start=start, end=end, editions=frozenset(selection.editions))
    report.counts["events"] = ScheduleService(library).export_ics(out, flt)  # by the export destination rule
    return report
