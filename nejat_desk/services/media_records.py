"""One media record, as the media services load it: the lookup with its "no such item" message,
and the picture shown for an item (a hosted video's poster stands in for it).

A home of its own so that `media.py` (the library's use cases) and `renditions.py` (the imaging)
share it without importing each other. Service-layer helpers: they take the caller's session.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.storage.models import MediaItem


def get_media(session: Session, media_id: int) -> MediaItem:
    item = session.get(MediaItem, media_id)
    if item is None:
        raise ValidationError(translate("services.media_records", "There is no media item #{id}.")
                              .format(id=media_id))
    return item


def shown_picture(session: Session, item: MediaItem) -> MediaItem | None:
    """The record whose file shows `item`: a hosted video's poster, else the item itself; None
    when a poster is named but gone."""
    if item.poster_media_id:
        return session.get(MediaItem, item.poster_media_id)
    return item
