"""Galleries (Photo Gallery, Cartoons, NewsPics, Videos): titles per edition, cover, status and
schedule, and the order of their items. No Qt.

`GalleryService` is what the front ends call (the gallery editor's undo commands too); the
functions taking a `Session` are the service layer's helpers, for use inside a unit of work.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from nejat_desk.core.domain import ArticleStatus, GalleryKind
from nejat_desk.core.errors import InUseError, ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.core.slugs import slugify, unique_slug
from nejat_desk.services.media import gallery_label, missing_alt_message, missing_alt_text
from nejat_desk.storage.models import Gallery, GalleryItem, MediaItem, ScheduleEntry, utc_now
from nejat_desk.storage.models import GalleryText as GalleryTextRow

if TYPE_CHECKING:
    from nejat_desk.storage.library import Library

GALLERY_STATUSES = (ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.READY, ArticleStatus.SCHEDULED,
                    ArticleStatus.PUBLISHED, ArticleStatus.ARCHIVED)
NEEDS_ALT = (ArticleStatus.READY, ArticleStatus.SCHEDULED, ArticleStatus.PUBLISHED)


def get_gallery(session: Session, gallery_id: int) -> Gallery:
    gallery = session.get(Gallery, gallery_id)
    if gallery is None:
        raise ValidationError(translate("services.galleries", "There is no gallery #{id}.").format(id=gallery_id))
    return gallery


def create_gallery(session: Session, kind: str, titles: dict[str, str], *,
                   descriptions: dict[str, str] | None = None) -> Gallery:
    try:
        kind = GalleryKind(kind).value
    except ValueError:
        raise ValidationError(translate("services.galleries", "Unknown gallery kind {kind}; one of: {kinds}.").format(
            kind=repr(kind), kinds=", ".join(k.value for k in GalleryKind))) from None
    if not any(t.strip() for t in titles.values()):
        raise ValidationError(translate("services.galleries", "A gallery needs a title in at least one edition."))
    base = slugify(next(t for t in titles.values() if t.strip())) or kind
    taken = set(session.scalars(select(Gallery.slug)))
    gallery = Gallery(kind=kind, slug=unique_slug(base, taken))
    for edition in sorted(set(titles) | set(descriptions or {})):
        gallery.texts.append(GalleryTextRow(edition_code=edition, title=titles.get(edition, "").strip(),
                                         description=(descriptions or {}).get(edition, "").strip()))
    session.add(gallery)
    session.flush()
    return gallery


def set_gallery_text(session: Session, gallery_id: int, edition: str, *, title: str | None = None,
                     description: str | None = None) -> None:
    gallery = get_gallery(session, gallery_id)
    text = next((t for t in gallery.texts if t.edition_code == edition), None)
    if text is None:
        text = GalleryTextRow(edition_code=edition, title="", description="")
        gallery.texts.append(text)
    if title is not None:
        text.title = title.strip()
    if description is not None:
        text.description = description.strip()


def gallery_editions(gallery: Gallery) -> list[str]:
    """The editions a gallery appears in: those where it has a title."""
    return [t.edition_code for t in gallery.texts if t.title.strip()]


def item_ids(session: Session, gallery_id: int) -> list[int]:
    return list(session.scalars(select(GalleryItem.media_id).where(GalleryItem.gallery_id == gallery_id)
                                .order_by(GalleryItem.position, GalleryItem.media_id)))


def set_order(session: Session, gallery_id: int, media_ids: Sequence[int]) -> None:
    """Make the gallery hold exactly `media_ids`, in that order (adds and removes as needed)."""
    get_gallery(session, gallery_id)
    if len(set(media_ids)) != len(media_ids):
        raise ValidationError(translate("services.galleries", "A picture can be in a gallery only once."))
    found = set(session.scalars(select(MediaItem.id).where(MediaItem.id.in_(list(media_ids)))))
    missing = [m for m in media_ids if m not in found]
    if missing:
        raise ValidationError(_no_media(missing[0]))
    current = {gi.media_id: gi for gi in session.scalars(
        select(GalleryItem).where(GalleryItem.gallery_id == gallery_id))}
    for mid, gi in current.items():
        if mid not in media_ids:
            session.delete(gi)
    for position, mid in enumerate(media_ids):
        kept = current.get(mid)
        if kept is None:
            session.add(GalleryItem(gallery_id=gallery_id, media_id=mid, position=position))
        else:
            kept.position = position
    session.flush()


def _no_media(media_id: object) -> str:
    return translate("services.galleries", "No media item #{id}.").format(id=media_id)


def move_items(order: Sequence[int], moving: Sequence[int], to_row: int) -> list[int]:
    """The new order after dropping `moving` (in their current order) before row `to_row` of `order`."""
    moving_set = set(moving)
    kept = [m for m in order if m not in moving_set]
    before = sum(1 for m in order[:max(0, min(to_row, len(order)))] if m not in moving_set)
    moved = [m for m in order if m in moving_set]
    return kept[:before] + moved + kept[before:]


def add_items(session: Session, gallery_id: int, media_ids: Sequence[int], at: int | None = None) -> list[int]:
    order = item_ids(session, gallery_id)
    new = [m for m in dict.fromkeys(media_ids) if m not in order]
    at = len(order) if at is None else max(0, min(at, len(order)))
    order = order[:at] + new + order[at:]
    set_order(session, gallery_id, order)
    return order


def remove_items(session: Session, gallery_id: int, media_ids: Sequence[int]) -> list[int]:
    order = [m for m in item_ids(session, gallery_id) if m not in set(media_ids)]
    set_order(session, gallery_id, order)
    return order


class Keep(Enum):
    """A field `update_gallery` leaves as it is (None means "none", so it cannot say that)."""

    KEEP = "keep"


KEEP = Keep.KEEP


def update_gallery(session: Session, gallery_id: int, *, cover_media_id: int | None | Keep = KEEP,
                   scheduled_at: datetime | None | Keep = KEEP) -> Gallery:
    gallery = get_gallery(session, gallery_id)
    if cover_media_id is not KEEP:
        if cover_media_id is not None and session.get(MediaItem, cover_media_id) is None:
            raise ValidationError(_no_media(cover_media_id))
        gallery.cover_media_id = cover_media_id
    if scheduled_at is not KEEP:
        if scheduled_at is not None and scheduled_at.tzinfo is None:
            raise ValidationError(translate("services.galleries", "A schedule time needs a time zone."))
        gallery.scheduled_at = scheduled_at
    return gallery


def readiness_problems(session: Session, gallery_id: int) -> list[str]:
    """What stops the gallery from being marked ready: alt text per edition, no items, no title."""
    gallery = get_gallery(session, gallery_id)
    problems: list[str] = []
    editions = gallery_editions(gallery)
    if not editions:
        problems.append(translate("services.galleries", "The gallery has no title in any edition."))
    ids = item_ids(session, gallery_id)
    if not ids:
        problems.append(translate("services.galleries", "The gallery has no pictures."))
    for edition in editions:
        missing = missing_alt_text(session, ids, edition)
        if missing:
            problems.append(missing_alt_message(missing))
    return problems


def set_status(session: Session, gallery_id: int, status: str) -> Gallery:
    """Change the status; ready/scheduled/published need alt text for every picture in every edition
    the gallery has a title in, and scheduled needs a time."""
    gallery = get_gallery(session, gallery_id)
    try:
        new = ArticleStatus(status)
    except ValueError:
        raise ValidationError(translate("services.galleries", "Unknown status {status}.").format(
            status=repr(status))) from None
    if new in NEEDS_ALT:
        problems = readiness_problems(session, gallery_id)
        if problems:
            raise ValidationError(" ".join(problems))
    if new is ArticleStatus.SCHEDULED and gallery.scheduled_at is None:
        raise ValidationError(translate("services.galleries", "Set the date and time before scheduling the gallery."))
    gallery.status = new.value
    if new is ArticleStatus.PUBLISHED and gallery.published_at is None:
        gallery.published_at = utc_now()
    return gallery


def trash_gallery(session: Session, gallery_id: int) -> None:
    gallery = get_gallery(session, gallery_id)
    planned = list(session.scalars(select(ScheduleEntry).where(ScheduleEntry.gallery_id == gallery_id,
                                                               ScheduleEntry.state == "planned")))
    if planned:
        raise InUseError(translate("services.galleries", "“{gallery}” is on the schedule (planned entries: "
                                   "{count}, first due {due} UTC). Remove it from the schedule first.").format(
                             gallery=gallery_label(gallery), count=len(planned),
                             due=f"{planned[0].due_at:%Y-%m-%d %H:%M}"),
                         [translate("services.galleries", "schedule entry #{id}").format(id=e.id) for e in planned])
    gallery.deleted_at = utc_now()


def restore_gallery(session: Session, gallery_id: int) -> None:
    get_gallery(session, gallery_id).deleted_at = None


def purge_gallery(session: Session, gallery_id: int) -> None:
    gallery = get_gallery(session, gallery_id)
    if gallery.deleted_at is None:
        raise ValidationError(translate("services.galleries", "Only a gallery in the trash can be deleted for good."))
    session.delete(gallery)


def list_galleries(session: Session, *, kind: str | None = None, trash: bool = False) -> list[Gallery]:
    q = select(Gallery).where(Gallery.deleted_at.is_not(None) if trash else Gallery.deleted_at.is_(None))
    if kind:
        q = q.where(Gallery.kind == kind)
    return list(session.scalars(q.order_by(Gallery.created_at.desc(), Gallery.id.desc())))


# --- what the front ends get ------------------------------------------------------------------------

@dataclass(frozen=True)
class GalleryInfo:
    """One line of a list of galleries."""

    id: int
    label: str
    kind: str
    status: str


@dataclass(frozen=True)
class GalleryText:
    """A gallery's words in one edition."""

    title: str = ""
    description: str = ""


