"""Media use cases beyond import: finding, describing, where-used, alt-text readiness,
trash/restore/purge, and videos hosted elsewhere. No Qt.

Read models for the grid (`query_media_ids`, `fetch_rows`) use a plain sqlite3 connection:
they run on every scroll and filter keystroke and must not pay for ORM objects.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nejat_desk.core.domain import MediaKind
from nejat_desk.core.edition_names import edition_name
from nejat_desk.core.errors import InUseError, ValidationError
from nejat_desk.core.i18n import QT_TRANSLATE_NOOP, join_list, translate
from nejat_desk.core.media_types import parse_remote_video
from nejat_desk.core.textnorm import normalize_for_index
from nejat_desk.storage.models import (
    Article,
    ArticleAttachment,
    Gallery,
    GalleryItem,
    MediaItem,
    MediaText,
    PublicationIssue,
    utc_now,
)

EDITABLE_FIELDS = ("title", "credit", "copyright", "licence", "rating", "tags", "focal_x", "focal_y", "crops",
                   "source_url")


# --- finding ------------------------------------------------------------------------------------

@dataclass
class MediaFilter:
    kind: str | None = None
    gallery_id: int | None = None
    tag: str = ""
    date_from: date | None = None  # taken (or imported when unknown), inclusive, UTC days
    date_to: date | None = None
    missing_alt_edition: str | None = None  # images without alt text in this edition
    text: str = ""  # caption, alt, credit, title, tags, file name
    trash: bool = False  # the trash instead of the library


def _sql_time(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")


def query_media_ids(conn: sqlite3.Connection, flt: MediaFilter) -> list[int]:
    """Ids of matching media, newest first (by import time)."""
    where = ["m.deleted_at IS NOT NULL" if flt.trash else "m.deleted_at IS NULL"]  # i18n: ok (SQL)
    params: list[Any] = []
    if flt.kind:
        where.append("m.kind = ?")
        params.append(flt.kind)
    if flt.gallery_id is not None:
        where.append("m.id IN (SELECT media_id FROM gallery_items WHERE gallery_id = ?)")
        params.append(flt.gallery_id)
    if flt.tag:
        where.append("EXISTS (SELECT 1 FROM json_each(m.tags) t WHERE lower(t.value) = lower(?))")
        params.append(flt.tag.strip())
    if flt.date_from:
        where.append("coalesce(m.taken_at, m.created_at) >= ?")  # i18n: ok (SQL)
        params.append(_sql_time(datetime.combine(flt.date_from, time.min, UTC)))
    if flt.date_to:
        where.append("coalesce(m.taken_at, m.created_at) < ?")  # i18n: ok (SQL)
        params.append(_sql_time(datetime.combine(flt.date_to + timedelta(days=1), time.min, UTC)))
    if flt.missing_alt_edition:
        where.append("m.kind = 'image' AND NOT EXISTS (SELECT 1 FROM media_texts x WHERE x.media_id = m.id "
                     "AND x.edition_code = ? AND trim(x.alt_text) != '')")
        params.append(flt.missing_alt_edition)
    text = flt.text.strip()
    if text:
        # Case-folded substring match in Python (SQLite's lower() knows only ASCII; Arabic and
        # Farsi need NFKC folding): the candidate rows are few columns and read once.
        ids = [r[0] for r in conn.execute(
            f"SELECT m.id FROM media_items m WHERE {' AND '.join(where)} ORDER BY m.created_at DESC, m.id DESC",
            params)]
        return _text_matches(conn, ids, text)
    sql = f"SELECT m.id FROM media_items m WHERE {' AND '.join(where)} ORDER BY m.created_at DESC, m.id DESC"
    return [r[0] for r in conn.execute(sql, params)]


def _text_matches(conn: sqlite3.Connection, ids: list[int], text: str) -> list[int]:
    needle = normalize_for_index(text)
    wanted = set(ids)
    haystack: dict[int, list[str]] = {}
    for mid, title, credit, copyright_, tags, filename in conn.execute(
            "SELECT id, title, credit, copyright, tags, original_filename FROM media_items"):
        if mid in wanted:
            haystack[mid] = [title or "", credit or "", copyright_ or "", tags or "", filename or ""]
    for mid, caption, alt in conn.execute("SELECT media_id, caption, alt_text FROM media_texts"):
        if mid in haystack:
            haystack[mid] += [caption or "", alt or ""]
    hits = {mid for mid, parts in haystack.items() if needle in normalize_for_index(" \x00 ".join(parts))}
    return [mid for mid in ids if mid in hits]


@dataclass(frozen=True)
class MediaRow:
    """What the grid shows for one item."""

    id: int
    kind: str
    sha256: str | None  # the file whose thumbnail is shown (a remote video's poster)
    mime: str
    filename: str
    title: str
    width: int | None
    height: int | None
    has_alt: bool  # in at least one edition
    flagged: bool  # came from the site without alt text


def fetch_rows(conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, MediaRow]:
    rows: dict[int, MediaRow] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
                f"SELECT m.id, m.kind, coalesce(m.sha256, p.sha256), coalesce(p.mime_type, m.mime_type), "
                f"m.original_filename, m.title, m.width, m.height, "
                f"EXISTS (SELECT 1 FROM media_texts x WHERE x.media_id = m.id AND trim(x.alt_text) != ''), "
                f"m.alt_missing_from_site "
                f"FROM media_items m LEFT JOIN media_items p ON p.id = m.poster_media_id WHERE m.id IN ({marks})",
                chunk):
            rows[r[0]] = MediaRow(r[0], r[1], r[2], r[3] or "", r[4] or "", r[5] or "", r[6], r[7], bool(r[8]),
                                  bool(r[9]))
    return rows


def all_tags(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT t.value FROM media_items m, json_each(m.tags) t WHERE m.deleted_at IS NULL "
        "ORDER BY t.value COLLATE NOCASE")]


# --- describing -----------------------------------------------------------------------------------

def get_media(session: Session, media_id: int) -> MediaItem:
    item = session.get(MediaItem, media_id)
    if item is None:
        raise ValidationError(translate("services.media", "There is no media item #{id}.").format(id=media_id))
    return item


def update_media(session: Session, media_id: int, **fields: Any) -> MediaItem:
    item = get_media(session, media_id)
    for key, value in fields.items():
        if key not in EDITABLE_FIELDS:
            raise ValidationError(translate("services.media", "'{field}' cannot be edited here.").format(field=key))
        if key == "rating" and not (0 <= int(value) <= 5):
            raise ValidationError(translate("services.media", "A rating is from 0 to 5 stars."))
        if key in ("focal_x", "focal_y") and not (0.0 <= float(value) <= 1.0):
            raise ValidationError(translate("services.media", "The focal point must lie inside the picture."))
        if key == "tags":
            value = list(dict.fromkeys(t.strip() for t in value if t.strip()))
        if key == "crops":
            value = {str(k): [int(v) for v in rect] for k, rect in dict(value).items()}
        setattr(item, key, value)
    return item


def set_media_text(session: Session, media_id: int, edition: str, *, caption: str | None = None,
                   alt_text: str | None = None) -> MediaText:
    item = get_media(session, media_id)
    text = next((t for t in item.texts if t.edition_code == edition), None)
    if text is None:
        text = MediaText(media_id=media_id, edition_code=edition, caption="", alt_text="")
        item.texts.append(text)
    if caption is not None:
        text.caption = caption.strip()
    if alt_text is not None:
        text.alt_text = alt_text.strip()
        if text.alt_text:
            item.alt_missing_from_site = False
    return text


def media_texts(session: Session, media_id: int) -> dict[str, MediaText]:
    return {t.edition_code: t for t in get_media(session, media_id).texts}


# --- alt text readiness ----------------------------------------------------------------------------

@dataclass(frozen=True)
class MissingAlt:
    media_id: int
    label: str  # file name or title, for the message
    edition: str

    def __str__(self) -> str:
        return translate("services.media", "{name} (media #{id})").format(name=self.label, id=self.media_id)


def missing_alt_text(session: Session, media_ids: Iterable[int], edition: str) -> list[MissingAlt]:
    """Images among `media_ids` that have no alt text in `edition` and so block marking an article
    or gallery ready. Images that came from the site without alt text (`alt_missing_from_site`)
    are flagged elsewhere, not blocking, and so are not listed; nor are PDFs and videos."""
    ids = list(dict.fromkeys(i for i in media_ids if i is not None))
    if not ids:
        return []
    rows = session.execute(
        select(MediaItem.id, MediaItem.original_filename, MediaItem.title, MediaText.alt_text)
        .outerjoin(MediaText, (MediaText.media_id == MediaItem.id) & (MediaText.edition_code == edition))
        .where(MediaItem.id.in_(ids), MediaItem.kind == MediaKind.IMAGE.value,
               MediaItem.alt_missing_from_site.is_(False)))
    missing = {mid: MissingAlt(mid, title or filename or f"#{mid}", edition)
               for mid, filename, title, alt in rows if not (alt or "").strip()}
    return [missing[i] for i in ids if i in missing]


def flagged_from_site(session: Session, media_ids: Iterable[int], edition: str) -> list[int]:
    """Images without alt text in `edition` that came that way from the site (shown as a flag)."""
    ids = list(dict.fromkeys(media_ids))
    if not ids:
        return []
    rows = session.execute(
        select(MediaItem.id, MediaText.alt_text)
        .outerjoin(MediaText, (MediaText.media_id == MediaItem.id) & (MediaText.edition_code == edition))
        .where(MediaItem.id.in_(ids), MediaItem.alt_missing_from_site.is_(True)))
    return [mid for mid, alt in rows if not (alt or "").strip()]


def missing_alt_message(missing: Sequence[MissingAlt]) -> str:
    names = join_list(m.label for m in missing[:5])
    if len(missing) > 5:
        names = translate("services.media", "{names} and {count} more").format(names=names, count=len(missing) - 5)
    return translate("services.media", "Alt text is missing in the {edition} edition for: {names}.").format(
        edition=edition_name(missing[0].edition), names=names)


# --- where used, trash ------------------------------------------------------------------------------

# How each kind of use reads in a sentence, with the record's number and title.
USE_TEXTS = {
    "article-featured": QT_TRANSLATE_NOOP("services.media", "featured image of article #{id} “{title}”"),
    "article-attachment": QT_TRANSLATE_NOOP("services.media", "attached to article #{id} “{title}”"),
    "gallery": QT_TRANSLATE_NOOP("services.media", "in gallery #{id} “{title}”"),
    "gallery-cover": QT_TRANSLATE_NOOP("services.media", "cover of gallery #{id} “{title}”"),
    "issue-cover": QT_TRANSLATE_NOOP("services.media", "cover of issue #{id} “{title}”"),
    "issue-pdf": QT_TRANSLATE_NOOP("services.media", "PDF of issue #{id} “{title}”"),
    "poster": QT_TRANSLATE_NOOP("services.media", "poster of video #{id} “{title}”"),
}


@dataclass(frozen=True)
class Use:
    what: str  # "article-featured", "article-attachment", "gallery", "gallery-cover", "issue", "poster"
    record_id: int
    label: str
    in_trash: bool = False

    def text(self) -> str:
        template = USE_TEXTS.get(self.what)
        if template is None:
            text = f"{self.what} #{self.record_id} “{self.label}”"
        else:
            text = translate("services.media", template).format(id=self.record_id, title=self.label)
        if self.in_trash:
            return translate("services.media", "{use} (in the trash)").format(use=text)
        return text


def where_used(session: Session, media_id: int) -> list[Use]:
    uses: list[Use] = []
    for a in session.scalars(select(Article).where(Article.featured_media_id == media_id)):
        uses.append(Use("article-featured", a.id, a.title, a.deleted_at is not None))
    for a in session.scalars(select(Article).join(ArticleAttachment, ArticleAttachment.article_id == Article.id)
                             .where(ArticleAttachment.media_id == media_id)):
        uses.append(Use("article-attachment", a.id, a.title, a.deleted_at is not None))
    for g in session.scalars(select(Gallery).join(GalleryItem, GalleryItem.gallery_id == Gallery.id)
                             .where(GalleryItem.media_id == media_id)):
        uses.append(Use("gallery", g.id, gallery_label(g), g.deleted_at is not None))
    for g in session.scalars(select(Gallery).where(Gallery.cover_media_id == media_id)):
        uses.append(Use("gallery-cover", g.id, gallery_label(g), g.deleted_at is not None))
    for i in session.scalars(select(PublicationIssue).where(PublicationIssue.cover_media_id == media_id)):
        uses.append(Use("issue-cover", i.id, i.title or _issue_number(i.number), i.deleted_at is not None))
    for i in session.scalars(select(PublicationIssue).where(PublicationIssue.pdf_media_id == media_id)):
        uses.append(Use("issue-pdf", i.id, i.title or _issue_number(i.number), i.deleted_at is not None))
    for v in session.scalars(select(MediaItem).where(MediaItem.poster_media_id == media_id)):
        uses.append(Use("poster", v.id, v.title or v.source_url, v.deleted_at is not None))
    return uses


def _issue_number(number: object) -> str:
    return translate("services.media", "No. {number}").format(number=number)


def gallery_label(gallery: Gallery) -> str:
    titles = {t.edition_code: t.title for t in gallery.texts if t.title}
    return titles.get("en") or next(iter(titles.values()), "") or gallery.slug or f"#{gallery.id}"


def _quoted(name: object) -> str:
    return translate("services.media", "“{name}”").format(name=name)


def _in_use_error(label: str, uses: list[Use]) -> InUseError:
    separator = translate("services.media", "; ")
    listed = separator.join(u.text() for u in uses[:6])
    if len(uses) > 6:
        listed = translate("services.media", "{uses}; and {count} more").format(uses=listed, count=len(uses) - 6)
    return InUseError(translate("services.media", "{what} is still used: {uses}. Remove it from there first.")
                      .format(what=label, uses=listed), [u.text() for u in uses])


def trash_media(session: Session, media_id: int) -> None:
    """Move to the trash; refused with InUseError while a live record uses it."""
    item = get_media(session, media_id)
    live = [u for u in where_used(session, media_id) if not u.in_trash]
    if live:
        raise _in_use_error(_quoted(item.title or item.original_filename or media_id), live)
    item.deleted_at = utc_now()


def restore_media(session: Session, media_id: int) -> None:
    get_media(session, media_id).deleted_at = None


def purge_media(library: Any, media_id: int) -> None:
    """Delete for good (from the trash only): the row, the stored file and derived files."""
    from nejat_desk.services.renditions import renditions_dir
    from nejat_desk.services.thumbnails import thumb_path

    with library.session() as session:
        item = get_media(session, media_id)
        if item.deleted_at is None:
            raise ValidationError(translate("services.media", "Only media in the trash can be deleted for good."))
        uses = where_used(session, media_id)
        if uses:
            raise _in_use_error(_quoted(item.title or item.original_filename or media_id), uses)
        sha = item.sha256
        session.delete(item)
    if sha:
        library.layout.media_path(sha).unlink(missing_ok=True)
        thumb_path(library.layout, sha).unlink(missing_ok=True)
    for f in renditions_dir(library.layout).glob(f"{media_id}-*"):
        f.unlink(missing_ok=True)


def empty_media_trash(library: Any) -> tuple[int, list[str]]:
    """Purge everything in the trash that nothing uses; returns (purged, reasons kept)."""
    with library.session() as session:
        ids = list(session.scalars(select(MediaItem.id).where(MediaItem.deleted_at.is_not(None))))
    purged, kept = 0, []
    for mid in ids:
        try:
            purge_media(library, mid)
            purged += 1
        except InUseError as exc:
            kept.append(str(exc))
    return purged, kept


# --- videos hosted elsewhere ------------------------------------------------------------------------

def add_remote_video(library: Any, url: str, title: str = "", *, poster: Path | None = None,
                     gallery_id: int | None = None) -> int:
    """A YouTube, Vimeo or Aparat video as a media item (kind remote_video); the poster image, when
    given, is imported as an image and linked. Raises ValidationError for other URLs or a second copy."""
    from nejat_desk.services.media_import import DUPLICATE, IMPORTED, _add_to_gallery, import_media

    remote = parse_remote_video(url)
    if remote is None:
        raise ValidationError(translate("services.media", "{url} is not a YouTube, Vimeo or Aparat video address.")
                              .format(url=repr(url)))
    poster_id: int | None = None
    if poster is not None:
        report = import_media(library, [poster])
        line = report.lines[0] if report.lines else None
        if line is None or line.outcome not in (IMPORTED, DUPLICATE) or line.media_id is None:
            reason = line.message if line else translate("services.media", "no file")
            raise ValidationError(translate("services.media", "The poster image could not be used: {reason}")
                                  .format(reason=reason))
        poster_id = line.media_id
    with library.session() as session:
        existing = session.scalar(select(MediaItem.id).where(MediaItem.source_url == remote.url,
                                                             MediaItem.kind == MediaKind.REMOTE_VIDEO.value))
        if existing is not None:
            raise ValidationError(translate("services.media", "This video is already in the library (media #{id}).")
                                  .format(id=existing))
        item = MediaItem(kind=MediaKind.REMOTE_VIDEO.value, sha256=None, source_url=remote.url,
                         title=title.strip() or f"{remote.provider.capitalize()} video {remote.video_id}",
                         mime_type="text/html", poster_media_id=poster_id,
                         raw_metadata={"provider": remote.provider, "video_id": remote.video_id,
                                       "embed_url": remote.embed_url})
        session.add(item)
        session.flush()
        if gallery_id is not None:
            _add_to_gallery(session, gallery_id, item.id)
        return item.id


@dataclass
class MediaDetail:
    """Everything the detail panel shows, loaded in one session."""

    item: MediaItem
    texts: dict[str, MediaText]
    uses: list[Use] = field(default_factory=list)
    galleries: list[tuple[int, str]] = field(default_factory=list)


def media_detail(session: Session, media_id: int) -> MediaDetail:
    item = get_media(session, media_id)
    texts = {t.edition_code: t for t in item.texts}
    uses = where_used(session, media_id)
    galleries = [(u.record_id, u.label) for u in uses if u.what == "gallery"]
    return MediaDetail(item, texts, uses, galleries)


def gallery_choices(session: Session) -> list[tuple[int, str, str]]:
    """(id, label, kind) of galleries not in the trash, for filters and 'add to gallery'."""
    galleries = session.scalars(select(Gallery).where(Gallery.deleted_at.is_(None)).order_by(Gallery.id))
    return [(g.id, gallery_label(g), g.kind) for g in galleries]
