"""Pictures inside an exported body: the media store's references become files or addresses.

A body refers to a picture of the media store as `media/<xx>/<sha256>` (services.wordpress.body_media);
that path means something only inside the library. On the way out each reference becomes:
- on an exported page (html, the bundle's pages): the relative address of the web rendition the
  export writes into its `media/` folder (exporters.page_frame's `media_path`, as a featured image);
- in WXR, feeds and Markdown: an absolute address, the site's own copy when the library knows one,
  else `--media-base-url` + the exported file's name; without either the picture is dropped.
A reference the library does not hold, or one without an address, is dropped and named in the report,
so no export carries a broken `media/…` path. Only `<img>` tags (and Markdown's `![alt](src)`) change.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Collection, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nejat_desk.core.i18n import translate
from nejat_desk.core.render import render_markdown
from nejat_desk.core.renditions import output_size
from nejat_desk.exporters.common import absolute_url
from nejat_desk.exporters.model import ExArticle, ExMedia, ExportSet
from nejat_desk.services.wordpress import body_media
from nejat_desk.storage.models import MediaItem

# Markdown's inline image whose address is a store reference: ![alt](media/ab/<sha> "title")
_MD_IMAGE = re.compile(r"""!\[([^\]]*)\]\(\s*<?(media/[0-9a-f]{2}/[0-9a-f]{64}[^\s)>]*)>?(?:\s+"[^"]*")?\s*\)""")
_REFERENCE = re.compile(r"media/[0-9a-f]{2}/([0-9a-f]{64})")

Address = Callable[[ExMedia], str | None]


def referenced_shas(body_html: str, body_md: str) -> list[str]:
    """The SHA-256 of each store picture a body shows, in order, once each."""
    if "media/" not in body_html and "media/" not in body_md:
        return []  # most bodies: no reference, no parse
    found: dict[str, None] = {}
    for image in body_media.images(body_html or render_markdown(body_md)):
        sha = body_media.local_sha(image.src)
        if sha and _REFERENCE.search(image.src):
            found.setdefault(sha)
    return list(found)


def stored_pictures(session: Session, shas: Iterable[str]) -> dict[str, MediaItem]:
    """The media store's live items by SHA-256 (the oldest when two rows share a file)."""
    wanted = sorted(set(shas))
    found: dict[str, MediaItem] = {}
    for start in range(0, len(wanted), 500):
        query = (select(MediaItem).where(MediaItem.sha256.in_(wanted[start:start + 500]),
                                         MediaItem.deleted_at.is_(None))
                 .order_by(MediaItem.id).options(selectinload(MediaItem.texts)))
        for item in session.scalars(query):
            if item.sha256 is not None:
                found.setdefault(item.sha256, item)
    return found


def remote_addresses(session: Session, media_ids: Iterable[int]) -> dict[int, str]:
    """The site's address of each media item a site knows (the first site's, as for articles)."""
    ids = sorted(set(media_ids))
    found: dict[int, str] = {}
    conn = session.connection()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for local_id, link in conn.exec_driver_sql(
                "SELECT local_id, remote_link FROM remote_links WHERE object_type = 'media' AND remote_link != '' "
                f"AND local_id IN ({','.join('?' * len(chunk))}) ORDER BY site_id DESC, id DESC",
                tuple(chunk)).fetchall():
            found[local_id] = link
    return found


def _tag(image: body_media.BodyImage, media: ExMedia, src: str, edition: str) -> str:
    """The picture's `<img>`: its own alt, width and height kept, the media's where it has none."""
    extra: dict[str, str] = {}
    width, height = image.attrs.get("width", "").strip(), image.attrs.get("height", "").strip()
    if not (width and height) and media.width and media.height:
        width, height = (str(n) for n in output_size("web", (media.width, media.height)))
    if width and height:
        extra = {"width": width, "height": height}
    return body_media.image_tag(src, image.attrs.get("alt", "").strip() or media.alt(edition), extra)


