"""The files of each export format, as relative path -> bytes, ready for export_destination to write.

Names go through `unique_names`, so no two files of one export are the same name where a Windows or
macOS disk compares names (case-insensitively, after Unicode normalisation); the counts in the report
are the number of files here.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Collection
from datetime import UTC, datetime
from pathlib import Path

from nejat_desk.core.domain import Platform
from nejat_desk.core.errors import NejatError
from nejat_desk.core.i18n import translate
from nejat_desk.core.site_words import site_word
from nejat_desk.core.snippets import Snippet
from nejat_desk.exporters.file_names import unique_names
from nejat_desk.exporters.model import ExportSet
from nejat_desk.services.export_destination import BUNDLE_COMMENT
from nejat_desk.storage.library import Library

Tick = Callable[[int, int], None]
# Renditions that travel beside a featured image in the bundle (core/renditions.py has their sizes).
BUNDLE_RENDITIONS = ("og", "square", "pinterest")


def share_links(snippets: dict[Platform, Snippet], language: str = "en") -> list[tuple[str, str | None]]:
    """The page's share row: (label, share URL) per platform; the labels readers see are product
    names, but "Email" is a word, in the edition's `language`."""
    labels = {Platform.FACEBOOK: "Facebook", Platform.X: "Twitter", Platform.PINTEREST: "Pinterest",
              Platform.WHATSAPP: "WhatsApp", Platform.TELEGRAM: "Telegram", Platform.SKYPE: "Skype",
              Platform.EMAIL: site_word(language, "email")}
    return [(labels[p], snippets[p].share_url) for p in Platform]


def html_files(export: ExportSet, campaign: str = "", tick: Tick | None = None, *,
               media_root: str = "media/", media_written: Collection[str] = ()) -> dict[str, bytes]:
    """Every page of the exported site (exporters.site_pages), its links relative; `media_root` is
    where the media's web renditions are, from the pages' folder. A picture in a body shows only when
    its file is among `media_written` (media_files' paths), so no page points at a file left out."""
    from nejat_desk.exporters.html_pages import PageOptions, year_range
    from nejat_desk.exporters.site_pages import build_site
    from nejat_desk.services import export_body_media
    from nejat_desk.services.snippets import generate, rendition_url

    snippets = {s.article_id: s.snippets for s in generate(export, campaign=campaign)}
    options = PageOptions(
        og_image_url=lambda a: rendition_url(a.featured, "og") if a.featured is not None
        and a.featured.kind == "image" else None,
        share_links=lambda a: share_links(snippets[a.id], export.editions[a.edition].language),
        year_range=year_range(export), media_root=media_root,
        body_pictures=lambda a, page, body: export_body_media.rewrite_html(
            body, a, export_body_media.page_address(page, media_root, media_written))[0])
    return build_site(export, options, tick)


def markdown_files(library: Library, export: ExportSet, media_base_url: str = "",
                   notes: list[str] | None = None) -> dict[str, bytes]:
    """One Markdown file per article; the body's store pictures as absolute addresses (the export
    writes no media files), or left out and named in `notes` (services.export_body_media)."""
    from nejat_desk.core.frontmatter import render_document
    from nejat_desk.exporters.common import plain_text, sanitize_markdown
    from nejat_desk.exporters.markdown_files import markdown_path
    from nejat_desk.services import export_body_media
    from nejat_desk.services.articles import article_to_document
    from nejat_desk.services.export import loaded_articles

    names = unique_names(markdown_path(a.edition, a.slug) for a in export.articles)
    files: dict[str, bytes] = {}
    with library.session() as session:
        articles = loaded_articles(session, [a.id for a in export.articles])
        for item, name in zip(export.articles, names, strict=True):
            doc = article_to_document(articles[item.id])
            doc.body = sanitize_markdown(doc.body)
            if item.body_media or item.body_missing:
                doc.body, dropped = export_body_media.rewrite_markdown(
                    doc.body, item, export_body_media.absolute_address(media_base_url))
                export_body_media.note_unaddressed(item, dropped, notes if notes is not None else [])
            doc.title = plain_text(doc.title)  # plain-text fields: unchanged unless they hold markup
            doc.excerpt = plain_text(doc.excerpt) if doc.excerpt else doc.excerpt
            doc.byline = plain_text(doc.byline) if doc.byline else doc.byline
            files[name] = render_document(doc).encode("utf-8")
    return files