@dataclass(frozen=True)
class GalleryDetail:
    id: int
    kind: str
    slug: str
    status: str
    scheduled_at: datetime | None
    cover_media_id: int | None
    in_trash: bool
    texts: Mapping[str, GalleryText]  # by edition code
    item_ids: tuple[int, ...]  # in order


class GalleryService:
    """Galleries for the window and the command line. Methods may run on any thread; each is one
    unit of work."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def summaries(self, *, kind: str | None = None, trash: bool = False) -> list[GalleryInfo]:
        """Newest first; those in the trash instead when `trash`."""
        with self.library.session() as session:
            return [GalleryInfo(g.id, gallery_label(g), g.kind, g.status)
                    for g in list_galleries(session, kind=kind, trash=trash)]

    def detail(self, gallery_id: int) -> GalleryDetail:
        with self.library.session() as session:
            g = get_gallery(session, gallery_id)
            return GalleryDetail(g.id, g.kind, g.slug, g.status, g.scheduled_at, g.cover_media_id,
                                 g.deleted_at is not None,
                                 {t.edition_code: GalleryText(t.title, t.description) for t in g.texts},
                                 tuple(item_ids(session, gallery_id)))

    def find(self, ref: str) -> int:
        """The id of the live gallery with this number or slug; ValidationError when there is none."""
        with self.library.session() as session:
            gallery = session.get(Gallery, int(ref)) if ref.isdigit() else session.scalar(
                select(Gallery).where(Gallery.slug == ref))
            if gallery is None or gallery.deleted_at is not None:
                raise ValidationError(translate("services.galleries", "There is no gallery {gallery} (give "
                                                "its number or slug).").format(gallery=repr(ref)))
            return gallery.id

    def create(self, kind: str, titles: Mapping[str, str], *,
               descriptions: Mapping[str, str] | None = None) -> int:
        with self.library.session() as session:
            return create_gallery(session, kind, dict(titles), descriptions=dict(descriptions or {})).id

    def save(self, gallery_id: int, *, texts: Mapping[str, GalleryText], scheduled_at: datetime | None,
             status: str) -> None:
        """Titles and descriptions, schedule and status together, or nothing when the status is refused
        (ready needs alt text for every picture in every edition the gallery has a title in)."""
        with self.library.session() as session:
            for edition, text in texts.items():
                set_gallery_text(session, gallery_id, edition, title=text.title, description=text.description)
            update_gallery(session, gallery_id, scheduled_at=scheduled_at)
            session.flush()
            set_status(session, gallery_id, status)

    def set_cover(self, gallery_id: int, media_id: int | None) -> None:
        with self.library.session() as session:
            update_gallery(session, gallery_id, cover_media_id=media_id)

    def item_ids(self, gallery_id: int) -> list[int]:
        with self.library.session() as session:
            return item_ids(session, gallery_id)

    def set_order(self, gallery_id: int, media_ids: Sequence[int]) -> None:
        """Make the gallery hold exactly `media_ids`, in that order."""
        with self.library.session() as session:
            set_order(session, gallery_id, media_ids)

    def add_items(self, gallery_id: int, media_ids: Sequence[int], at: int | None = None) -> list[int]:
        with self.library.session() as session:
            return add_items(session, gallery_id, media_ids, at)

    def remove_items(self, gallery_id: int, media_ids: Sequence[int]) -> list[int]:
        with self.library.session() as session:
            return remove_items(session, gallery_id, media_ids)

    def readiness_problems(self, gallery_id: int) -> list[str]:
        with self.library.session() as session:
            return readiness_problems(session, gallery_id)

    def trash(self, gallery_id: int) -> None:
        """Refused with InUseError while the gallery is on the schedule."""
        with self.library.session() as session:
            trash_gallery(session, gallery_id)

    def restore(self, gallery_id: int) -> None:
        with self.library.session() as session:
            restore_gallery(session, gallery_id)

    def purge(self, gallery_id: int) -> None:
        with self.library.session() as session:
            purge_gallery(session, gallery_id)

    def trashed(self) -> list[tuple[int, str, datetime]]:
        """(id, label, when deleted) of the galleries in the trash."""
        with self.library.session() as session:
            return [(g.id, gallery_label(g), g.deleted_at) for g in list_galleries(session, trash=True)
                    if g.deleted_at is not None]