def rewrite_html(fragment: str, article: ExArticle, address: Address) -> tuple[str, list[str]]:
    """`fragment` with each store reference replaced by `address(media)`; the references dropped
    (not held, or no address) are returned."""
    held = {m.sha256: m for m in article.body_media if m.sha256}
    dropped: list[str] = []

    def new_tag(_index: int, image: body_media.BodyImage) -> str | None:
        sha = body_media.local_sha(image.src)
        if sha is None or not _REFERENCE.search(image.src):
            return None  # an address elsewhere: not ours to change
        media = held.get(sha)
        src = address(media) if media is not None else None
        if media is None or not src:
            dropped.append(sha)
            return ""
        return _tag(image, media, src, article.edition)

    return body_media.rewrite(fragment, new_tag), dropped


def rewrite_markdown(source: str, article: ExArticle, address: Address) -> tuple[str, list[str]]:
    """Markdown with its store references (`![alt](media/…)` and raw `<img>`) made absolute or dropped."""
    held = {m.sha256: m for m in article.body_media if m.sha256}
    dropped: list[str] = []

    def new_image(match: re.Match[str]) -> str:
        sha = body_media.local_sha(match.group(2)) or ""
        media = held.get(sha)
        src = address(media) if media is not None else None
        if media is None or not src:
            dropped.append(sha)
            return ""
        alt = match.group(1).strip() or media.alt(article.edition).replace("[", "").replace("]", "")
        return f"![{alt}](<{src}>)"

    source = _MD_IMAGE.sub(new_image, source)
    source, dropped_tags = rewrite_html(source, article, address)
    return source, dropped + dropped_tags


def absolute_address(media_base_url: str) -> Address:
    """WXR's, the feeds' and Markdown's address of a picture: the site's copy, else the base + name."""
    def address(media: ExMedia) -> str | None:
        if media.remote_url:
            return media.remote_url
        return absolute_url(media_base_url, media.file_name) if media_base_url else None
    return address


def with_absolute_bodies(export: ExportSet, media_base_url: str, notes: list[str]) -> ExportSet:
    """The export with every body's store references as absolute addresses (WXR, feeds); each
    article that lost a picture is named in `notes`."""
    address = absolute_address(media_base_url)
    articles = []
    for article in export.articles:
        if not article.body_media and not article.body_missing:
            articles.append(article)
            continue
        body, dropped = rewrite_html(article.body_html or render_markdown(article.body_md), article, address)
        note_unaddressed(article, dropped, notes)
        articles.append(dataclasses.replace(article, body_html=body, body_md=""))
    return dataclasses.replace(export, articles=articles)


def page_address(page: str, media_root: str, written: Collection[str]) -> Address:
    """An exported page's relative address of the web rendition the export writes beside it (`written`:
    the export's media paths, "media/<name>"; a file that could not be written has no address)."""
    from nejat_desk.exporters.page_frame import href

    def address(media: ExMedia) -> str | None:
        return href(page, media_root + media.file_name) if f"media/{media.file_name}" in written else None
    return address


def note_missing(export: ExportSet, notes: list[str]) -> None:
    """Name each article whose body refers to a picture the library does not hold (left out everywhere)."""
    for article in export.articles:
        if article.body_missing:
            notes.append(translate("services.export_body_media", "{article}: a picture in the body is not in the "
                                   "media library and was left out ({references}).")
                         .format(article=f"{article.edition}/{article.slug}",
                                 references=", ".join(body_media.local_ref(s) for s in article.body_missing)))


def note_unaddressed(article: ExArticle, dropped: list[str], notes: list[str]) -> None:
    """Name the article whose held pictures had no address (no site copy, no media base URL)."""
    unaddressed = [sha for sha in dropped if sha not in article.body_missing]
    if unaddressed:
        notes.append(translate("services.export_body_media", "{article}: a picture in the body has no address on "
                               "the site and was left out ({references}); give a media base URL to keep it.")
                     .format(article=f"{article.edition}/{article.slug}",
                             references=", ".join(body_media.local_ref(s) for s in unaddressed)))
