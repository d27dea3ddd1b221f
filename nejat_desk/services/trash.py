"""The trash across record kinds: what is in it, restore, delete permanently.

Each kind registers a `TrashKind` (articles here; media and galleries in their services).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from nejat_desk.core.i18n import translate
from nejat_desk.storage.library import Library


@dataclass(frozen=True)
class TrashEntry:
    kind: str
    record_id: int
    title: str
    deleted_at: datetime


@dataclass(frozen=True)
class TrashKind:
    kind: str
    label: str
    list_items: Callable[[Library], list[TrashEntry]]
    restore: Callable[[Library, int], None]
    purge: Callable[[Library, int], None]


def _article_kind() -> TrashKind:
    from nejat_desk.services.articles import ArticleService

    def items(library: Library) -> list[TrashEntry]:
        untitled = translate("services.trash", "(untitled)")
        return [TrashEntry("article", rid, f"[{edition}] {title or untitled}", when)
                for rid, edition, title, when in ArticleService(library).trashed()]

    return TrashKind("article", translate("services.trash", "Article"), items,
                     lambda lib, rid: ArticleService(lib).restore_from_trash(rid),
                     lambda lib, rid: ArticleService(lib).purge(rid))


# Module paths of functions returning a TrashKind; media and galleries add theirs.
KIND_FACTORIES: list[str] = []


def trash_kinds() -> list[TrashKind]:
    import importlib

    kinds = [_article_kind()]
    for path in KIND_FACTORIES:
        module_name, func = path.rsplit(":", 1)
        kinds.append(getattr(importlib.import_module(module_name), func)())
    return kinds


def list_trash(library: Library) -> list[TrashEntry]:
    entries = [e for kind in trash_kinds() for e in kind.list_items(library)]
    return sorted(entries, key=lambda e: e.deleted_at, reverse=True)


def _kind(kind: str) -> TrashKind:
    for k in trash_kinds():
        if k.kind == kind:
            return k
    raise KeyError(kind)


def restore(library: Library, kind: str, record_id: int) -> None:
    _kind(kind).restore(library, record_id)


def purge(library: Library, kind: str, record_id: int) -> None:
    _kind(kind).purge(library, record_id)
