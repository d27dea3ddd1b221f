"""What the Nejat Desk Companion plugin (packaging/wordpress/) carries, and how the desk finds it.

Core WordPress keeps a post's title, slug, HTML, excerpt, terms, status, date and featured image,
and one alt text and caption per file. The plugin adds post meta for the rest: the byline, the
source, the desk's identities (the article's `uid`, its translation group, the original it
translates and which text revision of it it follows), and `nejat_record`, the desk's own record
of the post as JSON (the Markdown source, the desk status and dates, the attachments, the
gallery's or issue's structure); and attachment meta for the credit and each edition's alt text
and caption. Meta is written with the post in the same request; a site without the plugin
ignores it, and the desk says what did not travel.
"""

from __future__ import annotations

import hashlib
import json
import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nejat_desk.core.i18n import join_list, translate
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.errors import SiteError
from nejat_desk.services.wordpress.remote import post_fingerprint
from nejat_desk.storage.models import Article, MediaItem, MediaText, TranslationBase, TranslationGroup

log = logging.getLogger(__name__)

NAMESPACE = "nejat-desk/v1"
INFO_ROUTE = "/nejat-desk/v1/info"
RECORD_VERSION = 1
# The post meta the plugin registers, in the order they are compared (sync_fingerprint).
POST_META = ("nejat_byline", "nejat_source_name", "nejat_source_url", "nejat_uid", "nejat_kind", "nejat_edition",
             "nejat_translation_group", "nejat_translation_of", "nejat_follows_revision", "nejat_record")


def companion_version(client: WordPressClient) -> str | None:
    """The plugin's version when the site has it ("" when it is there but would not say), else None."""
    try:
        namespaces = client.index().get("namespaces", [])
    except SiteError:
        return None
    if NAMESPACE not in namespaces:
        return None
    try:
        info = client.get(INFO_ROUTE)
    except SiteError as exc:
        log.warning("companion info not readable: %s", exc.problem)
        return ""
    return str(info.get("version", "")) if isinstance(info, dict) else ""


def missing_plugin_line() -> str:
    """The one sentence `site test`, pushes and pulls show for a site without the plugin."""
    return translate("services.wordpress.companion", "The site has no Nejat Desk Companion plugin, so these do not "
                     "travel through it: bylines, sources and source addresses, translation links between desks, "
                     "picture credits and the other editions' alt texts and captions, the Markdown source, the "
                     "desk status and dates of unpublished work, attachments, and the structure of galleries and "
                     "publication issues. Install the plugin from packaging/wordpress to keep them.")


def article_fields_lost(article: Article, credits: bool) -> str:
    """For a push to a site without the plugin: which of this article's filled fields stay behind."""
    lost = [label for label, filled in (
        (translate("services.wordpress.companion", "byline"), article.byline),
        (translate("services.wordpress.companion", "source name"), article.source_name),
        (translate("services.wordpress.companion", "source address"), article.source_url),
        (translate("services.wordpress.companion", "translation links"), article.translation_group_id),
        (translate("services.wordpress.companion", "picture credit"), credits),
        (translate("services.wordpress.companion", "attachments list"), article.attachments),
    ) if filled]
    if not lost:
        return ""
    return translate("services.wordpress.companion", "The site has no Nejat Desk Companion plugin: the article's "
                     "{fields} did not travel (the desk keeps them).").format(fields=join_list(lost))


def object_fields_lost(kind: str) -> str:
    """For a push of a gallery or an issue to a site without the plugin: what stays behind."""
    if kind == "gallery":
        return translate("services.wordpress.companion", "The site has no Nejat Desk Companion plugin: the "
                         "gallery's kind, its other editions' titles and descriptions and the pictures' credits "
                         "did not travel; another desk will pull it as an article (the desk keeps them).")
    return translate("services.wordpress.companion", "The site has no Nejat Desk Companion plugin: the issue's "
                     "series, number, date, PDF and contents did not travel as fields; another desk will pull it "
                     "as an article (the desk keeps them).")


# --- what a push writes -------------------------------------------------------------------------

def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def article_meta(session: Session, article: Article, record: dict[str, Any]) -> dict[str, Any]:
    """The post meta of an article; `record` is the rest of what the desk keeps (see article_record)."""
    group = session.get(TranslationGroup, article.translation_group_id) if article.translation_group_id else None
    base = session.get(TranslationBase, article.id)
    source = session.get(Article, base.source_id) if base is not None else None
    if source is None and group is not None and group.original_article_id not in (None, article.id):
        source = session.get(Article, group.original_article_id)
    return {
        "nejat_byline": article.byline, "nejat_source_name": article.source_name,
        "nejat_source_url": article.source_url, "nejat_uid": article.uid, "nejat_kind": "article",
        "nejat_edition": article.edition_code, "nejat_translation_group": group.uid if group else "",
        "nejat_translation_of": source.uid if source is not None else "",
        "nejat_follows_revision": base.source_text_version if base is not None else 0,
        "nejat_record": dump_record(record),
    }


