"""Import a WordPress export (WXR) into the library: posts, categories, tags, authors, attachments.

- Read with lxml, entities never expanded, no network, and a DOCTYPE refused outright.
- The whole file is one transaction: a malformed file, or any failure, imports nothing.
- Idempotent: each post carries a hash of what the file said; the same file again changes
  nothing. Posts are matched by the site's post id (RemoteLink when a site profile for the
  file's site exists, else `Article.extra["wordpress"]`), then by (edition, slug).
- HTML bodies become Markdown through `core.htmlmd` (the converter a site pull and paste use).
- Attachments become MediaItem records holding their URL (`source_url`); nothing is downloaded.
"""

from __future__ import annotations

import hashlib
import html as html_lib
import json
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from nejat_desk.core.domain import EDITION_CODES, ArticleStatus, MediaKind
from nejat_desk.core.errors import ImportFileError, NejatError
from nejat_desk.core.frontmatter import ArticleDocument
from nejat_desk.core.htmlmd import html_to_markdown
from nejat_desk.core.i18n import join_list, translate
from nejat_desk.core.render import strip_forbidden_chars
from nejat_desk.core.slugs import slugify
from nejat_desk.services.articles import slug_or_replacement
from nejat_desk.services.imports import FileReport
from nejat_desk.services.taxonomy import find_category
from nejat_desk.services.workflow import flag_site_images_without_alt, settle_imported_status
from nejat_desk.storage.library import Library
from nejat_desk.storage.models import (
    Article,
    ArticleAttachment,
    Category,
    Edition,
    MediaItem,
    MediaText,
    RemoteLink,
    SiteProfile,
)

log = logging.getLogger(__name__)

WP_NS_PREFIX = "http://wordpress.org/export/"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
DC_NS = "http://purl.org/dc/elements/1.1/"
STATUS_FROM_WP = {"publish": ArticleStatus.PUBLISHED, "future": ArticleStatus.SCHEDULED,
                  "pending": ArticleStatus.IN_REVIEW}


@dataclass
class WxrReport:
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    media_created: int = 0
    categories_created: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [translate("services.wxr_import", "{count} created").format(count=self.created),
                 translate("services.wxr_import", "{count} updated").format(count=self.updated),
                 translate("services.wxr_import", "{count} unchanged").format(count=self.unchanged)]
        if self.conflicts:
            parts.append(translate("services.wxr_import",
                                   "{count} kept (edited here; incoming text stored as a revision)")
                         .format(count=self.conflicts))
        parts.append(translate("services.wxr_import", "{count} media records")
                     .format(count=self.media_created))
        if self.skipped:
            kinds = []
            for kind, n in sorted(self.skipped.items()):
                status, _, rest = kind.partition(" ")
                if rest == "posts":  # posts WordPress keeps in a status the library does not import
                    text = translate("services.wxr_import", "{count} {status} posts")
                    kinds.append(text.format(count=n, status=status))
                else:  # a WordPress post type (page, nav_menu_item...): an identifier
                    kinds.append(f"{n} {kind}")
            parts.append(translate("services.wxr_import", "skipped: {kinds}").format(kinds=", ".join(kinds)))
        return join_list(parts)


# --- reading the file --------------------------------------------------------------------------

@dataclass
class WxrTerm:
    taxonomy: str
    slug: str  # as in the file (percent-encoded)
    name: str
    parent: str = ""
    description: str = ""


@dataclass
class WxrPost:
    post_id: int
    post_type: str
    title: str
    slug: str
    content: str
    excerpt: str
    status: str
    date_local: str
    date_gmt: str
    author: str
    guid: str
    parent: int
    attachment_url: str
    terms: list[tuple[str, str, str]]  # (domain, nicename, name)
    meta: dict[str, str]

    def digest(self) -> str:
        data = json.dumps([self.post_id, self.post_type, self.title, self.slug, self.content, self.excerpt,
                           self.status, self.date_local, self.date_gmt, self.author, self.guid, self.parent,
                           self.attachment_url, sorted(self.terms), sorted(self.meta.items())],
                          ensure_ascii=False)
        return hashlib.sha256(data.encode()).hexdigest()