def snippet_files(library: Library, export: ExportSet, campaign: str = "", *, store_texts: bool = True
                  ) -> dict[str, bytes]:
    from nejat_desk.exporters.common import safe_filename
    from nejat_desk.services import snippets as snippet_service

    stored = snippet_service.stored_texts(library, [a.id for a in export.articles])
    generated = snippet_service.generate(export, campaign=campaign, stored=stored)
    if store_texts:
        snippet_service.store(library, generated)
    names = unique_names(f"{g.edition}/{safe_filename(g.slug + '.json')}" for g in generated)
    return {name: snippet_service.snippet_json(g) for g, name in zip(generated, names, strict=True)}


def feed_files(export: ExportSet, editions: list[str]) -> dict[str, bytes]:
    from nejat_desk.exporters.feeds import build_feed

    files = {}
    for code in editions:
        site = export.editions[code].site_url.rstrip("/")
        files[f"{code}.rss.xml"] = build_feed(export, code, "rss", feed_url=f"{site}/feed/")
        files[f"{code}.atom.xml"] = build_feed(export, code, "atom", feed_url=f"{site}/feed/atom/")
    return files


def media_files(library: Library, export: ExportSet, tick: Tick, warnings: list[str], *,
                renditions: tuple[str, ...] = BUNDLE_RENDITIONS) -> dict[str, bytes]:
    """What the bundle carries of each media file, every one stripped of GPS and serials: an image as
    its "web" rendition (longest side at most 2048, as publishing uploads it), other media as clean
    copies; a featured image also as its `renditions` (og, square, pinterest). Each file's extension
    matches its content (converted when the rendition came out in the other format)."""
    from nejat_desk.services.media_probe import ProbeError
    from nejat_desk.services.renditions import clean_copy, export_rendition
    from nejat_desk.services.snippets import rendition_file_name

    files: dict[str, bytes] = {}
    featured = {a.featured.id for a in export.articles if a.featured is not None}
    media = [m for m in export.media() if m.sha256]
    for n, item in enumerate(media, start=1):
        try:
            if item.kind == "image":
                web = Path(export_rendition(library, item.id, "web")).read_bytes()
                files[f"media/{item.file_name}"] = matching_format(web, item.file_name)
                for name in renditions if item.id in featured else ():
                    wanted = rendition_file_name(item, name)
                    data = Path(export_rendition(library, item.id, name)).read_bytes()
                    files[f"media/{wanted}"] = matching_format(data, wanted)
            else:
                files[f"media/{item.file_name}"] = Path(clean_copy(library, item.id)).read_bytes()
        except (NejatError, ProbeError, OSError) as exc:  # a missing or damaged file: the rest goes on
            warnings.append(translate("services.export_files", "media {name}: not included ({error})")
                            .format(name=item.file_name, error=exc))
        tick(n, len(media))
    return files


def matching_format(data: bytes, file_name: str) -> bytes:
    """Image bytes in the format the name's extension says (PNG or JPEG), converted when they are not."""
    from PIL import Image

    ext = file_name.rsplit(".", 1)[-1].lower()
    wanted = "PNG" if ext == "png" else "JPEG"
    with Image.open(io.BytesIO(data)) as img:
        if img.format == wanted:
            return data
        out = io.BytesIO()
        if wanted == "PNG":
            img.save(out, "PNG")
        else:
            img.convert("RGB").save(out, "JPEG", quality=88)
        return out.getvalue()


def zip_bytes(files: dict[str, bytes], when: datetime) -> bytes:
    """A deterministic ZIP: sorted entries, one fixed timestamp, fixed permissions, the desk's comment."""
    import zipfile

    stamp = when.astimezone(UTC)
    date_time = (max(stamp.year, 1980), stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second // 2 * 2)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 3
            archive.writestr(info, files[name])
        archive.comment = BUNDLE_COMMENT
    return buffer.getvalue()