def article_record(article: Article, sent: dict[str, Any], site_status: str,
                   attachments: list[int | None]) -> dict[str, Any]:
    """The desk's own record: exact text when the site's still matches what was sent, the desk status
    and dates, the remote ids of the attachments."""
    return {
        # The desk's slug: the site makes slugs unique across editions ("-2"), the desk within one.
        "v": RECORD_VERSION, "kind": "article", "slug": article.slug, "body_md": article.body_md,
        "excerpt": article.excerpt,
        "sent": sent_fingerprint(sent), "site_status": site_status, "status": article.status,
        "scheduled_at": _iso(article.scheduled_at), "published_at": _iso(article.published_at),
        "text_version": article.text_version, "source_url": article.source_url,
        "featured_image_ref": article.featured_image_ref, "attachments": [m for m in attachments if m],
    }


def object_meta(kind: str, uid: str, edition: str, record: dict[str, Any]) -> dict[str, Any]:
    """The post meta of a gallery or a publication issue: its identity and its record."""
    return {"nejat_uid": uid, "nejat_kind": kind, "nejat_edition": edition, "nejat_record": dump_record(record)}


def media_meta(session: Session, media_id: int) -> dict[str, Any]:
    """The attachment meta of a media item: credit, every edition's texts, the file's hash."""
    item = session.get(MediaItem, media_id)
    if item is None:
        return {}
    texts = {t.edition_code: {"alt": t.alt_text, "caption": t.caption} for t in session.scalars(
        select(MediaText).where(MediaText.media_id == media_id).order_by(MediaText.edition_code))}
    return {"nejat_credit": item.credit, "nejat_sha256": item.sha256 or "",
            "nejat_texts": json.dumps(texts, ensure_ascii=False, sort_keys=True) if texts else ""}


def dump_record(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sent_fingerprint(sent: dict[str, Any]) -> str:
    """The fingerprint of the title, HTML and excerpt sent: the site still holds them when equal."""
    from nejat_desk.services.wordpress.remote import fingerprint

    return fingerprint(str(sent.get("title", "")), str(sent.get("content", "")), str(sent.get("excerpt", "")))


# --- what a pull reads ----------------------------------------------------------------------------

def post_meta(post: dict[str, Any]) -> dict[str, Any]:
    """The plugin's meta of a post as the site answered ({} without the plugin)."""
    meta = post.get("meta")
    if not isinstance(meta, dict):
        return {}
    return {key: meta[key] for key in POST_META if key in meta}


# What each field of a record must be; a field of another type (a hand-edited or hostile meta) is
# dropped, so the pull goes on as if the record did not say it.
_RECORD_INTS = ("v", "cover", "pdf", "text_version", "number")
_RECORD_INT_LISTS = ("attachments", "items")
_RECORD_DICTS = ("texts", "series")
_RECORD_DATES = ("scheduled_at", "published_at", "issue_date")


def _valid_date(value: str) -> bool:
    from datetime import datetime

    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _clean_record(record: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in record.items():
        if key in _RECORD_INTS:
            ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        elif key in _RECORD_INT_LISTS:
            ok = isinstance(value, list)
            value = [v for v in value if isinstance(v, int) and not isinstance(v, bool) and v > 0] if ok else value
        elif key in _RECORD_DICTS:
            ok = isinstance(value, dict)
        elif key == "contents":
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
        elif key in _RECORD_DATES:
            ok = value is None or (isinstance(value, str) and _valid_date(value))
        else:
            ok = isinstance(value, str)
        if ok:
            clean[key] = value
    return clean


def read_record(post: dict[str, Any]) -> dict[str, Any]:
    """The desk record of a post, checked field by field; {} when there is none or it is not one."""
    text = post_meta(post).get("nejat_record")
    if not isinstance(text, str) or not text:
        return {}
    try:
        record = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(record, dict) or record.get("v") != RECORD_VERSION:
        return {}
    return _clean_record(record)


def media_texts(media: dict[str, Any]) -> dict[str, dict[str, str]]:
    """{edition: {"alt", "caption"}} from an attachment's meta ({} without the plugin)."""
    meta = media.get("meta")
    text = meta.get("nejat_texts") if isinstance(meta, dict) else None
    try:
        data = json.loads(text) if isinstance(text, str) and text else {}
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): {"alt": str(v.get("alt", "")), "caption": str(v.get("caption", ""))}
            for k, v in data.items() if isinstance(v, dict)}


def media_credit(media: dict[str, Any]) -> str | None:
    meta = media.get("meta")
    value = meta.get("nejat_credit") if isinstance(meta, dict) else None
    return value if isinstance(value, str) else None


def kept_meta(post: dict[str, Any]) -> bool:
    """Whether the site's answer shows the plugin's meta (registered meta is always in `meta`)."""
    meta = post.get("meta")
    return isinstance(meta, dict) and "nejat_uid" in meta


def sync_fingerprint(post: dict[str, Any]) -> str:
    """What the desk compares to tell "changed since the last sync": the title, HTML and excerpt, and
    the plugin's meta when the post has any (so a changed byline is a change; a post pushed before
    the plugin was installed keeps the fingerprint it had)."""
    base = post_fingerprint(post)
    meta = post_meta(post)
    if not any(meta.get(key) for key in POST_META):
        return base
    data = json.dumps([base, [meta.get(key) for key in POST_META]], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def companion_report_line(version: str | None) -> str:
    """`site test`'s line about the plugin: its version, or what will not travel without it."""
    if version is None:
        return missing_plugin_line()
    return translate("services.wordpress.companion", "The Nejat Desk Companion plugin {version} is installed: "
                     "every field the desk keeps travels through the site.").format(version=version or "?")