@dataclass
class WxrFile:
    base_url: str
    language: str
    categories: list[WxrTerm]
    tags: list[WxrTerm]
    terms: list[WxrTerm]
    authors: dict[str, str]  # login -> display name
    posts: list[WxrPost]


def recognises(path: Path) -> bool:
    """A WXR file: an RSS document declaring WordPress's export namespace near its start."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return b"<rss" in head and b"wordpress.org/export/" in head


def _text(el: Any, tag: str) -> str:
    found = el.find(tag)
    return strip_forbidden_chars(found.text or "") if found is not None and found.text else ""


def read_wxr(path: Path) -> WxrFile:
    """Parse the whole file or raise ImportFileError naming the problem (line and column)."""
    from lxml import etree

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ImportFileError(str(path), translate("services.wxr_import", "cannot be read ({problem})")
                              .format(problem=exc.strerror)) from None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True,
                             remove_comments=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ImportFileError(str(path), translate("services.wxr_import",
                                                   "is not well-formed XML ({problem}, line {line}, column "
                                                   "{column}); nothing was imported")
                              .format(problem=exc.msg, line=exc.lineno, column=exc.offset)) from None
    if root.getroottree().docinfo.doctype:
        raise ImportFileError(str(path), translate("services.wxr_import",
                                                   "declares a DOCTYPE, which a WordPress export never does; "
                                                   "refused (entities are not expanded); nothing was "
                                                   "imported"))
    wp = next((uri for uri in root.nsmap.values() if uri and uri.startswith(WP_NS_PREFIX)
               and "excerpt" not in uri), None)
    channel = root.find("channel")
    if root.tag != "rss" or wp is None or channel is None:
        raise ImportFileError(str(path), translate("services.wxr_import",
                                                   "is not a WordPress export (no rss channel with the wp "
                                                   "namespace); nothing was imported"))
    version = _text(channel, f"{{{wp}}}wxr_version").strip()
    if not re.fullmatch(r"\d+\.\d+", version):
        raise ImportFileError(str(path), translate("services.wxr_import",
                                                   "has no valid wp:wxr_version; nothing was imported"))
    excerpt_ns = next((uri for uri in root.nsmap.values() if uri and uri.startswith(WP_NS_PREFIX)
                       and "excerpt" in uri), f"{WP_NS_PREFIX}1.2/excerpt/")

    def terms(tag: str, taxonomy: str, slug_tag: str, name_tag: str, parent_tag: str) -> list[WxrTerm]:
        out = []
        for el in channel.findall(f"{{{wp}}}{tag}"):
            tax = _text(el, f"{{{wp}}}term_taxonomy") if tag == "term" else taxonomy
            out.append(WxrTerm(tax, _text(el, f"{{{wp}}}{slug_tag}"), html_lib.unescape(_text(el, f"{{{wp}}}{name_tag}")),
                               _text(el, f"{{{wp}}}{parent_tag}") if parent_tag else "",
                               _text(el, f"{{{wp}}}term_description") or _text(el, f"{{{wp}}}category_description")))
        return out

    posts: list[WxrPost] = []
    for n, item in enumerate(channel.findall("item"), start=1):
        try:
            post_id = int(_text(item, f"{{{wp}}}post_id") or 0)
            parent = int(_text(item, f"{{{wp}}}post_parent") or 0)
        except ValueError:
            message = translate("services.wxr_import",
                                "item {number} has a post id that is not a number; nothing was imported")
            raise ImportFileError(str(path), message.format(number=n)) from None
        meta = {}
        for m in item.findall(f"{{{wp}}}postmeta"):
            meta[_text(m, f"{{{wp}}}meta_key")] = _text(m, f"{{{wp}}}meta_value")
        posts.append(WxrPost(
            post_id=post_id, post_type=_text(item, f"{{{wp}}}post_type") or "post",
            title=html_lib.unescape(_text(item, "title")), slug=unquote(_text(item, f"{{{wp}}}post_name")),
            content=_text(item, f"{{{CONTENT_NS}}}encoded"), excerpt=_text(item, f"{{{excerpt_ns}}}encoded"),
            status=_text(item, f"{{{wp}}}status") or "draft", date_local=_text(item, f"{{{wp}}}post_date"),
            date_gmt=_text(item, f"{{{wp}}}post_date_gmt"), author=_text(item, f"{{{DC_NS}}}creator"),
            guid=_text(item, "guid"), parent=parent, attachment_url=_text(item, f"{{{wp}}}attachment_url"),
            terms=[(c.get("domain", ""), c.get("nicename", ""), html_lib.unescape(c.text or ""))
                   for c in item.findall("category") if c.get("nicename") is not None],
            meta=meta))
    return WxrFile(
        base_url=_text(channel, f"{{{wp}}}base_site_url").strip(),
        language=_text(channel, "language").strip(),
        categories=terms("category", "category", "category_nicename", "cat_name", "category_parent"),
        tags=terms("tag", "post_tag", "tag_slug", "tag_name", ""),
        terms=terms("term", "", "term_slug", "term_name", "term_parent"),
        authors={_text(a, f"{{{wp}}}author_login"): _text(a, f"{{{wp}}}author_display_name")
                 for a in channel.findall(f"{{{wp}}}author")},
        posts=posts)


# --- into the library ---------------------------------------------------------------------------------

def _parse_wp_date(text: str, zone: str | None) -> datetime | None:
    if not text or text.startswith("0000"):
        return None
    try:
        naive = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return None
    return naive.replace(tzinfo=ZoneInfo(zone) if zone else UTC).astimezone(UTC)


def _post_slug(post: WxrPost) -> tuple[str, str]:
    """(slug, why the file's slug was not used): the Markdown import's slug rules, as for a typed slug."""
    return slug_or_replacement(post.slug, post.title) if post.slug else (slugify(post.title), "")


def _polylang_members(description: str) -> dict[str, int]:
    return {m.group(1): int(m.group(2)) for m in re.finditer(r's:\d+:"([^"]+)";i:(\d+);', description)}


def _media_kind(url: str, mime_hint: str = "") -> tuple[str, str]:
    path = urlsplit(url).path.lower()
    if path.endswith(".pdf"):
        return MediaKind.PDF.value, "application/pdf"
    for ext, mime in ((".jpg", "image/jpeg"), (".jpeg", "image/jpeg"), (".png", "image/png"),
                      (".gif", "image/gif"), (".webp", "image/webp")):
        if path.endswith(ext):
            return MediaKind.IMAGE.value, mime
    for ext, mime in ((".mp4", "video/mp4"), (".webm", "video/webm"), (".mov", "video/quicktime")):
        if path.endswith(ext):
            return MediaKind.VIDEO.value, mime
    return MediaKind.IMAGE.value, mime_hint


class _Importer:
    def __init__(self, session: Session, wxr: WxrFile, default_edition: str, report: WxrReport) -> None:
        self.s = session
        self.wxr = wxr
        self.default_edition = default_edition
        self.report = report
        self.zones = dict(session.execute(select(Edition.code, Edition.time_zone)).all())
        site = wxr.base_url.rstrip("/")
        self.site = self.s.scalars(select(SiteProfile).where(SiteProfile.base_url.in_([site, site + "/"]))).first()
        self.categories = {t.slug: t for t in wxr.categories}
        self.media_by_post: dict[int, MediaItem] = {}
        self.imported_slugs = self._imported_slugs()

    def _imported_slugs(self) -> dict[tuple[str, int], str]:
        """(edition, post id) -> slug of the articles an earlier import of this site's file made: read
        once, then kept up to date, instead of a pass over the edition's articles for each post."""
        found: dict[tuple[str, int], str] = {}
        rows = self.s.connection().exec_driver_sql(
            "SELECT edition_code, json_extract(extra, '$.wordpress.post_id'), slug FROM articles "
            "WHERE import_source = 'wxr' AND json_extract(extra, '$.wordpress.site') = ? ORDER BY id",
            (self.wxr.base_url,))
        for edition, post_id, slug in rows:
            if isinstance(post_id, int):
                found.setdefault((edition, post_id), slug)
        return found

    def edition_of(self, post: WxrPost) -> str:
        for domain, slug, _ in post.terms:
            if domain == "language" and slug in EDITION_CODES:
                return slug
        return self.default_edition

    # --- terms --------------------------------------------------------------------------------

    def category_path(self, nicename: str, edition: str) -> str:
        """Make sure the category and its ancestors exist in `edition` with the file's slugs; its path."""
        chain: list[WxrTerm] = []
        node = self.categories.get(nicename)
        while node is not None and node not in chain:
            chain.append(node)
            node = self.categories.get(node.parent) if node.parent else None
        parent: Category | None = None
        names = []
        for term in reversed(chain):
            slug = unquote(term.slug)
            if slug.endswith(f"-{edition}") and slugify(term.name) == slug[: -len(edition) - 1]:
                slug = slug[: -len(edition) - 1]  # the suffix our export adds for a shared slug
            found = find_category(self.s, edition, parent, term.name)  # names in any case are one category
            if found is None:
                taken = set(self.s.scalars(select(Category.slug).where(Category.edition_code == edition)))
                found = Category(edition_code=edition, name=term.name, parent=parent,
                                 slug=slug if slug not in taken else f"{slug}-{len(taken) + 1}",
                                 description=term.description)
                self.s.add(found)
                self.s.flush()
                self.report.categories_created += 1
            parent = found
            names.append(found.name)  # the first spelling the library met
        return "/".join(names)

    # --- media --------------------------------------------------------------------------------

    def media_for(self, post: WxrPost, edition: str) -> MediaItem | None:
        if post.post_id in self.media_by_post:
            return self.media_by_post[post.post_id]
        url = post.attachment_url or post.guid
        if not url:
            return None
        item = self.s.scalars(select(MediaItem).where(MediaItem.source_url == url)).first()
        if item is None:
            kind, mime = _media_kind(url)
            created = _parse_wp_date(post.date_gmt, None) or _parse_wp_date(post.date_local, self.zones.get(edition))
            item = MediaItem(kind=kind, sha256=None, source_url=url, mime_type=mime, title=post.title,
                             original_filename=unquote(urlsplit(url).path.rsplit("/", 1)[-1]),
                             raw_metadata={"wordpress": {"post_id": post.post_id, "site": self.wxr.base_url}})
            if created is not None:
                item.created_at = created
                item.updated_at = created
            alt = post.meta.get("_wp_attachment_image_alt", "")
            item.alt_missing_from_site = kind == MediaKind.IMAGE.value and not alt
            item.texts = [MediaText(edition_code=edition, caption=html_to_text(post.excerpt), alt_text=alt)]
            self.s.add(item)
            self.s.flush()
            self.report.media_created += 1
        self.media_by_post[post.post_id] = item
        return item

    # --- posts ----------------------------------------------------------------------------------

    def existing_slug(self, post: WxrPost, edition: str) -> str | None:
        if self.site is not None:
            link = self.s.scalars(select(RemoteLink).where(RemoteLink.site_id == self.site.id,
                                                           RemoteLink.object_type == "article",
                                                           RemoteLink.remote_id == post.post_id)).first()
            if link is not None:
                article = self.s.get(Article, link.local_id)
                if article is not None and article.edition_code == edition:
                    return article.slug
        return self.imported_slugs.get((edition, post.post_id))

    def document(self, post: WxrPost, edition: str, translation_of: tuple[str, str] | None) -> ArticleDocument:
        status = STATUS_FROM_WP.get(post.status, ArticleStatus.DRAFT)
        when = _parse_wp_date(post.date_gmt, None) or _parse_wp_date(post.date_local, self.zones.get(edition))
        category = next((slug for domain, slug, _ in post.terms if domain == "category"), None)
        tags = [name for domain, _, name in post.terms if domain == "post_tag"]
        extra: dict[str, Any] = {"wordpress": {"post_id": post.post_id, "guid": post.guid,
                                               "site": self.wxr.base_url}}
        if post.author:
            extra["wordpress"]["author"] = post.author
        slug = self.existing_slug(post, edition) or self.checked_slug(post)
        return ArticleDocument(
            title=post.title or slug, edition=edition, body=html_to_markdown(post.content), slug=slug,
            category=self.category_path(category, edition) if category else None, tags=tags,
            byline=post.meta.get("_nejat_byline") or None, source=post.meta.get("_nejat_source_name") or None,
            source_url=post.meta.get("_nejat_source_url") or None,
            excerpt=html_to_text(post.excerpt) or None, status=status,
            date=when if status is ArticleStatus.PUBLISHED else None,
            scheduled=when if status is ArticleStatus.SCHEDULED else None,
            translation_of=translation_of, extra=extra)

    def checked_slug(self, post: WxrPost) -> str:
        """The post's slug by the Markdown import's rules; an unsafe one is replaced, with a report line."""
        slug, problem = _post_slug(post)
        if problem:
            self.report.messages.append(translate("services.wxr_import", "post {post_id}: {problem} Used {slug}.")
                                        .format(post_id=post.post_id, problem=problem, slug=slug))
        return slug

    def translation_originals(self) -> dict[int, tuple[str, str]]:
        """post id -> (edition, slug) of the group's original (English if present, else the first)."""
        posts = {p.post_id: p for p in self.wxr.posts if p.post_type == "post"}
        result: dict[int, tuple[str, str]] = {}
        groups = [_polylang_members(t.description) for t in self.wxr.terms if t.taxonomy == "post_translations"]
        for post in posts.values():
            raw = post.meta.get("_nejat_translations")
            if raw:
                try:
                    members = {str(k): int(v) for k, v in json.loads(raw).items()}
                except (ValueError, TypeError, AttributeError):
                    continue
                members[self.edition_of(post)] = post.post_id
                groups.append(members)
        for members in groups:
            present = {e: pid for e, pid in members.items() if pid in posts}
            if len(present) < 2:
                continue
            original_edition = next((e for e in EDITION_CODES if e in present), sorted(present)[0])
            original = posts[present[original_edition]]
            key = (original_edition, self.existing_slug(original, original_edition) or _post_slug(original)[0])
            for pid in present.values():
                if pid != original.post_id:
                    result[pid] = key
        return result

    def run(self, progress: Callable[[int, int], None] | None) -> None:
        from nejat_desk.services.markdown_import import Outcome, import_document, mark_imported

        posts = [p for p in self.wxr.posts if p.post_type == "post"]
        attachments = {p.post_id: p for p in self.wxr.posts if p.post_type == "attachment"}
        for p in self.wxr.posts:
            if p.post_type not in ("post", "attachment"):
                self.report.skipped[p.post_type] = self.report.skipped.get(p.post_type, 0) + 1
        originals = self.translation_originals()
        for n, post in enumerate(posts, start=1):
            if post.status in ("trash", "auto-draft", "inherit"):
                self.report.skipped[f"{post.status} posts"] = self.report.skipped.get(f"{post.status} posts", 0) + 1
                continue
            edition = self.edition_of(post)
            doc = self.document(post, edition, originals.get(post.post_id))
            featured_post = attachments.get(int(post.meta.get("_thumbnail_id", "0") or 0))
            if featured_post is not None:
                doc.featured_image = featured_post.attachment_url or featured_post.guid
            digest = post.digest()
            outcome, article_id, message = import_document(self.s, doc, digest, source="wxr")
            if outcome is Outcome.CREATED:
                self.imported_slugs.setdefault((edition, post.post_id), doc.slug or "")
            if outcome in (Outcome.CREATED, Outcome.UPDATED):
                article = self.s.get(Article, article_id)
                assert article is not None
                featured = self.media_for(featured_post, edition) if featured_post else None
                article.featured_media_id = featured.id if featured else None
                children = [a for a in attachments.values() if a.parent == post.post_id and a is not featured_post]
                media = [m for m in (self.media_for(a, edition) for a in children) if m is not None]
                article.attachments = [ArticleAttachment(media_id=m.id, position=i) for i, m in enumerate(media)]
                article.author = post.author
                if outcome is Outcome.CREATED:  # the site's date, also for drafts that have no GMT date yet
                    article.created_at = (_parse_wp_date(post.date_gmt, None)
                                          or _parse_wp_date(post.date_local, self.zones.get(edition))
                                          or article.created_at)
                # The rules are met with the post's media in place (import_document checked it without).
                flag_site_images_without_alt(self.s, article)
                note = settle_imported_status(self.s, article)
                if note:
                    self.report.messages.append(f"{edition}/{doc.slug}: {note}")
                mark_imported(self.s, article)
                if self.site is not None:
                    self._remote_link(article, post)
            if outcome is Outcome.CREATED:
                self.report.created += 1
            elif outcome is Outcome.UPDATED:
                self.report.updated += 1
            elif outcome is Outcome.CONFLICT:
                self.report.conflicts += 1
                self.report.messages.append(f"{edition}/{doc.slug}: {message}")
            else:
                self.report.unchanged += 1
            if progress is not None:
                progress(n, len(posts))
        # Attachments with no post of their own in the file still become media records.
        for att in attachments.values():
            if att.parent == 0:
                edition = self.edition_of(att)
                self.media_for(att, edition)

    def _remote_link(self, article: Article, post: WxrPost) -> None:
        assert self.site is not None
        link = self.s.scalars(select(RemoteLink).where(RemoteLink.site_id == self.site.id,
                                                       RemoteLink.object_type == "article",
                                                       RemoteLink.local_id == article.id)).first()
        if link is None:
            link = RemoteLink(site_id=self.site.id, object_type="article", local_id=article.id,
                              remote_id=post.post_id)
            self.s.add(link)
        link.remote_id = post.post_id
        link.remote_slug = post.slug
        link.remote_link = post.guid if post.guid.startswith("http") else ""


def html_to_text(html: str) -> str:
    from nejat_desk.exporters.common import html_to_text as convert

    return convert(html)


def guess_edition(library: Library, wxr: WxrFile) -> str:
    with library.session() as session:
        sites = sorted(session.execute(select(Edition.code, Edition.site_url)).all(), key=lambda r: -len(r[1]))
    base = wxr.base_url.rstrip("/")
    for code, site in sites:
        if site and base == site.rstrip("/"):
            return code
    language = wxr.language.split("-")[0].lower()
    return language if language in EDITION_CODES else "en"


def import_wxr(library: Library, path: Path, *, edition: str | None = None,
               progress: Callable[[int, int], None] | None = None) -> WxrReport:
    """Import `path` in one transaction; raises ImportFileError (nothing imported) on a bad file."""
    wxr = read_wxr(Path(path))
    default = edition or guess_edition(library, wxr)
    report = WxrReport()
    try:
        with library.session() as session:
            _Importer(session, wxr, default, report).run(progress)
            from nejat_desk.services.import_translations import link_pending_translations

            link_pending_translations(session)
    except NejatError as exc:
        raise ImportFileError(str(path), translate("services.wxr_import", "{problem}; nothing was imported")
                              .format(problem=exc)) from None
    except IntegrityError:  # a database rule the importer's checks missed: named without the SQL
        log.exception("wxr import broke a database constraint")
        raise ImportFileError(str(path), translate("services.wxr_import",
                                                   "a post clashes with something already in the library "
                                                   "(details in the log); nothing was imported")) from None
    log.info("wxr import: %s", report.summary())
    return report


# --- the importer registry's entry (services.imports) -------------------------------------------

class WxrImporter:
    """WordPress export files for `desk.imports`: the whole file is one transaction."""

    format = "wxr"

    def recognises(self, path: Path) -> bool:
        return recognises(path)

    def run(self, library: Library, path: Path, *, edition: str | None,
            progress: Callable[[int, int], None] | None) -> FileReport:
        try:
            report = import_wxr(library, path, edition=edition, progress=progress)
        except NejatError as exc:  # nothing of the file was imported
            problem = exc.problem if isinstance(exc, ImportFileError) else str(exc)
            return FileReport(path, self.format, ok=False, summary=problem)
        counts = {"created": report.created, "updated": report.updated, "unchanged": report.unchanged,
                  "conflicts": report.conflicts, "media_created": report.media_created, "skipped": report.skipped}
        return FileReport(path, self.format, ok=True, summary=report.summary(), counts=counts,
                          notes=tuple(report.messages))
