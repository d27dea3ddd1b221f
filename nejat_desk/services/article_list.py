"""The article list as plain SQL over sqlite3: filter and sort to an ordered list of ids,
then fetch display rows for a window of ids. No ORM, so the list opens before SQLAlchemy
is imported and a page of rows costs one indexed query.

`ArticleListService` is what the front ends call; each method opens its own short sqlite3
connection (read-only unless it writes), so it may be called from any thread. The module's
functions taking a connection are its helpers.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from nejat_desk.core.errors import ValidationError
from nejat_desk.core.i18n import translate
from nejat_desk.core.typing_aids import DigitSystem, convert_digits

if TYPE_CHECKING:
    from nejat_desk.storage.library import Library

T = TypeVar("T")

COLUMNS: tuple[str, ...] = ("title", "edition", "category", "status", "byline", "updated", "scheduled")
DATE_FIELDS = {"updated": "a.updated_at", "created": "a.created_at", "published": "a.published_at",
               "scheduled": "a.scheduled_at"}
_SORT_SQL = {
    "title": "a.title COLLATE NOCASE",
    "edition": "a.edition_code",
    "category": "c.name COLLATE NOCASE",
    "status": "a.status",
    "byline": "a.byline COLLATE NOCASE",
    "updated": "a.updated_at",
    "scheduled": "a.scheduled_at",
}
SAVED_FILTER_WORKSPACE = "articles"
# A stale translation (services.translation_bases), for the article aliased `a`: its source's text
# changed since it followed it, and it is still in the source's group. The one home of the rule's SQL.
STALE_SQL = ("EXISTS (SELECT 1 FROM translation_bases b JOIN articles o ON o.id = b.source_id "
             "WHERE b.article_id = a.id AND o.text_version > b.source_text_version "
             "AND o.translation_group_id = a.translation_group_id)")


@dataclass
class ArticleFilter:
    """What the list shows; JSON-serialisable so it can be kept as a saved filter."""

    editions: list[str] = field(default_factory=list)
    statuses: list[str] = field(default_factory=list)
    category: str = ""  # a category name; its sub-categories match too
    tag: str = ""
    date_field: str = "updated"
    date_from: str = ""  # ISO dates, inclusive
    date_to: str = ""
    include_trash: bool = False
    preflight_blocked: bool = False  # only articles whose last pre-flight check found blocking findings
    stale: bool = False  # only translations whose source changed since they followed it

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ArticleFilter:
        known = {k: v for k, v in (data or {}).items() if k in cls.__dataclass_fields__}
        return cls(**known)


@dataclass(frozen=True)
class ArticleRow:
    id: int
    title: str
    edition: str
    category: str
    status: str
    byline: str
    updated: datetime | None
    scheduled: datetime | None
    slug: str
    stale: bool = False  # a translation whose source changed since it followed it


def _parse_day(text: str, which: str) -> date:
    try:
        # A Farsi or Arabic keyboard types its own digits: ۲۰۲۶-۱۲-۰۱ is the same date.
        return date.fromisoformat(convert_digits(text, DigitSystem.ASCII))
    except ValueError:
        if which == "start":
            message = translate("services.article_list", "The start date {text} is not a date (YYYY-MM-DD).")
        else:
            message = translate("services.article_list", "The end date {text} is not a date (YYYY-MM-DD).")
        raise ValidationError(message.format(text=repr(text))) from None


def where_clause(flt: ArticleFilter) -> tuple[str, list[Any]]:
    parts: list[str] = []
    params: list[Any] = []
    if not flt.include_trash:
        parts.append("a.deleted_at IS NULL")  # i18n: ok (SQL)
    if flt.editions:
        parts.append(f"a.edition_code IN ({','.join('?' * len(flt.editions))})")  # i18n: ok (SQL)
        params += flt.editions
    if flt.statuses:
        parts.append(f"a.status IN ({','.join('?' * len(flt.statuses))})")  # i18n: ok (SQL)
        params += flt.statuses
    if flt.category.strip():
        parts.append("a.category_id IN (WITH RECURSIVE sub(id) AS ("
                     "SELECT id FROM categories WHERE name = ? COLLATE NOCASE "
                     "UNION SELECT c2.id FROM categories c2 JOIN sub ON c2.parent_id = sub.id) SELECT id FROM sub)")
        params.append(flt.category.strip())
    if flt.tag.strip():
        parts.append("EXISTS (SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id "
                     "WHERE at.article_id = a.id AND t.name = ? COLLATE NOCASE)")
        params.append(flt.tag.strip())
    if flt.preflight_blocked:  # the ids services/preflight.py records, read straight from the JSON
        parts.append("a.id IN (SELECT CAST(j.key AS INTEGER) FROM library_settings s, json_each(s.value) j "
                     "WHERE s.key = 'preflight.blocking')")
    if flt.stale:
        parts.append(STALE_SQL)
    column = DATE_FIELDS.get(flt.date_field)
    if column is None:
        raise ValidationError(translate("services.article_list", "Unknown date field {field}.")
                              .format(field=repr(flt.date_field)))
    start = _parse_day(flt.date_from, "start") if flt.date_from else None
    end = _parse_day(flt.date_to, "end") if flt.date_to else None
    if start and end and end < start:
        raise ValidationError(translate("services.article_list", "The end date is before the start date."))
    if start:
        parts.append(f"{column} >= ?")
        params.append(f"{start.isoformat()} 00:00:00")
    if end:
        parts.append(f"{column} < ?")
        params.append(f"{(end + timedelta(days=1)).isoformat()} 00:00:00")
    return (" AND ".join(parts) or "1"), params


_LIST_INDEX_KNOWN: dict[str, bool] = {}


def has_list_index(conn: sqlite3.Connection) -> bool:
    """Whether migration 0004's covering index is there (the planner does not always pick it:
    it prefers the plain updated_at index, which then reads every article body for the filter)."""
    key = str(conn.execute("PRAGMA database_list").fetchone()[2])
    known = _LIST_INDEX_KNOWN.get(key)
    if known is None:
        known = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'ix_articles_list'"
                             ).fetchone() is not None
        _LIST_INDEX_KNOWN[key] = known
    return known


def query_ids(conn: sqlite3.Connection, flt: ArticleFilter, sort: str = "updated", descending: bool = True,
              restrict_to: list[int] | None = None, limit: int | None = None) -> list[int]:
    """Ids of the matching articles in display order. `restrict_to` (ranked search hits) keeps its order."""
    if sort not in _SORT_SQL:
        raise ValidationError(translate("services.article_list", "Unknown sort column {column}.")
                              .format(column=repr(sort)))
    where, params = where_clause(flt)
    join = "LEFT JOIN categories c ON c.id = a.category_id" if sort == "category" else ""
    if restrict_to is not None:
        if not restrict_to:
            return []
        ids = list(dict.fromkeys(restrict_to))
        sql = f"SELECT a.id FROM articles a WHERE {where} AND a.id IN ({','.join('?' * len(ids))})"
        keep = {r[0] for r in conn.execute(sql, [*params, *ids])}
        return [i for i in ids if i in keep]
    direction = "DESC" if descending else "ASC"
    nulls = f"{_SORT_SQL[sort]} IS NULL, " if sort in ("scheduled", "category") else ""  # i18n: ok (SQL)
    indexed = "INDEXED BY ix_articles_list" if has_list_index(conn) else ""  # i18n: ok (SQL)
    sql = (f"SELECT a.id FROM articles a {indexed} {join} WHERE {where} "
           f"ORDER BY {nulls}{_SORT_SQL[sort]} {direction}, a.id {direction}")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [r[0] for r in conn.execute(sql, params)]


def _instant(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).replace(tzinfo=UTC)
    except ValueError:
        return None


def fetch_rows(conn: sqlite3.Connection, ids: list[int]) -> dict[int, ArticleRow]:
    """Display rows for `ids` (any order); missing ids are simply absent."""
    if not ids:
        return {}
    sql = ("SELECT a.id, a.title, a.edition_code, "
           "CASE WHEN c.id IS NULL THEN '' WHEN p.id IS NULL THEN c.name ELSE p.name || '/' || c.name END, "
           f"a.status, a.byline, a.updated_at, a.scheduled_at, a.slug, {STALE_SQL} "
           "FROM articles a LEFT JOIN categories c ON c.id = a.category_id "
           "LEFT JOIN categories p ON p.id = c.parent_id "
           f"WHERE a.id IN ({','.join('?' * len(ids))})")
    rows: dict[int, ArticleRow] = {}
    for r in conn.execute(sql, ids):
        rows[r[0]] = ArticleRow(r[0], r[1] or "", r[2], r[3] or "", r[4], r[5] or "", _instant(r[6]),
                                _instant(r[7]), r[8], bool(r[9]))
    return rows


def category_names(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT DISTINCT name FROM categories ORDER BY name COLLATE NOCASE")]


def category_paths(conn: sqlite3.Connection, edition: str) -> list[str]:
    """'World/Iraq' paths of an edition's categories, for the editor's completer."""
    rows = conn.execute("SELECT id, parent_id, name FROM categories WHERE edition_code = ?", (edition,)).fetchall()
    by_id = {r[0]: r for r in rows}
    paths = []
    for row in rows:
        names, node, seen = [], row, set()
        while node is not None and node[0] not in seen:
            seen.add(node[0])
            names.append(node[2])
            node = by_id.get(node[1]) if node[1] is not None else None
        paths.append("/".join(reversed(names)))
    return sorted(paths, key=str.casefold)


def tag_names(conn: sqlite3.Connection, edition: str | None = None) -> list[str]:
    if edition:
        rows = conn.execute("SELECT name FROM tags WHERE edition_code = ? ORDER BY name COLLATE NOCASE", (edition,))
    else:
        rows = conn.execute("SELECT DISTINCT name FROM tags ORDER BY name COLLATE NOCASE")
    return [r[0] for r in rows]


# --- saved filters ------------------------------------------------------------------------

def saved_filters(conn: sqlite3.Connection) -> list[tuple[str, ArticleFilter]]:
    import json

    rows = conn.execute("SELECT name, definition FROM saved_filters WHERE workspace = ? ORDER BY name",
                        (SAVED_FILTER_WORKSPACE,)).fetchall()
    return [(r[0], ArticleFilter.from_json(json.loads(r[1]) if r[1] else {})) for r in rows]


def save_filter(conn: sqlite3.Connection, name: str, flt: ArticleFilter) -> None:
    """Create or replace the saved filter `name` (conn must be writable; committed here)."""
    import json
    import uuid

    name = name.strip()
    if not name:
        raise ValidationError(translate("services.article_list", "A saved filter needs a name."))
    where_clause(flt)  # refuse a filter that would not run
    with conn:
        conn.execute("INSERT INTO saved_filters(uid, workspace, name, definition) VALUES (?, ?, ?, ?) "
                     "ON CONFLICT(workspace, name) DO UPDATE SET definition = excluded.definition",
                     (uuid.uuid4().hex, SAVED_FILTER_WORKSPACE, name, json.dumps(flt.to_json())))


def delete_filter(conn: sqlite3.Connection, name: str) -> None:
    with conn:
        conn.execute("DELETE FROM saved_filters WHERE workspace = ? AND name = ?", (SAVED_FILTER_WORKSPACE, name))


def matching_articles(conn: sqlite3.Connection, text: str, edition: str | None, limit: int) -> list[ArticleChoice]:
    query = ("SELECT id, edition_code, slug, title, status FROM articles WHERE deleted_at IS NULL"
             " AND (title LIKE ? OR slug LIKE ?)")
    like = f"%{text.strip()}%"
    params: list[Any] = [like, like]
    if edition:
        query += " AND edition_code = ?"  # i18n: ok (SQL)
        params.append(edition)
    query += " ORDER BY updated_at DESC LIMIT ?"
    params.append(int(limit))
    return [ArticleChoice(*row) for row in conn.execute(query, params)]


def listed_articles(conn: sqlite3.Connection, edition: str | None, status: str | None, trash: bool,
                    limit: int, stale: bool = False) -> list[ListedArticle]:
    where = ["a.deleted_at IS NOT NULL" if trash else "a.deleted_at IS NULL"]  # i18n: ok (SQL)
    params: list[Any] = []
    if edition:
        where.append("a.edition_code = ?")  # i18n: ok (SQL)
        params.append(edition)
    if status:
        where.append("a.status = ?")
        params.append(status)
    if stale:
        where.append(STALE_SQL)
    sql = (f"SELECT a.id, a.edition_code, a.status, a.slug, a.title, a.updated_at, a.scheduled_at, {STALE_SQL} "
           "FROM articles a WHERE " + " AND ".join(where) + " ORDER BY a.updated_at DESC, a.id DESC")
    if limit > 0:
        sql += " LIMIT ?"  # i18n: ok (SQL)
        params.append(int(limit))
    return [ListedArticle(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7])) for r in conn.execute(sql, params)]


# --- the service ---------------------------------------------------------------------------

@dataclass(frozen=True)
class SavedFilter:
    name: str
    filter: ArticleFilter


@dataclass(frozen=True)
class ArticleChoice:
    """An article offered in a picker."""

    id: int
    edition: str
    slug: str
    title: str
    status: str


@dataclass(frozen=True)
class ListedArticle:
    """A line of `nejat-desk list`: the times as the database keeps them (UTC, ISO-like)."""

    id: int
    edition: str
    status: str
    slug: str
    title: str
    updated_at: str
    scheduled_at: str | None
    stale: bool = False  # a translation whose source changed since it followed it


# A picker lists at most this many articles (typing narrows it).
CHOICE_LIMIT = 500


class ArticleListService:
    """The Articles list's queries over the open library; SQLite's errors come out as LibraryError."""

    def __init__(self, library: Library) -> None:
        self.library = library

    @contextmanager
    def _connection(self, *, readonly: bool = True) -> Iterator[sqlite3.Connection]:
        try:
            conn = self.library.raw(readonly=readonly)
            try:
                yield conn
            finally:
                conn.close()
        except sqlite3.Error as exc:
            raise self.library.database_error(exc) from exc

    def _read(self, query: Callable[[sqlite3.Connection], T]) -> T:
        with self._connection() as conn:
            return query(conn)

    def ids(self, flt: ArticleFilter, sort: str = "updated", descending: bool = True,
            restrict_to: list[int] | None = None, limit: int | None = None) -> list[int]:
        """Ids of the matching articles in display order. `restrict_to` (ranked search hits) keeps its order."""
        return self._read(lambda conn: query_ids(conn, flt, sort, descending, restrict_to, limit))

    def rows(self, ids: list[int]) -> dict[int, ArticleRow]:
        """Display rows for `ids` (any order); missing ids are simply absent."""
        return self._read(lambda conn: fetch_rows(conn, ids))

    def category_names(self) -> list[str]:
        return self._read(category_names)

    def category_paths(self, edition: str) -> list[str]:
        """'World/Iraq' paths of an edition's categories, for the editor's completer."""
        return self._read(lambda conn: category_paths(conn, edition))

    def tag_names(self, edition: str | None = None) -> list[str]:
        return self._read(lambda conn: tag_names(conn, edition))

    def matching(self, text: str, edition: str | None = None, limit: int = CHOICE_LIMIT) -> list[ArticleChoice]:
        """Articles (not in the trash) whose title or slug contains `text`, newest edits first."""
        return self._read(lambda conn: matching_articles(conn, text, edition, limit))

    def listing(self, *, edition: str | None = None, status: str | None = None, trash: bool = False,
                limit: int = 0, stale: bool = False) -> list[ListedArticle]:
        """Articles (or, with `trash`, those in the trash), newest change first; `limit` 0 is all;
        `stale`: only stale translations."""
        return self._read(lambda conn: listed_articles(conn, edition, status, trash, limit, stale))

    def saved_filters(self) -> list[SavedFilter]:
        return [SavedFilter(name, flt) for name, flt in self._read(saved_filters)]

    def save_filter(self, name: str, flt: ArticleFilter) -> None:
        """Create or replace the saved filter `name`."""
        with self._connection(readonly=False) as conn:
            save_filter(conn, name, flt)

    def delete_filter(self, name: str) -> None:
        with self._connection(readonly=False) as conn:
            delete_filter(conn, name)
