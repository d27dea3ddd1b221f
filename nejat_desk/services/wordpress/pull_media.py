"""Pull brings the files: pictures and PDFs used by pulled posts, galleries and issues are
downloaded into the media store, so pulled work can be edited and previewed offline.

Each file goes through the media import (services.media_import: the content decides the type,
the pixel cap, the probe, a duplicate by SHA-256 is the item already there), as one unit of work
of its own before the post's unit. Only files on the site's own origin are fetched, without the
password, at most MAX_FILE_BYTES each; a file that cannot be brought in is named in the pull's
report and kept as its address, as before. With the companion plugin, each edition's alt text
and caption and the credit come with it; without, the pulled edition's alt text and caption.
Pictures inside a body come the same way, and the body then refers to the library's copy
(services.wordpress.body_media).
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar
from urllib.parse import unquote, urlsplit

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from nejat_desk.core.domain import MediaKind
from nejat_desk.core.htmlmd import html_to_markdown
from nejat_desk.core.i18n import translate
from nejat_desk.core.render import render_markdown
from nejat_desk.services.wordpress import body_media, companion
from nejat_desk.services.wordpress.client import WordPressClient
from nejat_desk.services.wordpress.errors import SiteError
from nejat_desk.services.wordpress.pull_fields import PostText
from nejat_desk.services.wordpress.remote import find_by_remote, raw_field, record_link
from nejat_desk.services.writes import WriteUnits, inline
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import Edition, MediaItem, MediaText, RemoteLink

log = logging.getLogger(__name__)

# Videos are not pulled (they stay addresses); a picture or PDF larger than this is not news.
MAX_FILE_BYTES = 200 * 1024 * 1024
DOWNLOADED_KINDS = ("image/", "application/pdf")
Key = TypeVar("Key", int, str)  # a download's key: the attachment's remote id, or the picture's address


def same_origin(a: str, b: str) -> bool:
    pa, pb = urlsplit(a), urlsplit(b)
    return (pa.scheme, pa.hostname, pa.port) == (pb.scheme, pb.hostname, pb.port)


def _file_name(url: str) -> str:
    """A plain file name for the import's report and the item's original name."""
    name = PurePosixPath(unquote(urlsplit(url).path)).name
    name = re.sub(r"[\x00-\x1f/\\]", "_", name).strip(". ")
    return name[:200] or "media"


class MediaFetcher:
    """One per pull. `prefetch` runs on the pull's thread before a post's unit (network, files, the
    import's own units); `local_id` runs inside the post's unit."""

    def __init__(self, client: WordPressClient, library: Library, site_id: int, write: WriteUnits = inline) -> None:
        self.client = client
        self.library = library
        self.site_id = site_id
        self.write = write
        self.info: dict[int, dict[str, Any]] = {}  # the site's record of each attachment ({}: unreadable)
        self.imported: dict[int, int] = {}  # remote id -> media item holding the downloaded file
        self.new_items: set[int] = set()  # remote ids whose file was new to the library (not a duplicate)
        self.by_url: dict[str, int | None] = {}  # a body's picture named by address only -> its item
        self.warnings: list[str] = []

    def prefetch(self, remote_ids: Iterable[int]) -> None:
        todo = [r for r in dict.fromkeys(remote_ids) if r and r not in self.info]
        downloads: list[tuple[int, Path]] = []
        with tempfile.TemporaryDirectory(prefix="nejat-pull-") as folder:
            for remote_id in todo:
                self.info[remote_id] = self._read_info(remote_id)
                if self.info[remote_id] and not self._have_file(remote_id):
                    path = self._download(remote_id, Path(folder) / str(remote_id))
                    if path is not None:
                        downloads.append((remote_id, path))
            if downloads:
                self._import(downloads)

    def _read_info(self, remote_id: int) -> dict[str, Any]:
        try:
            answer = self.client.get(f"/wp/v2/media/{remote_id}", {"context": "edit"})
        except SiteError as exc:
            log.warning("media %s not readable: %s", remote_id, exc.problem)
            return {}
        if not isinstance(answer, dict):  # a site answering with something else: as unreadable
            log.warning("media %s: the site's answer is not a media record", remote_id)
            return {}
        return answer

    def _have_file(self, remote_id: int) -> bool:
        with self.library.session() as session:
            link = find_by_remote(session, self.site_id, "media", remote_id)
            item = session.get(MediaItem, link.local_id) if link is not None else None
            return item is not None and bool(item.sha256)

    def _download(self, remote_id: int, folder: Path) -> Path | None:
        media = self.info[remote_id]
        url = str(media.get("source_url") or "")
        mime = str(media.get("mime_type") or "")
        if not url or not mime.startswith(DOWNLOADED_KINDS):
            return None  # a video or an unknown kind: its address is kept
        return self._fetch(url, folder)

    def _fetch(self, url: str, folder: Path) -> Path | None:
        """A file of the site's own origin, without the password, at most MAX_FILE_BYTES."""
        name = _file_name(url)
        if not same_origin(url, self.client.base_url):
            self.warnings.append(translate("services.wordpress.pull_media", "{name} was not downloaded: it is on "
                                           "another host ({url}); its address is kept.").format(name=name, url=url))
            return None
        try:
            response = self.client.send("GET", url, auth=False, max_bytes=MAX_FILE_BYTES)
        except SiteError as exc:
            self.warnings.append(translate("services.wordpress.pull_media", "{name} was not downloaded: {reason}")
                                 .format(name=name, reason=exc))
            return None
        if response.status_code != 200 or not response.content:
            self.warnings.append(translate("services.wordpress.pull_media", "{name} was not downloaded: the site "
                                           "answered {status}.").format(name=name, status=response.status_code))
            return None
        folder.mkdir()
        path = folder / name
        path.write_bytes(response.content)
        return path

    def _import(self, downloads: list[tuple[int, Path]]) -> None:
        for remote_id, (media_id, new) in self._import_files(downloads).items():
            self.imported[remote_id] = media_id
            if new:
                self.new_items.add(remote_id)

    def _import_files(self, downloads: list[tuple[Key, Path]]) -> dict[Key, tuple[int, bool]]:
        """Each file through the media import: {key: (media item, new to the library)}; the others named."""
        from nejat_desk.services.media_import import IMPORTED, import_media, printable

        report = import_media(self.library, [path for _key, path in downloads], write=self.write, workers=1)
        by_source = {line.source: line for line in report.lines}
        found: dict[Key, tuple[int, bool]] = {}
        for key, path in downloads:
            line = by_source.get(printable(path))
            if line is not None and line.media_id:
                found[key] = (line.media_id, line.outcome == IMPORTED)
            elif line is not None:
                self.warnings.append(translate("services.wordpress.pull_media", "{name} was not brought in: {reason}")
                                     .format(name=path.name, reason=line.message))
        return found

    # --- inside the post's unit ----------------------------------------------------------------------

    def local_id(self, session: Session, remote_id: int, edition: str) -> int | None:
        """The library's item for the site's media, linked to it, with the site's texts."""
        media = self.info.get(remote_id) or {}
        link = find_by_remote(session, self.site_id, "media", remote_id)
        item_id = self.imported.get(remote_id)
        if item_id is None and link is not None and session.get(MediaItem, link.local_id) is not None:
            item_id = link.local_id
        if item_id is None:
            item_id = self._address_only(session, media, remote_id, edition)
        if item_id is None:
            return None
        if link is None or link.local_id != item_id:
            session.execute(delete(RemoteLink).where(RemoteLink.site_id == self.site_id,
                                                     RemoteLink.object_type == "media",
                                                     RemoteLink.remote_id == remote_id))
            record_link(session, self.site_id, "media", item_id, remote_id, link=str(media.get("source_url", "")))
        if media:
            # A file new to the library takes the site's texts; one already here keeps the desk's.
            self._texts(session, item_id, media, edition, fresh=remote_id in self.new_items and link is None)
        session.flush()
        return item_id

    # --- pictures inside a body ------------------------------------------------------------------------

    def _by_attachment(self, image: body_media.BodyImage) -> bool:
        return bool(image.remote_id and self.info.get(image.remote_id))

    def prefetch_body(self, post: dict[str, Any]) -> None:
        """The pictures a post's HTML shows, brought in before its unit: by attachment when the tag
        names one (`wp-image-<id>`: the file, the texts, the link), else by address (the largest offered)."""
        content = raw_field(post, "content")
        if "<img" not in content.lower():
            return
        found = body_media.images(content)
        attachments = [image.remote_id for image in found if image.remote_id]
        if attachments:
            self.prefetch(attachments)
        addresses = [image.largest(self.client.base_url) for image in found if not self._by_attachment(image)]
        todo = [url for url in dict.fromkeys(addresses) if url and url not in self.by_url]
        downloads: list[tuple[str, Path]] = []
        with tempfile.TemporaryDirectory(prefix="nejat-pull-") as folder:
            for n, url in enumerate(todo):
                self.by_url[url] = self._item_at(url)
                if self.by_url[url] is None and (path := self._fetch(url, Path(folder) / f"inline-{n}")) is not None:
                    downloads.append((url, path))
            for url, (media_id, _new) in (self._import_files(downloads) if downloads else {}).items():
                self.by_url[url] = media_id

    def _item_at(self, url: str) -> int | None:
        """The library's copy of a picture pulled by this address before."""
        with self.library.session() as session:
            return session.scalars(select(MediaItem.id).where(MediaItem.source_url == url,
                                                              MediaItem.sha256.is_not(None))).first()

    def _shas(self, content: str) -> list[str | None]:
        """Per `<img>` of `content`, the SHA-256 of the library's copy (None: it stays an address)."""
        shas: list[str | None] = []
        with self.library.session() as session:
            for image in body_media.images(content):
                if self._by_attachment(image):
                    remote_id = int(image.remote_id or 0)
                    link = find_by_remote(session, self.site_id, "media", remote_id)
                    item_id = self.imported.get(remote_id) or (link.local_id if link is not None else None)
                else:
                    item_id = self.by_url.get(image.largest(self.client.base_url))
                item = session.get(MediaItem, item_id) if item_id else None
                shas.append(item.sha256 if item is not None and item.sha256 else None)
        return shas

    def with_library_pictures(self, post: dict[str, Any], text: PostText) -> PostText:
        """The pulled Markdown refers to the library's copies (on the reading thread, after prefetch_body).
        The desk's own Markdown has the sending desk's references: the site's HTML is what was sent, so
        its pictures are the rendered Markdown's, in the same order, and each takes this library's copy."""
        content = raw_field(post, "content")
        if "<img" not in content.lower():
            return text
        shas = self._shas(content)
        if not any(shas):
            return text
        if text.exact:
            body_md = text.body_md
            sent = body_media.images(text.body_html)
            if len(sent) != len(shas):
                log.warning("a record's pictures do not match the post's (%s and %s)", len(sent), len(shas))
                return text
            for image, sha in zip(sent, shas, strict=True):
                if sha and body_media.local_sha(image.src) not in (None, sha):
                    body_md = body_md.replace(image.src, body_media.local_ref(sha))
        else:
            def library_tag(index: int, image: body_media.BodyImage) -> str | None:
                sha = shas[index]
                return body_media.image_tag(body_media.local_ref(sha), image.attrs.get("alt", "")) if sha else None

            body_md = html_to_markdown(body_media.rewrite(content, library_tag))
        if body_md == text.body_md:
            return text
        return replace(text, body_md=body_md, body_html=render_markdown(body_md))

    def link_body(self, session: Session, post: dict[str, Any], edition: str) -> None:
        """Inside the post's unit: the body's attachments linked to the library's items with their texts
        (as a featured image is), and a copy known by address keeps it, so a push sends it again."""
        content = raw_field(post, "content")
        if "<img" not in content.lower():
            return
        for image in body_media.images(content):
            if self._by_attachment(image):
                self.local_id(session, int(image.remote_id or 0), edition)
                continue
            item_id = self.by_url.get(url := image.largest(self.client.base_url))
            item = session.get(MediaItem, item_id) if item_id else None
            if item is not None and not item.source_url:
                item.source_url = url

    def _texts(self, session: Session, item_id: int, media: dict[str, Any], edition: str, fresh: bool) -> None:
        item = session.get(MediaItem, item_id)
        assert item is not None
        texts = companion.media_texts(media)
        credit = companion.media_credit(media)
        raw_meta = media.get("meta")
        meta: dict[str, Any] = raw_meta if isinstance(raw_meta, dict) else {}
        # A desk wrote the plugin's meta (every edition's texts, maybe none): it is the whole truth.
        with_plugin = bool(meta.get("nejat_sha256") or meta.get("nejat_texts"))
        if not with_plugin and not fresh:
            return  # no plugin: a file already here keeps the texts the desk gave it
        if not with_plugin:
            texts = {edition: {"alt": str(media.get("alt_text") or ""),
                               "caption": html_to_markdown(raw_field(media, "caption")).strip()}}
            item.alt_missing_from_site = not texts[edition]["alt"]
        editions = set(session.scalars(select(Edition.code)))
        for code, text in texts.items():
            if code not in editions:
                continue
            row = session.get(MediaText, (item_id, code)) or MediaText(media_id=item_id, edition_code=code)
            row.alt_text, row.caption = text["alt"], text["caption"]
            session.add(row)
        if with_plugin and credit is not None:
            item.credit = credit
        if fresh and not item.title:
            item.title = raw_field(media, "title")

    def _address_only(self, session: Session, media: dict[str, Any], remote_id: int, edition: str) -> int | None:
        """A media record holding only the site's address (a video, or a file that could not be fetched)."""
        url = str(media.get("source_url", ""))
        if not url:
            return None
        existing = session.scalars(select(MediaItem).where(MediaItem.source_url == url)).first()
        if existing is not None:
            return existing.id
        mime = str(media.get("mime_type", ""))
        kind = MediaKind.IMAGE if mime.startswith("image/") else (
            MediaKind.PDF if mime == "application/pdf" else MediaKind.VIDEO)
        details = media.get("media_details") or {}
        alt = str(media.get("alt_text") or "")
        item = MediaItem(kind=kind.value, sha256=None, source_url=url, mime_type=mime,
                         original_filename=_file_name(url), width=details.get("width"), height=details.get("height"),
                         title=raw_field(media, "title"), alt_missing_from_site=not alt,
                         raw_metadata={"remote_id": remote_id})
        session.add(item)
        session.flush()
        session.add(MediaText(media_id=item.id, edition_code=edition, alt_text=alt,
                              caption=html_to_markdown(raw_field(media, "caption")).strip()))
        return item.id
