"""The media library's read models, over a plain sqlite3 connection: which items match the grid's
filters, the few columns the grid and the media picker show for each, and the tags in use.

They run on every scroll and filter keystroke and must not pay for ORM objects. Service-layer
helpers: `MediaService` opens the connection and calls them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from nejat_desk.core.textnorm import normalize_for_index

# --- finding ------------------------------------------------------------------------------------

@dataclass(frozen=True)
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


@dataclass(frozen=True)
class PickRow:
    """One line of the media picker: what to call the item and its texts in one edition."""

    id: int
    label: str  # title, else file name
    kind: str
    caption: str
    alt_text: str


def pick_rows(conn: sqlite3.Connection, edition: str, kinds: Sequence[str] = (), text: str = "",
              limit: int = 2000) -> list[PickRow]:
    """Live items, newest first, of `kinds` (all when empty) whose title, file name or caption in
    `edition` contains `text`."""
    where = ["m.deleted_at IS NULL"]  # i18n: ok (SQL)
    params: list[object] = [edition]
    if kinds:
        where.append(f"m.kind IN ({','.join('?' * len(kinds))})")  # i18n: ok (SQL)
        params += list(kinds)
    if text.strip():
        where.append("(m.title LIKE ? OR m.original_filename LIKE ? OR t.caption LIKE ?)")  # i18n: ok (SQL)
        params += [f"%{text.strip()}%"] * 3
    sql = ("SELECT m.id, COALESCE(NULLIF(m.title, ''), m.original_filename), m.kind, "
           "COALESCE(t.caption, ''), COALESCE(t.alt_text, '') FROM media_items m "
           "LEFT JOIN media_texts t ON t.media_id = m.id AND t.edition_code = ? "
           f"WHERE {' AND '.join(where)} ORDER BY m.created_at DESC LIMIT ?")
    return [PickRow(r[0], r[1] or "", r[2], r[3], r[4]) for r in conn.execute(sql, [*params, limit])]
