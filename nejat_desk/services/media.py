"""The media library's use cases beyond import: finding, describing, where used, alt-text
readiness, trash/restore/purge, and videos hosted elsewhere. No Qt.

`MediaService` is what the front ends call: bound to the open library, each method its own unit
of work, plain values in and out. The functions taking a `Session` below are the service layer's
helpers, for other services that need them inside their own unit of work (an article's ready
check, the schedule's warnings); the grid's read models are `media_queries.py`'s.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nejat_desk.core.domain import MediaKind
from nejat_desk.core.edition_names import edition_name
from nejat_desk.core.errors import InUseError, ValidationError
from nejat_desk.core.i18n import QT_TRANSLATE_NOOP, join_list, translate
from nejat_desk.core.media_types import parse_remote_video
from nejat_desk.services.media_queries import MediaFilter, MediaRow, PickRow, all_tags, fetch_rows, pick_rows
from nejat_desk.services.media_queries import query_media_ids as query_media_ids
from nejat_desk.services.media_records import get_media, shown_picture
from nejat_desk.services.writes import WriteUnits, inline
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

if TYPE_CHECKING:
    from nejat_desk.services.media_import import ImportReport, ProgressCallback
    from nejat_desk.storage.library import Library

__all__ = ["MediaFilter", "MediaRow", "PickRow", "MediaService", "get_media"]

EDITABLE_FIELDS = ("title", "credit", "copyright", "licence", "rating", "tags", "focal_x", "focal_y", "crops",
                   "source_url")


# --- describing -----------------------------------------------------------------------------------

def update_media(session: Session, media_id: int, **fields: Any) -> MediaItem:
    # Any: the editable fields differ in type (text, stars, tags, focal point, crops); each is checked below.
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

    def text(self, number: Callable[[int], str] = str) -> str:
        """The use in a sentence; `number` writes the record's number (the window: in the
        interface's digits)."""
        template = USE_TEXTS.get(self.what)
        if template is None:
            text = f"{self.what} #{number(self.record_id)} “{self.label}”"
        else:
            text = translate("services.media", template).format(id=number(self.record_id), title=self.label)
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


def _purge(session: Session, media_id: int) -> str | None:
    """Delete the row of an item in the trash that nothing uses; returns its stored file's hash."""
    item = get_media(session, media_id)
    if item.deleted_at is None:
        raise ValidationError(translate("services.media", "Only media in the trash can be deleted for good."))
    uses = where_used(session, media_id)
    if uses:
        raise _in_use_error(_quoted(item.title or item.original_filename or media_id), uses)
    sha = item.sha256
    session.delete(item)
    return sha


def _refuse_second_copy(session: Session, url: str) -> None:
    existing = session.scalar(select(MediaItem.id).where(MediaItem.source_url == url,
                                                         MediaItem.kind == MediaKind.REMOTE_VIDEO.value))
    if existing is not None:
        raise ValidationError(translate("services.media", "This video is already in the library (media "
                                        "#{id}).").format(id=existing))


# --- what the front ends get ------------------------------------------------------------------------

@dataclass(frozen=True)
class Caption:
    """A media item's words in one edition."""

    caption: str = ""
    alt_text: str = ""


@dataclass(frozen=True)
class MediaDetail:
    """Everything the detail panel shows about one item."""

    id: int
    kind: str
    filename: str  # the original file's name, or a hosted video's address
    title: str
    credit: str
    copyright: str
    licence: str
    tags: tuple[str, ...]
    rating: int
    width: int | None
    height: int | None
    size_bytes: int | None
    duration_s: float | None
    camera: str
    taken_at: datetime | None
    has_gps: bool
    near_duplicate_of: int | None
    alt_missing_from_site: bool
    in_trash: bool
    texts: Mapping[str, Caption]  # by edition code
    uses: tuple[Use, ...]
    picture_sha256: str | None  # the file that shows the item (a hosted video's poster)
    preview_path: Path | None  # the picture itself for images, else its thumbnail


@dataclass(frozen=True)
class Framing:
    """What the crop editor works on: the focal point, the hand-drawn crops, and the picture."""

    focal: tuple[float, float]
    crops: Mapping[str, tuple[int, int, int, int]]
    size: tuple[int, int]  # of the picture, orientation applied
    picture_path: Path | None


