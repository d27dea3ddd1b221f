"""Reading and writing `RemoteLink` rows, and the small conversions every sync step shares."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

from sqlalchemy import select
from sqlalchemy.orm import Session

from nejat_desk.core.i18n import translate
from nejat_desk.core.timeutil import utc_now
from nejat_desk.storage.models import RemoteLink


def find_link(session: Session, site_id: int, object_type: str, local_id: int) -> RemoteLink | None:
    return session.scalars(select(RemoteLink).where(
        RemoteLink.site_id == site_id, RemoteLink.object_type == object_type,
        RemoteLink.local_id == local_id)).first()


def find_by_remote(session: Session, site_id: int, object_type: str, remote_id: int) -> RemoteLink | None:
    return session.scalars(select(RemoteLink).where(
        RemoteLink.site_id == site_id, RemoteLink.object_type == object_type,
        RemoteLink.remote_id == remote_id)).first()


def record_link(session: Session, site_id: int, object_type: str, local_id: int, remote_id: int, *,
                link: str = "", slug: str = "", modified_gmt: datetime | None = None, synced_hash: str = "",
                synced_version: int = 0) -> RemoteLink:
    row = find_link(session, site_id, object_type, local_id)
    if row is None:
        row = RemoteLink(site_id=site_id, object_type=object_type, local_id=local_id, remote_id=remote_id)
        session.add(row)
    row.remote_id = remote_id
    row.remote_link = link
    row.remote_slug = slug
    row.remote_modified_gmt = modified_gmt
    row.synced_hash = synced_hash
    row.synced_version = synced_version
    row.synced_at = utc_now()
    return row


def parse_gmt(value: str | None) -> datetime | None:
    """WordPress's `*_gmt` fields: ISO without an offset, in UTC."""
    if not value:
        return None
    parsed = datetime.fromisoformat(value.replace("Z", ""))
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed.astimezone(UTC)


def format_gmt(value: datetime) -> str:
    return value.astimezone(UTC).replace(microsecond=0, tzinfo=None).isoformat()


def decode_slug(slug: str) -> str:
    """WordPress stores non-Latin slugs percent-encoded (lowercase); the library keeps letters."""
    return unquote(slug or "")


def raw_field(post: dict[str, Any], name: str) -> str:
    value = post.get(name)
    if isinstance(value, dict):
        return str(value.get("raw", value.get("rendered", "")) or "")
    return str(value or "")


def fingerprint(title: str, content: str, excerpt: str) -> str:
    """What a post says, to tell "changed since the last sync" from "only touched"."""
    data = json.dumps([title, content, excerpt], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def post_fingerprint(post: dict[str, Any]) -> str:
    return fingerprint(raw_field(post, "title"), raw_field(post, "content"), raw_field(post, "excerpt"))


def readable_gmt(value: str | None) -> str:
    """'2026-11-26T16:02:15' as '2026-11-26 16:02 UTC' for messages."""
    parsed = parse_gmt(value)
    if parsed is None:
        return translate("services.wordpress.remote", "at an unknown time")
    return f"{parsed:%Y-%m-%d %H:%M} UTC"
