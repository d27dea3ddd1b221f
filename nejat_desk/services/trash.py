"""The trash across record kinds (articles, media, galleries): what is in it, restore, delete
permanently. Each kind is reached through its own service, so the rules (what may be purged,
what is still in use) stay in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from nejat_desk.core.i18n import translate

if TYPE_CHECKING:
    from nejat_desk.storage.library import Library


@dataclass(frozen=True)
class TrashEntry:
    kind: str  # "article", "media", "gallery"
    record_id: int
    title: str
    deleted_at: datetime


@dataclass(frozen=True)
class TrashKind:
    kind: str
    list_items: Callable[[Library], list[TrashEntry]]
    restore: Callable[[Library, int], None]
    purge: Callable[[Library, int], None]


def _articles() -> TrashKind:
    from nejat_desk.services.articles import ArticleService

    def items(library: Library) -> list[TrashEntry]:
        untitled = translate("services.trash", "(untitled)")
        return [TrashEntry("article", rid, f"[{edition}] {title or untitled}", when)
                for rid, edition, title, when in ArticleService(library).trashed()]

    return TrashKind("article", items, lambda lib, rid: ArticleService(lib).restore_from_trash(rid),
                     lambda lib, rid: ArticleService(lib).purge(rid))


def _media() -> TrashKind:
    from nejat_desk.services.media import MediaService

    def items(library: Library) -> list[TrashEntry]:
        return [TrashEntry("media", t.id, t.label, t.deleted_at) for t in MediaService(library).trashed()]

    return TrashKind("media", items, lambda lib, rid: MediaService(lib).restore(rid),
                     lambda lib, rid: MediaService(lib).purge(rid))


def _galleries() -> TrashKind:
    from nejat_desk.services.galleries import GalleryService

    def items(library: Library) -> list[TrashEntry]:
        return [TrashEntry("gallery", gid, label, when)
                for gid, label, when in GalleryService(library).trashed()]

    return TrashKind("gallery", items, lambda lib, rid: GalleryService(lib).restore(rid),
                     lambda lib, rid: GalleryService(lib).purge(rid))


def trash_kinds() -> list[TrashKind]:
    return [_articles(), _media(), _galleries()]


class TrashService:
    """The trash of the open library. Each method is one unit of work per record."""

    def __init__(self, library: Library) -> None:
        self.library = library

    def entries(self) -> list[TrashEntry]:
        """Everything in the trash, most recently deleted first."""
        entries = [e for kind in trash_kinds() for e in kind.list_items(self.library)]
        return sorted(entries, key=lambda e: e.deleted_at, reverse=True)

    def restore(self, kind: str, record_id: int) -> None:
        _kind(kind).restore(self.library, record_id)

    def purge(self, kind: str, record_id: int) -> None:
        """Delete for good; refused (InUseError, ValidationError) when something still uses it."""
        _kind(kind).purge(self.library, record_id)


def _kind(kind: str) -> TrashKind:
    for k in trash_kinds():
        if k.kind == kind:
            return k
    raise KeyError(kind)