@dataclass(frozen=True)
class EmptiedTrash:
    purged: int
    kept: tuple[str, ...]  # why each item still in use stayed


@dataclass(frozen=True)
class Trashed:
    id: int
    label: str
    deleted_at: datetime


class MediaService:
    """The media library for the window and the command line. Methods may run on any thread;
    each opens and closes its own session or connection."""

    def __init__(self, library: Library) -> None:
        self.library = library

    # --- finding (plain sqlite3: these run on every scroll and keystroke) ----------------------------
    def find(self, flt: MediaFilter) -> list[int]:
        """Ids of matching items, newest first."""
        conn = self.library.raw()
        try:
            return query_media_ids(conn, flt)
        finally:
            conn.close()

    def rows(self, ids: Sequence[int]) -> dict[int, MediaRow]:
        conn = self.library.raw()
        try:
            return fetch_rows(conn, ids)
        finally:
            conn.close()

    def tags(self) -> list[str]:
        conn = self.library.raw()
        try:
            return all_tags(conn)
        finally:
            conn.close()

    def pick_rows(self, edition: str, kinds: Sequence[str] = (), text: str = "") -> list[PickRow]:
        conn = self.library.raw()
        try:
            return pick_rows(conn, edition, kinds, text)
        finally:
            conn.close()

    def thumbnail(self, sha256: str | None, mime: str) -> Path | None:
        """The cached thumbnail file, made when missing (slow: call it off the GUI thread)."""
        from nejat_desk.services.thumbnails import ensure_thumbnail

        return ensure_thumbnail(self.library.layout, sha256, mime)

    # --- describing --------------------------------------------------------------------------------------
    def detail(self, media_id: int) -> MediaDetail:
        with self.library.session() as session:
            item = get_media(session, media_id)
            picture = shown_picture(session, item)
            sha = picture.sha256 if picture is not None else None
            preview = None
            if sha:
                from nejat_desk.services.thumbnails import thumb_path

                preview = (self.library.layout.media_path(sha) if item.kind == MediaKind.IMAGE.value
                           else thumb_path(self.library.layout, sha))
            near = (item.raw_metadata or {}).get("near_duplicate_of")
            return MediaDetail(
                id=item.id, kind=item.kind, filename=item.original_filename or item.source_url or "",
                title=item.title or "", credit=item.credit or "", copyright=item.copyright or "",
                licence=item.licence or "", tags=tuple(item.tags or ()), rating=item.rating or 0,
                width=item.width, height=item.height, size_bytes=item.size_bytes, duration_s=item.duration_s,
                camera=item.camera or "", taken_at=item.taken_at, has_gps=bool(item.has_gps),
                near_duplicate_of=int(near) if near else None,
                alt_missing_from_site=bool(item.alt_missing_from_site), in_trash=item.deleted_at is not None,
                texts={t.edition_code: Caption(t.caption or "", t.alt_text or "") for t in item.texts},
                uses=tuple(where_used(session, media_id)), picture_sha256=sha, preview_path=preview)

    def update(self, media_id: int, *, texts: Mapping[str, Caption] | None = None, **fields: Any) -> None:
        """Change the editable fields (`EDITABLE_FIELDS`) and the captions and alt texts of the
        editions in `texts`, together or not at all."""
        with self.library.session() as session:
            if fields:
                update_media(session, media_id, **fields)
            for edition, text in (texts or {}).items():
                set_media_text(session, media_id, edition, caption=text.caption, alt_text=text.alt_text)

    def framing(self, media_id: int) -> Framing:
        with self.library.session() as session:
            item = get_media(session, media_id)
            picture = shown_picture(session, item)
            crops = {str(k): (int(v[0]), int(v[1]), int(v[2]), int(v[3]))
                     for k, v in (item.crops or {}).items() if len(v) == 4}
            if picture is None:
                return Framing((item.focal_x, item.focal_y), crops, (1, 1), None)
            path = self.library.layout.media_path(picture.sha256) if picture.sha256 else None
            size = (picture.width or 1, picture.height or 1)
            return Framing((item.focal_x, item.focal_y), crops, size, path)

    def missing_alt(self, media_ids: Iterable[int], edition: str) -> list[MissingAlt]:
        with self.library.session() as session:
            return missing_alt_text(session, media_ids, edition)

    def where_used(self, media_id: int) -> list[Use]:
        with self.library.session() as session:
            return where_used(session, media_id)

    # --- trash ----------------------------------------------------------------------------------------------
    def in_trash(self, media_id: int) -> bool:
        with self.library.session() as session:
            return get_media(session, media_id).deleted_at is not None

    def trash(self, media_id: int) -> None:
        """Refused with InUseError, naming each use, while a live record uses the item."""
        with self.library.session() as session:
            trash_media(session, media_id)

    def restore(self, media_id: int) -> None:
        with self.library.session() as session:
            restore_media(session, media_id)

    def trashed(self) -> list[Trashed]:
        with self.library.session() as session:
            items = session.scalars(select(MediaItem).where(MediaItem.deleted_at.is_not(None)))
            return [Trashed(i.id, i.title or i.original_filename or i.source_url or f"#{i.id}", i.deleted_at)
                    for i in items if i.deleted_at is not None]

    def purge(self, media_id: int) -> None:
        """Delete for good (from the trash only): the row, the stored file and derived files."""
        from nejat_desk.services.media_files import remove_files

        with self.library.session() as session:
            sha = _purge(session, media_id)
        remove_files(self.library.layout, media_id, sha)

    def empty_trash(self) -> EmptiedTrash:
        """Purge everything in the trash that nothing uses; say why the rest stayed."""
        purged, kept = 0, []
        for entry in self.trashed():
            try:
                self.purge(entry.id)
                purged += 1
            except InUseError as exc:
                kept.append(str(exc))
        return EmptiedTrash(purged, tuple(kept))

    # --- adding --------------------------------------------------------------------------------------------
    def import_files(self, paths: Iterable[Path], *, gallery_id: int | None = None,
                     progress: ProgressCallback | None = None, cancel: threading.Event | None = None,
                     workers: int | None = None, write: WriteUnits = inline) -> ImportReport:
        """Files and folders into the store (see `media_import`); never raises for a bad file. Each
        file is stored by `write` (services.writes: the window's writer thread)."""
        from nejat_desk.services.media_import import import_media

        return import_media(self.library, paths, gallery_id=gallery_id, progress=progress, cancel=cancel,
                            workers=workers, write=write)

    def add_remote_video(self, url: str, title: str = "", *, poster: Path | None = None,
                         gallery_id: int | None = None) -> int:
        """A YouTube, Vimeo or Aparat video as a media item (kind remote_video); the poster image,
        when given, is imported as an image and linked. Raises ValidationError for other addresses,
        a second copy, or a poster that is a picture in the trash."""
        remote = parse_remote_video(url)
        if remote is None:
            raise ValidationError(translate("services.media", "{url} is not a YouTube, Vimeo or Aparat video "
                                            "address.").format(url=repr(url)))
        from nejat_desk.services.media_import import add_to_gallery

        with self.library.session() as session:
            _refuse_second_copy(session, remote.url)  # before the poster goes in: nothing stored for nothing
        poster_id = self._poster(poster) if poster is not None else None
        with self.library.session() as session:
            _refuse_second_copy(session, remote.url)
            item = MediaItem(kind=MediaKind.REMOTE_VIDEO.value, sha256=None, source_url=remote.url,
                             title=title.strip() or f"{remote.provider.capitalize()} video {remote.video_id}",
                             mime_type="text/html", poster_media_id=poster_id,
                             raw_metadata={"provider": remote.provider, "video_id": remote.video_id,
                                           "embed_url": remote.embed_url})
            session.add(item)
            session.flush()
            if gallery_id is not None:
                add_to_gallery(session, gallery_id, item.id)
            return item.id

    def _poster(self, path: Path) -> int:
        from nejat_desk.services.media_import import DUPLICATE, IMPORTED

        report = self.import_files([path])
        line = report.lines[0] if report.lines else None
        if line is None or line.outcome not in (IMPORTED, DUPLICATE) or line.media_id is None:
            reason = line.message if line else translate("services.media", "no file")
            raise ValidationError(translate("services.media", "The poster image could not be used: {reason}")
                                  .format(reason=reason))
        if line.in_trash:
            raise ValidationError(translate(
                "services.media", "The poster image is media #{id}, which is in the trash: restore it first, "
                "or choose another picture.").format(id=line.media_id))
        return line.media_id
